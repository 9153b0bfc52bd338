// The page's entry. A prerendered page is complete without JavaScript, so the app is fetched only
// after its first paint; the bare shell has nothing to paint, so it starts at once. The start page
// needs no app at all on a first visit: its buttons are links. See docs/decisions/010-a-start-page-without-the-app.md
// The app loads with the screens' retry and reload, and if it never arrives the shell's own message
// shows instead of a blank page. See docs/decisions/011-a-page-that-never-goes-blank.md
import './styles.css';
// Every page has the language menu, and the English start page its offer, before any app: style them here.
import './components/language-menu.css';
import { afterNextPaint } from './lib/after-paint.ts';
import { currentRoute } from './lib/base-path.ts';
import { loadModule } from './lib/load-module.ts';
import { registerServiceWorker } from './lib/service-worker.ts';
import { chooseLanguage, chosenLanguage, quizMayBeKept, quizStorageKey } from './lib/storage-keys.ts';

const page = document.documentElement;

/** The app did not start: the shell shows its message; a prerendered page stays as it is, links and all. */
const notStarted = () => {
  page.dataset.app = 'failed';
  // Following the link would drop the address's fragment, where a shared result's answers are.
  document.querySelector('.app-not-started a[href=""]')?.addEventListener('click', (event) => {
    event.preventDefault();
    window.location.reload();
  });
};

let started = false;
const start = () => {
  if (started) return;
  started = true;
  // While the app loads, the shell's message stays hidden.
  page.dataset.app = 'loading';
  loadModule(() => import('./main.tsx'))
    .then((main) => main.started)
    .catch(notStarted);
};

const prerendered = document.getElementById('root')?.dataset.prerendered;
if (prerendered === undefined || prerendered !== currentRoute()) {
  start();
} else if (page.dataset.page === 'start' && !quizMayBeKept()) {
  // A start page (each language's, marked so by the build) with nothing saved: Start and the quick check
  // are plain links, and the page is ready as it is. If another tab starts the quiz meanwhile, the app
  // loads to offer Resume.
  page.dataset.app = 'none';
  page.dataset.interactive = 'true';
  window.addEventListener('storage', (event) => {
    if (event.key === quizStorageKey) start();
  });
} else {
  afterNextPaint(start);
}

// The English start page holds an offer to read in each other language, hidden; its stylesheet shows the
// one for the language the person chose, else the browser's. See docs/decisions/023-language-addresses.md
page.dataset.offer = chosenLanguage() ?? navigator.language;
// Following a link into another language (the menu, the offer) remembers it, also before the app runs.
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[hreflang]');
  if (link) chooseLanguage(link.hreflang);
});

registerServiceWorker();
