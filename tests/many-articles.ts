/**
 * Short generated articles that all name one person, for tests of an entity whose articles run to many pages. The
 * body names nobody, so the articles name only who the frontmatter lists.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the articles are tied to: one person (as author and as named) and the outlet that publishes them. */
export interface Subject {
  person: string;
  publication: string;
}

/** The day `n` days after 2030-01-01, so that generated articles come after any real one and in the order written. */
export function dayAfterStart(n: number): string {
  return new Date(Date.UTC(2030, 0, 1 + n)).toISOString().slice(0, 10);
}

/** Writes articles numbered `from` to `to` (inclusive) into a content folder, article n dated dayAfterStart(n). */
export function writeArticlesNaming(root: string, subject: Subject, from: number, to: number): string[] {
  const files: string[] = [];
  for (let n = from; n <= to; n++) {
    const file = join(root, 'articles', `generated-${String(n).padStart(4, '0')}.md`);
    writeFileSync(
      file,
      [
        '---',
        `title: Generated article number ${n}`,
        `date: ${dayAfterStart(n)}`,
        `publication: ${subject.publication}`,
        `authors: [${subject.person}]`,
        `people: [${subject.person}]`,
        'provenance:',
        '  received: none',
        '---',
        '',
        `The council met on day ${n} and adjourned without a vote.`,
        '',
      ].join('\n'),
    );
    files.push(file);
  }
  return files;
}
