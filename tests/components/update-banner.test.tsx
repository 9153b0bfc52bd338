import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { offerUpdate } from '../../src/lib/service-worker.ts';
import { renderApp, resetStores } from '../render-app.tsx';

describe('UpdateBanner', () => {
  it('offers a reload when a new version is waiting, and applies it on request', async () => {
    resetStores();
    const { user } = await renderApp('/roles');
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
    const apply = vi.fn();
    act(() => offerUpdate(apply));
    expect(
      screen.getByText(/a new version of which tpm\? is ready\. your answers are kept\./i),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
