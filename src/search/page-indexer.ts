/**
 * A Pagefind index fed page by page while the site builds: the build's middleware (index-middleware.ts) hands over
 * each page's HTML as it is rendered, so Pagefind, a process of its own, indexes on another core while the next pages
 * render. Pagefind makes the same index from these pages as from the written files (its page fragments are the same
 * bytes); only the order of pages in the index follows the order of rendering, which is the same in every build.
 */
import * as pagefind from 'pagefind';
import { SITE_LANGUAGE } from '../views/site.ts';

/** The folder of the index inside the site, so it follows the base path like every other file. */
export const SEARCH_FOLDER = 'pagefind';

export interface PageIndexer {
  /** Queues one rendered page; `path` is its file in the output ("articles/x/index.html"). */
  add(path: string, html: string): void;
  /** Waits for every queued page, writes the index into `folder` and stops Pagefind; resolves to the page count. */
  finish(folder: string): Promise<number>;
}

/** Starts Pagefind and returns the indexer that feeds it. */
export function startPageIndexer(): PageIndexer {
  // One language for every page, so the index does not depend on what Pagefind would guess from the text.
  const ready = pagefind.createIndex({ forceLanguage: SITE_LANGUAGE }).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  const added: Array<Promise<{ path: string; errors: string[] }>> = [];
  return {
    add(path, html) {
      added.push(
        ready
          .then((index) => index.addHTMLFile({ sourcePath: path, content: html }))
          .then(({ errors }) => ({ path, errors })),
      );
    },
    async finish(folder) {
      try {
        const index = await ready;
        const results = await Promise.all(added);
        const failed = results.filter((r) => r.errors.length);
        if (failed.length)
          throw new Error(
            `Pagefind could not index ${failed.map((r) => `${r.path}: ${r.errors.join('; ')}`).join('\n  ')}`,
          );
        const written = await index.writeFiles({ outputPath: folder });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        return results.length;
      } finally {
        await pagefind.close();
      }
    },
  };
}

/** Where the running build's indexer is found by the middleware, which Astro bundles apart from the integration. */
const KEY = Symbol.for('news-in-context/page-indexer');

export function setPageIndexer(indexer: PageIndexer | undefined): void {
  (globalThis as { [KEY]?: PageIndexer | undefined })[KEY] = indexer;
}

/** The running build's indexer; undefined in the dev server, which has no search index. */
export function pageIndexer(): PageIndexer | undefined {
  return (globalThis as { [KEY]?: PageIndexer })[KEY];
}

/** The output file of a page address with the base path taken off ("/articles/x/" → "articles/x/index.html"). */
export function outputFile(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return /\.[a-z0-9]+$/i.test(path) ? path : `${path}.html`;
}
