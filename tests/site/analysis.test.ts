import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUrls } from '../../src/model/urls.ts';
import { SITE, hrefs, page, texts } from './site.ts';
import { content } from './expected.ts';

const urls = createUrls('/');
const TIMES = 'us-general-urges-ukraine-diplomacy';
const POLITICO = 'biden-backchannel-to-russia';
const data = (name: string) =>
  JSON.parse(readFileSync(join(SITE, 'data', name), 'utf8')) as Array<Record<string, unknown>>;

describe('quotations on the built site', () => {
  it('marks each quotation in the text and links it to the list that names its speaker', () => {
    for (const slug of [TIMES, POLITICO]) {
      const tree = page(urls.article(slug));
      const quotes = data('quotes.json').filter((q) => q.article === slug);
      expect(quotes.length).toBeGreaterThan(3);
      expect(hrefs(tree, '.prose .quote-ref a')).toEqual(quotes.map((q) => `#quotation-${q.number}`));
      expect(texts(tree, '.quote-list > li').length).toBe(quotes.length);
      for (const q of quotes) expect(texts(tree, `#${String(q.anchor)}`), String(q.anchor)).toHaveLength(1);
    }
  });

  it('attributes the Times quotations to the people who said them', () => {
    const speakers = data('quotes.json')
      .filter((q) => q.article === TIMES && q.kind === 'full')
      .map((q) => q.speakerId);
    for (const id of [
      'mark-milley',
      'jake-sullivan',
      'joe-biden',
      'charles-kupchan',
      'steven-pifer',
      'alexandria-ocasio-cortez',
    ]) {
      expect(speakers, id).toContain(id);
    }
  });

  it('gives every quoted person an “In their words” section linking back to the text', () => {
    const quoted = new Set(
      data('quotes.json')
        .filter((q) => q.speakerType === 'person')
        .map((q) => String(q.speakerId)),
    );
    expect(quoted.size).toBeGreaterThan(5);
    for (const id of quoted) {
      const tree = page(urls.person(id));
      expect(texts(tree, '#in-their-words'), id).toHaveLength(1);
      expect(
        hrefs(tree, '#in-their-words ~ ol a').some((h) => h.includes('#q-')),
        id,
      ).toBe(true);
    }
  });

  it('lists every quotation on /quotes/ by speaker and by article', () => {
    const count = data('quotes.json').length;
    const tree = page('/quotes/');
    expect(texts(tree, '#by-speaker ~ section .quote-list > li').length).toBeGreaterThanOrEqual(count);
  });
});

describe('sourcing on the built site', () => {
  it('shows each article’s attributions by kind, with a chart that has a text equivalent', () => {
    const tree = page(urls.article(TIMES));
    const attributions = data('attributions.json').filter((a) => a.article === TIMES);
    expect(texts(tree, '.attribution-list > li')).toHaveLength(attributions.length);
    const label = String(page(urls.article(TIMES)).children.length && texts(tree, '#sourcing ~ figure figcaption')[0]);
    expect(label).toContain(`${attributions.length} in all`);
    const anonymous = attributions.filter((a) => a.kind === 'anonymous').length;
    expect(anonymous).toBeGreaterThan(3);
  });

  it('shows the Times note on anonymous sources as policy, not as reporting', () => {
    const tree = page(urls.article(TIMES));
    const notes = texts(tree, '.prose .policy-note');
    expect(notes.length).toBeLessThanOrEqual(1);
    for (const note of notes) expect(note).toMatch(/anonymous sources/);
    for (const a of data('attributions.json')) expect(String(a.phrase)).not.toMatch(/corroborate/);
  });

  it('compares the articles side by side on /sources/', () => {
    const rows = texts(page('/sources/'), 'tbody tr');
    expect(rows).toHaveLength(2);
  });
});

describe('timeline, network and data', () => {
  it('resolves the Times “on Thursday” to the article’s date and lists undated events apart', () => {
    const timeline = data('timeline.json');
    const thursday = timeline.find((e) => e.article === TIMES && e.expression === 'on Thursday');
    expect(thursday).toMatchObject({ from: '2022-11-10', to: '2022-11-10' });
    const tree = page('/timeline/');
    expect(texts(tree, 'h2')).toEqual(['Dated events', 'Not dated by the text']);
  });

  it('draws the network as SVG with a table of the same pairs', () => {
    const tree = page('/network/');
    const pairs = data('cooccurrence.json').filter((p) => Number(p.paragraphs) > 0);
    expect(texts(tree, 'tbody tr')).toHaveLength(pairs.length);
    expect(texts(tree, 'svg circle').length).toBeGreaterThan(10);
  });

  it('publishes every data file, linked from /data/, and the navigation reaches every analysis page', () => {
    const listed = hrefs(page('/data/'), '.data-files a');
    expect(listed.length).toBeGreaterThanOrEqual(13);
    for (const href of listed) expect(() => readFileSync(join(SITE, href))).not.toThrow();
    const nav = hrefs(page('/'), 'nav[aria-label="Main"] a');
    for (const section of ['/quotes/', '/sources/', '/network/', '/timeline/', '/data/'])
      expect(nav).toContain(section);
  });

  it('writes each JSON list with one record a line, compact, so diffs and grep see one record at a time', () => {
    for (const href of hrefs(page('/data/'), '.data-files a').filter((h) => h.endsWith('.json'))) {
      const text = readFileSync(join(SITE, href), 'utf8');
      const records = JSON.parse(text) as unknown[];
      const lines = text.trimEnd().split('\n');
      expect(lines.length, href).toBe(records.length === 0 ? 1 : records.length + 2);
      records.forEach((record, i) => expect(lines[i + 1]!.replace(/,$/, ''), href).toBe(JSON.stringify(record)));
    }
  });

  it('lists people and organisations by id, whatever order their files were read in', () => {
    for (const name of ['people.json', 'organisations.json']) {
      const ids = data(name).map((r) => String(r.id));
      expect(ids, name).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    // "politico" sorts before "politico-europe", though the file politico-europe.yaml comes first.
    const organisations = data('organisations.json').map((r) => r.id);
    expect(organisations.indexOf('politico')).toBeLessThan(organisations.indexOf('politico-europe'));
  });

  it('keeps CSV and JSON in agreement', () => {
    const text = readFileSync(join(SITE, 'data/quotes.csv'), 'utf8');
    expect(text.startsWith('\uFEFF'), 'a byte order mark for spreadsheets').toBe(true);
    const csv = text.slice(1).trimEnd().split('\r\n');
    expect(csv[0]).toBe(
      'article,date,number,anchor,paragraph,kind,speakerType,speakerId,speakerDescription,verb,venue,text',
    );
    expect(csv.length - 1).toBe(data('quotes.json').length);
  });

  it('publishes flat tables that an independent CSV reader reads back: every CSV, with a BOM, one row per record', () => {
    const csvFiles = readdirSync(join(SITE, 'data')).filter((name) => name.endsWith('.csv'));
    expect(csvFiles).toEqual(expect.arrayContaining(['articles.csv', 'people.csv', 'organisations.csv']));
    // Python's csv module, strict, with the encoding spreadsheets and pandas use for UTF-8 with a BOM.
    const script = [
      'import csv, json, sys',
      'out = {}',
      'for path in sys.argv[1:]:',
      '    with open(path, encoding="utf-8-sig", newline="") as f:',
      '        rows = list(csv.reader(f, strict=True))',
      '    out[path.rsplit("/", 1)[-1]] = {"header": rows[0], "rows": len(rows) - 1, "widths": sorted({len(r) for r in rows})}',
      'print(json.dumps(out))',
    ].join('\n');
    const result = spawnSync('python3', ['-c', script, ...csvFiles.map((name) => join(SITE, 'data', name))], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const read = JSON.parse(result.stdout) as Record<string, { header: string[]; rows: number; widths: number[] }>;
    for (const name of csvFiles) {
      expect(readFileSync(join(SITE, 'data', name), 'utf8').startsWith('\uFEFF'), name).toBe(true);
      expect(read[name]!.widths, `${name}: every row as wide as the header`).toEqual([read[name]!.header.length]);
      const json = name.replace(/\.csv$/, '.json');
      if (existsSync(join(SITE, 'data', json))) expect(read[name]!.rows, name).toBe(data(json).length);
    }
    expect(read['articles.csv']!.header.slice(0, 5)).toEqual(['slug', 'url', 'title', 'dek', 'date']);
    expect(read['people.csv']!.rows).toBe(content.people.length);
    expect(read['organisations.csv']!.rows).toBe(content.organisations.length);
  });
});
