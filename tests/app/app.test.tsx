import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.tsx';

describe('App', () => {
  it('mounts and names itself', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: /^which tpm\?/i })).toBeInTheDocument();
  });
});
