import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './routes.tsx';

/** The router's base, without a trailing slash, for hosting under a sub-path. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

export function App() {
  return (
    <BrowserRouter basename={basename}>
      <AppRoutes />
    </BrowserRouter>
  );
}
