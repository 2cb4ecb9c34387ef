/**
 * Checks a built site on disk: every internal link and asset resolves to a file, every #fragment to an id on the
 * target page, nothing points outside the base path, and every page is reachable from the home page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

/** Attributes that hold addresses, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** Pages that need no link to them: the host serves them itself. */
const UNLINKED_PAGES = new Set(['404.html']);

/** What the check needs of one page. */
export interface Page {
  ids: Set<string>;
  /** Each address the page links to, once per element name that holds it. */
  links: Array<{ url: string; element: string }>;
}

/** The pages of a built site, read: each page's ids and addresses, by file name. */
export interface SitePages {
  dir: string;
  pages: Map<string, Page>;
  /** Each page's file identity (inode, size, modification time), under which what was read can be reused. */
  identities: Map<string, string>;
}

/**
 * What was read of pages before, by file identity. A page an incremental build carried over is a hard link to the
 * previous output's file, so it has the identity it had when that build read it, and is not parsed again.
 */
export type KnownPages = Map<string, Page>;

/** Problems found in the site built in `dir` for `base` ("/" or "/news/"), one line each; empty when sound. */
export function checkSite(dir: string, base: string): string[] {
  return checkPages(readPages(dir), base);
}

/**
 * Reads every page of the site in `dir`: the costly half of the check. The build (build/integration.ts) reads
 * them while Pagefind indexes the site, and runs checkPages afterwards, when the search index's files exist too.
 */
export function readPages(dir: string, known?: KnownPages): SitePages {
  return pageReader(dir, known).finish();
}

/** Reads a site's pages while it is being built, and the rest once it is complete. */
export interface PageReader {
  /**
   * Reads one page now, by its path in the site ("people/joe-biden/index.html"). A page not there yet, or changing
   * while it is read, is left for finish.
   */
  read(file: string): void;
  /** Reads every page not read yet or changed since, forgets pages gone, and returns them all, in path order. */
  finish(): SitePages;
}

/**
 * A reader of the pages of the site in `dir`. Each page read is kept with its size and modification time, and finish
 * reads again any page whose size or time differs, so reading early never leaves a half-written page in the check.
 */
export function pageReader(dir: string, known: KnownPages = new Map()): PageReader {
  const pages = new Map<string, Page>();
  const stamps = new Map<string, string>();
  const identities = new Map<string, string>();
  // Pages repeat the same addresses and ids (the navigation, entity links, p-1, p-2…): each distinct string is kept
  // once, as a copy. The parser's strings are slices of the page's text and would keep every page of the site in
  // memory (a heap of 1.2 GB for 17,000 pages); with copies it is 140 MB.
  const strings = new Map<string, string>();
  const intern = (value: string) => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    const copy = Buffer.from(value, 'utf8').toString('utf8');
    strings.set(copy, copy);
    return copy;
  };
  const stampOf = (path: string) => {
    const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
    return stat ? `${stat.size}:${stat.mtimeNs}` : undefined;
  };
  const readNow = (file: string): boolean => {
    const path = join(dir, file);
    // One look at the file for both: its stamp (size and time) and its identity (device and inode besides).
    const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
    if (!stat) return false;
    const before = `${stat.size}:${stat.mtimeNs}`;
    const identity = `${stat.dev}:${stat.ino}:${before}`;
    const reused = known.get(identity);
    if (reused) {
      pages.set(file, reused);
      stamps.set(file, before);
      identities.set(file, identity);
      return true;
    }
    const text = readFileSync(path, 'utf8');
    if (stampOf(path) !== before) return false;
    pages.set(file, parsePage(text, intern));
    stamps.set(file, before);
    identities.set(file, identity);
    return true;
  };
  return {
    read(file) {
      try {
        readNow(file);
      } catch {
        // Not there, or not readable yet: finish reads it.
      }
    },
    finish() {
      const files = listFiles(dir).filter((file) => file.endsWith('.html'));
      const ordered = new Map<string, Page>();
      for (const file of files) {
        if (stamps.get(file) !== stampOf(join(dir, file)) && !readNow(file))
          throw new Error(`${file} changed while the output check read it`);
        ordered.set(file, pages.get(file)!);
      }
      return { dir, pages: ordered, identities };
    },
  };
}

/** Checks pages read by readPages against the files in their folder now. */
export function checkPages({ dir, pages }: SitePages, base: string): string[] {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const fileSet = new Set(listFiles(dir));
  const problems: string[] = [];
  const edges = new Map<string, Set<string>>();
  // Most links are root-relative and shared by many pages: each such address is resolved once.
  const rootRelative = new Map<string, string>();
  const targets = new Map<string, string | undefined>();
  const targetOf = (path: string) => {
    if (!targets.has(path)) targets.set(path, resolveFile(decodeURIComponent(path.slice(root.length)), fileSet));
    return targets.get(path);
  };
  for (const [file, page] of pages) {
    const linked = new Set<string>();
    edges.set(file, linked);
    const pagePath = `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
    for (const { url, element } of page.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
      const [pathPart = '', fragment] = url.split('#') as [string, string | undefined];
      let path: string;
      if (pathPart === '') path = `${root}${pagePath.slice(1)}`;
      else if (pathPart.startsWith('/')) {
        path = rootRelative.get(pathPart) ?? new URL(pathPart, 'http://site/').pathname;
        rootRelative.set(pathPart, path);
      } else path = new URL(pathPart, `http://site${root}${pagePath.slice(1)}`).pathname;
      if (!path.startsWith(root)) {
        problems.push(`${file}: <${element}> points outside the base path ${root}: ${url}`);
        continue;
      }
      const target = targetOf(path);
      if (!target) {
        problems.push(`${file}: <${element}> points to a missing file: ${url}`);
        continue;
      }
      linked.add(target);
      if (fragment !== undefined && fragment !== '' && target.endsWith('.html')) {
        const id = decodeURIComponent(fragment);
        if (!pages.get(target)?.ids.has(id)) problems.push(`${file}: link to a missing #${id} on ${target}: ${url}`);
      }
    }
  }
  const reachable = new Set<string>(['index.html']);
  const queue = ['index.html'];
  // A moving index, not queue.shift(): shifting a long array is linear each time.
  for (let i = 0; i < queue.length; i++) {
    for (const next of edges.get(queue[i]!) ?? []) {
      if (!reachable.has(next)) {
        reachable.add(next);
        queue.push(next);
      }
    }
  }
  for (const file of pages.keys()) {
    if (!reachable.has(file) && !UNLINKED_PAGES.has(file))
      problems.push(`${file}: no link reaches this page from the home page`);
  }
  return problems;
}

function parsePage(text: string, intern: (value: string) => string): Page {
  // A streaming tokenizer, not a full tree: the check needs only ids and addresses, and it reads every page.
  const ids = new Set<string>();
  const links: Page['links'] = [];
  const seen = new Map<string, Set<string>>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) ids.add(intern(attributes.id));
        if (name === 'a' && attributes.name) ids.add(intern(attributes.name));
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          const element = intern(name);
          let urls = seen.get(element);
          if (!urls) seen.set(element, (urls = new Set()));
          if (urls.has(value)) continue;
          urls.add(value);
          links.push({ url: intern(value), element });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  return { ids, links };
}

function resolveFile(path: string, files: Set<string>): string | undefined {
  const candidates =
    path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((c) => files.has(c));
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(full).isDirectory())) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The record of what was read of a site's pages (knownPagesText): every distinct string once, in `strings`, and for
 * each page its file identity, the indexes of its ids, and its links as pairs of indexes (address, element). The
 * pages of a site repeat the same addresses and ids, so the record is a fraction of the pages' own text, and reading
 * it back makes each string once rather than once per page.
 */
interface KnownPagesRecord {
  strings: string[];
  pages: Array<[identity: string, ids: number[], links: number[]]>;
}

/** What was read of a site's pages, as text to keep for the next build's check (readKnownPages reads it back). */
export function knownPagesText({ pages, identities }: SitePages): string {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const index = (value: string) => {
    let at = indexes.get(value);
    if (at === undefined) {
      indexes.set(value, (at = strings.length));
      strings.push(value);
    }
    return at;
  };
  const record: KnownPagesRecord = { strings, pages: [] };
  for (const [file, page] of pages) {
    const identity = identities.get(file);
    if (!identity) continue;
    const links: number[] = [];
    for (const link of page.links) links.push(index(link.url), index(link.element));
    record.pages.push([identity, [...page.ids].map(index), links]);
  }
  return JSON.stringify(record);
}

/** Pages read by an earlier build, from the file `knownPagesText` wrote; empty when there is none or it is unreadable. */
export function readKnownPages(file: string | undefined): KnownPages {
  if (!file) return new Map();
  try {
    const { strings, pages } = JSON.parse(readFileSync(file, 'utf8')) as KnownPagesRecord;
    const known: KnownPages = new Map();
    for (const [identity, ids, links] of pages) {
      const page: Page = { ids: new Set(ids.map((i) => strings[i]!)), links: [] };
      for (let i = 0; i < links.length; i += 2)
        page.links.push({ url: strings[links[i]!]!, element: strings[links[i + 1]!]! });
      known.set(identity, page);
    }
    return known;
  } catch {
    return new Map();
  }
}
