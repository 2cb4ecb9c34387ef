/**
 * Which of the planned pages (page-digests.ts) this build renders: all of them, unless the build command handed over
 * the digests of the output it is replacing, in which case only those whose digest changed or that are new. The
 * rest are carried over from that output by the integration (src/build/incremental.ts).
 *
 * The build command says what to compare with through two variables: PREVIOUS_DIGESTS, the file of the previous
 * build's digests, and SITE_CODE_DIGEST, the digest of the code (without it there is nothing to compare, and every
 * page is rendered).
 */
import { readFileSync } from 'node:fs';
import { shardOwns, type Shard } from '../model/shard.ts';
import type { PageDigests } from './page-digests.ts';
import type { SearchShards } from './search-shards.ts';

/** The variables the build command sets. */
export const PLAN_VARIABLES = {
  previous: 'PREVIOUS_DIGESTS',
  code: 'SITE_CODE_DIGEST',
  /** Where the integration writes this build's digests, for the build command to keep once the output is in place. */
  next: 'NEXT_DIGESTS',
  /** What the previous build's output check read of its pages, and where this build's check writes it. */
  previousPages: 'PREVIOUS_PAGES',
  nextPages: 'NEXT_PAGES',
} as const;

/** The plan of one build. */
export interface RenderPlan {
  /** This build's digest of every planned folder. */
  digests: PageDigests;
  /**
   * Whether the pages in `folder` ("people/ana/") are rendered; folders outside the plan always are, except in a
   * sharded build, where each shard renders its own slice and shard 1 the rest (model/shard.ts).
   */
  renders(folder: string): boolean;
  /** The slice of the site this build renders, in a sharded build. */
  shard?: Shard | undefined;
  /** The planned folders carried over unchanged from the previous output. */
  carried(): string[];
  /** How the search index is split (search-shards.ts), and each shard's digest. */
  shards: SearchShards;
  shardDigests: Map<string, string>;
  /** Whether the previous output's index of `shard` holds exactly what this build would index. */
  reusesShard(shard: string): boolean;
}

/** What the previous build recorded. */
export interface PreviousBuild {
  digests: PageDigests;
  shards: Map<string, string>;
}

/**
 * The plan, given this build's digests and shards and the previous build's record (none: render everything), and,
 * in a sharded build, the slice it renders.
 */
export function renderPlan(
  digests: PageDigests,
  previous: PreviousBuild | null,
  shards: SearchShards = new Map(),
  shardDigests: Map<string, string> = new Map(),
  shard?: Shard,
): RenderPlan {
  const same = (folder: string) => previous !== null && previous.digests.get(folder) === digests.get(folder);
  return {
    digests,
    shard,
    renders: (folder) => shardOwns(shard, folder) && (!digests.has(folder) || !same(folder)),
    carried: () => [...digests.keys()].filter(same),
    shards,
    shardDigests,
    reusesShard: (shard) =>
      previous !== null && shardDigests.has(shard) && previous.shards.get(shard) === shardDigests.get(shard),
  };
}

/** The record in a file written from `recordText`, or null when there is none or it cannot be read. */
export function readRecord(file: string | undefined): PreviousBuild | null {
  if (!file) return null;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      digests?: Array<[string, string]>;
      shards?: Array<[string, string]>;
    };
    return Array.isArray(data.digests)
      ? { digests: new Map(data.digests), shards: new Map(Array.isArray(data.shards) ? data.shards : []) }
      : null;
  } catch {
    return null;
  }
}

/** The text of the record of a build's plan. */
export function recordText(plan: RenderPlan): string {
  return JSON.stringify({ digests: [...plan.digests], shards: [...plan.shardDigests] });
}

const KEY = Symbol.for('news-in-context/render-plan');

/**
 * Hands this build's plan to the site's integration: the pages derive it inside Astro's bundle and the integration
 * reads it from the configuration's module graph, so it lives on globalThis under a registered symbol, as the build
 * report does (build-report.ts).
 */
export function publishPlan(plan: RenderPlan): void {
  (globalThis as { [KEY]?: RenderPlan })[KEY] = plan;
}

/** The plan the pages of this build were rendered by, if they were rendered in this process. */
export function publishedPlan(): RenderPlan | undefined {
  return (globalThis as { [KEY]?: RenderPlan })[KEY];
}
