// Where the app is hosted, read by the entry before any of the app has loaded.

/** The router's base, without a trailing slash, for hosting under a sub-path. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The start page's route, the top of the site; `paths.start`, for the entry, which carries no other path. */
export const startRoute = '/';

/** The route of the current address: the path below the base, without a trailing slash ("/" at the top). */
export function currentRoute(pathname: string = window.location.pathname): string {
  return pathname.slice(basename === '/' ? 0 : basename.length).replace(/(.)\/$/, '$1') || '/';
}
