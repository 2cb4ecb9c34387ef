/**
 * The attribution vocabulary (content/policy/attribution-vocabulary.yaml), validated by zod, and the
 * regular-expression alternations the extractors build from its word lists. The file is data editors own, so errors
 * name the file and the field.
 */
import { z } from 'astro/zod';
import { nearest } from './nearest.ts';

/** A list of words or phrases, trimmed, lower-cased, with curly apostrophes made straight. */
const wordList = z
  .array(z.string().trim().min(1))
  .min(1)
  .transform((words) => words.map((w) => w.toLowerCase().replace(/’/g, "'")));

/** A word list a vocabulary may leave out (files written before the field existed). */
const optionalWordList = z
  .array(z.string().trim().min(1))
  .default([])
  .transform((words) => words.map((w) => w.toLowerCase().replace(/’/g, "'")));

/** The attribution vocabulary: one word list per field, and the policy-note threshold. */
export const attributionVocabularySchema = z
  .object({
    /** Verbs that attribute words or a view to someone ("said", "told", "believe"). */
    reportingVerbs: wordList,
    /** Verbs that attribute a claim to another outlet ("reported"). */
    outletVerbs: wordList,
    /** Reporting verbs that may come before their speaker ("said Ana Silva"). */
    invertedVerbs: wordList,
    /** Nouns describing an unnamed source ("officials", "people"). */
    anonymousNouns: wordList,
    /**
     * Nouns for people or groups who may be sources without a name ("resident", "nurse", "prosecutor"), singular;
     * plurals are derived. Optional: a vocabulary without them finds only anonymousNouns.
     */
    sourceNouns: optionalWordList,
    /** Nouns taking a plural verb that stand for a group of people ("staff", "police"). */
    collectiveNouns: optionalWordList,
    /** Nouns that stand for a body ("company", "ministry"): "the company said" is the company named before. */
    organisationNouns: optionalWordList,
    /**
     * Verbs that attribute findings rather than words ("found", "shows", "estimated"): they attribute when their
     * subject is a text or an unnamed group, or when "that" follows ("police found that").
     */
    evidenceVerbs: optionalWordList,
    /** Verbs that attribute only when a quotation follows them ("called it “a receipt”", "put it"). */
    quotingVerbs: optionalWordList,
    /** Verbs by which a text gives its words, only with the quotation right after them ("The warning reads: “…”"). */
    readingVerbs: optionalWordList,
    /** Words that may precede an anonymous noun as part of its description ("senior", "two"). */
    anonymousModifiers: wordList,
    /** Phrases that may follow an anonymous noun as part of its description ("familiar with"). */
    anonymousQualifiers: wordList,
    /** Nouns for a news outlet ("newspaper", "broadcaster"): "the newspaper said" is another outlet's reporting. */
    outletNouns: optionalWordList,
    /** Subjects meaning another newsroom's reporting ("colleagues at"). */
    outletSubjects: wordList,
    /** Subjects meaning the outlet's own reporters, named on the record ("our colleagues"). */
    ownStaffSubjects: wordList,
    /** Nouns for a text a claim rests on ("newsletter", "website"). */
    documentNouns: wordList,
    /** Nouns for the occasion of a quotation ("interview", "speech"). */
    venueNouns: wordList,
    /** Phrases that mark a standing sourcing-policy note. */
    policyNotePhrases: wordList,
    /** How many policy phrases a paragraph needs to be taken as a policy note. */
    policyNoteMinimum: z.number().int().min(1),
  })
  .strict();

/** The word lists of the attribution vocabulary, one field per list in the YAML file. */
export type AttributionVocabulary = z.output<typeof attributionVocabularySchema>;

/** Checks the parsed vocabulary file; `fileName` is only used to make error messages point at the file. */
export function validateAttributionVocabulary(data: unknown, fileName: string): AttributionVocabulary {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${fileName}: expected a mapping of word lists, found ${describe(data)}`);
  }
  const result = attributionVocabularySchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const record = data as Record<string, unknown>;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const near = nearest(key, Object.keys(attributionVocabularySchema.shape), 1)[0];
    throw new Error(`${fileName}: unknown field "${key}"${near ? `; did you mean "${near}"?` : ''}`);
  }
  const field = String(issue.path[0]);
  const expected = field === 'policyNoteMinimum' ? 'a whole number of 1 or more' : 'a non-empty list of words';
  throw new Error(`${fileName}: field "${field}" should be ${expected}, found ${describe(record[field])}`);
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
