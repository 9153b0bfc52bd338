import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useHistoryStore } from '../../src/store/history-store.ts';
import { fullAnswers, renderApp, resetStores } from '../render-app.tsx';

const older = Date.UTC(2026, 10, 1, 9, 30);
const newer = Date.UTC(2026, 10, 20, 18, 5);

describe('HistoryScreen', () => {
  beforeEach(() => {
    resetStores();
    useHistoryStore.setState({
      attempts: [
        { id: 'b', finishedAt: newer, mode: 'quick', answers: fullAnswers('project', 8), bankVersion: 1 },
        { id: 'a', finishedAt: older, mode: 'full', answers: fullAnswers('product'), bankVersion: 1 },
      ],
    });
  });

  it('lists past results newest first, with mode and result', async () => {
    await renderApp('/history');
    const items = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/Quick check · 8 answers/);
    expect(items[0]).toHaveTextContent(/Technical Project Manager: 0% product, 100% project/);
    expect(items[1]).toHaveTextContent(/Full quiz · 36 answers/);
  });

  it('deletes one result and moves focus to the next one, then to the heading when none is left', async () => {
    const { user } = await renderApp('/history');
    const [first] = screen.getAllByRole('button', { name: /^Delete the result from/ });
    await user.click(first as HTMLElement);
    expect(useHistoryStore.getState().attempts.map((attempt) => attempt.id)).toEqual(['a']);
    const remaining = screen.getByRole('button', { name: /^Delete the result from/ });
    expect(remaining).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(useHistoryStore.getState().attempts).toEqual([]);
    expect(screen.getByRole('heading', { level: 1, name: 'Your past results' })).toHaveFocus();
  });

  it('deletes all results only after confirmation', async () => {
    const { user } = await renderApp('/history');
    await user.click(screen.getByRole('button', { name: 'Delete all results' }));
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(useHistoryStore.getState().attempts).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Delete all results' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete them all' }));
    expect(useHistoryStore.getState().attempts).toEqual([]);
    expect(screen.getByText(/no finished results yet/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Your past results' })).toHaveFocus();
  });

  it('shows the summary kept when the result was given, even after the questions changed', async () => {
    useHistoryStore.setState({
      attempts: [
        {
          id: 'c',
          finishedAt: newer + 1,
          mode: 'full',
          answers: { retired: 'agree' },
          bankVersion: 0,
          summary: { track: 'project', strength: 'clear', productShare: 0.25, headline: 'A clear lean' },
        },
        { id: 'd', finishedAt: newer + 2, mode: 'full', answers: { retired: 'agree' }, bankVersion: 0 },
      ],
    });
    await renderApp('/history');
    const items = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent(/questions that have changed since, so its details cannot be shown/);
    expect(items[1]).toHaveTextContent(
      /Technical Project Manager: 25% product, 75% project\. A clear lean\./,
    );
  });
});
