// Where the site is published, for the links that must be absolute: search engines and Lighthouse take a
// page's hreflang links only as full addresses. Set SITE_ORIGIN when building for a host
// (`SITE_ORIGIN=https://example.org npm run build`); without it, the address `npm start` serves.

/** The site's origin, without a trailing slash. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/+$/, '');
}
