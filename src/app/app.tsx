import { BrowserRouter } from '../lib/router.tsx';
import { basename } from '../lib/base-path.ts';
import { AppRoutes } from './routes.tsx';

export function App() {
  return (
    <BrowserRouter basename={basename}>
      <AppRoutes />
    </BrowserRouter>
  );
}
