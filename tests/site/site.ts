/** Reading the test build of the real site (made once by tests/global-setup.ts). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

/** The folder of the test build. */
export const SITE = process.env.TEST_SITE_DIR ?? join(process.cwd(), '.build-tmp/test-site');

/** Whether the build has a page at a site path such as "/people/joe-biden/". */
export function hasPage(path: string): boolean {
  return existsSync(join(SITE, path, 'index.html'));
}

/** Every HTML file of a build, as paths relative to its folder ("index.html", "people/joe-biden/index.html"). */
export function htmlFiles(dir = SITE): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The site path of a built HTML file: "people/joe-biden/index.html" → "people/joe-biden/", "404.html" stays. */
export function pathOf(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** A built page as a tree, by site path. */
export function page(path: string): Root {
  return fromHtml(readFileSync(join(SITE, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8'));
}

/** The hrefs of the elements matching a CSS selector. */
export function hrefs(tree: Root, selector = 'a[href]'): string[] {
  return selectAll(selector, tree).map((a: Element) => String(a.properties.href));
}

/** The text of the elements matching a CSS selector. */
export function texts(tree: Root, selector: string): string[] {
  return selectAll(selector, tree).map((node: Element) => toString(node));
}
