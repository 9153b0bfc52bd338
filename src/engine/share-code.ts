import { questionBank } from './bank/index.ts';
import type { Answers, Question, QuestionBank } from './types.ts';

// A share code is "<bank version>-<one character per scored question>-<checksum>": a digit for the
// chosen option's position, or "_" for a question left unanswered. The checksum catches edits and
// cut-offs. The optional background questions are never shared: what someone does now is theirs.
const unanswered = '_';
const shape = /^(\d{1,6})-([0-9_]{1,200})-([0-9a-z]{5})$/;

export type ShareCodeErrorCode = 'malformed' | 'version' | 'length' | 'checksum' | 'option' | 'empty';

export interface ShareCodeError {
  code: ShareCodeErrorCode;
  message: string;
}

export type DecodedShareCode =
  { ok: true; answers: Record<string, string> } | { ok: false; error: ShareCodeError };

function checksum(text: string): string {
  // FNV-1a, 32 bits, written in base 36 and padded to 5 characters.
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-5);
}

const sharedQuestions = (bank: QuestionBank): Question[] =>
  bank.questions.filter((question) => question.kind !== 'background');

function signed(bank: QuestionBank, body: string): string {
  return checksum(`${bank.id}:${bank.version}:${body}`);
}

/**
 * The share code in whatever a person pasted or opened: a whole link, its fragment, or the bare code,
 * with any percent-escapes undone.
 * @example shareCodeFrom('https://example.org/shared#1-0_-8d0fc'); // '1-0_-8d0fc'
 */
export function shareCodeFrom(text: string): string {
  // Everything after the first '#', or all of it when there is none (indexOf gives -1).
  const fragment = text.slice(text.indexOf('#') + 1).trim();
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Encodes answers compactly for a share link, together with the bank version.
 * @example encodeAnswers({ 'free-afternoon': 'sketch-future' }); // '1-0_____________________________-8d0fc'
 */
export function encodeAnswers(answers: Answers, bank: QuestionBank = questionBank): string {
  const body = sharedQuestions(bank)
    .map((question) => {
      const index = question.options.findIndex((option) => option.id === answers[question.id]);
      return index === -1 ? unanswered : String(index);
    })
    .join('');
  return `${bank.version}-${body}-${signed(bank, body)}`;
}

const failure = (code: ShareCodeErrorCode, message: string): DecodedShareCode => ({
  ok: false,
  error: { code, message },
});

/**
 * Decodes a share code from untrusted text (a URL fragment). Never throws: anything that is not a
 * code this bank wrote comes back as a typed error with a message a person can read.
 */
export function decodeAnswers(text: string, bank: QuestionBank = questionBank): DecodedShareCode {
  const match = shape.exec(text.trim());
  if (!match) {
    return failure(
      'malformed',
      'This link does not hold a Which TPM? result. It may have been cut short when it was copied.',
    );
  }
  const [, version = '', body = '', check = ''] = match;
  if (Number(version) !== bank.version) {
    return failure(
      'version',
      Number(version) < bank.version
        ? 'This link was made with an earlier set of questions. Its answers would not mean the same thing now, so it cannot show a result. Ask for a new link, or take the quiz yourself.'
        : 'This link was made with a newer set of questions than this page has. Reload the page to get the newest version, then open the link again.',
    );
  }
  const questions = sharedQuestions(bank);
  if (body.length !== questions.length) {
    return failure(
      'length',
      'This link is incomplete: it has the wrong number of answers. It may have been cut short.',
    );
  }
  if (signed(bank, body) !== check) {
    return failure(
      'checksum',
      'This link has been changed since it was made, so its result cannot be trusted.',
    );
  }
  const answers: Record<string, string> = {};
  for (const [index, question] of questions.entries()) {
    const character = body[index] ?? unanswered;
    if (character === unanswered) continue;
    const option = question.options[Number(character)];
    if (!option) return failure('option', 'This link names an answer that the questions do not offer.');
    answers[question.id] = option.id;
  }
  if (Object.keys(answers).length === 0) return failure('empty', 'This link holds no answers.');
  return { ok: true, answers };
}
