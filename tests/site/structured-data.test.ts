import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { hrefs, page, texts } from './site.ts';
import { absolute, allPages, content, entities, hasFile, jsonLd, urls } from './expected.ts';
import { checkJsonLd } from '../structured-data/check-json-ld.ts';

const wikidata = (id: string | undefined) => (id ? [`https://www.wikidata.org/wiki/${id}`] : undefined);
const people = new Map(content.people.map((p) => [p.id, p.data]));
const organisations = new Map(content.organisations.map((o) => [o.id, o.data]));
/** A page's JSON-LD node of one type. */
const node = (path: string, type: string) => jsonLd(page(path)).find((d) => d['@type'] === type)!;
const meta = (path: string, key: string) => {
  const element = select(`meta[property="${key}"], meta[name="${key}"]`, page(path));
  return element ? String(element.properties.content) : undefined;
};

describe('structured data', () => {
  it('is on every page, and every block parses as JSON-LD', () => {
    for (const path of allPages().filter((p) => p !== '/404.html')) {
      const blocks = jsonLd(page(path));
      expect(blocks.length, path).toBeGreaterThan(0);
      for (const block of blocks) expect(block['@context'], path).toBe('https://schema.org');
    }
  });

  it('describes the site on the home page, with a search action', () => {
    const site = node('/', 'WebSite');
    expect(site).toMatchObject({ name: 'News in Context', url: absolute('/') });
    expect(site.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absolute(urls.search())}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });

  it('gives every page below home a BreadcrumbList matching its visible breadcrumbs', () => {
    for (const path of allPages().filter((p) => p !== '/' && p !== '/404.html')) {
      const tree = page(path);
      const visible = selectAll('nav[aria-label="Breadcrumb"] a', tree);
      expect(visible.length, path).toBeGreaterThanOrEqual(2);
      expect(String(visible.at(-1)!.properties.href)).toBe(path);
      expect(visible.at(-1)!.properties.ariaCurrent).toBe('page');
      const list = node(path, 'BreadcrumbList');
      expect(list.itemListElement, path).toEqual(
        visible.map((a, i) => ({
          '@type': 'ListItem',
          position: i + 1,
          name: texts({ type: 'root', children: [a] }, 'a')[0],
          item: absolute(String(a.properties.href)),
        })),
      );
    }
  });

  it('describes each article as a NewsArticle naming its authors, publisher, people and original', () => {
    for (const article of content.articles) {
      const { data } = article;
      const news = node(urls.article(article.slug), 'NewsArticle');
      expect(news).toMatchObject({
        headline: data.title,
        datePublished: `${data.date}T00:00:00+00:00`,
        dateModified: `${data.date}T00:00:00+00:00`,
        url: absolute(urls.article(article.slug)),
        mainEntityOfPage: absolute(urls.article(article.slug)),
      });
      expect(news.author).toEqual(
        data.authors.map((id) => ({
          '@type': 'Person',
          name: people.get(id)!.name,
          url: absolute(urls.person(id)),
          ...(people.get(id)!.wikidata && { sameAs: wikidata(people.get(id)!.wikidata) }),
        })),
      );
      // This site publishes the page; the outlet published the original.
      expect(news.publisher).toEqual({ '@type': 'Organization', name: 'News in Context', url: absolute(urls.home()) });
      const outlet = organisations.get(data.publication)!;
      expect(news.sourceOrganization).toMatchObject({
        name: outlet.name,
        url: absolute(urls.organisation(data.publication)),
      });
      expect((news.sourceOrganization as { sameAs?: string[] }).sameAs).toEqual(wikidata(outlet.wikidata));
      const named = [...((news.about as object[]) ?? []), ...((news.mentions as object[]) ?? [])] as Array<{
        '@type': string;
        name: string;
        url: string;
        sameAs?: string[];
      }>;
      for (const id of data.people) {
        const person = named.find((n) => n.url === absolute(urls.person(id)));
        expect(person, `${article.slug} names ${id}`).toMatchObject({ '@type': 'Person', name: people.get(id)!.name });
        expect(person!.sameAs).toEqual(wikidata(people.get(id)!.wikidata));
      }
      for (const id of data.organisations) {
        const organisation = named.find((n) => n.url === absolute(urls.organisation(id)));
        expect(organisation?.name, `${article.slug} names ${id}`).toBe(organisations.get(id)!.name);
        expect(organisation!.sameAs).toEqual(wikidata(organisations.get(id)!.wikidata));
      }
      expect(news.isBasedOn).toEqual({
        '@type': 'NewsArticle',
        headline: data.title,
        publisher: news.sourceOrganization,
        ...(data.provenance.original && { url: data.provenance.original }),
      });
      expect(hasFile(urls.socialImage({ article: article.slug })), 'the card exists').toBe(true);
      expect(news.image).toEqual([
        {
          '@type': 'ImageObject',
          url: absolute(urls.socialImage({ article: article.slug })),
          width: { '@type': 'QuantitativeValue', value: 1200, unitCode: 'E37' },
          height: { '@type': 'QuantitativeValue', value: 630, unitCode: 'E37' },
        },
      ]);
    }
  });

  it('passes the required and recommended properties of every type, on every block of every page', () => {
    const problems = allPages()
      .filter((p) => p !== '/404.html')
      .flatMap((path) => jsonLd(page(path)).flatMap((block) => checkJsonLd(block).map((p) => `${path}: ${p}`)));
    expect(problems).toEqual([]);
  });

  it('puts in `about` what the headline or dek names, and the rest in `mentions`', () => {
    const news = node(urls.article('us-general-urges-ukraine-diplomacy'), 'NewsArticle');
    const names = (list: unknown) => (list as Array<{ name: string }>).map((n) => n.name);
    expect(names(news.about)).toContain('Mark A. Milley');
    expect(names(news.mentions)).not.toContain('Mark A. Milley');
    expect(names(news.mentions)).toContain('Jake Sullivan');
  });

  it('describes each entity page as a ProfilePage about its Person or Organization', () => {
    for (const { ref, data } of entities) {
      const profile = node(urls.entity(ref), 'ProfilePage');
      expect(profile.url).toBe(absolute(urls.entity(ref)));
      const main = profile.mainEntity as Record<string, unknown>;
      expect(main['@type'], ref.id).toMatch(ref.type === 'person' ? /^Person$/ : /Organization$/);
      expect(main).toMatchObject({ name: data.name, url: absolute(urls.entity(ref)), description: data.description });
      expect(main.sameAs).toEqual(wikidata(data.wikidata));
    }
  });

  it('gives every page OpenGraph and Twitter tags that agree with its canonical address', () => {
    for (const path of allPages().filter((p) => p !== '/404.html')) {
      const canonical = hrefs(page(path), 'link[rel="canonical"]')[0];
      expect(canonical, path).toBe(absolute(path));
      expect(meta(path, 'og:url'), path).toBe(canonical);
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title'])
        expect(meta(path, key), `${path} ${key}`).toBeTruthy();
    }
    expect(meta(urls.article(content.articles[0]!.slug), 'og:type')).toBe('article');
    expect(meta(urls.person(content.people[0]!.id), 'og:type')).toBe('profile');
    expect(meta('/', 'og:type')).toBe('website');
  });
});
