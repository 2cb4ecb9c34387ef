/**
 * The NewsArticle of an article page, as Google's article guidance and schema.org define it: headline, image (the
 * social card, with its size), datePublished and dateModified with a time zone, authors with their pages and
 * Wikidata, this site as publisher, and the original: its outlet as sourceOrganization and its address as
 * isBasedOn. Also the people and organisations it is about (named in the headline or dek) and those it mentions.
 */
import type { Article } from '../../derive/corpus.ts';
import { entityKey } from '../../model/entity.ts';
import { buildAliasIndex, findMentions } from '../../analysis/alias-index.ts';
import type { EntityRef } from '../../model/entity.ts';
import { absoluteUrl } from '../../model/urls.ts';
import { SITE_LANGUAGE, type SiteContext } from '../views/site.ts';
import { entityNode, organisationNode } from './entities.ts';
import type { ImageObject, NewsArticle, WithContext } from 'schema-dts';
import { CARD_SIZE } from '../social/social-card.ts';
import { siteOrganization } from './website.ts';

/**
 * The article's date as schema.org wants a date-time: the outlet prints a day, not a time, so it is the day at
 * midnight UTC, as in the feeds.
 */
export const publishedAt = (date: string): string => `${date}T00:00:00+00:00`;

/** The NewsArticle node of one article. */
export function newsArticle(context: SiteContext, article: Article): WithContext<NewsArticle> {
  const { data } = article;
  const url = absoluteUrl(context.urls.article(article.slug), context.site);
  const person = (id: string): EntityRef => ({ type: 'person', id });
  const { about, mentions } = aboutAndMentions(context, article);
  const outlet = organisationNode(context, data.publication);
  const image: ImageObject = {
    '@type': 'ImageObject',
    url: absoluteUrl(context.urls.socialImage({ article: article.slug }), context.site),
    width: { '@type': 'QuantitativeValue', value: CARD_SIZE.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: CARD_SIZE.height, unitCode: 'E37' },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: data.title,
    ...(data.dek && { description: data.dek }),
    image: [image],
    datePublished: publishedAt(data.date),
    // No time of an update is recorded as a date (`updated` is the outlet's wording), so the article was last
    // modified when it was published.
    dateModified: publishedAt(data.date),
    inLanguage: SITE_LANGUAGE,
    wordCount: article.wordCount,
    ...(data.section && { articleSection: data.section }),
    ...(data.dateline && { dateline: data.dateline }),
    author: data.authors.map((id) => entityNode(context, person(id))),
    ...(data.contributors.length > 0 && {
      contributor: data.contributors.map((credit) => entityNode(context, person(credit.person))),
    }),
    // This site publishes the page; the outlet published the original.
    publisher: siteOrganization(context),
    sourceOrganization: outlet,
    ...(about.length > 0 && { about: about.map((ref) => entityNode(context, ref)) }),
    ...(mentions.length > 0 && { mentions: mentions.map((ref) => entityNode(context, ref)) }),
    ...(data.places.length > 0 && { contentLocation: data.places.map((name) => ({ '@type': 'Place', name })) }),
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: data.title,
      publisher: outlet,
      ...(data.provenance.original && { url: data.provenance.original }),
    },
  };
}

/**
 * Everyone and everything the article names (frontmatter lists, then what the text names), split in two: `about`
 * holds those its headline or dek names, `mentions` the rest.
 */
export function aboutAndMentions(
  { corpus }: SiteContext,
  article: Article,
): { about: EntityRef[]; mentions: EntityRef[] } {
  const named = new Map<string, EntityRef>();
  const add = (ref: EntityRef) =>
    named.has(entityKey(ref)) || named.set(entityKey(ref), { type: ref.type, id: ref.id });
  article.data.people.forEach((id) => add({ type: 'person', id }));
  article.data.organisations.forEach((id) => add({ type: 'organisation', id }));
  article.mentions.forEach(add);
  // An index of this article's entities only: cheap, and an alias shared with someone the article never names
  // cannot make its headline ambiguous.
  const index = buildAliasIndex(
    [...named.values()].flatMap((ref) => {
      const entry = ref.type === 'person' ? corpus.people.get(ref.id) : corpus.organisations.get(ref.id);
      return entry ? [{ ...ref, name: entry.data.name, aliases: entry.data.aliases }] : [];
    }),
  );
  const headline = [article.data.title, article.data.dek ?? ''].join('\n');
  const inHeadline = new Set(findMentions(headline, index).map(entityKey));
  const all = [...named.values()];
  return {
    about: all.filter((ref) => inHeadline.has(entityKey(ref))),
    mentions: all.filter((ref) => !inHeadline.has(entityKey(ref))),
  };
}
