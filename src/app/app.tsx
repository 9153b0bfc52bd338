import { BrowserRouter } from 'react-router-dom';
import { basename } from '../lib/base-path.ts';
import { AppRoutes } from './routes.tsx';

export function App() {
  return (
    <BrowserRouter basename={basename}>
      <AppRoutes />
    </BrowserRouter>
  );
}
