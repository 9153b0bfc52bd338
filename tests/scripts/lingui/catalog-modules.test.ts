import { describe, expect, it } from 'vitest';
import {
  catalogFileOf,
  catalogFor,
  messagesOf,
  moduleById,
  moduleByShortId,
  planCatalogs,
  shortenIds,
  shortId,
  type SourceMessage,
} from '../../../scripts/lingui/catalog-modules.ts';

const moves = [
  { prefix: 'On the result:', catalog: 'result' },
  { prefix: 'On the method page:', catalog: 'method' },
];

function message(id: string, file: string, text: string, comments: string[] = []): SourceMessage {
  return { id, file, message: text, comments };
}

/** What a catalog module exports, as a page that imports it gets it. */
async function load(code: string): Promise<Record<string, unknown>> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    messages: Record<string, unknown>;
  };
  return module.messages;
}

describe('catalogFor', () => {
  it('keeps a message in the catalog it was extracted to when no comment moves it', () => {
    expect(catalogFor('messages', [], moves)).toBe('messages');
    expect(catalogFor('messages', ['A button: compare the two.'], moves)).toBe('messages');
  });

  it('moves a message to the catalog its comment names, by the comment’s start only', () => {
    expect(catalogFor('messages', ['On the result: a reason'], moves)).toBe('result');
    expect(catalogFor('messages', ['Shown On the result: a reason'], moves)).toBe('messages');
    expect(catalogFor('messages', ['A note', 'On the method page: why'], moves)).toBe('method');
  });
});

describe('planCatalogs', () => {
  const extracted = [
    [
      'messages',
      [
        message('bbbbbb', 'src/b.ts', 'Second file'),
        message('aaaaaa', 'src/a.ts', 'Zebra'),
        message('cccccc', 'src/a.ts', 'Apple'),
        message('reason', 'src/a.ts', 'A reason', ['On the result: a reason']),
      ],
    ],
    ['result', [message('rrrrrr', 'src/r.ts', 'Result words'), message('bbbbbb', 'src/r.ts', 'Second file')]],
    ['method', []],
  ] as const;
  const plan = planCatalogs(extracted, moves);

  it('numbers each catalog’s messages from where the last one ended, by file and then by words', () => {
    expect(plan.listOf.get('messages')).toEqual(['cccccc', 'aaaaaa', 'bbbbbb']);
    expect(plan.offsetOf.get('messages')).toBe(0);
    expect(plan.offsetOf.get('result')).toBe(3);
    expect(plan.offsetOf.get('method')).toBe(5);
    expect([...plan.shortIdOf.entries()]).toEqual([
      ['cccccc', '0'],
      ['aaaaaa', '1'],
      ['bbbbbb', '2'],
      ['reason', '3'],
      ['rrrrrr', '4'],
    ]);
  });

  it('puts a moved message in the catalog its comment names, and only there', () => {
    expect(plan.membersOf.get('result')).toContain('reason');
    expect(plan.membersOf.get('messages')).not.toContain('reason');
    expect(plan.listOf.get('result')).toEqual(['reason', 'rrrrrr']);
  });

  it('keeps a message extracted to two catalogs in both, numbered in the first', () => {
    expect(plan.membersOf.get('messages')).toContain('bbbbbb');
    expect(plan.membersOf.get('result')).toContain('bbbbbb');
    expect(plan.listOf.get('result')).not.toContain('bbbbbb');
  });

  it('fails on a comment that names no catalog', () => {
    expect(() =>
      planCatalogs(
        [['messages', [message('xxxxxx', 'src/x.ts', 'Lost', ['Gone: x'])]]],
        [{ prefix: 'Gone:', catalog: 'nowhere' }],
      ),
    ).toThrow(/nowhere, which is not a catalog/);
  });

  it('gathers a catalog’s messages from every PO file of the language', () => {
    const fromMessages = { aaaaaa: ['Zèbre'], reason: ['Une raison'], cccccc: ['Pomme'], bbbbbb: ['Deux'] };
    const fromResult = { rrrrrr: ['Résultat'], bbbbbb: ['Deux'] };
    expect(messagesOf('result', [fromMessages, fromResult, {}], plan)).toEqual({
      reason: ['Une raison'],
      rrrrrr: ['Résultat'],
      bbbbbb: ['Deux'],
    });
    expect(messagesOf('messages', [fromMessages, fromResult, {}], plan)).toEqual({
      aaaaaa: ['Zèbre'],
      cccccc: ['Pomme'],
      bbbbbb: ['Deux'],
    });
  });

  it('builds a module that gives every message it holds under its short id, shared ones too', async () => {
    const compiled = { reason: ['Une raison'], rrrrrr: ['Résultat ', ['count']], bbbbbb: ['Deux'] };
    const messages = await load(moduleByShortId('result', compiled, plan));
    expect(messages).toEqual({ '2': ['Deux'], '3': ['Une raison'], '4': ['Résultat ', ['count']] });
  });

  it('refuses to build a module that lacks one of its messages', () => {
    expect(() => moduleByShortId('result', { reason: ['Une raison'], bbbbbb: ['Deux'] }, plan)).toThrow(
      /result catalog lacks the message rrrrrr/,
    );
  });

  it('builds a module by Lingui id for the dev server and tests', async () => {
    const compiled = { reason: ['Une raison «\u00a0x\u00a0» `y`'] };
    expect(await load(moduleById(compiled))).toEqual(compiled);
  });
});

describe('shortenIds', () => {
  const shortIdOf = new Map([
    ['+XyQiK', '0'],
    ['a/b+9Z', 'z'],
  ]);

  it('replaces a known Lingui id in any kind of quotes', () => {
    expect(shortenIds('i18n._({id:"+XyQiK"});f(`a/b+9Z`);g(\'+XyQiK\')', shortIdOf)).toBe(
      'i18n._({id:"0"});f(`z`);g(\'0\')',
    );
  });

  it('leaves other strings, unquoted text and longer strings alone', () => {
    const code = 'const x="button",y=`+XyQiK1`,z=+XyQiK;w="+XyQiK\'';
    expect(shortenIds(code, shortIdOf)).toBe(code);
  });
});

describe('shortId and catalogFileOf', () => {
  it('writes a number in base 36', () => {
    expect([0, 9, 10, 35, 36, 1295, 1296].map(shortId)).toEqual(['0', '9', 'a', 'z', '10', 'zz', '100']);
  });

  it('reads the language and catalog from a PO file’s path', () => {
    expect(catalogFileOf('/repo/src/locales/pt-br/result.po')).toEqual({ locale: 'pt-br', name: 'result' });
    expect(catalogFileOf('/repo/src/locales/es/messages.ts')).toBeUndefined();
  });
});
