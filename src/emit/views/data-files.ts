/** The files published under /data/: name, what each holds, and how it is made from the data sets. */
import { articleRecords, organisationRecords, personRecords, type Datasets } from '../../derive/datasets.ts';
import type { Corpus } from '../../derive/corpus.ts';
import type { Urls } from '../../model/urls.ts';
import { joinList, toCsv } from './csv.ts';

/** One published data file. */
export interface DataFile {
  name: string;
  /** One sentence for the /data/ page. */
  description: string;
  /** The file's text. */
  render: (corpus: Corpus, data: Datasets, urls: Urls) => string;
}

/**
 * JSON with one record a line: as compact as JSON gets (indenting made the files some 40% bigger, and they grow with
 * the archive), yet a diff or `grep` still shows one record at a time.
 */
function json(value: unknown): string {
  if (!Array.isArray(value)) return `${JSON.stringify(value)}\n`;
  return value.length === 0 ? '[]\n' : `[\n${value.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}

/** Every data file, in the order the /data/ page lists them. */
export const DATA_FILES: readonly DataFile[] = [
  {
    name: 'articles.json',
    description:
      'Each article: slug, page URL, every field of its header (title, date, authors and the rest), word count, and counts of quotations and attributions.',
    render: (corpus, _, urls) => json(articleRecords(corpus, urls.article)),
  },
  {
    name: 'articles.csv',
    description: 'The articles as one flat table: lists (authors, people, organisations, places) joined by "; ".',
    render: (corpus, _, urls) =>
      toCsv(
        articleRecords(corpus, urls.article).map((a) => ({
          ...a,
          authors: joinList(a.authors),
          people: joinList(a.people),
          organisations: joinList(a.organisations),
          places: joinList(a.places),
          received: a.provenance.received,
          original: a.provenance.original,
        })),
        [
          'slug',
          'url',
          'title',
          'dek',
          'date',
          'updated',
          'dateline',
          'publication',
          'section',
          'authors',
          'people',
          'organisations',
          'places',
          'wordCount',
          'quotations',
          'attributions',
          'received',
          'original',
        ],
      ),
  },
  {
    name: 'people.json',
    description:
      'Each person: registry fields, and each article that names them with how (author, named…) and their role then.',
    render: (corpus) => json(personRecords(corpus)),
  },
  {
    name: 'people.csv',
    description: 'The people as one flat table: roles written "title, organisation (from–to)" and joined by "; ".',
    render: (corpus) =>
      toCsv(
        personRecords(corpus).map((p) => ({
          ...p,
          aliases: joinList(p.aliases),
          roles: joinList(
            p.roles.map(
              (r) =>
                `${r.title}${r.organisation ? `, ${r.organisation}` : ''} (${r.from ?? '?'}–${r.to ?? (r.from ? '' : '?')})`,
            ),
          ),
          articles: p.articles.length,
        })),
        ['id', 'name', 'aliases', 'description', 'wikidata', 'roles', 'articles'],
      ),
  },
  {
    name: 'organisations.json',
    description: 'Each organisation: registry fields and the articles that name it.',
    render: (corpus) => json(organisationRecords(corpus)),
  },
  {
    name: 'organisations.csv',
    description: 'The organisations as one flat table: aliases joined by "; ", and how many articles name each.',
    render: (corpus) =>
      toCsv(
        organisationRecords(corpus).map((o) => ({ ...o, aliases: joinList(o.aliases), articles: o.articles.length })),
        ['id', 'name', 'kind', 'parent', 'aliases', 'description', 'wikidata', 'articles'],
      ),
  },
  {
    name: 'mentions.json',
    description: 'Every linked mention: article, paragraph id, entity type and id, the words as printed.',
    render: (_, data) => json(data.mentions),
  },
  {
    name: 'mentions.csv',
    description: 'The same mentions as CSV.',
    render: (_, data) => toCsv(data.mentions, ['article', 'paragraph', 'type', 'id', 'text']),
  },
  {
    name: 'quotes.json',
    description:
      'Every quotation: article, date, number, anchor id, paragraph, kind (full, fragment, continued, recounted), speaker (registry id or description), verb, venue, text.',
    render: (_, data) => json(data.quotes),
  },
  {
    name: 'quotes.csv',
    description: 'The same quotations as CSV.',
    render: (_, data) =>
      toCsv(data.quotes, [
        'article',
        'date',
        'number',
        'anchor',
        'paragraph',
        'kind',
        'speakerType',
        'speakerId',
        'speakerDescription',
        'verb',
        'venue',
        'text',
      ]),
  },
  {
    name: 'attributions.json',
    description:
      'Every attribution: article, date, paragraph, kind (named, anonymous, outlet, document), phrase, person, organisation, who.',
    render: (_, data) => json(data.attributions),
  },
  {
    name: 'attributions.csv',
    description: 'The same attributions as CSV.',
    render: (_, data) =>
      toCsv(data.attributions, ['article', 'date', 'paragraph', 'kind', 'phrase', 'person', 'organisation', 'who']),
  },
  {
    name: 'cooccurrence.json',
    description:
      'Every pair of entities (keys such as "person:joe-biden") with the articles and paragraphs that name both.',
    render: (_, data) => json(data.coOccurrence),
  },
  {
    name: 'cooccurrence.csv',
    description: 'The same pairs as CSV.',
    render: (_, data) => toCsv(data.coOccurrence, ['a', 'b', 'articles', 'paragraphs']),
  },
  {
    name: 'timeline.json',
    description:
      'Every event an article dates relatively: from, to (null when undated), article, paragraph, expression, reason, description.',
    render: (_, data) => json(data.timeline),
  },
  {
    name: 'timeline.csv',
    description: 'The same events as CSV.',
    render: (_, data) =>
      toCsv(data.timeline, ['from', 'to', 'article', 'paragraph', 'expression', 'reason', 'description']),
  },
];
