import { describe, expect, it } from 'vitest';
import { findChromium, noChromiumMessage } from '../../scripts/find-chromium.ts';

const nothingOnPath = (): string | undefined => undefined;

describe('findChromium', () => {
  it('uses CHROME_PATH when it points at an executable', () => {
    const found = findChromium({
      env: { CHROME_PATH: '/opt/my-chrome/chrome' },
      exists: (path) => path === '/opt/my-chrome/chrome' || path === '/usr/bin/chromium',
      which: () => '/somewhere/chromium',
    });
    expect(found).toBe('/opt/my-chrome/chrome');
  });

  it('ignores a CHROME_PATH that does not exist and falls back to a usual install path', () => {
    const found = findChromium({
      env: { CHROME_PATH: '/nonexistent' },
      exists: (path) => path === '/usr/bin/google-chrome-stable',
      which: () => '/somewhere/chromium',
    });
    expect(found).toBe('/usr/bin/google-chrome-stable');
  });

  it('finds the macOS app bundle', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium({ env: {}, exists: (path) => path === chrome, which: nothingOnPath })).toBe(chrome);
  });

  it('falls back to a browser on PATH', () => {
    const asked: string[] = [];
    const found = findChromium({
      env: {},
      exists: () => false,
      which: (name) => {
        asked.push(name);
        return name === 'google-chrome' ? '/home/me/bin/google-chrome' : undefined;
      },
    });
    expect(found).toBe('/home/me/bin/google-chrome');
    expect(asked).toEqual(['chromium', 'chromium-browser', 'google-chrome']);
  });

  it('throws a one-line message saying how to install one when there is none', () => {
    const find = () =>
      findChromium({ env: { CHROME_PATH: '/nonexistent' }, exists: () => false, which: nothingOnPath });
    expect(find).toThrow(noChromiumMessage);
    expect(noChromiumMessage).not.toContain('\n');
    expect(noChromiumMessage).toMatch(/CHROME_PATH/);
    expect(noChromiumMessage).toMatch(/apt-get install chromium/);
  });

  it('finds a real browser on this machine', () => {
    expect(findChromium()).toMatch(/chrom/i);
  });
});
