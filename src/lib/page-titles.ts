/** Page titles, shared by the screens and the build step that prerenders them. */
export const siteName = 'Which TPM?';

export function pageTitle(title?: string): string {
  return title ? `${title} · ${siteName}` : `${siteName} Product or Project Manager`;
}

export const pageTitles = {
  start: pageTitle(),
  roles: pageTitle('Compare the roles'),
  method: pageTitle('How it works'),
} as const;
