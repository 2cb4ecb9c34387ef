/**
 * The dev server on a scratch copy of the content: an edit to any content file shows on the next page load, and bad
 * content shows the editor's message in the terminal and in the browser, with no stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/parse/read-content.ts';
import { buildEnv, copyContent } from '../helpers.ts';

const copy = copyContent();
const content = readContent(copy.root);
const article = content.articles[0]!;
const person = content.people.find((p) => p.data.description)!;
let server: ChildProcess;
let output = '';
let origin = '';

/** A free port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The page at `path` as the browser would ask for it. */
async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
  return { status: response.status, text: await response.text() };
}

/** Polls `path` until `test` holds; resolves to the seconds it took. Bounded: at most `limit` seconds. */
async function until(path: string, test: (page: { status: number; text: string }) => boolean, limit = 30) {
  const start = performance.now();
  for (;;) {
    const page = await get(path).catch(() => ({ status: 0, text: '' }));
    if (test(page)) return (performance.now() - start) / 1000;
    if ((performance.now() - start) / 1000 > limit) throw new Error(`${path} did not change within ${limit} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Rewrites a file of the scratch content with `edit` applied. */
function edit(path: string, change: (text: string) => string): void {
  const file = join(copy.root, '..', path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { env: buildEnv({ CONTENT_DIR: copy.root }), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await until('/', (page) => page.status === 200, 90);
}, 120_000);

afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  copy.cleanup();
});

describe('the dev server', () => {
  const articlePath = `/articles/${article.slug}/`;

  it('shows an edited title on the next page load', async () => {
    expect((await get(articlePath)).status).toBe(200);
    edit(article.file, (text) => text.replace(/^title: .*$/m, "title: 'Dev reload check one'"));
    const seconds = await until(articlePath, (page) => page.text.includes('Dev reload check one'));
    expect(seconds).toBeLessThan(30);
  });

  it('shows a new article, its body and the home page listing it, on the next page load', async () => {
    const slug = 'dev-reload-new-article';
    writeFileSync(
      join(copy.root, 'articles', `${slug}.md`),
      readFileSync(join(copy.root, '..', article.file), 'utf8')
        .replace(/^title: .*$/m, "title: 'A new article in the dev check'")
        .replace(/\n---\n[\s\S]*$/, '\n---\n\nA paragraph written in the dev reload check.\n'),
    );
    await until(`/articles/${slug}/`, (page) => page.text.includes('A paragraph written in the dev reload check.'));
    await until('/', (page) => page.text.includes('A new article in the dev check'));
  });

  it('shows an edited person on the next page load', async () => {
    const path = `/people/${person.id}/`;
    edit(person.file, (text) => text.replace(/^description: .*$/m, 'description: A description from the dev check.'));
    await until(path, (page) => page.text.includes('A description from the dev check.'));
  });

  it('shows an edited ledger on the next page load', async () => {
    const ledger = content.ledgers.values().next().value!;
    const path = `/articles/${ledger.slug}/received/`;
    expect(readFileSync(join(copy.root, '..', ledger.file), 'utf8')).toMatch(/why: "/);
    edit(ledger.file, (text) => text.replace('why: "', 'why: "Edited in the dev check. '));
    await until(path, (page) => page.text.includes('Edited in the dev check.'));
  });

  it('shows a content error as the editor message, in the browser and the terminal, then recovers', async () => {
    edit(article.file, (text) => text.replace(/^publication: .*$/m, 'publication: no-such-outlet'));
    await until(articlePath, (page) => page.status === 500);
    const page = await get(articlePath);
    const message = toString(select('#content-problems', fromHtml(page.text))!);
    expect(message).toContain(`${article.file} → publication: no organisation has the id "no-such-outlet".`);
    expect(message).not.toMatch(/\n\s+at /);
    await until('/', () => output.includes('no organisation has the id "no-such-outlet"'));
    const terminal = output.slice(output.indexOf('no-such-outlet') - 300);
    expect(terminal).not.toMatch(/\n\s+at \S+ \(/);
    expect(terminal).not.toContain('UnhandledRejection');
    edit(article.file, (text) =>
      text.replace('publication: no-such-outlet', `publication: ${article.data.publication}`),
    );
    await until(articlePath, (next) => next.status === 200 && next.text.includes('Dev reload check one'));
  });
});
