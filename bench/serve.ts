/**
 * A small static server for a built site, as a plain host serves it: `<path>/index.html` for addresses ending in
 * "/", 404.html for unknown addresses, gzip when the browser asks for it, long caching for hashed assets.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageFile } from './page-weight.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

/** Serves `dir` (built for `base`) on 127.0.0.1:`port` (0 for any free port); resolves once listening. */
export function serveSite(dir: string, base = '/', port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    let file = pageFile(dir, path, base);
    let status = 200;
    // Nothing outside the build folder is served, whatever the address says.
    const inside = resolve(file).startsWith(resolve(dir) + sep);
    if (!path.startsWith(base) || !inside || !isFile(file)) {
      file = pageFile(dir, `${base}404.html`, base);
      status = 404;
    }
    const type = extname(file);
    let body: Buffer = isFile(file) ? readFileSync(file) : Buffer.from('Not found');
    const headers: Record<string, string> = { 'content-type': TYPES[type] ?? 'application/octet-stream' };
    headers['cache-control'] = path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'Accept-Encoding';
    }
    response.writeHead(status, { ...headers, 'content-length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, origin: `http://127.0.0.1:${actual}` });
    });
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
