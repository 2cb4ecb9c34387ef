/** Sentence boundaries in news prose, so that a mention can be shown in the sentence it stands in. */

/**
 * Words that end in a full stop without ending a sentence in news copy. (ICU's sentence rules split after
 * "Mr." and "Gen." in Node's build, so the site keeps its own list.)
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Sgt',
  'Adm',
  'Cmdr',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
  'Sr',
  'Jr',
  'St',
  'Mt',
  'No',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'vs',
  'etc',
  'approx',
]);

// A candidate end: terminal punctuation, any closing quotes or brackets, then white space.
const END = /[.!?]+["'”’»)\]]*\s+/g;

/** Splits text into sentences with their start offsets. */
export function sentenceSpans(text: string): Array<{ start: number; text: string }> {
  const spans: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    const next = text.slice(end, end + 2);
    if (!/^["'“‘«(\[]?[\p{Lu}\p{N}]/u.test(next)) continue;
    const word = /([\p{L}.]+)[.!?]*["'”’»)\]]*\s+$/u.exec(text.slice(start, end))?.[1] ?? '';
    if (match[0].startsWith('.') && !match[0].startsWith('..') && isAbbreviation(word.replace(/\.$/, ''))) continue;
    spans.push({ start, text: text.slice(start, end).trim() });
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, text: text.slice(start).trim() });
  return spans;
}

/** The sentences of `text`, trimmed, in order. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((s) => s.text);
}

/** The sentence of `text` that contains the character at `offset`, trimmed. */
export function sentenceAt(text: string, offset: number): string {
  const spans = sentenceSpans(text);
  let found = spans[0]?.text ?? '';
  for (const span of spans) if (span.start <= offset) found = span.text;
  return found;
}

function isAbbreviation(word: string): boolean {
  // Initials ("A" in "Mark A. Milley") and dotted forms ("U.S", "D.C") never end a sentence here.
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}
