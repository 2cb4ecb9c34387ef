/**
 * Checks a generated content folder with the site's own parse stage (readContent) and alias matcher: every file
 * valid, every reference resolved, and every name found in a body declared by the article.
 *   node bench/check-corpus.ts bench/out/corpus-1000/content
 */
import { resolve } from 'node:path';
import { aliasIndexOf } from '../src/derive/corpus.ts';
import { findMentions } from '../src/analysis/alias-index.ts';
import { readContent } from '../src/parse/read-content.ts';

/** Problems in the corpus at `dir`, one line each; empty when the site would accept it without a warning. */
export function checkCorpus(dir: string): string[] {
  const content = readContent(dir);
  const index = aliasIndexOf(content);
  const problems: string[] = [];
  for (const { file, data, body } of content.articles) {
    const declared = new Set([
      ...[...data.authors, ...data.people, ...data.contributors.map((c) => c.person)].map((id) => `person:${id}`),
      ...[data.publication, ...data.organisations].map((id) => `organisation:${id}`),
    ]);
    const found = new Set(findMentions(body, index).map((m) => `${m.type}:${m.id}`));
    for (const key of found) if (!declared.has(key)) problems.push(`${file}: names ${key} but does not declare it`);
    for (const id of data.people) if (!found.has(`person:${id}`)) problems.push(`${file}: declares ${id}, never named`);
  }
  return problems;
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? 'bench/out/corpus-1000/content');
  const problems = checkCorpus(dir);
  console.log(problems.length ? problems.join('\n') : `${dir}: valid, every name declared.`);
  process.exitCode = problems.length ? 1 : 0;
}
