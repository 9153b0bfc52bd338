import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeAnswers, questionBank } from '../../src/engine/index.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers } from '../render-app.tsx';

describe('CompareScreen', () => {
  beforeEach(resetStores);

  it('puts a pasted share link next to the person’s own result, theme by theme', async () => {
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/compare');
    await user.type(
      screen.getByRole('textbox', { name: 'Their share link' }),
      `https://example.org/shared#${encodeAnswers(fullAnswers('project'))}`,
    );
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const overall = await screen.findByRole('region', { name: 'Overall' });
    expect(within(overall).getByText(/^Technical Product Manager: 100% product/)).toBeInTheDocument();
    expect(within(overall).getByText(/^Technical Project Manager: 0% product/)).toBeInTheDocument();
    const differ = screen.getByRole('region', { name: 'Where you differ most' });
    const differences = within(differ).getAllByRole('listitem');
    expect(differences).toHaveLength(3);
    expect(differences[0]).toHaveTextContent(
      'Where you put your effort: You lean strongly toward deciding where to go: vision and strategy; they lean strongly toward getting there: planning and execution.',
    );
    const themes = screen.getByRole('region', { name: 'Theme by theme' });
    expect(within(themes).getAllByText(/^You:/)).toHaveLength(questionBank.dimensions.length);
  });

  it('asks the person to finish their own quiz first, keeping the link working', async () => {
    saveAnswers(fullAnswers('product', 5));
    await renderApp(`/compare#${encodeAnswers(fullAnswers('project'))}`);
    expect(screen.getByText(/finish your own quiz/i)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Theme by theme' })).not.toBeInTheDocument();
  });

  it('explains a damaged link', async () => {
    saveAnswers(fullAnswers('product'));
    await renderApp('/compare#2-0000-abcde');
    expect(screen.getByRole('alert')).toHaveTextContent(/cut short/i);
  });
});
