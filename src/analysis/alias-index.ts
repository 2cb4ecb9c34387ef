/**
 * The alias index: every name and alias of every person and organisation, and a matcher that finds them in text.
 * An alias that belongs to two entities is ambiguous and is never linked.
 */
import type { EntityRef, Mention } from '../model/entity.ts';

/** An entity's printed name and aliases, the input of the index. */
export interface NamedEntity extends EntityRef {
  name: string;
  aliases: readonly string[];
}

/** The compiled index. */
export interface AliasIndex {
  /** Each alias with the entities it may name; more than one means ambiguous. */
  readonly targets: ReadonlyMap<string, readonly EntityRef[]>;
  /**
   * Every alias as a path of pieces (words, runs of space, single other characters). Matching walks it from each
   * word start, so its cost depends on the length of the text and of the match, not on how many aliases share a first
   * word: a registry of a thousand people has dozens of Michaels, and a list per first word grew with it.
   */
  readonly trie: AliasNode;
  /** Forms that name someone only as a transcript's turn label, at a paragraph's start before a colon. */
  readonly labelOnly: ReadonlySet<string>;
}

/** A node of the alias trie: the alias that ends here, if any, and the pieces that continue one. */
export interface AliasNode {
  form?: string;
  readonly next: Map<string, AliasNode>;
}

/**
 * The forms a name takes in capitals: newsletters print a person's first mention as "Sen. MARIA OKAFOR". Only names
 * of two words or more: a single word in capitals ("GENERAL", "WHITE") is too often an ordinary word set in capitals.
 */
function inCapitals(form: string): string[] {
  return /\s/.test(form.trim()) && /\p{Ll}/u.test(form) ? [form.toUpperCase()] : [];
}

/**
 * The forms a name takes at the start of a sentence or after "the": an alias in lower case opens a sentence with a
 * capital ("the council" → "The council"), and a body's name that opens with a common noun is also written in lower
 * case after an article ("Prefecture of Haute-Lisière" → "the prefecture of Haute-Lisière"). Only names of two words
 * or more, where the rest of the name still has to match as written.
 */
function inRunningText(form: string): string[] {
  if (!/\s/.test(form.trim())) return [];
  if (/^\p{Ll}/u.test(form)) return [form[0]!.toUpperCase() + form.slice(1)];
  if (/^\p{Lu}\p{Ll}+\s+(?:of|for|on|de|du|des|di|del|für)\s/u.test(form))
    return [form[0]!.toLowerCase() + form.slice(1)];
  return [];
}

/**
 * The form a surname takes as a transcript's turn label ("OBI:", "DUTTA-WILKES:"): a single word in capitals, which
 * names someone only there, at the start of a paragraph and before a colon.
 */
function asTurnLabel(form: string): string[] {
  return !/\s/.test(form.trim()) && /\p{Ll}/u.test(form) ? [form.toUpperCase()] : [];
}

/** Builds the index from the registries. */
export function buildAliasIndex(entities: Iterable<NamedEntity>): AliasIndex {
  const targets = new Map<string, EntityRef[]>();
  const labels = new Map<string, EntityRef[]>();
  for (const entity of entities) {
    const written = [entity.name, ...entity.aliases];
    for (const label of written.flatMap(asTurnLabel)) {
      const list = labels.get(label) ?? [];
      if (!list.some((t) => t.type === entity.type && t.id === entity.id))
        list.push({ type: entity.type, id: entity.id });
      labels.set(label, list);
    }
    for (const alias of new Set([...written, ...written.flatMap(inCapitals), ...written.flatMap(inRunningText)])) {
      const form = alias.trim();
      if (!form) continue;
      const list = targets.get(form) ?? [];
      if (!list.some((t) => t.type === entity.type && t.id === entity.id))
        list.push({ type: entity.type, id: entity.id });
      targets.set(form, list);
    }
  }
  // A label is only a label where no alias is written so ("NASA" stays a name everywhere).
  const labelOnly = new Set([...labels.keys()].filter((form) => !targets.has(form)));
  for (const form of labelOnly) targets.set(form, labels.get(form)!);
  const trie: AliasNode = { next: new Map() };
  for (const form of targets.keys()) {
    let node = trie;
    for (const piece of form.match(PIECES) ?? []) {
      let child = node.next.get(piece);
      if (!child) node.next.set(piece, (child = { next: new Map() }));
      node = child;
    }
    node.form = form;
  }
  return { targets, trie, labelOnly };
}

/** Every unambiguous mention in `text`, left to right, longest alias first at each position. */
export function findMentions(text: string, index: AliasIndex): Mention[] {
  const mentions: Mention[] = [];
  // Candidates start at a piece: never inside a word ("Fried" in "Friedman" never starts there).
  const starts = new RegExp(STARTS.source, 'gu');
  const follow = new RegExp(PIECES.source, 'uy');
  for (let first = starts.exec(text); first; first = starts.exec(text)) {
    let node = index.trie.next.get(first[0]);
    let end = first.index + first[0].length;
    let longest: { form: string; end: number } | undefined;
    follow.lastIndex = end;
    while (node) {
      // An alias ending in a word ends a word of the text; one ending in "." must not run into a word.
      if (node.form && !WORD_CHAR.test(text[end] ?? ' ')) longest = { form: node.form, end };
      const piece = follow.exec(text);
      node = piece ? node.next.get(piece[0]) : undefined;
      end = follow.lastIndex;
    }
    if (!longest) continue;
    if (index.labelOnly.has(longest.form) && !isTurnLabel(text, first.index, longest.end)) {
      starts.lastIndex = longest.end;
      continue;
    }
    const found = index.targets.get(longest.form)!;
    // The longest alias at a position wins even when it is ambiguous: then nothing is linked there at all.
    if (found.length === 1) mentions.push({ ...found[0]!, text: longest.form, start: first.index, end: longest.end });
    starts.lastIndex = longest.end;
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

/** True when text[start, end) opens its paragraph (bold marks aside) and a colon follows it: "OBI: Chief, …". */
function isTurnLabel(text: string, start: number, end: number): boolean {
  return /^[\s*]*$/.test(text.slice(0, start)) && /^\**\s*:/.test(text.slice(end));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The pieces of a text or an alias: a run of letters and digits, a run of white space, or one other character. */
const PIECES = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu;
/** The pieces an alias can start with: all but white space (aliases are trimmed). */
const STARTS = /[\p{L}\p{N}]+|[^\p{L}\p{N}\s]/gu;

/** The aliases that name more than one entity, for editors to review. */
export function ambiguousAliases(index: AliasIndex): Array<[string, readonly EntityRef[]]> {
  // A turn label is a derived form of a surname, whose ambiguity the surname already shows.
  return [...index.targets].filter(([form, list]) => list.length > 1 && !index.labelOnly.has(form));
}
