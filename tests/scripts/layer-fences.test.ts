import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The engine must stay pure; this proves the lint rule that guards it actually fires.
describe('the engine fence', () => {
  it('rejects UI libraries, browser globals, storage and unseeded randomness inside src/engine', async () => {
    const eslint = new ESLint();
    const code = [
      "import { useState } from 'react';",
      "import { create } from 'zustand';",
      "import { paths } from '../lib/paths.ts';",
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

// Every layer has its fence: an import upward fails lint, an import downward passes.
describe('the fences between layers', () => {
  const upward: readonly { file: string; imports: string }[] = [
    { file: 'src/components/leak.tsx', imports: '../store/app-store.ts' },
    { file: 'src/components/leak.tsx', imports: '../screens/result-screen.tsx' },
    { file: 'src/components/leak.tsx', imports: '../app/routes.tsx' },
    { file: 'src/lib/leak.ts', imports: '../store/app-store.ts' },
    { file: 'src/lib/leak.ts', imports: '../components/lean-bar.tsx' },
    { file: 'src/store/leak.ts', imports: '../screens/result-screen.tsx' },
    { file: 'src/store/leak.ts', imports: '../components/lean-bar.tsx' },
    { file: 'src/content/leak.ts', imports: '../store/app-store.ts' },
    { file: 'src/content/career-path/leak.ts', imports: '../../store/app-store.ts' },
    { file: 'src/screens/leak.tsx', imports: '../app/routes.tsx' },
  ];
  it.each(upward)(
    'rejects $imports from $file',
    async ({ file, imports }) => {
      const [result] = await new ESLint().lintText(
        `import * as upward from '${imports}';\nexport { upward };\n`,
        {
          filePath: file,
        },
      );
      expect(result?.messages.map((message) => message.ruleId)).toEqual(['no-restricted-imports']);
    },
    30_000,
  );

  const downward: readonly { file: string; imports: string }[] = [
    { file: 'src/components/fine.tsx', imports: '../lib/paths.ts' },
    { file: 'src/screens/fine.tsx', imports: '../store/app-store.ts' },
    { file: 'src/store/fine.ts', imports: '../engine/index.ts' },
    { file: 'src/app/fine.tsx', imports: '../screens/result-screen.tsx' },
  ];
  it.each(downward)(
    'allows $imports from $file',
    async ({ file, imports }) => {
      const [result] = await new ESLint().lintText(
        `import * as downward from '${imports}';\nexport { downward };\n`,
        {
          filePath: file,
        },
      );
      expect(result?.messages ?? []).toEqual([]);
    },
    30_000,
  );
});
