import { describe, expect, it } from 'vitest';
import {
  answeredQuestions,
  hasResult,
  isScored,
  nextQuestion,
  questionBank,
  questionView,
  quickCheckMinimum,
  quizStage,
  resumePlace,
} from '../../src/engine/index.ts';
import type { Answers, Message, QuestionStop, QuizPlace } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { answersToward } from './answers.ts';

/** A note in English, or none. */
const english = (note: Message | undefined) => note && translate(note);

const scored = questionBank.questions.filter(isScored);
const optional = questionBank.questions.filter((question) => !isScored(question));
const total = scored.length;
const positionOf = (id: string) => questionBank.questions.findIndex((question) => question.id === id) + 1;

/** The quick check taken to its end, answering toward product; the optional questions left unanswered. */
function finishedQuickCheck(): Answers {
  const full = answersToward('product');
  const answers: Record<string, string> = {};
  for (let id = nextQuestion(answers); id !== null; id = nextQuestion(answers)) {
    answers[id] = full[id] ?? '';
  }
  return answers;
}

function stopAt(answers: Answers, mode: 'full' | 'quick', step: number): QuestionStop {
  const view = questionView(answers, mode, step);
  if (view.kind !== 'question') throw new Error(`Step ${step} is not a question: ${JSON.stringify(view)}`);
  return view;
}

/** Walks a quiz from `place` pressing Next, answering toward product, until the result. */
function walk(answers: Record<string, string>, mode: 'full' | 'quick', from: QuizPlace): QuestionStop[] {
  const full = answersToward('product');
  const seen: QuestionStop[] = [];
  for (let place = from; place.kind === 'question';) {
    const stop = stopAt(answers, mode, place.step);
    seen.push(stop);
    if (stop.optional === false) answers[stop.question.id] = full[stop.question.id] ?? '';
    place = stopAt(answers, mode, place.step).next;
    if (seen.length > 100) throw new Error('The walk never reached the result.');
  }
  return seen;
}

describe('where the quiz stands', () => {
  it('is not started with no answers, and the full quiz and the quick check both open at step 1', () => {
    expect(quizStage({}, 'full')).toEqual({ stage: 'not-started' });
    expect(resumePlace({}, 'full')).toEqual({ kind: 'question', mode: 'full', step: 1 });
    expect(resumePlace({}, 'quick')).toEqual({ kind: 'question', mode: 'quick', step: 1 });
  });

  it('calls a finished quick check finished, with the scored questions it left for the rest', () => {
    const answers = finishedQuickCheck();
    const answered = Object.keys(answers).length;
    expect(quizStage(answers, 'quick')).toEqual({
      stage: 'finished',
      mode: 'quick',
      answered,
      toGo: total - answered,
    });
    expect(hasResult(answers, 'quick')).toBe(true);
    // The same answers are only part of the full quiz.
    expect(quizStage(answers, 'full')).toMatchObject({ stage: 'under-way', answered });
    expect(hasResult(answers, 'full')).toBe(false);
  });

  it('resumes a full quiz at its first unanswered question, and at the result once all are answered', () => {
    const answers = answersToward('project', scored.slice(0, 5));
    expect(quizStage(answers, 'full')).toEqual({
      stage: 'under-way',
      mode: 'full',
      answered: 5,
      resume: { kind: 'question', mode: 'full', step: 6 },
    });
    expect(resumePlace(answersToward('project', scored), 'full')).toEqual({ kind: 'result' });
  });
});

describe('the full quiz, step by step', () => {
  it('walks straight through: Question n of the total, the optional ones last, then the result', () => {
    const stops = walk({}, 'full', { kind: 'question', mode: 'full', step: 1 });
    expect(stops.map((stop) => translate(stop.label))).toEqual([
      ...scored.map((_, index) => `Question ${index + 1} of ${total}`),
      ...optional.map((_, index) => `Optional question ${index + 1} of ${optional.length}`),
    ]);
    expect(stops.map((stop) => english(stop.progressNote))).toEqual([
      ...scored.map((_, index) =>
        total - index - 1 === 0
          ? undefined
          : total - index - 1 === 1
            ? '1 more question after this one'
            : `${total - index - 1} more questions after this one`,
      ),
      ...optional.map(() => undefined),
    ]);
    expect(stops.at(-1)?.isLast).toBe(true);
    expect(stops.slice(0, -1).some((stop) => stop.isLast)).toBe(false);
  });

  it('answers the rest after a quick check: only the open questions, from the first, counting down', () => {
    const answers = { ...finishedQuickCheck() };
    const open = scored.filter((question) => !Object.hasOwn(answers, question.id));
    const stops = walk(answers, 'full', resumePlace(answers, 'full'));
    const asked = stops.filter((stop) => !stop.optional);
    expect(asked.map((stop) => stop.question.id)).toEqual(open.map((question) => question.id));
    expect(asked[0]?.place.step).toBe(positionOf(open[0]?.id ?? ''));
    // Each step says how many are left, one fewer each time, down to the last.
    expect(asked.map((stop) => english(stop.progressNote))).toEqual(
      open.map((_, index) =>
        open.length - index - 1 === 0
          ? undefined
          : open.length - index - 1 === 1
            ? '1 more question after this one'
            : `${open.length - index - 1} more questions after this one`,
      ),
    );
    expect(asked.map((stop) => stop.progress.value)).toEqual(
      open.map((_, index) => total - open.length + index + 1),
    );
  });

  it('lets the person open an answered question and the first open one, and sends any other step there', () => {
    const answers = answersToward('product', scored.slice(0, 3));
    expect(stopAt(answers, 'full', 2).question.id).toBe(scored[1]?.id);
    expect(stopAt(answers, 'full', 4).question.id).toBe(scored[3]?.id);
    expect(questionView(answers, 'full', 9)).toEqual({
      kind: 'elsewhere',
      to: { kind: 'question', mode: 'full', step: 4 },
    });
    expect(questionView(answers, 'full', positionOf(optional[0]?.id ?? ''))).toMatchObject({
      kind: 'elsewhere',
    });
  });
});

describe('the quick check, step by step', () => {
  it('goes from its last question to the optional ones, then the result, skipping those already answered', () => {
    const answers = finishedQuickCheck();
    const asked = Object.keys(answers).length;
    expect(stopAt(answers, 'quick', asked).next).toEqual({
      kind: 'question',
      mode: 'quick',
      step: asked + 1,
    });
    const firstOptional = optional[0];
    if (!firstOptional) throw new Error('no optional questions');
    const withOptional = { ...answers, [firstOptional.id]: firstOptional.options[0]?.id ?? '' };
    expect(stopAt(withOptional, 'quick', asked).next).toEqual({
      kind: 'question',
      mode: 'quick',
      step: asked + 2,
    });
    const allOptional = {
      ...withOptional,
      ...Object.fromEntries(optional.map((q) => [q.id, q.options[0]?.id ?? ''])),
    };
    expect(stopAt(allOptional, 'quick', asked)).toMatchObject({ isLast: true, next: { kind: 'result' } });
  });

  it('names each step by its place in the quick check, and says what the bar measures', () => {
    const answers = finishedQuickCheck();
    const asked = Object.keys(answers).length;
    const minimum = quickCheckMinimum();
    const first = stopAt(answers, 'quick', 1);
    expect(translate(first.label)).toBe('Quick check, question 1');
    expect(english(first.progressNote)).toBe(`First, questions everyone gets: ${minimum} in all.`);
    expect(asked).toBeGreaterThan(minimum);
    expect(english(stopAt(answers, 'quick', minimum + 1).progressNote)).toBe(
      'Every theme asked: a few more to settle it.',
    );
    const optionalStop = stopAt(answers, 'quick', asked + 1);
    expect(translate(optionalStop.label)).toBe(`Optional question 1 of ${optional.length}`);
    expect(optionalStop.progressNote).toBeUndefined();
  });
});

describe('a changed answer in a finished quick check', () => {
  it('reads every answer given: changing the first keeps every answer, and either keeps the result or asks one more', () => {
    const answers = finishedQuickCheck();
    const [firstId] = Object.keys(answers);
    const first = questionBank.questions.find((question) => question.id === firstId);
    const middle = first?.options.find((option) => option.lean === 0) ?? first?.options[1];
    if (!first || !middle) throw new Error('no first question');
    const changed = { ...answers, [first.id]: middle.id };
    expect(
      answeredQuestions(changed, 'quick')
        .map((entry) => entry.question.id)
        .sort(),
    ).toEqual(Object.keys(answers).sort());
    const onwards = resumePlace(changed, 'quick');
    if (hasResult(changed, 'quick')) {
      expect(onwards).toEqual({ kind: 'result' });
    } else {
      const count = Object.keys(changed).length;
      expect(onwards).toEqual({ kind: 'question', mode: 'quick', step: count + 1 });
      const asking = stopAt(changed, 'quick', count + 1).question;
      expect(Object.hasOwn(changed, asking.id)).toBe(false);
    }
  });
});

describe('the list behind "Change my answers"', () => {
  it('lists every answer once, the quick check’s in the order it asked them', () => {
    const answers = finishedQuickCheck();
    const listed = answeredQuestions(answers, 'quick');
    expect(listed.map((entry) => entry.question.id)).toEqual(Object.keys(answers));
    expect(
      listed.every((entry) => questionBank.questions[entry.position - 1]?.id === entry.question.id),
    ).toBe(true);
    expect(answeredQuestions(answersToward('product'), 'full')).toHaveLength(questionBank.questions.length);
  });
});
