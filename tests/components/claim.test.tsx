import { i18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimText, SourcesOf } from '../../src/components/claim.tsx';
import { certifications } from '../../src/content/certifications.ts';
import { seedArticleTitles } from '../../src/content/seed-articles.ts';
import { advice, fact, fromComparisonSeed, fromScrumGuide } from '../../src/content/sources.ts';
import { englishCatalogs as english } from '../english-catalogs.ts';

const comparisonSeed = '000_0bce19b767154173.txt';
const comparisonTitle = seedArticleTitles[comparisonSeed];
const quoted = fact(
  msg`They plan the work.`,
  fromComparisonSeed('Project planning and scheduling', msg`Project planning and scheduling`),
);

function certificate(id: string) {
  const found = certifications.find((item) => item.id === id);
  if (!found) throw new Error(`No certification ${id}`);
  return found;
}

describe('ClaimText and SourcesOf', () => {
  afterEach(() => {
    i18n.loadAndActivate({ locale: 'en', messages: english });
  });

  it('names a body before its work, unless the work’s title names it, and gives the date', () => {
    const { container } = render(
      <SourcesOf claims={[certificate('pmp').signals, certificate('pmi-acp').signals]} />,
    );
    expect(container).toHaveTextContent(
      'Sources for this part: PMI, Project Management Professional (PMP) Handbook; PMI Agile Certified Practitioner (PMI-ACP) eligibility',
    );
  });

  it('names each section of the Scrum Guide it cites, and a source cited twice once', () => {
    const { container } = render(
      <SourcesOf
        claims={[
          fact(msg`They own the backlog.`, fromScrumGuide('Product Owner'), fromScrumGuide('Scrum Master')),
          fact(msg`They help the team.`, fromScrumGuide('Scrum Master')),
          advice(msg`Read the guide.`),
        ]}
      />,
    );
    expect(container).toHaveTextContent(
      /^Sources for this part: The Scrum Guide, Product Owner \(November 2020\); The Scrum Guide, Scrum Master \(November 2020\)$/,
    );
  });

  it('says "Source" for one source and labels what is not a fact', () => {
    const { container } = render(
      <p>
        <ClaimText claim={quoted} /> <ClaimText claim={advice(msg`Read the guide.`)} />
      </p>,
    );
    expect(container).toHaveTextContent(
      `They plan the work. Source: “${comparisonTitle.title}” Our advice: Read the guide.`,
    );
  });

  it('cites an article by its English title, marked as English, with nothing added on an English page', () => {
    const { container } = render(<SourcesOf claims={[quoted]} />);
    expect(screen.getByText(`“${comparisonTitle.title}”`)).toHaveAttribute('lang', 'en');
    expect(container).toHaveTextContent(/^Source for this part: “[^”]+”$/);
  });

  it('adds the title’s translation after the English title on a page in another language', () => {
    i18n.loadAndActivate({
      locale: 'es',
      messages: {
        [comparisonTitle.translation.id]: ['Gestión de proyectos frente a gestión técnica de producto'],
      },
    });
    const { container } = render(<SourcesOf claims={[quoted]} />);
    const title = screen.getByText(`“${comparisonTitle.title}”`);
    expect(title).toHaveAttribute('lang', 'en');
    expect(container).toHaveTextContent(
      `“${comparisonTitle.title}” [Gestión de proyectos frente a gestión técnica de producto]`,
    );
  });
});
