import { describe, expect, it } from 'vitest';
import { staticImports } from '../../scripts/build-size.ts';

describe('staticImports', () => {
  it('reads the imports at the top of a chunk and stops at its first statement', () => {
    const code =
      'import{a as e}from"./react.js";import"./side.js";export*from"./x.js";var t=1;import"./late.js";';
    expect(staticImports(code)).toEqual(['./react.js', './side.js', './x.js']);
  });

  it('reads past the __vite__mapDeps table Vite writes above the imports of a chunk with lazy CSS', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/a.css"])))=>i.map(i=>d[i]);\n' +
      'import{t as e}from"./jsx-runtime.js";import{t}from"./seed.js";var n=1;';
    expect(staticImports(code)).toEqual(['./jsx-runtime.js', './seed.js']);
  });
});
