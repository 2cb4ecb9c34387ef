/**
 * Finds the stretches of a paragraph inside quotation marks. Curly, straight and French marks are all in use (the
 * POLITICO text mixes “ with »), so any opening mark pairs with any closing mark.
 */

/** One stretch of text between quotation marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark, or the paragraph length when the quotation runs on. */
  end: number;
  /** The quoted words, without the marks and outer spaces. */
  text: string;
  /** False when the paragraph ends before a closing mark: by news convention the quote continues in the next one. */
  closed: boolean;
}

const opening = new Set(['“', '«', '„']);
const closing = new Set(['”', '»', '‟']);
/** Every quotation mark, opening, closing or straight: the scan steps from one to the next. */
const MARKS = /[“«„”»‟"]/g;

/** Lists the quoted stretches of one paragraph in reading order. */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (const { 0: ch, index: i } of paragraph.matchAll(MARKS)) {
    const isStraight = ch === '"';
    if (open < 0 && (opening.has(ch) || isStraight)) {
      open = i;
    } else if (open >= 0 && (closing.has(ch) || isStraight)) {
      spans.push(span(paragraph, open, i + 1, true));
      open = -1;
    } else if (open >= 0 && opening.has(ch)) {
      // An opening mark inside an open quote means the first mark was never closed; start again from here.
      open = i;
    }
  }
  if (open >= 0) spans.push(span(paragraph, open, paragraph.length, false));
  return spans;
}

/** True when `offset` lies strictly inside one of the spans (the marks themselves count as inside). */
export function insideSpans(spans: readonly QuoteSpan[], offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}

function span(paragraph: string, start: number, end: number, closed: boolean): QuoteSpan {
  const inner = paragraph.slice(start + 1, closed ? end - 1 : end);
  return { start, end, text: inner.trim().replace(/\s+/g, ' '), closed };
}
