/**
 * Browser tests: Debian's Chromium driven by playwright-core (never a downloaded browser), and a small static server
 * that serves a built site under its base path the way a static host would.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The system Chromium (installed by src/build/setup.mjs --browser); CHROMIUM overrides it. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet, headless, sandbox-free Chromium that makes no requests of its own. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Chromium; one per test file, closed in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A running static server for one built site. */
export interface SiteServer {
  /** "http://127.0.0.1:<port>". */
  origin: string;
  /** The absolute address of a path inside the site: url("people/") → "http://127.0.0.1:<port>/news/people/". */
  url(path?: string): string;
  close(): Promise<void>;
}

/**
 * Serves `dir` at `base` ("/" or "/news/") on 127.0.0.1 and a free port, as a static host does: a folder address
 * serves its index.html, a folder without its trailing slash redirects to it, and an unknown address gets 404.html
 * with status 404. Nothing outside `base` is served.
 */
export async function serveSite(dir: string, base = '/'): Promise<SiteServer> {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://site');
    const file = pathname.startsWith(root) ? fileFor(dir, decodeURIComponent(pathname.slice(root.length))) : null;
    if (file === 'redirect') {
      response.writeHead(301, { Location: `${pathname}/` }).end();
    } else if (file) {
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    } else {
      const notFound = join(dir, '404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path = '') => `${origin}${root}${path.replace(/^\/+/, '')}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The file to serve for a path inside the site, 'redirect' for a folder without its slash, or null. */
function fileFor(dir: string, path: string): string | 'redirect' | null {
  const full = normalize(join(dir, path));
  if (full !== dir && !full.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`)) return null;
  if (!existsSync(full)) return null;
  if (!statSync(full).isDirectory()) return full;
  if (!path.endsWith('/') && path !== '') return 'redirect';
  const index = join(full, 'index.html');
  return existsSync(index) ? index : null;
}

/**
 * Records what goes wrong while a page loads: a request outside the site, a failed request or an error status, a
 * console error (Chromium reports what the Content-Security-Policy blocks there) and an uncaught exception. `take`
 * returns the problems recorded since the last call, each prefixed with `path`.
 */
export function recordProblems(
  context: BrowserContext,
  page: Page,
  server: SiteServer,
): { take(path: string): string[] } {
  let problems: string[] = [];
  const inside = server.url();
  context.on('request', (request) => {
    if (!request.url().startsWith(inside)) problems.push(`a request outside ${inside}: ${request.url()}`);
  });
  // Going on to the next page cancels what the last one still loads (its favicon): ERR_ABORTED is not a failure.
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') problems.push(`${request.url()} failed: ${reason}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.url()} answered ${response.status()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.exec(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return {
    take(path) {
      const taken = problems.map((problem) => `${path}: ${problem}`);
      problems = [];
      return taken;
    },
  };
}
