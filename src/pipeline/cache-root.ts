/**
 * Where builds keep what they may reuse (drawn social cards, rendered articles): CACHE_DIR when set, else
 * node_modules/.cache. Keeping this folder from one build to the next (a CI cache) makes the next build faster; deleting
 * it only makes it slower.
 */
import { join, resolve } from 'node:path';

/** The absolute path of the cache folder, or of `part` inside it. */
export function cacheRoot(...part: string[]): string {
  return join(resolve(process.env.CACHE_DIR ?? join('node_modules', '.cache')), ...part);
}
