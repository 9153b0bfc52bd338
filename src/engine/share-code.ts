import { isScored } from './answers-input.ts';
import { questionBank } from './bank/index.ts';
import type { Answers, Question, QuestionBank } from './types.ts';

// A share code is "<bank version>-<answers>-<checksum>". The answers hold one digit per scored question
// answered, the chosen option's position, and a letter for a run of questions left unanswered ("a" for
// one, "b" for two, up to "z" for 26), so a quick check's code stays short and looks like a code. The
// checksum catches edits and cut-offs. The optional background questions are never shared: what
// someone does now is theirs.
const unanswered = '_';
const shape = /^(\d{1,6})-([0-9a-z]{1,200})-([0-9a-z]{5})$/;
const runLetters = 'abcdefghijklmnopqrstuvwxyz';

/** One character per question, "_" for unanswered, with every run of "_" written as a letter. */
function packBlanks(perQuestion: string): string {
  return perQuestion.replace(/_+/g, (run) => {
    const full = 'z'.repeat(Math.floor(run.length / runLetters.length));
    const rest = run.length % runLetters.length;
    return full + (rest === 0 ? '' : (runLetters[rest - 1] ?? ''));
  });
}

function unpackBlanks(body: string): string {
  return body.replace(/[a-z]/g, (letter) => unanswered.repeat(runLetters.indexOf(letter) + 1));
}

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

const sharedQuestions = (bank: QuestionBank): Question[] => bank.questions.filter(isScored);

/**
 * A short fingerprint of what a share code's positions mean: every scored question's id and its
 * options' ids, in order. Two banks with the same fingerprint read every code the same way; any move,
 * addition or removal of a question or an option changes it. Wording alone does not.
 * @example shareShapeOf({ ...questionBank, questions: questionBank.questions.map((question) => ({ ...question, prompt: 'Reworded' })) }) === shareShapeOf(questionBank); // true: wording alone keeps the shape
 */
export function shareShapeOf(bank: QuestionBank = questionBank): string {
  const shape = sharedQuestions(bank)
    .map((question) => `${question.id}:${question.options.map((option) => option.id).join(',')}`)
    .join(';');
  return checksum(shape);
}

function signed(bank: QuestionBank, body: string, version: number = bank.version): string {
  return checksum(`${bank.id}:${version}:${body}`);
}

// What a whole code looks like at the start of a fragment; anything after it that cannot belong to a code
// (a full stop or bracket a chat app took into the link, "&utm_source=…", a slash) is not part of it.
const codeAtStart = /^\d{1,6}-[0-9a-z]{1,200}-[0-9a-z]{5}(?![0-9a-z-])/;

/**
 * The share code in whatever a person pasted or opened: a whole link, its fragment, or the bare code,
 * with any percent-escapes undone and anything a chat app or mailer added after the code trimmed.
 * @example shareCodeFrom('https://example.org/shared#4-3zi-cf6og'); // '4-3zi-cf6og'
 * @example shareCodeFrom('(see https://example.org/shared#4-3zi-cf6og).'); // '4-3zi-cf6og'
 */
export function shareCodeFrom(text: string): string {
  // Everything after the first '#', or all of it when there is none (indexOf gives -1).
  const fragment = text.slice(text.indexOf('#') + 1).trim();
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // A stray '%' after the code: the code itself has none, so read the fragment as it is.
  }
  return codeAtStart.exec(decoded)?.[0] ?? decoded;
}

/**
 * Encodes answers compactly for a share link, together with the bank version.
 * @example encodeAnswers({ 'customer-slowdowns': 'a-lot' }); // '4-3zi-cf6og': one answer, then 35 left
 */
export function encodeAnswers(answers: Answers, bank: QuestionBank = questionBank): string {
  const body = sharedQuestions(bank)
    .map((question) => {
      const index = question.options.findIndex((option) => option.id === answers[question.id]);
      return index === -1 ? unanswered : String(index);
    })
    .join('');
  const packed = packBlanks(body);
  return `${bank.version}-${packed}-${signed(bank, packed)}`;
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
      'This link does not hold a Which TPM? result. It may have been cut short when it was copied. Copy the whole link again, or ask for a new one.',
    );
  }
  const [, version = '', packed = '', check = ''] = match;
  // The checksum signs the version too, so a version that does not match it was damaged, not made by
  // another set of questions: "reload for the newest version" could never help with that.
  if (signed(bank, packed, Number(version)) !== check) {
    return failure(
      'checksum',
      'This link has been changed or damaged since it was made, so its result cannot be trusted. Copy the whole link again, or ask for a new one.',
    );
  }
  if (Number(version) !== bank.version) {
    return failure(
      'version',
      Number(version) < bank.version
        ? 'This link was made with an earlier set of questions. Its answers would not mean the same thing now, so it cannot show a result. Ask for a new link, or take the quiz yourself.'
        : 'This link was made with a newer set of questions than this page has. Reload the page to get the newest version, then open the link again.',
    );
  }
  const questions = sharedQuestions(bank);
  const body = unpackBlanks(packed);
  if (body.length !== questions.length) {
    return failure(
      'length',
      'This link has the wrong number of answers for these questions. Ask for a new link.',
    );
  }
  const answers: Record<string, string> = {};
  for (const [index, question] of questions.entries()) {
    const character = body[index] ?? unanswered;
    if (character === unanswered) continue;
    const option = question.options[Number(character)];
    if (!option) {
      return failure(
        'option',
        'This link names an answer that the questions do not offer. Ask for a new link.',
      );
    }
    answers[question.id] = option.id;
  }
  if (Object.keys(answers).length === 0) {
    return failure('empty', 'This link holds no answers. Ask for a link made after answering the quiz.');
  }
  return { ok: true, answers };
}
