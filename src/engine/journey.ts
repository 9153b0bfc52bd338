// Where a person goes next. Every screen asks these functions and none works it out for itself: see
// docs/decisions/018-one-journey.md.
import { msg, plural } from '@lingui/core/macro';
import { nextQuestion, quickCheckMinimum, quickCheckPath } from './adaptive.ts';
import { isScored, progressOf } from './answers-input.ts';
import { questionBank } from './bank/index.ts';
import type { Answers, Message, Question, QuestionBank, QuizMode } from './types.ts';

/**
 * A place in the quiz. A question in the full quiz is addressed by its position in the bank; one in the
 * quick check by its step, the n-th question the quick check asked.
 */
export type QuizPlace =
  { kind: 'start' } | { kind: 'question'; mode: QuizMode; step: number } | { kind: 'result' };

/** Where a quiz stands, as the start page, the result and the path page need to know it. */
export type QuizStage =
  | { stage: 'not-started' }
  | {
      stage: 'under-way';
      mode: QuizMode;
      /** Scored questions answered. */
      answered: number;
      /** The question to go on with. */
      resume: QuizPlace;
    }
  | {
      stage: 'finished';
      mode: QuizMode;
      answered: number;
      /** Scored questions still unanswered: more than none after a quick check. */
      toGo: number;
    };

/** One question as the person meets it on the way: what to show, how far along, where each button goes. */
export interface QuestionStop {
  kind: 'question';
  question: Question;
  place: { kind: 'question'; mode: QuizMode; step: number };
  optional: boolean;
  /** The progress bar's name and the page's title: "Question 7 of 36". */
  label: Message;
  progress: { value: number; max: number };
  /** How many questions are left, or what the bar measures when it is not the whole quiz. */
  progressNote: Message | undefined;
  /** True when going on leads to the result. */
  isLast: boolean;
  next: QuizPlace;
  back: QuizPlace;
}

/** What an address in the quiz shows: its question, or where to go instead. */
export type QuestionView = QuestionStop | { kind: 'elsewhere'; to: QuizPlace };

const words = {
  question: (position: number, total: number): Message => msg`Question ${position} of ${total}`,
  optional: (index: number, total: number): Message => msg`Optional question ${index} of ${total}`,
  quick: (step: number): Message => msg`Quick check, question ${step}`,
  moreAfterThis: (count: number): Message =>
    msg`${plural(count, { one: '# more question after this one', other: '# more questions after this one' })}`,
  quickOpening: (minimum: number): Message => msg`First, questions everyone gets: ${minimum} in all.`,
  quickSettling: msg`Every theme asked: a few more to settle it.`,
};

const optionalQuestionsOf = (bank: QuestionBank) => bank.questions.filter((question) => !isScored(question));

/**
 * The quick check's questions so far, in the order it asked them, and the one it asks now (null once it
 * has enough). It reads every answer given: one changed from the list may make the quick check choose
 * differently from then on, but never loses an answer or takes back a result it can still stand by.
 */
function quickCheckSteps(answers: Answers, bank: QuestionBank): { asked: string[]; asking: string | null } {
  const replayed = quickCheckPath(answers, bank).asked;
  const others = bank.questions
    .filter((question) => isScored(question) && Object.hasOwn(answers, question.id))
    .map((question) => question.id)
    .filter((id) => !replayed.includes(id));
  return { asked: [...replayed, ...others], asking: nextQuestion(answers, bank) };
}

function isFinished(answers: Answers, mode: QuizMode, bank: QuestionBank): boolean {
  if (mode === 'quick') return quickCheckSteps(answers, bank).asking === null;
  return progressOf(answers, bank).complete;
}

/**
 * Where a quiz taken in `mode` goes on: its next unanswered question, or the result once it has enough
 * (every scored question answered, or the quick check settled).
 * @example resumePlace({}, 'full'); // { kind: 'question', mode: 'full', step: 1 }
 */
export function resumePlace(answers: Answers, mode: QuizMode, bank: QuestionBank = questionBank): QuizPlace {
  if (mode === 'quick') {
    const { asked, asking } = quickCheckSteps(answers, bank);
    return asking === null ? { kind: 'result' } : { kind: 'question', mode, step: asked.length + 1 };
  }
  const { firstUnanswered } = progressOf(answers, bank);
  return firstUnanswered === null
    ? { kind: 'result' }
    : { kind: 'question', mode, step: firstUnanswered + 1 };
}

/**
 * Where the quiz stands: not started, under way (and where to go on), or finished (and how many scored
 * questions a finished quick check left for "answer the rest").
 * @example quizStage({}, 'full'); // { stage: 'not-started' }
 */
export function quizStage(answers: Answers, mode: QuizMode, bank: QuestionBank = questionBank): QuizStage {
  const progress = progressOf(answers, bank);
  if (progress.answered === 0) return { stage: 'not-started' };
  if (isFinished(answers, mode, bank)) {
    return { stage: 'finished', mode, answered: progress.answered, toGo: progress.total - progress.answered };
  }
  return { stage: 'under-way', mode, answered: progress.answered, resume: resumePlace(answers, mode, bank) };
}

/** True once a quiz taken in `mode` has a result to show. */
export function hasResult(answers: Answers, mode: QuizMode, bank: QuestionBank = questionBank): boolean {
  return quizStage(answers, mode, bank).stage === 'finished';
}

/**
 * What the full quiz shows at position `step`: the question, or where to go when the address is not one
 * the person can be at yet (past the first unanswered question, or an optional one before the rest).
 * Going on leads to the next unanswered question, so "answer the rest" after a quick check walks only
 * the questions still open, and counts them down.
 */
function fullQuizView(answers: Answers, step: number, bank: QuestionBank): QuestionView {
  const question = bank.questions[step - 1];
  const position = (id: string) => bank.questions.findIndex((candidate) => candidate.id === id) + 1;
  const unansweredScored = bank.questions.filter(
    (candidate) => isScored(candidate) && !Object.hasOwn(answers, candidate.id),
  );
  const frontier = unansweredScored[0];
  const answered = (candidate: Question) => Object.hasOwn(answers, candidate.id);
  const reachable =
    question !== undefined &&
    (answered(question) || question === frontier || (!isScored(question) && frontier === undefined));
  if (!reachable) return { kind: 'elsewhere', to: resumePlace(answers, 'full', bank) };

  const laterScored = unansweredScored.find((candidate) => position(candidate.id) > step);
  const laterOptional = optionalQuestionsOf(bank).find(
    (candidate) => position(candidate.id) > step && !answered(candidate),
  );
  // The question on this screen counts as open until it is answered.
  const stillOpen = unansweredScored.filter((candidate) => candidate !== question);
  const nextQuestion = laterScored ?? stillOpen[0] ?? laterOptional;
  const next: QuizPlace = nextQuestion
    ? { kind: 'question', mode: 'full', step: position(nextQuestion.id) }
    : { kind: 'result' };
  const back: QuizPlace = step === 1 ? { kind: 'start' } : { kind: 'question', mode: 'full', step: step - 1 };
  const optional = !isScored(question);
  const place = { kind: 'question', mode: 'full', step } as const;
  if (optional) {
    const optionals = optionalQuestionsOf(bank);
    const index = optionals.findIndex((candidate) => candidate.id === question.id) + 1;
    return {
      kind: 'question',
      question,
      place,
      optional,
      label: words.optional(index, optionals.length),
      progress: { value: index, max: optionals.length },
      progressNote: undefined,
      isLast: next.kind === 'result',
      next,
      back,
    };
  }
  const { total, answered: answeredCount } = progressOf(answers, bank);
  // The open questions after this one, counted down: the count holds while an answer is chosen here,
  // and reads the same whether the person walks straight through or fills in the rest after a quick check.
  const moreAfterThis = stillOpen.length;
  return {
    kind: 'question',
    question,
    place,
    optional,
    label: words.question(position(question.id), total),
    progress: { value: answered(question) ? answeredCount : answeredCount + 1, max: total },
    progressNote: moreAfterThis > 0 ? words.moreAfterThis(moreAfterThis) : undefined,
    isLast: next.kind === 'result',
    next,
    back,
  };
}

/**
 * What the quick check shows at step `step`: the n-th question it asked (replayed from the answers, so
 * Back works), the question it asks now, or once it has enough, the optional questions.
 */
function quickCheckView(answers: Answers, step: number, bank: QuestionBank): QuestionView {
  const { asked, asking } = quickCheckSteps(answers, bank);
  const optionals = asking === null ? optionalQuestionsOf(bank) : [];
  const frontier = asked.length + (asking === null ? optionals.length : 1);
  if (!(step >= 1 && step <= frontier)) return { kind: 'elsewhere', to: resumePlace(answers, 'quick', bank) };
  const byId = (id: string | null | undefined) => bank.questions.find((candidate) => candidate.id === id);
  const question =
    step <= asked.length
      ? byId(asked[step - 1])
      : asking === null
        ? optionals[step - asked.length - 1]
        : byId(asking);
  if (!question) return { kind: 'elsewhere', to: { kind: 'result' } };

  const place = { kind: 'question', mode: 'quick', step } as const;
  const back: QuizPlace =
    step === 1 ? { kind: 'start' } : { kind: 'question', mode: 'quick', step: step - 1 };
  // Once settled, the optional questions not yet answered follow; then the result.
  const laterOptional = optionals.findIndex(
    (candidate, index) => asked.length + index + 1 > step && !Object.hasOwn(answers, candidate.id),
  );
  const next: QuizPlace =
    step < asked.length
      ? { kind: 'question', mode: 'quick', step: step + 1 }
      : asking !== null
        ? { kind: 'question', mode: 'quick', step: asked.length + 1 }
        : laterOptional === -1
          ? { kind: 'result' }
          : { kind: 'question', mode: 'quick', step: asked.length + laterOptional + 1 };
  const optional = !isScored(question);
  if (optional) {
    const index = step - asked.length;
    return {
      kind: 'question',
      question,
      place,
      optional,
      label: words.optional(index, optionals.length),
      progress: { value: index, max: optionals.length },
      progressNote: undefined,
      isLast: next.kind === 'result',
      next,
      back,
    };
  }
  // How long the quick check runs depends on the answers, so the bar measures the one sure part: the
  // questions it always asks. Past that, it says what it is waiting for instead of guessing a total.
  const minimum = quickCheckMinimum(bank);
  return {
    kind: 'question',
    question,
    place,
    optional,
    label: words.quick(step),
    progress: { value: Math.min(step, minimum), max: minimum },
    progressNote: step <= minimum ? words.quickOpening(minimum) : words.quickSettling,
    isLast: next.kind === 'result',
    next,
    back,
  };
}

/**
 * What the address of step `step` in a quiz taken in `mode` shows, with where Next and Back lead.
 * @example questionView({}, 'full', 1).kind; // 'question'
 */
export function questionView(
  answers: Answers,
  mode: QuizMode,
  step: number,
  bank: QuestionBank = questionBank,
): QuestionView {
  return mode === 'quick' ? quickCheckView(answers, step, bank) : fullQuizView(answers, step, bank);
}

/**
 * The questions a person has answered, in the order they met them, each with where to change it: the
 * list behind "Change my answers".
 */
export function answeredQuestions(
  answers: Answers,
  mode: QuizMode,
  bank: QuestionBank = questionBank,
): { question: Question; position: number; optionId: string }[] {
  // The quick check asked in its own order; any other answer follows in the bank's order.
  const asked = mode === 'quick' ? quickCheckSteps(answers, bank).asked : [];
  const order = [...new Set([...asked, ...bank.questions.map((question) => question.id)])];
  return order.flatMap((id) => {
    const position = bank.questions.findIndex((question) => question.id === id);
    const question = bank.questions[position];
    const optionId = answers[id];
    return question && optionId !== undefined ? [{ question, position: position + 1, optionId }] : [];
  });
}
