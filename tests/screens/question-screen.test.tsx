import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers, saveMode } from '../render-app.tsx';
import { translate } from '../../src/lib/translate.ts';
import type { Message } from '../../src/engine/index.ts';

/** A bank word in the language the page reads, or nothing when there is none. */
const wordsOf = (message: Message | undefined) => (message ? translate(message) : '');

const { questions } = questionBank;
const optional = questions.filter((question) => question.kind === 'background');
const total = questions.length - optional.length;
const first = questions[0];
const second = questions[1];
if (!first || !second) throw new Error('The bank needs at least two questions.');

describe('QuestionScreen', () => {
  beforeEach(resetStores);

  it('shows the prompt as the name of a radio group, with every option as a labelled radio', async () => {
    await renderApp('/quiz/1');
    const group = screen.getByRole('group', { name: translate(first.prompt) });
    expect(group).toBeInTheDocument();
    for (const option of first.options) {
      expect(
        screen.getByRole('radio', {
          name: new RegExp(translate(option.label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        }),
      ).not.toBeChecked();
    }
    expect(screen.getByRole('progressbar', { name: `Question 1 of ${total}` })).toBeInTheDocument();
    // The title is set after the first paint; on a busy machine that can come a moment later.
    await waitFor(() => expect(document.title).toBe(`Question 1 of ${total} · Which TPM?`));
  });

  it('keeps Next disabled until an option is chosen, and never moves on by itself', async () => {
    const { user } = await renderApp('/quiz/1');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: wordsOf(first.options[0]?.label) }));
    expect(screen.getByRole('radio', { name: wordsOf(first.options[0]?.label) })).toBeChecked();
    expect(screen.getByRole('group', { name: translate(first.prompt) })).toBeInTheDocument();
    expect(useAppStore.getState().quiz.answers[first.id]).toBe(first.options[0]?.id);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('group', { name: translate(second.prompt) })).toBeInTheDocument();
  });

  it('moves focus to the new question’s heading and updates the title on every step', async () => {
    const { user } = await renderApp('/quiz/1');
    await user.click(screen.getByRole('radio', { name: wordsOf(first.options[1]?.label) }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const heading = await screen.findByRole('heading', { level: 1, name: translate(second.prompt) });
    // Focus and title are each set by an effect, which may land a moment after the heading on a busy machine.
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(document.title).toBe(`Question 2 of ${total} · Which TPM?`));
  });

  it('picks an option with its digit key and goes on with Enter', async () => {
    const { user } = await renderApp('/quiz/1');
    await user.keyboard('2');
    expect(screen.getByRole('radio', { name: wordsOf(first.options[1]?.label) })).toBeChecked();
    expect(screen.getByRole('radio', { name: wordsOf(first.options[1]?.label) })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('group', { name: translate(second.prompt) })).toBeInTheDocument();
  });

  it('ignores a digit with no option behind it', async () => {
    const { user } = await renderApp('/quiz/1');
    await user.keyboard('9');
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
    expect(useAppStore.getState().quiz.answers).toEqual({});
  });

  it('goes back to the previous question with its answer kept', async () => {
    saveAnswers(fullAnswers('product', 1));
    const { user } = await renderApp('/quiz/2');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('group', { name: translate(first.prompt) })).toBeInTheDocument();
    expect(screen.getByRole('radio', { checked: true })).toBeInTheDocument();
  });

  it('asks the optional questions after the last scored one, and lets the person skip them', async () => {
    saveAnswers(fullAnswers('project'));
    const { user } = await renderApp(`/quiz/${total}`);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      await screen.findByRole('progressbar', { name: `Optional question 1 of ${optional.length}` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: wordsOf(optional[0]?.prompt) })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(await screen.findByRole('group', { name: wordsOf(optional[1]?.prompt) })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: wordsOf(optional[1]?.options[3]?.label) }));
    await user.click(screen.getByRole('button', { name: 'See my result' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Technical Project Manager' }),
    ).toBeInTheDocument();
    expect(useAppStore.getState().quiz.answers[optional[1]?.id ?? '']).toBe(optional[1]?.options[3]?.id);
    expect(Object.hasOwn(useAppStore.getState().quiz.answers, optional[0]?.id ?? '')).toBe(false);
  });

  it('goes on from an unanswered optional question with Enter, as it does from any other', async () => {
    saveAnswers(fullAnswers('project'));
    const { user } = await renderApp(`/quiz/${total + 1}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: wordsOf(optional[0]?.prompt) }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: wordsOf(optional[1]?.prompt) }),
    ).toBeInTheDocument();
  });

  it('offers to skip to the result on the last, optional question, and opens the result', async () => {
    saveAnswers(fullAnswers('project'));
    const { user } = await renderApp(`/quiz/${questions.length}`);
    await user.click(screen.getByRole('button', { name: 'Skip and see my result' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Technical Project Manager' }),
    ).toBeInTheDocument();
  });

  it('does not let a typed address skip past unanswered questions', async () => {
    saveAnswers(fullAnswers('product', 2));
    await renderApp('/quiz/20');
    expect(await screen.findByRole('progressbar', { name: `Question 3 of ${total}` })).toBeInTheDocument();
  });

  it.each(['0', String(questions.length + 1), 'abc', '1e3'])(
    'explains that there is no question "%s"',
    async (number) => {
      await renderApp(`/quiz/${number}`);
      expect(
        screen.getByRole('heading', { level: 1, name: `There is no question ${number}` }),
      ).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Go to question 1' })).toBeInTheDocument();
    },
  );

  it('changes nothing saved when the address names no question, even in the middle of a quick check', async () => {
    saveAnswers(fullAnswers('product', 3));
    saveMode('quick');
    const before = useAppStore.getState().quiz;
    await renderApp('/quiz/abc');
    expect(screen.getByRole('heading', { level: 1, name: 'There is no question abc' })).toBeInTheDocument();
    expect(useAppStore.getState().quiz).toBe(before);
  });

  it('takes the full quiz once the person answers here, keeping every answer', async () => {
    saveAnswers(fullAnswers('product', 3));
    saveMode('quick');
    const { user } = await renderApp('/quiz/2');
    expect(useAppStore.getState().quiz.mode).toBe('quick');
    const unchosen = screen.getAllByRole('radio').find((radio) => !(radio as HTMLInputElement).checked);
    await user.click(unchosen as HTMLElement);
    expect(useAppStore.getState().quiz.mode).toBe('full');
    expect(Object.keys(useAppStore.getState().quiz.answers)).toHaveLength(3);
  });
});
