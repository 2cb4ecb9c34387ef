/**
 * The search index as an Astro integration: Pagefind starts with the build, receives each page as it is rendered
 * (index-middleware.ts), and writes its index into <output>/pagefind/ when the pages are done.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SEARCH_FOLDER, setPageIndexer, startPageIndexer, type PageIndexer } from './page-indexer.ts';

export function searchIndex(): AstroIntegration {
  let indexer: PageIndexer | undefined;
  return {
    name: 'news-in-context:search-index',
    hooks: {
      'astro:config:setup': ({ addMiddleware, command }) => {
        if (command === 'build')
          addMiddleware({ entrypoint: new URL('./index-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        indexer = startPageIndexer();
        setPageIndexer(indexer);
      },
      'astro:build:done': async ({ dir, logger }) => {
        setPageIndexer(undefined);
        if (!indexer) throw new Error('The search index was never started (astro:build:start did not run).');
        const pages = await indexer.finish(join(fileURLToPath(dir), SEARCH_FOLDER));
        logger.info(`search index of ${pages} pages`);
      },
    },
  };
}
