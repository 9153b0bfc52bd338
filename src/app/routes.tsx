import type { RouteObject } from 'react-router-dom';
import { NotFoundScreen } from '../screens/not-found-screen.tsx';
import { QuestionScreen } from '../screens/question-screen.tsx';
import { StartScreen } from '../screens/start-screen.tsx';
import { Layout } from './layout.tsx';
import { paths } from './paths.ts';
import { RouteError } from './route-error.tsx';

// The start and question screens ship with the first load; the rest load when first visited.
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.start, element: <StartScreen /> },
      { path: paths.questionPattern, element: <QuestionScreen /> },
      {
        path: paths.result,
        lazy: async () => ({ Component: (await import('../screens/result-screen.tsx')).ResultScreen }),
      },
      {
        path: paths.shared,
        lazy: async () => ({
          Component: (await import('../screens/shared-result-screen.tsx')).SharedResultScreen,
        }),
      },
      {
        path: paths.roles,
        lazy: async () => ({ Component: (await import('../screens/roles-screen.tsx')).RolesScreen }),
      },
      {
        path: paths.method,
        lazy: async () => ({ Component: (await import('../screens/method-screen.tsx')).MethodScreen }),
      },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
];
