import { describe, expect, it } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import {
  careerPaths,
  currentJobs,
  routeForJob,
  routeIds,
  themeIds,
} from '../../src/content/career-path/index.ts';
import { certifications } from '../../src/content/certifications.ts';
import { neighbourIds, neighbourRoles, neighboursForProfile } from '../../src/content/neighbour-roles.ts';
import { programManagerNaming } from '../../src/content/program-manager-naming.ts';
import type { Message } from '../../src/engine/types.ts';
import { translate } from '../../src/lib/translate.ts';
import { sentencesOf } from './readability.ts';

const tracks = ['product', 'project'] as const;

/** The jobs the career path names, each with a route of its own in both roles. */
const namedJobs = [
  'software-engineer',
  'qa-or-test',
  'business-analyst',
  'designer',
  'support-or-operations',
  'project-manager',
  'product-manager',
  'program-manager',
  'scrum-master',
  'student',
] as const;

/** The quiz's themes, as the bank defines them. */
const quizThemes = questionBank.dimensions.map((dimension) => dimension.id);

/** The certifications the career path covers, with the body that issues each. */
const expectedIssuers: Readonly<Record<string, string>> = {
  PMP: 'PMI',
  CAPM: 'PMI',
  'PMI-ACP': 'PMI',
  PRINCE2: 'AXELOS/PeopleCert',
  CSM: 'Scrum Alliance',
  CSPO: 'Scrum Alliance',
  PSPO: 'Scrum.org',
  'SAFe POPM': 'Scaled Agile',
};

/** A message's English, in lower case with its spaces evened out, to compare two texts. */
const normalize = (text: Message) => translate(text).toLowerCase().replace(/\s+/g, ' ').trim();

describe('career paths', () => {
  it('has one path per role, each knowing its own track', () => {
    expect(Object.keys(careerPaths).sort()).toEqual(['product', 'project']);
    for (const track of tracks) expect(careerPaths[track].track).toBe(track);
  });

  it('fills every part of a typical week', () => {
    for (const track of tracks) {
      const { meetings, documents, decisions, inTheRoom } = careerPaths[track].typicalWeek;
      expect(meetings.length, `${track} meetings`).toBeGreaterThanOrEqual(3);
      expect(documents.length, `${track} documents`).toBeGreaterThanOrEqual(2);
      expect(decisions.length, `${track} decisions`).toBeGreaterThanOrEqual(2);
      expect(inTheRoom.length, `${track} in the room`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives every role a route from each named job, and a general one, each under its own id', () => {
    expect([...routeIds].sort()).toEqual([...namedJobs, 'general'].sort());
    for (const track of tracks) {
      const { routes } = careerPaths[track];
      expect(Object.keys(routes).sort(), track).toEqual([...routeIds].sort());
      for (const [id, route] of Object.entries(routes)) {
        expect(route.id, `${track}/${id}`).toBe(id);
        expect(route.carriesOver.length, `${track}/${id} carries over`).toBeGreaterThanOrEqual(1);
        expect(route.toLearn.length, `${track}/${id} to learn`).toBeGreaterThanOrEqual(1);
        expect(translate(route.from), `${track}/${id}`).toMatch(/^[A-Z]/);
      }
    }
  });

  it('opens a route for every answer to "What do you do now?", and the named jobs open their own', () => {
    expect([...currentJobs].sort()).toEqual([...namedJobs, 'other'].sort());
    expect(Object.keys(routeForJob).sort()).toEqual([...currentJobs].sort());
    for (const job of namedJobs) expect(routeForJob[job]).toBe(job);
    for (const job of currentJobs) expect(routeIds).toContain(routeForJob[job]);
    expect(routeForJob.other).toBe('general');
  });

  it('tells the two roles’ routes apart: no route says the same thing in both', () => {
    for (const id of routeIds) {
      const product = careerPaths.product.routes[id];
      const project = careerPaths.project.routes[id];
      const productText = new Set(
        [...product.carriesOver, ...product.toLearn, product.firstStep].map((claim) => normalize(claim.text)),
      );
      const shared = [...project.carriesOver, ...project.toLearn, project.firstStep]
        .map((claim) => normalize(claim.text))
        .filter((text) => productText.has(text));
      expect(shared, id).toEqual([]);
    }
  });

  it('has one skill for every quiz theme, the technical one included', () => {
    expect([...themeIds].sort()).toEqual([...quizThemes].sort());
    for (const track of tracks) {
      const { skillsToBuild } = careerPaths[track];
      expect(Object.keys(skillsToBuild).sort(), track).toEqual([...quizThemes].sort());
      for (const [theme, entry] of Object.entries(skillsToBuild)) {
        expect(entry.theme, `${track}/${theme}`).toBe(theme);
        expect(translate(entry.skill), `${track}/${theme}`).toMatch(/^[A-Z][^.!?]*$/);
      }
    }
  });

  it('offers three different experiments per role', () => {
    for (const track of tracks) {
      const { experiments } = careerPaths[track];
      expect(experiments, track).toHaveLength(3);
      expect(new Set(experiments.map((experiment) => normalize(experiment.title))).size, track).toBe(3);
    }
  });
});

describe('certifications', () => {
  it('lists each certification it covers, once, with the right issuer', () => {
    const byShortName = Object.fromEntries(
      certifications.map((item) => [translate(item.shortName), item.issuer]),
    );
    expect(byShortName).toEqual(expectedIssuers);
    expect(new Set(certifications.map((item) => item.id)).size).toBe(certifications.length);
  });

  it('says which role or neighbour each one fits, and has at least one for each role', () => {
    for (const item of certifications) {
      expect(item.fitsTracks.length + item.fitsNeighbours.length, item.id).toBeGreaterThan(0);
      for (const neighbour of item.fitsNeighbours) expect(neighbourIds).toContain(neighbour);
    }
    for (const track of tracks) {
      expect(
        certifications.some((item) => item.fitsTracks.includes(track)),
        track,
      ).toBe(true);
    }
  });

  it('cites each certificate’s own issuer for what it signals and takes', () => {
    for (const item of certifications) {
      for (const claim of [item.signals, ...(item.prerequisites ? [item.prerequisites] : [])]) {
        const issuers = claim.sources.flatMap((source) => ('authority' in source ? [source.authority] : []));
        expect(issuers, item.id).toContain(item.issuer);
      }
    }
  });
});

describe('neighbouring roles', () => {
  it('describes each neighbouring role, relating it to both roles', () => {
    expect(neighbourRoles.map((role) => role.id).sort()).toEqual([...neighbourIds].sort());
    expect(neighbourRoles.map((role) => translate(role.title))).toEqual(
      expect.arrayContaining([
        'Technical Program Manager',
        'Product Owner',
        'Scrum Master or Delivery Manager',
        'Engineering Manager',
      ]),
    );
    for (const role of neighbourRoles) {
      expect(role.whatItIs.length, role.id).toBeGreaterThan(0);
      expect(normalize(role.toProduct.text), role.id).not.toBe(normalize(role.toProject.text));
    }
  });

  it('points each profile at known neighbours, never the same one twice', () => {
    const both = neighboursForProfile['both-appeal'].map((fit) => fit.neighbour);
    const neither = neighboursForProfile['neither-pulls'].map((fit) => fit.neighbour);
    expect(both.length).toBeGreaterThan(0);
    expect(neither.length).toBeGreaterThan(0);
    for (const id of [...both, ...neither]) expect(neighbourIds).toContain(id);
    expect(both.filter((id) => neither.includes(id))).toEqual([]);
    expect(new Set(both).size).toBe(both.length);
    expect(new Set(neither).size).toBe(neither.length);
  });

  it('explains the Technical Program Manager naming in one sentence', () => {
    const naming = translate(programManagerNaming.text);
    expect(sentencesOf(naming)).toHaveLength(1);
    expect(naming).toContain('Technical Program Manager');
    expect(naming).toMatch(/\bTPM\b/);
  });
});
