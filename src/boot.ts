// The page's entry. A prerendered page is complete without JavaScript, so the app is fetched only
// after its first paint; the bare shell has nothing to paint, so it starts at once.
import './styles.css';

const start = () => void import('./main.tsx');

if (document.getElementById('root')?.dataset.prerendered === undefined) {
  start();
} else {
  // The timeout runs after the frame the animation callback belongs to has been painted.
  requestAnimationFrame(() => setTimeout(start, 0));
}
