import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeAnswers, questionBank } from '../../src/engine/index.ts';
import { compareStorageKey, useCompareStore } from '../../src/store/compare-store.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers } from '../render-app.tsx';

const theirCode = encodeAnswers(fullAnswers('project'));

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
    saveAnswers(fullAnswers('product'));
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
    expect(useCompareStore.getState().code).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Keep this link and finish my quiz' }));
    expect(useCompareStore.getState().code).toBe(theirCode);
    expect(JSON.parse(localStorage.getItem(compareStorageKey) ?? '{}')).toMatchObject({
      state: { code: theirCode },
    });
  });

  it('offers the kept link on the finished result, and forgets it once compared', async () => {
    useCompareStore.getState().keepCompareLink(theirCode);
    saveAnswers(fullAnswers('product'));
    const { user } = await renderApp('/result');
    const waiting = screen.getByRole('region', { name: 'A link waiting to compare' });
    await user.click(within(waiting).getByRole('link', { name: 'Compare with their result' }));
    expect(await screen.findByRole('region', { name: 'Theme by theme' })).toBeInTheDocument();
    expect(useCompareStore.getState().code).toBeNull();
  });

  it('offers a kept link on /compare too, and says it is kept when the link is opened again', async () => {
    useCompareStore.getState().keepCompareLink(theirCode);
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
});
