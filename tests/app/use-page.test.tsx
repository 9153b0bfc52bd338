import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The hook remembers, per page load, whether a page was already shown; each test gets a fresh module.
async function loadHook() {
  vi.resetModules();
  return (await import('../../src/app/use-page.ts')).useHeadingFocus;
}

describe('useHeadingFocus', () => {
  beforeEach(() => {
    delete document.documentElement.dataset.interactive;
  });

  it('leaves focus alone on the first page but marks the document interactive, then focuses each new page', async () => {
    const useHeadingFocus = await loadHook();
    function Page({ name }: { name: string }) {
      const ref = useHeadingFocus<HTMLHeadingElement>(name);
      return (
        <h1 ref={ref} tabIndex={-1}>
          {name}
        </h1>
      );
    }
    const { rerender } = render(<Page name="First" />);
    expect(screen.getByRole('heading', { name: 'First' })).not.toHaveFocus();
    expect(document.documentElement.dataset.interactive).toBe('true');

    rerender(<Page name="Second" />);
    expect(screen.getByRole('heading', { name: 'Second' })).toHaveFocus();
  });
});
