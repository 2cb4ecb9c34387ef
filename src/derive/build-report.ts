/**
 * What deriving the site did, for the build's closing lines: articles rendered and read from the cache, and the
 * warnings an editor should see. The pages derive the corpus inside Astro's bundle and the site's integration reads
 * this from the configuration's module graph, so it lives on globalThis under a registered symbol, as the parse
 * stage's one reading does (parse/content-cache.ts).
 */
import type { ContentProblem } from '../model/content-error.ts';

/** The report of the latest derivation in this process. */
export interface BuildReport {
  /** How many times the site was derived in this process (once a build; once per content change in dev). */
  derivations: number;
  /** Articles rendered and analysed by this derivation. */
  rendered: number;
  /** Articles read back from the cache of an earlier build. */
  cached: number;
  /** Problems that do not stop the build but that an editor should see. */
  warnings: ContentProblem[];
}

const KEY = Symbol.for('news-in-context/build-report');

/** The process's report, made on first use. */
export function buildReport(): BuildReport {
  const holder = globalThis as { [KEY]?: BuildReport };
  holder[KEY] ??= { derivations: 0, rendered: 0, cached: 0, warnings: [] };
  return holder[KEY];
}

/** Records a derivation. */
export function recordDerivation(rendered: number, cached: number, warnings: readonly ContentProblem[]): void {
  const report = buildReport();
  report.derivations++;
  report.rendered = rendered;
  report.cached = cached;
  report.warnings = [...warnings];
}
