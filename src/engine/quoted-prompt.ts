import type { Question } from './types.ts';

/**
 * What an interest item asks, above its activity on the question's screen. Without it the activity
 * alone ("Talk with customers…") reads like a skill to rate, so every quote of an interest item keeps it.
 */
export const interestStem = 'How much would you enjoy it?';

/**
 * A question as it should be quoted anywhere away from its own screen (a result, the method page, a
 * report): an interest item with its stem, every other kind as it was asked.
 * @example quotedPrompt(questionBank.questions[0]); // 'How much would you enjoy: Talk with customers to learn what slows them down?'
 */
export function quotedPrompt(question: Question): string {
  if (question.kind !== 'interest') return question.prompt;
  return `How much would you enjoy: ${question.prompt}?`;
}
