import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeAnswers, interestStem, questionBank, quotedPrompt } from '../../src/engine/index.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers, savePastResults } from '../render-app.tsx';
import { translate } from '../../src/lib/translate.ts';

// An interest item's activity, quoted without "How much would you enjoy", reads like a skill to rate.
// Every screen that quotes one away from its own page keeps the stem.
const interests = questionBank.questions.filter((question) => question.kind === 'interest');

/** Every activity rated: product ones at `product`, project ones at `project`. Nothing else answered. */
function ratings(product: string, project: string): Record<string, string> {
  return Object.fromEntries(
    interests.map((question) => [question.id, question.role === 'product' ? product : project]),
  );
}

const stemmed = /^How much would you enjoy: .+\?$/;
/** Each interest item as the page quotes it, in English. */
const quotedInterests = interests.map((question) => translate(quotedPrompt(question)));

describe('an interest item quoted away from its own page', () => {
  beforeEach(() => {
    resetStores();
    savePastResults([]);
  });

  it('keeps its stem in the reasons of a person’s own result', async () => {
    // Every choice, scenario and statement toward project; every activity rated toward product, so the
    // answers that pulled the other way are all interest items.
    saveAnswers({ ...fullAnswers('project'), ...ratings('very-much', 'not-at-all') });
    await renderApp('/result');
    const against = await screen.findByRole('region', {
      name: 'What pulled toward Technical Product Manager',
    });
    const quotes = within(against).getAllByText(stemmed, { selector: 'q' });
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quotedInterests).toContain(quote.textContent);
  });

  it('keeps its stem in the reasons of a shared result', async () => {
    await renderApp(
      `/shared#${encodeAnswers({ ...fullAnswers('product'), ...ratings('not-at-all', 'very-much') })}`,
    );
    const against = await screen.findByRole('region', {
      name: 'What pulled toward Technical Project Manager',
    });
    expect(within(against).getAllByText(stemmed, { selector: 'q' }).length).toBeGreaterThan(0);
  });

  it('keeps its stem in the method page’s evidence list and worked example', async () => {
    await renderApp('/method');
    const example = await screen.findByRole('list', { name: 'Ten answers with their points' });
    expect(within(example).getAllByRole('listitem')[0]).toHaveTextContent(
      /^“How much would you enjoy: .+\?”/,
    );
    const summaries = screen.getAllByText(stemmed, { selector: 'summary' });
    expect(summaries.map((summary) => summary.textContent)).toEqual(quotedInterests);
  });

  it('is asked on the question’s own page with the same stem the quotes use', async () => {
    await renderApp('/quiz/1');
    expect(await screen.findByText(translate(interestStem))).toBeInTheDocument();
  });
});
