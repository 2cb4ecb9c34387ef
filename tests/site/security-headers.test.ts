/**
 * The security policy reaches every page as a <meta> and static hosts as a `_headers` file, and no page carries
 * anything the policy would block (an inline script without its hash, a <style> element or a style attribute).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { CACHE_RULES, contentSecurityPolicy, headersFile, securityHeaders } from '../../src/emit/headers.ts';
import { htmlFiles, SITE } from './site.ts';

/** The directives of a policy string, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** A `_headers` file as rules: path pattern → headers. Throws on a line that is neither. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    if (!match || !current) throw new Error(`_headers line ${index + 1} is not "  Name: value" under a path: ${line}`);
    current[match[1]!] = match[2]!;
  }
  return rules;
}

const pages = htmlFiles().map((file) => ({ file, tree: fromHtml(readFileSync(join(SITE, file), 'utf8')) }));

describe('the Content-Security-Policy', () => {
  const policy = directives(contentSecurityPolicy('header'));

  it('allows no inline script or style and no plugins', () => {
    for (const name of ['script-src', 'style-src', 'default-src'])
      expect(policy.get(name), name).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is in every page as the first <meta> after the charset, without the header-only frame-ancestors', () => {
    const meta = contentSecurityPolicy('meta');
    expect(directives(meta).has('frame-ancestors')).toBe(false);
    for (const { file, tree } of pages) {
      const head = selectAll('head > *', tree);
      expect(head[0]?.properties.charSet, file).toBe('utf-8');
      expect(head[1]?.properties.httpEquiv, file).toEqual(['Content-Security-Policy']);
      expect(head[1]?.properties.content, file).toBe(meta);
      expect(select('meta[name="referrer"]', tree)?.properties.content, file).toBe(
        securityHeaders()['Referrer-Policy'],
      );
    }
  });

  it('blocks nothing a page needs: inline scripts are hashed, styles come from files', () => {
    const scriptSources = policy.get('script-src') ?? [];
    for (const { file, tree } of pages) {
      const inline = selectAll('script:not([src])', tree).filter(
        (s: Element) => !/json/.test(String(s.properties.type ?? '')),
      );
      for (const script of inline) {
        const hash = `'sha256-${createHash('sha256').update(toString(script)).digest('base64')}'`;
        expect(scriptSources, `${file}: an inline script needs ${hash} in script-src`).toContain(hash);
      }
      expect(selectAll('style, [style]', tree).length, `${file}: inline styles are blocked`).toBe(0);
    }
  });
});

describe('the _headers file', () => {
  it('is emitted at the root of the build and sends every security header for the whole site', () => {
    const rules = parseHeadersFile(readFileSync(join(SITE, '_headers'), 'utf8'));
    expect([...rules.keys()][0]).toBe('/*');
    const headers = rules.get('/*')!;
    expect(headers).toEqual(securityHeaders());
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy('header'));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeTruthy();
    expect(headers['Permissions-Policy']).toMatch(/^[a-z-]+=\(\)(, [a-z-]+=\(\))*$/);
  });

  it('lets browsers keep content-addressed files for a year, and only those', () => {
    const rules = parseHeadersFile(readFileSync(join(SITE, '_headers'), 'utf8'));
    expect(rules.get('/*')!['Cache-Control']).toBeUndefined();
    const immutable = [...rules].filter(([, h]) => h['Cache-Control']);
    expect(immutable.map(([path]) => path)).toEqual(CACHE_RULES.map((rule) => `/${rule.path}`));
    for (const [path, headers] of immutable) {
      expect(headers['Cache-Control']).toBe('public, max-age=31536000, immutable');
      // Immutable is only true of a file whose name changes with its content: each carries a digest in its name.
      const folder = join(SITE, path.slice(1, -2));
      const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((n) => /\.[a-z_]+$/.test(n));
      expect(names.length, path).toBeGreaterThan(0);
      for (const name of names) expect(name, path).toMatch(/[._-][A-Za-z0-9_-]{7,}\.[a-z_]+$/);
    }
  });

  it('covers only the site’s own path under a sub-path deploy', () => {
    expect([...parseHeadersFile(headersFile('/news/')).keys()]).toEqual([
      '/news/*',
      ...CACHE_RULES.map((rule) => `/news/${rule.path}`),
    ]);
  });
});
