import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { closestFlip, evaluate, questionBank } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers, savePastResults } from '../render-app.tsx';

const scored = questionBank.questions.filter((question) => question.kind !== 'background');

/** Product on all but the last `project` scored questions. */
function leaning(project: number): Record<string, string> {
  const product = fullAnswers('product');
  const other = fullAnswers('project');
  return Object.fromEntries(
    scored.map((question, index) => [
      question.id,
      (index >= scored.length - project ? other : product)[question.id] ?? '',
    ]),
  );
}

describe('the result screen’s insights', () => {
  beforeEach(() => {
    resetStores();
    savePastResults([]);
  });

  it('names the few answers that would flip a close result', async () => {
    const answers = leaning(14);
    saveAnswers(answers);
    await renderApp('/result');
    const flip = closestFlip(answers);
    const panel = screen.getByRole('region', { name: 'What would change your result' });
    expect(within(panel).getByText(flip ? translate(flip.summary) : 'missing')).toBeInTheDocument();
    expect(within(panel).getAllByRole('listitem')).toHaveLength(flip?.changes.length ?? -1);
  });

  it('says plainly when no small change would flip a clear result', async () => {
    saveAnswers(fullAnswers('project'));
    await renderApp('/result');
    const panel = screen.getByRole('region', { name: 'What would change your result' });
    expect(within(panel).getByText(/^No small change would flip your result/)).toBeInTheDocument();
  });

  it('keeps the attempt once the person asks for their result, and shows how the lean moved since the previous one', async () => {
    savePastResults([{ id: 'before', finishedAt: 1, mode: 'full', answers: leaning(10), bankVersion: 1 }]);
    saveAnswers(leaning(4));
    const { user } = await renderApp(`/quiz/${questionBank.questions.length}`);
    await user.click(screen.getByRole('button', { name: 'Skip and see my result' }));
    const since = await screen.findByRole('region', { name: 'Since last time' });
    expect(
      within(since).getByText(/^Since last time, your answers moved toward Technical Product Manager/),
    ).toBeInTheDocument();
    const [kept] = useAppStore.getState().history.attempts;
    expect(useAppStore.getState().history.attempts).toHaveLength(2);
    expect(kept?.answers).toEqual(leaning(4));
    const evaluation = evaluate(leaning(4));
    expect(kept?.summary).toEqual({
      track: evaluation.track,
      strength: evaluation.strength,
      productShare: evaluation.productShare,
    });
  });

  it('records nothing when a result is only shown (a reload, a bookmark, the back button)', async () => {
    saveAnswers(leaning(4));
    await renderApp('/result');
    expect(await screen.findByRole('region', { name: 'Since last time' })).toBeInTheDocument();
    expect(useAppStore.getState().history.attempts).toEqual([]);
  });

  it('says when this is the first result', async () => {
    saveAnswers(fullAnswers('product'));
    await renderApp('/result');
    expect(screen.getByText(/this is your first result in this browser/i)).toBeInTheDocument();
  });
});
