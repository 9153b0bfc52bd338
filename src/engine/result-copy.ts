// The sentences the engine writes about a result, in one place and one voice. Plain words: each is
// checked at reading grade 8 or below (tests/engine/tooling/reading-level.test.ts). Each is a message
// (an id and its named values, never words), so a result reads in whichever language the page speaks.
import { msg, plural } from '@lingui/core/macro';
import { quoted } from './message.ts';
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

/**
 * Words from the bank that a sentence quotes or names (a pole, a prompt, an option's label): a message,
 * or plain text where a sample or a test gives one.
 */
export type QuotedWords = Message | string;

/** Quoted words as a value of a message: a message is put into words first, in the same language. */
export function inSentence(words: QuotedWords): string {
  return typeof words === 'string' ? words : quoted(words);
}

/**
 * A message with values the macro cannot name: a share written in ICU as `{share, number, percent}`, so
 * `translate` formats it for the page's language ("70%" in English, "70 %" in Spanish and French).
 */
function withValues(message: Message, values: Readonly<Record<string, unknown>>): Message {
  return { ...message, values: { ...message.values, ...values } };
}

export const trackTitles: Readonly<Record<Track, Message>> = {
  product: msg({ message: 'Technical Product Manager', comment: 'A job title, one of the two roles.' }),
  project: msg({ message: 'Technical Project Manager', comment: 'A job title, one of the two roles.' }),
};

/** The headline of a result. A close call says so, and names no role. */
export function headlineOf(strength: Strength, track: Track, answered: number): Message {
  if (answered === 0) return msg`No answers yet`;
  if (strength === 'close') return msg`A close call between the two roles`;
  const role = quoted(trackTitles[track]);
  return strength === 'clear' ? msg`A clear lean toward ${role}` : msg`A moderate lean toward ${role}`;
}

/** For a close call, which way the answers tilt; null for a moderate or clear lean. */
export function tiltOf(
  strength: Strength,
  track: Track,
  productShare: number,
  answered: number,
  subject: Subject = 'you',
): Message | null {
  if (answered === 0 || strength !== 'close') return null;
  if (productShare === 0.5) {
    return subject === 'you'
      ? msg`Your answers are evenly balanced between the two.`
      : msg({
          message: `Their answers are evenly balanced between the two.`,
          comment: 'On a shared result: said of the person who shared it',
        });
  }
  const role = quoted(trackTitles[track]);
  return subject === 'you'
    ? msg`Your answers tilt a little toward ${role}.`
    : msg({
        message: `Their answers tilt a little toward ${role}.`,
        comment: 'On a shared result: said of the person who shared it',
      });
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
): Message {
  if (answered === 0) {
    return subject === 'you'
      ? msg`Answer a few questions to see where you lean.`
      : msg({
          message: `They have not answered any questions yet.`,
          comment: 'On a shared result: said of the person who shared it',
        });
  }
  const clear = timesIn100(stabilityBands.clear);
  const moderate = timesIn100(stabilityBands.moderate);
  const part = answered < total;
  switch (strength) {
    case 'clear':
      return part
        ? msg`In our model of retakes, we look at the whole quiz these answers point to. It gives the same role again at least ${clear} times in 100.`
        : msg`In our model of retakes, answers that lean this far give the same role again. They do so at least ${clear} times in 100.`;
    case 'moderate':
      return part
        ? msg`In our model of retakes, we look at the whole quiz these answers point to. It gives the same role again ${moderate} to ${clear} times in 100.`
        : msg`In our model of retakes, answers that lean this far give the same role again. They do so ${moderate} to ${clear} times in 100.`;
    case 'close':
      return part
        ? msg`In our model of retakes, we look at the whole quiz these answers point to. It could well give the other role.`
        : msg`In our model of retakes, answers like these could well give the other role.`;
  }
}

const interestNotesFor: Readonly<Record<Subject, Readonly<Record<InterestPattern, Message>>>> = {
  you: {
    both: msg`Both kinds of work appeal to you.`,
    neither: msg`Neither kind of work pulls strongly.`,
    product: msg`The product work appeals to you more than the project work.`,
    project: msg`The project work appeals to you more than the product work.`,
    similar: msg`The two kinds of work appeal to you about the same.`,
    unknown: msg`Rate a few everyday tasks to see how much each kind of work appeals.`,
  },
  they: {
    both: msg({
      message: `Both kinds of work appeal to them.`,
      comment: 'On a shared result: said of the person who shared it',
    }),
    neither: msg({
      message: `Neither kind of work pulls them strongly.`,
      comment: 'On a shared result: said of the person who shared it',
    }),
    product: msg({
      message: `The product work appeals to them more than the project work.`,
      comment: 'On a shared result: said of the person who shared it',
    }),
    project: msg({
      message: `The project work appeals to them more than the product work.`,
      comment: 'On a shared result: said of the person who shared it',
    }),
    similar: msg({
      message: `The two kinds of work appeal to them about the same.`,
      comment: 'On a shared result: said of the person who shared it',
    }),
    unknown: msg({
      message: `They rated too few everyday tasks to show how much each kind of work appeals.`,
      comment: 'On a shared result: said of the person who shared it',
    }),
  },
};

/** The interest pattern in words, for the person's own result. */
export const interestNotes = interestNotesFor.you;

/** The interest pattern in words, about `subject`. */
export function interestNoteOf(pattern: InterestPattern, subject: Subject): Message {
  return interestNotesFor[subject][pattern];
}

/** Words for one interest level in [0, 1], on the scale the questions used. */
export function interestLevelWords(level: number): Message {
  if (level >= 0.875) return msg({ message: 'Very much', comment: 'How much a kind of work appeals.' });
  if (level >= 0.625) return msg({ message: 'A lot', comment: 'How much a kind of work appeals.' });
  if (level >= 0.375) return msg({ message: 'Somewhat', comment: 'How much a kind of work appeals.' });
  if (level >= 0.125) return msg({ message: 'A little', comment: 'How much a kind of work appeals.' });
  return msg({ message: 'Not at all', comment: 'How much a kind of work appeals.' });
}

type Quotes = readonly [QuotedWords, QuotedWords];

/**
 * A pair of statements answered alike, in words: one sentence per way of answering both and per subject,
 * for one pair and for several (the one-pair sentence quotes it as the two statements it is).
 */
function contradictionOf(pairs: number, side: BothSides, statements: Quotes, subject: Subject): Message {
  const first = inSentence(statements[0]);
  const second = inSentence(statements[1]);
  if (subject === 'you') {
    switch (side) {
      case 'agreed':
        return msg`${plural(pairs, {
          1: `You agreed with both of two statements that say opposite things: “${first}” and “${second}”. The two answers cancel out in the result.`,
          other: `You agreed with both sides of # pairs of statements that say opposite things, such as “${first}” and “${second}”. Those answers cancel out in the result.`,
        })}`;
      case 'disagreed':
        return msg`${plural(pairs, {
          1: `You disagreed with both of two statements that say opposite things: “${first}” and “${second}”. The two answers cancel out in the result.`,
          other: `You disagreed with both sides of # pairs of statements that say opposite things, such as “${first}” and “${second}”. Those answers cancel out in the result.`,
        })}`;
      case 'mixed':
        return msg`${plural(pairs, {
          1: `You gave the same answer to both of two statements that say opposite things: “${first}” and “${second}”. The two answers cancel out in the result.`,
          other: `You gave the same answer to both sides of # pairs of statements that say opposite things, such as “${first}” and “${second}”. Those answers cancel out in the result.`,
        })}`;
    }
  }
  switch (side) {
    case 'agreed':
      return msg({
        message: `${plural(pairs, {
          1: `They agreed with both of two statements that say opposite things: “${first}” and “${second}”. The two answers cancel out in the result.`,
          other: `They agreed with both sides of # pairs of statements that say opposite things, such as “${first}” and “${second}”. Those answers cancel out in the result.`,
        })}`,
        comment: 'On a shared result: said of the person who shared it',
      });
    case 'disagreed':
      return msg({
        message: `${plural(pairs, {
          1: `They disagreed with both of two statements that say opposite things: “${first}” and “${second}”. The two answers cancel out in the result.`,
          other: `They disagreed with both sides of # pairs of statements that say opposite things, such as “${first}” and “${second}”. Those answers cancel out in the result.`,
        })}`,
        comment: 'On a shared result: said of the person who shared it',
      });
    case 'mixed':
      return msg({
        message: `${plural(pairs, {
          1: `They gave the same answer to both of two statements that say opposite things: “${first}” and “${second}”. The two answers cancel out in the result.`,
          other: `They gave the same answer to both sides of # pairs of statements that say opposite things, such as “${first}” and “${second}”. Those answers cancel out in the result.`,
        })}`,
        comment: 'On a shared result: said of the person who shared it',
      });
  }
}

/** Where a straight-liner kept clicking, one whole sentence per place and subject. */
function straightLiningOf(
  where: StraightLinePlace,
  count: number,
  answered: number,
  subject: Subject,
): Message {
  if (subject === 'you') {
    switch (where) {
      case 'first':
        return msg`You picked the first option on ${count} of ${answered} choices and statements. So the order of the options may have shaped your result as much as your views did.`;
      case 'last':
        return msg`You picked the last option on ${count} of ${answered} choices and statements. So the order of the options may have shaped your result as much as your views did.`;
      case 'same':
        return msg`You picked the option in the same place on ${count} of ${answered} choices and statements. So the order of the options may have shaped your result as much as your views did.`;
    }
  }
  switch (where) {
    case 'first':
      return msg({
        message: `They picked the first option on ${count} of ${answered} choices and statements. So the order of the options may have shaped their result as much as their views did.`,
        comment: 'On a shared result: said of the person who shared it',
      });
    case 'last':
      return msg({
        message: `They picked the last option on ${count} of ${answered} choices and statements. So the order of the options may have shaped their result as much as their views did.`,
        comment: 'On a shared result: said of the person who shared it',
      });
    case 'same':
      return msg({
        message: `They picked the option in the same place on ${count} of ${answered} choices and statements. So the order of the options may have shaped their result as much as their views did.`,
        comment: 'On a shared result: said of the person who shared it',
      });
  }
}

/**
 * The cautions' sentences. Each says what happened in the answers, never what the person is: a pattern
 * can come from a way of answering as much as from carelessness.
 */
export const cautionMessages = {
  incomplete: (answered: number, total: number, subject: Subject = 'you'): Message =>
    subject === 'you'
      ? msg`You answered ${answered} of ${total} questions. The result uses only those answers, so it is less sure than a full one.`
      : msg({
          message: `They answered ${answered} of ${total} questions. The result uses only those answers, so it is less sure than a full one.`,
          comment: 'On a shared result: said of the person who shared it',
        }),
  straightLining: (
    where: StraightLinePlace,
    count: number,
    answered: number,
    subject: Subject = 'you',
  ): Message => straightLiningOf(where, count, answered, subject),
  inconsistent: (pairs: number, side: BothSides, statements: Quotes, subject: Subject = 'you'): Message =>
    contradictionOf(pairs, side, statements, subject),
  sameRating: (rating: QuotedWords, count: number, subject: Subject = 'you'): Message => {
    const given = inSentence(rating);
    return subject === 'you'
      ? msg`You gave all ${count} tasks the same rating, “${given}”. So your ratings cannot show which work you enjoy more, and your result rests on your other answers.`
      : msg({
          message: `They gave all ${count} tasks the same rating, “${given}”. So their ratings cannot show which work they enjoy more, and their result rests on their other answers.`,
          comment: 'On a shared result: said of the person who shared it',
        });
  },
} as const;

/**
 * A caution as a screen shows it: its sentence about `subject`, and its tone. Answering only part of the
 * quiz is information, not a warning: the quick check stops early by design, and says how to firm the
 * result up. Careless-answer patterns are warnings.
 * @example translate(cautionText({ code: 'incomplete', answered: 9, total: 36 }, 'you', 'quick').text); // 'This quick check used 9 of the 36 questions...'
 */
export function cautionText(
  caution: Caution,
  subject: Subject,
  mode: QuizMode | undefined,
  strength?: Strength,
): { tone: 'info' | 'warning'; text: Message } {
  switch (caution.code) {
    case 'incomplete': {
      const { answered, total } = caution;
      if (subject === 'you' && mode === 'quick') {
        // The quick check stops on a lean that holds, or on a close call that holds (adaptive.ts).
        return {
          tone: 'info',
          text:
            strength === 'close'
              ? msg`This quick check used ${answered} of the ${total} questions. It stopped once more answers were unlikely to move the result out of a close call.`
              : msg`This quick check used ${answered} of the ${total} questions. It stopped once more answers were unlikely to change the role.`,
        };
      }
      return { tone: 'info', text: cautionMessages.incomplete(answered, total, subject) };
    }
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

/**
 * The words around a result that depend on whose result it is, each written whole for both. A share in
 * a sentence is a number from 0 to 1, formatted as a percentage in the page's language.
 */
export const resultWords = {
  you: {
    eyebrow: msg`Your result`,
    warningsHeading: msg`Worth knowing about your answers`,
    interestLabel: msg({ message: 'Interest', comment: 'A label: how much a role’s everyday work appeals.' }),
    noSupporting: msg`None of your answers leaned this way; the result comes from the tie rule.`,
    noOpposing: (other: Track, share: number): Message => {
      const role = quoted(trackTitles[other]);
      return share > 0
        ? withValues(
            msg({
              message:
                'None of your answers pointed toward {role}. Its {share, number, percent} of the answer points comes from answers that did not lean all the way, which share their points with both sides.',
            }),
            { role, share },
          )
        : msg`None of your answers pointed toward ${role}.`;
    },
    answerPoints: msg`Middle answers give points to both sides.`,
    themesHeading: msg`Your answers, theme by theme`,
    chartTitle: (themes: number): Message =>
      msg`${plural(themes, { one: 'Where you stand on its # theme', other: 'Where you stand on each of the # themes' })}`,
    actionsHeading: msg`Keep, share or change your result`,
  },
  they: {
    eyebrow: msg({
      message: `A shared result`,
      comment: 'On a shared result: said of the person who shared it',
    }),
    warningsHeading: msg({
      message: `Worth knowing about their answers`,
      comment: 'On a shared result: said of the person who shared it',
    }),
    interestLabel: msg({ message: 'Interest', comment: 'A label: how much a role’s everyday work appeals.' }),
    noSupporting: msg({
      message: `None of their answers leaned this way; the result comes from the tie rule.`,
      comment: 'On a shared result: said of the person who shared it',
    }),
    noOpposing: (other: Track, share: number): Message => {
      const role = quoted(trackTitles[other]);
      return share > 0
        ? withValues(
            msg({
              message:
                'None of their answers pointed toward {role}. Its {share, number, percent} of the answer points comes from answers that did not lean all the way, which share their points with both sides.',
              comment: 'On a shared result: said of the person who shared it',
            }),
            { role, share },
          )
        : msg({
            message: `None of their answers pointed toward ${role}.`,
            comment: 'On a shared result: said of the person who shared it',
          });
    },
    answerPoints: msg`Middle answers give points to both sides.`,
    themesHeading: msg({
      message: `Their answers, theme by theme`,
      comment: 'On a shared result: said of the person who shared it',
    }),
    chartTitle: (themes: number): Message =>
      msg({
        message: `${plural(themes, { one: 'Where they stand on its # theme', other: 'Where they stand on each of the # themes' })}`,
        comment: 'On a shared result: said of the person who shared it',
      }),
    actionsHeading: msg({
      message: `Take the quiz, or compare`,
      comment: 'On a shared result: said of the person who shared it',
    }),
  },
} as const satisfies Record<Subject, unknown>;

/**
 * The themes' names about someone else. The bank names each theme for the person answering ("Where you
 * put your effort"); a shared result needs the same name about them, written whole.
 */
export const themeNamesAboutThem: Readonly<Record<DimensionId, Message>> = {
  direction: msg({
    message: `Where they put their effort`,
    comment: 'On a shared result: said of the person who shared it',
  }),
  compass: msg({
    message: `What they steer by`,
    comment: 'On a shared result: said of the person who shared it',
  }),
  uncertainty: msg({
    message: `How they handle the unknown`,
    comment: 'On a shared result: said of the person who shared it',
  }),
  measure: msg({
    message: `How they judge success`,
    comment: 'On a shared result: said of the person who shared it',
  }),
  ownership: msg({
    message: `What they want to own`,
    comment: 'On a shared result: said of the person who shared it',
  }),
  people: msg({
    message: `Who they work with most`,
    comment: 'On a shared result: said of the person who shared it',
  }),
  toolkit: msg({
    message: `Their tools and methods`,
    comment: 'On a shared result: said of the person who shared it',
  }),
  career: msg({
    message: `Where they want to grow`,
    comment: 'On a shared result: said of the person who shared it',
  }),
  technical: msg({
    message: `Their part in technical work`,
    comment: 'On a shared result: said of the person who shared it',
  }),
};

/**
 * Poles the bank words for the person answering, written about someone else. Poles not listed here read
 * the same for both (a test checks that none of them says "you").
 */
const polesAboutThem: Readonly<Partial<Record<DimensionId, Readonly<Partial<Record<Track, Message>>>>>> = {
  uncertainty: {
    product: msg({
      message: `Exploring: learning their way through ambiguity`,
      comment: 'On a shared result: said of the person who shared it',
    }),
  },
};

/** The words of a theme that speak about a person, as the bank holds them. */
interface ThemeWords {
  id: DimensionId;
  name: QuotedWords;
  productPole: QuotedWords;
  projectPole: QuotedWords;
}

/** A theme with its name and poles written about someone else. */
export type ThemeAboutThem<Theme extends ThemeWords> = Omit<Theme, 'name' | 'productPole' | 'projectPole'> & {
  name: Message;
  productPole: Message | Theme['productPole'];
  projectPole: Message | Theme['projectPole'];
};

/**
 * A theme's words about `subject`: the bank's own for "you"; for "they", its name and poles written about
 * them. The score, counts and the words that follow "toward" are unchanged.
 * @example translate(themeAbout(evaluate({}).dimensions[0], 'they').name); // 'Where they put their effort'
 */
export function themeAbout<Theme extends ThemeWords>(dimension: Theme, subject: 'you'): Theme;
export function themeAbout<Theme extends ThemeWords>(
  dimension: Theme,
  subject: Subject,
): Theme | ThemeAboutThem<Theme>;
export function themeAbout<Theme extends ThemeWords>(
  dimension: Theme,
  subject: Subject,
): Theme | ThemeAboutThem<Theme> {
  if (subject === 'you') return dimension;
  const poles = polesAboutThem[dimension.id];
  return {
    ...dimension,
    name: themeNamesAboutThem[dimension.id],
    productPole: poles?.product ?? dimension.productPole,
    projectPole: poles?.project ?? dimension.projectPole,
  };
}

/**
 * For someone else's result: what one quoted answer counts toward. The reason texts in the bank speak to
 * the person who answered, so a shared result quotes the answer and says only which way it counts.
 */
export function answerCountsToward(track: Track): Message {
  const role = quoted(trackTitles[track]);
  return msg`That answer counts toward ${role}.`;
}

/**
 * The quick check's offer to firm up the result, as one sentence whose first words are a button: the
 * screen renders `<0>…</0>` as the button that goes on to the questions left.
 */
export function answerTheRestWords(left: number): Message {
  return msg({
    message: plural(left, {
      1: '<0>Answer the last question</0> to firm up your result. Your answers so far are kept.',
      other: '<0>Answer the other # questions</0> to firm up your result. Your answers so far are kept.',
    }),
    comment: '<0>…</0> is a button that opens the questions the quick check did not ask.',
  });
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
): Message {
  const role = quoted(trackTitles[flipsTo]);
  if (settled) {
    return msg`No small change would flip your result. ${role} would come out ahead only if you changed at least ${count} of your ${answered} answers.`;
  }
  if (exact || count === 1) {
    return msg`${plural(count, {
      1: `If you had answered this one question another way, ${role} would come out ahead.`,
      other: `If you had answered these # questions another way, ${role} would come out ahead.`,
    })}`;
  }
  return msg`${plural(count, {
    1: `If you had answered this one question another way, ${role} would come out ahead.`,
    other: `If you had answered these # questions another way, ${role} would come out ahead. One change fewer would leave a tie, which the tie rule gives back to your role.`,
  })}`;
}

/**
 * How the lean moved since the last attempt. Shares are whole percentages of the answer points toward
 * product, the figure the result shows; "points" alone always means answer points, never a difference.
 * The sentence formats them for the page's language.
 */
export function shiftSentence(from: number, to: number, trackBefore: Track, trackAfter: Track): Message {
  const shares = { from: from / 100, to: to / 100 };
  const before = quoted(trackTitles[trackBefore]);
  const after = quoted(trackTitles[trackAfter]);
  const changed = trackBefore !== trackAfter;
  if (from === to) {
    return withValues(
      changed
        ? msg({
            message:
              'Your answers lean the same way as last time: {to, number, percent} of the answer points on the product side. The role your answers lean to changed from {before} to {after}.',
          })
        : msg({
            message:
              'Your answers lean the same way as last time: {to, number, percent} of the answer points on the product side.',
          }),
      { ...shares, before, after },
    );
  }
  const toward = quoted(trackTitles[to > from ? 'product' : 'project']);
  return withValues(
    changed
      ? msg({
          message:
            'Since last time, your answers moved toward {toward}. The product side went from {from, number, percent} to {to, number, percent} of the answer points. The role your answers lean to changed from {before} to {after}.',
        })
      : msg({
          message:
            'Since last time, your answers moved toward {toward}. The product side went from {from, number, percent} to {to, number, percent} of the answer points.',
        }),
    { ...shares, toward, before, after },
  );
}

/** What a result was, as data: what its headline and name are written from. */
/**
 * A result's name in a line or a title: its role, or for a close call the headline that says so and names
 * no role, as the result page does.
 * @example translate(resultNameOf('close', 'product')); // 'A close call between the two roles'
 */
export function resultNameOf(strength: Strength, track: Track): Message {
  return strength === 'close' ? headlineOf(strength, track, 1) : trackTitles[track];
}
