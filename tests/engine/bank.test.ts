import { describe, expect, it } from 'vitest';
import {
  carriedOverFromVersion1,
  carriedOverFromVersion2,
  carriedOverFromVersion3,
} from '../../src/engine/bank/index.ts';
import { bankReach, evaluate, kindWeights, questionBank, questionReach } from '../../src/engine/index.ts';
import {
  allAttributes,
  bankLimits,
  coverageOf,
  findBankProblems,
  productOptionPositions,
} from '../../src/engine/tooling/validate-bank.ts';
import type { Question, QuestionKind } from '../../src/engine/index.ts';
import { fleschKincaidGrade } from '../../src/engine/tooling/reading-level.ts';
import { translate } from '../../src/lib/translate.ts';

const { questions, dimensions } = questionBank;
const scored = questions.filter((question) => question.kind !== 'background');
const ofKind = (kind: QuestionKind) => questions.filter((question) => question.kind === kind);

// The 30 question ids of bank version 1, for checking what carries over.
const version1Ids = [
  'free-afternoon',
  'support-tickets',
  'way-of-working',
  'promise-kept',
  'shared-engineer',
  'join-sales-call',
  'build-from-scratch',
  'answer-for-product',
  'payments-launch',
  'know-inside-out',
  'spot-risks-early',
  'one-chart',
  'who-what-when',
  'lunch-meeting',
  'longest-chain',
  'one-course',
  'goal-into-plan',
  'rival-feature',
  'start-without-answer',
  'proudest-line',
  'blank-page',
  'two-weeks-late',
  'final-say',
  'watch-the-budget',
  'first-document',
  'used-not-shipped',
  'title-in-ten-years',
  'say-not-yet',
  'vague-request',
  'straight-answer',
];

describe('the question bank, version 4', () => {
  // Quotes are checked against the seed articles themselves in tests/scripts/seed-quotes.test.ts.
  it('has no problems by its own invariants', () => {
    expect(questionBank.version).toBe(4);
    expect(findBankProblems(questionBank)).toEqual([]);
  });

  // The sizes come from the validator's limits, so adding a question inside them needs no test edit.
  it('holds as many questions as the limits allow, every kind among them, and the two background questions last', () => {
    expect(questions.length).toBeGreaterThanOrEqual(bankLimits.questions.min);
    expect(questions.length).toBeLessThanOrEqual(bankLimits.questions.max);
    for (const kind of ['interest', 'agreement', 'choice', 'scenario'] as const)
      expect(ofKind(kind).length, kind).toBeGreaterThan(0);
    expect(ofKind('background').map((question) => question.id)).toEqual([
      'current-role',
      'current-enjoyment',
    ]);
  });

  it('measures as many dimensions as the limits allow, the technical one among them, each asked often enough', () => {
    expect(dimensions.length).toBeGreaterThanOrEqual(bankLimits.dimensions.min);
    expect(dimensions.length).toBeLessThanOrEqual(bankLimits.dimensions.max);
    expect(dimensions.map((dimension) => dimension.id)).toContain('technical');
    for (const dimension of dimensions) {
      expect(scored.filter((question) => question.dimension === dimension.id).length).toBeGreaterThanOrEqual(
        bankLimits.questionsPerDimension,
      );
    }
  });

  it('uses unique, kebab-case ids', () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of questions) {
      expect(question.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const optionIds = question.options.map((option) => option.id);
      expect(new Set(optionIds).size).toBe(optionIds.length);
      for (const id of optionIds) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it("covers every attribute of the seeds' comparison tables with at least two scored questions", () => {
    const coverage = coverageOf(questionBank);
    for (const attribute of allAttributes) expect(coverage.get(attribute)?.length).toBeGreaterThanOrEqual(2);
  });

  it('lets neither pole score higher than the other, overall and within each kind', () => {
    const reach = bankReach(questionBank);
    expect(reach.product).toBe(reach.project);
    for (const kind of ['interest', 'agreement', 'choice', 'scenario'] as const) {
      const kindReach = bankReach({ ...questionBank, questions: ofKind(kind) });
      expect(kindReach.product).toBe(kindReach.project);
      expect(kindReach.product).toBe(
        ofKind(kind).reduce((sum, question) => sum + questionReach(question), 0),
      );
    }
  });

  it('puts the product-leaning option first exactly as often as last among choices and scenarios', () => {
    const { first, last } = productOptionPositions(questionBank);
    expect(first + last).toBe(ofKind('choice').length + ofKind('scenario').length);
    expect(first).toBe(last);
    expect(bankLimits.positionImbalance).toBeLessThanOrEqual(1);
  });

  it('opens with an interest item and keeps the background questions for the end', () => {
    expect(questions[0]?.kind).toBe('interest');
    expect(questions.slice(-2).every((question) => question.kind === 'background')).toBe(true);
  });

  it('mixes the kinds, and alternates product with project activities', () => {
    const kinds = scored.map((question) => question.kind);
    for (const [index, kind] of kinds.entries()) {
      const run = kinds.slice(index, index + bankLimits.longestKindRun + 1);
      expect(run.length <= bankLimits.longestKindRun || run.some((other) => other !== kind)).toBe(true);
    }
    const roles = ofKind('interest').map((question) => question.role);
    for (const [index, role] of roles.entries()) if (index > 0) expect(role).not.toBe(roles[index - 1]);
  });

  it('never brings a dimension back too soon', () => {
    const gap = bankLimits.sameDimensionGap;
    for (const [index, question] of scored.entries()) {
      const nearby = scored.slice(Math.max(0, index - gap + 1), index);
      expect(nearby.map((other) => other.dimension)).not.toContain(question.dimension);
    }
  });
});

describe('interest items', () => {
  const interests = ofKind('interest');

  it('rate one activity on the enjoyment scale, least to most, leaning toward the activity’s role', () => {
    for (const question of interests) {
      expect(question.options.map((option) => [option.id, translate(option.label)])).toEqual([
        ['not-at-all', 'Not at all'],
        ['a-little', 'A little'],
        ['somewhat', 'Somewhat'],
        ['a-lot', 'A lot'],
        ['very-much', 'Very much'],
      ]);
      const leans = question.role === 'product' ? [-2, -1, 0, 1, 2] : [2, 1, 0, -1, -2];
      expect(question.options.map((option) => option.lean)).toEqual(leans);
      expect(question.weight).toBe(kindWeights.interest);
    }
  });

  it('describe as many activities of each role', () => {
    expect(interests.filter((question) => question.role === 'product').length).toBe(
      interests.filter((question) => question.role === 'project').length,
    );
  });

  it('use plain words: no job titles and none of the jargon a newcomer must decode', () => {
    const jargon =
      /gantt|critical path|user stor|wireframe|risk register|backlog|stakeholder|sprint|\bkpi|roadmap|manager|scrum|agile|waterfall|milestone/i;
    for (const question of interests) {
      const prompt = translate(question.prompt);
      expect(prompt).not.toMatch(jargon);
      expect(prompt.split(/\s+/).length).toBeLessThanOrEqual(16);
    }
  });

  it('describe each role’s activities in about as many words, and words as easy, so neither reads as heavier', () => {
    const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const prompts = (role: 'product' | 'project') =>
      interests.filter((question) => question.role === role).map((question) => translate(question.prompt));
    const words = (role: 'product' | 'project') =>
      mean(prompts(role).map((prompt) => prompt.split(/\s+/).length));
    const grade = (role: 'product' | 'project') => mean(prompts(role).map(fleschKincaidGrade));
    expect(Math.abs(words('product') - words('project'))).toBeLessThanOrEqual(2);
    expect(Math.abs(grade('product') - grade('project'))).toBeLessThanOrEqual(1.5);
  });

  it('cite the same evidence on every answer that leans, that the activity belongs to its role', () => {
    for (const question of interests) {
      const leaning = question.options.filter((option) => option.lean !== 0);
      expect(new Set(leaning.map((option) => JSON.stringify(option.evidence))).size).toBe(1);
      for (const option of leaning) {
        const toward = option.lean > 0 ? 'product' : 'project';
        expect(option.why && translate(option.why)).toMatch(new RegExp(`counts toward ${toward}`));
      }
    }
  });
});

describe('mirrored statements', () => {
  const statements = ofKind('agreement');

  it('come in pairs, as many as the limits allow, linked both ways and keyed toward opposite roles', () => {
    expect(statements.length % 2).toBe(0);
    expect(statements.length / 2).toBeGreaterThanOrEqual(bankLimits.mirrorPairs.min);
    expect(statements.length / 2).toBeLessThanOrEqual(bankLimits.mirrorPairs.max);
    for (const statement of statements) {
      const mirror = statements.find((candidate) => candidate.id === statement.mirrorOf);
      expect(mirror?.mirrorOf).toBe(statement.id);
      expect(mirror?.keyedToward).not.toBe(statement.keyedToward);
      expect(mirror?.dimension).toBe(statement.dimension);
    }
  });

  it('ask the same preference in opposite words: each prompt swaps the two halves of the other', () => {
    const halves = (prompt: string) =>
      prompt
        .replace(/\.$/, '')
        .replace(/^I would rather /, '')
        .split(' than ')
        .map((half) =>
          half
            .replace(/^(be guided )?by /, '')
            .replace(/\bsomething\b|\bit\b/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        );
    for (const statement of statements) {
      const mirror = statements.find((candidate) => candidate.id === statement.mirrorOf);
      const [ownFirst, ownSecond] = halves(translate(statement.prompt));
      const [mirrorFirst, mirrorSecond] = halves(mirror ? translate(mirror.prompt) : '');
      expect([ownFirst, ownSecond]).toEqual([mirrorSecond, mirrorFirst]);
    }
  });

  it('lean nowhere when a person is neutral on both, or agrees strongly with both', () => {
    const leanOf = (question: Question | undefined, optionId: string) =>
      question?.options.find((option) => option.id === optionId)?.lean ?? Number.NaN;
    for (const statement of statements) {
      const mirror = statements.find((candidate) => candidate.id === statement.mirrorOf);
      for (const answer of ['neutral', 'strongly-agree', 'agree', 'disagree']) {
        expect(leanOf(statement, answer) + leanOf(mirror, answer)).toBe(0);
      }
    }
  });
});

describe('evidence behind every key', () => {
  const leaningOptions = scored.flatMap((question) =>
    question.options.filter((option) => option.lean !== 0).map((option) => ({ question, option })),
  );

  it('gives every scored option that leans a source and a plain reason', () => {
    expect(leaningOptions.length).toBeGreaterThan(100);
    for (const { option } of leaningOptions) {
      expect(option.evidence).toBeDefined();
      expect(option.why && translate(option.why).trim()).toMatch(/\.$/);
    }
  });

  it('keeps each quote in English, with a translation whose English source is the quote word for word', () => {
    const cited = leaningOptions.flatMap(({ option }) => (option.evidence ? [option.evidence] : []));
    expect(cited).toHaveLength(leaningOptions.length);
    for (const evidence of cited) {
      const words = 'seed' in evidence ? evidence.quote : evidence.part;
      expect(evidence.translation.message).toBe(words);
      expect(translate(evidence.translation)).toBe(words);
    }
  });

  it('gives no evidence to the options that lean neither way, and background questions no weight', () => {
    for (const question of questions) {
      for (const option of question.options.filter((candidate) => candidate.lean === 0)) {
        expect(option.evidence).toBeUndefined();
      }
    }
    for (const question of ofKind('background')) {
      expect(question.weight).toBe(0);
      expect(question.options.every((option) => option.lean === 0)).toBe(true);
    }
  });
});

describe('the contested keys of earlier versions', () => {
  const byId = (id: string) => questions.find((question) => question.id === id);

  it('retires the questions whose keys the seeds did not support, or whose options were obvious or rare', () => {
    for (const id of ['rival-feature', 'spot-risks-early', 'say-not-yet', 'lunch-meeting', 'vague-request'])
      expect(byId(id)).toBeUndefined();
    for (const id of ['one-chart', 'shared-engineer']) expect(byId(id)).toBeUndefined();
  });

  it('names developers and engineers only as partners of product work', () => {
    const sitDown = byId('who-to-sit-with');
    const projectSide = sitDown?.options.find((option) => option.lean < 0);
    expect(projectSide).toBeDefined();
    expect(projectSide && translate(projectSide.label)).not.toMatch(/engineer|developer/i);
  });

  it('offers as many options toward each role in every choice and scenario, with leans that cancel, so picking at random leans neither way', () => {
    for (const question of [...ofKind('choice'), ...ofKind('scenario')]) {
      const leans: number[] = question.options.map((option) => option.lean);
      const toward = (sign: number) => leans.filter((lean) => Math.sign(lean) === sign).length;
      expect(toward(1), question.id).toBe(toward(-1));
      expect(
        leans.reduce((sum, lean) => sum + lean, 0),
        question.id,
      ).toBe(0);
    }
  });
});

// What each question of version 2 showed: a checksum of its prompt and its options' ids, labels and
// leans. A question keeps its id into a new version only if it still shows exactly this.
const version2Wording: Readonly<Record<string, string>> = {
  'customer-slowdowns': '1jp4wm',
  'final-say': '1q52ud3',
  'plan-around-delays': '1vbbj4b',
  'rather-plan-how': 'fqmm1k',
  'hear-buyer-wishes': 'qt3vdz',
  'title-in-ten-years': '10bgg4',
  'plan-system-move': '17frki2',
  'rather-keep-on-track': '1yxiles',
  'picture-next-year': '1wqwpqa',
  'first-document': '1md3x0d',
  'land-on-the-day': '1u0d48h',
  'rather-follow-customers': '1vwpzwd',
  'test-idea-first': '1dmxpnz',
  'what-or-how': '55ia7y',
  'weigh-new-requests': '1ctzbhv',
  'rival-launch': '13x97ts',
  'watch-feature-use': '12yipu4',
  'free-afternoon': '14rfuox',
  'run-related-projects': 'vme6yq',
  'rather-explore': '19bj9mk',
  'choose-among-ideas': '6vnvzi',
  'proudest-line': '18jgnna',
  'update-the-client': '1rc5sd6',
  'twice-as-long': '10tjjqf',
  'sketch-screens': '6yd2s7',
  'rather-decide-what': 'ha3xyv',
  'stretch-time-and-money': '140lt27',
  'team-screen-chart': 'h21ntf',
  'study-rivals': '11kbxmy',
  'way-of-working': '1cq0up7',
  'goal-into-steps': 'x7ee1b',
  'rather-follow-plan': '1hbow3f',
  'shape-software': '18zkqhd',
  'sit-down-with': '29yo3d',
  'task-chart': '18xtzea',
  'one-engineer-two-teams': '7yefc0',
  'current-role': '1x1ftb8',
  'current-enjoyment': '16xjb01',
};

// What each question of version 3 showed, by the same checksum.
const version3Wording: Readonly<Record<string, string>> = {
  'customer-slowdowns': '1jp4wm',
  'final-say': '1q52ud3',
  'spot-delays-early': 'nx6mxj',
  'rather-plan-how': 'fqmm1k',
  'hear-buyer-wishes': 'qt3vdz',
  'job-in-ten-years': 'sdkdpf',
  'schedule-server-move': '17zdlnn',
  'rather-keep-on-track': '1yxiles',
  'picture-next-year': '1wqwpqa',
  'first-week-document': '1nrekxd',
  'finish-by-set-date': 'yhhq2v',
  'rather-change-for-customers': '1p5uqil',
  'test-idea-first': '1dmxpnz',
  'what-or-how': '55ia7y',
  'check-request-fits': '7nyosj',
  'rival-ships-feature': 'lnmtjx',
  'watch-feature-use': '12yipu4',
  'spare-afternoon': 'zlynm4',
  'run-related-projects': 'vme6yq',
  'rather-explore': '19bj9mk',
  'choose-among-ideas': '6vnvzi',
  'prouder-review-line': '1xvjg1j',
  'client-weekly-update': '1wki5l5',
  'feature-runs-long': '1oh3nr7',
  'sketch-screens': '6yd2s7',
  'rather-decide-what': 'ha3xyv',
  'split-time-and-money': 'hdpo9a',
  'team-screen-chart': 'h21ntf',
  'compare-rival-products': '2pxbc9',
  'start-small-or-plan-first': '1ciyw4q',
  'goal-into-steps': 'x7ee1b',
  'rather-keep-agreed-dates': 'tj5pin',
  'shape-software': '18zkqhd',
  'who-to-sit-with': '15f25mk',
  'task-chart': '18xtzea',
  'engineer-wanted-twice': '1327dlo',
  'current-role': '1x1ftb8',
  'current-enjoyment': '16xjb01',
};

/** FNV-1a of what a question shows, the same checksum the share codes use. */
function wordingOf(question: Question): string {
  const text = [
    translate(question.prompt),
    ...question.options.map((option) => `${option.id}=${translate(option.label)}=${option.lean}`),
  ].join('\n');
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

describe('answers carried over from earlier versions', () => {
  const ids = questions.map((question) => question.id);

  it('carries from version 1 only questions of both versions', () => {
    for (const id of carriedOverFromVersion1) {
      expect(version1Ids).toContain(id);
      expect(ids).toContain(id);
    }
  });

  it('gives every question not carried over from version 1 an id version 1 never used', () => {
    const carried = new Set(carriedOverFromVersion1);
    for (const id of ids) if (!carried.has(id)) expect(version1Ids).not.toContain(id);
  });

  it('carries from version 2 only questions that show today, word for word, what they showed then', () => {
    expect(carriedOverFromVersion2.length).toBeGreaterThan(0);
    for (const id of carriedOverFromVersion2) {
      const question = questions.find((candidate) => candidate.id === id);
      expect(question, id).toBeDefined();
      if (question) expect(wordingOf(question), id).toBe(version2Wording[id]);
    }
  });

  it('gives every question not carried over from version 2 an id version 2 never used', () => {
    const carried = new Set(carriedOverFromVersion2);
    for (const id of ids) if (!carried.has(id)) expect(Object.keys(version2Wording)).not.toContain(id);
  });

  it('carries from version 3 only questions that show today, word for word, what they showed then', () => {
    expect(carriedOverFromVersion3.length).toBeGreaterThan(0);
    for (const id of carriedOverFromVersion3) {
      const question = questions.find((candidate) => candidate.id === id);
      expect(question, id).toBeDefined();
      if (question) expect(wordingOf(question), id).toBe(version3Wording[id]);
    }
  });

  it('gives every question not carried over from version 3 an id version 3 never used', () => {
    const carried = new Set(carriedOverFromVersion3);
    for (const id of ids) if (!carried.has(id)) expect(Object.keys(version3Wording)).not.toContain(id);
  });
});

describe('texts', () => {
  it('gives every option that leans its own reason, to the person and about them', () => {
    for (const question of scored) {
      for (const option of question.options) {
        if (option.lean === 0) continue;
        expect(translate(option.reason.you), `${question.id}/${option.id}`).toMatch(/\byou/i);
        expect(translate(option.reason.they), `${question.id}/${option.id}`).toMatch(
          /\b(they|them|their)\b/i,
        );
        expect(translate(option.reason.they), `${question.id}/${option.id}`).not.toMatch(/\byou/i);
      }
    }
  });

  it('never gives two courses of action in a choice or scenario the same reason', () => {
    for (const question of [...ofKind('choice'), ...ofKind('scenario')]) {
      const reasons = question.options.flatMap((option) =>
        option.reason ? [translate(option.reason.you)] : [],
      );
      expect(new Set(reasons).size, question.id).toBe(question.options.length);
    }
  });

  it('makes every option reachable, and every option that leans gives its own reason, pointing its way', () => {
    for (const question of scored) {
      for (const option of question.options) {
        const result = evaluate({ [question.id]: option.id });
        if (option.lean === 0) {
          expect(result.reasons).toEqual([]);
        } else {
          expect(result.reasons[0]?.toward).toBe(option.lean > 0 ? 'product' : 'project');
          expect(result.reasons[0]?.text).toBe(option.reason);
        }
      }
    }
  });

  it('never gives the answer away by naming either role in a scored prompt or option', () => {
    for (const question of scored) {
      const shown = [question.prompt, ...question.options.map((option) => option.label)]
        .map(translate)
        .join(' ');
      expect(shown).not.toMatch(/product manag|project manag/i);
    }
  });

  it('keeps prompts short enough to read at a glance', () => {
    for (const question of questions)
      expect(translate(question.prompt).split(/\s+/).length).toBeLessThanOrEqual(30);
  });
});
