import type { Message } from './types.ts';

/**
 * A message placed inside another message, such as an option's label quoted in a reason. Lingui's macro
 * types take only words and numbers as values; `translate` (src/lib/translate.ts) puts a message value
 * into words before the sentence around it, so the quote reads in the same language.
 */
export function quoted(message: Message): string {
  return message as unknown as string;
}
