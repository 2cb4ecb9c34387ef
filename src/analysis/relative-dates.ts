/**
 * Resolves relative date expressions ("on Wednesday", "last week", "this weekend", "in two weeks' time") against an
 * article's date. Dates are plain calendar days in UTC arithmetic, so no time zone can shift a day. What cannot be
 * pinned down ("in recent days", "last Tuesday") is returned with `resolved: null` and a reason, never guessed.
 */
import { splitSentences } from './sentences.ts';
import type { DateSpan } from './types.ts';

/** A relative date expression found in a text, resolved where the words allow. */
export interface RelativeDate {
  /** The expression as printed. */
  text: string;
  /** Offset of the expression in the text. */
  start: number;
  /** The calendar days it refers to, or null when the words do not fix them. */
  resolved: DateSpan | null;
  /** Why it resolved as it did, or why it could not be resolved. */
  reason: string;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const numbers: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const count = `(\\d+|${Object.keys(numbers).join('|')})`;
const day = 86_400_000;

// A sentence with one of these looks ahead, so "this weekend" is the coming one; news prose is otherwise past tense.
const futureCue = /\b(?:will|to be held|scheduled|expected to|is set to|are set to|plans? to|upcoming)\b/i;

type Rule = {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, date: number, future: boolean) => Omit<RelativeDate, 'text' | 'start'>;
};

/** The expressions recognised, most specific first; overlapping later matches are dropped. */
const rules: Rule[] = [
  {
    pattern: new RegExp(`\\b(?:in\\s+|within\\s+)?${count}\\s+(day|week|month)s?['’]?s?\\s+time\\b`, 'gi'),
    resolve: (m, d) => ahead(m, d),
  },
  { pattern: new RegExp(`\\bin\\s+${count}\\s+(day|week|month)s?\\b`, 'gi'), resolve: (m, d) => ahead(m, d) },
  {
    pattern: /\b(?:earlier\s+|later\s+)?(last|this|next)\s+(week|weekend|month|year)\b/gi,
    resolve: (m, d, f) => named(m, d, f),
  },
  { pattern: /\b(?:over|during)\s+the\s+weekend\b/gi, resolve: (_m, d, f) => weekend(d, f ? 'next' : 'this') },
  { pattern: /\b(yesterday|today|tomorrow)\b/gi, resolve: (m, d) => nearDay(m[1]!.toLowerCase(), d) },
  {
    pattern: /\b(?:(last|this|next|on)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, d, f) => weekday(m, d, f),
  },
  {
    pattern:
      /\b(?:in\s+)?recent\s+(?:days|weeks|months|years)\b|\brecently\b|\b(?:days|weeks|months)\s+away\b|\bin\s+the\s+coming\s+(?:days|weeks|months)\b/gi,
    resolve: () => vague(),
  },
];

/** Finds and resolves every relative date expression in `text`, for an article dated `articleDate` (YYYY-MM-DD). */
export function findRelativeDates(text: string, articleDate: string): RelativeDate[] {
  const date = parseDay(articleDate);
  const found: RelativeDate[] = [];
  for (const sentence of splitSentences(text)) {
    const future = futureCue.test(sentence.text);
    const hits: RelativeDate[] = [];
    for (const rule of rules) {
      for (const m of sentence.text.matchAll(rule.pattern)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (hits.some((h) => start < h.start + h.text.length && end > h.start)) continue;
        hits.push({ text: m[0], start, ...rule.resolve(m as RegExpExecArray, date, future) });
      }
    }
    found.push(...hits.sort((a, b) => a.start - b.start));
  }
  return found;
}

/** Days since 1970-01-01 for a YYYY-MM-DD string; throws on anything else so a bad date never resolves silently. */
export function parseDay(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new Error(`article date "${value}" is not written YYYY-MM-DD`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / day;
}

/** The YYYY-MM-DD string for a day number from `parseDay`. */
export function formatDay(days: number): string {
  return new Date(days * day).toISOString().slice(0, 10);
}

function span(from: number, to: number): DateSpan {
  return { from: formatDay(from), to: formatDay(to) };
}

function weekdayOf(days: number): number {
  return new Date(days * day).getUTCDay();
}

/** Monday of the week holding `days` (weeks run Monday to Sunday). */
function monday(days: number): number {
  return days - ((weekdayOf(days) + 6) % 7);
}

function weekday(m: RegExpExecArray, date: number, future: boolean): Omit<RelativeDate, 'text' | 'start'> {
  const qualifier = m[1]?.toLowerCase();
  const name = m[2]!;
  if (qualifier === 'last' || qualifier === 'this' || qualifier === 'next') {
    return {
      resolved: null,
      reason: `"${qualifier} ${name}" can mean this week's or the previous/next week's ${name}`,
    };
  }
  const target = weekdays.indexOf(name);
  if (future) {
    const d = date + ((target - weekdayOf(date) + 7) % 7);
    return { resolved: span(d, d), reason: `the sentence looks ahead: the first ${name} on or after the article date` };
  }
  const d = date - ((weekdayOf(date) - target + 7) % 7);
  return { resolved: span(d, d), reason: `the most recent ${name} on or before the article date` };
}

function named(m: RegExpExecArray, date: number, future: boolean): Omit<RelativeDate, 'text' | 'start'> {
  const which = m[1]!.toLowerCase() as 'last' | 'this' | 'next';
  const unit = m[2]!.toLowerCase();
  if (unit === 'weekend') return weekend(date, which === 'this' && future ? 'next' : which);
  if (unit === 'week') {
    const start = monday(date) + (which === 'last' ? -7 : which === 'next' ? 7 : 0);
    // Past-tense "this week" cannot reach beyond the article's own date.
    const end = which === 'this' && !future ? date : start + 6;
    return {
      resolved: span(start, end),
      reason: `${which} week, Monday to ${which === 'this' && !future ? 'the article date' : 'Sunday'}`,
    };
  }
  const d = new Date(date * day);
  const [y, mo] = [d.getUTCFullYear(), d.getUTCMonth()];
  if (unit === 'year') {
    const year = y + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
    return {
      resolved: span(Date.UTC(year, 0, 1) / day, Date.UTC(year, 11, 31) / day),
      reason: `${which} calendar year`,
    };
  }
  const month = mo + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
  const first = Date.UTC(y, month, 1) / day;
  const last = Date.UTC(y, month + 1, 0) / day;
  const end = which === 'this' && !future ? date : last;
  return { resolved: span(first, end), reason: `${which} calendar month` };
}

function weekend(date: number, which: 'last' | 'this' | 'next'): Omit<RelativeDate, 'text' | 'start'> {
  const wd = weekdayOf(date);
  // The most recent Saturday on or before the date; on a Sunday that is yesterday, so the weekend is still "this".
  const recent = date - ((wd - 6 + 7) % 7);
  if (which === 'next') {
    const sat = wd === 6 ? date : date + ((6 - wd + 7) % 7);
    return { resolved: span(sat, sat + 1), reason: 'the coming Saturday and Sunday' };
  }
  const sat = which === 'last' && recent + 1 >= date ? recent - 7 : recent;
  return {
    resolved: span(sat, sat + 1),
    reason: `the most recent Saturday and Sunday${which === 'last' ? ' ending before the article date' : ''}`,
  };
}

function ahead(m: RegExpExecArray, date: number): Omit<RelativeDate, 'text' | 'start'> {
  const n = numbers[m[1]!.toLowerCase()] ?? Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (unit === 'day') return { resolved: span(date + n, date + n), reason: `${n} day(s) after the article date` };
  if (unit === 'week') {
    const start = monday(date + 7 * n);
    return {
      resolved: span(start, start + 6),
      reason: `the week (Monday to Sunday) ${n} week(s) after the article date`,
    };
  }
  const d = new Date(date * day);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1) / day;
  const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n + 1, 0) / day;
  return { resolved: span(first, last), reason: `the calendar month ${n} month(s) after the article date` };
}

function nearDay(word: string, date: number): Omit<RelativeDate, 'text' | 'start'> {
  const d = date + (word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
  return { resolved: span(d, d), reason: `${word}, counted from the article date` };
}

function vague(): Omit<RelativeDate, 'text' | 'start'> {
  return { resolved: null, reason: 'a vague expression: no calendar days follow from the words' };
}
