import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// Lazy screens load on first use; on a busy two-core machine that can take more than a second.
configure({ asyncUtilTimeout: 5000 });

// jsdom does not implement scrolling and says so on every route change; the layout's scroll to the top
// is not what these tests check.
window.scrollTo = () => undefined;

// A React warning is a bug: any console.error fails the test that caused it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});
