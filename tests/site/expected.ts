/** What the test build should hold, from the parse stage and from the built pages themselves. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import type { ParsedArticle } from '../../src/parse/parse-file.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { createUrls } from '../../src/model/urls.ts';
import { CONTENT } from '../helpers.ts';
import { SITE, hrefs, page } from './site.ts';

/** The parsed content the test site was built from. */
export const content = readContent(CONTENT);
/** Addresses of the test build (base "/"). */
export const urls = createUrls('/');
/** The test build's site URL, as its home page's canonical link gives it. */
export const ORIGIN = new URL(hrefs(page('/'), 'link[rel="canonical"]')[0]!).origin;
/** An address of the test site, absolute. */
export const absolute = (path: string) => new URL(path, ORIGIN).href;

/** Articles newest first, as the site orders them (ties by slug). */
export const articlesNewestFirst: ParsedArticle[] = [...content.articles].sort(
  (a, b) => b.data.date.localeCompare(a.data.date) || a.slug.localeCompare(b.slug),
);

/** Every person and organisation, with its page. */
export const entities = [
  ...content.people.map((p) => ({ ref: { type: 'person' as const, id: p.id }, data: p.data })),
  ...content.organisations.map((o) => ({ ref: { type: 'organisation' as const, id: o.id }, data: o.data })),
];

/** The person and organisation ids an article's frontmatter ties it to (byline, credits, outlet, names). */
export function declared(article: ParsedArticle): { people: string[]; organisations: string[] } {
  const { data } = article;
  return {
    people: [...new Set([...data.authors, ...data.contributors.map((c) => c.person), ...data.people])],
    organisations: [...new Set([data.publication, ...data.organisations])],
  };
}

/** The articles an entity page lists (its appearances, newest first), as article paths. */
export function listedArticles(entityPage: string): string[] {
  return hrefs(page(entityPage), '.appearances > li > h3 a');
}

/** A built file as text, by site path. */
export function file(path: string): string {
  return readFileSync(join(SITE, path), 'utf8');
}

/** Whether the build has a file at a site path. */
export function hasFile(path: string): boolean {
  return existsSync(join(SITE, path));
}

/** Every HTML page of the build, as site paths ("/", "/people/joe-biden/", "/404.html"). */
export function allPages(dir = SITE): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html'))
        out.push(`/${relative(dir, full).split(sep).join('/')}`.replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return out.sort();
}

/** The JSON-LD blocks of a page, parsed. */
export function jsonLd(tree: Root): Array<Record<string, unknown>> {
  return selectAll('script[type="application/ld+json"]', tree).map((s) => JSON.parse(toString(s)));
}

/** One page as Pagefind indexed it. */
export interface SearchFragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: { title: string };
}

/** Every page in a build's search index: Pagefind's fragment files, gunzipped, after their "pagefind_dcd" signature. */
export function searchFragments(dir = SITE): SearchFragment[] {
  const folder = join(dir, 'pagefind/fragment');
  return readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{')));
  });
}
