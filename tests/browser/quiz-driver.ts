// Drives the quiz the way a person does, for the browser tests. It finds what it clicks by the words of
// the language active in this test process: English (tests/setup-i18n.ts) unless a test calls
// activateLanguage, so the same driver takes the quiz on /es/… in Spanish.
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import type { Page } from 'playwright-core';
import { questionBank, questionView } from '../../src/engine/index.ts';
import type { Answers, Message, Question, Track } from '../../src/engine/index.ts';
import { englishOf } from '../../src/engine/tooling/english.ts';
import { languageTag, type Locale } from '../../src/lib/locales.ts';
import { translate } from '../../src/lib/translate.ts';
import { catalogsOf } from '../catalogs.ts';

/** The scored questions, numbered "Question n of total" on screen; the optional ones follow them. */
export const total = questionBank.questions.filter((question) => question.kind !== 'background').length;
export const optionalCount = questionBank.questions.length - total;

/** A bank word as the English page shows it (nothing for no word): the browser tests read the app in English. */
export function inEnglish(message: Message | undefined): string {
  return message ? englishOf(message) : '';
}

/** Makes `locale` the language of this test process: `t`, `translate` and the driver then read in it. */
export async function activateLanguage(locale: Locale): Promise<void> {
  i18n.loadAndActivate({ locale: languageTag(locale), messages: await catalogsOf(locale) });
}

/**
 * The name of the progress bar at position `step` of the full quiz ("Question 7 of 36", "Optional
 * question 1 of 3"), in the active language: the engine's own words for that place, translated.
 */
export function progressName(step: number): string {
  // Every question before it answered (with any option): then the engine shows the question at `step`.
  const answers: Answers = Object.fromEntries(
    questionBank.questions.slice(0, step - 1).map((question) => [question.id, question.options[0]?.id ?? '']),
  );
  const view = questionView(answers, 'full', step);
  if (view.kind !== 'question') throw new Error(`The full quiz has no question at ${step}.`);
  return translate(view.label);
}

/** Position of the option leaning furthest toward `track`. */
export function strongestIndex(question: Question, track: Track): number {
  const sign = track === 'product' ? 1 : -1;
  const leans = question.options.map((option) => sign * option.lean);
  return leans.indexOf(Math.max(...leans));
}

/** The label of the option leaning furthest toward `track`, in the active language. */
export function strongestLabel(question: Question, track: Track): string {
  const option = question.options[strongestIndex(question, track)];
  if (!option) throw new Error(`Question ${question.id} has no options.`);
  return translate(option.label);
}

export function questionAt(index: number): Question {
  const question = questionBank.questions[index];
  if (!question) throw new Error(`No question at ${index}.`);
  return question;
}

/**
 * Clicks the strongest option toward `track` and then Next, for scored questions [from, to). After the
 * last scored question it skips the optional ones, which opens the result.
 */
export async function answerByMouse(page: Page, track: Track, from = 0, to = total): Promise<void> {
  for (let index = from; index < to; index++) {
    const question = questionAt(index);
    await page.getByRole('progressbar', { name: progressName(index + 1), exact: true }).waitFor();
    await page.getByRole('radio', { name: strongestLabel(question, track), exact: true }).click();
    await page.getByRole('button', { name: t`Next`, exact: true }).click();
  }
  if (to === total) await skipOptionalQuestions(page);
}

/**
 * From question 1, answers 70% of the scored questions toward product and the rest toward project, which
 * opens the result; returns the share link the result shows.
 */
export async function finishMixedQuiz(page: Page): Promise<string> {
  const split = Math.round(total * 0.7);
  await answerByMouse(page, 'product', 0, split);
  await answerByMouse(page, 'project', split, total);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page.getByRole('textbox', { name: t`Share link`, exact: true }).inputValue();
}

/** Skips the optional questions at the end of the quiz, which opens the result. */
export async function skipOptionalQuestions(page: Page): Promise<void> {
  for (let step = 1; step <= optionalCount; step++) {
    await page.getByRole('progressbar', { name: progressName(total + step), exact: true }).waitFor();
    await page
      .getByRole('button', {
        name: step === optionalCount ? t`Skip and see my result` : t`Skip`,
        exact: true,
      })
      .click();
  }
}

/** Answers the optional questions at the end of the quiz with their first option, which opens the result. */
export async function answerOptionalQuestions(page: Page): Promise<void> {
  for (let step = 1; step <= optionalCount; step++) {
    await page.getByRole('progressbar', { name: progressName(total + step), exact: true }).waitFor();
    await page.getByRole('radio').first().click();
    await page
      .getByRole('button', { name: step === optionalCount ? t`See my result` : t`Next`, exact: true })
      .click();
  }
}

/** The element that has focus, described by its role-ish tag and text, for keyboard tests. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate<string>(
    "(document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || '').trim()",
  );
}

/** Presses Tab until the focused element's text is `text`; fails after `limit` presses. */
export async function tabTo(page: Page, text: string, limit = 15): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Tab never reached "${text}".`);
}

/** Answers whichever question is on screen with its strongest option toward `track`; returns it. */
export async function answerShownQuestion(page: Page, track: Track, button = t`Next`): Promise<Question> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  const prompt = (await heading.textContent()) ?? '';
  const question = questionBank.questions.find((candidate) => translate(candidate.prompt) === prompt);
  if (!question) throw new Error(`Unknown question "${prompt}".`);
  await page.getByRole('radio', { name: strongestLabel(question, track), exact: true }).click();
  await page.getByRole('button', { name: button }).click();
  return question;
}
