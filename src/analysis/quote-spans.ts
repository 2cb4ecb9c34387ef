/**
 * Finds the stretches of a paragraph inside quotation marks. Curly, straight and French marks are all in use (one
 * republication mixes “ with »), so any opening mark pairs with any closing mark; German copy opens with „ and
 * closes with “, or quotes »so«. British style quotes with single
 * marks (‘…’ or '…') and keeps double ones for quotes within quotes: a paragraph whose first quotation mark is a
 * single one is read that way, telling closing marks from apostrophes by what stands around them.
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

/** A single mark that can open a quotation: at the start of a word, not before a digit ('90s) or a space. */
const SINGLE_OPENING = /(?:^|[\s(\[—–-])([‘'])(?=[^\s\d'’])/g;

/** Lists the quoted stretches of one paragraph in reading order. */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const firstDouble = paragraph.search(/[“«„”»‟"]/);
  const firstSingle = [...paragraph.matchAll(SINGLE_OPENING)][0];
  if (firstSingle && (firstDouble === -1 || firstSingle.index + firstSingle[0].length - 1 < firstDouble)) {
    return singleMarkSpans(paragraph);
  }
  return doubleMarkSpans(paragraph);
}

/**
 * Quotations in single marks. A closing mark follows a word and comes before a space, punctuation or the end; one
 * between two letters is an apostrophe (don't, O'Neill). Of the closing marks before the next opening one, the first
 * after punctuation closes the quotation, or else the last, so a possessive inside it ("the workers' pay") does not
 * cut it short and one after it ("the Lecturers’ Association") does not stretch it.
 */
function singleMarkSpans(paragraph: string): QuoteSpan[] {
  const openings = [...paragraph.matchAll(SINGLE_OPENING)].map((m) => m.index + m[0].length - 1);
  const closes = (i: number) => {
    const before = paragraph[i - 1] ?? ' ';
    const after = paragraph[i + 1];
    return /\S/.test(before) && (after === undefined || /[\s,.;:!?)\]—–"”]/.test(after));
  };
  const spans: QuoteSpan[] = [];
  let from = 0;
  for (let k = 0; k < openings.length; k++) {
    const open = openings[k]!;
    if (open < from) continue;
    const next = openings.find((o) => o > open && o >= from) ?? paragraph.length;
    let close = -1;
    for (let i = open + 1; i < next; i++) {
      if ((paragraph[i] !== '’' && paragraph[i] !== "'") || !closes(i)) continue;
      close = i;
      // A mark after the quote's own punctuation (“prudence,’ said”) closes it: no plural possessive ends so.
      if (/[,.?!;:…]/.test(paragraph[i - 1]!)) break;
    }
    if (close >= 0) {
      spans.push(span(paragraph, open, close + 1, true));
      from = close + 1;
    } else if (next === paragraph.length) {
      spans.push(span(paragraph, open, paragraph.length, false));
      break;
    }
  }
  return spans;
}

/** Marks that close a quotation opened by another than the usual: German „…“ and »…«. */
const closingFor: Readonly<Record<string, string>> = { '„': '“', '»': '«' };

function doubleMarkSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (const { 0: ch, index: i } of paragraph.matchAll(MARKS)) {
    const isStraight = ch === '"';
    const openedWith = open >= 0 ? paragraph[open]! : '';
    if (open < 0 && (opening.has(ch) || isStraight || (ch === '»' && /^\S/.test(paragraph.slice(i + 1))))) {
      // A » with nothing open and a word after it opens a German »…«.
      open = i;
    } else if (open >= 0 && (closing.has(ch) || isStraight || closingFor[openedWith] === ch)) {
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

/** Small words a title may hold in lower case (“Friends of the Holloway”). */
const smallWords = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'in', 'on', 'at', 'to', 'with']);

/** True for a short quoted run of capitalised words (“Kelby Today”, “Kelby Today.”): a title, not speech. */
export function isTitle(span: QuoteSpan): boolean {
  const words = span.text.replace(/[.,]$/, '').split(' ');
  // A single capitalised word with punctuation (“Yes,”) is an answer, not a title.
  if (!span.closed || words.length > 6 || /[?!;:]$/.test(span.text)) return false;
  if (words.length === 1 && /[.,]$/.test(span.text)) return false;
  return words.every((w, i) => /^[A-Z0-9]/.test(w) || (i > 0 && smallWords.has(w)));
}
