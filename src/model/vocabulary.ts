/**
 * Reads the attribution vocabulary (content/policy/attribution-vocabulary.yaml) and turns its word lists into the
 * regular-expression alternations the extractors use. The file is data editors own, so errors name the file and field.
 */

/** The word lists of the attribution vocabulary, one field per list in the YAML file. */
export interface AttributionVocabulary {
  /** Verbs that attribute words or a view to someone ("said", "told", "believe"). */
  reportingVerbs: string[];
  /** Verbs that attribute a claim to another outlet ("reported"). */
  outletVerbs: string[];
  /** Reporting verbs that may come before their speaker ("said Ana Silva"). */
  invertedVerbs: string[];
  /** Nouns describing an unnamed source ("officials", "people"). */
  anonymousNouns: string[];
  /** Words that may precede an anonymous noun as part of its description ("senior", "two"). */
  anonymousModifiers: string[];
  /** Phrases that may follow an anonymous noun as part of its description ("familiar with"). */
  anonymousQualifiers: string[];
  /** Subjects meaning another newsroom's reporting ("our colleagues"). */
  outletSubjects: string[];
  /** Nouns for a text a claim rests on ("newsletter", "website"). */
  documentNouns: string[];
  /** Nouns for the occasion of a quotation ("interview", "speech"). */
  venueNouns: string[];
  /** Phrases that mark a standing sourcing-policy note. */
  policyNotePhrases: string[];
  /** How many policy phrases a paragraph needs to be taken as a policy note. */
  policyNoteMinimum: number;
}

const listFields = [
  'reportingVerbs',
  'outletVerbs',
  'invertedVerbs',
  'anonymousNouns',
  'anonymousModifiers',
  'anonymousQualifiers',
  'outletSubjects',
  'documentNouns',
  'venueNouns',
  'policyNotePhrases',
] as const;

/** Checks the parsed vocabulary file; `fileName` is only used to make error messages point at the file. */
export function validateAttributionVocabulary(data: unknown, fileName: string): AttributionVocabulary {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${fileName}: expected a mapping of word lists, found ${describe(data)}`);
  }
  const record = data as Record<string, unknown>;
  const known = new Set<string>([...listFields, 'policyNoteMinimum']);
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      const near = [...known].find((k) => k.toLowerCase() === key.toLowerCase() || k.startsWith(key.slice(0, 6)));
      throw new Error(`${fileName}: unknown field "${key}"${near ? `; did you mean "${near}"?` : ''}`);
    }
  }
  const lists = {} as Record<(typeof listFields)[number], string[]>;
  for (const field of listFields) {
    const value = record[field];
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && v.trim())) {
      throw new Error(`${fileName}: field "${field}" should be a non-empty list of words, found ${describe(value)}`);
    }
    lists[field] = value.map((v: string) => v.trim().toLowerCase().replace(/’/g, "'"));
  }
  const minimum = record['policyNoteMinimum'];
  if (typeof minimum !== 'number' || !Number.isInteger(minimum) || minimum < 1) {
    throw new Error(
      `${fileName}: field "policyNoteMinimum" should be a whole number of 1 or more, found ${describe(minimum)}`,
    );
  }
  return { ...lists, policyNoteMinimum: minimum };
}

/** Builds a regex alternation from a word list, longest first so "first reported" wins over "reported". */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['’]")
        .replace(/ /g, '\\s+'),
    )
    .join('|');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list with ${JSON.stringify(value[0])}`;
  return JSON.stringify(value);
}
