import { describe, expect, it } from 'vitest';
import { forgetFailedStylesheets } from '../../src/lib/failed-stylesheets.ts';

function linkTo(document: Document, rel: string, href: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  document.head.append(link);
  return link;
}

describe('forgetFailedStylesheets', () => {
  it('removes a stylesheet that failed to load, so loading its screen again fetches it again', () => {
    forgetFailedStylesheets(document);
    const failed = linkTo(document, 'stylesheet', '/assets/result-screen-x.css');
    const loaded = linkTo(document, 'stylesheet', '/assets/index-x.css');
    failed.dispatchEvent(new Event('error'));
    loaded.dispatchEvent(new Event('load'));
    expect(failed.isConnected).toBe(false);
    expect(loaded.isConnected).toBe(true);
  });

  it('leaves links that are not stylesheets alone', () => {
    forgetFailedStylesheets(document);
    const icon = linkTo(document, 'icon', '/favicon-32.png');
    icon.dispatchEvent(new Event('error'));
    expect(icon.isConnected).toBe(true);
    icon.remove();
  });
});
