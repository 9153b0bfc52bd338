import { msg } from '@lingui/core/macro';
import type { Message, Track } from '../engine/types.ts';
import type { NeighbourId } from './neighbour-roles.ts';
import { advice, fact, fromComparisonSeed, fromKeyDifferencesSeed } from './sources.ts';
import type { Advice, Authority, Fact, Source } from './sources.ts';

export type CertificationId = 'pmp' | 'capm' | 'pmi-acp' | 'prince2' | 'csm' | 'cspo' | 'pspo' | 'safe-popm';

export const certificationIds: readonly CertificationId[] = [
  'pmp',
  'capm',
  'pmi-acp',
  'prince2',
  'csm',
  'cspo',
  'pspo',
  'safe-popm',
];

export interface Certification {
  id: CertificationId;
  /** The full name, e.g. "Project Management Professional". */
  name: Message;
  /** The letters people use, e.g. "PMP". */
  shortName: Message;
  issuer: Authority;
  /** The roles in this quiz it fits, and the neighbouring roles it fits. */
  fitsTracks: readonly Track[];
  fitsNeighbours: readonly NeighbourId[];
  /** What holding it tells an employer. */
  signals: Fact;
  /** What it takes to earn, only where the issuer's own rules support it. */
  prerequisites?: Fact;
}

const pmpHandbook: Source = { authority: 'PMI', work: msg`Project Management Professional (PMP) Handbook` };
const capmHandbook: Source = {
  authority: 'PMI',
  work: msg`Certified Associate in Project Management (CAPM) Handbook`,
};
const acpOutline: Source = {
  authority: 'PMI',
  work: msg`PMI Agile Certified Practitioner (PMI-ACP) eligibility`,
  namesPublisher: true,
};
const prince2: Source = { authority: 'AXELOS/PeopleCert', work: msg`PRINCE2 Foundation and Practitioner` };
const csm: Source = { authority: 'Scrum Alliance', work: msg`Certified ScrumMaster (CSM)` };
const cspo: Source = { authority: 'Scrum Alliance', work: msg`Certified Scrum Product Owner (CSPO)` };
const pspo: Source = {
  authority: 'Scrum.org',
  work: msg`Professional Scrum Product Owner I (PSPO I) assessment`,
};
const popm: Source = {
  authority: 'Scaled Agile',
  work: msg`SAFe Product Owner/Product Manager (POPM) certification`,
};

export const certifications: readonly Certification[] = [
  {
    id: 'pmp',
    name: msg`Project Management Professional`,
    shortName: msg`PMP`,
    issuer: 'PMI',
    fitsTracks: ['project'],
    fitsNeighbours: ['technical-program-manager'],
    signals: fact(
      msg`It shows you have led projects for years, since you must prove that to take the exam.`,
      pmpHandbook,
    ),
    prerequisites: fact(
      msg`With a four-year degree, you need 36 months of leading projects. With a high school diploma instead, you need 60 months. You also need 35 hours of project training, or to hold the CAPM.`,
      pmpHandbook,
    ),
  },
  {
    id: 'capm',
    name: msg`Certified Associate in Project Management`,
    shortName: msg`CAPM`,
    issuer: 'PMI',
    fitsTracks: ['project'],
    fitsNeighbours: [],
    signals: fact(
      msg`It is PMI’s first-step award. It shows you know the basic terms and steps of project work.`,
      capmHandbook,
    ),
    prerequisites: fact(
      msg`You need 23 hours of project training and a high school diploma. No work history is needed.`,
      capmHandbook,
    ),
  },
  {
    id: 'pmi-acp',
    name: msg`PMI Agile Certified Practitioner`,
    shortName: msg`PMI-ACP`,
    issuer: 'PMI',
    fitsTracks: ['project'],
    fitsNeighbours: ['scrum-master-or-delivery-manager'],
    signals: fact(msg`It shows you know agile ways of work and have used them on real teams.`, acpOutline),
    prerequisites: fact(msg`You need agile training and time spent on agile projects.`, acpOutline),
  },
  {
    id: 'prince2',
    name: msg`PRINCE2 (Projects in Controlled Environments)`,
    shortName: msg`PRINCE2`,
    issuer: 'AXELOS/PeopleCert',
    fitsTracks: ['project'],
    fitsNeighbours: [],
    signals: fact(
      msg`It shows you know PRINCE2, a method that runs a project in stages with clear roles. It began as a UK government method.`,
      prince2,
    ),
    prerequisites: fact(
      msg`The first level, Foundation, has no entry rules. The next level, Practitioner, tests how you use it.`,
      prince2,
    ),
  },
  {
    id: 'csm',
    name: msg`Certified ScrumMaster`,
    shortName: msg`CSM`,
    issuer: 'Scrum Alliance',
    fitsTracks: ['project'],
    fitsNeighbours: ['scrum-master-or-delivery-manager'],
    signals: fact(msg`It shows you have learned Scrum and the Scrum Master’s job.`, csm),
    prerequisites: fact(msg`You take a course with a Scrum Alliance trainer, then pass a test.`, csm),
  },
  {
    id: 'cspo',
    name: msg`Certified Scrum Product Owner`,
    shortName: msg`CSPO`,
    issuer: 'Scrum Alliance',
    fitsTracks: ['product'],
    fitsNeighbours: ['product-owner'],
    signals: fact(msg`It shows you have learned the Product Owner’s job in Scrum.`, cspo),
    prerequisites: fact(msg`You earn it by taking a course with a Scrum Alliance trainer.`, cspo),
  },
  {
    id: 'pspo',
    name: msg`Professional Scrum Product Owner`,
    shortName: msg`PSPO`,
    issuer: 'Scrum.org',
    fitsTracks: ['product'],
    fitsNeighbours: ['product-owner'],
    signals: fact(
      msg`It shows you passed a test on the Product Owner’s job in Scrum. The pass mark is 85 percent.`,
      pspo,
    ),
    prerequisites: fact(msg`No course is needed. You can take the test on your own.`, pspo),
  },
  {
    id: 'safe-popm',
    name: msg`SAFe Product Owner/Product Manager`,
    shortName: msg`SAFe POPM`,
    issuer: 'Scaled Agile',
    fitsTracks: ['product'],
    fitsNeighbours: ['product-owner'],
    signals: fact(
      msg`It shows you know the product roles in SAFe, a way to run agile work across many teams.`,
      popm,
    ),
    prerequisites: fact(msg`You must take the two-day course before the exam.`, popm),
  },
];

/** When no certificate is needed: what the sources say, then our advice. */
export const whenNoneIsNeeded: readonly (Fact | Advice)[] = [
  fact(
    msg`Do you need a certificate for project work? The US labour office says not always, though one may help.`,
    {
      authority: 'US Bureau of Labor Statistics',
      work: msg`Occupational Outlook Handbook: Project Management Specialists, How to Become One`,
      date: msg`edition with May 2021 pay data`,
    },
  ),
  fact(
    msg`The skills our sources list for both roles are things you do, not certificates.`,
    fromComparisonSeed(
      'Organizational, planning, communication, leadership',
      msg`Organizational, planning, communication, leadership`,
    ),
    fromComparisonSeed(
      'Technical, product development, market analysis, customer feedback',
      msg`Technical, product development, market analysis, customer feedback`,
    ),
    fromKeyDifferencesSeed(
      'Both roles demand strong communication, technical knowledge, and leadership skills',
      msg`Both roles demand strong communication, technical knowledge, and leadership skills`,
    ),
  ),
  advice(msg`Skip it if your firm and the jobs you want do not ask for one.`),
  advice(
    msg`A certificate helps most when you have no track record yet, or when the job ads you want name it.`,
  ),
  advice(msg`Put the time into real work you can show, such as a plan or a spec.`),
];
