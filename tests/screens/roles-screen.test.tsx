import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { roleComparison } from '../../src/content/roles.ts';
import { translate } from '../../src/lib/translate.ts';
import { renderApp } from '../render-app.tsx';

describe('RolesScreen', () => {
  it('compares both roles attribute by attribute', async () => {
    await renderApp('/roles');
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare the roles' })).toBeInTheDocument();
    for (const row of roleComparison) {
      const region = screen.getByRole('region', { name: translate(row.attribute) });
      expect(within(region).getByText(translate(row.product))).toBeInTheDocument();
      expect(within(region).getByText(translate(row.project))).toBeInTheDocument();
    }
    expect(document.title).toBe('Compare the roles · Which TPM?');
  });
});
