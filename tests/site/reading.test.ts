import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { LONG_PAGE } from '../../src/emit/views/table-of-contents.ts';
import { attribute, child, children, parseXml, text } from '../xml.ts';
import { hasPage, hrefs, page, texts } from './site.ts';
import { absolute, allPages, articlesNewestFirst, content, declared, entities, file, urls } from './expected.ts';

const years = [...new Set(articlesNewestFirst.map((a) => a.data.date.slice(0, 4)))];

describe('navigation', () => {
  it('offers Archive and Search on every page', () => {
    for (const path of ['/', urls.people(), urls.article(content.articles[0]!.slug)]) {
      const nav = hrefs(page(path), 'nav[aria-label="Main"] a');
      expect(nav, path).toEqual(expect.arrayContaining([urls.archive(), urls.search()]));
    }
  });

  it('shows breadcrumbs on every page below home, and none on home', () => {
    expect(select('nav[aria-label="Breadcrumb"]', page('/'))).toBeUndefined();
    for (const path of allPages().filter((p) => p !== '/' && p !== '/404.html')) {
      const trail = hrefs(page(path), 'nav[aria-label="Breadcrumb"] a');
      expect(trail[0], path).toBe(urls.home());
      expect(trail.at(-1), path).toBe(path);
    }
  });

  it('places articles in their year and organisations under their parents', () => {
    const article = articlesNewestFirst[0]!;
    expect(hrefs(page(urls.article(article.slug)), 'nav[aria-label="Breadcrumb"] a')).toEqual([
      urls.home(),
      urls.archive(),
      urls.archiveYear(article.data.date.slice(0, 4)),
      urls.article(article.slug),
    ]);
    const child = content.organisations.find((o) => o.data.parent)!;
    const trail = hrefs(page(urls.organisation(child.id)), 'nav[aria-label="Breadcrumb"] a');
    expect(trail.slice(0, 2)).toEqual([urls.home(), urls.organisations()]);
    expect(trail.slice(-2)).toEqual([urls.organisation(child.data.parent!), urls.organisation(child.id)]);
  });
});

describe('previous and next article', () => {
  it('link each article to the next older (rel=prev) and next newer (rel=next) article by date', () => {
    articlesNewestFirst.forEach((article, i) => {
      const tree = page(urls.article(article.slug));
      const older = articlesNewestFirst[i + 1];
      const newer = articlesNewestFirst[i - 1];
      expect(hrefs(tree, 'nav.neighbours a[rel="prev"]'), article.slug).toEqual(
        older ? [urls.article(older.slug)] : [],
      );
      expect(hrefs(tree, 'nav.neighbours a[rel="next"]'), article.slug).toEqual(
        newer ? [urls.article(newer.slug)] : [],
      );
    });
  });
});

describe('the archive', () => {
  it('lists every year, newest first, with its months', () => {
    const tree = page(urls.archive());
    expect(hrefs(tree, '.archive-years h2 a')).toEqual(years.map((y) => urls.archiveYear(y)));
    for (const href of hrefs(tree, '.archive-months a')) expect(href).toMatch(/^\/archive\/\d{4}\/#month-\d{2}$/);
  });

  it('has a page per year with a section per month holding exactly that month’s articles', () => {
    for (const year of years) {
      expect(hasPage(urls.archiveYear(year)), year).toBe(true);
      const tree = page(urls.archiveYear(year));
      const inYear = articlesNewestFirst.filter((a) => a.data.date.startsWith(year));
      expect(hrefs(tree, '.card-title a')).toEqual(inYear.map((a) => urls.article(a.slug)));
      for (const section of selectAll('section[aria-labelledby^="month-"]', tree)) {
        const month = String(section.properties.ariaLabelledBy).slice('month-'.length);
        expect(hrefs({ type: 'root', children: [section] }, '.card-title a')).toEqual(
          inYear.filter((a) => a.data.date.slice(5, 7) === month).map((a) => urls.article(a.slug)),
        );
      }
    }
  });
});

describe('tables of contents', () => {
  it('appear on long entity pages only, one entry per article, each reaching its entry on the page', () => {
    let seen = 0;
    for (const { ref } of entities) {
      const tree = page(urls.entity(ref));
      const articles = selectAll('.appearances > li', tree);
      const sentences = selectAll('.appearances .contexts > li', tree).length;
      const long = articles.length >= LONG_PAGE.articles || sentences >= LONG_PAGE.sentences;
      const toc = hrefs(tree, 'nav.toc a');
      if (!long) {
        expect(toc, ref.id).toEqual([]);
        continue;
      }
      seen += 1;
      expect(toc, ref.id).toEqual(articles.map((li) => `#${li.properties.id}`));
    }
    expect(seen, 'at least one entity page is long enough for contents').toBeGreaterThan(0);
  });
});

describe('sitemap and robots.txt', () => {
  const index = parseXml(file(urls.sitemap()));
  const sitemaps = children(index, 'sitemap').map((s) => text(child(s, 'loc')));
  const entries = new Map(
    sitemaps.flatMap((loc) =>
      children(parseXml(file(new URL(loc).pathname)), 'url').map((u) => [
        new URL(text(child(u, 'loc'))).pathname,
        children(u, 'lastmod').map(text)[0],
      ]),
    ),
  );
  const newest = articlesNewestFirst[0]!.data.date;
  const day = (lastmod: string | undefined) => lastmod?.slice(0, 10);

  it('lists every page but the 404 page, at absolute addresses', () => {
    expect(attribute(index, 'xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(sitemaps.every((loc) => loc.startsWith(absolute('/')))).toBe(true);
    expect([...entries.keys()].sort()).toEqual(allPages().filter((p) => p !== '/404.html'));
  });

  it('dates articles by their date, entities by their newest article, indexes by the newest article', () => {
    for (const article of content.articles)
      expect(day(entries.get(urls.article(article.slug)))).toBe(article.data.date);
    for (const { ref } of entities) {
      const dates = content.articles
        .filter((a) => declared(a)[ref.type === 'person' ? 'people' : 'organisations'].includes(ref.id))
        .map((a) => a.data.date)
        .sort();
      expect(day(entries.get(urls.entity(ref))), ref.id).toBe(dates.at(-1));
    }
    for (const path of ['/', urls.people(), urls.organisations(), urls.archive(), urls.search()])
      expect(day(entries.get(path)), path).toBe(newest);
    for (const year of years)
      expect(day(entries.get(urls.archiveYear(year)))).toBe(
        articlesNewestFirst.find((a) => a.data.date.startsWith(year))!.data.date,
      );
  });

  it('is named in robots.txt', () => {
    expect(file('/robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(urls.sitemap())}\n`);
  });
});

describe('dates', () => {
  it('are machine-readable in every <time>', () => {
    for (const path of ['/', urls.archive(), urls.article(content.articles[0]!.slug), urls.person('joe-biden')])
      for (const time of selectAll('time', page(path)))
        expect(String(time.properties.dateTime), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(texts(page(urls.archive()), 'h1')).toEqual(['Archive']);
  });
});
