/**
 * Indexes an already built site with Pagefind, as the build's last step does (src/build/index-site.ts), and nothing
 * else: what search costs by itself, for bench/run.ts to set beside the whole build and the baseline.
 *   node bench/pagefind-alone.ts DIR
 */
import { indexSite } from '../src/build/index-site.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/pagefind-alone.ts DIR (a built site)');
console.log(`Pagefind indexed ${(await indexSite(dir)).pages} pages of ${dir}`);
