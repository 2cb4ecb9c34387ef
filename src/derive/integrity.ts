/** What a reader is told about how an article's text reached us and what the editors changed. */
import { analyse, type IntegrityReport } from '../integrity/analyse.ts';
import type { ArticleIntegrityFiles } from '../integrity/article-files.ts';
import type { EditKind } from '../integrity/edit-kinds.ts';
import { countEditsByKind, receivedSegments, type Segment } from '../integrity/received-segments.ts';

/** The integrity record of one article. */
export interface ArticleIntegrity {
  /** The analyser's report on the text as received, when there is a received text. */
  received: IntegrityReport | null;
  /** Edits by kind (all zero when there is no ledger). */
  edits: Record<EditKind, number>;
  /** The received text cut into kept runs and edits, when there is a ledger. */
  segments: Segment[] | null;
}

/**
 * The integrity record of an article from its ledger files, where it has them. (The reading edition is not analysed
 * here: no page shows that report, and at 10,000 articles it cost 9 s a build.)
 */
export function articleIntegrity(files: ArticleIntegrityFiles | undefined): ArticleIntegrity {
  if (!files) {
    return { received: null, edits: countEditsByKind({ edits: [] }), segments: null };
  }
  return {
    received: analyse(files.received),
    edits: countEditsByKind(files.ledger),
    segments: receivedSegments(files.received, files.readingBody, files.ledger, files.ledgerFile),
  };
}

/** The number of edits in a record. */
export function editTotal(integrity: ArticleIntegrity): number {
  return Object.values(integrity.edits).reduce((n, count) => n + count, 0);
}
