import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CareerPath } from '../../src/components/career-path.tsx';
import { careerPaths } from '../../src/content/career-path.ts';
import { evaluate, skillOrder } from '../../src/engine/index.ts';
import type { Evaluation } from '../../src/engine/index.ts';
import { fullAnswers } from '../render-app.tsx';

const productResult = evaluate(fullAnswers('product'));

function renderPath(evaluation: Evaluation, currentJob?: Parameters<typeof CareerPath>[0]['currentJob']) {
  const user = userEvent.setup();
  render(<CareerPath evaluation={evaluation} currentJob={currentJob} />);
  return { user, section: screen.getByRole('region', { name: 'Your path' }) };
}

describe('CareerPath', () => {
  it('opens on the recommended role, with the other role one tab away', async () => {
    const { user } = renderPath(productResult);
    const product = screen.getByRole('tab', { name: 'Technical Product Manager' });
    const project = screen.getByRole('tab', { name: 'Technical Project Manager' });
    expect(product).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Technical Product Manager' });
    expect(
      within(panel).getByText(careerPaths.product.typicalWeek.meetings[0]?.detail.text ?? ''),
    ).toBeVisible();

    await user.click(project);
    expect(project).toHaveAttribute('aria-selected', 'true');
    const other = screen.getByRole('tabpanel', { name: 'Technical Project Manager' });
    expect(
      within(other).getByText(careerPaths.project.typicalWeek.meetings[0]?.detail.text ?? ''),
    ).toBeVisible();

    await user.keyboard('{ArrowLeft}');
    expect(product).toHaveFocus();
    expect(product).toHaveAttribute('aria-selected', 'true');
  });

  it('opens the way in from the person’s job now, and keeps the others collapsed', () => {
    renderPath(productResult, 'program-manager');
    const routes = careerPaths.product.routes;
    expect(screen.getByText(routes['project-manager'].firstStep.text)).toBeVisible();
    expect(screen.getByText(routes.designer.firstStep.text)).not.toBeVisible();
    expect(screen.getByText(routes.student.firstStep.text)).not.toBeVisible();
  });

  it('collapses every way in when the person did not say what they do now', () => {
    renderPath(productResult);
    for (const route of Object.values(careerPaths.product.routes)) {
      expect(screen.getByText(route.firstStep.text)).not.toBeVisible();
    }
  });

  it('lists the skills to build where the answers leaned least toward the role first', () => {
    const result = evaluate({ ...fullAnswers('project'), ...fullAnswers('product', 6) });
    renderPath(result);
    const first = careerPaths[result.track].skillsToBuild[skillOrder(result, result.track)[0] ?? 'direction'];
    const skills = screen.getByRole('list', { name: 'Skills to build' });
    expect(within(skills).getAllByRole('listitem')[0]).toHaveTextContent(first.skill);
  });

  it('cites a source under every fact, and labels advice and rough guides', () => {
    const { section } = renderPath(productResult, 'designer');
    expect(within(section).getAllByText(/^Sources?: /).length).toBeGreaterThan(20);
    expect(within(section).getAllByText('Our advice:').length).toBeGreaterThan(3);
    expect(within(section).getAllByText('Rough guide:').length).toBeGreaterThan(0);
  });

  it('says once that the experiments are advice, not on every line', () => {
    renderPath(productResult);
    const experiments = screen.getByRole('list', { name: 'Try it before you switch' });
    expect(within(experiments).getAllByRole('listitem')).toHaveLength(3);
    expect(within(experiments).queryByText('Our advice:')).not.toBeInTheDocument();
    const intro = screen.getByText(/three small tests you can run in the job you have now/);
    expect(intro).toHaveTextContent(/^Our advice: /);
  });

  it('says nothing of neighbouring roles up front for a person with a plain lean', () => {
    renderPath({ ...productResult, interestPattern: 'product' });
    expect(screen.queryByText(/^Both kinds of work appeal/)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Neither kind of work pulls/)).not.toBeInTheDocument();
  });

  it('points a person who likes both kinds of work to the neighbouring roles that mix them', () => {
    renderPath({ ...productResult, interestPattern: 'both' });
    const fits = screen.getByRole('list', { name: /^Both kinds of work appeal to you\./ });
    const items = within(fits).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/^Technical Program Manager:/);
    expect(items[1]).toHaveTextContent(/^Product Owner:/);
  });
});
