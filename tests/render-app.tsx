// Mounts the real routes in a memory router, as the app does in the browser.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../src/lib/router.tsx';
import { AppRoutes } from '../src/app/routes.tsx';
import { questionBank } from '../src/engine/index.ts';
import type { Track } from '../src/engine/index.ts';
import { useCompareStore } from '../src/store/compare-store.ts';
import { useHistoryStore } from '../src/store/history-store.ts';
import { useNoticeStore } from '../src/store/notice-store.ts';
import { useQuizStore } from '../src/store/quiz-store.ts';

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

/** Resets every store to how a first visit finds it. */
export function resetStores(): void {
  useQuizStore.setState(useQuizStore.getInitialState(), true);
  useNoticeStore.setState(useNoticeStore.getInitialState(), true);
  useHistoryStore.setState(useHistoryStore.getInitialState(), true);
  useCompareStore.setState(useCompareStore.getInitialState(), true);
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

export function saveAnswers(answers: Record<string, string>): void {
  useQuizStore.setState({ answers, startedAt: 1, updatedAt: 1 });
}
