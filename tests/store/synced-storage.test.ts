import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { questionBank } from '../../src/engine/index.ts';
import type { Question } from '../../src/engine/index.ts';
import { translate } from '../../src/lib/translate.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { quizDocument } from '../../src/store/quiz-slice.ts';
import { answerAt, clearedQuiz, emptyQuiz } from '../../src/store/saved-quiz.ts';
import type { SavedQuiz } from '../../src/store/saved-quiz.ts';
import { syncWithStorage } from '../../src/store/synced-storage.ts';

const key = quizDocument.key;
const [one, two, three] = questionBank.questions;
if (!one || !two || !three) throw new Error('The bank needs three questions.');
const option = (question: Question, index = 0) => question.options[index]?.id ?? '';

/** A tab: its own store, holding the quiz alone, synced with the one localStorage every tab shares. */
function openTab() {
  const store = createStore<SavedQuiz>()(() => emptyQuiz);
  const sync = syncWithStorage(store, quizDocument, {
    pick: (state) => state,
    put: (quiz) => quiz,
    notify: (text, action) => useAppStore.getState().addNotice(text, action),
  });
  const answer = (question: Question, index = 0, at = Date.now()) =>
    store.setState(answerAt(store.getState(), question.id, option(question, index), 'full', at));
  return { store, sync, answer };
}

/** The words of every notice shown, in the active language (English in tests). */
function notices(): string[] {
  return useAppStore.getState().notices.map((notice) => translate(notice.text));
}

function backups(): string[] {
  return Object.keys(localStorage)
    .filter((name) => name.startsWith(`${key}:damaged-backup:`))
    .sort()
    .map((name) => localStorage.getItem(name) ?? '');
}

function storedAnswers(): unknown {
  return (JSON.parse(localStorage.getItem(key) ?? '{}') as { state?: { answers?: unknown } }).state?.answers;
}

describe('syncing a store with storage', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    useAppStore.setState(useAppStore.getInitialState(), true);
  });

  it('merges a write with what another tab stored since, so neither tab’s answers are lost', () => {
    const tabA = openTab();
    const tabB = openTab();
    tabA.answer(one, 0, 1000);
    tabA.answer(two, 0, 2000);
    tabB.answer(one, 1, 3000);
    expect(storedAnswers()).toEqual({ [one.id]: option(one, 1), [two.id]: option(two) });
    expect(tabB.store.getState().answers).toEqual({ [one.id]: option(one, 1), [two.id]: option(two) });
  });

  it('takes in another tab’s write as soon as the browser reports it', () => {
    const tabB = openTab();
    localStorage.setItem(
      key,
      JSON.stringify({ state: answerAt(emptyQuiz, three.id, option(three), 'quick', 5000), version: 1 }),
    );
    window.dispatchEvent(
      new StorageEvent('storage', { key, newValue: localStorage.getItem(key), storageArea: localStorage }),
    );
    expect(tabB.store.getState()).toMatchObject({ answers: { [three.id]: option(three) }, mode: 'quick' });
  });

  it('reads a newer format, says so, and never rewrites it', () => {
    const newer = JSON.stringify({
      state: { answers: { [one.id]: option(one) }, answeredAt: { [one.id]: 10 }, futureField: [1, 2] },
      version: 2,
    });
    localStorage.setItem(key, newer);
    const tab = openTab();
    expect(tab.store.getState().answers).toEqual({ [one.id]: option(one) });
    tab.answer(two);
    expect(tab.store.getState().answers).toEqual({ [one.id]: option(one), [two.id]: option(two) });
    expect(localStorage.getItem(key)).toBe(newer);
    expect(tab.sync.status()).toBe('newer');
    expect(notices()).toEqual([translate(quizDocument.messages.newer)]);
  });

  it('keeps every damaged value in its own dated copy', () => {
    localStorage.setItem(key, 'first damage');
    openTab().answer(one);
    localStorage.setItem(key, 'second damage');
    openTab();
    expect(backups()).toEqual(['first damage', 'second damage']);
    expect(notices()).toEqual([translate(quizDocument.messages.unreadable)]);
  });

  it('leaves a damaged value where it is when no copy can be made, until the person decides', () => {
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, name, value) {
      if (name.includes('backup')) throw new DOMException('Full', 'QuotaExceededError');
      setItem.call(this, name, value);
    });
    localStorage.setItem(key, '{"state":{"answers":{"broken');
    const tab = openTab();
    tab.answer(one);
    expect(localStorage.getItem(key)).toBe('{"state":{"answers":{"broken');
    expect(tab.sync.status()).toBe('damaged');
    const [notice] = useAppStore.getState().notices;
    expect(notice?.text).toBe(quizDocument.messages.noRoom);
    expect(notices()[0]).not.toMatch(/copy .* is kept/);

    notice?.action?.run();
    expect(storedAnswers()).toEqual({ [one.id]: option(one) });
  });

  it('says exactly what is lost when writes fail, and says it again after a reload lost answers', () => {
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, name, value) {
      if (this === localStorage) throw new DOMException('Full', 'QuotaExceededError');
      setItem.call(this, name, value);
    });
    const tab = openTab();
    tab.answer(one);
    tab.answer(two);
    expect(notices()).toEqual([translate(quizDocument.messages.unsaved)]);

    useAppStore.setState(useAppStore.getInitialState(), true);
    openTab();
    expect(notices()).toEqual([
      '2 answers you gave before the page reloaded could not be saved, so they are gone.',
    ]);
  });

  it('copies a damaged value once, however many times a page loads it', () => {
    localStorage.setItem(key, 'the same damage');
    for (let load = 0; load < 4; load++) openTab();
    expect(backups()).toEqual(['the same damage']);
    expect(notices()).toEqual([translate(quizDocument.messages.unreadable)]);
  });

  it('makes room for a write by removing only backups that repeat what is kept elsewhere', () => {
    localStorage.setItem(`${key}:damaged-backup:2026-01-01T00:00:00.000Z`, 'old damage');
    localStorage.setItem(`${key}:damaged-backup:2026-01-02T00:00:00.000Z`, 'old damage');
    localStorage.setItem(`${key}:damaged-backup:2026-01-03T00:00:00.000Z`, 'other damage');
    localStorage.setItem('which-tpm:history', 'history damage');
    localStorage.setItem('which-tpm:history:damaged-backup:2026-01-01T00:00:00.000Z', 'history damage');
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, name, value) {
      // Full until a backup is removed.
      if (this === localStorage && this.length >= 5) throw new DOMException('Full', 'QuotaExceededError');
      setItem.call(this, name, value);
    });
    const tab = openTab();
    tab.answer(one);
    expect(storedAnswers()).toEqual({ [one.id]: option(one) });
    expect(backups()).toEqual(['old damage', 'other damage']);
    expect(localStorage.getItem('which-tpm:history')).toBe('history damage');
    expect(notices()).toEqual([]);
  });

  it('counts changed answers, not only added ones, after a reload lost them', () => {
    const tab = openTab();
    const now = Date.now();
    tab.answer(one, 0, now + 1);
    tab.answer(two, 0, now + 2);
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, name, value) {
      if (this === localStorage) throw new DOMException('Full', 'QuotaExceededError');
      setItem.call(this, name, value);
    });
    tab.answer(one, 1, now + 3);
    tab.answer(two, 1, now + 4);
    useAppStore.setState(useAppStore.getInitialState(), true);
    openTab();
    expect(notices()).toEqual([
      '2 answers you gave before the page reloaded could not be saved, so they are gone.',
    ]);
  });

  it('notes answers given over a newer version’s data, and counts them after a reload', () => {
    localStorage.setItem(key, JSON.stringify({ state: { answers: {} }, version: 2 }));
    const tab = openTab();
    tab.answer(one);
    tab.answer(two);
    useAppStore.setState(useAppStore.getInitialState(), true);
    openTab();
    expect(notices()).toEqual([
      translate(quizDocument.messages.newer),
      '2 answers you gave before the page reloaded could not be saved, so they are gone.',
    ]);
  });

  it('says so when another tab started over, and not when it only answered', () => {
    // Later than anything the tabs of earlier tests (still listening) hold, so only these answers count.
    const later = Date.now() + 60_000;
    const tab = openTab();
    tab.answer(one, 0, later);
    const other = JSON.stringify({
      state: answerAt(emptyQuiz, two.id, option(two), 'full', later + 1),
      version: 1,
    });
    localStorage.setItem(key, other);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: other, storageArea: localStorage }));
    expect(notices()).toEqual([]);
    const restarted = JSON.stringify({ state: clearedQuiz(later + 2), version: 1 });
    localStorage.setItem(key, restarted);
    window.dispatchEvent(
      new StorageEvent('storage', { key, newValue: restarted, storageArea: localStorage }),
    );
    expect(tab.store.getState().answers).toEqual({});
    expect(notices()).toEqual([
      'You started over in another tab. Your earlier answers are gone from this browser, so the quiz begins again at question 1.',
    ]);
  });

  it('writes nothing while loading, even what it would tidy', () => {
    const legacy = JSON.stringify({
      state: { answers: { [one.id]: option(one) }, bankVersion: 0 },
      version: 1,
    });
    localStorage.setItem(key, legacy);
    const before = { ...localStorage };
    openTab();
    expect({ ...localStorage }).toEqual(before);
  });
});
