/**
 * The site's data as flat records: what /data/*.json and *.csv publish and what the analysis pages are built from,
 * so that the pages and the data never disagree.
 */
import type { AttributionKind } from '../analysis/attributions.ts';
import type { QuoteKind } from '../analysis/quotes.ts';
import { entityKey, type EntityType } from '../model/entity.ts';
import { roleAt } from './roles.ts';
import type { Corpus } from './corpus.ts';

/** A quotation with its article, paragraph and speaker. */
export interface QuoteRecord {
  article: string;
  date: string;
  number: number;
  /** Element id of the quotation in the article page. */
  anchor: string;
  paragraph: string;
  text: string;
  kind: Exclude<QuoteKind, 'scare'>;
  /** Person or organisation id of the speaker, when the registry knows them. */
  speakerId: string | null;
  speakerType: EntityType | null;
  /** How the article describes an unnamed speaker, when it does. */
  speakerDescription: string | null;
  verb: string | null;
  venue: string | null;
}

/** An attribution with its article and paragraph. */
export interface AttributionRecord {
  article: string;
  date: string;
  paragraph: string;
  kind: AttributionKind;
  phrase: string;
  person: string | null;
  organisation: string | null;
  who: string | null;
}

/** A mention of an entity in an article's paragraph. */
export interface MentionRecord {
  article: string;
  paragraph: string;
  type: EntityType;
  id: string;
  text: string;
}

/** A timeline event: a date span (or none), what happened, where it is reported. */
export interface TimelineRecord {
  article: string;
  paragraph: string;
  from: string | null;
  to: string | null;
  expression: string;
  reason: string;
  description: string;
}

/** A pair of entities named in the same articles and paragraphs. */
export interface CoOccurrenceRecord {
  a: string;
  b: string;
  articles: number;
  paragraphs: number;
}

const paragraphId = (n: number) => `p-${n + 1}`;

/** Every quotation (scare quotes excluded), article by article, in reading order. */
export function quoteRecords(corpus: Pick<Corpus, 'articles'>): QuoteRecord[] {
  return corpus.articles.flatMap((article) =>
    article.quotes.flatMap((q) => {
      if (q.kind === 'scare') return [];
      const speaker = q.speaker;
      return [
        {
          article: article.slug,
          date: article.data.date,
          number: q.number,
          anchor: q.id,
          paragraph: paragraphId(q.paragraph),
          text: q.text,
          kind: q.kind,
          speakerId: speaker && 'id' in speaker ? speaker.id : null,
          speakerType: speaker && 'id' in speaker ? speaker.type : null,
          speakerDescription: speaker && 'description' in speaker ? speaker.description : null,
          verb: q.verb,
          venue: q.venue,
        },
      ];
    }),
  );
}

/** Every attribution, article by article, in reading order. */
export function attributionRecords(corpus: Pick<Corpus, 'articles'>): AttributionRecord[] {
  return corpus.articles.flatMap((article) =>
    article.attributions.map((a) => ({
      article: article.slug,
      date: article.data.date,
      paragraph: paragraphId(a.paragraph),
      kind: a.kind,
      phrase: a.phrase,
      person: a.person ?? null,
      organisation: a.organisation ?? null,
      who: a.who ?? null,
    })),
  );
}

/** Every mention of a registry entity, article by article. */
export function mentionRecords(corpus: Pick<Corpus, 'articles'>): MentionRecord[] {
  return corpus.articles.flatMap((article) =>
    article.mentions.map((m) => ({
      article: article.slug,
      paragraph: m.paragraph ?? '',
      type: m.type,
      id: m.id,
      text: m.text,
    })),
  );
}

/** Every timeline event: dated ones by date, then undated ones by article. */
export function timelineRecords(corpus: Pick<Corpus, 'articles'>): TimelineRecord[] {
  const records = corpus.articles.flatMap((article) =>
    article.timeline.map((e) => ({
      article: article.slug,
      paragraph: paragraphId(e.paragraph),
      from: e.date?.from ?? null,
      to: e.date?.to ?? null,
      expression: e.expression,
      reason: e.reason,
      description: e.description,
    })),
  );
  return records.sort(
    (x, y) =>
      Number(x.from === null) - Number(y.from === null) ||
      (x.from ?? '').localeCompare(y.from ?? '') ||
      x.article.localeCompare(y.article) ||
      x.paragraph.localeCompare(y.paragraph, 'en', { numeric: true }),
  );
}

/** Every co-occurring pair of entities (keys like "person:joe-biden"), each pair once, strongest first. */
export function coOccurrenceRecords(corpus: Corpus): CoOccurrenceRecord[] {
  const records: CoOccurrenceRecord[] = [];
  for (const [key, connections] of corpus.connections) {
    for (const c of connections) {
      const other = entityKey(c);
      if (key < other) records.push({ a: key, b: other, articles: c.articles, paragraphs: c.paragraphs });
    }
  }
  return records.sort(
    (x, y) =>
      y.paragraphs - x.paragraphs || y.articles - x.articles || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}

/** Articles as data: frontmatter, counts, and the address of the page. */
export function articleRecords(corpus: Corpus, pageUrl: (slug: string) => string) {
  return corpus.articles.map((a) => ({
    slug: a.slug,
    url: pageUrl(a.slug),
    ...a.data,
    wordCount: a.wordCount,
    quotations: a.quotes.length,
    attributions: a.attributions.length,
  }));
}

/** People as data, with their role on each of their articles' dates. */
export function personRecords(corpus: Corpus) {
  const dates = new Map(corpus.articles.map((a) => [a.slug, a.data.date]));
  return [...corpus.people.values()].map((p) => ({
    id: p.id,
    ...p.data,
    articles: (corpus.appearances.get(entityKey({ type: 'person', id: p.id })) ?? []).map((a) => ({
      slug: a.slug,
      relations: a.relations,
      roleThen: roleAt(p.data.roles, dates.get(a.slug) ?? '')?.title ?? null,
    })),
  }));
}

/** Organisations as data, with the articles that name them. */
export function organisationRecords(corpus: Corpus) {
  return [...corpus.organisations.values()].map((o) => ({
    id: o.id,
    ...o.data,
    articles: (corpus.appearances.get(entityKey({ type: 'organisation', id: o.id })) ?? []).map((a) => ({
      slug: a.slug,
      relations: a.relations,
    })),
  }));
}

/** Records by a key (an article's slug, a speaker's entity key); undefined where there are none. */
export interface Lookup<T> {
  get(key: string): T[] | undefined;
}

/** Every data set of the site, computed once per build, with per-article and per-speaker indexes. */
export interface Datasets {
  quotes: QuoteRecord[];
  attributions: AttributionRecord[];
  mentions: MentionRecord[];
  timeline: TimelineRecord[];
  coOccurrence: CoOccurrenceRecord[];
  quotesByArticle: Lookup<QuoteRecord>;
  attributionsByArticle: Lookup<AttributionRecord>;
  quotesBySpeaker: Lookup<QuoteRecord>;
}

/** Computes every data set and its indexes. */
export function buildDatasets(corpus: Corpus): Datasets {
  const quotes = quoteRecords(corpus);
  const attributions = attributionRecords(corpus);
  const quotesBySpeaker = groupBy(
    quotes.filter((q) => q.speakerId),
    (q) => `${q.speakerType}:${q.speakerId}`,
  );
  for (const list of quotesBySpeaker.values()) list.sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  return {
    quotes,
    attributions,
    mentions: mentionRecords(corpus),
    timeline: timelineRecords(corpus),
    coOccurrence: coOccurrenceRecords(corpus),
    quotesByArticle: groupBy(quotes, (q) => q.article),
    attributionsByArticle: groupBy(attributions, (a) => a.article),
    quotesBySpeaker,
  };
}

/**
 * The same data sets, each computed when first read, for one shard of a sharded build (derive/corpus-index.ts): a
 * shard that renders no page of the whole archive reads only its own articles' records, and never the lists of
 * every article's. `quotesBySpeaker` comes from the derive stage, which read every article.
 */
export function lazyDatasets(corpus: Corpus, quotesBySpeaker: Lookup<QuoteRecord>): Datasets {
  const once = <T>(make: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const quotes = once(() => quoteRecords(corpus));
  const attributions = once(() => attributionRecords(corpus));
  const mentions = once(() => mentionRecords(corpus));
  const timeline = once(() => timelineRecords(corpus));
  const coOccurrence = once(() => coOccurrenceRecords(corpus));
  /** The records of one article, as the grouped lists of buildDatasets hold them. */
  const ofArticle = <T>(records: (corpus: Pick<Corpus, 'articles'>) => T[]): Lookup<T> => ({
    get(slug) {
      const article = corpus.bySlug.get(slug);
      const found = article ? records({ articles: [article] }) : [];
      return found.length ? found : undefined;
    },
  });
  return {
    get quotes() {
      return quotes();
    },
    get attributions() {
      return attributions();
    },
    get mentions() {
      return mentions();
    },
    get timeline() {
      return timeline();
    },
    get coOccurrence() {
      return coOccurrence();
    },
    quotesByArticle: ofArticle(quoteRecords),
    attributionsByArticle: ofArticle(attributionRecords),
    quotesBySpeaker,
  };
}

function groupBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const k = key(record);
    const list = groups.get(k);
    if (list) list.push(record);
    else groups.set(k, [record]);
  }
  return groups;
}
