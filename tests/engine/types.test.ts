import { describe, expect, it } from 'vitest';
import type { Option } from '../../src/engine/index.ts';
import { findBankProblems } from '../../src/engine/tooling/validate-bank.ts';
import { words } from '../fixtures/message.ts';
import { fixtureBank } from './fixture-bank.ts';

const evidence = {
  seed: '000_0bce19b767154173.txt',
  quote: 'release planning',
  translation: words('release planning'),
} as const;
const reason = { you: words('You chose A.'), they: words('They chose A.') };
const label = words('A');
const why = words('Why.');

// The proof here is the type check (npm run typecheck): each @ts-expect-error fails it if the type
// ever accepts that option. The run then shows the validator catches the same options in data.
describe('an option that leans', () => {
  it('does not compile without its reason, its evidence or its why, and the validator reports it', () => {
    // @ts-expect-error a leaning option needs its reason
    const noReason: Option = { id: 'a', label, lean: 2, evidence, why };
    // @ts-expect-error a leaning option needs its evidence
    const noEvidence: Option = { id: 'a', label, lean: -1, why, reason };
    // @ts-expect-error a leaning option needs its why
    const noWhy: Option = { id: 'a', label, lean: 1, evidence, reason };
    // @ts-expect-error an option that leans neither way gives no reason
    const neutralWithReason: Option = { id: 'a', label, lean: 0, reason };
    expect(neutralWithReason.lean).toBe(0);
    for (const option of [noReason, noEvidence, noWhy]) {
      const bank = {
        ...fixtureBank,
        questions: fixtureBank.questions.map((question) =>
          question.id === 'c1' ? { ...question, options: [option, ...question.options.slice(1)] } : question,
        ),
      };
      expect(findBankProblems(bank).some((problem) => problem.includes('option "a"'))).toBe(true);
    }
  });
});
