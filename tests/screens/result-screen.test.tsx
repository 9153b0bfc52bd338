import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeAnswers, evaluate, explainResult, questionBank } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers } from '../render-app.tsx';
import type { Message } from '../../src/engine/index.ts';

/** A bank word in the language the page reads, or nothing when there is none. */
const wordsOf = (message: Message | undefined) => (message ? translate(message) : '');

const scored = questionBank.questions.filter((question) => question.kind !== 'background');
const total = scored.length;

/** Mostly product, with the last eight questions answered fully toward project. */
function mixedAnswers(): Record<string, string> {
  const product = fullAnswers('product');
  const project = fullAnswers('project');
  return Object.fromEntries(
    scored.map((question, index) => [
      question.id,
      (index >= total - 8 ? project : product)[question.id] ?? '',
    ]),
  );
}

describe('ResultScreen', () => {
  beforeEach(resetStores);

  it('names the verdict, and puts both roles side by side with their share of the answer points', async () => {
    const answers = mixedAnswers();
    saveAnswers(answers);
    await renderApp('/result');
    const evaluation = evaluate(answers);
    const heading =
      evaluation.strength === 'close' ? translate(evaluation.summary) : 'Technical Product Manager';
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    const product = Math.round(evaluation.productShare * 100);
    const sides = screen.getAllByRole('term');
    expect(sides.map((side) => side.textContent)).toEqual([
      'Technical Product Manager',
      'Technical Project Manager',
    ]);
    const figures = screen.getAllByRole('definition').map((figure) => figure.textContent);
    expect(figures).toContain(`${product}% of answer points`);
    expect(figures).toContain(`${100 - product}% of answer points`);
    // The title names the result as the heading does: a close call by that name, not as the leading role.
    expect(document.title).toBe(`Your result: ${heading} · Which TPM?`);
  });

  it('quotes the person’s own answers as reasons, and shows what pulled the other way', async () => {
    const answers = fullAnswers('product');
    const project = fullAnswers('project');
    const last = scored.at(-1)?.id ?? '';
    answers[last] = project[last] ?? '';
    saveAnswers(answers);
    await renderApp('/result');
    const { supporting, opposing } = explainResult(evaluate(answers));
    const why = await screen.findByRole('region', { name: 'Why Technical Product Manager' });
    expect(within(why).getAllByRole('listitem')).toHaveLength(supporting.length);
    expect(within(why).getByText(wordsOf(supporting[0]?.text.you))).toBeInTheDocument();
    expect(within(why).getAllByText(/^You answered/)).toHaveLength(supporting.length);
    const against = screen.getByRole('region', { name: 'What pulled toward Technical Project Manager' });
    expect(within(against).getAllByRole('listitem')).toHaveLength(opposing.length);
    expect(within(against).getByText(wordsOf(opposing[0]?.text.you))).toBeInTheDocument();
  });

  it('shows every theme in a table for screen readers, and links to the roles instead of repeating them', async () => {
    saveAnswers(fullAnswers('project'));
    await renderApp('/result');
    const themes = new RegExp(`each of the ${questionBank.dimensions.length} themes`);
    const chart = await screen.findByRole('figure', { name: themes });
    const table = within(chart).getByRole('table', { name: themes });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(questionBank.dimensions.length);
    for (const row of rows)
      expect(within(row).getByRole('cell', { name: /^Strongly toward/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^What a Technical/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compare the two roles point by point' })).toHaveAttribute(
      'href',
      '/roles',
    );
  });

  it('explains answer points, and never says no answer pointed the other way without saying where its share came from', async () => {
    const answers = fullAnswers('product');
    // Three answers in the middle: they lean neither way, so they share their points.
    for (const question of scored.slice(0, 3)) {
      const middle = question.options.find((option) => option.lean === 0);
      if (middle) answers[question.id] = middle.id;
    }
    saveAnswers(answers);
    await renderApp('/result');
    const project = evaluate(answers).productShare;
    const projectPercent = 100 - Math.round(project * 100);
    expect(projectPercent).toBeGreaterThan(0);
    expect(await screen.findByText(`${projectPercent}% of answer points`)).toBeInTheDocument();
    expect(screen.getByText('Middle answers give points to both sides.')).toBeInTheDocument();
    const against = screen.getByRole('region', { name: /^What pulled toward Technical Project Manager/ });
    expect(
      within(against).getByText(
        new RegExp(
          `Its ${projectPercent}% of the answer points comes from answers that did not lean all the way`,
        ),
      ),
    ).toBeInTheDocument();
  });

  it('puts the actions after the explanation', async () => {
    saveAnswers(fullAnswers('product'));
    await renderApp('/result');
    const why = await screen.findByRole('region', { name: 'Why Technical Product Manager' });
    const themes = screen.getByRole('region', { name: 'Your answers, theme by theme' });
    const actions = screen.getByRole('region', { name: 'Keep, share or change your result' });
    for (const explanation of [why, themes]) {
      expect(explanation.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    expect(within(actions).getByRole('link', { name: 'Change my answers' })).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Download the card image' })).toBeInTheDocument();
  });

  it('puts cautions in plain words', async () => {
    const answers = Object.fromEntries(
      scored.map((question) => [question.id, question.options[0]?.id ?? '']),
    );
    saveAnswers(answers);
    await renderApp('/result');
    const cautions = await screen.findByRole('region', { name: 'Worth knowing about your answers' });
    expect(
      within(cautions).getByText(/^You picked the first option on \d+ of \d+ choices and statements\./),
    ).toBeInTheDocument();
    expect(
      within(cautions).getByText(/^You gave all 18 tasks the same rating, “Not at all”\./),
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

  it('lists the answers to change, opens one question, and comes straight back to the result', async () => {
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/result');
    await user.click(await screen.findByRole('link', { name: 'Change my answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your answers' })).toBeInTheDocument();
    const last = scored[total - 1];
    if (!last) throw new Error('no questions');
    const changeLinks = screen.getAllByRole('link', { name: /^Change your answer to: / });
    expect(changeLinks).toHaveLength(total);
    await user.click(changeLinks[total - 1] as HTMLElement);
    expect(
      await screen.findByRole('heading', { level: 1, name: translate(last.prompt) }),
    ).toBeInTheDocument();
    const unchosen = screen.getAllByRole('radio', { checked: false })[0] as HTMLElement;
    await user.click(unchosen);
    await user.click(screen.getByRole('button', { name: 'Back to my result' }));
    expect(await screen.findByRole('link', { name: 'Change my answers' })).toBeInTheDocument();
    expect(useAppStore.getState().quiz.answers[last.id]).not.toBe(fullAnswers('product')[last.id]);
    expect(Object.keys(useAppStore.getState().quiz.answers)).toHaveLength(total);
  });

  it('keeps a changed answer as the sitting’s result whichever way the person goes back to it', async () => {
    saveAnswers(fullAnswers('product'));
    useAppStore.getState().finishAttempt();
    const { user } = await renderApp('/answers');
    const last = scored[total - 1];
    if (!last) throw new Error('no questions');
    const links = await screen.findAllByRole('link', { name: /^Change your answer to: / });
    await user.click(links[total - 1] as HTMLElement);
    await screen.findByRole('button', { name: 'Back to my answers' });
    await user.click(screen.getAllByRole('radio', { checked: false })[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Back to my answers' }));
    await user.click(await screen.findByRole('link', { name: 'Back to my result' }));
    await screen.findByRole('link', { name: 'Change my answers' });
    const { attempts } = useAppStore.getState().history;
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.answers[last.id]).toBe(useAppStore.getState().quiz.answers[last.id]);
  });

  it('retakes only after confirmation', async () => {
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/result');
    await user.click(await screen.findByRole('button', { name: 'Retake the quiz' }));
    expect(Object.keys(useAppStore.getState().quiz.answers)).toHaveLength(total);
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(useAppStore.getState().quiz.answers).toEqual({});
    expect(await screen.findByRole('progressbar', { name: `Question 1 of ${total}` })).toBeInTheDocument();
  });

  it('retakes in one step: question 1 with nothing answered, and no notice that answers are missing', async () => {
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/result');
    await user.click(await screen.findByRole('button', { name: 'Retake the quiz' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(await screen.findByRole('progressbar', { name: `Question 1 of ${total}` })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
    expect(screen.queryByText(/your result is ready once/i)).not.toBeInTheDocument();
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('opens the print dialog for a printable report', async () => {
    saveAnswers(fullAnswers('product'));
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderApp('/result');
    await user.click(await screen.findByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says how many questions an unfinished quiz has to go, with a way to the next, and neither moves nor adds a notice', async () => {
    saveAnswers(fullAnswers('product', 10));
    await renderApp('/result');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your result is not ready yet' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Your result is ready once every question is answered: ${total - 10} to go.`),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Answer the next question' })).toHaveAttribute(
      'href',
      '/quiz/11',
    );
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('says there is no result yet when nothing is answered, without sending the person anywhere', async () => {
    await renderApp('/result');
    expect(screen.getByRole('heading', { level: 1, name: 'No result yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute('href', '/quiz/1');
    expect(useAppStore.getState().notices).toEqual([]);
  });
});

describe('ResultScreen: download my answers', () => {
  beforeEach(resetStores);

  it('offers the answers as a file made in the browser, with today’s questions and nothing sent', async () => {
    const answers = fullAnswers('project');
    saveAnswers(answers);
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return 'blob:answers';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { user } = await renderApp('/result');
    const actions = await screen.findByRole('region', { name: 'Keep, share or change your result' });
    await user.click(within(actions).getByRole('button', { name: 'Download my answers (JSON)' }));
    const exported = JSON.parse(await (files[0] as Blob).text()) as {
      bankVersion: number;
      attempts: { answers: Record<string, string> }[];
    };
    expect(exported.bankVersion).toBe(questionBank.version);
    expect(exported.attempts[0]?.answers).toEqual(answers);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
