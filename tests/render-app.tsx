// Mounts the real routes in a memory router, as the app does in the browser.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../src/lib/router.tsx';
import { AppRoutes } from '../src/app/routes.tsx';
import { questionBank } from '../src/engine/index.ts';
import type { QuizMode, Track } from '../src/engine/index.ts';
import { startStorageSync, useAppStore } from '../src/store/app-store.ts';
import type { Attempt } from '../src/store/saved-history.ts';

// The app starts its storage sync before its first render (main.tsx); so do the screens under test.
startStorageSync();

/** Renders the app at `path` and waits until the screen (lazy-loaded) shows its main heading. */
export async function renderApp(path = '/') {
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { ...view, user };
}

/** Resets the store to how a first visit finds it. */
export function resetStores(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}

/** Answers for every question (or the first `count`) at full strength toward `track`. */
/** The strongest answer toward `track` to the first `count` scored questions (all of them by default). */
export function fullAnswers(track: Track, count?: number): Record<string, string> {
  const sign = track === 'product' ? 1 : -1;
  const scored = questionBank.questions.filter((question) => question.kind !== 'background');
  return Object.fromEntries(
    scored.slice(0, count ?? scored.length).map((question) => {
      const best = [...question.options].sort((first, second) => sign * (second.lean - first.lean))[0];
      return [question.id, best?.id ?? ''];
    }),
  );
}

/** As if these answers had been given earlier, in the way the quiz is being taken now. */
export function saveAnswers(answers: Record<string, string>): void {
  useAppStore.setState((state) => ({ quiz: { ...state.quiz, answers, startedAt: 1, updatedAt: 1 } }));
}

/** As if the quiz were being taken this way, without the start action's other effects. */
export function saveMode(mode: QuizMode): void {
  useAppStore.setState((state) => ({ quiz: { ...state.quiz, mode } }));
}

/** As if these past results had been finished earlier (deletions and the clear point stay as they are). */
export function savePastResults(attempts: Attempt[]): void {
  useAppStore.setState((state) => ({ history: { ...state.history, attempts } }));
}
