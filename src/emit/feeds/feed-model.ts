/**
 * What goes into a feed, as data: the site feed holds every article, an entity's feed every article that names it
 * (declared in the frontmatter or found in the text: corpus.appearances). Format-free; render-feed.ts writes it out.
 */
import type { Article } from '../../derive/corpus.ts';
import type { EntityRef } from '../../model/entity.ts';
import { absoluteUrl, type FeedKind } from '../../model/urls.ts';
import { utcDate } from '../views/dates.ts';
import { appearancesOf, entityName } from '../views/entities.ts';
import { SITE_DESCRIPTION, SITE_NAME, type SiteContext } from '../views/site.ts';
import { absoluteHtml } from './absolute-html.ts';

/**
 * Newest articles per feed. Readers poll feeds often, so a feed carries recent items, not the whole archive; an
 * entity's feeds are many (three per person and organisation), so each holds fewer, and only headlines and deks:
 * the full text is in the site feed once, not copied into the feed of everyone the article names.
 */
export const FEED_ITEM_LIMIT = { site: 50, entity: 20 } as const;

/** One article in a feed. All addresses are absolute. */
export interface FeedItem {
  title: string;
  /** The article's page; also its GUID/id in every format. */
  url: string;
  /** The publication date at midnight UTC. */
  date: Date;
  /** The dek, as plain text. */
  summary: string | undefined;
  /** The article body as HTML, with absolute links; in the site feed only (entity feeds carry the dek). */
  html: string | undefined;
  authors: Array<{ name: string; url: string }>;
  /** Names of the people and organisations the article names. */
  tags: string[];
}

/** A feed, whatever its format. All addresses are absolute. */
export interface FeedModel {
  title: string;
  description: string;
  /** The page the feed follows: the home page or the entity's page. */
  page: string;
  /** The feed's own address in each format. */
  links: Record<FeedKind, string>;
  /** The newest item's date; the newest article on the site for an entity named nowhere yet. */
  updated: Date;
  items: FeedItem[];
}

/** The feed of every article, newest first. */
export function siteFeed(context: SiteContext): FeedModel {
  const { urls, site } = context;
  return model(context, {
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    page: absoluteUrl(urls.home(), site),
    links: feedLinks((kind) => urls.feed(kind), site),
    articles: context.corpus.articles.slice(0, FEED_ITEM_LIMIT.site),
    fullText: true,
  });
}

/** The feed of every article that names a person or organisation, newest first. */
export function entityFeed(context: SiteContext, ref: EntityRef): FeedModel {
  const { corpus, urls, site } = context;
  const name = entityName(corpus, ref);
  return model(context, {
    title: `${name} · ${SITE_NAME}`,
    description: `Every article that names ${name}.`,
    page: absoluteUrl(urls.entity(ref), site),
    links: feedLinks((kind) => urls.entityFeed(ref, kind), site),
    articles: appearancesOf(corpus, ref)
      .slice(0, FEED_ITEM_LIMIT.entity)
      .map((appearance) => appearance.article),
    fullText: false,
  });
}

function feedLinks(address: (kind: FeedKind) => string, site: URL | string): Record<FeedKind, string> {
  return {
    rss: absoluteUrl(address('rss'), site),
    atom: absoluteUrl(address('atom'), site),
    json: absoluteUrl(address('json'), site),
  };
}

function model(
  context: SiteContext,
  feed: Omit<FeedModel, 'items' | 'updated'> & { articles: readonly Article[]; fullText: boolean },
): FeedModel {
  const { articles, fullText, ...rest } = feed;
  const items = articles.map((article) => item(context, article, fullText));
  const newest = articles[0] ?? context.corpus.articles[0];
  return { ...rest, updated: newest ? utcDate(newest.data.date) : new Date(0), items };
}

function item({ corpus, urls, site }: SiteContext, article: Article, fullText: boolean): FeedItem {
  const { data } = article;
  const url = absoluteUrl(urls.article(article.slug), site);
  const person = (id: string) => ({ type: 'person' as const, id });
  const organisation = (id: string) => ({ type: 'organisation' as const, id });
  return {
    title: data.title,
    url,
    date: utcDate(data.date),
    summary: data.dek,
    html: fullText ? absoluteHtml(article.html, url) : undefined,
    authors: data.authors.map((id) => ({
      name: entityName(corpus, person(id)),
      url: absoluteUrl(urls.person(id), site),
    })),
    tags: [...data.people.map(person), ...data.organisations.map(organisation)].map((ref) => entityName(corpus, ref)),
  };
}
