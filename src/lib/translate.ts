// Puts the engine's messages into words in the page's language.
import { i18n } from '@lingui/core';
import type { Message } from '../engine/types.ts';

// Called through a name of its own: the catalog extractor reads every `i18n._(…)` call as a message to extract.
const lookUp = i18n._.bind(i18n);

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * The words of a message in the active language. A value that is itself a message (an option's label
 * quoted in a reason) is put into words first, so the sentence quotes it in the same language.
 */
export function translate(message: Message): string {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    values[name] = isMessage(value) ? translate(value) : value;
  }
  return lookUp(message.id, values, message.message === undefined ? {} : { message: message.message });
}
