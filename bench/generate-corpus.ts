/**
 * Writes a synthetic content folder for the benchmark: N articles plus the people and organisations they name.
 * The same seed and N always give the same bytes.
 *   node bench/generate-corpus.ts --articles 1000 [--seed 1] [--out bench/out/corpus-1000/content]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { generateArticle } from './corpus/article.ts';
import { createRandom } from './corpus/random.ts';
import { buildRegistry } from './corpus/registry.ts';

/** What a generated corpus holds, for the benchmark's report. */
export interface CorpusStats {
  dir: string;
  articles: number;
  people: number;
  organisations: number;
  words: number;
  /** The most named person and the number of articles naming them. */
  topPerson: { id: string; articles: number };
}

/** Strings are double-quoted so that Astro's own YAML parser keeps dates as text, as the site's parser does. */
const YAML_OPTIONS = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

/** Folders of the real content that are per article; every other folder (editorial policy) is copied as it is. */
const PER_ARTICLE = new Set(['articles', 'people', 'organisations', 'received', 'ledgers']);

/** The content folder of the corpus of n articles under bench/out. */
export function corpusDir(n: number): string {
  return resolve('bench', 'out', `corpus-${n}`, 'content');
}

/**
 * Generates the corpus of `articles` articles from `seed` into `dir`, replacing what was there, and copies the
 * policy folders of `policyFrom` (the site's own content folder) that the build reads beside the articles.
 */
export function generateCorpus(
  articles: number,
  seed: number,
  dir = corpusDir(articles),
  policyFrom = resolve('content'),
): CorpusStats {
  const random = createRandom(seed);
  const registry = buildRegistry(articles, random);
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['articles', 'people', 'organisations']) mkdirSync(join(dir, folder), { recursive: true });
  for (const p of registry.people) {
    const { name, aliases, roles, description } = p;
    writeFileSync(
      join(dir, 'people', `${p.id}.yaml`),
      YAML.stringify({ name, aliases, roles, description }, YAML_OPTIONS),
    );
  }
  for (const o of registry.organisations) {
    const { name, aliases, kind, parent, description } = o;
    const entry = { name, aliases, kind, ...(parent ? { parent } : {}), description };
    writeFileSync(join(dir, 'organisations', `${o.id}.yaml`), YAML.stringify(entry, YAML_OPTIONS));
  }
  if (existsSync(policyFrom)) {
    for (const entry of readdirSync(policyFrom, { withFileTypes: true })) {
      if (entry.isDirectory() && !PER_ARTICLE.has(entry.name)) {
        cpSync(join(policyFrom, entry.name), join(dir, entry.name), { recursive: true });
      }
    }
  }
  const named = new Map<string, number>();
  let words = 0;
  for (let i = 0; i < articles; i++) {
    const article = generateArticle(i, registry, random);
    for (const id of article.data['people'] as string[]) named.set(id, (named.get(id) ?? 0) + 1);
    words += article.body.split(/\s+/).filter(Boolean).length;
    const text = `---\n${YAML.stringify(article.data, YAML_OPTIONS)}---\n\n${article.body}`;
    writeFileSync(join(dir, 'articles', `${article.slug}.md`), text);
  }
  const [topId, topCount] = [...named].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return {
    dir,
    articles,
    people: registry.people.length,
    organisations: registry.organisations.length,
    words,
    topPerson: { id: topId, articles: topCount },
  };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const articles = Number(option('--articles') ?? 1000);
  const seed = Number(option('--seed') ?? 1);
  const out = option('--out');
  const stats = generateCorpus(articles, seed, out ? resolve(out) : corpusDir(articles));
  console.log(JSON.stringify(stats, null, 2));
}

/**
 * Writes one more article into the corpus of `articles` articles made from `seed`: the next one the generator would
 * make, naming people and organisations the registry already has, dated after every other so it is the newest (a
 * newsroom's next article). Returns its file, for the benchmark to remove afterwards.
 */
export function addArticle(articles: number, seed: number, dir = corpusDir(articles)): string {
  const registry = buildRegistry(articles, createRandom(seed));
  const article = generateArticle(articles, registry, createRandom(seed + 7919));
  const data = { ...article.data, date: '2025-01-15' };
  const file = join(dir, 'articles', `${article.slug}.md`);
  writeFileSync(file, `---\n${YAML.stringify(data, YAML_OPTIONS)}---\n\n${article.body}`);
  return file;
}
