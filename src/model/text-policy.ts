/**
 * The one text policy for everything an editor writes. Control characters (C0 but tab and line feed, DEL, C1),
 * lone surrogates, noncharacters and the bidirectional overrides, embeddings and isolates are never wanted in a
 * name, a headline or a paragraph, and several are not allowed in XML at all (a raw NUL makes a feed ill-formed).
 * Frontmatter and registry files that hold one are refused with the character named; an article body has them
 * removed, with a warning that says where. Policy as data: FORBIDDEN_CHARACTERS lists the ranges and why.
 */

/** The characters refused, each range with a name for messages. */
export const FORBIDDEN_CHARACTERS: ReadonlyArray<{ pattern: string; name: string }> = [
  { pattern: '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F', name: 'a control character' },
  { pattern: '\\u007F', name: 'the delete character' },
  { pattern: '\\u0080-\\u009F', name: 'a C1 control character' },
  { pattern: '\\u202A-\\u202E', name: 'a bidirectional embedding or override' },
  { pattern: '\\u2066-\\u2069', name: 'a bidirectional isolate' },
  { pattern: '\\uFFFE\\uFFFF', name: 'a noncharacter' },
];

const RANGES = FORBIDDEN_CHARACTERS.map((c) => c.pattern).join('');
/**
 * One forbidden character, or a surrogate that is not half of a pair; without the u flag, so that a lone surrogate
 * is matched as the one code unit it is.
 */
const FORBIDDEN_UNITS = new RegExp(
  `[${RANGES}]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);

/** A forbidden character found in a text. */
export interface ForbiddenCharacter {
  /** "U+0007". */
  codePoint: string;
  /** What it is, in words. */
  name: string;
  /** Offset in the text, in UTF-16 code units. */
  index: number;
}

/** Every forbidden character in `text`, in order. */
export function forbiddenCharacters(text: string): ForbiddenCharacter[] {
  const found: ForbiddenCharacter[] = [];
  for (const match of text.matchAll(FORBIDDEN_UNITS)) {
    const unit = match[0].charCodeAt(0);
    found.push({ codePoint: codePoint(unit), name: nameOf(match[0]), index: match.index });
  }
  return found;
}

/** `text` without its forbidden characters. */
export function withoutForbidden(text: string): string {
  return text.replace(FORBIDDEN_UNITS, '');
}

/** "U+0007" for a code unit. */
export function codePoint(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

function nameOf(character: string): string {
  const unit = character.charCodeAt(0);
  if (unit >= 0xd800 && unit <= 0xdfff) return 'half of a surrogate pair';
  return (
    FORBIDDEN_CHARACTERS.find((c) => new RegExp(`[${c.pattern}]`).test(character))?.name ?? 'a forbidden character'
  );
}

/** Every string in parsed data with a forbidden character, as [field path, first character found]. */
export function forbiddenInData(data: unknown, at: readonly string[] = []): Array<[string, ForbiddenCharacter]> {
  if (typeof data === 'string') {
    const [first] = forbiddenCharacters(data);
    return first ? [[at.join('.'), first]] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => forbiddenInData(item, [...at, String(i)]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => [
      ...forbiddenInData(key, at).map(([, c]): [string, ForbiddenCharacter] => [[...at, key].join('.'), c]),
      ...forbiddenInData(value, [...at, key]),
    ]);
  }
  return [];
}

/**
 * `text` with each forbidden character written out as its code point ("⟨U+0007⟩"): for showing a received text as
 * it came, where a character may not be removed and must not reach the page raw.
 */
export function withForbiddenShown(text: string): string {
  return text.replace(FORBIDDEN_UNITS, (c) => `⟨${codePoint(c.charCodeAt(0))}⟩`);
}
