/**
 * Astro logs each page of a build as it writes it: "  ├─ /people/joe-biden/index.html (+2ms)", the time printed
 * once the file is written. writtenPages picks those paths out of its output, chunk by chunk, so that the output
 * check can read pages while the rest are still being rendered. The log is only a hint: PageReader.finish checks
 * every page again, so a page missed here, or a changed log format, costs time and never correctness.
 */

const COLOUR = /\x1b\[[0-9;]*m/g;
const WRITTEN = /[├└]─ \/(\S+\.html) \(\+/;

/** A parser of Astro's output that returns, for each chunk, the pages (paths inside the site) it reports written. */
export function writtenPages(): (chunk: Buffer | string) => string[] {
  let rest = '';
  return (chunk) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    return lines.flatMap((line) => {
      const match = WRITTEN.exec(line.replace(COLOUR, ''));
      return match ? [match[1]!] : [];
    });
  };
}
