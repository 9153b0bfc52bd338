import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../src/store/app-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers } from '../render-app.tsx';

describe('a screen that fails to render', () => {
  beforeEach(resetStores);

  it('shows a way back, and the saved answers are still there', async () => {
    // Answers that bypass the store's validation make the engine throw on the result screen.
    const answers = { ...fullAnswers('product'), 'no-such-question': 'agree' };
    saveAnswers(answers);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderApp('/result');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no-such-question/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the start' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Compare the roles' })).toBeInTheDocument();
    expect(useAppStore.getState().quiz.answers).toEqual(answers);
  });
});
