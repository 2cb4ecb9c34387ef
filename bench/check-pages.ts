/**
 * What the output check costs to read a built site's pages from nothing, and with what the build command recorded of
 * them (build/check-site.ts reuses the reading of every page whose file is the one read before), in one invocation:
 *   node bench/check-pages.ts DIR      (DIR: an output the build command wrote, e.g. dist or bench/out/site-10000)
 */
import { readKnownPages, readPages } from '../src/build/check-site.ts';
import { pagesFileFor } from '../src/build/incremental.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/check-pages.ts DIR (an output the build command wrote)');
const known = readKnownPages(pagesFileFor(dir));
let start = performance.now();
const cold = readPages(dir);
const coldMs = performance.now() - start;
start = performance.now();
const warm = readPages(dir, known);
const warmMs = performance.now() - start;
const reused = [...warm.identities.values()].filter((identity) => known.has(identity)).length;
console.log(
  `${cold.pages.size} pages: read from nothing in ${coldMs.toFixed(0)} ms; with the record, ${reused} reused, ` +
    `${warmMs.toFixed(0)} ms (${(warmMs / coldMs).toFixed(3)}×).`,
);
