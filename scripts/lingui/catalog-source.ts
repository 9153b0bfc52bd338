// The catalogs as Lingui reads them (lingui.config.ts), for the step that makes their modules.
import { join } from 'node:path';
import { getConfig } from '@lingui/conf';
import { createCompiledCatalog, getCatalogs } from '@lingui/cli/api';
import { movedByComment } from '../../lingui.config.ts';
import { catalogNames, sourceLocale } from '../../src/lib/locales.ts';
import type { CatalogSource, SourceMessage } from './catalog-modules.ts';

export function linguiCatalogSource(cwd: string): CatalogSource {
  const config = getConfig({ cwd });
  const catalogs = getCatalogs(config);
  const catalogNamed = async (name: string) => {
    const catalog = (await catalogs).find((each) => each.path.endsWith(`/${name}`));
    if (!catalog) throw new Error(`lingui.config.ts has no catalog named ${name}.`);
    return catalog;
  };
  return {
    catalogNames,
    moves: movedByComment,
    fileOf: (locale, name) => join(cwd, 'src', 'locales', locale, `${name}.po`),
    async sourceMessages() {
      return Promise.all(
        catalogNames.map(async (name) => {
          const entries = (await (await catalogNamed(name)).read(sourceLocale)) ?? {};
          const messages: SourceMessage[] = Object.entries(entries).map(([id, entry]) => ({
            id,
            file: entry.origin?.[0]?.[0] ?? '',
            message: entry.message ?? '',
            comments: entry.comments ?? [],
          }));
          return [name, messages] as const;
        }),
      );
    },
    async compiled(locale, name) {
      const { messages } = await (
        await catalogNamed(name)
      ).getTranslations(locale, {
        fallbackLocales: config.fallbackLocales || {},
        sourceLocale,
      });
      const { source, errors } = createCompiledCatalog(locale, messages, { namespace: 'json' });
      if (errors.length > 0) {
        throw new Error(
          `${locale}/${name}.po has messages that do not compile: ${errors.map((e) => e.id).join(', ')}`,
        );
      }
      return (JSON.parse(source) as { messages: Record<string, unknown> }).messages;
    },
  };
}
