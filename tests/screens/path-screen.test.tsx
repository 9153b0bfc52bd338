import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { careerPaths } from '../../src/content/career-path/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { fullAnswers, renderApp, resetStores, saveAnswers } from '../render-app.tsx';

describe('PathScreen', () => {
  beforeEach(resetStores);

  it('follows the person’s own finished result: back to it, and the way in from their job open', async () => {
    saveAnswers({ ...fullAnswers('product'), 'current-role': 'designer' });
    await renderApp('/path/product');
    expect(
      screen.getByRole('heading', { level: 1, name: 'The path into Technical Product Manager' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Your path')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to my result' })).toHaveAttribute('href', '/result');
    expect(screen.getByRole('link', { name: 'The path into Technical Project Manager' })).toHaveAttribute(
      'href',
      '/path/project',
    );
    expect(screen.getByText(translate(careerPaths.product.routes.designer.firstStep.text))).toBeVisible();
    expect(
      screen.getByText('First the themes where your answers leaned least toward this role.'),
    ).toBeVisible();
  });

  it('is the same for anyone without a result of their own, with no result to go back to', async () => {
    saveAnswers(fullAnswers('project', 4));
    await renderApp('/path/project');
    expect(screen.getByText('A path into the role')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Back to my result' })).not.toBeInTheDocument();
    expect(screen.getByText('Take the quiz to see these in the order your answers suggest.')).toBeVisible();
  });

  it('says there is nothing at an address for a role it does not know', async () => {
    await renderApp('/path/program');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
