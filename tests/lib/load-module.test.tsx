import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { MemoryRouter } from '../../src/lib/router.tsx';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/error-boundary.tsx';
import { loadModule, ModuleLoadError } from '../../src/lib/load-module.ts';

const missingChunk = () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/result-screen-x.js'));

/** As if the page had just reloaded for this address, so loadModule must not reload again. */
function justReloaded(): void {
  sessionStorage.setItem(
    'which-tpm:reloaded-for',
    JSON.stringify({ address: window.location.pathname, at: Date.now() }),
  );
}

describe('loading a screen', () => {
  beforeEach(() => sessionStorage.clear());

  it('tries once more when the first fetch fails', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue({ ok: true });
    await expect(loadModule(load)).resolves.toEqual({ ok: true });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives up with a ModuleLoadError when a reload for this address already failed', async () => {
    justReloaded();
    const load = vi.fn(missingChunk);
    await expect(loadModule(load)).rejects.toBeInstanceOf(ModuleLoadError);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('never reloads when answers live only in this page', async () => {
    sessionStorage.setItem('which-tpm:quiz:unsaved', '3');
    await expect(loadModule(missingChunk)).rejects.toBeInstanceOf(ModuleLoadError);
  });

  it('says in plain words that the page could not load, with a button to load it again', async () => {
    justReloaded();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const Missing = lazy(() => loadModule(missingChunk));
    render(
      <MemoryRouter>
        <ErrorBoundary resetKey="/result">
          <Suspense fallback={<p>Loading…</p>}>
            <Missing />
          </Suspense>
        </ErrorBoundary>
      </MemoryRouter>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not load' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/a new version of which tpm\? may be ready/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load the page again' })).toBeInTheDocument();
    expect(screen.queryByText(/dynamically imported module/)).not.toBeInTheDocument();
  });
});
