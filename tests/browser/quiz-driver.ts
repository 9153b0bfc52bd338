// Drives the quiz the way a person does, for the browser tests.
import type { Page } from 'playwright-core';
import { questionBank } from '../../src/engine/index.ts';
import type { Message, Question, Track } from '../../src/engine/index.ts';
import { englishOf } from '../../src/engine/tooling/english.ts';

/** The scored questions, numbered "Question n of total" on screen; the optional ones follow them. */
export const total = questionBank.questions.filter((question) => question.kind !== 'background').length;
export const optionalCount = questionBank.questions.length - total;

/** A bank word as the English page shows it (nothing for no word): the browser tests read the app in English. */
export function inEnglish(message: Message | undefined): string {
  return message ? englishOf(message) : '';
}

/** Position of the option leaning furthest toward `track`. */
export function strongestIndex(question: Question, track: Track): number {
  const sign = track === 'product' ? 1 : -1;
  const leans = question.options.map((option) => sign * option.lean);
  return leans.indexOf(Math.max(...leans));
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
    await page.getByRole('progressbar', { name: `Question ${index + 1} of ${total}` }).waitFor();
    const option = question.options[strongestIndex(question, track)];
    await page.getByRole('radio', { name: inEnglish(option?.label), exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
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
  return page.getByRole('textbox', { name: 'Share link' }).inputValue();
}

/** Skips the optional questions at the end of the quiz, which opens the result. */
export async function skipOptionalQuestions(page: Page): Promise<void> {
  for (let step = 1; step <= optionalCount; step++) {
    await page.getByRole('progressbar', { name: `Optional question ${step} of ${optionalCount}` }).waitFor();
    await page
      .getByRole('button', { name: step === optionalCount ? 'Skip and see my result' : 'Skip' })
      .click();
  }
}

/** Answers the optional questions at the end of the quiz with their first option, which opens the result. */
export async function answerOptionalQuestions(page: Page): Promise<void> {
  for (let step = 1; step <= optionalCount; step++) {
    await page.getByRole('progressbar', { name: `Optional question ${step} of ${optionalCount}` }).waitFor();
    await page.getByRole('radio').first().click();
    await page.getByRole('button', { name: step === optionalCount ? 'See my result' : 'Next' }).click();
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
export async function answerShownQuestion(page: Page, track: Track, button = 'Next'): Promise<Question> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  const prompt = (await heading.textContent()) ?? '';
  const question = questionBank.questions.find((candidate) => inEnglish(candidate.prompt) === prompt);
  if (!question) throw new Error(`Unknown question "${prompt}".`);
  const option = question.options[strongestIndex(question, track)];
  await page.getByRole('radio', { name: inEnglish(option?.label), exact: true }).click();
  await page.getByRole('button', { name: button }).click();
  return question;
}
