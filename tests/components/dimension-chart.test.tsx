import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DimensionChart } from '../../src/components/dimension-chart.tsx';
import { evaluate } from '../../src/engine/index.ts';
import type { DimensionScore, Message } from '../../src/engine/index.ts';
import { fullAnswers } from '../render-app.tsx';

function firstTheme(): DimensionScore {
  const [theme] = evaluate(fullAnswers('product')).dimensions;
  if (!theme) throw new Error('The bank has no themes.');
  return theme;
}

const title: Message = { id: 'test-title', message: 'Themes' };

function fillOf(score: number): HTMLElement {
  const { container } = render(
    <DimensionChart dimensions={[{ ...firstTheme(), score, answered: 3 }]} title={title} subject="you" />,
  );
  // The bar is a drawing for sighted readers (the table beside it is what screen readers get), so its
  // colour has no role or text to find it by.
  // eslint-disable-next-line testing-library/no-container, testing-library/no-node-access
  const fill = container.querySelector<HTMLElement>('.fill');
  if (!fill) throw new Error('The chart drew no bar.');
  return fill;
}

describe('DimensionChart', () => {
  it('draws a bar the words call balanced in a neutral colour, even when it tilts a little', () => {
    expect(screen.queryByText('Balanced between the two')).toBeNull();
    const fill = fillOf(0.15);
    expect(screen.getAllByText('Balanced between the two').length).toBeGreaterThan(0);
    expect(fill).toHaveClass('balanced');
    expect(fill).not.toHaveClass('product');
  });

  it('draws a lean in its role’s colour', () => {
    expect(fillOf(-0.7)).toHaveClass('project');
  });

  it('names both ends of every bar, for screens and paper where the poles’ words do not fit', () => {
    fillOf(0.4);
    expect(screen.getByText('Project', { selector: '.bar-end' })).toBeInTheDocument();
    expect(screen.getByText('Product', { selector: '.bar-end' })).toBeInTheDocument();
  });
});
