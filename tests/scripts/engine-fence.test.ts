import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The engine must stay pure; this proves the lint rule that guards it actually fires.
describe('the engine fence', () => {
  it('rejects UI libraries, browser globals, storage and unseeded randomness inside src/engine', async () => {
    const eslint = new ESLint();
    const code = [
      "import { useState } from 'react';",
      "import { create } from 'zustand';",
      "import { paths } from '../app/paths.ts';",
      'export const leaks = [useState, create, paths, window.innerWidth, localStorage.length, Math.random()];',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: 'src/engine/leak.ts' });
    const rules = result?.messages.map((message) => message.ruleId) ?? [];
    expect(rules.filter((rule) => rule === 'no-restricted-imports')).toHaveLength(3);
    expect(rules.filter((rule) => rule === 'no-restricted-globals')).toHaveLength(2);
    expect(rules).toContain('no-restricted-properties');
  }, 30_000);

  it('allows the same code outside the engine', async () => {
    const eslint = new ESLint();
    const [result] = await eslint.lintText('export const width = window.innerWidth;\n', {
      filePath: 'src/app/width.ts',
    });
    expect(result?.messages ?? []).toEqual([]);
  }, 30_000);
});
