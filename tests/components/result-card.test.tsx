import { i18n } from '@lingui/core';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ResultCard } from '../../src/components/result-card.tsx';
import { cardDescription, cardWords, resultCardSvg, wrapText } from '../../src/components/result-card-svg.ts';
import { evaluate } from '../../src/engine/index.ts';
import { englishCatalogs as english } from '../english-catalogs.ts';
import { translate } from '../../src/lib/translate.ts';
import { fullAnswers } from '../render-app.tsx';

const evaluation = evaluate(fullAnswers('project'));

describe('the result card', () => {
  afterEach(() => {
    i18n.loadAndActivate({ locale: 'en', messages: english });
  });

  it('is a standalone SVG that says the verdict and both roles, with the address escaped', () => {
    const svg = resultCardSvg(evaluation, 'example.org/?a=1&b=<2>');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('Technical Product Manager');
    expect(svg).toContain('Technical Project Manager');
    expect(svg).toContain('example.org/?a=1&amp;b=&lt;2&gt;');
    expect(svg).not.toMatch(/<(script|foreignObject|image)\b/);
  });

  it('wraps a long headline at spaces', () => {
    expect(wrapText('A moderate lean toward Technical Product Manager', 34)).toEqual([
      'A moderate lean toward Technical',
      'Product Manager',
    ]);
  });

  it('shows a preview with the card’s words as its text, and offers the download', () => {
    render(<ResultCard evaluation={evaluation} />);
    expect(screen.getByRole('img', { name: cardDescription(evaluation) })).toBeInTheDocument();
    expect(cardDescription(evaluation)).toContain(translate(evaluation.summary));
    expect(screen.getByRole('button', { name: 'Download the card image' })).toBeInTheDocument();
    // jsdom cannot share files, so the share button stays away, as in any browser without it.
    expect(screen.queryByRole('button', { name: 'Share the card' })).not.toBeInTheDocument();
  });

  it('writes its figures the way the page’s language does', () => {
    expect(cardWords(evaluation).sides.product.share).toMatch(/^\d+% of answer points$/);
    // An empty catalog: the words fall back to English, but the numbers follow the language.
    i18n.loadAndActivate({ locale: 'fr', messages: {} });
    expect(cardWords(evaluation).sides.product.share).toMatch(/^\d+\s%\sof answer points$/);
    expect(resultCardSvg(evaluation, 'example.org')).toMatch(/\d+\s% of answer points/);
  });
});
