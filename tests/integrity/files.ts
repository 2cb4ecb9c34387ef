/** An article's integrity files as the parse stage reads them, for tests of the integrity modules. */
import { join } from 'node:path';
import type { Ledger } from '../../src/model/ledger.ts';
import { readContent, type SiteContent } from '../../src/parse/read-content.ts';

const read = new Map<string, SiteContent>();

/** The ledger, received text and reading edition of the article `slug` in the content folder of `projectRoot`. */
export function loadArticleIntegrity(
  projectRoot: string,
  slug: string,
): { ledgerFile: string; ledger: Ledger; received: string; readingBody: string } {
  const root = join(projectRoot, 'content');
  let content = read.get(root);
  if (!content) read.set(root, (content = readContent(root)));
  const ledger = content.ledgers.get(slug);
  const article = content.articles.find((a) => a.slug === slug);
  if (!ledger || !article) throw new Error(`no article with a ledger: ${slug}`);
  return { ledgerFile: ledger.file, ledger: ledger.ledger, received: ledger.received, readingBody: article.body };
}
