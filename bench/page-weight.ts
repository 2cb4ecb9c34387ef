/**
 * Page weight as the budget counts it: the page's HTML plus every stylesheet it links, each gzipped (zlib's default
 * level, as most hosts serve). Scripts, images and fonts are not counted here; Lighthouse reports those.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The weight of one page, in bytes. */
export interface PageWeight {
  /** Gzipped HTML. */
  html: number;
  /** Gzipped CSS, all linked stylesheets together. */
  css: number;
  /** html + css. */
  total: number;
  /** Uncompressed HTML. */
  htmlRaw: number;
  /** Uncompressed CSS. */
  cssRaw: number;
  /** The stylesheet addresses the page links, as resolved paths ("/_astro/site.css"). */
  stylesheets: string[];
}

/** Stylesheet links: rel contains "stylesheet"; the href is taken from the same tag. */
const LINK_TAG = /<link\b[^>]*>/gi;

/**
 * Weighs a page from its HTML at `pagePath` ("/people/x/"); `readAsset` returns a stylesheet's bytes from its
 * resolved path, or undefined when it is not part of the site (external stylesheets count as nothing).
 */
export function pageWeightOf(
  html: string,
  pagePath: string,
  readAsset: (path: string) => Uint8Array | undefined,
): PageWeight {
  const stylesheets: string[] = [];
  for (const [tag] of html.matchAll(LINK_TAG)) {
    if (!/\brel\s*=\s*["']?[^"'>]*\bstylesheet\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (!value) continue;
    const url = new URL(value.replaceAll('&amp;', '&'), `http://site${pagePath}`);
    if (url.host === 'site' && !stylesheets.includes(url.pathname)) stylesheets.push(url.pathname);
  }
  const htmlBytes = Buffer.from(html);
  let css = 0;
  let cssRaw = 0;
  for (const path of stylesheets) {
    const bytes = readAsset(path);
    if (!bytes) continue;
    cssRaw += bytes.length;
    css += gzipSync(bytes).length;
  }
  const gzHtml = gzipSync(htmlBytes).length;
  return { html: gzHtml, css, total: gzHtml + css, htmlRaw: htmlBytes.length, cssRaw, stylesheets };
}

/** The file of a page address in a build folder: "/people/x/" → people/x/index.html; `base` is stripped first. */
export function pageFile(dir: string, pagePath: string, base = '/'): string {
  const path = decodeURIComponent(pagePath.startsWith(base) ? pagePath.slice(base.length) : pagePath.slice(1));
  return join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/** Weighs the page at `pagePath` of the site built into `dir` for `base` ("/" or "/news/"). */
export function pageWeight(dir: string, pagePath: string, base = '/'): PageWeight {
  const html = readFileSync(pageFile(dir, pagePath, base), 'utf8');
  return pageWeightOf(html, pagePath, (path) => {
    try {
      return readFileSync(pageFile(dir, path, base));
    } catch {
      return undefined;
    }
  });
}

/** The biggest page (by uncompressed HTML) among `folder`/<name>/index.html of a build, as an address and a size. */
export function largestPage(dir: string, folder: string): { path: string; bytes: number; count: number } | undefined {
  let best: { path: string; bytes: number } | undefined;
  let count = 0;
  let names: string[];
  try {
    names = readdirSync(join(dir, folder));
  } catch {
    return undefined;
  }
  for (const name of names) {
    let bytes: number;
    try {
      bytes = statSync(join(dir, folder, name, 'index.html')).size;
    } catch {
      continue;
    }
    count += 1;
    if (!best || bytes > best.bytes) best = { path: `/${folder}/${name}/`, bytes };
  }
  return best && { ...best, count };
}
