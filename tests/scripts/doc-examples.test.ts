import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Every `@example` in a TSDoc comment under src/ is run here, so an example a newcomer copies is true.
 *
 * An example is one line: `call(args); // expected`. The call is evaluated with the engine's public entry
 * (src/engine/index.ts) in scope, `translate` (so a message can be shown as its English words), and the
 * exports of the file it documents (so tooling can show its own functions). The expected value is a JavaScript literal, compared deeply, where
 * - `about 0.95` is a number rounded to the places written;
 * - `...` as the last item of an array or object says more may follow (`['measure', ...]`);
 * - a string ending in `...` says the text starts so (`'<svg xmlns=...'`);
 * - anything after the value, past a colon, is a note for the reader and is not checked.
 */

const root = join(import.meta.dirname, '..', '..');
const sourceDir = join(root, 'src');

interface Example {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function examplesIn(path: string): Example[] {
  const file = relative(root, path).replaceAll('\\', '/');
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      const found = /^\s*\*\s*@example\s+(.*)$/.exec(line);
      return found?.[1] ? [{ file, line: index + 1, text: found[1].trim() }] : [];
    });
}

const examples = sourceFiles(sourceDir).flatMap(examplesIn);

/**
 * Examples in files other work is changing right now, known not to pass yet: each is expected to fail,
 * so when its owner makes it true (or removes it) this list says to drop its line.
 */
const awaitingRewrite: readonly { file: string; startsWith: string; why: string }[] = [];

const awaiting = (example: Example) =>
  awaitingRewrite.find((entry) => entry.file === example.file && example.text.startsWith(entry.startsWith));

/** Stands for `...` in an expected value. */
const more = Symbol('more');

interface Expected {
  value: unknown;
  /** Places after the point when the value was written `about N`. */
  roundedTo?: number;
}

/** The expected value: the longest start of the text, up to a colon or the end, that is a literal. */
function readExpected(text: string): Expected {
  const about = /^about\s+(-?\d+(?:\.(\d+))?)/.exec(text);
  if (about?.[1]) return { value: Number(about[1]), roundedTo: about[2]?.length ?? 0 };
  const ends = [...text.matchAll(/:/g)].map((match) => match.index).reverse();
  for (const end of [text.length, ...ends]) {
    const literal = text
      .slice(0, end)
      .trim()
      // `...` outside a string, as an array item or an object entry, becomes the marker.
      .replaceAll(/([[,{]\s*)\.\.\.(\s*[\]}])/g, '$1__more__$2');
    try {
      const value: unknown = new Function('__more__', `return (${literal});`)(more);
      return { value };
    } catch {
      // Not a literal yet: try a shorter start.
    }
  }
  throw new Error(`the expected value "${text}" is not a literal`);
}

/** Whether `actual` is what the example promises; `...` and rounding as described at the top. */
function matches(actual: unknown, expected: unknown, roundedTo?: number): boolean {
  if (typeof expected === 'number' && roundedTo !== undefined) {
    return typeof actual === 'number' && Math.abs(actual - expected) <= 0.5 * 10 ** -roundedTo + 1e-12;
  }
  if (typeof expected === 'string' && expected.endsWith('...')) {
    return typeof actual === 'string' && actual.startsWith(expected.slice(0, -3));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected.at(-1) === more;
    const items = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < items.length : actual.length !== items.length) return false;
    return items.every((item, index) => matches(actual[index], item));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    const entries = Object.entries(expected).filter(([, value]) => value !== more);
    const open = entries.length < Object.keys(expected).length;
    if (!open && Object.keys(actual).length !== entries.length) return false;
    return entries.every(
      ([key, value]) =>
        Object.hasOwn(actual, key) && matches((actual as Record<string, unknown>)[key], value),
    );
  }
  return Object.is(actual, expected);
}

async function scopeFor(file: string): Promise<Record<string, unknown>> {
  const engine: Record<string, unknown> = await import('../../src/engine/index.ts');
  const { translate } = await import('../../src/lib/translate.ts');
  const own: Record<string, unknown> = await import(/* @vite-ignore */ join(root, file));
  return { ...engine, translate, ...own };
}

async function run(example: Example): Promise<{ actual: unknown; expected: Expected }> {
  const split = example.text.indexOf('; // ');
  if (split < 0) {
    throw new Error('an example must read `call(args); // expected` so that it can be checked');
  }
  const scope = await scopeFor(example.file);
  const names = Object.keys(scope);
  const call = example.text.slice(0, split);
  const actual: unknown = new Function(...names, `return (${call});`)(...names.map((name) => scope[name]));
  return { actual, expected: readExpected(example.text.slice(split + 5).trim()) };
}

describe('the @example lines in src/', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  const check = async (example: Example) => {
    const { actual, expected } = await run(example);
    expect(
      matches(actual, expected.value, expected.roundedTo),
      `${example.text}\n  gives ${JSON.stringify(actual)?.slice(0, 300)}`,
    ).toBe(true);
  };
  const cases = (list: readonly Example[]) =>
    list.map((example) => [`${example.file}:${example.line}`, example] as const);

  it.each(cases(examples.filter((example) => !awaiting(example))))('%s is true', async (_where, example) =>
    check(example),
  );

  // Each fails today; when one passes, drop its entry from awaitingRewrite.
  it.fails.each(cases(examples.filter((example) => awaiting(example))))(
    '%s is not yet true (awaiting a rewrite by its owner)',
    async (_where, example) => check(example),
  );

  it('lists in awaitingRewrite only examples that are still there', () => {
    const stale = awaitingRewrite.filter((entry) => !examples.some((example) => awaiting(example) === entry));
    expect(stale).toEqual([]);
  });
});

describe('the example checker', () => {
  it('holds a value to what is written, rounding only when it says about', () => {
    expect(matches(0.953, readExpected('about 0.95').value, readExpected('about 0.95').roundedTo)).toBe(true);
    expect(matches(0.96, 0.95, 2)).toBe(false);
    expect(matches(0.953, readExpected('0.95').value)).toBe(false);
  });

  it('lets `...` stand for the rest of an array, an object or a text, and nothing else', () => {
    const open = readExpected("{ ok: true, value: ['a', ...], text: 'It starts...' }: a note").value;
    expect(matches({ ok: true, value: ['a', 'b'], text: 'It starts here', extra: 1 }, open)).toBe(false);
    const partial = readExpected("{ ok: true, value: ['a', ...], ... }").value;
    expect(matches({ ok: true, value: ['a', 'b'], extra: 1 }, partial)).toBe(true);
    expect(matches({ ok: true, value: ['b', 'a'] }, partial)).toBe(false);
    expect(matches('It starts here', readExpected("'It starts...'").value)).toBe(true);
  });
});
