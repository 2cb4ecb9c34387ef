/**
 * The edit ledger: one YAML file per article in `content/ledgers/<slug>.yaml` listing every difference between the
 * received text and the reading edition. The format is documented in `content/policy/README.md`.
 */
import { z } from 'astro/zod';
import { editKindNames } from './edit-kinds.ts';
import { nearest } from './nearest.ts';

/** One edit: which received words became which reading words, where, of what kind and why. */
export const ledgerEntrySchema = z
  .object({
    /** Number of the received paragraph (non-empty line of the received file, from 1) the edit sits in. */
    paragraph: z.number().int().min(1),
    /** The received words exactly as in the received file; the edit replaces their first occurrence after the previous edit. */
    received: z.string().min(1, 'the received words, not empty'),
    /** The words of the reading edition; empty when the received words are removed. */
    reading: z.string(),
    /** What sort of edit this is. */
    kind: z.enum(editKindNames),
    /** Why, in a sentence, when the kind's standard reason is not enough; required for corrections. */
    why: z.string().trim().min(1).optional(),
    /** Where a correction's fact comes from; required for corrections. */
    source: z.string().trim().min(1).optional(),
    /** A few received words around the edit, containing `received`, to pick the right occurrence and help readers. */
    context: z.string().min(1).optional(),
    /**
     * Where the reading words were read in an independent copy of the original: the copy's id (from the article's
     * `provenance.copies`) and the copy's words around them, verbatim. An entry without evidence is a conjecture.
     */
    evidence: z
      .object({ copy: z.string().min(1), words: z.string().trim().min(1) })
      .strict()
      .optional(),
    /** Other readings the editors considered, for an entry without evidence. */
    alternatives: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .refine((e) => e.kind !== 'correction' || (e.why !== undefined && e.source !== undefined), {
    message: 'a correction needs both "why" and "source"',
    path: ['source'],
  })
  .refine((e) => e.context === undefined || e.context.includes(e.received), {
    message: '"context" must contain the received words',
    path: ['context'],
  })
  .refine((e) => e.evidence === undefined || evidenceHolds(e.evidence.words, e.reading), {
    message: 'the evidence\'s "words" must contain the reading words: quote the copy around them, as it has them',
    path: ['evidence', 'words'],
  })
  .refine((e) => e.evidence === undefined || e.alternatives === undefined, {
    message: 'an entry with evidence has no "alternatives": the copy settles the word',
    path: ['alternatives'],
  });

/**
 * True when a copy's words contain the reading words as whole words. Case and the apostrophe's form may differ
 * (a print copy sets "it's" where the web has "it’s"); a removal ("") is evidenced by any words.
 */
export function evidenceHolds(words: string, reading: string): boolean {
  const plain = (text: string) => ` ${text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase()} `;
  if (reading.trim() === '') return true;
  const haystack = plain(words);
  const needle = plain(reading).trim();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * An editors' note: a factual error in the received text that the reading edition keeps as received (the editors
 * cannot tell whether the slip is the original's), shown to readers beside its paragraph.
 */
export const editorsNoteSchema = z
  .object({
    /** The received paragraph the note is about. */
    paragraph: z.number().int().min(1),
    /** The words the note is about, as the reading edition has them. */
    words: z.string().trim().min(1),
    /** The note for readers, a sentence or two. */
    note: z.string().trim().min(1),
    /** Where the corrected fact comes from. */
    source: z.string().trim().min(1),
    /** The corrected date, YYYY-MM-DD, when the words date an event: the timeline uses it. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
      .optional(),
  })
  .strict();

/** A whole ledger file. */
export const ledgerSchema = z
  .object({
    /** The received file, from the content folder: received/<file>.txt. */
    received: z
      .string()
      .regex(/^received\/[^/\\]+$/, 'write the received file from the content folder, as received/<file>.txt'),
    /** The article whose body is the reading edition, from the content folder: articles/<slug>.md, the ledger's own. */
    article: z
      .string()
      .regex(/^articles\/[^/\\]+\.md$/, 'write the article from the content folder, as articles/<slug>.md'),
    /** The edits, in paragraph order and, within a paragraph, in text order. */
    edits: z.array(ledgerEntrySchema),
    /** Editors' notes on errors kept as received. */
    notes: z.array(editorsNoteSchema).optional(),
  })
  .strict();

/** One ledger entry. */
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
/** A ledger. */
export type Ledger = z.infer<typeof ledgerSchema>;

/** Validates a parsed ledger file, throwing one error that names the file, each bad entry and field. */
export function validateLedger(data: unknown, file: string): Ledger {
  const result = ledgerSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => describeIssue(issue, data));
  throw new Error(
    `${file}: the edit ledger has ${lines.length} problem(s):\n${lines.map((l) => `  - ${l}`).join('\n')}`,
  );
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const [top, index, field] = issue.path;
  if (top === 'edits' && typeof index === 'number') {
    const entry = (data as { edits: Record<string, unknown>[] }).edits[index] ?? {};
    const label = `edit ${index + 1} (paragraph ${String(entry['paragraph'])}, “${String(entry['received'])}”)`;
    const fieldPart = field === undefined ? '' : `, field "${issue.path.slice(2).join('.')}"`;
    return `${label}${fieldPart}: ${explain(issue, entry)}`;
  }
  return `field "${issue.path.join('.') || '(top level)'}": ${explain(issue, data)}`;
}

function explain(issue: z.core.$ZodIssue, holder: unknown): string {
  if (issue.code === 'invalid_value') {
    const found = String((holder as Record<string, unknown>)[String(issue.path.at(-1))]);
    const options = issue.values.map(String);
    const near = nearest(found, options, 1)[0];
    return `found “${found}”, expected one of ${options.join(', ')}${near ? `; did you mean “${near}”?` : ''}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const known = ['paragraph', 'received', 'reading', 'kind', 'why', 'source', 'context', 'evidence', 'alternatives'];
    return issue.keys.map((key) => `unknown field “${key}”${hint(nearest(key, known, 1)[0])}`).join('; ');
  }
  return issue.message;
}

function hint(near: string | undefined): string {
  return near ? ` (did you mean “${near}”?)` : '';
}
