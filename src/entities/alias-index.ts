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
  /**
   * Aliases by their first word, longest first. Matching looks up the word at each word start, so its cost depends
   * on the length of the text, not on the size of the registry (one regex of every alias grew with both).
   */
  readonly byFirstWord: ReadonlyMap<string, readonly string[]>;
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
  const byFirstWord = new Map<string, string[]>();
  for (const form of targets.keys()) {
    const key = firstWord(form, 0);
    byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), form]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { targets, byFirstWord };
}

/** Every unambiguous mention in `text`, left to right, longest alias first at each position. */
export function findMentions(text: string, index: AliasIndex): Mention[] {
  const mentions: Mention[] = [];
  // Candidates start where a word starts, or at a character that is not a letter or digit: never inside a word
  // ("Fried" in "Friedman" never starts there). One regular expression steps from start to start.
  const starts = new RegExp(TOKEN.source, 'gu');
  for (let token = starts.exec(text); token; token = starts.exec(text)) {
    const at = token.index;
    const candidates = index.byFirstWord.get(token[0]);
    const form = candidates?.find((c) => text.startsWith(c, at) && !WORD_CHAR.test(text[at + c.length] ?? ' '));
    if (!form) continue;
    const found = index.targets.get(form)!;
    // The longest alias at a position wins even when it is ambiguous: then nothing is linked there at all.
    if (found.length === 1) mentions.push({ ...found[0]!, text: form, start: at, end: at + form.length });
    starts.lastIndex = at + form.length;
  }
  return mentions;
}

/**
 * findMentions for one index, remembering the last few texts: the quotation and attribution analyses both read
 * every paragraph, one after the other. The arrays returned are shared, so callers must not change them.
 */
export function mentionFinder(index: AliasIndex): (text: string) => readonly Mention[] {
  let finder = finders.get(index);
  if (!finder) {
    const recent = new Map<string, Mention[]>();
    finder = (text) => {
      let found = recent.get(text);
      if (!found) {
        found = findMentions(text, index);
        recent.set(text, found);
        if (recent.size > RECENT_TEXTS) recent.delete(recent.keys().next().value!);
      }
      return found;
    };
    finders.set(index, finder);
  }
  return finder;
}
const finders = new WeakMap<AliasIndex, (text: string) => readonly Mention[]>();
/** More than the paragraphs of a long article, so a second pass over an article finds every paragraph. */
const RECENT_TEXTS = 256;

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * A run of letters and digits, or one other character: the keys of AliasIndex.byFirstWord. Spaces are left out, as
 * no alias starts with one (aliases are trimmed).
 */
const TOKEN = /[\p{L}\p{N}]+|[^\p{L}\p{N}\s]/u;

/** The run of letters and digits starting at `at` ("Mr" in "Mr. Biden", "Biden" in "Biden’s"), or one character. */
function firstWord(text: string, at: number): string {
  const sticky = new RegExp(TOKEN.source, 'uy');
  sticky.lastIndex = at;
  return sticky.exec(text)?.[0] ?? '';
}

/** The aliases that name more than one entity, for editors to review. */
export function ambiguousAliases(index: AliasIndex): Array<[string, readonly EntityRef[]]> {
  return [...index.targets].filter(([, list]) => list.length > 1);
}
