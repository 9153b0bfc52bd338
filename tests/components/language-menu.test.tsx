import { act, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageMenu, LanguageOffer } from '../../src/components/language-menu.tsx';
import { activateLocale } from '../../src/lib/i18n.ts';
import { languageTag, locales } from '../../src/lib/locales.ts';
import { MemoryRouter } from '../../src/lib/router.tsx';

function menuAt(route: string) {
  return (
    <MemoryRouter initialEntries={[route]}>
      <LanguageMenu />
    </MemoryRouter>
  );
}

function hrefs(container: HTMLElement): (string | null)[] {
  return [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'));
}

describe('LanguageMenu', () => {
  afterEach(async () => {
    await activateLocale('en');
  });

  it('lists the five languages by their own names, each link in its language', () => {
    render(menuAt('/roles'));
    const menu = screen.getByRole('navigation', { name: 'Language' });
    const links = within(menu).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'English',
      'Español',
      'Deutsch',
      'Português (Brasil)',
      'Français',
    ]);
    for (const [index, locale] of locales.entries()) {
      expect(links[index]).toHaveAttribute('hreflang', languageTag(locale));
      expect(links[index]).toHaveAttribute('lang', languageTag(locale));
    }
  });

  it('links to the same place in each language, query and fragment kept, and marks the page’s own', () => {
    render(menuAt('/compare?past=abc#top'));
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/compare?past=abc#top',
      '/es/compare?past=abc#top',
      '/de/compare?past=abc#top',
      '/pt-br/compare?past=abc#top',
      '/fr/compare?past=abc#top',
    ]);
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getAllByRole('link').filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('on a page in another language, marks that one and leads back to English without a prefix', async () => {
    await activateLocale('de');
    // Inside the German page's router the route has no prefix: its base carries it.
    render(menuAt('/'));
    expect(screen.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Français' })).toHaveAttribute('href', '/fr/');
  });

  it('hydrates a prerendered page opened with a query as it was written, then adds the query', async () => {
    // Prerendered at build time, without the query the page is later opened with.
    const container = document.createElement('div');
    container.innerHTML = renderToString(menuAt('/roles'));
    document.body.append(container);
    expect(hrefs(container)[1]).toBe('/es/roles');

    const recoverable = vi.fn();
    const root = await act(async () =>
      hydrateRoot(container, menuAt('/roles?from=mail#part'), { onRecoverableError: recoverable }),
    );
    expect(recoverable).not.toHaveBeenCalled();
    expect(hrefs(container)[1]).toBe('/es/roles?from=mail#part');
    act(() => root.unmount());
    container.remove();
  });
});

describe('LanguageOffer', () => {
  afterEach(async () => {
    await activateLocale('en');
  });

  it('offers the start page in its language, as a link that names it', async () => {
    await activateLocale('es');
    render(<LanguageOffer locale="es" />);
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('href', '/es/');
    expect(link).toHaveAttribute('hreflang', 'es');
    const offer = screen.getByRole('paragraph');
    expect(offer).toHaveAttribute('lang', 'es');
    expect(offer).toHaveClass('language-offer');
    expect(offer).toContainElement(link);
  });
});
