/**
 * The NewsArticle of an article page: headline, date, authors, the outlet as publisher, the people and
 * organisations it is about (named in the headline or dek) and those it mentions, and the original it is based on.
 */
import type { Article } from '../../derive/corpus.ts';
import { entityKey } from '../../model/entity.ts';
import { buildAliasIndex, findMentions } from '../../analysis/alias-index.ts';
import type { EntityRef } from '../../model/entity.ts';
import { absoluteUrl } from '../../model/urls.ts';
import { SITE_LANGUAGE, type SiteContext } from '../views/site.ts';
import { entityNode } from './entities.ts';
import type { JsonLd } from './serialize.ts';

/** The NewsArticle node of one article. */
export function newsArticle(context: SiteContext, article: Article): JsonLd {
  const { data } = article;
  const url = absoluteUrl(context.urls.article(article.slug), context.site);
  const person = (id: string): EntityRef => ({ type: 'person', id });
  const { about, mentions } = aboutAndMentions(context, article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: data.title,
    ...(data.dek && { description: data.dek }),
    datePublished: data.date,
    inLanguage: SITE_LANGUAGE,
    wordCount: article.wordCount,
    ...(data.section && { articleSection: data.section }),
    ...(data.dateline && { dateline: data.dateline }),
    author: data.authors.map((id) => entityNode(context, person(id))),
    ...(data.contributors.length > 0 && {
      contributor: data.contributors.map((credit) => entityNode(context, person(credit.person))),
    }),
    publisher: entityNode(context, { type: 'organisation', id: data.publication }),
    ...(about.length > 0 && { about: about.map((ref) => entityNode(context, ref)) }),
    ...(mentions.length > 0 && { mentions: mentions.map((ref) => entityNode(context, ref)) }),
    ...(data.places.length > 0 && { contentLocation: data.places.map((name) => ({ '@type': 'Place', name })) }),
    ...(data.provenance.original && { isBasedOn: data.provenance.original }),
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
