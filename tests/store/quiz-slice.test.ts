import { beforeEach, describe, expect, it, vi } from 'vitest';
import { questionBank } from '../../src/engine/index.ts';
import { previousAttempt } from '../../src/store/saved-history.ts';
import { loadPage } from '../load-page.ts';

const key = 'which-tpm:quiz';
const [first, second] = questionBank.questions;
if (!first || !second) throw new Error('The bank needs at least two questions.');
const firstOption = first.options[0]?.id ?? '';
const secondOption = second.options[1]?.id ?? '';

/** Every dated copy of damaged data, oldest first. */
function backups(): string[] {
  return Object.keys(localStorage)
    .filter((name) => name.startsWith(`${key}:damaged-backup:`))
    .sort()
    .map((name) => localStorage.getItem(name) ?? '');
}

function save(state: unknown, version = 1): void {
  localStorage.setItem(key, JSON.stringify({ state, version }));
}

describe('the quiz slice', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty on a first visit, with no notice', async () => {
    const { store, notices } = await loadPage();
    expect(store.getState().quiz.answers).toEqual({});
    expect(notices()).toEqual([]);
  });

  it('saves each answer with the bank version, and restores it on the next visit', async () => {
    const { store } = await loadPage();
    store.getState().answerQuestion(first.id, firstOption, 'full');
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as { state: Record<string, unknown> };
    expect(saved.state).toMatchObject({
      answers: { [first.id]: firstOption },
      bankVersion: questionBank.version,
    });
    expect(saved.state.startedAt).toEqual(expect.any(Number));

    const reloaded = await loadPage();
    expect(reloaded.store.getState().quiz.answers).toEqual({ [first.id]: firstOption });
  });

  it('restarts to nothing', async () => {
    save({ answers: { [first.id]: firstOption }, bankVersion: questionBank.version });
    const { store } = await loadPage();
    store.getState().retake();
    expect(store.getState().quiz.answers).toEqual({});
    expect(store.getState().quiz.startedAt).toBeNull();
  });

  it('survives unreadable storage: starts fresh, says so, and keeps a copy of what was there', async () => {
    localStorage.setItem(key, '{"state": {"answers": {"blank-pa');
    const { store, notices } = await loadPage();
    expect(store.getState().quiz.answers).toEqual({});
    expect(notices()).toEqual([expect.stringMatching(/could not be read/)]);
    expect(backups()).toEqual(['{"state": {"answers": {"blank-pa']);
  });

  it.each([
    { name: 'a number', raw: '42' },
    { name: 'null state', raw: '{"state": null, "version": 1}' },
    { name: 'answers that are a list', raw: '{"state": {"answers": ["a"]}, "version": 1}' },
  ])('treats $name in storage as no saved answers', async ({ raw }) => {
    localStorage.setItem(key, raw);
    const { store } = await loadPage();
    expect(store.getState().quiz.answers).toEqual({});
    store.getState().answerQuestion(first.id, firstOption, 'full');
    expect(store.getState().quiz.answers).toEqual({ [first.id]: firstOption });
  });

  it('keeps the answers it understands from hand-edited storage, and says what it set aside', async () => {
    save({
      answers: {
        [first.id]: firstOption,
        [second.id]: 'not-an-option',
        'no-such-question': 'agree',
        other: 7,
      },
      bankVersion: questionBank.version,
    });
    const { store, notices } = await loadPage();
    expect(store.getState().quiz.answers).toEqual({ [first.id]: firstOption });
    expect(notices()).toEqual([
      '3 saved answers no longer matched a question and were set aside; 1 was kept. A copy of what was set aside is kept in this browser.',
    ]);
    expect(backups().map((copy) => JSON.parse(copy) as unknown)).toEqual([
      { [second.id]: 'not-an-option', 'no-such-question': 'agree', other: 7 },
    ]);
  });

  it.each([
    { field: 'a start time that is not a time', state: { startedAt: 'yesterday' } },
    { field: 'answers that are a list', state: { answers: [firstOption] } },
    { field: 'answer times that are text', state: { answeredAt: { [first.id]: 'now' } } },
    { field: 'a mode it does not know', state: { mode: 'speed-run' } },
  ])(
    'copies everything stored before replacing $field, and says how many answers were kept',
    async ({ state }) => {
      const stored = { answers: { [first.id]: firstOption }, bankVersion: questionBank.version, ...state };
      save(stored);
      const { store, notices } = await loadPage();
      const kept = Object.keys(store.getState().quiz.answers).length;
      expect(notices()).toEqual([
        `Part of your saved answers could not be read, so it was set aside; ${kept === 1 ? '1 answer was kept' : `${kept} answers were kept`}. A copy of everything that was saved is kept in this browser.`,
      ]);
      expect(backups().map((copy) => JSON.parse(copy) as unknown)).toEqual([stored]);
      store.getState().answerQuestion(second.id, secondOption, 'full');
      expect(backups()).toHaveLength(1);
    },
  );

  it('copies a stored state that is not a record of answers before starting fresh', async () => {
    save('answers were here');
    const { store, notices } = await loadPage();
    expect(store.getState().quiz.answers).toEqual({});
    expect(notices()).toEqual([
      'Your saved answers could not be read, so the quiz starts fresh. A copy of what was saved is kept in this browser.',
    ]);
    expect(backups()).toEqual([JSON.stringify('answers were here')]);
  });

  it('keeps answers that still apply after the questions change, and explains the rest', async () => {
    save(
      { answers: { [first.id]: firstOption, [second.id]: secondOption, retired: 'agree' }, bankVersion: 0 },
      0,
    );
    const { store, notices } = await loadPage();
    expect(store.getState().quiz.answers).toEqual({ [first.id]: firstOption, [second.id]: secondOption });
    expect(store.getState().quiz.bankVersion).toBe(questionBank.version);
    expect(notices()[0]).toMatch(/^The questions have changed since your last visit\. 1 saved answer/);
  });

  it('still works when storage throws on every call, and says answers will not be kept', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Storage is disabled', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const { store, notices } = await loadPage();
    store.getState().answerQuestion(first.id, firstOption, 'full');
    store.getState().answerQuestion(second.id, secondOption, 'full');
    expect(store.getState().quiz.answers).toEqual({ [first.id]: firstOption, [second.id]: secondOption });
    expect(notices()).toEqual([
      'This browser is not letting Which TPM? save anything. Your answers and results stay only while this tab is open: if you reload or close it, they are gone.',
    ]);
  });
});

describe('a sitting is one attempt', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the quick check that grew into the full quiz as one past result, and compares with none', async () => {
    const { store } = await loadPage();
    const { answersToward } = await import('../engine/answers.ts');
    const { nextQuestion } = await import('../../src/engine/index.ts');
    const full = answersToward('product');
    store.getState().startQuickCheck();
    for (
      let id = nextQuestion(store.getState().quiz.answers);
      id !== null;
      id = nextQuestion(store.getState().quiz.answers)
    ) {
      store.getState().answerQuestion(id, full[id] ?? '', 'quick');
    }
    expect(store.getState().finishAttempt()).toBe(true);
    expect(store.getState().history.attempts.map((attempt) => attempt.mode)).toEqual(['quick']);

    const opensAt = store.getState().answerTheRest();
    expect(opensAt).toMatchObject({ kind: 'question', mode: 'full' });
    for (const question of questionBank.questions) {
      if (question.kind !== 'background' && !(question.id in store.getState().quiz.answers)) {
        store.getState().answerQuestion(question.id, full[question.id] ?? '', 'full');
      }
    }
    expect(store.getState().finishAttempt()).toBe(true);
    const { attempts } = store.getState().history;
    expect(attempts.map((attempt) => attempt.mode)).toEqual(['full']);
    // "Since last time" has no earlier sitting to compare with.
    const { answers, startedAt } = store.getState().quiz;
    expect(previousAttempt(attempts, { answers, sitting: startedAt })).toBeUndefined();
  });

  it('compares a retake with the sitting before it', async () => {
    const { store } = await loadPage();
    const { answersToward } = await import('../engine/answers.ts');
    const answerAll = (track: 'product' | 'project') => {
      const chosen = answersToward(track);
      for (const question of questionBank.questions)
        store.getState().answerQuestion(question.id, chosen[question.id] ?? '', 'full');
    };
    answerAll('product');
    store.getState().finishAttempt();
    const [first] = store.getState().history.attempts;
    store.getState().retake();
    answerAll('project');
    store.getState().finishAttempt();
    const { attempts } = store.getState().history;
    expect(attempts).toHaveLength(2);
    const { answers, startedAt } = store.getState().quiz;
    expect(previousAttempt(attempts, { answers, sitting: startedAt })?.id).toBe(first?.id);
  });
});
