// Node module hooks that expand Lingui's macros in the app's own files, as the Vite build does, so
// scripts run by tsx can load the engine. Registered by ./register-macros.ts.
import { transformAsync } from '@babel/core';
import type { LoadHook } from 'node:module';

// tsx hands over its output minified: `from"@lingui/core/macro"`, with no space.
const usesMacros = /from\s*["']@lingui\/(core|react)\/macro["']/;

export const load: LoadHook = async (url, context, nextLoad) => {
  const loaded = await nextLoad(url, context);

  if (!url.startsWith('file:') || url.includes('/node_modules/') || loaded.source == null) return loaded;
  const source =
    typeof loaded.source === 'string'
      ? loaded.source
      : Buffer.from(loaded.source as Uint8Array).toString('utf8');
  if (!usesMacros.test(source)) return loaded;
  const result = await transformAsync(source, {
    filename: new URL(url).pathname,
    babelrc: false,
    configFile: false,
    parserOpts: { plugins: ['typescript', 'jsx'] },
    plugins: ['@lingui/babel-plugin-lingui-macro'],
  });
  return { ...loaded, source: result?.code ?? source };
};
