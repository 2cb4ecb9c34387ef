import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { SITE, hrefs, htmlFiles, page, pathOf } from './site.ts';
import { allPages, content, declared, entities, file, searchFragments, urls } from './expected.ts';

const fragments = searchFragments();
const byUrl = new Map(fragments.map((f) => [f.url, f]));
const personName = (id: string) => content.people.find((p) => p.id === id)!.data.name;
const organisationName = (id: string) => content.organisations.find((o) => o.id === id)!.data.name;

describe('the search index', () => {
  it('holds every article and every person and organisation page, and nothing else', () => {
    const expected = [
      ...content.articles.map((a) => urls.article(a.slug)),
      ...entities.map(({ ref }) => urls.entity(ref)),
    ].sort();
    expect([...byUrl.keys()].sort()).toEqual(expected);
    const entry = JSON.parse(file('/pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBe(expected.length);
  });

  it('reads every page marked for indexing: none is left out by the pages it is told to read', () => {
    const marked = htmlFiles()
      .filter((path) => /<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/.test(readFileSync(join(SITE, path), 'utf8')))
      .map((path) => `/${pathOf(path)}`)
      .sort();
    expect(marked.length).toBeGreaterThan(3);
    expect(marked).toEqual([...byUrl.keys()].sort());
  });

  it('files each article under its type, people, organisations, outlet and year', () => {
    for (const article of content.articles) {
      const { filters, meta } = byUrl.get(urls.article(article.slug))!;
      const ids = declared(article);
      expect(meta.title).toBe(article.data.title);
      expect(filters.type).toEqual(['Article']);
      expect(filters.outlet).toEqual([organisationName(article.data.publication)]);
      expect(filters.year).toEqual([article.data.date.slice(0, 4)]);
      expect(filters.person).toEqual(expect.arrayContaining(ids.people.map(personName)));
      expect(filters.organisation).toEqual(expect.arrayContaining(article.data.organisations.map(organisationName)));
    }
  });

  it('files each entity page under its type and its own name', () => {
    for (const { ref, data } of entities) {
      const { filters, meta } = byUrl.get(urls.entity(ref))!;
      expect(meta.title).toBe(data.name);
      expect(filters.type).toEqual([ref.type === 'person' ? 'Person' : 'Organisation']);
      expect(filters[ref.type]).toEqual([data.name]);
      if ('kind' in data && data.kind === 'news outlet') expect(filters.outlet).toEqual([data.name]);
    }
  });

  it('indexes the text of articles but not the hidden filter values or feed links', () => {
    const article = byUrl.get(urls.article('us-general-urges-ukraine-diplomacy'))!;
    expect(article.content).toContain('Milley');
    expect(article.content).not.toMatch(/^Article\b/);
    expect(byUrl.get(urls.person('joe-biden'))!.content).not.toContain('JSON Feed');
  });

  it('indexes an article’s own text, not the quotation list and sourcing panel under it', () => {
    for (const article of content.articles) {
      const indexed = byUrl.get(urls.article(article.slug))!.content;
      const analysis = selectAll('section.analysis', page(urls.article(article.slug)));
      expect(analysis.length, article.slug).toBe(2);
      expect(indexed).not.toMatch(/Quotations \(\d+\)/);
      expect(indexed).not.toContain('What the reporting rests on');
    }
  });

  it('has a filter file per filter, for the counts the search page shows', () => {
    expect(readdirSync(join(SITE, 'pagefind/filter')).length).toBeGreaterThan(0);
    for (const name of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css'])
      expect(statSync(join(SITE, 'pagefind', name)).size, name).toBeGreaterThan(0);
  });
});

describe('the search page', () => {
  const tree = page(urls.search());

  it('loads Pagefind’s interface from the site, on this page only', () => {
    expect(hrefs(tree, 'link[rel="stylesheet"][href*="pagefind"]')).toEqual([urls.file('pagefind/pagefind-ui.css')]);
    const scripts = selectAll('script[src]', tree).map((s) => String(s.properties.src));
    expect(scripts).toEqual(expect.arrayContaining([urls.file('pagefind/pagefind-ui.js'), urls.file('search.js')]));
    const container = select('#search', tree)!;
    expect(container.properties.dataBundlePath).toBe(urls.file('pagefind/'));
    expect(container.properties.dataBaseUrl).toBe(urls.home());
    for (const path of allPages().filter((p) => p !== urls.search()))
      expect(selectAll('script[src*="pagefind"], link[href*="pagefind"]', page(path)), path).toEqual([]);
  });

  it('says how to browse without JavaScript', () => {
    const html = readFileSync(join(SITE, 'search/index.html'), 'utf8');
    const noscript = html.slice(html.indexOf('<noscript>'), html.indexOf('</noscript>'));
    for (const href of [urls.home(), urls.archive(), urls.people(), urls.organisations()])
      expect(noscript).toContain(`href="${href}"`);
  });

  it('is in the navigation of every page, with its keyboard shortcut announced', () => {
    for (const path of ['/', urls.person('joe-biden'), urls.archive()]) {
      const link = select('nav[aria-label="Main"] a[href="/search/"]', page(path));
      expect(link?.properties.ariaKeyShortcuts, path).toBe('/ Control+K Meta+K');
    }
  });

  it('is reached by a small deferred script on every page, and no page runs inline script', () => {
    // Budget: the search shortcut and the reader's date format, together under 1.5 kB (before gzip).
    expect(statSync(join(SITE, 'site.js')).size).toBeLessThan(1536);
    for (const path of allPages()) {
      const tree = page(path);
      const site = select(`script[src="${urls.file('site.js')}"]`, tree);
      expect(site?.properties.defer, path).toBe(true);
      const inline = selectAll('script:not([src])', tree).filter((s) => s.properties.type !== 'application/ld+json');
      expect(inline, path).toEqual([]);
    }
  });
});
