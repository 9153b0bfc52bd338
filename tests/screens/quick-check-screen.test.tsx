import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { questionBank, quickCheckMinimum } from '../../src/engine/index.ts';
import type { Question } from '../../src/engine/index.ts';
import { useQuizStore } from '../../src/store/quiz-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers } from '../render-app.tsx';

/** The question on screen, found from its heading. */
async function currentQuestion(): Promise<Question> {
  const heading = await screen.findByRole('heading', { level: 1 });
  const question = questionBank.questions.find((candidate) => candidate.prompt === heading.textContent);
  if (!question) throw new Error(`"${heading.textContent ?? ''}" is not a question.`);
  return question;
}

function strongestLabel(question: Question): string {
  return [...question.options].sort((first, second) => second.lean - first.lean)[0]?.label ?? '';
}

describe('QuickCheckScreen', () => {
  beforeEach(resetStores);

  it('is offered on the start page and opens with a scenario', async () => {
    const { user } = await renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Take the quick check' }));
    expect(await screen.findByRole('progressbar', { name: 'Quick check, question 1' })).toBeInTheDocument();
    expect((await currentQuestion()).kind).toBe('scenario');
    expect(useQuizStore.getState().mode).toBe('quick');
  });

  it('stops once the result is settled and shows a result that says it came from the quick check', async () => {
    const { user } = await renderApp('/quick/1');
    for (let step = 1; step <= quickCheckMinimum(); step++) {
      await screen.findByRole('progressbar', { name: `Quick check, question ${step}` });
      await user.click(screen.getByRole('radio', { name: strongestLabel(await currentQuestion()) }));
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    // Once settled, the optional questions follow; both can be skipped.
    await screen.findByRole('progressbar', { name: 'Optional question 1 of 2' });
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    await screen.findByRole('progressbar', { name: 'Optional question 2 of 2' });
    await user.click(screen.getByRole('button', { name: 'Skip and see my result' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Technical Product Manager' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Your quick-check result, from ${quickCheckMinimum()} answers`),
    ).toBeInTheDocument();
    const scored = questionBank.questions.filter((question) => question.kind !== 'background');
    const rest = scored.length - quickCheckMinimum();
    expect(screen.getByRole('button', { name: `Answer the other ${rest} questions` })).toBeInTheDocument();
    // Stopping early is what the quick check is for: information, not a warning.
    expect(screen.getByText(/^This quick check used \d+ of the \d+ questions\./)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /worth knowing/i })).not.toBeInTheDocument();
  });

  it('fills its progress bar toward a question per theme, then says it needs a few more, never out of the whole bank', async () => {
    const { user } = await renderApp('/quick/1');
    const minimum = quickCheckMinimum();
    for (let step = 1; step <= minimum; step++) {
      const bar = await screen.findByRole('progressbar', { name: `Quick check, question ${step}` });
      expect(bar).toHaveAttribute('max', String(minimum));
      expect(bar).toHaveAttribute('value', String(step));
      expect(screen.getByText(`One question per theme first: ${minimum} themes in all.`)).toBeInTheDocument();
      // Answers that pull both ways in turn keep the result from settling at the minimum.
      const question = await currentQuestion();
      const options = [...question.options].sort((first, second) => second.lean - first.lean);
      const option = step % 2 === 0 ? options[0] : options.at(-1);
      await user.click(screen.getByRole('radio', { name: option?.label ?? '' }));
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    const bar = await screen.findByRole('progressbar', { name: `Quick check, question ${minimum + 1}` });
    expect(bar).toHaveAttribute('max', String(minimum));
    expect(bar).toHaveAttribute('value', String(minimum));
    expect(screen.getByText('Every theme asked: a few more to settle it.')).toBeInTheDocument();
  });

  it('goes back to the previous question with its answer kept', async () => {
    const { user } = await renderApp('/quick/1');
    const first = await currentQuestion();
    await user.click(screen.getByRole('radio', { name: strongestLabel(first) }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('progressbar', { name: 'Quick check, question 2' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: first.prompt })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: strongestLabel(first) })).toBeChecked();
  });

  it('switches to the full quiz keeping the answers, at the first question not yet answered', async () => {
    const { user } = await renderApp('/quick/1');
    const first = await currentQuestion();
    await user.click(screen.getByRole('radio', { name: strongestLabel(first) }));
    await user.click(screen.getByRole('button', { name: 'Switch to the full quiz' }));
    expect(await screen.findByRole('progressbar', { name: /^Question 1 of 36$/ })).toBeInTheDocument();
    expect(useQuizStore.getState()).toMatchObject({
      mode: 'full',
      answers: { [first.id]: expect.any(String) },
    });
  });

  it('sends a step past the questions asked so far back to the current one', async () => {
    await renderApp('/quick/9');
    expect(await screen.findByRole('progressbar', { name: 'Quick check, question 1' })).toBeInTheDocument();
  });

  it('changes nothing saved when opened after a finished full quiz', async () => {
    saveAnswers(fullAnswers('product'));
    const before = useQuizStore.getState();
    await renderApp('/quick/5');
    expect(await screen.findByRole('progressbar', { name: 'Quick check, question 5' })).toBeInTheDocument();
    expect(useQuizStore.getState()).toBe(before);
  });
});
