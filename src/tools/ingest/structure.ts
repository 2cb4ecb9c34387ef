/**
 * Reads the furniture of a received news text: the headline, the byline, a printed date, credit lines, the dateline
 * and the outlet it names. Pure functions of the text; ingest turns what they find into frontmatter and ledger
 * entries.
 */

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const monthNumber = (name: string) =>
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    name.slice(0, 3).toLowerCase(),
  ) + 1;

/** A date printed in a line ("June 28, 2023", "Nov. 10, 2022", "10 November 2022", "2023-06-28"), as YYYY-MM-DD. */
export function printedDate(line: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  const american = new RegExp(`\\b(${months})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i').exec(line);
  const british = new RegExp(`\\b(\\d{1,2})\\s+(${months})\\.?,?\\s+(\\d{4})\\b`, 'i').exec(line);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : american
      ? [Number(american[3]), monthNumber(american[1]!), Number(american[2])]
      : british
        ? [Number(british[3]), monthNumber(british[2]!), Number(british[1])]
        : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A headline: a short first line that does not read as a sentence of the story. */
export function isHeadline(line: string): boolean {
  const words = wordCount(line);
  // A byline or a credit line on the first line means the text came without its headline.
  if (bylineNames(line) || creditLines(line).some((c) => c.wholeLine)) return false;
  return words >= 3 && words <= 25 && !/[.:;,]$/.test(line.trim()) && !/^[“"‘']/.test(line.trim());
}

/** The names of a byline ("By Ana Silva and Tom Reyes", "By ANA SILVA, TOM REYES | Reuters"), or undefined. */
export function bylineNames(line: string): string[] | undefined {
  const match = /^\s*by\s+(.+?)\s*$/i.exec(line);
  if (!match || wordCount(line) > 16) return undefined;
  const names = match[1]!
    .split(/\s*[|·•]\s*/)[0]!
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((n) => n.trim().replace(/[.]$/, ''))
    .filter((n) => /^\p{Lu}/u.test(n));
  return names.length > 0 ? names : undefined;
}

/** A credit line inside the text: "With help from A and B", "Additional reporting by C". */
export interface Credit {
  names: string[];
  /** The credit's words, lower case ("with help from"). */
  note: string;
  /** The credit covers its whole line, so the line is furniture. */
  wholeLine: boolean;
}

/** The credit lines of a paragraph. */
export function creditLines(line: string): Credit[] {
  const credits: Credit[] = [];
  const pattern =
    /(with help from|additional reporting by|reporting by|contributed reporting|contributing:?|edited by)\s+((?:\p{Lu}[\p{L}.'’-]*\s*)+(?:(?:,\s*|\s+and\s+)(?:\p{Lu}[\p{L}.'’-]*\s*)+)*)/giu;
  for (const m of line.matchAll(pattern)) {
    const names = m[2]!
      .split(/\s*,\s*|\s+and\s+/)
      .map((n) => n.trim().replace(/[.]$/, ''))
      .filter(Boolean);
    const wholeLine = line.trim().replace(/[.]$/, '').length === m[0].trim().replace(/[.]$/, '').length;
    credits.push({ names, note: m[1]!.toLowerCase().replace(/:$/, ''), wholeLine });
  }
  return credits;
}

/** A dateline at a paragraph's start ("WASHINGTON (Reuters) — ", "KYIV, Ukraine — "), with the outlet it names. */
export function dateline(line: string): { text: string; place: string; outlet?: string } | undefined {
  const match = /^((\p{Lu}[\p{Lu} .'’-]+(?:,\s*\p{Lu}[\p{L}.]*)*)\s*(?:\(([^)]{2,40})\))?\s*[—–]\s*)/u.exec(line);
  if (!match || match[2]!.length < 3) return undefined;
  return { text: match[1]!, place: match[2]!.trim(), ...(match[3] && { outlet: match[3].trim() }) };
}
