import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import { carriedOverFromVersion1, carriedOverFromVersion2 } from '../../src/engine/bank/index.ts';
import { translate } from '../../src/lib/translate.ts';
import {
  answerAt,
  clearedQuiz,
  emptyQuiz,
  mergeSavedQuiz,
  nextMoment,
  restoreSavedQuiz,
} from '../../src/store/saved-quiz.ts';
import type { SavedQuiz } from '../../src/store/saved-quiz.ts';

const questions = questionBank.questions.slice(0, 5);

/** One thing a person does in one of two tabs, and whether that tab writes and the other hears of it. */
const tabEvent = fc.record({
  tab: fc.constantFrom(0, 1),
  kind: fc.oneof(
    { weight: 12, arbitrary: fc.constant('answer' as const) },
    { weight: 1, arbitrary: fc.constant('restart' as const) },
  ),
  question: fc.nat({ max: questions.length - 1 }),
  option: fc.nat({ max: 3 }),
  /** Milliseconds since the event before: two events never share a moment. */
  gap: fc.integer({ min: 1, max: 5000 }),
  writes: fc.boolean(),
  otherTabHears: fc.boolean(),
});
type TabEvent = typeof tabEvent extends fc.Arbitrary<infer Event> ? Event : never;

function optionOf(event: TabEvent): { questionId: string; optionId: string } {
  const question = questions[event.question];
  if (!question) throw new Error('No such question.');
  const option = question.options[event.option % question.options.length];
  return { questionId: question.id, optionId: option?.id ?? '' };
}

/**
 * Plays the events in two tabs sharing one storage, as synced-storage does: a tab that writes merges
 * with what is stored and keeps the merge; a tab that hears of a write merges it in. At the end both
 * tabs write (the next answer, or a reload would read storage). Returns what storage holds, and, for
 * each question, the last answer given since the last start-over.
 */
function play(events: readonly TabEvent[]): { stored: SavedQuiz; expected: Record<string, string> } {
  const tabs: SavedQuiz[] = [emptyQuiz, emptyQuiz];
  let stored = emptyQuiz;
  let clock = 1_700_000_000_000;
  let expected: Record<string, string> = {};
  for (const event of events) {
    clock += event.gap;
    const tab = tabs[event.tab] ?? emptyQuiz;
    if (event.kind === 'restart') {
      tabs[event.tab] = clearedQuiz(nextMoment(tab, clock));
      expected = {};
    } else {
      const { questionId, optionId } = optionOf(event);
      tabs[event.tab] = answerAt(tab, questionId, optionId, 'full', nextMoment(tab, clock));
      expected[questionId] = optionId;
    }
    if (event.writes) {
      stored = mergeSavedQuiz(stored, tabs[event.tab] ?? emptyQuiz);
      tabs[event.tab] = stored;
      if (event.otherTabHears) tabs[1 - event.tab] = mergeSavedQuiz(tabs[1 - event.tab] ?? emptyQuiz, stored);
    }
  }
  for (const tab of tabs) stored = mergeSavedQuiz(stored, tab);
  return { stored, expected };
}

/** A saved quiz as some tab could hold it: the result of a few events in one tab. */
const savedQuiz = fc
  .array(tabEvent, { maxLength: 12 })
  .map((events) => play(events.map((event) => ({ ...event, tab: 0 }))).stored);

describe('merging two tabs’ answers', () => {
  it('any interleaving of two tabs’ answer events ends with each question’s last answer', () => {
    fc.assert(
      fc.property(fc.array(tabEvent, { maxLength: 40 }), (events) => {
        const { stored, expected } = play(events);
        expect(stored.answers).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('is commutative: which tab merges first makes no difference', () => {
    fc.assert(
      fc.property(savedQuiz, savedQuiz, (first, second) => {
        expect(mergeSavedQuiz(first, second)).toEqual(mergeSavedQuiz(second, first));
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent: merging what is already merged changes nothing', () => {
    fc.assert(
      fc.property(savedQuiz, savedQuiz, (first, second) => {
        const merged = mergeSavedQuiz(first, second);
        expect(mergeSavedQuiz(merged, merged)).toEqual(merged);
        expect(mergeSavedQuiz(merged, first)).toEqual(merged);
        expect(mergeSavedQuiz(merged, second)).toEqual(merged);
      }),
      { numRuns: 1000 },
    );
  });

  it('is associative: three tabs end the same whichever pair merges first', () => {
    fc.assert(
      fc.property(savedQuiz, savedQuiz, savedQuiz, (first, second, third) => {
        expect(mergeSavedQuiz(mergeSavedQuiz(first, second), third)).toEqual(
          mergeSavedQuiz(first, mergeSavedQuiz(second, third)),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the finding that started this: two tabs overwriting each other', () => {
  const [one, two, three] = questions;
  if (!one || !two || !three) throw new Error('The bank needs three questions.');

  it('keeps tab A’s later answers when tab B, which never heard of them, changes an earlier one', () => {
    let tabA = emptyQuiz;
    tabA = answerAt(tabA, one.id, one.options[0]?.id ?? '', 'full', 1000);
    const tabB = answerAt(tabA, one.id, one.options[1]?.id ?? '', 'full', 3000);
    tabA = answerAt(tabA, two.id, two.options[0]?.id ?? '', 'full', 2000);
    tabA = answerAt(tabA, three.id, three.options[0]?.id ?? '', 'full', 4000);
    expect(mergeSavedQuiz(tabA, tabB).answers).toEqual({
      [one.id]: one.options[1]?.id,
      [two.id]: two.options[0]?.id,
      [three.id]: three.options[0]?.id,
    });
  });

  it('reads answers saved before each answer had a time as given at the last save', () => {
    const older: SavedQuiz = {
      ...emptyQuiz,
      answers: { [one.id]: one.options[0]?.id ?? '' },
      updatedAt: 500,
    };
    const newer = answerAt(emptyQuiz, one.id, one.options[1]?.id ?? '', 'full', 600);
    expect(mergeSavedQuiz(older, newer).answers).toEqual({ [one.id]: one.options[1]?.id });
  });

  it('lets a start-over in one tab clear answers given before it, in every tab', () => {
    const tabA = answerAt(emptyQuiz, one.id, one.options[0]?.id ?? '', 'full', 1000);
    const tabB = answerAt(clearedQuiz(2000), two.id, two.options[0]?.id ?? '', 'quick', 3000);
    expect(mergeSavedQuiz(tabA, tabB)).toMatchObject({
      answers: { [two.id]: two.options[0]?.id },
      mode: 'quick',
      clearedAt: 2000,
      startedAt: 3000,
    });
  });
});

describe('restoring progress saved with an earlier set of questions', () => {
  it('keeps from version 1 every answer that still means the same thing, and says what was set aside', () => {
    const restored = restoreSavedQuiz({
      bankVersion: 1,
      answers: {
        'final-say': 'what-and-order', // carried over unchanged
        'blank-page': 'agree', // retired
        'first-document': 'status-report', // an option that was removed
      },
    });
    expect(carriedOverFromVersion1).toContain('final-say');
    expect(restored.value.answers).toEqual({ 'final-say': 'what-and-order' });
    expect(restored.value.bankVersion).toBe(questionBank.version);
    expect(restored.setAside).toEqual({ 'blank-page': 'agree', 'first-document': 'status-report' });
    expect(restored.notice && translate(restored.notice)).toBe(
      'The questions have changed since your last visit. 2 saved answers no longer matched a question and were set aside; 1 was kept. A copy of what was set aside is kept in this browser.',
    );
  });

  it('sets aside answers to the questions version 3 reworded, and keeps those whose words stayed', () => {
    const restored = restoreSavedQuiz({
      bankVersion: 2,
      answers: {
        'customer-slowdowns': 'a-lot', // word for word the same
        'rather-decide-what': 'agree', // word for word the same
        'free-afternoon': 'sketch-future', // reworded as spare-afternoon
        'update-the-client': 'very-much', // reworded as client-weekly-update
      },
    });
    expect(carriedOverFromVersion2).toEqual(
      expect.arrayContaining(['customer-slowdowns', 'rather-decide-what']),
    );
    expect(restored.value.answers).toEqual({ 'customer-slowdowns': 'a-lot', 'rather-decide-what': 'agree' });
    expect(restored.setAside).toEqual({
      'free-afternoon': 'sketch-future',
      'update-the-client': 'very-much',
    });
    expect(restored.notice && translate(restored.notice)).toBe(
      'The questions have changed since your last visit. 2 saved answers no longer matched a question and were set aside; 2 were kept. A copy of what was set aside is kept in this browser.',
    );
  });
});
