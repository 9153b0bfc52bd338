/** The two careers the assessment separates. */
export type Track = 'product' | 'project';

/**
 * A sentence for a person to read, as a message in the catalogs: its id and the named values it needs,
 * never its words. Written with the macros of `@lingui/core/macro` (`msg`, `plural`); the screens turn it
 * into words in the page's language, so a result can be shown again in any language. A value may itself
 * be a message (an option's label inside a reason), which is put into words first.
 */
export interface Message {
  readonly id: string;
  /** The English source: present in development and tests, dropped from the production build. */
  readonly message?: string | undefined;
  readonly values?: Readonly<Record<string, unknown>> | undefined;
}

/** The whole quiz in bank order, or the adaptive quick check. */
export type QuizMode = 'full' | 'quick';

/**
 * How a question is asked. `interest` rates how much one role's activity appeals on its own;
 * `agreement`, `choice` and `scenario` measure relative preference; `background` is asked at the end,
 * may be skipped and is never scored.
 */
export type QuestionKind = 'interest' | 'agreement' | 'choice' | 'scenario' | 'background';

/** The two seed articles the role facts come from, by file name. */
export type SeedFile = '000_0bce19b767154173.txt' | '002_3df570e5d625a93c.txt';

/** Public frameworks an option's direction may rest on. */
export type Framework = 'PMBOK 7 performance domains' | 'ISPMA product management areas' | 'Scrum Guide 2020';

/**
 * Why a scored option counts the way it does: a short quote from a seed, or a named public framework
 * and the part of it that supports the direction. The quote and the part stay in English, as their
 * source has them (every language shows them, and the quotes are checked against the seeds);
 * `translation` is the same words as a message, whose English source is exactly the quote or the
 * part, for a page in another language to show next to them, marked as a translation.
 */
export type Evidence =
  | { seed: SeedFile; quote: string; translation: Message }
  | { framework: Framework; part: string; translation: Message };

/**
 * The attributes the seeds compare the roles on. Every attribute is covered by at least two
 * questions; the bank audit prints the coverage table.
 */
export type Attribute =
  | 'focus'
  | 'skills'
  | 'tools'
  | 'responsibilities'
  | 'stakeholders'
  | 'deliverables'
  | 'goal'
  | 'decision-authority'
  | 'success-metrics'
  | 'career-path'
  | 'methods'
  | 'collaboration';

export type DimensionId =
  | 'direction'
  | 'compass'
  | 'uncertainty'
  | 'measure'
  | 'ownership'
  | 'people'
  | 'toolkit'
  | 'career'
  | 'technical';

/**
 * Points an option gives, before the question's weight: positive toward product, negative toward project.
 * Whole numbers keep every sum exact, so a tie is a real tie.
 */
export type Lean = -2 | -1 | 0 | 1 | 2;

export interface Dimension {
  id: DimensionId;
  /** Short name, e.g. "Where you put your effort". */
  name: Message;
  /** What the product pole of this dimension looks like. */
  productPole: Message;
  /** What the project pole of this dimension looks like. */
  projectPole: Message;
  /** The product pole as words that follow "toward" in a sentence, written whole (no case changes). */
  productLean: Message;
  /** The project pole as words that follow "toward" in a sentence. */
  projectLean: Message;
}

/**
 * Why a chosen option counts the way it does, in both persons: `you` for a person's own result, `they`
 * for a result someone shared. Each sentence describes this option and no other.
 */
export interface ReasonText {
  you: Message;
  they: Message;
}

/** An option that leans neither way: it moves no score, so it needs no evidence and gives no reason. */
export interface NeutralOption {
  /** Stable within its question. */
  id: string;
  label: Message;
  lean: 0;
  evidence?: never;
  why?: never;
  reason?: never;
}

/** An option that leans: it cannot be written without its evidence, its why and its reason. */
export interface LeaningOption {
  /** Stable within its question. */
  id: string;
  label: Message;
  lean: Exclude<Lean, 0>;
  evidence: Evidence;
  /** Why this answer counts the way it does, in plain words, for the method page. */
  why: Message;
  /** What a result says about a person who chose this option. */
  reason: ReasonText;
}

export type Option = NeutralOption | LeaningOption;

interface QuestionBase {
  /** Stable across bank versions while the question keeps its meaning. */
  id: string;
  dimension: DimensionId;
  /** The words shown on the question's screen. Quote a question with `quotedPrompt`, not this. */
  prompt: Message;
  /** How much one point of lean counts: scenarios and forced choices say more than self-ratings. */
  weight: number;
  covers: readonly Attribute[];
  options: readonly Option[];
  // Optional on every kind, so any question can be asked for them; the kinds that need one require it.
  role?: Track;
  keyedToward?: Track;
  mirrorOf?: string;
}

/** One everyday activity of `role`, rated on the enjoyment scale under "How much would you enjoy it?". */
export interface InterestQuestion extends QuestionBase {
  kind: 'interest';
  /** The role whose everyday activity the item describes. */
  role: Track;
}

/** A statement rated from "Strongly disagree" to "Strongly agree". */
export interface AgreementQuestion extends QuestionBase {
  kind: 'agreement';
  /** The pole that agreeing points to. */
  keyedToward: Track;
  /**
   * For a statement written as one of a pair that asks the same thing in opposite words: the id of the
   * other. Agreeing strongly with both is a contradiction.
   */
  mirrorOf?: string;
}

/** A forced choice between two activities, or a workplace situation with three or four courses. */
export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice' | 'scenario';
}

/** Asked at the end, may be skipped, and never scored: no option leans (the validator checks it). */
export interface BackgroundQuestion extends QuestionBase {
  kind: 'background';
  /** What the answer is used for, said where the question is asked, since it never changes the result. */
  use: Message;
}

/** A question of the bank; what else it holds depends on its kind. */
export type Question = InterestQuestion | AgreementQuestion | ChoiceQuestion | BackgroundQuestion;

export interface QuestionBank {
  id: string;
  /**
   * Bumped whenever a change would alter the meaning of saved or shared answers; for the app's bank, the
   * newest version in `shareShapes` (docs/decisions/015-share-versions-follow-the-shape.md).
   */
  version: number;
  dimensions: readonly Dimension[];
  questions: readonly Question[];
}

/** Question id -> chosen option id. Any subset of the bank's questions. */
export type Answers = Readonly<Record<string, string>>;

/** How sure the result is, from its stability: a close call, a moderate lean or a clear lean. */
export type Strength = 'close' | 'moderate' | 'clear';

/**
 * How the two interests compare: both high, both low, one clearly higher, about the same, or not known
 * yet (no interest item answered for one of the roles).
 */
export type InterestPattern = 'both' | 'neither' | 'product' | 'project' | 'similar' | 'unknown';

/** How much each role's everyday work appeals on its own, each in [0, 1], from the interest items. */
export interface Interest {
  product: number;
  project: number;
}

export interface DimensionScore {
  id: DimensionId;
  name: Message;
  productPole: Message;
  projectPole: Message;
  productLean: Message;
  projectLean: Message;
  /** In [-1, 1]: +1 is fully product, -1 fully project, 0 balanced or unanswered. */
  score: number;
  answered: number;
  total: number;
}

export interface Reason {
  questionId: string;
  optionId: string;
  dimension: DimensionId;
  toward: Track;
  /** Points this answer moved, after weighting; always positive. */
  size: number;
  /** The question as the person saw it, and the answer they gave, for quoting. */
  prompt: Message;
  answer: Message;
  /** Why this answer points the way it does: `you` for the person's own result, `they` for a shared one. */
  text: ReasonText;
}

export type CautionCode = 'incomplete' | 'straight-lining' | 'inconsistent' | 'same-rating';

/** Where a straight-liner kept clicking: the first option, the last, or the same place in between. */
export type StraightLinePlace = 'first' | 'last' | 'same';

/**
 * Something worth knowing before reading a result, as data: what happened, with the counts and quoted
 * words the copy module needs to say it about the person or about someone else (`cautionText`).
 * `message` is the sentence for the person's own result.
 */
export type Caution =
  | { code: 'incomplete'; message: Message; answered: number; total: number }
  | { code: 'straight-lining'; message: Message; place: StraightLinePlace; count: number; considered: number }
  | {
      code: 'inconsistent';
      message: Message;
      pairs: number;
      /** Whether the pairs were agreed with on both sides, disagreed with on both, or some of each. */
      side: BothSides;
      /** The two statements of the first such pair, as the person read them. */
      statements: readonly [Question['prompt'], Question['prompt']];
    }
  | { code: 'same-rating'; message: Message; rating: Option['label']; count: number };

/** How a person answered both statements of a mirrored pair the same way. */
export type BothSides = 'agreed' | 'disagreed' | 'mixed';

export interface Evaluation {
  track: Track;
  /** In [0, 1]; the project share is 1 - productShare. */
  productShare: number;
  /**
   * The probability, under the retake model in docs/scoring.md, that answers like these give the same
   * track on a retake; for a part of the quiz, at the cautious forecast of the whole (short-form.ts).
   */
  stability: number;
  strength: Strength;
  /** The stability in words, e.g. "In our model of retakes, answers like these could well give the other role." */
  stabilityNote: Message;
  /** The headline: "A close call between the two roles", or "A clear lean toward …". */
  summary: Message;
  /** For a close call, which way it tilts, in words; null otherwise. */
  tilt: Message | null;
  interest: Interest;
  interestPattern: InterestPattern;
  /** The interest pattern in words, e.g. "Both kinds of work appeal to you". */
  interestNote: Message;
  /** Scored questions answered, and in the bank (the optional background questions do not count). */
  answered: number;
  total: number;
  dimensions: readonly DimensionScore[];
  /** Every answer that pushed one way, strongest first. */
  reasons: readonly Reason[];
  cautions: readonly Caution[];
}
