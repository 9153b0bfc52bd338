// The words of the compare page, in one place and one voice: where each side stands on a theme, and the
// page's own words. Only the compare page reads them, so they load with it (lingui.config.ts).
import { msg } from '@lingui/core/macro';
import { inSentence } from './result-copy.ts';
import type { QuotedWords, Subject } from './result-copy.ts';
import type { Message } from './types.ts';

/**
 * Where a subject stands on a theme, one whole sentence per case: none of its questions answered,
 * balanced, leaning or leaning strongly; "from 1 answer" when one answer is all it has. `pole` is the
 * words that follow "toward", as a message value.
 */
interface Stances {
  none: Message;
  balanced: (fromOne: boolean) => Message;
  leans: (pole: string, fromOne: boolean) => Message;
  strongly: (pole: string) => Message;
}

const stances: Readonly<Record<Subject, Stances>> = {
  you: {
    none: msg`You answered none of its questions.`,
    balanced: (fromOne) =>
      fromOne
        ? msg`You are balanced between the two, from 1 answer.`
        : msg`You are balanced between the two.`,
    leans: (pole, fromOne) =>
      fromOne ? msg`You lean toward ${pole}, from 1 answer.` : msg`You lean toward ${pole}.`,
    strongly: (pole) => msg`You lean strongly toward ${pole}.`,
  },
  they: {
    none: msg`They answered none of its questions.`,
    balanced: (fromOne) =>
      fromOne
        ? msg`They are balanced between the two, from 1 answer.`
        : msg`They are balanced between the two.`,
    leans: (pole, fromOne) =>
      fromOne ? msg`They lean toward ${pole}, from 1 answer.` : msg`They lean toward ${pole}.`,
    strongly: (pole) => msg`They lean strongly toward ${pole}.`,
  },
};

/** A past result of the person's own, and their result now, each said whole in its own tense. */
const stancesThenAndNow: typeof stances = {
  you: {
    none: msg`Then, you answered none of its questions.`,
    balanced: (fromOne) =>
      fromOne
        ? msg`Then, you were balanced between the two, from 1 answer.`
        : msg`Then, you were balanced between the two.`,
    leans: (pole, fromOne) =>
      fromOne ? msg`Then, you leaned toward ${pole}, from 1 answer.` : msg`Then, you leaned toward ${pole}.`,
    strongly: (pole) => msg`Then, you leaned strongly toward ${pole}.`,
  },
  they: {
    none: msg`Now, you answered none of its questions.`,
    balanced: (fromOne) =>
      fromOne
        ? msg`Now, you are balanced between the two, from 1 answer.`
        : msg`Now, you are balanced between the two.`,
    leans: (pole, fromOne) =>
      fromOne ? msg`Now, you lean toward ${pole}, from 1 answer.` : msg`Now, you lean toward ${pole}.`,
    strongly: (pole) => msg`Now, you lean strongly toward ${pole}.`,
  },
};

/**
 * Who the two sides of a comparison are: the person and someone else (`other`), or the person then and
 * the person now (`past`: the first side is the past result, the second the current one).
 */
export type ComparedWith = 'other' | 'past';

/**
 * Where `subject` stands on one theme, as a whole sentence, for putting two results side by side. `lean`
 * is the theme's lean (null when balanced), its pole the words that follow "toward".
 * Comparing with a past result, "you" is the person then and "they" the person now.
 * @example translate(themeStance('they', { strongly: true, pole: 'schedule, budget and people' }, 4)); // 'They lean strongly toward schedule, budget and people.'
 */
export function themeStance(
  subject: Subject,
  lean: { strongly: boolean; pole: QuotedWords } | null,
  answered: number,
  comparedWith: ComparedWith = 'other',
): Message {
  const words = (comparedWith === 'past' ? stancesThenAndNow : stances)[subject];
  if (answered === 0) return words.none;
  // A theme heard through one answer says so, and is never a strong lean (dimensionLean).
  const fromOne = answered === 1;
  if (!lean) return words.balanced(fromOne);
  const pole = inSentence(lean.pole);
  return lean.strongly ? words.strongly(pole) : words.leans(pole, fromOne);
}

/** The words of the compare page, for someone else's link and for a past result of the person's own. */
export const compareWords = {
  heading: msg`Compare results`,
  lead: msg`Paste a share link from someone else to see your results side by side. The comparison happens in this browser; nothing is sent anywhere.`,
  linkLabel: msg`Their share link`,
  compareButton: msg({
    message: 'Compare',
    comment: 'A button: compare the pasted link’s result with yours.',
  }),
  emptyLink: msg`This link has nothing after the “#”, so it holds no answers. Ask them to copy the whole link again.`,
  keptEarlier: msg`You kept a link to compare earlier.`,
  compareKept: msg`Compare with that link`,
  theirResult: msg({
    message: 'Their result:',
    comment: 'Followed by a one-line summary of a shared result.',
  }),
  finishFirst: msg`To compare, finish your own quiz first.`,
  startFirst: msg`To compare, take the quiz yourself first.`,
  keptNote: msg`This link is kept in this browser. Your result page will offer the comparison once you finish.`,
  offerLater: msg`Your result page will offer the comparison once you finish.`,
  goOn: msg`Go on with the quiz`,
  start: msg`Start the quiz`,
  keepAndFinish: msg`Keep this link and finish my quiz`,
  keepAndStart: msg`Keep this link and start the quiz`,
  ownLink: msg`This link holds your own answers, the same as your current ones. It is your own result, so there is nothing to compare.`,
  seeYourResult: msg`See your result`,
  overallHeading: msg({
    message: 'Overall',
    comment: 'A heading: the two results as a whole, before theme by theme.',
  }),
  themesHeading: msg`Theme by theme`,
  or: msg({
    message: 'or',
    comment: 'Read aloud between the two ends of a theme, e.g. “the plan or the product”.',
  }),
  other: {
    first: msg({ message: 'You', comment: 'A column heading: your own result, beside someone else’s.' }),
    second: msg({
      message: 'Them',
      comment: 'A column heading: the result of the person who shared the link.',
    }),
    differHeading: msg`Where you differ most`,
    noDifference: msg`No theme differs by much: on every one, you lean the same way by about as much.`,
  },
  past: {
    heading: msg`You then and you now`,
    lead: (date: string): Message =>
      msg`Your result from ${date} beside your current result. Both are kept only in this browser.`,
    first: (date: string): Message => msg`You then, ${date}`,
    second: msg`You now`,
    differHeading: msg`What changed most`,
    noDifference: msg`Nothing has changed much: on every theme, you lean the same way as then, by about as much.`,
    missing: msg`This past result is not here. It may have been deleted, or kept in another browser, so there is nothing to compare.`,
    changedQuestions: msg`The questions have changed since this result, so it cannot be put beside your result now.`,
    isCurrent: msg`This past result has the same answers as your current one. It is your current result, so there is nothing to compare.`,
    noResultNow: msg`You have no current result to compare it with. Take the quiz, and then compare.`,
    finishNow: msg`To compare, finish your current quiz first.`,
    backToHistory: msg`Back to your past results`,
  },
} as const;
