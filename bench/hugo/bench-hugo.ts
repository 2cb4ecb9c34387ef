/**
 * Hugo as a reference in the build benchmark: what a compiled generator takes for the same pages as the plain Astro
 * baseline. Hugo is not a dependency of the project; the row is measured only where `hugo` is on PATH (Debian:
 * apt-get install hugo).
 */
import { existsSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { measure, type Measurement } from '../measure.ts';
import { writeHugoSite } from './write-site.ts';

/** The `hugo` executable on PATH, or undefined when there is none. */
export function findHugo(path = process.env.PATH ?? ''): string | undefined {
  return path
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'hugo'))
    .find((file) => existsSync(file));
}

/**
 * Writes the Hugo site of the corpus in `content` under `out` (not timed), then times `hugo` building it cold: no
 * earlier output, no cache folder.
 */
export function benchHugo(hugo: string, content: string, out: string, log: string): Promise<Measurement> {
  const site = join(out, 'site');
  const cache = join(out, 'cache');
  const destination = join(out, 'public');
  writeHugoSite(content, site);
  for (const dir of [cache, destination, join(site, 'resources')]) rmSync(dir, { recursive: true, force: true });
  return measure({
    argv: [hugo, '--quiet', '--source', site, '--destination', destination, '--cacheDir', cache],
    cwd: site,
    env: { ...process.env, HUGO_ENVIRONMENT: 'production' },
    log,
  });
}
