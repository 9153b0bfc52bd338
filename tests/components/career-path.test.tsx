import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CareerPath } from '../../src/components/career-path.tsx';
import { careerPaths } from '../../src/content/career-path/index.ts';
import { evaluate, skillsToBuild } from '../../src/engine/index.ts';
import type { Evaluation, Track } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { fullAnswers } from '../render-app.tsx';

const productResult = evaluate(fullAnswers('product'));

function renderPath(
  evaluation: Evaluation | undefined,
  currentJob?: Parameters<typeof CareerPath>[0]['currentJob'],
  track: Track = evaluation?.track ?? 'product',
) {
  const user = userEvent.setup();
  const { container } = render(<CareerPath track={track} evaluation={evaluation} currentJob={currentJob} />);
  return { user, page: container };
}

describe('CareerPath', () => {
  it('shows one role’s path, naming each source once at the end of its part instead of under every line', () => {
    const { page } = renderPath(productResult, 'designer');
    const [productMeeting] = careerPaths.product.typicalWeek.meetings.map((item) =>
      translate(item.detail.text),
    );
    const [projectMeeting] = careerPaths.project.typicalWeek.meetings.map((item) =>
      translate(item.detail.text),
    );
    expect(screen.getByText(productMeeting ?? '', { exact: false })).toBeVisible();
    expect(screen.queryByText(projectMeeting ?? '')).toBeNull();
    const perLine = within(page).queryAllByText(/^Sources?: /);
    const perPart = within(page).getAllByText(/^Sources? for this part: /);
    expect(perLine).toHaveLength(0);
    expect(perPart.length).toBeGreaterThanOrEqual(5);
    for (const part of perPart) {
      const labels = (part.textContent ?? '').replace(/^Sources? for this part: /, '').split('; ');
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('opens the way in from the person’s job now, and keeps the others collapsed', () => {
    renderPath(productResult, 'program-manager');
    const routes = careerPaths.product.routes;
    expect(screen.getByText(translate(routes['program-manager'].firstStep.text))).toBeVisible();
    expect(screen.getByText(translate(routes['project-manager'].firstStep.text))).not.toBeVisible();
    expect(screen.getByText(translate(routes.designer.firstStep.text))).not.toBeVisible();
    expect(screen.getByText(translate(routes.student.firstStep.text))).not.toBeVisible();
  });

  it('collapses every way in when the person did not say what they do now', () => {
    renderPath(productResult);
    for (const route of Object.values(careerPaths.product.routes)) {
      expect(screen.getByText(translate(route.firstStep.text))).not.toBeVisible();
    }
  });

  it('lists the skills to build where the answers leaned least toward the role first', () => {
    const result = evaluate({ ...fullAnswers('project'), ...fullAnswers('product', 6) });
    renderPath(result);
    const first =
      careerPaths[result.track].skillsToBuild[skillsToBuild(result, result.track).toBuild[0] ?? 'direction'];
    const skills = screen.getByRole('list', { name: 'Skills to build' });
    expect(within(skills).getAllByRole('listitem')[0]).toHaveTextContent(translate(first.skill));
  });

  it('does not list as a skill to build a theme the answers already lean strongly toward the role', () => {
    // Every answer toward product: each theme leans strongly toward it.
    renderPath(productResult, undefined, 'product');
    const { strongAlready } = skillsToBuild(productResult, 'product');
    expect(strongAlready.length).toBeGreaterThan(0);
    const listed = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    for (const theme of strongAlready) {
      const skill = translate(careerPaths.product.skillsToBuild[theme].skill);
      expect(listed.filter((text) => text.startsWith(`${skill}.`))).toEqual([]);
    }
    expect(screen.getByText(/^Your answers already lean strongly toward this role on/)).toBeVisible();
  });

  it('labels advice and rough guides once each, never "Rough guide: As a rough guide"', () => {
    const { page } = renderPath(productResult, 'designer');
    expect(within(page).getAllByText('Our advice:').length).toBeGreaterThan(3);
    const guides = within(page).getAllByText('Rough guide:');
    expect(guides.length).toBeGreaterThan(0);
    for (const guide of guides)
      expect(guide.parentElement?.textContent).not.toMatch(/Rough guide: As a rough guide/i);
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
