/**
 * The benchmark's Hugo reference site (bench/hugo/): the same pages as the plain Astro baseline, from a generated
 * corpus. Built with Hugo only where `hugo` is on PATH; it is a reference, not a dependency.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findHugo } from '../../bench/hugo/bench-hugo.ts';
import { writeHugoSite } from '../../bench/hugo/write-site.ts';
import { generateCorpus } from '../../bench/generate-corpus.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-hugo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const content = join(scratch, 'content');
const corpus = generateCorpus(40, 3, content, resolve('content'));
const site = join(scratch, 'site');
const stats = writeHugoSite(content, site);

describe('the Hugo reference site', () => {
  it('has a page for every article, person and organisation of the corpus', () => {
    expect(stats).toEqual({ articles: 40, people: corpus.people, organisations: corpus.organisations });
    const front = (path: string) => JSON.parse(readFileSync(join(site, 'content', path), 'utf8').split('\n')[0]!);
    const [article] = readdirSync(join(site, 'content', 'articles'));
    expect(Object.keys(front(`articles/${article}`))).toEqual(['title', 'date', 'people', 'organisations']);
  });

  it('finds hugo on PATH only where it is', () => {
    expect(findHugo(scratch)).toBeUndefined();
  });

  it.skipIf(!findHugo())('builds with Hugo: every page, and a person’s page lists the articles naming them', () => {
    const out = join(scratch, 'public');
    const result = spawnSync(findHugo()!, ['--quiet', '--source', site, '--destination', out], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const pages = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('index.html'));
    expect(pages).toHaveLength(40 + corpus.people + corpus.organisations);
    const html = readFileSync(join(out, 'people', corpus.topPerson.id, 'index.html'), 'utf8');
    expect(html.match(/<li><a href="\/articles\//g)).toHaveLength(corpus.topPerson.articles);
  });
});
