/**
 * Every reference between content files, checked: article to people and organisations, role to organisation,
 * organisation to parent. Astro's reference() does not check that the target exists, so this does. The references
 * are read from the data loosely (REFERENCE_FIELDS), so a file that failed validation on another field still has its
 * ids checked in the same run: an editor sees every problem of a file at once.
 */
import type { ContentProblem } from '../model/content-error.ts';
import { REGISTRIES, type EntityType } from '../model/entity.ts';
import { suggest } from '../model/nearest.ts';
import type { ParsedArticle, ParsedEntry } from './parse-file.ts';
import type { OrganisationData, PersonData } from '../model/content.ts';

/** The parsed content of the whole site, before rendering. */
export interface RawContent {
  articles: ParsedArticle[];
  people: ParsedEntry<PersonData>[];
  organisations: ParsedEntry<OrganisationData>[];
}

/** Which kind of file a piece of data comes from. */
export type FileKind = 'article' | 'person' | 'organisation';

/** Where each kind of file names another entity: a field path ("*" for every item of a list) and the registry. */
export const REFERENCE_FIELDS: Readonly<Record<FileKind, ReadonlyArray<readonly [string, EntityType]>>> = {
  article: [
    ['publication', 'organisation'],
    ['authors.*', 'person'],
    ['contributors.*.person', 'person'],
    ['people.*', 'person'],
    ['organisations.*', 'organisation'],
    ['sources.*.person', 'person'],
    ['sources.*.organisation', 'organisation'],
  ],
  person: [['roles.*.organisation', 'organisation']],
  organisation: [['parent', 'organisation']],
};

/** One file's data, validated or not, for the reference check. */
export interface ReferringFile {
  file: string;
  kind: FileKind;
  data: unknown;
}

/** Lists every reference to an unknown id, with the file, the field and the nearest known ids. */
export function checkReferences(content: RawContent, invalid: readonly ReferringFile[] = []): ContentProblem[] {
  const known: Record<EntityType, Set<string>> = {
    person: new Set(content.people.map((p) => p.id)),
    organisation: new Set(content.organisations.map((o) => o.id)),
  };
  const files: ReferringFile[] = [
    ...content.articles.map((a) => ({ file: a.file, kind: 'article' as const, data: a.data })),
    ...content.people.map((p) => ({ file: p.file, kind: 'person' as const, data: p.data })),
    ...content.organisations.map((o) => ({ file: o.file, kind: 'organisation' as const, data: o.data })),
    ...invalid,
  ];
  const problems: ContentProblem[] = [];
  for (const { file, kind, data } of files) {
    for (const [pattern, type] of REFERENCE_FIELDS[kind]) {
      for (const [field, id] of valuesAt(data, pattern.split('.'), [])) {
        if (known[type].has(id)) continue;
        const folder = `content/${REGISTRIES[type].folder}`;
        problems.push({
          file,
          field,
          message: `no ${type} has the id "${id}".${suggest(id, known[type])} Use an existing id or add ${folder}/${id}.yaml.`,
        });
      }
    }
  }
  problems.push(...checkParentCycles(content.organisations));
  return problems;
}

/** An id as the content model writes one; anything else is the schema's to report, not a missing entity. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id-shaped strings at a field pattern in loose data, each with its dotted path. */
function valuesAt(data: unknown, pattern: readonly string[], at: readonly string[]): Array<[string, string]> {
  if (pattern.length === 0) return typeof data === 'string' && ID.test(data) ? [[at.join('.'), data]] : [];
  if (data === null || typeof data !== 'object') return [];
  const [head, ...rest] = pattern as [string, ...string[]];
  if (head === '*') {
    return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, String(i)])) : [];
  }
  return Array.isArray(data) ? [] : valuesAt((data as Record<string, unknown>)[head], rest, [...at, head]);
}

/** An organisation that is its own ancestor would hang every page that walks up the tree. */
function checkParentCycles(organisations: RawContent['organisations']): ContentProblem[] {
  const parentOf = new Map(organisations.map((o) => [o.id, o.data.parent]));
  const problems: ContentProblem[] = [];
  for (const { id, file } of organisations) {
    const seen = new Set([id]);
    for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) {
      if (seen.has(at)) {
        problems.push({
          file,
          field: 'parent',
          message: `the parent chain loops back (${[...seen, at].join(' → ')}).`,
        });
        break;
      }
      seen.add(at);
    }
  }
  return problems;
}
