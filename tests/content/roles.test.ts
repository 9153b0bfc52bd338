import { describe, expect, it } from 'vitest';
import {
  roleComparison as comparisonMessages,
  roleProfiles as profileMessages,
} from '../../src/content/roles.ts';
import type { RoleProfile as ProfileMessages } from '../../src/content/roles.ts';
import type { Message, Track } from '../../src/engine/types.ts';
import { translate } from '../../src/lib/translate.ts';

const tracks: readonly Track[] = ['product', 'project'];
const other: Readonly<Record<Track, Track>> = { product: 'project', project: 'product' };

/** A profile as a page in English reads it: each message in words. */
type RoleProfile = {
  [K in keyof ProfileMessages]: ProfileMessages[K] extends Message
    ? string
    : ProfileMessages[K] extends readonly Message[]
      ? readonly string[]
      : ProfileMessages[K];
};

function inEnglish(profile: ProfileMessages): RoleProfile {
  const list = (messages: readonly Message[]) => messages.map(translate);
  return {
    track: profile.track,
    title: translate(profile.title),
    shortTitle: translate(profile.shortTitle),
    tagline: translate(profile.tagline),
    summary: translate(profile.summary),
    responsibilities: list(profile.responsibilities),
    deliverables: list(profile.deliverables),
    skills: list(profile.skills),
    tools: list(profile.tools),
    methods: list(profile.methods),
    worksWith: list(profile.worksWith),
    successMeasures: list(profile.successMeasures),
    careerPath: list(profile.careerPath),
    nextSteps: list(profile.nextSteps),
  };
}

const roleProfiles: Readonly<Record<Track, RoleProfile>> = {
  product: inEnglish(profileMessages.product),
  project: inEnglish(profileMessages.project),
};
const roleComparison = comparisonMessages.map((row) => ({
  attribute: translate(row.attribute),
  product: translate(row.product),
  project: translate(row.project),
}));

type ListField = {
  [K in keyof RoleProfile]: RoleProfile[K] extends readonly string[] ? K : never;
}[keyof RoleProfile];

/** Smallest and largest size of each list, as the profile contract requires. */
const listSizes: Readonly<Record<ListField, readonly [number, number]>> = {
  responsibilities: [4, 6],
  deliverables: [3, 5],
  skills: [4, 6],
  tools: [4, 6],
  methods: [3, 5],
  worksWith: [4, 6],
  successMeasures: [3, 4],
  careerPath: [3, 3],
  nextSteps: [4, 5],
};
const listFields = Object.keys(listSizes) as ListField[];
/** Lists shown as bullet phrases; nextSteps are full sentences instead. */
const phraseFields = listFields.filter((field) => field !== 'nextSteps');

const requiredAttributes = [
  'Main focus',
  'Responsibilities',
  'Key deliverables',
  'Works most with',
  'Skills',
  'Tools',
  'Methods',
  'Decision authority',
  'Goal',
  'Success is measured by',
  'Career path',
  'Shared ground',
];

/** Names that belong to one role only, so they must never turn up in the other role's column. */
const ownTerms: Readonly<Record<Track, readonly string[]>> = {
  product: ['Jira', 'Confluence', 'Roadmunk', 'Agile', 'Scrum', 'Lean', 'Chief Product Officer'],
  project: [
    'Microsoft Project',
    'Smartsheet',
    'Trello',
    'Gantt',
    'Waterfall',
    'Critical Path',
    'PMO Director',
  ],
};

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

function isSentence(text: string): boolean {
  return /^[A-Z0-9][^\n]*[.!?]$/.test(text) && !text.includes('  ');
}

function isPhrase(text: string): boolean {
  return text === text.trim() && /^[A-Z]/.test(text) && !/[.!?,;:]$/.test(text) && !text.includes('  ');
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every sentence or list item a profile shows. */
function unitsOf(profile: RoleProfile): string[] {
  return [
    profile.tagline,
    ...sentencesOf(profile.summary),
    ...listFields.flatMap((field) => profile[field].flatMap(sentencesOf)),
  ];
}

function allText(profile: RoleProfile): string {
  return [profile.tagline, profile.summary, ...listFields.flatMap((field) => profile[field])].join(' ');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('role profiles', () => {
  it('has one profile per track, with the right track and titles', () => {
    expect(Object.keys(roleProfiles).sort()).toEqual(['product', 'project']);
    expect(roleProfiles.product).toMatchObject({
      track: 'product',
      title: 'Technical Product Manager',
      shortTitle: 'Product',
    });
    expect(roleProfiles.project).toMatchObject({
      track: 'project',
      title: 'Technical Project Manager',
      shortTitle: 'Project',
    });
  });

  it('keeps every list within its size limits, with no repeated items', () => {
    for (const track of tracks) {
      for (const field of listFields) {
        const list = roleProfiles[track][field];
        const [min, max] = listSizes[field];
        expect(list.length, `${track}.${field}`).toBeGreaterThanOrEqual(min);
        expect(list.length, `${track}.${field}`).toBeLessThanOrEqual(max);
        // The items are React keys, so a repeat would also break rendering.
        expect(new Set(list.map(normalize)).size, `${track}.${field} repeats an item`).toBe(list.length);
      }
    }
  });

  it('writes the tagline as one sentence, the summary as two or three, and next steps as commands', () => {
    for (const track of tracks) {
      const { tagline, summary, nextSteps } = roleProfiles[track];
      expect(sentencesOf(tagline), `${track}.tagline`).toHaveLength(1);
      expect(isSentence(tagline), `${track}.tagline: ${tagline}`).toBe(true);

      const summarySentences = sentencesOf(summary);
      expect(summarySentences.length, `${track}.summary`).toBeGreaterThanOrEqual(2);
      expect(summarySentences.length, `${track}.summary`).toBeLessThanOrEqual(3);
      for (const sentence of summarySentences) {
        expect(isSentence(sentence), `${track}.summary: ${sentence}`).toBe(true);
      }

      for (const step of nextSteps) {
        expect(sentencesOf(step), `${track}.nextSteps: ${step}`).toHaveLength(1);
        expect(isSentence(step), `${track}.nextSteps: ${step}`).toBe(true);
        // An imperative starts with a verb, never a pronoun or an article.
        expect(step, `${track}.nextSteps is not a command`).not.toMatch(/^(You|They|I|We|It|A|An|The)\b/);
      }
    }
  });

  it('writes every other list item as a trimmed phrase without end punctuation', () => {
    for (const track of tracks) {
      for (const field of phraseFields) {
        for (const item of roleProfiles[track][field]) {
          expect(isPhrase(item), `${track}.${field}: "${item}"`).toBe(true);
        }
      }
    }
  });

  it('never names the other role in a profile, nor even its short title in the tagline', () => {
    for (const track of tracks) {
      const profile = roleProfiles[track];
      const { title, shortTitle } = roleProfiles[other[track]];
      expect(allText(profile).toLowerCase(), track).not.toContain(title.toLowerCase());
      expect(profile.tagline, `${track}.tagline`).not.toMatch(new RegExp(`\\b${shortTitle}\\b`, 'i'));
    }
  });

  it('shares no sentence or list item between the two profiles', () => {
    const product = new Set(unitsOf(roleProfiles.product).map(normalize));
    const shared = unitsOf(roleProfiles.project)
      .map(normalize)
      .filter((unit) => product.has(unit));
    expect(shared).toEqual([]);
  });

  it('names the tools, methods, measures and career titles the sources give each role', () => {
    const { product, project } = roleProfiles;
    const productTools = product.tools.join(' ');
    const projectTools = project.tools.join(' ');
    for (const tool of ['Jira', 'Confluence', 'Roadmunk']) expect(productTools).toContain(tool);
    for (const tool of ['Microsoft Project', 'Smartsheet', 'Trello', 'Gantt'])
      expect(projectTools).toContain(tool);
    expect(productTools).toMatch(/Tableau|Power BI/);
    expect(projectTools).toMatch(/Tableau|Power BI/);

    const productMethods = product.methods.join(' ');
    const projectMethods = project.methods.join(' ');
    for (const method of ['Agile', 'Scrum', 'Lean']) expect(productMethods).toContain(method);
    for (const method of ['Waterfall', 'Critical Path Method', 'Risk management']) {
      expect(projectMethods).toContain(method);
    }

    const productMeasures = product.successMeasures.join(' ').toLowerCase();
    const projectMeasures = project.successMeasures.join(' ').toLowerCase();
    for (const word of ['adopt', 'satisfaction', 'revenue']) expect(productMeasures).toContain(word);
    for (const word of ['on time', 'budget', 'scope', 'resources']) expect(projectMeasures).toContain(word);

    expect(product.careerPath).toEqual([
      'Senior Product Manager',
      'Director of Product',
      'Chief Product Officer',
    ]);
    expect([...project.careerPath].sort()).toEqual(['Operations Manager', 'PMO Director', 'Program Manager']);
    expect(project.careerPath.at(-1)).toBe('PMO Director');
  });

  it('gives both roles about the same amount to say', () => {
    const productWords = wordCount(allText(roleProfiles.product));
    const projectWords = wordCount(allText(roleProfiles.project));
    expect(productWords / projectWords).toBeGreaterThan(0.8);
    expect(productWords / projectWords).toBeLessThan(1.25);
  });
});

describe('role comparison', () => {
  it('has 11 to 13 rows, one per attribute, including every required attribute', () => {
    const attributes = roleComparison.map((row) => row.attribute);
    expect(attributes.length).toBeGreaterThanOrEqual(11);
    expect(attributes.length).toBeLessThanOrEqual(13);
    expect(new Set(attributes).size).toBe(attributes.length);
    expect(attributes).toEqual(expect.arrayContaining(requiredAttributes));
    for (const attribute of attributes) expect(isPhrase(attribute), attribute).toBe(true);
  });

  it('fills each cell with one or two sentences, different for each role', () => {
    for (const row of roleComparison) {
      for (const track of tracks) {
        const sentences = sentencesOf(row[track]);
        expect(sentences.length, `${row.attribute} / ${track}`).toBeGreaterThanOrEqual(1);
        expect(sentences.length, `${row.attribute} / ${track}`).toBeLessThanOrEqual(2);
        for (const sentence of sentences) {
          expect(isSentence(sentence), `${row.attribute} / ${track}: ${sentence}`).toBe(true);
        }
      }
      const productSentences = new Set(sentencesOf(row.product).map(normalize));
      const repeated = sentencesOf(row.project)
        .map(normalize)
        .filter((sentence) => productSentences.has(sentence));
      expect(repeated, row.attribute).toEqual([]);
    }
  });

  it('keeps each role’s own tools, methods and titles in its own column', () => {
    for (const track of tracks) {
      const column = roleComparison.map((row) => row[track]).join(' ');
      for (const term of ownTerms[track]) expect(column, `${track} column lacks ${term}`).toContain(term);
      for (const term of ownTerms[other[track]]) {
        expect(column, `${track} column mentions ${term}`).not.toContain(term);
      }
    }
  });
});

describe('all role text', () => {
  const everything = [
    ...tracks.flatMap((track) => unitsOf(roleProfiles[track])),
    ...roleComparison.flatMap((row) => [...sentencesOf(row.product), ...sentencesOf(row.project)]),
  ];

  it('keeps sentences short and free of sales talk', () => {
    for (const unit of everything) {
      expect(unit, 'not trimmed').toBe(unit.trim());
      expect(wordCount(unit), unit).toBeLessThanOrEqual(25);
      expect(unit, 'marketing word').not.toMatch(
        /\b(leverage|synergy|cutting-edge|world-class|unlock|empower|seamless|robust|best-in-class|game-changing)\b/i,
      );
    }
  });
});
