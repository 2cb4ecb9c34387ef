/**
 * The spinner substitution table, kept by editors in `content/policy/spinner-substitutions.yaml`: each spun form,
 * the original it usually stands for, and context rules for the forms that stood for more than one word.
 */
import { z } from 'astro/zod';

const phrase = z.string().trim().min(1);

/** A context rule: when the neighbouring received words match, the spun form stands for `original`. */
export const substitutionRuleSchema = z
  .object({
    /** Received words right before the spun form, any of these (a word or a phrase; `#` is any number). */
    previous: z.array(phrase).min(1).optional(),
    /** Received words right after the spun form, any of these (a word or a phrase; `#` is any number). */
    next: z.array(phrase).min(1).optional(),
    /** What the spun form stands for here; the spun form itself means it is the genuine word here. */
    original: phrase,
  })
  .strict()
  .refine((rule) => rule.previous !== undefined || rule.next !== undefined, {
    message: 'a rule needs "previous" or "next"',
  });

/** One spun form and how to restore it. */
export const substitutionSchema = z
  .object({
    /** The spun form as it appears in spun text, one or more words, lower case. */
    spun: phrase,
    /** What it stands for when no rule matches; left out when only a person can tell (the spot is listed). */
    original: phrase.optional(),
    /** Context rules, tried in order before `original`. */
    rules: z.array(substitutionRuleSchema).default([]),
    /** Other originals seen for this form and not covered by a rule, offered to the editor for undecided spots. */
    alternatives: z.array(phrase).default([]),
  })
  .strict();

/** The whole table. */
export const substitutionTableSchema = z.object({ substitutions: z.array(substitutionSchema).min(1) }).strict();

/** One substitution. */
export type Substitution = z.infer<typeof substitutionSchema>;
/** The substitution table. */
export type SubstitutionTable = z.infer<typeof substitutionTableSchema>;

/** Validates the parsed substitution table, throwing an error that names the file, the entry and the field. */
export function validateSubstitutionTable(data: unknown, file: string): SubstitutionTable {
  const result = substitutionTableSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const [, index, ...rest] = issue.path;
      const entry = typeof index === 'number' ? (data as SubstitutionTable).substitutions[index] : undefined;
      const label = entry
        ? `substitution ${Number(index) + 1} (“${String(entry.spun)}”), field "${rest.join('.')}"`
        : `field "${issue.path.join('.')}"`;
      return `  - ${label}: ${issue.message}`;
    });
    throw new Error(`${file}: the substitution table has ${lines.length} problem(s):\n${lines.join('\n')}`);
  }
  const seen = new Set<string>();
  for (const substitution of result.data.substitutions) {
    if (seen.has(substitution.spun))
      throw new Error(`${file}: “${substitution.spun}” is listed twice; merge its rules into one entry`);
    seen.add(substitution.spun);
  }
  return result.data;
}
