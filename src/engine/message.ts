import type { Message } from './types.ts';

/**
 * A message placed inside another message, such as an option's label quoted in a reason. Lingui's macro
 * types take only words and numbers as values; `translate` (src/lib/translate.ts) puts a message value
 * into words before the sentence around it, so the quote reads in the same language.
 */
export function quoted(message: Message): string {
  return message as unknown as string;
}

/**
 * Stopgap, to be removed once every result sentence is a message (the sentences' branch of issue 17):
 * a bank message's English source, for a result sentence still written as a string that quotes a bank
 * word. It holds English only in development and tests (a production build drops `message`).
 */
export function englishSourceForNow(message: Message): string {
  return message.message ?? message.id;
}
