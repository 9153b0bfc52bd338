/** Page titles, shared by the screens and the build step that prerenders them. */
import { t } from '@lingui/core/macro';

/** The app's name, in the page's language (its acronym stays as it is in every language). */
export function siteName(): string {
  return t`Which TPM?`;
}

export function pageTitle(title?: string): string {
  const site = siteName();
  return title ? t`${title} · ${site}` : t`Which TPM? Product or Project Manager`;
}

/** The titles of the prerendered pages, in the language active when they are asked for. */
export function pageTitles() {
  return {
    start: pageTitle(),
    roles: pageTitle(t`Compare the roles`),
    method: pageTitle(t`How it works`),
  } as const;
}
