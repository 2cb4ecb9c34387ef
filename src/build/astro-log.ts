/**
 * Astro logs each page of a build as it writes it: "  ├─ /people/joe-biden/index.html (+2ms)". pageLines drops
 * those lines (and the "generating static routes" headings around them) from its output, chunk by chunk, so that a
 * build prints what a person reads: warnings, errors and the summary.
 */

const COLOUR = /\x1b\[[0-9;]*m/g;
const PAGE_LINE = /^\S*\s*[├└]─ \/\S+ \(\+[\d.]+m?s\)/;
const ROUTE_HEADING = /▶ src\/pages\/|^\S*\s*λ? ?src\/pages\//;

/** A filter of Astro's output that returns each chunk without its per-page lines (a line cut by a chunk is held). */
export function pageLines(): (chunk: string) => string {
  let rest = '';
  return (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    const kept = lines.filter((line) => {
      const plain = line.replace(COLOUR, '');
      return !PAGE_LINE.test(plain) && !ROUTE_HEADING.test(plain);
    });
    return kept.length ? `${kept.join('\n')}\n` : '';
  };
}
