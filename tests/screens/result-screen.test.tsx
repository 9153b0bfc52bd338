import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeAnswers, evaluate, explainResult, questionBank } from '../../src/engine/index.ts';
import { useQuizStore } from '../../src/store/quiz-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers } from '../render-app.tsx';

const total = questionBank.questions.length;

/** Mostly product, with the last eight questions answered fully toward project. */
function mixedAnswers(): Record<string, string> {
  const product = fullAnswers('product');
  const project = fullAnswers('project');
  return Object.fromEntries(
    questionBank.questions.map((question, index) => [
      question.id,
      (index >= total - 8 ? project : product)[question.id] ?? '',
    ]),
  );
}

describe('ResultScreen', () => {
  beforeEach(resetStores);

  it('names the recommended role in full, with the split in numbers and in words', async () => {
    const answers = mixedAnswers();
    saveAnswers(answers);
    await renderApp('/result');
    const evaluation = evaluate(answers);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Technical Product Manager' }),
    ).toBeInTheDocument();
    const product = Math.round(evaluation.productShare * 100);
    expect(screen.getByText(`${product}% Technical Product Manager`)).toBeInTheDocument();
    expect(screen.getByText(`${100 - product}% Technical Project Manager`)).toBeInTheDocument();
    expect(screen.getByText(`${evaluation.summary}.`)).toBeInTheDocument();
    expect(document.title).toBe('Your result: Technical Product Manager · Which TPM?');
  });

  it('quotes the person’s own answers as reasons, and shows what pulled the other way', async () => {
    const answers = mixedAnswers();
    saveAnswers(answers);
    await renderApp('/result');
    const { supporting, opposing } = explainResult(evaluate(answers));
    const why = await screen.findByRole('region', { name: 'Why Technical Product Manager' });
    expect(within(why).getAllByRole('listitem')).toHaveLength(supporting.length);
    expect(within(why).getByText(supporting[0]?.text ?? '')).toBeInTheDocument();
    const against = screen.getByRole('region', { name: 'What pulled toward Technical Project Manager' });
    expect(within(against).getAllByRole('listitem')).toHaveLength(opposing.length);
    expect(within(against).getByText(opposing[0]?.text ?? '')).toBeInTheDocument();
  });

  it('shows every dimension score in words, and the role profile with next steps', async () => {
    saveAnswers(fullAnswers('project'));
    await renderApp('/result');
    const chart = await screen.findByRole('figure', { name: /each of the 8 themes/ });
    expect(within(chart).getAllByText(/^Strongly toward/)).toHaveLength(questionBank.dimensions.length);
    const profile = screen.getByRole('region', { name: 'What a Technical Project Manager does' });
    expect(
      within(profile).getByRole('heading', { name: 'Next steps you can take this month' }),
    ).toBeInTheDocument();
    expect(within(profile).getByRole('heading', { name: 'How success is measured' })).toBeInTheDocument();
  });

  it('puts cautions in plain words', async () => {
    const answers = Object.fromEntries(
      questionBank.questions.map((question) => [question.id, question.options[0]?.id ?? '']),
    );
    saveAnswers(answers);
    await renderApp('/result');
    const cautions = await screen.findByRole('region', { name: 'Worth knowing before you read on' });
    expect(
      within(cautions).getByText(/you picked the first option on 30 of 30 questions/i),
    ).toBeInTheDocument();
  });

  it('offers a share link that reproduces this result, and copies it', async () => {
    const answers = fullAnswers('product');
    saveAnswers(answers);
    const { user } = await renderApp('/result');
    const field = await screen.findByRole('textbox', { name: 'Share link' });
    expect(field).toHaveAttribute('readonly');
    const link = (field as HTMLInputElement).value;
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/shared#/);
    const decoded = decodeAnswers(link.split('#')[1] ?? '');
    expect(decoded).toEqual({ ok: true, answers });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(await screen.findByText('Link copied.')).toBeInTheDocument();
  });

  it('goes back into the quiz with answers kept when the person changes their answers', async () => {
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/result');
    await user.click(await screen.findByRole('link', { name: 'Change my answers' }));
    expect(await screen.findByRole('progressbar', { name: `Question 1 of ${total}` })).toBeInTheDocument();
    expect(screen.getByRole('radio', { checked: true })).toBeInTheDocument();
    expect(Object.keys(useQuizStore.getState().answers)).toHaveLength(total);
  });

  it('retakes only after confirmation', async () => {
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/result');
    await user.click(await screen.findByRole('button', { name: 'Retake the quiz' }));
    expect(Object.keys(useQuizStore.getState().answers)).toHaveLength(total);
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(useQuizStore.getState().answers).toEqual({});
    expect(await screen.findByRole('progressbar', { name: `Question 1 of ${total}` })).toBeInTheDocument();
  });

  it('opens the print dialog for a printable report', async () => {
    saveAnswers(fullAnswers('product'));
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderApp('/result');
    await user.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('sends an unfinished quiz back to its first unanswered question, with a message', async () => {
    saveAnswers(fullAnswers('product', 10));
    await renderApp('/result');
    expect(await screen.findByRole('progressbar', { name: `Question 11 of ${total}` })).toBeInTheDocument();
    expect(
      screen.getByText(/your result is ready once every question is answered: 20 to go/i),
    ).toBeInTheDocument();
  });
});
