// The two fixed profiles the audit runs beside the simulated people: someone who likes every task of both
// roles, and someone who likes none, each with the choices split evenly.
import { isScored } from '../answers-input.ts';
import { evaluate } from '../evaluate.ts';
import type { Answers, Question, QuestionBank } from '../types.ts';
import { hasCarelessCaution } from './process-figures.ts';
import type { AuditSize } from './process-figures.ts';

export interface ProfileFigures {
  name: 'likes both' | 'likes neither';
  respondents: number;
  lowestInterest: number;
  highestInterest: number;
  close: number;
  careless: number;
}

/**
 * Every interest item at the top (or the bottom), and the choices split evenly: within each weight,
 * in a random order, alternately the strongest option each way. Mirrored statements get the middle
 * answer twice, as someone with no preference between the two would give.
 */
function profileAnswers(top: boolean, random: () => number, bank: QuestionBank): Answers {
  const answers: Record<string, string> = {};
  const choices: Question[] = [];
  for (const question of bank.questions) {
    if (question.kind === 'interest') {
      const option = top ? question.options.at(-1) : question.options[0];
      if (option) answers[question.id] = option.id;
    } else if (question.mirrorOf) {
      const middle = question.options[Math.floor(question.options.length / 2)];
      if (middle) answers[question.id] = middle.id;
    } else if (isScored(question)) {
      choices.push(question);
    }
  }
  const shuffled = choices
    .map((question) => ({ question, key: question.weight + random() / 2 }))
    .sort((a, b) => a.key - b.key);
  shuffled.forEach(({ question }, index) => {
    const sign = index % 2 === 0 ? 1 : -1;
    const strongest = Math.max(...question.options.map((option) => sign * option.lean));
    const option = question.options.find((candidate) => sign * candidate.lean === strongest);
    if (option) answers[question.id] = option.id;
  });
  return answers;
}

export function profileFigures(size: AuditSize, random: () => number, bank: QuestionBank): ProfileFigures[] {
  return (['likes both', 'likes neither'] as const).map((name) => {
    const top = name === 'likes both';
    const evaluations = Array.from({ length: size.profileRespondents }, () => {
      return evaluate(profileAnswers(top, random, bank), bank);
    });
    const interests = evaluations.flatMap((evaluation) => [
      evaluation.interest.product,
      evaluation.interest.project,
    ]);
    return {
      name,
      respondents: evaluations.length,
      lowestInterest: Math.min(...interests),
      highestInterest: Math.max(...interests),
      close: evaluations.filter((evaluation) => evaluation.strength === 'close').length / evaluations.length,
      careless: evaluations.filter(hasCarelessCaution).length / evaluations.length,
    };
  });
}
