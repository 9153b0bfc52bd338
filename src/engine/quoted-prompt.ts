import { msg } from '@lingui/core/macro';
import { quoted } from './message.ts';
import type { Message, Question } from './types.ts';

/**
 * What an interest item asks, above its activity on the question's screen. Without it the activity
 * alone ("Talk with customers…") reads like a skill to rate, so every quote of an interest item keeps it.
 */
export const interestStem: Message = msg`How much would you enjoy it?`;

/**
 * A question as it should be quoted anywhere away from its own screen (a result, the method page, a
 * report): an interest item with its stem, every other kind as it was asked.
 * @example quotedPrompt(questionBank.questions[0]).message; // 'How much would you enjoy: {activity}?': the activity is its value
 */
export function quotedPrompt(question: Question): Message {
  if (question.kind !== 'interest') return question.prompt;
  const activity = quoted(question.prompt);
  return msg({
    message: `How much would you enjoy: ${activity}?`,
    comment: 'An activity to rate, quoted with the question it was rated under',
  });
}
