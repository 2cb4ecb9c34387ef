/**
 * The alias index: every name and alias of every person and organisation, and a matcher that finds them in text.
 * An alias that belongs to two entities is ambiguous and is never linked.
 */

/** Which registry an entity comes from. */
export type EntityType = 'person' | 'organisation';

/** A person or organisation as the matcher needs it. */
export interface EntityRef {
  type: EntityType;
  id: string;
}

/** An entity's printed name and aliases, the input of the index. */
export interface NamedEntity extends EntityRef {
  name: string;
  aliases: readonly string[];
}

/** A mention of a known entity found in text, with its character offsets. */
export interface Mention extends EntityRef {
  text: string;
  start: number;
  end: number;
}

/** The compiled index. */
export interface AliasIndex {
  /** Each alias with the entities it may name; more than one means ambiguous. */
  readonly targets: ReadonlyMap<string, readonly EntityRef[]>;
  /** Longest-first alternation of every alias, or null when there are none. */
  readonly pattern: RegExp | null;
}

/** Builds the index from the registries. */
export function buildAliasIndex(entities: Iterable<NamedEntity>): AliasIndex {
  const targets = new Map<string, EntityRef[]>();
  for (const entity of entities) {
    for (const alias of new Set([entity.name, ...entity.aliases])) {
      const form = alias.trim();
      if (!form) continue;
      const list = targets.get(form) ?? [];
      if (!list.some((t) => t.type === entity.type && t.id === entity.id))
        list.push({ type: entity.type, id: entity.id });
      targets.set(form, list);
    }
  }
  const forms = [...targets.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // Letters or digits on either side mean the alias is part of a longer word ("Fried" in "Friedman").
  const pattern = forms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
  return { targets, pattern };
}

/** Every unambiguous mention in `text`, left to right, longest alias first at each position. */
export function findMentions(text: string, index: AliasIndex): Mention[] {
  if (!index.pattern) return [];
  const mentions: Mention[] = [];
  for (const match of text.matchAll(index.pattern)) {
    const found = index.targets.get(match[0]);
    if (!found || found.length !== 1) continue;
    const [target] = found as [EntityRef];
    mentions.push({ ...target, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return mentions;
}

/** The aliases that name more than one entity, for editors to review. */
export function ambiguousAliases(index: AliasIndex): Array<[string, readonly EntityRef[]]> {
  return [...index.targets].filter(([, list]) => list.length > 1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
