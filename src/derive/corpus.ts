/**
 * Derive stage: renders every article once and builds the corpus-wide indexes that pages read (who appears where,
 * in which sentences, alongside whom). Pages emit from this; they do not compute.
 */
import { createHash } from 'node:crypto';
import { roleHolders } from '../analysis/role-holders.ts';
import { extractAttributions, type Attribution } from '../analysis/attributions.ts';
import { coOccurrences } from '../analysis/co-occurrence.ts';
import { sentenceFinder } from '../analysis/sentences.ts';
import { extractTimelineEvents, type TimelineEvent } from '../analysis/timeline.ts';
import type { AttributionVocabulary } from '../model/vocabulary.ts';
import type { RawContent } from '../parse/check-references.ts';
import type { ContentProblem } from '../model/content-error.ts';
import type { ParsedArticle, ParsedEntry } from '../parse/parse-file.ts';
import { buildAliasIndex, mentionFinder, type AliasIndex } from '../analysis/alias-index.ts';
import { entityKey, parseEntityKey, REGISTRIES, type EntityRef } from '../model/entity.ts';
import { createProcessor, renderWith, type RenderedBody, type RenderMarks } from '../markdown/processor.ts';
import type { PlacedNote } from '../analysis/integrity/editor-notes.ts';
import type { OrganisationData, PersonData } from '../model/content.ts';
import type { Urls } from '../model/urls.ts';
import { recentlyUsed } from './lazy-map.ts';

/** A rendered article with what the pipeline and the analysis learnt about it. */
export interface Article extends ParsedArticle, RenderedBody {
  /** Words in the body, as a reader counts them. */
  wordCount: number;
  /** Every attribution in the reporting (policy notes left out), in reading order. */
  attributions: Attribution[];
  /** Events the article dates relative to its own date, and those it leaves undated. */
  timeline: TimelineEvent[];
}

/** What rendering and analysing one article's body yields: the part of an Article a store may keep between builds. */
export type DerivedBody = RenderedBody & Pick<Article, 'wordCount' | 'attributions' | 'timeline'>;

/**
 * What the pages of the whole archive (data files, analysis pages, indexes) and the corpus's indexes read of an
 * article's derived body: all of it but its HTML and its paragraphs' text, which only the article's own pages and the
 * pages of the entities it names read; and each paragraph's number by id, for the connections. About 40% of a body.
 */
export type ArticleFacts = Omit<DerivedBody, 'html' | 'paragraphs'> & { paragraphNumbers: Array<[string, number]> };

/** The facts of a derived body. */
export function factsOf(body: DerivedBody): ArticleFacts {
  const { html: _html, paragraphs, ...rest } = body;
  return { ...rest, paragraphNumbers: paragraphs.map((p) => [p.id, p.number]) };
}

/**
 * Somewhere derived bodies are kept between builds, by a key that changes with everything they are derived from
 * (derive/derived-store.ts keeps them on disk). A store answers undefined for what it does not hold. A store that
 * also keeps each body's facts (factsOf) answers `facts` without reading the body: the corpus then reads a body only
 * when a page asks for its HTML or its paragraphs, so a build that renders a few pages reads a few bodies.
 */
export interface DerivedStore {
  get(key: string): DerivedBody | undefined;
  set(key: string, value: DerivedBody): void;
  facts?(key: string): ArticleFacts | undefined;
}

/** How an entity is tied to an article. */
export type Relation = 'author' | 'contributor' | 'publication' | 'named';

/** One article's part in an entity's story: how it is tied to it, and the sentences that name it. */
export interface Appearance {
  slug: string;
  relations: Relation[];
  /** Each sentence naming the entity, with the paragraph it stands in. */
  contexts: Array<{ paragraph: string; sentence: string; text: string }>;
}

/** Another entity seen in the same articles, with how often. */
export interface Connection extends EntityRef {
  articles: number;
  paragraphs: number;
}

/** The whole site's content, rendered and indexed. */
export interface Corpus {
  /** Articles, newest first. */
  articles: Article[];
  /** Articles by slug. */
  bySlug: Map<string, Article>;
  /** Each article's position in `articles` (newest first), by slug. */
  positions: Map<string, number>;
  people: Map<string, ParsedEntry<PersonData>>;
  organisations: Map<string, ParsedEntry<OrganisationData>>;
  /** Appearances per entity key (see entityKey), newest article first. */
  appearances: ReadonlyMap<string, Appearance[]>;
  /** Connections per entity key, strongest first. */
  connections: ReadonlyMap<string, Connection[]>;
  /** Problems that do not stop the build but that editors should see. */
  warnings: ContentProblem[];
  /**
   * Each article's derivation key (derivationKeys), by slug: with the code, all its derived body is made from, so a
   * page digest can take it for the body (page-digests.ts). Absent from a corpus read back from disk.
   */
  derivationKeys?: ReadonlyMap<string, string>;
}

/** Every person's and organisation's name and aliases, as the alias index is built from them. */
export function aliasEntries(content: Pick<RawContent, 'people' | 'organisations'>) {
  return [
    ...content.people.map((p) => ({ type: 'person' as const, id: p.id, name: p.data.name, aliases: p.data.aliases })),
    ...content.organisations.map((o) => ({
      type: 'organisation' as const,
      id: o.id,
      name: o.data.name,
      aliases: o.data.aliases,
    })),
  ];
}

/** The alias index of the registries: every person's and organisation's name and aliases. */
export function aliasIndexOf(content: Pick<RawContent, 'people' | 'organisations'>): AliasIndex {
  return buildAliasIndex(aliasEntries(content));
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The key of an article's derived body: a digest of all it is derived from besides the code (which the store
 * answers for): the body and the date, every name and alias the mentions are matched against, the attribution
 * vocabulary, and the base path the entity links are written with.
 */
export function derivationKeys(
  content: Pick<RawContent, 'people' | 'organisations'>,
  urls: Urls,
  vocabulary: AttributionVocabulary,
): (article: ParsedArticle, marks?: RenderMarks) => string {
  // The roles too: "the general" is read through them.
  const roles = content.people.map((p) => [p.id, p.data.roles]);
  const context = sha256(JSON.stringify([aliasEntries(content), roles, vocabulary, urls.home()]));
  return (article, marks) => sha256(JSON.stringify([context, article.data.date, article.body, marks ?? null]));
}

/**
 * Renders, analyses and indexes parsed content. With a store, an article whose derived body the store holds is not
 * rendered again, and each one rendered is handed to the store.
 */
export async function buildCorpus(
  content: RawContent,
  urls: Urls,
  vocabulary: AttributionVocabulary,
  store?: DerivedStore,
  marksOf: (article: ParsedArticle) => RenderMarks | undefined = () => undefined,
): Promise<Corpus> {
  const index = aliasIndexOf(content);
  const roles = content.people.map((p) => ({ id: p.id, roles: p.data.roles }));
  const processor = createProcessor({ index, href: urls.entity, vocabulary, roles });
  const finder = mentionFinder(index);
  const keyOf = derivationKeys(content, urls, vocabulary);
  const keys = new Map<string, string>();
  const derive = async (article: ParsedArticle, marks: RenderMarks | undefined): Promise<DerivedBody> => {
    const rendered = await renderWith(processor, article.body, marks, article.data.date);
    const notes = new Set(rendered.policyNotes);
    // The analysis reads the reporting only: a sourcing-policy note is blanked, keeping paragraph numbers aligned.
    const texts = rendered.paragraphs.map((p) => (notes.has(p.id) ? '' : p.text));
    return {
      ...rendered,
      wordCount: rendered.paragraphs.reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0),
      // The quotation step found them on the same paragraphs; they are found here only if it did not run.
      attributions:
        rendered.attributions ?? extractAttributions(texts, finder, vocabulary, roleHolders(roles, article.data.date)),
      timeline: withEditorsDates(extractTimelineEvents(texts, article.data.date), marks?.notes ?? []),
    };
  };
  const articles: Article[] = [];
  // Each article read from its facts, with its paragraphs' numbers; its body is read when a page asks for it.
  const numbers = new Map<string, ReadonlyMap<string, number>>();
  const bodies = recentlyUsed(16, (key: string): DerivedBody => {
    const body = store?.get(key);
    if (!body)
      throw new Error(
        `The cache of rendered articles lost an entry while this build ran (${key}): was it removed, or built by other code at the same time? Build again.`,
      );
    return body;
  });
  for (const article of content.articles) {
    const marks = marksOf(article);
    const key = keyOf(article, marks);
    keys.set(article.slug, key);
    const facts = store?.facts?.(key);
    if (facts) {
      const { paragraphNumbers, ...rest } = facts;
      numbers.set(article.slug, new Map(paragraphNumbers));
      articles.push(lazyArticle(article, rest, () => bodies(key, key)));
      continue;
    }
    let derived = store?.get(key);
    if (!derived) {
      derived = await derive(article, marks);
      store?.set(key, derived);
    }
    articles.push({ ...article, ...derived });
  }
  articles.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.slug.localeCompare(b.slug));
  const appearances = indexAppearances(articles);
  return {
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    positions: new Map(articles.map((a, i) => [a.slug, i])),
    // By id, whatever order the files were read in, so every list and data file built from these is stable.
    people: new Map(byId(content.people).map((p) => [p.id, p])),
    organisations: new Map(byId(content.organisations).map((o) => [o.id, o])),
    appearances,
    connections: indexConnections(articles, (article) => numbers.get(article.slug)),
    warnings: undeclaredMentions(articles),
    derivationKeys: keys,
  };
}

/**
 * An article whose derived body is read from `body` when its HTML or its paragraphs are first asked for; its other
 * fields are `facts`. The fields are enumerable, as those of an article rendered here are, and in the same order.
 */
function lazyArticle(
  article: ParsedArticle,
  facts: Omit<ArticleFacts, 'paragraphNumbers'>,
  body: () => DerivedBody,
): Article {
  const lazy = { ...article } as Article;
  Object.defineProperty(lazy, 'html', { enumerable: true, get: () => body().html });
  Object.defineProperty(lazy, 'paragraphs', { enumerable: true, get: () => body().paragraphs });
  return Object.assign(lazy, facts);
}

/**
 * An event whose date words an editors' note corrects ("on Tuesday" for an event of Wednesday) takes the note's
 * date, and the note as its reason.
 */
function withEditorsDates(events: TimelineEvent[], notes: readonly PlacedNote[]): TimelineEvent[] {
  return events.map((event) => {
    const note = notes.find((n) => n.date && n.paragraph === event.paragraph && n.words.includes(event.expression));
    if (!note?.date) return event;
    return { ...event, date: { from: note.date, to: note.date }, reason: `editors’ note: ${note.note}` };
  });
}

/** Registry entries by id, whatever order the files were read in. */
export function byId<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function declared(article: ParsedArticle): Array<[EntityRef, Relation]> {
  const { data } = article;
  return [
    ...data.authors.map((id): [EntityRef, Relation] => [{ type: 'person', id }, 'author']),
    ...data.contributors.map((c): [EntityRef, Relation] => [{ type: 'person', id: c.person }, 'contributor']),
    [{ type: 'organisation', id: data.publication }, 'publication'],
    ...data.people.map((id): [EntityRef, Relation] => [{ type: 'person', id }, 'named']),
    ...data.organisations.map((id): [EntityRef, Relation] => [{ type: 'organisation', id }, 'named']),
  ];
}

/**
 * Each entity's appearances, article by article. How an article is tied to an entity comes from its frontmatter and
 * its mentions; the sentences naming it (contexts) are found when a page first reads them, from the article's
 * paragraphs, since only the pages of the entities being rendered print them and an article read from the store's
 * facts has its paragraphs read from disk only when asked.
 */
function indexAppearances(articles: readonly Article[]): Map<string, Appearance[]> {
  const result = new Map<string, Appearance[]>();
  const contexts = new Map<string, Map<string, Appearance['contexts']>>();
  const contextsIn = (article: Article) => {
    let found = contexts.get(article.slug);
    if (!found) contexts.set(article.slug, (found = mentionContexts(article)));
    return found;
  };
  for (const article of articles) {
    const here = new Map<string, Appearance>();
    const get = (key: string) => {
      let appearance = here.get(key);
      if (!appearance) here.set(key, (appearance = lazyContexts(article.slug, key, () => contextsIn(article))));
      return appearance;
    };
    for (const [ref, relation] of declared(article)) {
      const appearance = get(entityKey(ref));
      if (!appearance.relations.includes(relation)) appearance.relations.push(relation);
    }
    for (const mention of article.mentions) {
      const appearance = get(entityKey(mention));
      if (!appearance.relations.includes('named')) appearance.relations.push('named');
    }
    for (const [key, appearance] of here) {
      const list = result.get(key);
      if (list) list.push(appearance);
      else result.set(key, [appearance]);
    }
  }
  return result;
}

/** An appearance whose contexts are those `contextsIn` finds for `key`, looked up when first read and kept. */
function lazyContexts(
  slug: string,
  key: string,
  contextsIn: () => ReadonlyMap<string, Appearance['contexts']>,
): Appearance {
  const appearance = { slug, relations: [] as Relation[] } as unknown as Appearance;
  Object.defineProperty(appearance, 'contexts', {
    enumerable: true,
    configurable: true,
    get() {
      const value = contextsIn().get(key) ?? [];
      Object.defineProperty(appearance, 'contexts', { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
  return appearance;
}

/** The sentences of `article` naming each entity (by entity key), in reading order, each sentence once in a row. */
function mentionContexts(article: Article): Map<string, Appearance['contexts']> {
  const result = new Map<string, Appearance['contexts']>();
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p.text]));
  // Each paragraph is split into sentences once, however many mentions it holds.
  const finders = new Map<string, (offset: number) => string>();
  for (const mention of article.mentions) {
    const key = entityKey(mention);
    let list = result.get(key);
    if (!list) result.set(key, (list = []));
    const text = mention.paragraph ? paragraphs.get(mention.paragraph) : undefined;
    if (!text || !mention.paragraph) continue;
    let finder = finders.get(mention.paragraph);
    if (!finder) finders.set(mention.paragraph, (finder = sentenceFinder(text)));
    const sentence = finder(mention.offset);
    const last = list.at(-1);
    if (last?.paragraph === mention.paragraph && last.sentence === sentence) continue;
    list.push({ paragraph: mention.paragraph, sentence, text: mention.text });
  }
  return result;
}

function indexConnections(
  articles: readonly Article[],
  known: (article: Article) => ReadonlyMap<string, number> | undefined,
): Map<string, Connection[]> {
  const numbers = (article: Article) => known(article) ?? new Map(article.paragraphs.map((p) => [p.id, p.number]));
  const pairs = coOccurrences(
    articles.map((article) => {
      const number = numbers(article);
      return {
        article: article.slug,
        mentions: article.mentions.map((m) => ({ id: entityKey(m), paragraph: number.get(m.paragraph ?? '') ?? 0 })),
      };
    }),
  );
  const result = new Map<string, Connection[]>();
  const add = (key: string, other: string, articles: number, paragraphs: number) => {
    const list = result.get(key) ?? [];
    list.push({ ...parseEntityKey(other), articles, paragraphs });
    result.set(key, list);
  };
  // coOccurrences lists pairs strongest first, so each entity's list comes out strongest first too.
  for (const pair of pairs) {
    add(pair.a, pair.b, pair.articles, pair.paragraphs);
    add(pair.b, pair.a, pair.articles, pair.paragraphs);
  }
  return result;
}

function undeclaredMentions(articles: readonly Article[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const listed = new Set(declared(article).map(([ref]) => entityKey(ref)));
    const reported = new Set<string>();
    for (const mention of article.mentions) {
      const key = entityKey(mention);
      if (listed.has(key) || reported.has(key)) continue;
      reported.add(key);
      const field = REGISTRIES[mention.type].field;
      problems.push({
        file: article.file,
        field,
        message: `the text names "${mention.text}" (${mention.id}) in ${mention.paragraph ?? 'the body'}, but ${field} does not list "${mention.id}". Add it, or remove the alias if it is a false match.`,
      });
    }
  }
  return problems;
}
