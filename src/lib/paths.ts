import type { QuizPlace, Track } from '../engine/index.ts';
import { basename, startRoute } from './base-path.ts';
import { localePrefix, routeInLocale, type Locale } from './locales.ts';

/** Every route in one place. Question numbers are 1-based, as people count them. */
export const paths = {
  start: startRoute,
  question: (number: number) => `/quiz/${number}`,
  questionPattern: '/quiz/:number',
  quick: (step: number) => `/quick/${step}`,
  quickPattern: '/quick/:step',
  /** The list of the person's answers, each opening its question to change it. */
  answers: '/answers',
  /** One answer to change, by the question's position in the quiz. */
  changeAnswer: (position: number) => `/answers/${position}`,
  changeAnswerPattern: '/answers/:number',
  history: '/history',
  /** One past result, read-only, by its attempt id. */
  pastResult: (id: string) => `/history/${encodeURIComponent(id)}`,
  pastResultPattern: '/history/:id',
  compare: '/compare',
  /** A past result of the person's own beside their current one: you then and you now. */
  comparePast: (id: string) => `/compare?past=${encodeURIComponent(id)}`,
  result: '/result',
  /** The path into one role: what the work is like and the ways in, fitted to the person's answers when they have a result. */
  rolePath: (track: Track) => `/path/${track}`,
  rolePathPattern: '/path/:role',
  shared: '/shared',
  roles: '/roles',
  method: '/method',
} as const;

/**
 * Routes whose address names no language, so that a link to them reads in whichever language its reader
 * has: a shared result. The page moves to the reader's language before it renders (see i18n.ts).
 */
export const languageFreeRoutes: readonly string[] = [paths.shared];

const site = basename === '/' ? '' : basename;

/** The router's base in a language: the site's base path and the language's prefix ("/careers/tpm/es"). */
export function localeBasename(locale: Locale): string {
  return `${site}${localePrefix(locale)}` || '/';
}

/**
 * The address of a route in a language, for a plain link that loads a new page (another language's
 * page is a new page): `paths.roles` in Spanish is "/es/roles", the start page "/es/".
 */
export function localeAddress(route: string, locale: Locale): string {
  return `${site}${routeInLocale(route, locale)}`;
}

/** The absolute address of a shared result, free of any language; the answers ride in the fragment, which no server sees. */
export function shareLink(code: string, origin: string = window.location.origin): string {
  return `${origin}${import.meta.env.BASE_URL.replace(/\/$/, '')}${paths.shared}#${code}`;
}

/** The address of a place in the quiz, as the engine's journey names it. */
export function placePath(place: QuizPlace): string {
  if (place.kind === 'start') return paths.start;
  if (place.kind === 'result') return paths.result;
  return place.mode === 'quick' ? paths.quick(place.step) : paths.question(place.step);
}
