/**
 * Lighthouse on a built site, with its default mobile emulation and Debian's Chromium: the four category scores
 * and the page weight (HTML + CSS gzipped) of the home page, an article, a person and an organisation.
 *   npm install --prefix bench/out/tools lighthouse   (once; it downloads no browser)
 *   node bench/lighthouse.ts [--dir dist] [--base /] [--port 4321] [--pick largest|first] [--pages /,/a/]
 * By default the biggest article, person and organisation pages are taken: the budget must hold for the worst.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { largestPage, pageWeight } from './page-weight.ts';
import { serveSite } from './serve.ts';

/** The part of a Lighthouse result this script reads. */
interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
  runtimeError?: { message: string };
}
type Lighthouse = (url: string, flags: object) => Promise<{ lhr: LighthouseResult } | undefined>;
type Launcher = {
  launch(options: object): Promise<{ port: number; kill(): void | Promise<void> }>;
};

/** The categories the budget sets at 100. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Chromium flags for a quiet headless run in a container. */
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The pages to audit: explicit addresses, or the home page plus one article, person and organisation page. */
export function pagesToAudit(dir: string, pick: 'largest' | 'first', base = '/'): Array<[string, string]> {
  const first = (folder: string) => {
    const name = readdirSync(join(dir, folder)).sort()[0];
    return name ? `/${folder}/${name}/` : undefined;
  };
  const choose = (folder: string) => (pick === 'largest' ? largestPage(dir, folder)?.path : first(folder));
  const pages: Array<[string, string | undefined]> = [
    ['home', '/'],
    ['article', choose('articles')],
    ['person', choose('people')],
    ['organisation', choose('organisations')],
  ];
  return pages.flatMap(([label, path]) => (path ? [[label, `${base}${path.slice(1)}`] as [string, string]] : []));
}

async function loadTools(): Promise<{ lighthouse: Lighthouse; launcher: Launcher }> {
  const modules = resolve('bench', 'out', 'tools', 'node_modules');
  const entry = join(modules, 'lighthouse', 'core', 'index.js');
  if (!existsSync(entry)) {
    throw new Error('Lighthouse is not installed: run npm install --prefix bench/out/tools lighthouse');
  }
  const lighthouse = ((await import(pathToFileURL(entry).href)) as { default: Lighthouse }).default;
  const launcher = (await import(pathToFileURL(join(modules, 'chrome-launcher', 'dist', 'index.js')).href)) as Launcher;
  return { lighthouse, launcher };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const dir = resolve(option('--dir', 'dist'));
  const base = option('--base', '/');
  const pick = option('--pick', 'largest') === 'first' ? 'first' : 'largest';
  const explicit = option('--pages', '');
  const pages = explicit
    ? explicit.split(',').map((path, i): [string, string] => [`page ${i + 1}`, path])
    : pagesToAudit(dir, pick, base);
  const { lighthouse, launcher } = await loadTools();
  // The site's canonical addresses default to 127.0.0.1:4321, so serve there when the port is free.
  const wanted = Number(option('--port', '4321'));
  const { server, origin } = await serveSite(dir, base, wanted).catch(() => serveSite(dir, base, 0));
  const chrome = await launcher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const rows: string[] = [];
  const failures: string[] = [];
  try {
    for (const [label, path] of pages) {
      const w = pageWeight(dir, path, base);
      const kb = (bytes: number) => (bytes / 1000).toFixed(1);
      const weights = `${kb(w.html)} | ${kb(w.css)} | ${kb(w.total)}`;
      // One page that Lighthouse cannot finish (a protocol time-out on a huge page) is reported, not fatal.
      const lhr = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      }).then(
        (result) => result?.lhr,
        (error: unknown) => ({ runtimeError: { message: String(error) } }) as LighthouseResult,
      );
      if (!lhr || lhr.runtimeError) {
        rows.push(`| ${label} | \`${path}\` | – | – | – | – | ${weights} |`);
        failures.push(`- ${label}: Lighthouse did not finish: ${lhr?.runtimeError?.message ?? 'no result'}`);
        continue;
      }
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      rows.push(`| ${label} | \`${path}\` | ${scores.join(' | ')} | ${weights} |`);
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || audit.score === null || ref.weight === 0) continue;
          // Pass/fail audits must pass; a metric counts as failing below 0.9, where Lighthouse turns it orange.
          if (audit.score >= (audit.scoreDisplayMode === 'binary' ? 1 : 0.9)) continue;
          failures.push(`- ${label} · ${category}: ${audit.title} (\`${ref.id}\`, score ${audit.score})`);
        }
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  console.log(`Lighthouse (mobile emulation, ${dir} served at ${origin}, /usr/bin/chromium)\n`);
  console.log(
    '| page | address | performance | accessibility | best practices | SEO | HTML gz (kB) | CSS gz (kB) | total gz (kB) |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(rows.join('\n'));
  if (failures.length) console.log(`\nBelow full marks:\n${failures.join('\n')}`);
}

if (import.meta.main) await main();
