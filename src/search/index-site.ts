/**
 * Builds the Pagefind search index of a built site, in place: reads every page marked data-pagefind-body (articles,
 * people, organisations) with its filters, and writes the index and Pagefind's interface to <site>/pagefind/.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SITE_LANGUAGE } from '../views/site.ts';

/** The folder of the index inside the site, so it follows the base path like every other file. */
export const SEARCH_FOLDER = 'pagefind';

/** Indexes the site built in `dir`; resolves to the number of pages indexed, rejects with Pagefind's errors. */
export async function indexSite(dir: string): Promise<number> {
  // One language for every page, so the index does not depend on what Pagefind would guess from the text.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_LANGUAGE });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, SEARCH_FOLDER) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
