/**
 * How a sharded build splits the site: `--shard K/N` renders the K-th of N slices. Every article's folder and every
 * person's and organisation's folder (the planned folders of derive/page-digests.ts) belongs to one slice, chosen by
 * a digest of its name, so that any process can tell which shard owns a page from its address alone (the content
 * loader, the social cards and the page filter each ask), and adding an article moves no other page to another
 * shard. Every other page (home, indexes, analysis pages, site feeds, data files) reads the whole archive and is
 * rendered by shard 1, the designated shard.
 */
import { createHash } from 'node:crypto';

/** One slice of a sharded build: the `index`-th (from 1) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** The variable through which the build command tells Astro which shard it renders ("2/4"). */
export const SHARD_VARIABLE = 'BUILD_SHARD';

/** The shard that renders the pages outside every planned folder (the pages that read the whole archive). */
export const DESIGNATED_SHARD = 1;

/** The top folders whose sub-folders are planned: one per article, person and organisation. */
const SLICED = new Set(['articles', 'people', 'organisations']);

/**
 * Reads a `--shard` argument ("2/4"); throws an Error whose message says what was given and what is expected, for
 * the person who typed the command.
 */
export function parseShard(text: string | undefined): Shard {
  const expected = 'Give it as K/N, the shard to build and how many shards there are, for example --shard 2/4';
  if (text === undefined || text === '' || text.startsWith('--'))
    throw new Error(`--shard needs a value. ${expected}.`);
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`--shard "${text}" is not of the form K/N. ${expected}.`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) throw new Error(`--shard "${text}" asks for ${count} shards; there must be at least 1. ${expected}.`);
  if (index < 1 || index > count)
    throw new Error(
      `--shard "${text}": K must be between 1 and ${count} (the shards are numbered from 1). ${expected}.`,
    );
  return { index, count };
}

/**
 * The shard (from 1) of `count` that owns a planned folder ("articles/x/", "people/ana/"). Slugs and ids are
 * lower-case kebab-case (parse/slug.ts, model/content.ts), so an address and its decoded form name the same folder.
 */
export function shardOfFolder(folder: string, count: number): number {
  const digest = createHash('sha256').update(folder).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/**
 * The planned folder a site path (from the site's root: "people/ana/articles/2/", "social/people/ana.png") lies in,
 * or null for a page of the whole archive ("archive/2024/", "data/quotes.json", "people/").
 */
export function plannedFolderOf(path: string): string | null {
  const parts = path.replace(/^\/+/, '').split('/');
  // A social card sits in social/<collection>/<name>.png, for the page in <collection>/<name>/.
  if (parts[0] === 'social' && parts.length === 3 && SLICED.has(parts[1]!) && parts[2]!.endsWith('.png'))
    return `${parts[1]}/${parts[2]!.slice(0, -'.png'.length)}/`;
  if (parts.length >= 3 && SLICED.has(parts[0]!) && parts[1]) return `${parts[0]}/${parts[1]}/`;
  return null;
}

/** Whether `shard` renders what lies at a site path (from the site's root); no shard means a whole build. */
export function shardOwns(shard: Shard | undefined, path: string): boolean {
  if (!shard) return true;
  const folder = plannedFolderOf(path);
  return (folder === null ? DESIGNATED_SHARD : shardOfFolder(folder, shard.count)) === shard.index;
}

/** The shard this process renders, from SHARD_VARIABLE; undefined for a whole build. */
export function currentShard(env: Record<string, string | undefined> = process.env): Shard | undefined {
  const value = env[SHARD_VARIABLE];
  return value ? parseShard(value) : undefined;
}
