import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The hook remembers, per page load, whether a page was already shown; each test gets a fresh module.
async function loadHook() {
  vi.resetModules();
  return (await import('../../src/lib/use-page.ts')).useHeadingFocus;
}

function Page({ name, useHeadingFocus }: { name: string; useHeadingFocus: (key: string) => unknown }) {
  const ref = useHeadingFocus(name) as React.RefObject<HTMLHeadingElement>;
  return (
    <h1 ref={ref} tabIndex={-1}>
      {name}
    </h1>
  );
}

/** The Navigation API's record of how this document was opened. */
function openedBy(navigationType: NavigationType, from: object | null) {
  vi.stubGlobal('navigation', { activation: { navigationType, from } });
}

describe('useHeadingFocus', () => {
  beforeEach(() => {
    delete document.documentElement.dataset.interactive;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('focuses the first page when a link on another page of the app opened it', async () => {
    openedBy('push', { url: 'http://localhost/' });
    const useHeadingFocus = await loadHook();
    render(<Page name="Question" useHeadingFocus={useHeadingFocus} />);
    expect(screen.getByRole('heading', { name: 'Question' })).toHaveFocus();
  });

  it.each([
    ['a reload', 'reload' as const, { url: 'http://localhost/' }],
    ['a visit from another site', 'push' as const, null],
  ])('leaves the first page alone after %s', async (_, navigationType, from) => {
    openedBy(navigationType, from);
    const useHeadingFocus = await loadHook();
    render(<Page name="Question" useHeadingFocus={useHeadingFocus} />);
    expect(screen.getByRole('heading', { name: 'Question' })).not.toHaveFocus();
  });

  it('does not take focus from something the person already focused', async () => {
    openedBy('push', { url: 'http://localhost/' });
    const useHeadingFocus = await loadHook();
    function Screen({ loaded }: { loaded: boolean }) {
      return (
        <>
          <button type="button">Already here</button>
          {loaded ? <Page name="Question" useHeadingFocus={useHeadingFocus} /> : null}
        </>
      );
    }
    const { rerender } = render(<Screen loaded={false} />);
    screen.getByRole('button', { name: 'Already here' }).focus();
    rerender(<Screen loaded />);
    expect(screen.getByRole('button', { name: 'Already here' })).toHaveFocus();
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
