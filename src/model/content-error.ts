/**
 * Errors about content, written for the editor who has to fix them: the file, the field, what was found, what was
 * expected, and a near match where one exists.
 */

/** One problem in one content file. */
export interface ContentProblem {
  /** Path of the file, relative to the project root (e.g. content/articles/foo.md). */
  file: string;
  /** Dotted path of the field (e.g. roles.0.organisation), or '' for the file as a whole. */
  field: string;
  /** What is wrong and what to do, in one or two sentences. */
  message: string;
}

/** Thrown when content cannot be built; carries every problem found, not only the first. */
export class ContentError extends Error {
  /** Every problem found, in file order. */
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** A field path as an editor counts: "people.4" is "people (5th)", "roles.0.organisation" "roles (1st) → organisation". */
export function fieldForEditors(field: string): string {
  const parts: string[] = [];
  for (const segment of field.split('.')) {
    if (/^\d+$/.test(segment) && parts.length) parts[parts.length - 1] += ` (${ordinal(Number(segment) + 1)})`;
    else parts.push(segment);
  }
  return parts.join(' → ');
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** One problem as the line an editor reads. */
const problemLine = (p: ContentProblem) =>
  `  ${p.file}${p.field ? ` → ${fieldForEditors(p.field)}` : ''}: ${p.message}`;

/** Formats problems as the lines an editor sees when the build fails. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map(problemLine);
  return `The content has ${count}; the site was not built.\n${lines.join('\n')}`;
}

/** Formats warnings as the lines an editor sees at the end of a build that went through. */
export function formatWarnings(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 warning' : `${problems.length} warnings`;
  const lines = problems.map(problemLine);
  return `The build has ${count}; the site was built:\n${lines.join('\n')}`;
}

/** Quotes a found value for a message, shortened so that a huge value does not flood the terminal. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
