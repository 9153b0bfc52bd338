import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeAnswers, evaluate, questionBank } from '../../src/engine/index.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { compareStorageKey } from '../../src/store/compare-slice.ts';
import { attemptDate } from '../../src/store/saved-history.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers, savePastResults } from '../render-app.tsx';

const theirCode = encodeAnswers(fullAnswers('project'));

/** The strongest answer toward each role in turn: answers that read as a close call. */
function closeCallAnswers(): Record<string, string> {
  const product = fullAnswers('product');
  const project = fullAnswers('project');
  return Object.fromEntries(
    Object.keys(product).map((id, index) => [id, (index % 2 === 0 ? product : project)[id] ?? '']),
  );
}

const finishedAt = Date.UTC(2026, 10, 20, 18, 5);
const thenDate = attemptDate({ finishedAt });

/** Keeps one past result of the person's own, under today's questions. */
function keepPastResult(id: string, answers: Record<string, string>): void {
  savePastResults([{ id, finishedAt, mode: 'full', answers, bankVersion: questionBank.version }]);
}

describe('CompareScreen', () => {
  beforeEach(resetStores);

  it('puts a pasted share link next to the person’s own result, theme by theme', async () => {
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/compare');
    await user.type(
      screen.getByRole('textbox', { name: 'Their share link' }),
      `https://example.org/shared#${theirCode}`,
    );
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const overall = await screen.findByRole('region', { name: 'Overall' });
    expect(
      within(overall).getByText(/lean toward Technical Product Manager\. 100% product, 0% project\./),
    ).toBeInTheDocument();
    expect(
      within(overall).getByText(/lean toward Technical Project Manager\. 0% product, 100% project\./),
    ).toBeInTheDocument();
    const differ = screen.getByRole('region', { name: 'Where you differ most' });
    const differences = within(differ).getAllByRole('listitem');
    expect(differences).toHaveLength(3);
    expect(differences[0]).toHaveTextContent(
      'Where you put your effort: You lean strongly toward deciding where to go: vision and strategy. They lean strongly toward getting there: planning and execution.',
    );
    const themes = screen.getByRole('region', { name: 'Theme by theme' });
    expect(within(themes).getAllByText(/^You /)).toHaveLength(questionBank.dimensions.length);
  });

  it('speaks about them on their side, in whole sentences', async () => {
    saveAnswers(fullAnswers('project'));
    await renderApp(`/compare#${encodeAnswers(fullAnswers('product'))}`);
    const themes = await screen.findByRole('region', { name: 'Theme by theme' });
    const theirs = within(themes).getAllByText(/^They /);
    expect(theirs).toHaveLength(questionBank.dimensions.length);
    expect(
      within(themes).getByText(/^They lean strongly toward exploring: learning by trying/),
    ).toBeInTheDocument();
    for (const sentence of theirs) expect(sentence.textContent).not.toMatch(/\byour?\b/i);
  });

  it('says plainly when a pasted link ends in “#” and holds nothing', async () => {
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/compare');
    await user.type(screen.getByRole('textbox', { name: 'Their share link' }), 'https://example.org/shared#');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This link has nothing after the “#”, so it holds no answers.',
    );
  });

  it('keeps the link, when asked, until the person’s own result is ready', async () => {
    saveAnswers(fullAnswers('product', 5));
    const { user } = await renderApp(`/compare#${theirCode}`);
    expect(screen.getByText(/finish your own quiz first/i)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Theme by theme' })).not.toBeInTheDocument();
    expect(useAppStore.getState().compare.code).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Keep this link and finish my quiz' }));
    expect(useAppStore.getState().compare.code).toBe(theirCode);
    expect(JSON.parse(localStorage.getItem(compareStorageKey) ?? '{}')).toMatchObject({
      state: { code: theirCode },
    });
  });

  it('offers the kept link on the finished result, and forgets it once compared', async () => {
    useAppStore.getState().keepCompareLink(theirCode);
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/result');
    const waiting = screen.getByRole('region', { name: 'A link waiting to compare' });
    await user.click(within(waiting).getByRole('link', { name: 'Compare with their result' }));
    expect(await screen.findByRole('region', { name: 'Theme by theme' })).toBeInTheDocument();
    expect(useAppStore.getState().compare.code).toBeNull();
  });

  it('offers a kept link on /compare too, and says it is kept when the link is opened again', async () => {
    useAppStore.getState().keepCompareLink(theirCode);
    const { user } = await renderApp('/compare');
    await user.click(screen.getByRole('link', { name: 'Compare with that link' }));
    expect(await screen.findByText(/This link is kept in this browser/)).toBeInTheDocument();
  });

  it('explains a damaged link', async () => {
    saveAnswers(fullAnswers('product'));
    // A code of today's version whose answers were changed on the way.
    await renderApp(`/compare#${questionBank.version}-0000-abcde`);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This link has been changed or damaged since it was made, so its result cannot be trusted. Copy the whole link again, or ask for a new one.',
    );
  });

  it('fills the link field with the link in the address', async () => {
    saveAnswers(fullAnswers('product'));
    await renderApp(`/compare#${theirCode}`);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Their share link' }).value).toMatch(
      new RegExp(`/shared#${theirCode}$`),
    );
  });

  it('names a close call as one while the person has no result to compare', async () => {
    const close = closeCallAnswers();
    expect(evaluate(close).strength).toBe('close');
    saveAnswers(fullAnswers('product', 5));
    await renderApp(`/compare#${encodeAnswers(close)}`);
    expect(screen.getByText(/^Their result: A close call between the two roles\./)).toBeInTheDocument();
    expect(screen.queryByText(/Their result is Technical/)).not.toBeInTheDocument();
  });

  it('offers to start the quiz, not to finish it, to someone who has not started', async () => {
    const { user } = await renderApp(`/compare#${theirCode}`);
    expect(screen.getByText(/take the quiz yourself first/i)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /finish my quiz/i })).not.toBeInTheDocument();
    const start = screen.getByRole('link', { name: 'Keep this link and start the quiz' });
    expect(start).toHaveAttribute('href', '/quiz/1');
    await user.click(start);
    expect(useAppStore.getState().compare.code).toBe(theirCode);
  });

  it('says plainly that a link to the person’s own answers is their own result, and compares nothing', async () => {
    saveAnswers(fullAnswers('product'));
    await renderApp(`/compare#${encodeAnswers(fullAnswers('product'))}`);
    expect(screen.getByText(/It is your own result, so there is nothing to compare\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your result' })).toHaveAttribute('href', '/result');
    expect(screen.queryByRole('region', { name: 'Overall' })).not.toBeInTheDocument();
    expect(screen.queryByText('Them')).not.toBeInTheDocument();
  });
});

describe('CompareScreen: you then and you now', () => {
  beforeEach(resetStores);

  it('opens from a past result, with no link, and speaks of you then and you now', async () => {
    keepPastResult('then', fullAnswers('project'));
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/history');
    await user.click(
      screen.getByRole('link', { name: `Compare with my current result: the result from ${thenDate}` }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You then and you now' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Their share link' })).not.toBeInTheDocument();
    expect(screen.queryByText(/someone else/)).not.toBeInTheDocument();
    const overall = screen.getByRole('region', { name: 'Overall' });
    expect(within(overall).getByText(`You then, ${thenDate}`)).toBeInTheDocument();
    expect(within(overall).getByText('You now')).toBeInTheDocument();
    expect(within(overall).queryByText('Them')).not.toBeInTheDocument();
    const changed = within(screen.getByRole('region', { name: 'What changed most' })).getAllByRole(
      'listitem',
    );
    expect(changed[0]).toHaveTextContent(
      'Where you put your effort: Then, you leaned strongly toward getting there: planning and execution. Now, you lean strongly toward deciding where to go: vision and strategy.',
    );
    expect(screen.getByRole('main').textContent).not.toMatch(/\bthey\b|\btheir\b/i);
  });

  it('is addressable: /compare?past=<id> opens the same comparison', async () => {
    keepPastResult('then', fullAnswers('project'));
    saveAnswers(fullAnswers('product'));
    await renderApp('/compare?past=then');
    expect(screen.getByRole('region', { name: 'What changed most' })).toBeInTheDocument();
  });

  it('says plainly when nothing has changed much', async () => {
    keepPastResult('then', { ...fullAnswers('product'), 'picture-next-year': 'a-lot' });
    saveAnswers(fullAnswers('product'));
    await renderApp('/compare?past=then');
    const changed = screen.getByRole('region', { name: 'What changed most' });
    expect(within(changed).queryByRole('listitem')).not.toBeInTheDocument();
    expect(changed).toHaveTextContent(
      'Nothing has changed much: on every theme, you lean the same way as then, by about as much.',
    );
  });

  it('does not offer the current result as a comparison with itself', async () => {
    keepPastResult('now', fullAnswers('product'));
    saveAnswers(fullAnswers('product'));
    await renderApp('/history');
    expect(screen.queryByRole('link', { name: /Compare with my current result/ })).not.toBeInTheDocument();
  });

  it('says so when the past result asked for is the current one', async () => {
    keepPastResult('now', fullAnswers('product'));
    saveAnswers(fullAnswers('product'));
    await renderApp('/compare?past=now');
    expect(
      screen.getByText(/It is your current result, so there is nothing to compare\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Overall' })).not.toBeInTheDocument();
  });

  it('offers to start the quiz when there is no current result to compare with', async () => {
    keepPastResult('then', fullAnswers('project'));
    await renderApp('/compare?past=then');
    expect(screen.getByText(/You have no current result to compare it with/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute('href', '/quiz/1');
  });
});
