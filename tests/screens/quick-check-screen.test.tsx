import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { questionBank, quickCheckMinimum } from '../../src/engine/index.ts';
import type { Message, Question } from '../../src/engine/index.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers } from '../render-app.tsx';
import { translate } from '../../src/lib/translate.ts';

/** A bank word in the language the page reads, or nothing when there is none. */
const wordsOf = (message: Message | undefined) => (message ? translate(message) : '');

/** The question on screen, found from its heading. */
async function currentQuestion(): Promise<Question> {
  const heading = await screen.findByRole('heading', { level: 1 });
  const question = questionBank.questions.find(
    (candidate) => translate(candidate.prompt) === heading.textContent,
  );
  if (!question) throw new Error(`"${heading.textContent ?? ''}" is not a question.`);
  return question;
}

function strongestLabel(question: Question): string {
  return wordsOf([...question.options].sort((first, second) => second.lean - first.lean)[0]?.label);
}

describe('QuickCheckScreen', () => {
  beforeEach(resetStores);

  it('is offered on the start page and opens with a task to rate, not a situation to judge', async () => {
    const { user } = await renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Take the quick check' }));
    expect(await screen.findByRole('progressbar', { name: 'Quick check, question 1' })).toBeInTheDocument();
    expect((await currentQuestion()).kind).toBe('interest');
    expect(useAppStore.getState().quiz.mode).toBe('quick');
  });

  it('stops once the result is settled and shows a result that says it came from the quick check', async () => {
    const { user } = await renderApp('/quick/1');
    let asked = 0;
    // Answer each question fully toward product until the optional questions follow, as they do once settled.
    for (;;) {
      const bar = await screen.findByRole('progressbar', {
        name: new RegExp(`^(Quick check, question ${asked + 1}|Optional question 1 of 2)$`),
      });
      if (bar.getAttribute('aria-label')?.startsWith('Optional') ?? false) break;
      asked += 1;
      await user.click(screen.getByRole('radio', { name: strongestLabel(await currentQuestion()) }));
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(asked).toBeGreaterThanOrEqual(quickCheckMinimum());
    expect(asked).toBeLessThanOrEqual(18);
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    await screen.findByRole('progressbar', { name: 'Optional question 2 of 2' });
    await user.click(screen.getByRole('button', { name: 'Skip and see my result' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Technical Product Manager' }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Your quick-check result, from ${asked} answers`)).toBeInTheDocument();
    const scored = questionBank.questions.filter((question) => question.kind !== 'background');
    const rest = scored.length - asked;
    expect(screen.getByRole('button', { name: `Answer the other ${rest} questions` })).toBeInTheDocument();
    // Stopping early is what the quick check is for: information, not a warning.
    expect(screen.getByText(/^This quick check used \d+ of the \d+ questions\./)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /worth knowing/i })).not.toBeInTheDocument();
  });

  it('fills its progress bar toward the questions everyone gets, then says it needs a few more, never out of the whole bank', async () => {
    const { user } = await renderApp('/quick/1');
    const minimum = quickCheckMinimum();
    for (let step = 1; step <= minimum; step++) {
      const bar = await screen.findByRole('progressbar', { name: `Quick check, question ${step}` });
      expect(bar).toHaveAttribute('max', String(minimum));
      expect(bar).toHaveAttribute('value', String(step));
      expect(screen.getByText(`First, questions everyone gets: ${minimum} in all.`)).toBeInTheDocument();
      // The mildest answer toward product every time: a lean too light to settle at the minimum.
      const question = await currentQuestion();
      const option = question.options
        .filter((candidate) => candidate.lean > 0)
        .sort((first, second) => first.lean - second.lean)[0];
      await user.click(screen.getByRole('radio', { name: wordsOf(option?.label) }));
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    const bar = await screen.findByRole('progressbar', { name: `Quick check, question ${minimum + 1}` });
    expect(bar).toHaveAttribute('max', String(minimum));
    expect(bar).toHaveAttribute('value', String(minimum));
    expect(screen.getByText('Every theme asked: a few more to settle it.')).toBeInTheDocument();
  });

  it('stops a settled close call too, says so, and keeps "answer the rest" one tap away', async () => {
    const { user } = await renderApp('/quick/1');
    let asked = 0;
    // The strongest answer each way in turn: a close call that more answers are unlikely to move.
    for (;;) {
      const bar = await screen.findByRole('progressbar', {
        name: new RegExp(`^(Quick check, question ${asked + 1}|Optional question 1 of 2)$`),
      });
      if (bar.getAttribute('aria-label')?.startsWith('Optional') ?? false) break;
      asked += 1;
      const options = [...(await currentQuestion()).options].sort(
        (first, second) => second.lean - first.lean,
      );
      const option = asked % 2 === 0 ? options[0] : options.at(-1);
      await user.click(screen.getByRole('radio', { name: wordsOf(option?.label) }));
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(asked).toBeLessThan(
      questionBank.questions.filter((question) => question.kind !== 'background').length,
    );
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    await screen.findByRole('progressbar', { name: 'Optional question 2 of 2' });
    await user.click(screen.getByRole('button', { name: 'Skip and see my result' }));
    expect(await screen.findByText('A close call between the two roles')).toBeInTheDocument();
    expect(
      screen.getByText(
        /^This quick check used \d+ of the \d+ questions\. It stopped once more answers were unlikely to move the result out of a close call\./,
      ),
    ).toBeInTheDocument();
    const answerTheRest = screen.getByRole('button', { name: /^Answer the other \d+ questions$/ });
    const toGo = Number(/\d+/.exec(answerTheRest.textContent ?? '')?.[0]);
    await user.click(answerTheRest);
    // The rest opens at the first question still open and counts down from there, with no notice.
    const firstOpen = questionBank.questions.find(
      (question) =>
        question.kind !== 'background' && !Object.hasOwn(useAppStore.getState().quiz.answers, question.id),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: wordsOf(firstOpen?.prompt) }),
    ).toBeInTheDocument();
    expect(screen.getByText(`${toGo - 1} more questions after this one`)).toBeInTheDocument();
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('goes back to the previous question with its answer kept', async () => {
    const { user } = await renderApp('/quick/1');
    const first = await currentQuestion();
    await user.click(screen.getByRole('radio', { name: strongestLabel(first) }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('progressbar', { name: 'Quick check, question 2' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: translate(first.prompt) }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: strongestLabel(first) })).toBeChecked();
  });

  it('switches to the full quiz keeping the answers, at the first question not yet answered', async () => {
    const { user } = await renderApp('/quick/1');
    const first = await currentQuestion();
    await user.click(screen.getByRole('radio', { name: strongestLabel(first) }));
    await user.click(screen.getByRole('button', { name: 'Switch to the full quiz' }));
    // The quick check opened with the quiz's first question, so the full quiz goes on at the second.
    expect(await screen.findByRole('progressbar', { name: /^Question 2 of 36$/ })).toBeInTheDocument();
    expect(useAppStore.getState().quiz).toMatchObject({
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
    const before = useAppStore.getState().quiz;
    await renderApp('/quick/5');
    expect(await screen.findByRole('progressbar', { name: 'Quick check, question 5' })).toBeInTheDocument();
    expect(useAppStore.getState().quiz).toBe(before);
  });
});
