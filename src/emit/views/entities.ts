/** Page models for people and organisations: what each entity page and index shows, computed from the corpus. */
import type { Appearance, Article, Connection, Corpus } from '../../derive/corpus.ts';
import type { PositionRange } from '../../derive/page-numbers.ts';
import { entityKey } from '../../model/entity.ts';
import { latestRole, roleAt, rolesInOrder } from '../../derive/roles.ts';
import type { EntityRef, EntityType } from '../../model/entity.ts';
import type { OrganisationKind, Role } from '../../model/content.ts';

/** An entity's display name, or its id when the registry lacks it (never the case after readContent). */
export function entityName(corpus: Corpus, ref: EntityRef): string {
  const entry = ref.type === 'person' ? corpus.people.get(ref.id) : corpus.organisations.get(ref.id);
  return entry?.data.name ?? ref.id;
}

/** Entity names sorted as a reader expects: by family name for people, by name for organisations. */
export function sortKey(corpus: Corpus, ref: EntityRef): string {
  const name = entityName(corpus, ref);
  if (ref.type !== 'person') return name.replace(/^The /, '').toLocaleLowerCase('en');
  const words = name.split(/\s+/);
  return `${words.at(-1)} ${words.slice(0, -1).join(' ')}`.toLocaleLowerCase('en');
}

/** An appearance joined with its article. */
export interface AppearanceView extends Appearance {
  article: Article;
}

/** The articles an entity appears in, newest first, with their contexts: all, or those at `range` of that list. */
export function appearancesOf(corpus: Corpus, ref: EntityRef, range?: PositionRange): AppearanceView[] {
  const all = corpus.appearances.get(entityKey(ref)) ?? [];
  // Slice before joining: each page of a long list must cost its own length, not the whole list's.
  const shown = range ? all.slice(range.from, range.to) : all;
  return shown.flatMap((appearance) => {
    const article = corpus.bySlug.get(appearance.slug);
    return article ? [viewOf(appearance, article)] : [];
  });
}

/**
 * An appearance joined with its article. Its contexts are read from the appearance only when asked for: the corpus
 * finds an article's sentences from its paragraphs, read from disk (derive/corpus.ts), and a feed or a list of years
 * reads only the articles.
 */
function viewOf(appearance: Appearance, article: Article): AppearanceView {
  const view = { slug: appearance.slug, relations: appearance.relations } as AppearanceView;
  Object.defineProperty(view, 'contexts', { enumerable: true, get: () => appearance.contexts });
  view.article = article;
  return view;
}

/** The strongest connections of an entity, at most `limit`. */
export function connectionsOf(corpus: Corpus, ref: EntityRef, limit = 12): Connection[] {
  return (corpus.connections.get(entityKey(ref)) ?? []).slice(0, limit);
}

/** A person on an article's page: who, and their role on the article's date. */
export interface PersonAtDate {
  id: string;
  name: string;
  role: Role | undefined;
  /** The role's organisation, unless the title already names it ("Founder and head of the Example Group"). */
  organisation: { id: string; name: string } | undefined;
}

/** The people an article names, each with the role held on its date, in the order the frontmatter lists them. */
export function peopleAtDate(corpus: Corpus, ids: readonly string[], date: string): PersonAtDate[] {
  return ids.flatMap((id) => {
    const person = corpus.people.get(id);
    if (!person) return [];
    const role = roleAt(person.data.roles, date);
    const organisation = role?.organisation ? corpus.organisations.get(role.organisation) : undefined;
    const named = organisation && role?.title.includes(organisation.data.name.replace(/^the /i, ''));
    return [
      {
        id,
        name: person.data.name,
        role,
        organisation: organisation && !named ? { id: organisation.id, name: organisation.data.name } : undefined,
      },
    ];
  });
}

/** A row of the people index. */
export interface PersonRow {
  id: string;
  name: string;
  role: Role | undefined;
  articles: number;
}

/** Everyone, A-Z by family name, with their latest role and their number of articles. */
export function peopleIndex(corpus: Corpus): PersonRow[] {
  return [...corpus.people.values()]
    .map((p) => ({
      id: p.id,
      name: p.data.name,
      role: latestRole(p.data.roles),
      articles: corpus.appearances.get(entityKey({ type: 'person', id: p.id }))?.length ?? 0,
    }))
    .sort((a, b) =>
      sortKey(corpus, { type: 'person', id: a.id }).localeCompare(sortKey(corpus, { type: 'person', id: b.id })),
    );
}

/** Organisations grouped by kind (kinds A-Z), each group A-Z, with article counts. */
export function organisationsByKind(
  corpus: Corpus,
): Array<{ kind: OrganisationKind; rows: Array<{ id: string; name: string; articles: number }> }> {
  const groups = new Map<OrganisationKind, Array<{ id: string; name: string; articles: number }>>();
  for (const o of corpus.organisations.values()) {
    const rows = groups.get(o.data.kind) ?? [];
    rows.push({
      id: o.id,
      name: o.data.name,
      articles: corpus.appearances.get(entityKey({ type: 'organisation', id: o.id }))?.length ?? 0,
    });
    groups.set(o.data.kind, rows);
  }
  const key = (id: string) => sortKey(corpus, { type: 'organisation', id });
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, rows]) => ({ kind, rows: rows.sort((a, b) => key(a.id).localeCompare(key(b.id))) }));
}

/** People who held a role at an organisation, earliest first, with the role. */
export function peopleOf(corpus: Corpus, organisationId: string): Array<{ id: string; name: string; role: Role }> {
  const rows: Array<{ id: string; name: string; role: Role }> = [];
  for (const person of corpus.people.values()) {
    for (const role of rolesInOrder(person.data.roles)) {
      if (role.organisation === organisationId) rows.push({ id: person.id, name: person.data.name, role });
    }
  }
  return rows.sort(
    (a, b) => (a.role.from ?? '9999').localeCompare(b.role.from ?? '9999') || a.name.localeCompare(b.name),
  );
}

/** Organisations whose parent is `id`, A-Z. */
export function childrenOf(corpus: Corpus, id: string): Array<{ id: string; name: string }> {
  return [...corpus.organisations.values()]
    .filter((o) => o.data.parent === id)
    .map((o) => ({ id: o.id, name: o.data.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Words for the page of each entity type. */
export const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', organisation: 'Organisation' };
