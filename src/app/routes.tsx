import { lazy } from 'react';
import { Route, Routes } from '../lib/router.tsx';
import { NotFoundScreen } from '../screens/not-found-screen.tsx';
import { StartScreen } from '../screens/start-screen.tsx';
import { Layout } from './layout.tsx';
import { loadCatalog, type CatalogName } from '../lib/i18n.ts';
import { loadModule } from '../lib/load-module.ts';
import { paths } from '../lib/paths.ts';

/** A screen's module, once the words of the catalogs it shows are loaded too. */
async function withWords<Module>(
  screen: Promise<Module>,
  ...catalogs: Array<Exclude<CatalogName, 'messages'>>
): Promise<Module> {
  const [module] = await Promise.all([screen, ...catalogs.map((catalog) => loadCatalog(catalog))]);
  return module;
}

// Only the start screen ships with the first load; every other screen loads when first visited
// (and the service worker keeps them all for offline use). loadModule copes with a file that is gone.
const QuestionScreen = lazy(async () => ({
  default: (await loadModule(() => withWords(import('../screens/question-screen.tsx'), 'quiz')))
    .QuestionScreen,
}));
const QuickCheckScreen = lazy(async () => ({
  default: (await loadModule(() => withWords(import('../screens/quick-check-screen.tsx'), 'quiz')))
    .QuickCheckScreen,
}));
// Each screen loads the catalogs of the words it shows (src/lib/locales.ts). The path and method pages name
// the roles as the result does; the answers page changes an answer with the question's own form.
const AnswersScreen = lazy(async () => ({
  default: (
    await loadModule(() => withWords(import('../screens/answers-screen.tsx'), 'quiz', 'result', 'others'))
  ).AnswersScreen,
}));
const ChangeAnswerScreen = lazy(async () => ({
  default: (
    await loadModule(() => withWords(import('../screens/answers-screen.tsx'), 'quiz', 'result', 'others'))
  ).ChangeAnswerScreen,
}));
const HistoryScreen = lazy(async () => ({
  default: (await loadModule(() => withWords(import('../screens/history-screen.tsx'), 'result', 'others')))
    .HistoryScreen,
}));
const PastResultScreen = lazy(async () => ({
  default: (
    await loadModule(() => withWords(import('../screens/past-result-screen.tsx'), 'result', 'others'))
  ).PastResultScreen,
}));
const CompareScreen = lazy(async () => ({
  default: (await loadModule(() => withWords(import('../screens/compare-screen.tsx'), 'result', 'others')))
    .CompareScreen,
}));
const ResultScreen = lazy(async () => ({
  default: (await loadModule(() => withWords(import('../screens/result-screen.tsx'), 'result'))).ResultScreen,
}));
const PathScreen = lazy(async () => ({
  default: (await loadModule(() => withWords(import('../screens/path-screen.tsx'), 'content', 'result')))
    .PathScreen,
}));
const SharedResultScreen = lazy(async () => ({
  default: (
    await loadModule(() => withWords(import('../screens/shared-result-screen.tsx'), 'result', 'others'))
  ).SharedResultScreen,
}));
const RolesScreen = lazy(async () => ({
  default: (await loadModule(() => withWords(import('../screens/roles-screen.tsx'), 'content'))).RolesScreen,
}));
const MethodScreen = lazy(async () => ({
  default: (await loadModule(() => withWords(import('../screens/method-screen.tsx'), 'method', 'result')))
    .MethodScreen,
}));

/** Every route of the app, for whichever router hosts it (browser, memory in tests, static when prerendering). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.start} element={<StartScreen />} />
        <Route path={paths.questionPattern} element={<QuestionScreen />} />
        <Route path={paths.quickPattern} element={<QuickCheckScreen />} />
        <Route path={paths.result} element={<ResultScreen />} />
        <Route path={paths.rolePathPattern} element={<PathScreen />} />
        <Route path={paths.answers} element={<AnswersScreen />} />
        <Route path={paths.changeAnswerPattern} element={<ChangeAnswerScreen />} />
        <Route path={paths.history} element={<HistoryScreen />} />
        <Route path={paths.pastResultPattern} element={<PastResultScreen />} />
        <Route path={paths.compare} element={<CompareScreen />} />
        <Route path={paths.shared} element={<SharedResultScreen />} />
        <Route path={paths.roles} element={<RolesScreen />} />
        <Route path={paths.method} element={<MethodScreen />} />
        <Route path="*" element={<NotFoundScreen />} />
      </Route>
    </Routes>
  );
}
