import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeAnswers, questionBank } from '../../src/engine/index.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { attemptDate } from '../../src/store/saved-history.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers, savePastResults } from '../render-app.tsx';

const older = Date.UTC(2026, 10, 1, 9, 30);
const newer = Date.UTC(2026, 10, 20, 18, 5);
const version = questionBank.version;
const newerDate = attemptDate({ finishedAt: newer });

/** An attempt kept under questions that have since changed, with the summary the person saw. */
const retired = {
  id: 'c',
  finishedAt: newer + 1,
  mode: 'full' as const,
  answers: { retired: 'agree' },
  bankVersion: 0,
  summary: { track: 'project' as const, strength: 'clear' as const, productShare: 0.25 },
};

describe('HistoryScreen', () => {
  beforeEach(() => {
    resetStores();
    savePastResults([
      {
        id: 'b',
        finishedAt: newer,
        mode: 'quick',
        answers: fullAnswers('project', 16),
        bankVersion: version,
      },
      { id: 'a', finishedAt: older, mode: 'full', answers: fullAnswers('product'), bankVersion: version },
    ]);
  });

  it('lists past results newest first, each with its date, mode and result, naming the role once', async () => {
    await renderApp('/history');
    const items = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(`${newerDate} · Quick check · 16 answers`);
    expect(items[0]).toHaveTextContent(/lean toward Technical Project Manager\. 0% product, 100% project\./);
    expect(items[0]?.textContent?.match(/Technical Project Manager/g)).toHaveLength(1);
    expect(items[1]).toHaveTextContent(/Full quiz · 36 answers/);
  });

  it('counts one answer as one answer, and leaves the optional questions out of the count', async () => {
    savePastResults([
      {
        id: 'one',
        finishedAt: newer + 60_000,
        mode: 'quick',
        answers: { ...fullAnswers('project', 1), 'current-role': 'designer' },
        bankVersion: version,
      },
    ]);
    await renderApp('/history');
    const [item] = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole('listitem');
    expect(item).toHaveTextContent(`${attemptDate({ finishedAt: newer + 60_000 })} · Quick check · 1 answer`);
    expect(item).not.toHaveTextContent('1 answers');
  });

  it('counts the scored answers as the result does: a quick check of 9 and a full quiz of 36, optional answers aside', async () => {
    const optional = { 'current-role': 'designer', 'current-enjoyment': 'a-lot' };
    savePastResults([
      {
        id: 'q',
        finishedAt: newer + 120_000,
        mode: 'quick',
        answers: { ...fullAnswers('project', 9), ...optional },
        bankVersion: version,
      },
      {
        id: 'f',
        finishedAt: newer + 60_000,
        mode: 'full',
        answers: { ...fullAnswers('product'), ...optional },
        bankVersion: version,
      },
    ]);
    // Kept after the two the list starts with, so they come first whatever the merge with storage holds.
    await renderApp('/history');
    const items = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Quick check · 9 answers');
    expect(items[1]).toHaveTextContent('Full quiz · 36 answers');
  });

  it('offers to open, share again, compare and delete each result', async () => {
    saveAnswers(fullAnswers('product'));
    await renderApp('/history');
    const [first, second] = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole(
      'listitem',
    );
    const row = within(first as HTMLElement);
    expect(row.getByRole('link', { name: `Open the result from ${newerDate}` })).toHaveAttribute(
      'href',
      '/history/b',
    );
    const compare = row.getByRole('link', {
      name: `Compare with my current result: the result from ${newerDate}`,
    });
    expect(compare).toHaveAttribute('href', '/compare?past=b');
    // The older one holds the current answers: it is the current result, not something to compare it with.
    expect(within(second as HTMLElement).queryByRole('link', { name: /^Compare/ })).not.toBeInTheDocument();
    expect(row.getByRole('button', { name: `Delete the result from ${newerDate}` })).toBeInTheDocument();
  });

  it('shows the share link again, on request, with the same answers', async () => {
    const { user } = await renderApp('/history');
    const share = screen.getByRole('button', { name: `Share again: the result from ${newerDate}` });
    expect(share).toHaveAttribute('aria-expanded', 'false');
    await user.click(share);
    expect(share).toHaveAttribute('aria-expanded', 'true');
    const link = screen.getByRole<HTMLInputElement>('textbox', { name: 'Share link' }).value;
    expect(decodeAnswers(link.split('#')[1] ?? '')).toEqual({
      ok: true,
      answers: fullAnswers('project', 16),
    });
  });

  it('opens a past result read-only, with its date, leaving the current answers alone', async () => {
    const { user } = await renderApp('/history');
    await user.click(screen.getByRole('link', { name: `Open the result from ${newerDate}` }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Technical Project Manager' }),
    ).toBeInTheDocument();
    expect(screen.getByText(`Your quick-check result from ${newerDate}`)).toBeInTheDocument();
    expect(screen.getByText(/This is a past result, shown as it was/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retake the quiz' })).not.toBeInTheDocument();
    expect(useAppStore.getState().quiz.answers).toEqual({});
    // No current result: there is nothing to compare it with.
    expect(screen.queryByRole('link', { name: 'Compare with my current result' })).not.toBeInTheDocument();
  });

  it('offers to compare a past result with the current one, then and now, by its id', async () => {
    saveAnswers(fullAnswers('product'));
    await renderApp('/history/b');
    expect(screen.getByRole('link', { name: 'Compare with my current result' })).toHaveAttribute(
      'href',
      '/compare?past=b',
    );
  });

  it('names a past close call as one in the page title', async () => {
    const product = fullAnswers('product');
    const project = fullAnswers('project');
    const close = Object.fromEntries(
      Object.keys(product).map((id, index) => [id, (index % 2 === 0 ? product : project)[id] ?? '']),
    );
    savePastResults([{ id: 'close', finishedAt: newer, mode: 'full', answers: close, bankVersion: version }]);
    await renderApp('/history/close');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A close call between the two roles' }),
    ).toBeInTheDocument();
    expect(document.title).toMatch(/^Your result from .*: A close call between the two roles/);
  });

  it('opens a past result that now reads differently with what it said then, keeping its answers', async () => {
    const answers = fullAnswers('project', 16);
    savePastResults([
      {
        id: 'd',
        finishedAt: newer + 2,
        mode: 'quick',
        answers,
        bankVersion: version,
        summary: { track: 'project', strength: 'clear', productShare: 0 },
      },
    ]);
    await renderApp('/history/d');
    expect(
      await screen.findByText(
        /^When you finished, this result read “A clear lean toward Technical Project Manager”\. The quiz has since become more careful/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/This is a past result, shown as it was/)).not.toBeInTheDocument();
    expect(useAppStore.getState().history.attempts.find((attempt) => attempt.id === 'd')?.answers).toEqual(
      answers,
    );
  });

  it('opens a result from questions that have changed as the summary kept, and says why', async () => {
    savePastResults([retired]);
    const { user } = await renderApp('/history');
    // Stored attempts merge with what the store holds, so the list has the other two as well.
    const date = attemptDate(retired);
    const items = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole('listitem');
    const row = within(items.find((item) => item.textContent?.includes(date)) as HTMLElement);
    expect(row.queryByRole('button', { name: /^Share again/ })).not.toBeInTheDocument();
    expect(row.queryByRole('link', { name: /^Compare/ })).not.toBeInTheDocument();
    await user.click(row.getByRole('link', { name: /^Open the result from/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: `Your result from ${date}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/A clear lean toward Technical Project Manager\. 25% product, 75% project\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/the full answers behind this result can’t be shown/)).toBeInTheDocument();
  });

  it('says plainly when a past result is not here', async () => {
    await renderApp('/history/gone');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This past result is not here' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your past results' })).toHaveAttribute('href', '/history');
  });

  it('deletes one result and moves focus to the next one, then to the heading when none is left', async () => {
    const { user } = await renderApp('/history');
    const [first] = screen.getAllByRole('button', { name: /^Delete the result from/ });
    await user.click(first as HTMLElement);
    expect(useAppStore.getState().history.attempts.map((attempt) => attempt.id)).toEqual(['a']);
    const remaining = screen.getByRole('button', { name: /^Delete the result from/ });
    expect(remaining).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().history.attempts).toEqual([]);
    expect(screen.getByRole('heading', { level: 1, name: 'Your past results' })).toHaveFocus();
  });

  it('deletes all results only after confirmation', async () => {
    const { user } = await renderApp('/history');
    await user.click(screen.getByRole('button', { name: 'Delete all past results' }));
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(useAppStore.getState().history.attempts).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Delete all past results' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete past results' }));
    expect(useAppStore.getState().history.attempts).toEqual([]);
    expect(screen.getByText(/no finished results yet/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Your past results' })).toHaveFocus();
  });

  it('brings a deleted result back with Undo, as it was', async () => {
    const { user } = await renderApp('/history');
    await user.click(screen.getByRole('button', { name: `Delete the result from ${newerDate}` }));
    expect(screen.getByRole('status', { name: 'Deleted just now' })).toHaveTextContent(
      `The result from ${newerDate} was deleted.`,
    );
    await user.click(
      within(screen.getByRole('status', { name: 'Deleted just now' })).getByRole('button', { name: 'Undo' }),
    );
    const items = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(`${newerDate} · Quick check · 16 answers`);
    expect(useAppStore.getState().history.attempts[0]?.answers).toEqual(fullAnswers('project', 16));
    expect(screen.getByRole('button', { name: `Delete the result from ${newerDate}` })).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Deleted just now' })).toBeEmptyDOMElement();
  });

  it('says what “Delete all” removes and what it keeps, and still shows the current result after it', async () => {
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/history');
    await user.click(screen.getByRole('button', { name: 'Delete all past results' }));
    expect(
      screen.getByText(
        'Delete every past result kept in this browser? Your current answers and result stay until you start over.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, delete past results' }));
    expect(useAppStore.getState().history.attempts).toEqual([]);
    expect(screen.queryByText(/no finished results yet/i)).not.toBeInTheDocument();
    expect(screen.getByText('No past results are kept in this browser.')).toBeInTheDocument();
    const current = screen.getByRole('region', { name: 'Your current result' });
    expect(current).toHaveTextContent(/lean toward Technical Product Manager\. 100% product, 0% project\./);
    expect(within(current).getByRole('link', { name: 'See your result' })).toHaveAttribute('href', '/result');
  });

  it('marks the entry that is the current result', async () => {
    saveAnswers(fullAnswers('product'));
    await renderApp('/history');
    const items = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent('Full quiz · 36 answers · your current result');
    expect(items[0]).not.toHaveTextContent('your current result');
  });

  it('shows the summary kept when the result was given, even after the questions changed', async () => {
    savePastResults([
      retired,
      { id: 'd', finishedAt: newer + 2, mode: 'full', answers: { retired: 'agree' }, bankVersion: 0 },
    ]);
    await renderApp('/history');
    const items = within(screen.getByRole('list', { name: 'Past results' })).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent(/questions that have changed since, so its details cannot be shown/);
    expect(items[1]).toHaveTextContent(
      /A clear lean toward Technical Project Manager\. 25% product, 75% project\./,
    );
  });
});
