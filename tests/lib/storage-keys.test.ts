import { afterEach, describe, expect, it, vi } from 'vitest';
import { quizMayBeKept, quizStorageKey, unsavedNoteKey } from '../../src/lib/storage-keys.ts';

describe('quizMayBeKept', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    vi.restoreAllMocks();
  });

  it('is false in a browser that holds nothing of the quiz', () => {
    localStorage.setItem('which-tpm:history', '{}');
    expect(quizMayBeKept()).toBe(false);
  });

  it('is true when answers are saved', () => {
    localStorage.setItem(quizStorageKey, '{}');
    expect(quizMayBeKept()).toBe(true);
  });

  it('is true when a note says answers could not be saved', () => {
    sessionStorage.setItem(unsavedNoteKey(quizStorageKey), '3');
    expect(quizMayBeKept()).toBe(true);
  });

  it('is true when storage cannot be read, so the app loads and explains', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    expect(quizMayBeKept()).toBe(true);
  });
});
