// The bank's words in English, for the tooling: the validator, the audit and the pilot report read the
// bank in its source language. Tooling stays inside the engine's fence, so it cannot use the app's
// `translate`; it reads each message's English source, which the macro keeps outside production builds.
import type { Message } from '../types.ts';

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * A message's English source with its named values put in (a message value in its own English first).
 * It reads plain `{name}` placeholders only, all the bank uses, and throws on anything more (a plural,
 * a select), rather than give words that are not what a person would read.
 * @throws Error when the message has no English source (a production build drops it) or uses more than placeholders
 * @example englishOf(quotedPrompt(questionBank.questions[0])); // 'How much would you enjoy: Talk with customers to learn what slows them down?'
 */
export function englishOf(message: Message): string {
  const source = message.message;
  if (source === undefined) {
    throw new Error(
      `Message "${message.id}" carries no English source: the tooling needs messages as Lingui's macro leaves them outside a production build.`,
    );
  }
  return source.replace(/\{([^{}]*)\}/g, (placeholder, name: string) => {
    const value = message.values?.[name];
    if (!/^\w+$/.test(name) || value === undefined) {
      throw new Error(`"${source}" holds ${placeholder}, which englishOf cannot fill in: only named values.`);
    }
    return isMessage(value) ? englishOf(value) : String(value);
  });
}
