import { i18n } from '@lingui/core';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kindWeights, questionBank, stabilityBands } from '../../src/engine/index.ts';
import { englishCatalogs as english } from '../english-catalogs.ts';
import { renderApp } from '../render-app.tsx';
import { translate } from '../../src/lib/translate.ts';

describe('MethodScreen', () => {
  afterEach(() => {
    i18n.loadAndActivate({ locale: 'en', messages: english });
  });

  it('lists every dimension and the weights the engine really uses', async () => {
    await renderApp('/method');
    expect(await screen.findByRole('heading', { level: 1, name: 'How it works' })).toBeInTheDocument();
    for (const dimension of questionBank.dimensions)
      expect(screen.getByText(translate(dimension.name))).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Weight by kind of question' });
    const scenarioRow = within(table).getByRole('row', { name: /workplace situations/i });
    expect(within(scenarioRow).getByText(String(kindWeights.scenario))).toBeInTheDocument();
    for (const heading of [
      'How sure the result is',
      'A worked example',
      'What the two interests mean',
      'Why each answer counts the way it does',
      'Cautions',
      'The limits of a self-assessment',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
  });

  it('works an example through with the engine’s own figures', async () => {
    await renderApp('/method');
    const list = await screen.findByRole('list', { name: 'Ten answers with their points' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent(/: \+6 points of a possible 6$/);
    expect(
      screen.getByText(
        /The points add up to \+12 out of a reach of 48, so 63% of the answer points lean product/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /read as the whole quiz they point to, at its cautious end: 50% product\. So the stability is 0\.50, and the headline reads “A close call between the two roles”/,
      ),
    ).toBeInTheDocument();
  });

  it('writes its shares the way the page’s language writes a percentage', async () => {
    const moderateLean = () =>
      screen.getAllByRole('listitem').find((item) => item.textContent?.startsWith('A moderate lean:'));
    const { unmount } = await renderApp('/method');
    expect(moderateLean()).toHaveTextContent('90% to 95% of the time.');
    unmount();
    // No German words are loaded, so the English sentences stay, but the figures follow German.
    i18n.loadAndActivate({ locale: 'de', messages: {} });
    // German puts a (no-break) space before the sign; the matcher reads every space as a plain one.
    const german = new Intl.NumberFormat('de', { style: 'percent' })
      .format(stabilityBands.clear)
      .replace(/\s/u, ' ');
    expect(german).not.toBe('95%');
    await renderApp('/method');
    expect(moderateLean()).toHaveTextContent(`to ${german} of the time.`);
  });
});
