/**
 * Checks a built site on disk: every internal link and asset resolves to a file, every #fragment to an id on the
 * target page, nothing points outside the base path, and every page is reachable from the home page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

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

interface Page {
  ids: Set<string>;
  links: Array<{ url: string; element: string }>;
}

/** Problems found in the site built in `dir` for `base` ("/" or "/news/"), one line each; empty when sound. */
export function checkSite(dir: string, base: string): string[] {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const files = listFiles(dir);
  const pages = new Map<string, Page>();
  for (const file of files) if (file.endsWith('.html')) pages.set(file, readPage(join(dir, file)));
  const fileSet = new Set(files);
  const problems: string[] = [];
  const edges = new Map<string, Set<string>>();
  for (const [file, page] of pages) {
    const targets = new Set<string>();
    edges.set(file, targets);
    for (const { url, element } of page.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
      const [pathPart = '', fragment] = url.split('#') as [string, string | undefined];
      const pagePath = `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
      const path =
        pathPart === ''
          ? `${root}${pagePath.slice(1)}`
          : new URL(pathPart, `http://site${root}${pagePath.slice(1)}`).pathname;
      if (!path.startsWith(root)) {
        problems.push(`${file}: <${element}> points outside the base path ${root}: ${url}`);
        continue;
      }
      const target = resolveFile(decodeURIComponent(path.slice(root.length)), fileSet);
      if (!target) {
        problems.push(`${file}: <${element}> points to a missing file: ${url}`);
        continue;
      }
      targets.add(target);
      if (fragment !== undefined && fragment !== '' && target.endsWith('.html')) {
        const id = decodeURIComponent(fragment);
        if (!pages.get(target)?.ids.has(id)) problems.push(`${file}: link to a missing #${id} on ${target}: ${url}`);
      }
    }
  }
  const reachable = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length)
    for (const next of edges.get(queue.shift()!) ?? [])
      if (!reachable.has(next)) queue.push(next) && reachable.add(next);
  for (const file of pages.keys()) {
    if (!reachable.has(file) && !UNLINKED_PAGES.has(file))
      problems.push(`${file}: no link reaches this page from the home page`);
  }
  return problems;
}

function readPage(path: string): Page {
  const tree: Root = fromHtml(readFileSync(path, 'utf8'));
  const ids = new Set<string>();
  const links: Page['links'] = [];
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name);
    for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
      const value = node.properties[attribute];
      if (typeof value === 'string') links.push({ url: value, element: node.tagName });
    }
  });
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
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
