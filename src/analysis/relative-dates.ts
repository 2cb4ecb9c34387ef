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
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A month's name, or its news abbreviation ("Jan.", "Sept."), captured as written. */
const MONTH = `(${monthNames.join('|')}|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)`;
/** The same, and the abbreviations without their full stop ("Oct 19"), before a day's number only. */
const MONTH_OF_DAY = `(${monthNames.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)`;

const day = 86_400_000;

/** How far before an expression its clause's tense is looked for, in characters. */
const AHEAD_WINDOW = 90;

// A clause with one of these looks ahead, so "this weekend" is the coming one; news prose is otherwise past tense.
const futureCue =
  /\b(?:will|shall|to be held|scheduled|expected to|is set to|are set to|(?:is|are|was|were)\s+set\s+for|plans? to|upcoming|due|starting|resumes|begins|starts|opens|calls for|forecast|until|till|as soon as)\b|['’]ll\b/i;

/**
 * Words that set a clause's time, read from the expression back to the start of its clause; the nearest decides:
 * "said Tuesday that she would ask" looks back (said), "will say as much in an address on Tuesday" ahead (will).
 * Present-tense verbs of a fixture ("plays", "meets", "votes") look ahead as well: "On Saturday it plays for the title".
 */
const FUTURE_WORD =
  /^(?:will|would|shall|can|must|should|may|might|going|plans|planned|scheduled|slated|expected|due|upcoming|until|till|soon|starting|plays|meets|votes|returns|faces|hosts|resumes|starts|opens|begins|closes|travels|visits|heads|holds|launches|ll|play|meet|return|resume|begin|travel|launch|open|close|host|face|visit|hold|vote|head|plan|retires|retire|sails|sail|leaves|arrives|arrive|departs|depart|debuts|premieres)$/i;
/** Words before which a bare verb of FUTURE_WORD says nothing of time ("did not return", "plans to travel"). */
const NOT_AHEAD = /^(?:did|do|does|not|didn['’]t|never|to)$/i;
/** Words before which a word of FUTURE_WORD is a noun ("the plans", "a meeting that ends"): it says nothing of time. */
const DETERMINER = /^(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those)$/i;
/**
 * Modal verbs that set a whole clause ahead, however far before the expression ("Families can book … on Saturday",
 * "said the union would hold a vigil outside the mine gate on Friday"), unless "have" follows ("could have …").
 */
const MODAL = /^(?:will|shall|can|ll|would|could|may|might|should|must)$/i;
/** How many words before an expression the nearest word of time is looked for. */
const NEAR_WORDS = 8;
const PAST_WORD =
  /^(?:said|told|met|took|wrote|made|was|were|had|did|went|came|gave|held|spoke|began|left|sent|found|got|saw|knew|thought|became|brought|bought|caught|fell|felt|kept|lost|paid|ran|rose|sat|sold|stood|struck|threw|won|ago|earlier|[a-z]{3,}(?<!need|feed|seed|speed|hundred|scheduled|expected|planned|slated)ed)$/i;

/** What the words around an expression say of its time: ahead, back, or nothing. */
type Tense = 'future' | 'past' | 'unknown';

type Rule = {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, date: number, future: boolean, tense: Tense) => Omit<RelativeDate, 'text' | 'start'>;
};

/** The expressions recognised, most specific first; overlapping later matches are dropped. */
const rules: Rule[] = [
  {
    pattern: new RegExp(`\\b(?:in\\s+|within\\s+)?${count}\\s+(day|week|month)s?['’]?s?\\s+time\\b`, 'gi'),
    resolve: (m, d) => ahead(m, d),
  },
  { pattern: new RegExp(`\\bin\\s+${count}\\s+(day|week|month)s?\\b`, 'gi'), resolve: (m, d) => ahead(m, d) },
  // "two weeks ago": that many days before the article date; "three months ago" the calendar month.
  { pattern: new RegExp(`\\b${count}\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi'), resolve: (m, d) => ago(m, d) },
  // "with the deadline nine days away": the day that many days after the article date.
  { pattern: new RegExp(`\\b${count}\\s+(day|week|month)s?\\s+away\\b`, 'gi'), resolve: (m, d) => ahead(m, d) },
  { pattern: /\bthe\s+day\s+before\s+yesterday\b/gi, resolve: (_m, d) => shifted(d, -2, 'the day before yesterday') },
  { pattern: /\bthe\s+day\s+after\s+tomorrow\b/gi, resolve: (_m, d) => shifted(d, 2, 'the day after tomorrow') },
  // "in February last year", "March next year": that month of that calendar year.
  {
    pattern: new RegExp(`\\b(?:in\\s+)?(${monthNames.join('|')})\\s+(last|this|next)\\s+year\\b`, 'g'),
    resolve: (m, d) => monthOfYear(m[1]!, m[2]!.toLowerCase(), d),
  },
  { pattern: /\b(earlier|later)\s+this\s+year\b/gi, resolve: (m, d) => partOfYear(m[1]!.toLowerCase(), d) },
  {
    pattern: /\b(?:(earlier|later)\s+)?(last|this|next)\s+(week|weekend|month|year)\b/gi,
    resolve: (m, d, f) => named(m, d, f),
  },
  {
    pattern: new RegExp(`\\b(last|this|next)\\s+(${monthNames.join('|')})\\b`, 'g'),
    resolve: (m, d) => namedMonth(m[1]!.toLowerCase(), m[2]!, d),
  },
  // "on May 24", "Jan. 19", "April 2": a day of a month the text gives no year for.
  {
    pattern: new RegExp(
      `(?<![\\w.])(?:on\\s+)?${MONTH_OF_DAY}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\s*\\d{4})(?!\\s*[-–:]\\s*\\d)`,
      'g',
    ),
    resolve: (m, d, _f, t) => dayOfMonth(m[1]!, Number(m[2]), d, t),
  },
  // "on 22 March", "19 May": the British order.
  {
    pattern: new RegExp(`(?<![\\w.,])(?:on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?![.,]?\\s*\\d)`, 'g'),
    resolve: (m, d, _f, t) => dayOfMonth(m[2]!, Number(m[1]), d, t),
  },
  // "in January", "since March", "by the end of June": a month the text gives no year for; "May" only after a
  // preposition, for it is also a verb.
  {
    pattern: new RegExp(
      `\\b(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Dd]uring|as recently as|(?:the\\s+)?(?:end|start|beginning|middle)\\s+of)\\s+(?:(?:early|late|mid)\\s+|mid-)?|(?:[Ee]arly|[Ll]ate|[Mm]id)\\s+|[Mm]id-)${MONTH}\\b(?![,.]?\\s*\\d)(?!\\s+(?:last|this|next)\\s+year)`,
      'g',
    ),
    resolve: (m, d, _f, t) => bareMonth(m[1]!, d, t, m[0]),
  },
  {
    pattern: /\blast\s+night\b/gi,
    resolve: (_m, d) => shifted(d, -1, 'last night: the evening before the article date'),
  },
  {
    pattern: /\b(?:this\s+(?:morning|afternoon|evening)|tonight)\b/gi,
    resolve: (m, d) => shifted(d, 0, `${m[0].toLowerCase()}: the article date`),
  },
  {
    pattern: /\b(?:last|this|next)\s+(?:spring|summer|autumn|fall|winter)\b/gi,
    resolve: () => ({ resolved: null, reason: 'a season: its days depend on the hemisphere and the convention' }),
  },
  // Not "the weekend story hour": a bare "the weekend" ends its phrase.
  {
    pattern:
      /\b(?:over|during)\s+the\s+weekend\b|\bthe\s+weekend\b(?=\s*(?:[,.;:!?"”’)]|$|\s(?:and|or|but|in|at|to|for|with|before|after|when)\b))/gi,
    resolve: (_m, d, f) => weekend(d, f ? 'next' : 'this'),
  },
  { pattern: /\b(yesterday|today|tomorrow)\b/gi, resolve: (m, d) => nearDay(m[1]!.toLowerCase(), d) },
  // "since Monday": from the most recent Monday to the article date.
  {
    pattern: /\bsince\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, d) => sinceWeekday(m[1]!, d),
  },
  {
    // Not "on a Monday morning" or "every Friday": a day of any week.
    pattern:
      /(?<!\b(?:a|every|each|any)\s+)\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Oo]n)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, d, f, t) => weekday(m, d, f, t),
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
    const hits: RelativeDate[] = [];
    for (const rule of rules) {
      for (const m of sentence.text.matchAll(rule.pattern)) {
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (hits.some((h) => start < h.start + h.text.length && end > h.start)) continue;
        // The tense of the expression's own clause, not of the sentence: "will return on Thursday after they agreed
        // on Tuesday" looks ahead for Thursday only. "tomorrow and Thursday": the second of two joined expressions
        // looks the way the first does.
        const joined = hits.find((h) =>
          /^\s+(?:and|or|through|to)\s+$/.test(text.slice(h.start + h.text.length, start)),
        );
        const tense = joined?.resolved
          ? joined.resolved.to >= articleDate
            ? 'future'
            : 'past'
          : tenseOf(sentence.text, m.index, m.index + m[0].length);
        hits.push({ text: m[0], start, ...rule.resolve(m as RegExpExecArray, date, tense === 'future', tense) });
      }
    }
    found.push(...hits.sort((a, b) => a.start - b.start));
  }
  return found;
}

const CLAUSE_BREAK = /[,;:—–]|\b(?:after|before|when|while|because|since|but|and|until)\b/gi;

/** The time the clause of [start, end) speaks of: its nearest word of time before the expression, or any cue. */
function tenseOf(text: string, start: number, end: number): Tense {
  const clause = clauseAround(text, start, end);
  const at = clause.indexOf(text.slice(start, end));
  // "until Tuesday", "through Friday": the words just before the expression, even across a clause break.
  if (/\b(?:until|till|through)(?:\s+at\s+least)?\s+$/i.test(text.slice(Math.max(0, start - 30), start)))
    return 'future';
  const words = (part: string) =>
    part
      .split(/[^\p{L}\d’']+/u)
      .filter(Boolean)
      .map((w) => w.replace(/^.*['’]/, ''));
  const before = words(clause.slice(0, Math.max(0, at)))
    .reverse()
    .slice(0, NEAR_WORDS);
  for (const [i, word] of before.entries()) {
    const bare = !/s$/i.test(word) && NOT_AHEAD.test(before[i + 1] ?? '');
    if (FUTURE_WORD.test(word) && !DETERMINER.test(before[i + 1] ?? '') && !bare) return 'future';
    // "will be held", "to be signed": a participle after "be" says nothing of time; "was held" does, by "was".
    // "will publish a revised timetable": a participle after an article describes a noun, and says nothing either.
    if (PAST_WORD.test(word) && !/^(?:be|being)$/i.test(before[i + 1] ?? '') && !participleOfNoun(word, before[i + 1]))
      return 'past';
  }
  if (futureCue.test(clause)) return 'future';
  // A modal further back in the same clause ("Families can book a dose … at the town library on Saturday"), up to a
  // past tense, a subordinate clause, a quotation or a clause break ("What I can tell you is that X shut off power").
  const lead =
    text
      .slice(0, start)
      .split(/[;:—–,“”"«»]|\b(?:that|which|who|after|before|when|while|because|but)\b/)
      .at(-1) ?? '';
  const leadWords = words(lead);
  for (let i = leadWords.length - 1; i >= 0; i--) {
    const word = leadWords[i]!;
    if (PAST_WORD.test(word)) break;
    if (MODAL.test(word) && !/^(?:have|ve)$/i.test(leadWords[i + 1] ?? '')) return 'future';
  }
  // Nothing near before: the words after ("On Saturday it plays for the title", "On Friday, she retires").
  const rest = clause.slice(at + end - start);
  const following = rest.trim() === '' ? text.slice(end, end + 40) : rest;
  for (const word of words(following).slice(0, 4)) {
    if (FUTURE_WORD.test(word)) return 'future';
    if (PAST_WORD.test(word)) return 'past';
  }
  return 'unknown';
}

/** True for an "-ed" word after an article or a possessive ("a revised timetable", "its planned opening"). */
function participleOfNoun(word: string, previous: string | undefined): boolean {
  return (
    /ed$/i.test(word) && /^(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those)$/i.test(previous ?? '')
  );
}

/** The words of the clause around [start, end): at most AHEAD_WINDOW characters back and 25 on, cut at clause breaks. */
function clauseAround(text: string, start: number, end: number): string {
  let before = text.slice(Math.max(0, start - AHEAD_WINDOW), start);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  const last = breaks.at(-1);
  if (last) before = before.slice(last.index + last[0].length);
  let after = text.slice(end, end + 25);
  const next = new RegExp(CLAUSE_BREAK.source, 'i').exec(after);
  if (next) after = after.slice(0, next.index);
  return `${before}${text.slice(start, end)}${after}`;
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

function weekday(
  m: RegExpExecArray,
  date: number,
  future: boolean,
  tense: Tense,
): Omit<RelativeDate, 'text' | 'start'> {
  const qualifier = m[1]?.toLowerCase();
  const name = m[2]!;
  const target = weekdays.indexOf(name);
  // "last Thursday" is the Thursday of the week before the article's, "next Monday" the Monday of the week after:
  // the reading news style guides give, since the nearest one would be said "on Thursday".
  if (qualifier === 'last' || qualifier === 'next') {
    const d = monday(date) + (qualifier === 'last' ? -7 : 7) + ((target + 6) % 7);
    return {
      resolved: span(d, d),
      reason: `the ${name} of the ${qualifier === 'last' ? 'previous' : 'following'} week`,
    };
  }
  // "this Saturday", where no verb looks ahead or back ("announced a protest for this Saturday" looks back, but
  // not its Saturday), is the Saturday of the article's week (Monday to Sunday).
  if (qualifier === 'this' && tense !== 'future') {
    const d = monday(date) + ((target + 6) % 7);
    return { resolved: span(d, d), reason: `the ${name} of the article's week` };
  }
  if (future) {
    const d = date + ((target - weekdayOf(date) + 7) % 7);
    return { resolved: span(d, d), reason: `the sentence looks ahead: the first ${name} on or after the article date` };
  }
  const d = date - ((weekdayOf(date) - target + 7) % 7);
  // No word of time either way: the nearer of the two ("Storms are expected Sunday" in Saturday's paper).
  const next = date + ((target - weekdayOf(date) + 7) % 7);
  if (tense === 'unknown' && next - date < date - d)
    return { resolved: span(next, next), reason: `no tense either way: the nearer ${name}, after the article date` };
  return { resolved: span(d, d), reason: `the most recent ${name} on or before the article date` };
}

function named(m: RegExpExecArray, date: number, future: boolean): Omit<RelativeDate, 'text' | 'start'> {
  const which = m[2]!.toLowerCase() as 'last' | 'this' | 'next';
  const unit = m[3]!.toLowerCase();
  // "earlier this week" runs to the article date, "later this month" from it; "this week" is the whole week.
  const part = which === 'this' ? (m[1]?.toLowerCase() as 'earlier' | 'later' | undefined) : undefined;
  const cut = (first: number, last: number, reason: string): Omit<RelativeDate, 'text' | 'start'> =>
    part === 'earlier'
      ? { resolved: span(first, date), reason: `${reason}, from its start to the article date` }
      : part === 'later'
        ? { resolved: span(date, last), reason: `${reason}, from the article date to its end` }
        : { resolved: span(first, last), reason };
  if (unit === 'weekend') return weekend(date, which === 'this' && future ? 'next' : which);
  if (unit === 'week') {
    const start = monday(date) + (which === 'last' ? -7 : which === 'next' ? 7 : 0);
    return cut(start, start + 6, `${which} week, Monday to Sunday`);
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
  return cut(Date.UTC(y, month, 1) / day, Date.UTC(y, month + 1, 0) / day, `${which} calendar month`);
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
  // "in two weeks' time" is approximate: the week it falls in, not one day ("The summit to be held in two weeks'
  // time" of 28 June 2023 was on 11 and 12 July).
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

function ago(m: RegExpExecArray, date: number): Omit<RelativeDate, 'text' | 'start'> {
  const n = numbers[m[1]!.toLowerCase()] ?? Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (unit === 'day' || unit === 'week') {
    const d = date - n * (unit === 'week' ? 7 : 1);
    return { resolved: span(d, d), reason: `${n} ${unit}(s) before the article date` };
  }
  const at = new Date(date * day);
  const [y, mo] = [at.getUTCFullYear(), at.getUTCMonth()];
  if (unit === 'year')
    return {
      resolved: span(Date.UTC(y - n, 0, 1) / day, Date.UTC(y - n, 11, 31) / day),
      reason: `the calendar year ${n} year(s) before the article's`,
    };
  return {
    resolved: span(Date.UTC(y, mo - n, 1) / day, Date.UTC(y, mo - n + 1, 0) / day),
    reason: `the calendar month ${n} month(s) before the article's`,
  };
}

function nearDay(word: string, date: number): Omit<RelativeDate, 'text' | 'start'> {
  const d = date + (word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
  return { resolved: span(d, d), reason: `${word}, counted from the article date` };
}

function shifted(date: number, by: number, reason: string): Omit<RelativeDate, 'text' | 'start'> {
  return { resolved: span(date + by, date + by), reason };
}

function partOfYear(which: string, date: number): Omit<RelativeDate, 'text' | 'start'> {
  const year = new Date(date * day).getUTCFullYear();
  return which === 'earlier'
    ? { resolved: span(Date.UTC(year, 0, 1) / day, date), reason: 'from the first of January to the article date' }
    : { resolved: span(date, Date.UTC(year, 11, 31) / day), reason: 'from the article date to the end of the year' };
}

/** The month a name or abbreviation stands for, 0 to 11. */
function monthIndex(name: string): number {
  const short = name.replace(/\.$/, '').slice(0, 3).toLowerCase();
  return monthNames.findIndex((m) => m.slice(0, 3).toLowerCase() === short);
}

/**
 * "in January" with no year: the article's own month, else the most recent such month, or the coming one where
 * the clause looks ahead ("will reopen in March").
 */
function bareMonth(name: string, date: number, tense: Tense, words = ''): Omit<RelativeDate, 'text' | 'start'> {
  const d = new Date(date * day);
  const [y, mo] = [d.getUTCFullYear(), d.getUTCMonth()];
  const target = monthIndex(name);
  // No word of time either way: the nearer of the two, the most recent on a tie.
  const forward = (target - mo + 12) % 12;
  const ahead = tense === 'future' || (tense === 'unknown' && forward < 12 - forward);
  const year = target === mo ? y : ahead ? (target > mo ? y : y + 1) : target < mo ? y : y - 1;
  const which = target === mo ? "the article's month" : ahead ? 'the coming one' : 'the most recent one';
  const [first, last] = [Date.UTC(year, target, 1) / day, Date.UTC(year, target + 1, 0) / day];
  // "the end of June" is its last day, "the start of June" its first; "mid-July" its middle ten days, "early" and
  // "late" its first and last ten.
  const part = /\b(end|start|beginning|middle|mid|early|late)\b/i.exec(words)?.[1]?.toLowerCase();
  const [from, to] =
    part === 'end'
      ? [last, last]
      : part === 'start' || part === 'beginning'
        ? [first, first]
        : part === 'middle' || part === 'mid'
          ? [first + 10, first + 19]
          : part === 'early'
            ? [first, first + 9]
            : part === 'late'
              ? [first + 20, last]
              : [first, last];
  return {
    resolved: span(from, to),
    reason: `${part ? `${part} of ` : ''}${monthNames[target]} with no year: ${which}`,
  };
}

/** "on May 24" with no year: the most recent such day on or before the article date, or the coming one ahead. */
function dayOfMonth(name: string, dayNumber: number, date: number, tense: Tense): Omit<RelativeDate, 'text' | 'start'> {
  const target = monthIndex(name);
  const y = new Date(date * day).getUTCFullYear();
  const on = (year: number) => Date.UTC(year, target, dayNumber) / day;
  if (new Date(on(y) * day).getUTCDate() !== dayNumber)
    return { resolved: null, reason: `${monthNames[target]} has no day ${dayNumber}` };
  const back = on(y) <= date ? on(y) : on(y - 1);
  const ahead = on(y) >= date ? on(y) : on(y + 1);
  // No word of time either way: the nearer of the two ("Applications close July 1" in a May article).
  const resolved = tense === 'future' || (tense === 'unknown' && ahead - date < date - back) ? ahead : back;
  return {
    resolved: span(resolved, resolved),
    reason: `${monthNames[target]} ${dayNumber} with no year: the ${resolved === ahead && resolved !== back ? 'coming one' : 'most recent one'}`,
  };
}

/** "last February": the most recent February before the article's month; "next May": the first one after it. */
function namedMonth(which: string, name: string, date: number): Omit<RelativeDate, 'text' | 'start'> {
  const d = new Date(date * day);
  const [y, mo] = [d.getUTCFullYear(), d.getUTCMonth()];
  const target = monthNames.indexOf(name);
  if (which === 'this') return { resolved: null, reason: `"this ${name}" can mean the coming ${name} or the last` };
  const year = which === 'last' ? (target < mo ? y : y - 1) : target > mo ? y : y + 1;
  return {
    resolved: span(Date.UTC(year, target, 1) / day, Date.UTC(year, target + 1, 0) / day),
    reason: `the ${which === 'last' ? 'most recent' : 'coming'} ${name} ${which === 'last' ? 'before' : 'after'} the article's month`,
  };
}

/** "February last year": the month named, of the calendar year before (after, or of) the article's. */
function monthOfYear(name: string, which: string, date: number): Omit<RelativeDate, 'text' | 'start'> {
  const year = new Date(date * day).getUTCFullYear() + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
  const target = monthNames.indexOf(name);
  return {
    resolved: span(Date.UTC(year, target, 1) / day, Date.UTC(year, target + 1, 0) / day),
    reason: `${name} of ${which} calendar year`,
  };
}

/** "since Monday": the most recent Monday before the article date, through the article date. */
function sinceWeekday(name: string, date: number): Omit<RelativeDate, 'text' | 'start'> {
  const back = (weekdayOf(date) - weekdays.indexOf(name) + 7) % 7 || 7;
  return {
    resolved: span(date - back, date),
    reason: `from the most recent ${name} before the article date to the article date`,
  };
}

function vague(): Omit<RelativeDate, 'text' | 'start'> {
  return { resolved: null, reason: 'a vague expression: no calendar days follow from the words' };
}
