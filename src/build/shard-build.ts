/**
 * One shard of a sharded build (`npm run build -- --shard K/N`, model/shard.ts): Astro is handed only the pages of
 * this shard's slice (the prerenderer below drops the others before any is rendered), and the shard's output gets a
 * record of what it is, for the merge (merge-shards.ts) to join the slices into one site and check it whole. The
 * search index, the output check and the sitemap read the whole site, so the merge makes them.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { DESIGNATED_SHARD, shardOwns, type Shard } from '../model/shard.ts';
import { recordText, type RenderPlan } from '../derive/render-plan.ts';

/** The file, in a shard's output, that says which shard it is; the merge reads it and leaves it out. */
export const SHARD_RECORD = '.shard.json';

/** What a shard's output says of itself. */
export interface ShardRecord {
  shard: Shard;
  /**
   * A digest of the whole site's plan (every planned folder's digest: the code, the settings and the content), the
   * same in every shard of one build, so that slices of different content or code are never merged.
   */
  site: string;
  /** The address and base path the site was built for. */
  url: string;
  base: string;
  /** How the search index is split: part name → the folders of its pages (from the plan, the same in every shard). */
  search: Array<[string, string[]]>;
  /**
   * The articles whose texts the shard loaded (parse/content-cache.ts bodiesRead): those of its own slice, and for
   * the designated shard every article its pages of the whole archive read.
   */
  bodies: string[];
  /**
   * The designated shard's record of the whole plan (render-plan.ts recordText), which the merge keeps as the
   * merged output's, so that the next build over it is incremental.
   */
  plan?: string;
}

type Prerenderer = Parameters<
  Parameters<NonNullable<AstroIntegration['hooks']['astro:build:start']>>[0]['setPrerenderer']
>[0];
type AstroPrerenderer = Exclude<Prerenderer, (...args: never[]) => unknown>;

/**
 * A prerenderer that renders what Astro's own would, less the pages another shard owns. Astro asks it for the paths
 * of every route (the routes of articles and entities already list only this shard's, derive/load-corpus.ts); the
 * pages of the whole archive are kept by the designated shard alone. `base` is the site's base path.
 */
export function shardPrerenderer(shard: Shard, base: string): (astro: AstroPrerenderer) => AstroPrerenderer {
  return (astro) => ({
    name: `news-in-context:shard-${shard.index}-of-${shard.count}`,
    setup: () => astro.setup?.() ?? Promise.resolve(),
    getStaticPaths: async () =>
      (await astro.getStaticPaths()).filter(({ pathname }) => shardOwns(shard, sitePath(pathname, base))),
    render: (request, options) => astro.render(request, options),
    ...(astro.collectStaticImages ? { collectStaticImages: () => astro.collectStaticImages!() } : {}),
    teardown: () => astro.teardown?.() ?? Promise.resolve(),
  });
}

/** A path Astro builds ("/news/people/ana/"), from the site's root ("people/ana/"). */
export function sitePath(pathname: string, base: string): string {
  const root = base.replace(/^\/+|\/+$/g, '');
  const path = pathname.replace(/^\/+/, '');
  return root && (path === root || path.startsWith(`${root}/`)) ? path.slice(root.length + 1) : path;
}

/** The record of a shard built by `plan`, for a site at `url` under `base`. */
export function shardRecord(
  shard: Shard,
  plan: RenderPlan,
  url: string,
  base: string,
  bodies: Iterable<string> = [],
): ShardRecord {
  const text = recordText(plan);
  return {
    shard,
    site: createHash('sha256').update(text).digest('hex').slice(0, 32),
    url,
    base,
    search: [...plan.shards],
    bodies: [...bodies].sort(),
    ...(shard.index === DESIGNATED_SHARD ? { plan: text } : {}),
  };
}

/** Writes a shard's record into its output `dir`. */
export function writeShardRecord(dir: string, record: ShardRecord): void {
  writeFileSync(join(dir, SHARD_RECORD), JSON.stringify(record));
}

/** The record in a shard's output `dir`; throws a message naming the folder when it has none. */
export function readShardRecord(dir: string): ShardRecord {
  try {
    return JSON.parse(readFileSync(join(dir, SHARD_RECORD), 'utf8')) as ShardRecord;
  } catch {
    throw new Error(
      `${dir} is not the output of a shard: it has no ${SHARD_RECORD}. Give --merge the folders written by npm run build -- --shard K/N --out DIR.`,
    );
  }
}
