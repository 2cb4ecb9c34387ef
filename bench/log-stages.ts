/**
 * Where a build's wall time went: before Astro (the site's own parse stage), Astro's content sync, bundling and
 * page rendering (from the HH:MM:SS stamps of its log lines, so whole seconds), and after Astro (the site's output
 * check and swap). Enough to see which stage grows faster than the corpus.
 */
import type { Measurement } from './measure.ts';

/** Seconds spent in each stage of one build; NaN where the log lacks the marker. */
export interface Stages {
  /**
   * From the command's start to Astro's first output line. The site starts Astro at once but holds its output until
   * the content check beside it passes, so for the site this is the check's time, which overlaps the next stages.
   */
  before: number;
  /** Content layer: loaders and data store. */
  sync: number;
  /** Types, build info and Vite bundling. */
  bundle: number;
  /** Rendering every page ("generating static routes"). */
  pages: number;
  /** From Astro's "Complete!" to the command's exit. */
  after: number;
}

/** Splits the measured build `m` into stages, reading Astro's own stamps from its `log`. */
export function stagesOf(m: Measurement, log: string): Stages {
  const stamps: Array<{ at: number; line: string }> = [];
  for (const line of log.split('\n')) {
    const match = /^(\d\d):(\d\d):(\d\d) /.exec(line);
    if (match) stamps.push({ at: Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]), line });
  }
  // Stamps are times of day; differences are taken modulo a day so that a build across midnight still works.
  const at = (pattern: RegExp) => {
    const found = stamps.find((s) => pattern.test(s.line));
    return found && stamps[0] ? (found.at - stamps[0].at + 86400) % 86400 : NaN;
  };
  const synced = at(/\[content\] Synced content/);
  const routes = at(/Rearranging server assets/);
  const complete = at(/\[build\] Complete!/);
  return {
    before: m.firstOutput,
    sync: synced,
    bundle: routes - synced,
    pages: complete - routes,
    after: m.wall - m.astroDone,
  };
}
