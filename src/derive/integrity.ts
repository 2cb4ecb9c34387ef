/** What a reader is told about how an article's text reached us and what the editors changed. */
import { analyse, type IntegrityReport } from '../analysis/integrity/analyse.ts';
import { checkLedger } from '../analysis/integrity/check-ledger.ts';
import { countEditsByKind, receivedSegments, type Segment } from '../analysis/integrity/received-segments.ts';
import { restorationChecks, restoresWords, type RestorationChecks } from '../analysis/integrity/doubts.ts';
import { placeNotes } from '../analysis/integrity/editor-notes.ts';
import type { ArticleData } from '../model/content.ts';
import type { RenderMarks } from '../markdown/processor.ts';
import type { ContentProblem } from '../model/content-error.ts';
import type { EditKind } from '../model/edit-kinds.ts';
import type { SiteContent } from '../parse/read-content.ts';
import type { ParsedLedger } from '../parse/read-ledgers.ts';

/** The integrity record of one article. */
export interface ArticleIntegrity {
  /** The analyser's report on the text as received, when there is a received text. */
  received: IntegrityReport | null;
  /** Edits by kind (all zero when there is no ledger). */
  edits: Record<EditKind, number>;
  /** The received text cut into kept runs and edits, when there is a ledger. */
  segments: Segment[] | null;
  /** Restored words checked against a copy, and those that are the editors' best guess, when there is a ledger. */
  checks: RestorationChecks | null;
  /** Quotations in paragraphs no copy was checked against, when the editors restored words (else 0). */
  uncheckedQuotes: number;
}

/**
 * What the page marks in an article's text: the restored words no copy confirms and, when the editors restored
 * words at all, the paragraphs copies were checked against (every quotation elsewhere is marked as unchecked).
 */
export function renderMarks(
  ledger: ParsedLedger | undefined,
  copies: ArticleData['provenance']['copies'],
): RenderMarks | undefined {
  if (!ledger) return undefined;
  const { notes } = placeNotes(ledger.received, ledger.ledger);
  const restores = ledger.ledger.edits.some(restoresWords);
  if (!restores && notes.length === 0) return undefined;
  return {
    doubts: restores ? restorationChecks(ledger.received, ledger.ledger).doubts : [],
    ...(restores && { checkedParagraphs: checkedParagraphs(copies) }),
    ...(notes.length > 0 && { notes }),
  };
}

/** The reading edition's paragraphs (1-based) that some copy of the original was checked against, in order. */
function checkedParagraphs(copies: ArticleData['provenance']['copies']): number[] {
  return [...new Set(copies.flatMap((c) => c.paragraphs))].sort((a, b) => a - b);
}

/**
 * The integrity record of an article from its ledger, where it has one, and its reading edition (its body). (The
 * reading edition is not analysed here: no page shows that report, and at 10,000 articles it cost 9 s a build.)
 */
export function articleIntegrity(
  ledger: ParsedLedger | undefined,
  readingBody: string,
  article?: { data: Pick<ArticleData, 'provenance'>; quotes: readonly { paragraph: number }[] },
): ArticleIntegrity {
  if (!ledger) {
    return { received: null, edits: countEditsByKind({ edits: [] }), segments: null, checks: null, uncheckedQuotes: 0 };
  }
  // Quotations are marked as unchecked exactly when renderMarks gives the page checked paragraphs: when the
  // ledger restores words.
  const marksQuotes = article !== undefined && ledger.ledger.edits.some(restoresWords);
  const checked = new Set(article ? checkedParagraphs(article.data.provenance.copies) : []);
  return {
    received: analyse(ledger.received),
    edits: countEditsByKind(ledger.ledger),
    segments: receivedSegments(ledger.received, readingBody, ledger.ledger, ledger.file),
    checks: restorationChecks(ledger.received, ledger.ledger),
    // Quotation paragraphs are 0-based, copies' paragraphs 1-based.
    uncheckedQuotes: marksQuotes ? article.quotes.filter((q) => !checked.has(q.paragraph + 1)).length : 0,
  };
}

/**
 * Every gap between a ledger and its article: an edit that does not occur, or a difference the ledger does not
 * explain. The build stops on any, rather than publish a misleading record.
 */
export function checkIntegrity(content: Pick<SiteContent, 'articles' | 'ledgers'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const article of content.articles) {
    const ledger = content.ledgers.get(article.slug);
    if (!ledger) continue;
    for (const problem of checkLedger(ledger.received, article.body, ledger.ledger, ledger.file).problems)
      problems.push({ file: ledger.file, field: 'edits', message: problem.replace(`${ledger.file}: `, '') });
    for (const problem of placeNotes(ledger.received, ledger.ledger).problems)
      problems.push({ file: ledger.file, field: 'notes', message: problem });
    // Evidence names a copy the article lists, so a reader can follow it to the copy.
    const copies = new Set(article.data.provenance.copies.map((c) => c.id));
    ledger.ledger.edits.forEach((entry, i) => {
      if (entry.evidence && !copies.has(entry.evidence.copy))
        problems.push({
          file: ledger.file,
          field: `edits.${i}.evidence.copy`,
          message:
            `names the copy "${entry.evidence.copy}", which ${article.file} does not list: add it to ` +
            `provenance.copies (id, url, kind)${copies.size > 0 ? ` or use one of ${[...copies].join(', ')}` : ''}.`,
        });
    });
  }
  return problems;
}

/**
 * Articles whose received text is not kept: without a ledger nothing reads it, so what the editors changed cannot be
 * shown to readers or checked.
 */
export function integrityWarnings(content: Pick<SiteContent, 'articles' | 'ledgers'>): ContentProblem[] {
  return content.articles
    .filter((article) => !content.ledgers.has(article.slug))
    .map((article) => ({
      file: article.file,
      field: 'provenance.received',
      message: `names "${article.data.provenance.received}", but no copy of it is kept: save the text as received in received/${article.slug}.txt and list the differences in ledgers/${article.slug}.yaml.`,
    }));
}

/** The number of edits in a record. */
export function editTotal(integrity: ArticleIntegrity): number {
  return Object.values(integrity.edits).reduce((n, count) => n + count, 0);
}
