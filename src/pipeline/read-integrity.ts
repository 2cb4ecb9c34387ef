/**
 * Reads the integrity files of every article that has a ledger (content/ledgers/<slug>.yaml): the ledger, the
 * received text it names, and the reading edition. A ledger that is malformed, or that does not explain the reading
 * edition exactly, is a content problem: the build stops rather than publish a misleading record.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadArticleIntegrity, type ArticleIntegrityFiles } from '../integrity/article-files.ts';
import { checkLedger } from '../integrity/check-ledger.ts';
import { ContentError, type ContentProblem } from './content-error.ts';

/** The integrity files of each article with a ledger, by slug; throws ContentError when one cannot be read. */
export function readIntegrity(root: string, slugs: readonly string[]): Map<string, ArticleIntegrityFiles> {
  const result = new Map<string, ArticleIntegrityFiles>();
  const problems: ContentProblem[] = [];
  for (const slug of slugs) {
    if (!existsSync(join(root, 'ledgers', `${slug}.yaml`))) continue;
    try {
      result.set(slug, loadArticleIntegrity(dirname(root), slug));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push({ file: `content/ledgers/${slug}.yaml`, field: '', message });
    }
  }
  if (problems.length) throw new ContentError(problems);
  return result;
}

/** Checks that every ledger explains its reading edition word for word; throws ContentError listing each gap. */
export function checkIntegrity(files: ReadonlyMap<string, ArticleIntegrityFiles>): void {
  const problems: ContentProblem[] = [];
  for (const f of files.values()) {
    const check = checkLedger(f.received, f.readingBody, f.ledger, f.ledgerFile);
    for (const problem of check.problems) problems.push({ file: f.ledgerFile, field: 'edits', message: problem });
  }
  if (problems.length) throw new ContentError(problems);
}
