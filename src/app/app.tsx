import { BrowserRouter } from '../lib/router.tsx';
import { activeLocale } from '../lib/i18n.ts';
import { localeBasename } from '../lib/paths.ts';
import { AppRoutes } from './routes.tsx';

export function App() {
  // The router's base carries the page's language ("/es"), so every link inside the app stays in it.
  return (
    <BrowserRouter basename={localeBasename(activeLocale())}>
      <AppRoutes />
    </BrowserRouter>
  );
}
