/**
 * How the integrity tools see a text: paragraphs with their offsets, and word-level tokens.
 * The received file puts one paragraph on each line; the Markdown body separates paragraphs with a blank line.
 */

/** One paragraph of a received text, numbered from 1 in reading order, with its offset in the file. */
export interface Paragraph {
  /** 1-based number among the non-empty lines of the received file. */
  number: number;
  /** Offset of the paragraph's first character in the received text. */
  start: number;
  /** The paragraph exactly as received. */
  text: string;
}

/** Splits a received text into its non-empty lines, the unit a ledger entry's `paragraph` counts. */
export function receivedParagraphs(received: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of received.split('\n')) {
    // A CRLF file keeps its \r out of the paragraph so that offsets still point at the words.
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.trim() !== '') paragraphs.push({ number: paragraphs.length + 1, start, text });
    start += line.length + 1;
  }
  return paragraphs;
}

/** Splits a Markdown body into paragraphs at blank lines, trimmed, empty ones dropped. */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** The token that stands for a paragraph break in a token list. */
export const paragraphBreak = '\n\n';

// Words are runs of letters and digits; apostrophes and hyphens are their own tokens so that
// "president’s" still shows the spun form "president" to the table and the analyser.
const tokenPattern = /[\p{L}\p{N}]+|[ \t]+|\n+|[^\s\p{L}\p{N}]/gu;

/** Splits text into word, space and punctuation tokens; their concatenation is the text. */
export function tokens(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/** Tells whether a token is a word (letters or digits). */
export function isWord(token: string): boolean {
  return /^[\p{L}\p{N}]+$/u.test(token);
}

/** The words of a text, in order, without spaces or punctuation. */
export function words(text: string): string[] {
  return tokens(text).filter(isWord);
}

/** Finds `needle` in `haystack` at or after `from` where it does not cut a word in two; -1 when absent. */
export function indexOfWhole(haystack: string, needle: string, from = 0): number {
  if (needle === '') return -1;
  let at = haystack.indexOf(needle, from);
  while (at !== -1) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const cutsBefore = isWordChar(needle[0]) && isWordChar(before);
    const cutsAfter = isWordChar(needle[needle.length - 1]) && isWordChar(after);
    if (!cutsBefore && !cutsAfter) return at;
    at = haystack.indexOf(needle, at + 1);
  }
  return -1;
}

/** A short excerpt around a position, for messages and the received page. */
export function excerpt(text: string, start: number, end: number, around = 30): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - around)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, end + around));
  const to = toSpace === -1 ? text.length : toSpace;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
