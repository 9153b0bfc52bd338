// A small bank of every kind, for engine tests that must not depend on the shipped questions.
import { agreement, choice, scenario } from '../../src/engine/bank/build.ts';
import { dimensions } from '../../src/engine/bank/dimensions.ts';
import type { Lean, Question, QuestionBank, Track } from '../../src/engine/index.ts';
import { words } from '../fixtures/message.ts';
import { optionOf } from '../fixtures/options.ts';

const enjoyment = ['not-at-all', 'a-little', 'somewhat', 'a-lot', 'very-much'] as const;
const seedQuote = {
  seed: '000_0bce19b767154173.txt',
  quote: 'release planning',
  translation: words('release planning'),
} as const;

function interestItem(role: Track, id: string): Question {
  const sign = role === 'product' ? 1 : -1;
  return {
    id,
    kind: 'interest',
    role,
    dimension: 'direction',
    prompt: words(`Task ${id}`),
    weight: 2,
    covers: ['focus'],
    options: enjoyment.map((optionId, index) =>
      optionOf(optionId, optionId, ((index - 2) * sign || 0) as Lean),
    ),
  };
}

function mirrored(keyedToward: Track, id: string, mirrorOf: string): Question {
  return {
    ...agreement(
      keyedToward,
      {
        id,
        dimension: 'ownership',
        prompt: words(`Statement ${id}`),
        covers: ['focus'],
        mirrorOf,
        reasons: {
          agree: { you: words(`You agreed with ${id}.`), they: words(`They agreed with ${id}.`) },
          disagree: { you: words(`You disagreed with ${id}.`), they: words(`They disagreed with ${id}.`) },
        },
      },
      {
        agree: { evidence: seedQuote, why: words('Agreeing fits.') },
        disagree: { evidence: seedQuote, why: words('Disagreeing fits.') },
      },
    ),
  };
}

/** 4 product and 4 project tasks, one mirrored pair of statements, 2 choices, 2 scenarios, 1 background. */
export const fixtureBank: QuestionBank = {
  id: 'fixture',
  version: 1,
  dimensions,
  questions: [
    interestItem('product', 'p1'),
    interestItem('project', 'j1'),
    interestItem('product', 'p2'),
    interestItem('project', 'j2'),
    mirrored('product', 'decide-over-plan', 'plan-over-decide'),
    choice({ id: 'c1', dimension: 'direction', prompt: words('Choice one'), covers: ['goal'] }, [
      optionOf('product', 'Product side', 2),
      optionOf('project', 'Project side', -2),
    ]),
    interestItem('product', 'p3'),
    interestItem('project', 'j3'),
    scenario({ id: 's1', dimension: 'compass', prompt: words('Scenario one'), covers: ['goal'] }, [
      optionOf('strong-product', 'Strongly product', 2),
      optionOf('mild-product', 'Mildly product', 1),
      optionOf('mild-project', 'Mildly project', -1),
      optionOf('strong-project', 'Strongly project', -2),
    ]),
    mirrored('project', 'plan-over-decide', 'decide-over-plan'),
    choice({ id: 'c2', dimension: 'compass', prompt: words('Choice two'), covers: ['goal'] }, [
      optionOf('project', 'Project side', -2),
      optionOf('product', 'Product side', 2),
    ]),
    interestItem('product', 'p4'),
    interestItem('project', 'j4'),
    scenario({ id: 's2', dimension: 'measure', prompt: words('Scenario two'), covers: ['goal'] }, [
      optionOf('strong-project', 'Strongly project', -2),
      optionOf('mild-project', 'Mildly project', -1),
      optionOf('strong-product', 'Strongly product', 2),
    ]),
    {
      id: 'current-role',
      kind: 'background',
      dimension: 'career',
      prompt: words('What do you do now?'),
      use: words('Optional: it never changes the result.'),
      weight: 0,
      covers: ['career-path'],
      options: [
        { id: 'software-engineer', label: words('Software engineer'), lean: 0 },
        { id: 'student', label: words('Student'), lean: 0 },
      ],
    },
  ],
};

/** Every interest item rated at `optionId`; nothing else answered. */
export function rateEveryTask(optionId: (typeof enjoyment)[number]): Record<string, string> {
  return Object.fromEntries(
    fixtureBank.questions
      .filter((question) => question.kind === 'interest')
      .map((question) => [question.id, optionId]),
  );
}
