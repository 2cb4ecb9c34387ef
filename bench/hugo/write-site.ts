/**
 * Writes the Hugo reference site for a benchmark corpus: hugo.toml, the templates (layouts.ts), and a content folder
 * of every article (its title, date and whom it names as front matter, the Markdown body as it is) and of every person
 * and organisation (a term page's front matter: name, description, roles or kind). Front matter is written as JSON,
 * which Hugo reads as it is, so no quoting question arises.
 *   node bench/hugo/write-site.ts CONTENT_DIR SITE_DIR
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { HUGO_CONFIG, HUGO_LAYOUTS } from './layouts.ts';

/** How many pages of each kind the site has. */
export interface HugoSiteStats {
  articles: number;
  people: number;
  organisations: number;
}

/** Writes the site for the corpus in `content` into `site`, replacing what was there. */
export function writeHugoSite(content: string, site: string): HugoSiteStats {
  rmSync(site, { recursive: true, force: true });
  for (const [path, text] of Object.entries({ 'hugo.toml': HUGO_CONFIG, ...prefixed('layouts', HUGO_LAYOUTS) })) {
    write(join(site, path), text);
  }
  const articles = yamlFiles(join(content, 'articles'), '.md');
  for (const file of articles) {
    const text = readFileSync(join(content, 'articles', file), 'utf8');
    const end = text.indexOf('\n---', 4);
    const data = YAML.parse(text.slice(4, end)) as Record<string, unknown>;
    const front = {
      title: data['title'],
      date: String(data['date']),
      people: data['people'] ?? [],
      organisations: data['organisations'] ?? [],
    };
    write(
      join(site, 'content', 'articles', file),
      `${JSON.stringify(front)}\n${text.slice(text.indexOf('\n', end + 1) + 1)}`,
    );
  }
  const people = yamlFiles(join(content, 'people'), '.yaml');
  for (const file of people) {
    const data = YAML.parse(readFileSync(join(content, 'people', file), 'utf8')) as Record<string, unknown>;
    const front = { title: data['name'], description: data['description'], roles: data['roles'] ?? [] };
    write(join(site, 'content', 'people', file.replace(/\.yaml$/, ''), '_index.md'), `${JSON.stringify(front)}\n`);
  }
  const organisations = yamlFiles(join(content, 'organisations'), '.yaml');
  for (const file of organisations) {
    const data = YAML.parse(readFileSync(join(content, 'organisations', file), 'utf8')) as Record<string, unknown>;
    const front = { title: data['name'], kind: data['kind'], description: data['description'] };
    write(
      join(site, 'content', 'organisations', file.replace(/\.yaml$/, ''), '_index.md'),
      `${JSON.stringify(front)}\n`,
    );
  }
  return { articles: articles.length, people: people.length, organisations: organisations.length };
}

function yamlFiles(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(extension))
    .sort();
}

function prefixed(folder: string, files: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [join(folder, path), text]));
}

function write(file: string, text: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

if (import.meta.main) {
  const [content, site] = process.argv.slice(2);
  if (!content || !site) throw new Error('usage: node bench/hugo/write-site.ts CONTENT_DIR SITE_DIR');
  console.log(JSON.stringify(writeHugoSite(resolve(content), resolve(site))));
}
