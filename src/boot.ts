// The page's entry. A prerendered page is complete without JavaScript, so the app is fetched only
// after its first paint; the bare shell has nothing to paint, so it starts at once. The start page
// needs no app at all on a first visit: its buttons are links. See docs/decisions/010-a-start-page-without-the-app.md
import './styles.css';
import { afterNextPaint } from './app/after-paint.ts';
import { currentRoute } from './app/base-path.ts';
import { paths } from './app/paths.ts';
import { registerServiceWorker } from './app/service-worker.ts';
import { quizMayBeKept, quizStorageKey } from './store/storage-keys.ts';

const page = document.documentElement;
let started = false;
const start = () => {
  if (started) return;
  started = true;
  delete page.dataset.app;
  void import('./main.tsx');
};

const prerendered = document.getElementById('root')?.dataset.prerendered;
if (prerendered === undefined || prerendered !== currentRoute()) {
  start();
} else if (prerendered === paths.start && !quizMayBeKept()) {
  // Nothing saved: Start and the quick check are plain links, and the page is ready as it is. If
  // another tab starts the quiz meanwhile, the app loads to offer Resume.
  page.dataset.app = 'none';
  page.dataset.interactive = 'true';
  window.addEventListener('storage', (event) => {
    if (event.key === quizStorageKey) start();
  });
} else {
  afterNextPaint(start);
}

registerServiceWorker();
