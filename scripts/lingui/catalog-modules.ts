// How a language's PO catalogs become the modules the app loads. Two things happen here:
// - A message written in one catalog's files but read on one page only moves to that page's catalog, by
//   the comment it is written with (`movedByComment` in lingui.config.ts): the bank's reasons go with the
//   result, its "why" and quote translations with the method page.
// - In the built app, messages are looked up by short ids, and each catalog is a list in the order its
//   messages are written. Lingui's ids are 6-character hashes that gzip cannot shrink, written once in the
//   code and once in the catalog; a list in source order puts like sentences side by side, which gzip can.
//   Tests and the dev server keep Lingui's ids.
// See docs/decisions/025-catalogs-by-page-and-short-ids.md
import type { Plugin } from 'vite';

/** One message of the source language: its Lingui id, the file it is first written in, its comments. */
export interface SourceMessage {
  id: string;
  file: string;
  message: string;
  comments: readonly string[];
}

/** A comment that starts with `prefix` moves its message to `catalog`. */
export interface CommentMove {
  prefix: string;
  catalog: string;
}

/** Which catalogs hold each message, and, for a build, each one's short id. */
export interface CatalogPlan {
  /** Each catalog's messages: a page that loads it can show every one of them. */
  membersOf: ReadonlyMap<string, ReadonlySet<string>>;
  shortIdOf: ReadonlyMap<string, string>;
  /** The messages each catalog numbers, in list order; a message's short id is its place among all of them. */
  listOf: ReadonlyMap<string, readonly string[]>;
  offsetOf: ReadonlyMap<string, number>;
}

/** The catalog a message is read from: the one a comment of it names, else the one it was extracted to. */
export function catalogFor(
  extractedTo: string,
  comments: readonly string[],
  moves: readonly CommentMove[],
): string {
  for (const comment of comments) {
    const move = moves.find(({ prefix }) => comment.startsWith(prefix));
    if (move) return move.catalog;
  }
  return extractedTo;
}

/** A short id: the message's number in base 36. */
export function shortId(index: number): string {
  return index.toString(36);
}

/**
 * Places every message in the catalogs that hold it: the one a comment of it names, else each one it was
 * extracted to (a message written in files of two catalogs is read on the pages of both). Then numbers
 * them catalog by catalog in the order given, and within one by the file it is written in and then by its
 * words, so sentences written together sit together. A message in two catalogs is numbered in the first.
 */
export function planCatalogs(
  extracted: ReadonlyArray<readonly [name: string, messages: readonly SourceMessage[]]>,
  moves: readonly CommentMove[],
): CatalogPlan {
  const members = new Map<string, Map<string, SourceMessage>>(extracted.map(([name]) => [name, new Map()]));
  for (const [name, messages] of extracted) {
    for (const message of messages) {
      const catalog = catalogFor(name, message.comments, moves);
      const held = members.get(catalog);
      if (!held)
        throw new Error(`A comment moves "${message.message}" to ${catalog}, which is not a catalog.`);
      if (!held.has(message.id)) held.set(message.id, message);
    }
  }
  const shortIdOf = new Map<string, string>();
  const listOf = new Map<string, string[]>();
  const offsetOf = new Map<string, number>();
  for (const [name, held] of members) {
    offsetOf.set(name, shortIdOf.size);
    const inOrder = [...held.values()]
      .filter(({ id }) => !shortIdOf.has(id))
      .toSorted((a, b) => compare(a.file, b.file) || compare(a.message, b.message) || compare(a.id, b.id))
      .map(({ id }) => id);
    for (const id of inOrder) shortIdOf.set(id, shortId(shortIdOf.size));
    listOf.set(name, inOrder);
  }
  const membersOf = new Map([...members].map(([name, held]) => [name, new Set(held.keys())]));
  return { membersOf, shortIdOf, listOf, offsetOf };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One catalog's compiled messages in a language, gathered from all of that language's PO files: the ones
 * the plan puts in `name`, wherever they were extracted to.
 */
export function messagesOf(
  name: string,
  compiledByCatalog: ReadonlyArray<Readonly<Record<string, unknown>>>,
  plan: CatalogPlan,
): Record<string, unknown> {
  const members = plan.membersOf.get(name) ?? new Set();
  const messages: Record<string, unknown> = {};
  for (const compiled of compiledByCatalog) {
    for (const [id, message] of Object.entries(compiled)) {
      if (members.has(id)) messages[id] = message;
    }
  }
  return messages;
}

/** A catalog's module as the dev server and tests load it: its messages by Lingui id. */
export function moduleById(messages: Readonly<Record<string, unknown>>): string {
  return `export const messages=JSON.parse(${JSON.stringify(JSON.stringify(messages))});`;
}

/**
 * A catalog's module in the built app: the messages it numbers as a list, given their short ids as it
 * loads, and by short id the ones it shares with a catalog that numbers them.
 */
export function moduleByShortId(
  name: string,
  messages: Readonly<Record<string, unknown>>,
  plan: CatalogPlan,
): string {
  const offset = plan.offsetOf.get(name);
  const ids = plan.listOf.get(name);
  const members = plan.membersOf.get(name);
  if (offset === undefined || !ids || !members) throw new Error(`No catalog is named ${name}.`);
  const wordsOf = (id: string) => {
    if (!(id in messages)) throw new Error(`The ${name} catalog lacks the message ${id}.`);
    return messages[id];
  };
  const list = ids.map(wordsOf);
  const numbered = new Set(ids);
  const shared = Object.fromEntries(
    [...members].filter((id) => !numbered.has(id)).map((id) => [plan.shortIdOf.get(id), wordsOf(id)]),
  );
  return [
    `const list=JSON.parse(${JSON.stringify(JSON.stringify(list))}),`,
    `messages=JSON.parse(${JSON.stringify(JSON.stringify(shared))});`,
    `list.forEach((message,index)=>{messages[(${String(offset)}+index).toString(36)]=message;});`,
    'export{messages};',
  ].join('');
}

// Lingui's ids are the first 6 characters of a base64 hash; in built code they are quoted string literals.
const quotedLinguiId = /(["'`])([A-Za-z0-9+/]{6})\1/g;

/** The code with every quoted Lingui id the plan knows replaced by its short id; other strings stay. */
export function shortenIds(code: string, shortIdOf: ReadonlyMap<string, string>): string {
  return code.replace(quotedLinguiId, (literal, quote: string, id: string) => {
    const short = shortIdOf.get(id);
    return short === undefined ? literal : `${quote}${short}${quote}`;
  });
}

/** Which language and catalog a PO file is (`src/locales/es/messages.po` is `es`, `messages`). */
export function catalogFileOf(file: string): { locale: string; name: string } | undefined {
  const match = /\/locales\/([^/]+)\/([^/.]+)\.po$/.exec(file);
  return match?.[1] && match[2] ? { locale: match[1], name: match[2] } : undefined;
}

/** What the plugin reads through Lingui: the source language's messages, and a PO file compiled. */
export interface CatalogSource {
  catalogNames: readonly string[];
  moves: readonly CommentMove[];
  sourceMessages: () => Promise<Array<readonly [name: string, messages: readonly SourceMessage[]]>>;
  compiled: (locale: string, name: string) => Promise<Record<string, unknown>>;
  fileOf: (locale: string, name: string) => string;
}

/** Turns each imported PO file into its catalog's module; in a build, with short ids in code and catalogs. */
export function catalogModules(source: CatalogSource): Plugin {
  let plan: Promise<CatalogPlan> | undefined;
  let shortIds = false;
  const compiledFiles = new Map<string, Promise<Record<string, unknown>>>();
  const planOnce = () =>
    (plan ??= source.sourceMessages().then((extracted) => planCatalogs(extracted, source.moves)));
  const compiledOnce = (locale: string, name: string) => {
    const key = `${locale}/${name}`;
    let compiled = compiledFiles.get(key);
    if (!compiled) compiledFiles.set(key, (compiled = source.compiled(locale, name)));
    return compiled;
  };
  return {
    name: 'which-tpm:catalog-modules',
    enforce: 'post',
    configResolved(config) {
      shortIds = config.command === 'build';
    },
    watchChange() {
      plan = undefined;
      compiledFiles.clear();
    },
    async transform(_code, id) {
      const catalogFile = catalogFileOf(id.split('?')[0] ?? id);
      if (!catalogFile) return null;
      const { locale, name } = catalogFile;
      // Another PO file can move a message into this catalog, so an edit to any of them reloads it.
      for (const other of source.catalogNames) this.addWatchFile(source.fileOf(locale, other));
      const compiled = await Promise.all(source.catalogNames.map((other) => compiledOnce(locale, other)));
      const messages = messagesOf(name, compiled, await planOnce());
      const code = shortIds ? moduleByShortId(name, messages, await planOnce()) : moduleById(messages);
      return { code, map: null, moduleType: 'js' };
    },
    async renderChunk(code) {
      if (!shortIds) return null;
      const shortened = shortenIds(code, (await planOnce()).shortIdOf);
      return shortened === code ? null : { code: shortened, map: null };
    },
  };
}
