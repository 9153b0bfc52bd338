import { i18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { englishCatalogs as english } from '../english-catalogs.ts';
import { nextQuestion, questionBank } from '../../src/engine/index.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers, saveMode } from '../render-app.tsx';
import { translate } from '../../src/lib/translate.ts';
import type { Message } from '../../src/engine/index.ts';

/** A bank word in the language the page reads, or nothing when there is none. */
const wordsOf = (message: Message | undefined) => (message ? translate(message) : '');

const total = questionBank.questions.filter((question) => question.kind !== 'background').length;

describe('StartScreen', () => {
  beforeEach(resetStores);

  it('says what the quiz is, how long it takes and that answers stay in the browser', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: /which tpm\?/i })).toBeInTheDocument();
    expect(await screen.findByText(`${total} questions`)).toBeInTheDocument();
    expect(screen.getByText(/about \d+ minutes/)).toBeInTheDocument();
    expect(
      screen.getByText(/your answers stay in this browser; nothing is sent anywhere/i),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Resume' })).not.toBeInTheDocument();
  });

  it('starts the quiz at the first question', async () => {
    const { user } = await renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Start the quiz' }));
    expect(
      await screen.findByRole('group', { name: wordsOf(questionBank.questions[0]?.prompt) }),
    ).toBeInTheDocument();
  });

  it('offers Resume at the first unanswered question when a quiz is in progress', async () => {
    saveAnswers(fullAnswers('product', 4));
    const { user } = await renderApp('/');
    expect(await screen.findByText(`You have answered 4 of ${total} questions.`)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Resume' }));
    expect(await screen.findByRole('progressbar', { name: `Question 5 of ${total}` })).toBeInTheDocument();
  });

  it('asks before starting over, and keeps the answers when the person changes their mind', async () => {
    saveAnswers(fullAnswers('product', 4));
    const { user } = await renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(Object.keys(useAppStore.getState().quiz.answers)).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(useAppStore.getState().quiz.answers).toEqual({});
    expect(await screen.findByRole('progressbar', { name: `Question 1 of ${total}` })).toBeInTheDocument();
  });

  it('links to the result when every question is answered', async () => {
    saveAnswers(fullAnswers('project'));
    await renderApp('/');
    expect(await screen.findByRole('link', { name: 'See my result' })).toHaveAttribute('href', '/result');
  });

  it('links to the result, not back into the quick check, when a quick check has every answer', async () => {
    saveAnswers(fullAnswers('project'));
    saveMode('quick');
    await renderApp('/');
    expect(await screen.findByRole('link', { name: 'See my result' })).toHaveAttribute('href', '/result');
    expect(screen.queryByRole('link', { name: /resume/i })).not.toBeInTheDocument();
  });

  it('after a finished quick check, offers the result and the rest of the quiz, not a quick check to resume', async () => {
    const full = fullAnswers('product');
    const answers: Record<string, string> = {};
    for (let id = nextQuestion(answers); id !== null; id = nextQuestion(answers))
      answers[id] = full[id] ?? '';
    saveAnswers(answers);
    saveMode('quick');
    const toGo =
      questionBank.questions.filter((question) => question.kind !== 'background').length -
      Object.keys(answers).length;
    const { user } = await renderApp('/');
    expect(await screen.findByRole('link', { name: 'See my result' })).toHaveAttribute('href', '/result');
    expect(screen.queryByText(/You are taking the quick check/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /resume/i })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: `Answer the other ${toGo}` }));
    expect(await screen.findByText(`${toGo - 1} more questions after this one`)).toBeInTheDocument();
    expect(useAppStore.getState().quiz.mode).toBe('full');
  });
});

describe('StartScreen in another language', () => {
  beforeEach(resetStores);
  afterEach(() => {
    i18n.loadAndActivate({ locale: 'en', messages: english });
  });

  it('reads its sentences, their links and their counts from the active catalog', async () => {
    saveAnswers(fullAnswers('product', 4));
    // The same sources as the screen's, so the same ids; the Spanish is written as Lingui compiles it.
    const answered = 4;
    const progress = msg`You have answered ${answered} of ${plural(total, { one: '# question', other: '# questions' })}.`;
    const roles = msg`Not sure what the two roles are? <0>Compare them side by side</0>, or read <1>how the scoring works</1>.`;
    i18n.loadAndActivate({
      locale: 'es',
      messages: {
        [msg`Resume`.id]: ['Continuar'],
        [progress.id]: [
          'Has respondido ',
          ['answered'],
          ' de ',
          ['total', 'plural', { one: ['#', ' pregunta'], other: ['#', ' preguntas'] }],
          '.',
        ],
        [roles.id]: ['¿No sabes qué son los dos roles? <0>Compáralos</0> o lee <1>cómo se puntúa</1>.'],
      },
    });
    await renderApp('/');
    expect(await screen.findByText(`Has respondido 4 de ${total} preguntas.`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continuar' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Compáralos' })).toHaveAttribute('href', '/roles');
    expect(screen.getByRole('link', { name: 'cómo se puntúa' })).toHaveAttribute('href', '/method');
  });
});
