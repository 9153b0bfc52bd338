import { afterEach, describe, expect, it, vi } from 'vitest';
import { basename, currentRoute } from '../../src/lib/base-path.ts';

describe('currentRoute', () => {
  it('reads the route below the base, its language’s prefix included, as the prerendered pages name it', () => {
    expect(basename).toBe('/');
    expect(currentRoute('/')).toBe('/');
    expect(currentRoute('/roles/')).toBe('/roles');
    expect(currentRoute('/es/')).toBe('/es');
    expect(currentRoute('/es')).toBe('/es');
    expect(currentRoute('/pt-br/method')).toBe('/pt-br/method');
  });

  describe('under a sub-path', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    it('takes the base off and keeps the prefix', async () => {
      vi.stubEnv('BASE_URL', '/careers/tpm/');
      vi.resetModules();
      const { currentRoute: routeOf } = await import('../../src/lib/base-path.ts');
      expect(routeOf('/careers/tpm/')).toBe('/');
      expect(routeOf('/careers/tpm/de/')).toBe('/de');
      expect(routeOf('/careers/tpm/de/roles')).toBe('/de/roles');
    });
  });
});
