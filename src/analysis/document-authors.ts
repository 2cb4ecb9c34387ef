/**
 * The texts an article introduces (a memo, a note, a report) and who wrote them, where the text says: "a memo she
 * sent to senior managers", "a 2024 email from a regional manager, Derek Hollins", "the Ministry affirmed, in a
 * note released yesterday, …", "its warning", "the letter the council sent us". A later "the memo says" speaks for
 * the memo's author; with no author, for the memo as first described ("a state inspection report released in
 * March"). A text whose author the article does not give has none: nothing here guesses.
 */
import type { Antecedents } from './antecedents.ts';
import type { NounLexicon } from './noun-phrases.ts';
import { insideSpans, type QuoteSpan } from './quote-spans.ts';
import { sentenceEnds } from './sentences.ts';
import type { EntityRef, Mention } from '../model/entity.ts';

/** One place where the article introduces a text. */
export interface DocumentIntroduction {
  paragraph: number;
  /** Where its noun phrase starts and where its head noun ends. */
  start: number;
  end: number;
  /** The head noun in the singular, lower case ("memo"). */
  head: string;
  /** The phrase as printed, with what describes it after the head ("a state inspection report released in March"). */
  description: string;
  /** Whoever the text says wrote or sent it, or null. */
  author: EntityRef | null;
}

/** What the search reads: the article's paragraphs, their names outside quotations, and its quotations. */
export interface ArticleView {
  paragraphs: readonly string[];
  mentions: ReadonlyArray<readonly Mention[]>;
  spans: ReadonlyArray<readonly QuoteSpan[]>;
  antecedents: Antecedents;
  lexicon: NounLexicon;
}

const DETERMINER =
  /(?:^|(?<=[^\p{L}\p{N}’'-]))([Tt]he\s+\p{Ll}[\p{L}-]*['’]s|[Aa]n?|[Tt]h(?:e|is|at|eir)|[Ii]ts|[Hh](?:is|er)|(?:[\p{Lu}][\p{L}.&-]*\s+){0,4}[\p{Lu}][\p{L}.&-]*['’]s)\s+(?:(?!(?:[Aa]n?|[Tt]h(?:e|is|at|eir)|[Ii]ts|[Hh](?:is|er))\s)[\p{L}\p{N}][\p{L}\p{N}-]*\s+){0,3}$/u;
/** Verbs of sending or writing after a text's noun ("the letter the council sent us", "a memo she wrote"). */
/** Participles of having a text without writing it: "a memo obtained by", "the draft seen by". */
export const HELD_BY = '(?:seen|obtained|reviewed|viewed|received|read|quoted|cited|leaked)';
export const SENT =
  /^(?:had\s+|has\s+)?(?:sent|wrote|written|issued|released|published|filed|posted|signed|circulated|drafted|distributed|prepared|emailed|forwarded|submitted)\b/i;
/** Words that open what describes a head after it: a past participle or a preposition. */
const POSTMODIFIER =
  /^(?:\p{Ll}+ed|sent|written|made|given|taken|seen|drawn|shown|known|held|kept|built|paid|brought|from|by|of|on|about|for|to|with|in|at|between|under)$/u;
/** Words that end the description after a head: a verb of its own clause, a conjunction, a relative pronoun. */
const DESCRIPTION_STOP =
  /^(?:is|was|were|are|has|have|had|says|said|shows|showed|found|finds|reads|read|states|stated|notes|noted|and|but|that|which|who|calls|called|warns|warned|adds|added|suggests|suggested|argues|argued|recommends|recommended|concludes|concluded|claims|claimed|alleges|alleged|lists|listed|describes|described|estimates|estimated)$/i;

/** Every text the article introduces, in reading order, with its author where the text gives one. */
export function documentIntroductions(view: ArticleView): DocumentIntroduction[] {
  const found: DocumentIntroduction[] = [];
  view.paragraphs.forEach((text, paragraph) => {
    const mentions = view.mentions[paragraph] ?? [];
    const spans = view.spans[paragraph] ?? [];
    for (const word of text.matchAll(/[\p{L}][\p{L}-]*/gu)) {
      const noun = view.lexicon.kindOf(word[0]);
      // A capitalised noun is part of a name ("the National Polar Research Council", "the Drudge Report").
      if (noun?.kind !== 'document' || noun.plural || !/^\p{Ll}/u.test(word[0]) || insideSpans(spans, word.index))
        continue;
      const end = word.index + word[0].length;
      // The nearest determiner, up to three words before the head ("a 2024 email", "the 38-page report").
      const lead = text.slice(Math.max(0, word.index - 80), word.index);
      const determiner = DETERMINER.exec(lead);
      if (!determiner) continue;
      const start = word.index - lead.length + determiner.index;
      const at = { paragraph, text, start, end, mentions, determiner: determiner[1]! };
      found.push({
        paragraph,
        start,
        end,
        head: word[0].toLowerCase(),
        description: describe(text, start, end, spans),
        author: authorOf(view, at),
      });
    }
  });
  return found;
}

/**
 * The phrase from its determiner to the end of what describes it after the head: a participle or a preposition and
 * up to eight words ("a state inspection report released in March", "a letter taped next to the time clock").
 */
function describe(text: string, start: number, end: number, spans: readonly QuoteSpan[]): string {
  const after = /^[^,.;:!?()“”"«»]*/u.exec(text.slice(end))![0];
  const words = [...after.matchAll(/\S+/g)];
  let to = 0;
  if (POSTMODIFIER.test(words[0]?.[0] ?? ''))
    for (const [i, w] of words.entries()) {
      if (i >= 8 || DESCRIPTION_STOP.test(w[0]) || insideSpans(spans, end + w.index)) break;
      to = w.index + w[0].length;
    }
  return text.slice(start, end + to).replace(/\s+/g, ' ');
}

interface At {
  paragraph: number;
  text: string;
  start: number;
  end: number;
  mentions: readonly Mention[];
  determiner: string;
}

function authorOf(view: ArticleView, at: At): EntityRef | null {
  const { text, start, end, mentions, paragraph } = at;
  const ref = (m: Mention): EntityRef => ({ id: m.id, type: m.type });
  // "Marchetti's memo": the name that owns it.
  const owner = mentions.find((m) => m.start >= start && m.end < end && /^['’]s\s/.test(text.slice(m.end)));
  if (owner) return ref(owner);
  // "the foundation's letter": the body named last whose name holds "foundation"…
  const bodyOwner = /^the\s+(\p{Ll}[\p{L}-]*)['’]s$/iu.exec(at.determiner);
  // …never of another body named before it ("the county's own report" after a newspaper's name).
  if (bodyOwner && isBody(view, `the ${bodyOwner[1]}`)) {
    const id = view.antecedents.lastOrganisationNamed(bodyOwner[1]!, paragraph, start);
    return id ? { id, type: 'organisation' } : null;
  }
  // "its warning", "her letter": the body or the person named last.
  const pronoun = at.determiner.toLowerCase();
  if (pronoun === 'its' || pronoun === 'their') return organisationBefore(view, paragraph, start);
  if (pronoun === 'his' || pronoun === 'her') return personBefore(view, paragraph, start);
  const after = text.slice(end);
  // "a memo from Colette Marchetti", "a note released yesterday by the ministry", "an email from a regional
  // manager, Derek Hollins,".
  // "a notice posted on Friday by the …": up to four words, a day's name among them, before "from" or "by".
  // "The report, prepared by the engineering firm Halberd & Lowe and dated …": a participle in commas too.
  const from = /^,?(?:\s+[\p{L}\p{N}-]+){0,4}?\s+(?:from|by)\s+/u.exec(after);
  // "A staff memo obtained by Capitol Morning", "the draft seen by Gazeta Sulina": who has it did not write it.
  if (from && !new RegExp(`\\b${HELD_BY}\\s+by\\s+$`, 'i').test(from[0])) {
    const offset = end + from[0].length;
    const near = mentions.filter(
      (m) => m.start >= offset && m.start - offset <= 60 && !/[.;:!?]/.test(text.slice(offset, m.start)),
    );
    // "a report by the council's finance director, Mr Anil Ravensworth,": the person the description names.
    const appositive = near.find(
      (m) => m.type === 'person' && /,\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(offset, m.start)),
    );
    const named = appositive ?? near.find((m) => m.start - offset <= 40);
    if (named) return ref(named);
    if (isBody(view, text.slice(offset))) return organisationBefore(view, paragraph, offset);
  }
  // "the letter the council sent us", "a memo she sent", "the email Hollins wrote".
  const sender = /^\s*(?:that\s+|which\s+)?/.exec(after)![0].length;
  const senderAt = end + sender;
  const named = mentions.find((m) => m.start === senderAt);
  if (named && SENT.test(text.slice(named.end).trimStart())) return ref(named);
  const pronounSender = /^(she|he|it|they)\s+/i.exec(text.slice(senderAt));
  if (pronounSender && SENT.test(text.slice(senderAt + pronounSender[0].length))) {
    return /^(?:she|he)$/i.test(pronounSender[1]!)
      ? personBefore(view, paragraph, senderAt)
      : organisationBefore(view, paragraph, senderAt);
  }
  const body = /^the\s+([\p{L}-]+)\s+/iu.exec(text.slice(senderAt));
  if (body && isBody(view, body[0]) && SENT.test(text.slice(senderAt + body[0].length)))
    return organisationBefore(view, paragraph, senderAt);
  // "Ridgeline sent us a statement", "she wrote a letter to the board": the subject of a verb of sending before it.
  const sentBy = senderBefore(view, at);
  if (sentBy) return sentBy;
  // "The Ministry affirmed, in a note released yesterday, that …", "In a written response attached to the report,
  // the department said": a text in which someone says something is theirs.
  // "has confirmed by a communiqué" (translated copy).
  if (/\b(?:in|through|via)\s+$|\b\p{Ll}+ed\s+by\s+$/iu.test(text.slice(Math.max(0, start - 30), start))) {
    return subjectOfSentence(view, at);
  }
  return null;
}

/** Verbs of sending or writing before a text, with whom it went to: "sent us", "issued", "wrote to staff". */
const SENT_BEFORE =
  /(?<![\p{L}])(?:(?:has|had|have)\s+)?(?:sent|wrote|issued|released|published|filed|posted|circulated|distributed|emailed|forwarded|submitted|put\s+out)(?:\s+(?:us|me|him|her|them|reporters|staff|employees|members|parents|investors))?\s+$/iu;

/** Who sent the text at `at` when a verb of sending stands right before it: a name, "he" or "she", "the <body>". */
function senderBefore(view: ArticleView, at: At): EntityRef | null {
  const { text, start, mentions, paragraph } = at;
  const lead = text.slice(Math.max(0, start - 80), start);
  const verb = SENT_BEFORE.exec(lead);
  if (!verb) return null;
  const verbAt = start - lead.length + verb.index;
  const subject = text.slice(0, verbAt).replace(/\s+$/, '');
  const named = mentions.find((m) => m.end === subject.length);
  if (named) return { id: named.id, type: named.type };
  if (/(?:^|[^\p{L}])(?:he|she)$/iu.test(subject)) return personBefore(view, paragraph, verbAt);
  const body = /(?:^|[^\p{L}])(the\s+\p{Ll}[\p{L}-]*)$/iu.exec(subject);
  if (body && isBody(view, body[1]!)) return organisationBefore(view, paragraph, verbAt);
  return null;
}

/** The subject of the sentence holding `at`: its first name not after a preposition, or "the <body>" first. */
function subjectOfSentence(view: ArticleView, at: At): EntityRef | null {
  const { text, start, end, mentions, paragraph } = at;
  const ends = sentenceEnds(text);
  const from = [0, ...ends].filter((e) => e <= start).at(-1) ?? 0;
  const to = ends.find((e) => e > end) ?? text.length;
  const governed = (offset: number) =>
    /\b(?:about|to|of|for|with|by|from|against|on|at|in|into|over|under|attached)\s+(?:the\s+)?$/i.test(
      text.slice(from, offset),
    );
  const first = mentions.find(
    (m) => m.start >= from && m.end <= to && (m.end <= start || m.start >= end) && !governed(m.start),
  );
  // A body in lower case ("the department"); "The Ministry of …" opens a name, which the mentions hold.
  const body = [...text.slice(from, to).matchAll(/\b[Tt]he\s+\p{Ll}[\p{L}-]*/gu)]
    .map((b) => ({ offset: from + b.index, phrase: b[0] }))
    .find((b) => (b.offset < start || b.offset >= end) && isBody(view, b.phrase) && !governed(b.offset));
  const bodyAt = body?.offset ?? Infinity;
  if (first && first.start <= bodyAt) return { id: first.id, type: first.type };
  return body ? organisationBefore(view, paragraph, bodyAt) : null;
}

/** True when `phrase` opens with "the <noun for a body>" ("the council", "the department"). */
function isBody(view: ArticleView, phrase: string): boolean {
  const noun = /^\s*the\s+([\p{L}-]+)/iu.exec(phrase)?.[1];
  return noun !== undefined && view.lexicon.kindOf(noun)?.kind === 'organisation';
}

function organisationBefore(view: ArticleView, paragraph: number, offset: number): EntityRef | null {
  const id = view.antecedents.lastOrganisationBefore(paragraph, offset);
  return id ? { id, type: 'organisation' } : null;
}

function personBefore(view: ArticleView, paragraph: number, offset: number): EntityRef | null {
  const id = view.antecedents.lastPersonBefore(paragraph, offset);
  return id ? { id, type: 'person' } : null;
}
