import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  chooseLanguage,
  chosenLanguage,
  languageStorageKey,
  quizMayBeKept,
  quizStorageKey,
  unsavedNoteKey,
} from '../../src/lib/storage-keys.ts';

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

describe('the chosen language', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('is none until one is chosen, then the last one chosen', () => {
    expect(chosenLanguage()).toBeNull();
    chooseLanguage('es');
    chooseLanguage('pt-BR');
    expect(chosenLanguage()).toBe('pt-BR');
    expect(localStorage.getItem(languageStorageKey)).toBe('pt-BR');
  });

  it('is none, and choosing throws nothing, when storage cannot be used', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(() => chooseLanguage('de')).not.toThrow();
    expect(chosenLanguage()).toBeNull();
  });
});
