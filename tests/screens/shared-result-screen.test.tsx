import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeAnswers, evaluate, explainResult, questionBank } from '../../src/engine/index.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers } from '../render-app.tsx';
import { translate } from '../../src/lib/translate.ts';

describe('SharedResultScreen', () => {
  beforeEach(resetStores);

  it('shows the shared result read-only without touching the opener’s own answers', async () => {
    const own = fullAnswers('product', 3);
    saveAnswers(own);
    await renderApp(`/shared#${encodeAnswers(fullAnswers('project'))}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Technical Project Manager' }),
    ).toBeInTheDocument();
    expect(screen.getByText('A shared result')).toBeInTheDocument();
    expect(screen.queryByText(/\byou(r)?\b/i, { selector: 'header *' })).not.toBeInTheDocument();
    expect(screen.getAllByText(/^They answered/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/^You answered/)).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Their answers, theme by theme' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your path' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retake the quiz' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Share link' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz yourself' })).toBeInTheDocument();
    expect(useAppStore.getState().quiz.answers).toEqual(own);
  });

  it('says why each quoted answer counts in a sentence about them, the one written for the option they chose', async () => {
    const answers = fullAnswers('project');
    await renderApp(`/shared#${encodeAnswers(answers)}`);
    const why = await screen.findByRole('region', { name: 'Why Technical Project Manager' });
    const { supporting } = explainResult(evaluate(answers));
    const items = within(why).getAllByRole('listitem');
    expect(items).toHaveLength(supporting.length);
    for (const [index, reason] of supporting.entries()) {
      expect(items[index]).toHaveTextContent(translate(reason.text.they));
    }
    expect(screen.queryByText(/That answer counts toward/)).not.toBeInTheDocument();
  });

  it.each([
    { name: 'an empty fragment', fragment: '', message: /does not hold a which tpm\? result/i },
    {
      name: 'a cut-off link',
      fragment: encodeAnswers(fullAnswers('product')).slice(0, 20),
      message: /cut short/i,
    },
    {
      name: 'a changed answer',
      fragment: encodeAnswers(fullAnswers('product')).replace(
        /^(\d+)-(\d)/,
        (_, version: string, digit: string) => `${version}-${digit === '0' ? '1' : '0'}`,
      ),
      message: /has been changed/i,
    },
    {
      name: 'an old bank version',
      fragment: encodeAnswers(fullAnswers('product'), { ...questionBank, version: questionBank.version - 1 }),
      message: /made with an earlier set of questions/i,
    },
    { name: 'broken escapes', fragment: '%E0%A4%A', message: /does not hold/i },
  ])('explains $name and offers the quiz instead of crashing', async ({ fragment, message }) => {
    await renderApp(`/shared#${fragment}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link cannot be opened' }),
    ).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take the quiz' })).toBeInTheDocument();
  });
});
