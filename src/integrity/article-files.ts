/**
 * Reads one article's integrity files from disk: its ledger, the received text the ledger names, and the reading
 * edition (the article's Markdown body). The only module here that touches the file system.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parseLedger, type Ledger } from './ledger-schema.ts';

/** An article's received text, reading edition and ledger. */
export interface ArticleIntegrityFiles {
  /** Path of the ledger, from the project root. */
  ledgerFile: string;
  /** The parsed ledger. */
  ledger: Ledger;
  /** The received text, verbatim. */
  received: string;
  /** The Markdown body of the article, after its frontmatter. */
  readingBody: string;
}

/** Loads `content/ledgers/<slug>.yaml` and the files it names, relative to `root`. */
export function loadArticleIntegrity(root: string, slug: string): ArticleIntegrityFiles {
  const ledgerFile = `content/ledgers/${slug}.yaml`;
  const ledger = parseLedger(readFileSync(join(root, ledgerFile), 'utf8'), ledgerFile);
  return {
    ledgerFile,
    ledger,
    received: readFileSync(join(root, ledger.received), 'utf8'),
    readingBody: matter(readFileSync(join(root, ledger.article), 'utf8')).content,
  };
}
