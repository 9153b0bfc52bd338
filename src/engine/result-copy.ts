// The sentences the engine writes about a result, in one place and one voice. Plain words: each is
// checked at reading grade 8 or below (tests/engine/tooling/reading-level.test.ts).
import { msg } from '@lingui/core/macro';
import { stabilityBands } from './stability.ts';
import type {
  BothSides,
  Caution,
  DimensionId,
  InterestPattern,
  Message,
  QuizMode,
  StraightLinePlace,
  Strength,
  Track,
} from './types.ts';

/**
 * Whose result a sentence is about. Only the person's own result says "you"; a shared or compared result
 * speaks about "they". Each sentence is written whole for both, never patched.
 */
export type Subject = 'you' | 'they';

export const trackTitles: Readonly<Record<Track, string>> = {
  product: 'Technical Product Manager',
  project: 'Technical Project Manager',
};

/** The headline of a result. A close call says so, and names no role. */
export function headlineOf(strength: Strength, track: Track, answered: number): string {
  if (answered === 0) return 'No answers yet';
  if (strength === 'close') return 'A close call between the two roles';
  return `${strength === 'clear' ? 'A clear' : 'A moderate'} lean toward ${trackTitles[track]}`;
}

/** For a close call, which way the answers tilt; null for a moderate or clear lean. */
export function tiltOf(
  strength: Strength,
  track: Track,
  productShare: number,
  answered: number,
  subject: Subject = 'you',
): string | null {
  if (answered === 0 || strength !== 'close') return null;
  if (productShare === 0.5) {
    return subject === 'you'
      ? 'Your answers are evenly balanced between the two.'
      : 'Their answers are evenly balanced between the two.';
  }
  return subject === 'you'
    ? `Your answers tilt a little toward ${trackTitles[track]}.`
    : `Their answers tilt a little toward ${trackTitles[track]}.`;
}

const timesIn100 = (share: number) => Math.round(share * 100);

/**
 * The stability in words: what the retake model says about answers like these, never a forecast about
 * the person. Whole numbers of times in 100 are the bands (docs/scoring.md, "How sure the result is").
 * A part of the quiz speaks of the whole quiz its answers point to, read cautiously (short-form.ts).
 * @param total the scored questions in the quiz; when more than `answered`, the answers are a part
 */
export function stabilityNoteOf(
  strength: Strength,
  answered: number,
  subject: Subject = 'you',
  total: number = answered,
): string {
  if (answered === 0) {
    return subject === 'you'
      ? 'Answer a few questions to see where you lean.'
      : 'They have not answered any questions yet.';
  }
  const clear = timesIn100(stabilityBands.clear);
  const moderate = timesIn100(stabilityBands.moderate);
  const answers =
    answered < total ? 'the whole quiz these answers point to gives' : 'answers that lean this far give';
  switch (strength) {
    case 'clear':
      return `In our model of retakes, ${answers} the same role again at least ${clear} times in 100.`;
    case 'moderate':
      return `In our model of retakes, ${answers} the same role again ${moderate} to ${clear} times in 100.`;
    case 'close':
      return answered < total
        ? 'In our model of retakes, the whole quiz these answers point to could well give the other role.'
        : 'In our model of retakes, answers like these could well give the other role.';
  }
}

const interestNotesFor: Readonly<Record<Subject, Readonly<Record<InterestPattern, string>>>> = {
  you: {
    both: 'Both kinds of work appeal to you.',
    neither: 'Neither kind of work pulls strongly.',
    product: 'The product work appeals to you more than the project work.',
    project: 'The project work appeals to you more than the product work.',
    similar: 'The two kinds of work appeal to you about the same.',
    unknown: 'Rate a few everyday tasks to see how much each kind of work appeals.',
  },
  they: {
    both: 'Both kinds of work appeal to them.',
    neither: 'Neither kind of work pulls them strongly.',
    product: 'The product work appeals to them more than the project work.',
    project: 'The project work appeals to them more than the product work.',
    similar: 'The two kinds of work appeal to them about the same.',
    unknown: 'They rated too few everyday tasks to show how much each kind of work appeals.',
  },
};

/** The interest pattern in words, for the person's own result. */
export const interestNotes = interestNotesFor.you;

/** The interest pattern in words, about `subject`. */
export function interestNoteOf(pattern: InterestPattern, subject: Subject): string {
  return interestNotesFor[subject][pattern];
}

/** Words for one interest level in [0, 1], on the scale the questions used. */
export function interestLevelWords(level: number): string {
  if (level >= 0.875) return 'Very much';
  if (level >= 0.625) return 'A lot';
  if (level >= 0.375) return 'Somewhat';
  if (level >= 0.125) return 'A little';
  return 'Not at all';
}

/** Words for each way both statements of a pair were answered alike. */
const bothSidesWords: Readonly<Record<BothSides, { you: string; they: string }>> = {
  agreed: { you: 'You agreed with both', they: 'They agreed with both' },
  disagreed: { you: 'You disagreed with both', they: 'They disagreed with both' },
  mixed: { you: 'You gave the same answer to both', they: 'They gave the same answer to both' },
};

/** Where a straight-liner kept clicking, as words that follow "picked". */
const placeWords: Readonly<Record<StraightLinePlace, string>> = {
  first: 'the first option',
  last: 'the last option',
  same: 'the option in the same place',
};

/**
 * The cautions' sentences. Each says what happened in the answers, never what the person is: a pattern
 * can come from a way of answering as much as from carelessness.
 */
export const cautionMessages = {
  incomplete: (answered: number, total: number, subject: Subject = 'you') =>
    subject === 'you'
      ? `You answered ${answered} of ${total} questions. The result uses only those answers, so it is less sure than a full one.`
      : `They answered ${answered} of ${total} questions. The result uses only those answers, so it is less sure than a full one.`,
  straightLining: (where: StraightLinePlace, count: number, answered: number, subject: Subject = 'you') =>
    subject === 'you'
      ? `You picked ${placeWords[where]} on ${count} of ${answered} choices and statements. So the order of the options may have shaped your result as much as your views did.`
      : `They picked ${placeWords[where]} on ${count} of ${answered} choices and statements. So the order of the options may have shaped their result as much as their views did.`,
  inconsistent: (
    pairs: number,
    side: BothSides,
    statements: readonly [string, string],
    subject: Subject = 'you',
  ) => {
    const lead = bothSidesWords[side][subject];
    const quoted = `“${statements[0]}” and “${statements[1]}”`;
    if (pairs === 1) {
      return `${lead} of two statements that say opposite things: ${quoted}. The two answers cancel out in the result.`;
    }
    return `${lead} sides of ${pairs} pairs of statements that say opposite things, such as ${quoted}. Those answers cancel out in the result.`;
  },
  sameRating: (rating: string, count: number, subject: Subject = 'you') =>
    subject === 'you'
      ? `You gave all ${count} tasks the same rating, “${rating}”. So your ratings cannot show which work you enjoy more, and your result rests on your other answers.`
      : `They gave all ${count} tasks the same rating, “${rating}”. So their ratings cannot show which work they enjoy more, and their result rests on their other answers.`,
} as const;

/**
 * A caution as a screen shows it: its sentence about `subject`, and its tone. Answering only part of the
 * quiz is information, not a warning: the quick check stops early by design, and says how to firm the
 * result up. Careless-answer patterns are warnings.
 * @example cautionText({ code: 'incomplete', answered: 9, total: 36 }, 'you', 'quick'); // { tone: 'info', text: 'This quick check used 9 of the 36 questions...' }
 */
export function cautionText(
  caution: Caution,
  subject: Subject,
  mode: QuizMode | undefined,
  strength?: Strength,
): { tone: 'info' | 'warning'; text: string } {
  switch (caution.code) {
    case 'incomplete':
      if (subject === 'you' && mode === 'quick') {
        // The quick check stops on a lean that holds, or on a close call that holds (adaptive.ts).
        const why =
          strength === 'close'
            ? 'It stopped once more answers were unlikely to move the result out of a close call.'
            : 'It stopped once more answers were unlikely to change the role.';
        return {
          tone: 'info',
          text: `This quick check used ${caution.answered} of the ${caution.total} questions. ${why}`,
        };
      }
      return { tone: 'info', text: cautionMessages.incomplete(caution.answered, caution.total, subject) };
    case 'straight-lining':
      return {
        tone: 'warning',
        text: cautionMessages.straightLining(caution.place, caution.count, caution.considered, subject),
      };
    case 'inconsistent':
      return {
        tone: 'warning',
        text: cautionMessages.inconsistent(caution.pairs, caution.side, caution.statements, subject),
      };
    case 'same-rating':
      return { tone: 'warning', text: cautionMessages.sameRating(caution.rating, caution.count, subject) };
  }
}

/** The words around a result that depend on whose result it is, each written whole for both. */
export const resultWords = {
  you: {
    eyebrow: 'Your result',
    warningsHeading: 'Worth knowing about your answers',
    interestLabel: 'Interest',
    answeredLead: 'You answered',
    noSupporting: 'None of your answers leaned this way; the result comes from the tie rule.',
    noOpposing: (other: Track, percent: number) =>
      percent > 0
        ? `None of your answers pointed toward ${trackTitles[other]}. Its ${percent}% of the answer points comes from answers that did not lean all the way, which share their points with both sides.`
        : `None of your answers pointed toward ${trackTitles[other]}.`,
    answerPoints: 'Middle answers give points to both sides.',
    themesHeading: 'Your answers, theme by theme',
    chartTitle: (themes: number) => `Where you stand on each of the ${themes} themes`,
    actionsHeading: 'Keep, share or change your result',
  },
  they: {
    eyebrow: 'A shared result',
    warningsHeading: 'Worth knowing about their answers',
    interestLabel: 'Interest',
    answeredLead: 'They answered',
    noSupporting: 'None of their answers leaned this way; the result comes from the tie rule.',
    noOpposing: (other: Track, percent: number) =>
      percent > 0
        ? `None of their answers pointed toward ${trackTitles[other]}. Its ${percent}% of the answer points comes from answers that did not lean all the way, which share their points with both sides.`
        : `None of their answers pointed toward ${trackTitles[other]}.`,
    answerPoints: 'Middle answers give points to both sides.',
    themesHeading: 'Their answers, theme by theme',
    chartTitle: (themes: number) => `Where they stand on each of the ${themes} themes`,
    actionsHeading: 'Take the quiz, or compare',
  },
} as const satisfies Record<Subject, unknown>;

/**
 * The themes' names about someone else. The bank names each theme for the person answering ("Where you
 * put your effort"); a shared result needs the same name about them, written whole.
 */
export const themeNamesAboutThem: Readonly<Record<DimensionId, Message>> = {
  direction: msg`Where they put their effort`,
  compass: msg`What they steer by`,
  uncertainty: msg`How they handle the unknown`,
  measure: msg`How they judge success`,
  ownership: msg`What they want to own`,
  people: msg`Who they work with most`,
  toolkit: msg`Their tools and methods`,
  career: msg`Where they want to grow`,
  technical: msg`Their part in technical work`,
};

/**
 * Poles the bank words for the person answering, written about someone else. Poles not listed here read
 * the same for both (a test checks that none of them says "you").
 */
const polesAboutThem: Readonly<Partial<Record<DimensionId, Readonly<Partial<Record<Track, Message>>>>>> = {
  uncertainty: { product: msg`Exploring: learning their way through ambiguity` },
};

/**
 * A theme's words about `subject`: the bank's own for "you"; for "they", its name and poles written about
 * them. The score and counts are unchanged.
 * @example themeAbout(evaluate({}).dimensions[0], 'they').name.message; // 'Where they put their effort'
 */
export function themeAbout<
  Theme extends { id: DimensionId; name: Message; productPole: Message; projectPole: Message },
>(dimension: Theme, subject: Subject): Theme {
  if (subject === 'you') return dimension;
  const poles = polesAboutThem[dimension.id];
  return {
    ...dimension,
    name: themeNamesAboutThem[dimension.id],
    productPole: poles?.product ?? dimension.productPole,
    projectPole: poles?.project ?? dimension.projectPole,
  };
}

/** What follows a theme's stance: nothing, or that one answer is all it has. */
type Heard = '' | ', from 1 answer';

const stances: Readonly<
  Record<
    Subject,
    {
      none: string;
      balanced: (heard: Heard) => string;
      leans: (pole: string, heard: Heard) => string;
      strongly: (pole: string) => string;
    }
  >
> = {
  you: {
    none: 'You answered none of its questions.',
    balanced: (heard) => `You are balanced between the two${heard}.`,
    leans: (pole, heard) => `You lean toward ${pole}${heard}.`,
    strongly: (pole) => `You lean strongly toward ${pole}.`,
  },
  they: {
    none: 'They answered none of its questions.',
    balanced: (heard) => `They are balanced between the two${heard}.`,
    leans: (pole, heard) => `They lean toward ${pole}${heard}.`,
    strongly: (pole) => `They lean strongly toward ${pole}.`,
  },
};

/** A past result of the person's own, and their result now, each said whole in its own tense. */
const stancesThenAndNow: typeof stances = {
  you: {
    none: 'Then, you answered none of its questions.',
    balanced: (heard) => `Then, you were balanced between the two${heard}.`,
    leans: (pole, heard) => `Then, you leaned toward ${pole}${heard}.`,
    strongly: (pole) => `Then, you leaned strongly toward ${pole}.`,
  },
  they: {
    none: 'Now, you answered none of its questions.',
    balanced: (heard) => `Now, you are balanced between the two${heard}.`,
    leans: (pole, heard) => `Now, you lean toward ${pole}${heard}.`,
    strongly: (pole) => `Now, you lean strongly toward ${pole}.`,
  },
};

/**
 * Who the two sides of a comparison are: the person and someone else (`other`), or the person then and
 * the person now (`past`: the first side is the past result, the second the current one).
 */
export type ComparedWith = 'other' | 'past';

/**
 * Where `subject` stands on one theme, as a whole sentence, for putting two results side by side. `lean`
 * is the theme's lean (null when balanced), its pole already written about `subject` (see themeAbout).
 * Comparing with a past result, "you" is the person then and "they" the person now.
 * @example themeStance('they', { strongly: true, pole: 'schedule, budget and people' }, 4); // 'They lean strongly toward schedule, budget and people.'
 */
export function themeStance(
  subject: Subject,
  lean: { strongly: boolean; pole: string } | null,
  answered: number,
  comparedWith: ComparedWith = 'other',
): string {
  const words = (comparedWith === 'past' ? stancesThenAndNow : stances)[subject];
  if (answered === 0) return words.none;
  // A theme heard through one answer says so, and is never a strong lean (dimensionLean).
  const heard: Heard = answered === 1 ? ', from 1 answer' : '';
  if (!lean) return words.balanced(heard);
  return lean.strongly ? words.strongly(lean.pole) : words.leans(lean.pole, heard);
}

/**
 * For someone else's result: what one quoted answer counts toward. The reason texts in the bank speak to
 * the person who answered, so a shared result quotes the answer and says only which way it counts.
 */
export function answerCountsToward(track: Track): string {
  return `That answer counts toward ${trackTitles[track]}.`;
}

/** The quick check's offer to firm up the result: the button, and the sentence after it. */
export function answerTheRestWords(left: number): { button: string; after: string } {
  return {
    button: left === 1 ? 'Answer the last question' : `Answer the other ${left} questions`,
    after: 'to firm up your result. Your answers so far are kept.',
  };
}

/**
 * What would flip the result: the fewest answer changes that put `flipsTo` ahead, or that none is small.
 * `exact` is false in the rare case where one change fewer would have tied, and a tie could go either way.
 */
export function flipSummary(
  flipsTo: Track,
  count: number,
  settled: boolean,
  answered: number,
  exact = true,
): string {
  const title = trackTitles[flipsTo];
  if (settled) {
    return `No small change would flip your result: ${title} would come out ahead only if you changed at least ${count} of your ${answered} answers.`;
  }
  if (count === 1) return `Had you answered this one question differently, ${title} would come out ahead.`;
  const fewer = exact
    ? ''
    : ' One change fewer would leave a tie, which the tie rule gives back to your role.';
  return `Had you answered these ${count} questions differently, ${title} would come out ahead.${fewer}`;
}

/**
 * How the lean moved since the last attempt. Shares are whole percentages of the answer points toward
 * product, the figure the result shows; "points" alone always means answer points, never a difference.
 */
export function shiftSentence(from: number, to: number, trackBefore: Track, trackAfter: Track): string {
  const changed =
    trackBefore === trackAfter
      ? ''
      : ` The role your answers lean to changed from ${trackTitles[trackBefore]} to ${trackTitles[trackAfter]}.`;
  if (from === to) {
    return `Your answers lean the same way as last time: ${to}% of the answer points on the product side.${changed}`;
  }
  const toward: Track = to > from ? 'product' : 'project';
  return `Since last time, your answers moved toward ${trackTitles[toward]}: from ${from}% to ${to}% of the answer points on the product side.${changed}`;
}

/**
 * For a past result whose kept headline differs from how the same answers read today: what it said then,
 * and why it changed. Null when it reads as it did. The answers and the kept summary are never changed.
 * @example pastReadingNote('A clear lean toward Technical Project Manager', 'A moderate lean toward Technical Project Manager'); // 'When you finished, this result read “A clear lean toward Technical Project Manager”...'
 */
export function pastReadingNote(keptHeadline: string | undefined, headlineNow: string): string | null {
  if (keptHeadline === undefined || keptHeadline === headlineNow) return null;
  return `When you finished, this result read “${keptHeadline}”. The quiz has since become more careful about how sure a result is, so the same answers now read as shown here.`;
}

/**
 * A result's name in a line or a title: its role, or for a close call the headline that says so and names
 * no role, as the result page does.
 * @example resultNameOf('close', 'product'); // 'A close call between the two roles'
 */
export function resultNameOf(strength: Strength, track: Track): string {
  return strength === 'close' ? headlineOf(strength, track, 1) : trackTitles[track];
}

/** The words of the compare page, for someone else's link and for a past result of the person's own. */
export const compareWords = {
  heading: 'Compare results',
  lead: 'Paste a share link from someone else to see your results side by side. The comparison happens in this browser; nothing is sent anywhere.',
  linkLabel: 'Their share link',
  compareButton: 'Compare',
  emptyLink:
    'This link has nothing after the “#”, so it holds no answers. Ask them to copy the whole link again.',
  keptEarlier: 'You kept a link to compare earlier.',
  compareKept: 'Compare with that link',
  theirResult: 'Their result:',
  finishFirst: 'To compare, finish your own quiz first.',
  startFirst: 'To compare, take the quiz yourself first.',
  keptNote: 'This link is kept in this browser. Your result page will offer the comparison once you finish.',
  offerLater: 'Your result page will offer the comparison once you finish.',
  goOn: 'Go on with the quiz',
  start: 'Start the quiz',
  keepAndFinish: 'Keep this link and finish my quiz',
  keepAndStart: 'Keep this link and start the quiz',
  ownLink:
    'This link holds your own answers, the same as your current ones. It is your own result, so there is nothing to compare.',
  seeYourResult: 'See your result',
  overallHeading: 'Overall',
  themesHeading: 'Theme by theme',
  or: 'or',
  other: {
    first: 'You',
    second: 'Them',
    differHeading: 'Where you differ most',
    noDifference: 'No theme differs by much: on every one, you lean the same way by about as much.',
  },
  past: {
    heading: 'You then and you now',
    lead: (date: string) =>
      `Your result from ${date} beside your current result. Both are kept only in this browser.`,
    first: (date: string) => `You then, ${date}`,
    second: 'You now',
    differHeading: 'What changed most',
    noDifference:
      'Nothing has changed much: on every theme, you lean the same way as then, by about as much.',
    missing:
      'This past result is not here. It may have been deleted, or kept in another browser, so there is nothing to compare.',
    changedQuestions:
      'The questions have changed since this result, so it cannot be put beside your result now.',
    isCurrent:
      'This past result has the same answers as your current one. It is your current result, so there is nothing to compare.',
    noResultNow: 'You have no current result to compare it with. Take the quiz, and then compare.',
    finishNow: 'To compare, finish your current quiz first.',
    backToHistory: 'Back to your past results',
  },
} as const;

/** The words of the past results page that say what deleting removes, and what stays. */
export const historyWords = {
  currentHeading: 'Your current result',
  currentStays:
    'This is the result of your current answers. It is not a past result: it stays until you start over, even if you delete every past result.',
  seeYourResult: 'See your result',
  isCurrent: 'your current result',
  noneKept: 'No past results are kept in this browser.',
  deletedStatus: 'Deleted just now',
  deleted: (date: string) => `The result from ${date} was deleted.`,
  undo: 'Undo',
  deleteAll: 'Delete all past results',
  deleteAllQuestion:
    'Delete every past result kept in this browser? Your current answers and result stay until you start over.',
  deleteAllConfirm: 'Yes, delete past results',
  deleteAllCancel: 'Keep them',
} as const;
