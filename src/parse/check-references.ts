/**
 * Every reference between content files, checked: article to people and organisations, role to organisation,
 * organisation to parent. Astro's reference() does not check that the target exists, so this does.
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

/** Lists every reference to an unknown id, with the file, the field and the nearest known ids. */
export function checkReferences(content: RawContent): ContentProblem[] {
  const known: Record<EntityType, Set<string>> = {
    person: new Set(content.people.map((p) => p.id)),
    organisation: new Set(content.organisations.map((o) => o.id)),
  };
  const problems: ContentProblem[] = [];
  const check = (file: string, field: string, kind: EntityType, id: string | undefined) => {
    if (id === undefined || known[kind].has(id)) return;
    const folder = `content/${REGISTRIES[kind].folder}`;
    problems.push({
      file,
      field,
      message: `no ${kind} has the id "${id}".${suggest(id, known[kind])} Use an existing id or add ${folder}/${id}.yaml.`,
    });
  };
  for (const { file, data } of content.articles) {
    check(file, 'publication', 'organisation', data.publication);
    data.authors.forEach((id, i) => check(file, `authors.${i}`, 'person', id));
    data.contributors.forEach((c, i) => check(file, `contributors.${i}.person`, 'person', c.person));
    data.people.forEach((id, i) => check(file, `people.${i}`, 'person', id));
    data.organisations.forEach((id, i) => check(file, `organisations.${i}`, 'organisation', id));
    data.sources.forEach((s, i) => {
      check(file, `sources.${i}.person`, 'person', s.person);
      check(file, `sources.${i}.organisation`, 'organisation', s.organisation);
    });
  }
  for (const { file, data } of content.people) {
    data.roles.forEach((r, i) => check(file, `roles.${i}.organisation`, 'organisation', r.organisation));
  }
  for (const { file, data } of content.organisations) check(file, 'parent', 'organisation', data.parent);
  problems.push(...checkParentCycles(content.organisations));
  return problems;
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
