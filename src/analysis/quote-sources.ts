/**
 * Who a quotation's words are attributed to, read from the text around it: the reporting verb and its agent after
 * the quotation ("“…,” said Ana Silva") or before it ("Ana Silva told us: “…”"), a clause ending in a colon, the
 * sentence before, or a phrase naming whose words they are ("in the words of the motion"). The quotation extractor
 * (quotes.ts) asks these in turn; the speaker an agent stands for comes from speakers.ts.
 */
import {
  agentAfter,
  agentBefore,
  creditedAfter,
  isNounUse,
  STATEMENT_SENT,
  takesPersonObject,
  type Agent,
} from './agents.ts';
import { insideSpans, isTitle, type QuoteSpan } from './quote-spans.ts';
import { sentenceEnds } from './sentences.ts';
import { speakerOf, type Speaker, type SpeakerContext as Context } from './speakers.ts';

/** What the text says of a quotation's source. */
export interface Found {
  speaker: Speaker | null;
  verb: string | null;
  venue: string | null;
}

/**
 * A phrase in marks with no verb of its own, in a sentence that names whose words they are: "in the words of the
 * motion, “…”", "in the policy's words, “…”", "According to the contract, … a caller “fails to …”".
 */
export function fromWordsOf(c: Context, span: QuoteSpan): Found | null {
  const from = sentenceEnds(c.text.slice(0, span.start + 1)).at(-1) ?? 0;
  const lead = c.text.slice(from, span.start);
  const where = { sentence: lead, sentenceStart: from };
  // The nearest of them: "According to the draft seen by X, … wording that, in the view of a diplomat, «…»".
  const words = [...lead.matchAll(/\b(?:in the words of|according to|in the view of)\s+/gi)].at(-1);
  if (words) {
    const at = from + words.index + words[0].length;
    const agent = agentAfter(c.text, at, c.mentions, c.patterns, true);
    if (agent && agent.start === at) return found(c, agent, null, '', where);
  }
  const own = /\bin\s+((?:the\s+)?[\p{L}-]+)['’]s\s+(?:own\s+)?words\b/iu.exec(lead);
  if (own) {
    const at = from + own.index + own[0].indexOf(own[1]!);
    const end = at + own[1]!.length;
    const mention = c.mentions.find((m) => m.start === at && m.end === end);
    const head = own[1]!.split(/\s+/).at(-1)!;
    const agent: Agent = mention
      ? { kind: 'mention', mention, start: at, end }
      : {
          kind: 'descriptor',
          description: own[1]!,
          head,
          definite: /^the\s/i.test(own[1]!),
          ...(c.patterns.lexicon.kindOf(head) && { noun: c.patterns.lexicon.kindOf(head)!.kind }),
          start: at,
          end,
        };
    return found(c, agent, null, '', where);
  }
  return null;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function attribute(c: Context, i: number): Found | null {
  const span = c.spans[i]!;
  const previousEnd = c.spans[i - 1]?.end ?? 0;
  // Titles inside the attribution ("on KLBY's « Kelby Today »") belong to it, so the tail runs past them.
  const nextStart = c.spans.slice(i + 1).find((s) => !isTitle(s))?.start ?? c.text.length;
  const tailEnd = span.end + (sentenceEnds(c.text.slice(span.end, nextStart))[0] ?? nextStart - span.end);
  // The opening mark is kept in view so that "newsletter. «" counts as the end of the sentence before the quote.
  const leadStart = previousEnd + (sentenceEnds(c.text.slice(previousEnd, span.start + 1)).at(-1) ?? 0);
  const sentence = c.text.slice(leadStart, tailEnd);
  const where = { sentence, sentenceStart: leadStart };
  return (span.closed ? fromTail(c, span, tailEnd, where) : null) ?? fromLead(c, span, leadStart, where);
}

function fromTail(c: Context, span: QuoteSpan, tailEnd: number, where: Where): Found | null {
  const tail = c.text.slice(span.end, tailEnd);
  // "... Ukraine." He added: — a new sentence, so the words after the quote are not its attribution.
  if (/[.?!][’'”"]*$/.test(span.text) && /^\s*[A-Z“«"]/.test(tail)) return null;
  // "“…” – Pep Guardiola on Phil Foden": a live blog's credit.
  const credited = creditedAfter(c.text, span, where.sentenceStart, c.mentions);
  if (credited)
    return found(c, { kind: 'mention', mention: credited, start: credited.start, end: credited.end }, null, '', where);
  // "…, which are not expected « before the end of June », according to the prefecture.": the source after it.
  // Not where a verb before the quotation gives its speaker ("Mr Harrowgate will say … that the dispute ‘…’,
  // according to extracts released by the union": the extracts are where it was read, not who says it).
  const according = /^[\s,]*according to\s+/i.exec(tail);
  if (according && verbsIn(c, where.sentenceStart, span.start).length === 0) {
    const agent = agentAfter(c.text, span.end + according[0].length, c.mentions, c.patterns, true);
    if (agent) return found(c, agent, null, c.text.slice(agent.end, tailEnd), where);
  }
  const verb = firstVerb(c, span.end, tailEnd);
  if (!verb) return unlistedVerb(c, span, tailEnd, where);
  // Only punctuation, or a title such as "Secretary of State", may stand between the quote and its attribution.
  const adjacent = (from: number) => /^[\s,—–-]*(?:[A-Z][\w.’'-]*\s+(?:of\s+)?)*$/.test(c.text.slice(span.end, from));
  // "…,» stressed the administrator X": translated and older copy inverts more verbs than the list's; any verb right
  // after the closing mark is tried with its speaker after it.
  // "», has declared the prefect, Mrs. X": translated copy keeps the auxiliary of its tense.
  const rightAfter = /^[\s,—–-]*(?:(?:has|have|had)\s+)?$/.test(c.text.slice(span.end, verb.start));
  // "», writes the newspaper in its editorial": a described speaker after a verb that takes no one as its object.
  const after = rightAfter ? agentAfter(c.text, verb.end, c.mentions, c.patterns, true) : null;
  const inverted =
    rightAfter &&
    (c.patterns.vocabulary.invertedVerbs.includes(verb.word.toLowerCase()) ||
      after?.kind === 'mention' ||
      (after?.kind === 'descriptor' && after.definite && !takesPersonObject(verb.word)));
  const agent = inverted
    ? agentAfter(c.text, verb.end, c.mentions, c.patterns, true)
    : agentBefore(c.text, span.end, verb.start, c.mentions, c.patterns, true);
  // A name may carry a title in lower case before it ("board chair Helen Ostrowski said", "state Sen. X told").
  // …or a description in commas before it ("the council leader, Cllr Anthony Haverstock, told").
  const titled = (from: number) =>
    /^[\s,—–-]*(?:[\p{L}.’'-]+\s+){0,4}$/u.test(c.text.slice(span.end, from)) ||
    /^[\s,—–-]*(?:(?:the|a|an)\s+)?(?:[\p{L}.’'-]+\s+){0,4}?[\p{L}.’'-]+,\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,2}$/u.test(
      c.text.slice(span.end, from),
    );
  // "…there was a “brief struggle” and one of the deputies was stabbed, Schenck said.": a name and its verb closing
  // the sentence after a comma attribute all of it.
  const closes =
    agent?.kind === 'mention' &&
    !inverted &&
    /,\s*$/.test(c.text.slice(span.end, agent.start)) &&
    /^\s*[.!?]?[”"’]?\s*$/.test(c.text.slice(verb.end, tailEnd));
  if (!agent || (!inverted && !adjacent(agent.start) && !(agent.kind === 'mention' && titled(agent.start)) && !closes))
    return null;
  const rest = c.text.slice(inverted ? agent.end : verb.end, tailEnd);
  return found(c, agent, verb.word, rest, where);
}

/** Words ending in -s or -ed that are no verb of saying. */
const NOT_A_VERB =
  /^(?:was|has|does|is|his|hers|its|this|thus|always|perhaps|unless|less|plus|yes|news|besides|towards|afterwards|indeed|need|needs|seems|seemed|looks|looked|sounds|sounded|remains|remained)$/;

/**
 * A verb the vocabulary lacks, where only a verb of saying can stand: right after a quotation broken off by a comma,
 * before a person's name ("«…», sighs Mr. Roumégoux."), or after the name or a pronoun at the end of the sentence
 * ("“…,” Okafor fumed.", "“…,” she quipped, …"). Anywhere else an unknown word is not taken for one.
 */
function unlistedVerb(c: Context, span: QuoteSpan, tailEnd: number, where: Where): Found | null {
  const tail = c.text.slice(span.end, tailEnd);
  if (!/[,?!—–-]$/.test(span.text) && !/^\s*[,—–]/.test(tail)) return null;
  const at = span.end + (/^[\s,—–-]*/.exec(tail)?.[0].length ?? 0);
  const verbLike = (w: string | undefined) => w !== undefined && !NOT_A_VERB.test(w);
  // The sentence ends after the speaker, or a comma opens what describes them or what they did.
  const ends = (offset: number) => /^\s*(?:[.,;:!?]|$)/.test(c.text.slice(offset, tailEnd));
  const inverted = /^(\p{Ll}{3,}(?:s|ed))\s+/u.exec(c.text.slice(at, tailEnd));
  if (inverted && verbLike(inverted[1])) {
    const agent = agentAfter(c.text, at + inverted[1]!.length, c.mentions, c.patterns, true);
    if (agent?.kind === 'mention' && agent.mention.type === 'person' && ends(agent.end))
      return found(c, agent, inverted[1]!, c.text.slice(agent.end, tailEnd), where);
  }
  const mention = c.mentions.find((m) => m.start === at && m.type === 'person');
  const pronoun = /^(he|she)\b/i.exec(c.text.slice(at, tailEnd));
  const agent: Agent | null = mention
    ? { kind: 'mention', mention, start: mention.start, end: mention.end }
    : pronoun
      ? { kind: 'pronoun', word: pronoun[1]!.toLowerCase(), start: at, end: at + pronoun[1]!.length }
      : null;
  if (!agent) return null;
  const after = /^\s+(\p{Ll}{3,}(?:s|ed))\b/u.exec(c.text.slice(agent.end, tailEnd));
  if (!after || !verbLike(after[1]) || !ends(agent.end + after[0].length)) return null;
  return found(c, agent, after[1]!, c.text.slice(agent.end + after[0].length, tailEnd), where);
}

function fromLead(c: Context, span: QuoteSpan, leadStart: number, where: Where): Found | null {
  // "Google issued a statement saying there was an “increase …”": the statement's sender, within a few words.
  const sent = [...c.text.slice(leadStart, span.start).matchAll(STATEMENT_SENT)].at(-1);
  if (
    sent &&
    /saying$/i.test(sent[0]) &&
    wordCount(c.text.slice(leadStart + sent.index + sent[0].length, span.start)) <= 12
  ) {
    const at = leadStart + sent.index;
    const agent = agentBefore(c.text, leadStart, at, c.mentions, c.patterns, true);
    if (agent) return found(c, agent, 'saying', c.text.slice(at + sent[0].length, span.start), where);
  }
  const verbs = verbsIn(c, leadStart, span.start).reverse();
  for (const verb of verbs) {
    // More than ten words between verb and quote and the quote is no longer what the verb reports, unless they
    // are what it reports ("argued in a letter last week that the rules were “written for …”").
    const between = c.text.slice(verb.end, span.start);
    // …or a colon ends them, which hands the quotation to the clause ("I told our board as much when it surfaced: “…”").
    // A clause the verb reports without "that" counts as one with it ("Mr Javid said he thinks waiting lists will
    // rise even further due to the “huge increase in demand”").
    const reported =
      /\bthat\b/.test(between) || /^\s+(?:he|she|they|it|we|I|the|his|her|their|its|there)\s/.test(between);
    if (wordCount(between) > (reported ? 30 : /:\s*$/.test(between) ? 20 : 10)) break;
    // "The warning reads: “…”": a verb of a text's words gives only the quotation right after it.
    if (c.patterns.vocabulary.readingVerbs.includes(verb.word.toLowerCase()) && !/^[\s,:—–]*$/.test(between)) continue;
    // "X noted that … and said he would order them released “immediately”": a second verb shares the first's subject.
    const first = /\band\s+$/.test(c.text.slice(leadStart, verb.start))
      ? verbs.findLast((v) => v.end <= verb.start && wordCount(c.text.slice(v.end, verb.start)) <= 30)
      : undefined;
    const own = agentBefore(c.text, leadStart, verb.start, c.mentions, c.patterns, true);
    // …and no subject inside what the first verb reports ("much of the two reports deal with … and said").
    const agent =
      first && (!own || own.start >= first.end)
        ? agentBefore(c.text, leadStart, first.start, c.mentions, c.patterns, true)
        : own;
    if (!agent) continue;
    // "posted on Tuesday that the audit confirmed “…”": the quotation is what the outer verb's speaker wrote.
    const outer = verbs.find((v) => v.end <= agent.start && /\bthat\s*$/.test(c.text.slice(v.end, agent.start)));
    const speaker = outer && agentBefore(c.text, leadStart, outer.start, c.mentions, c.patterns, true);
    if (speaker && (speaker.kind === 'mention' || speaker.kind === 'pronoun'))
      return found(c, speaker, outer!.word, c.text.slice(outer!.end, span.start), where);
    return found(c, agent, verb.word, c.text.slice(verb.end, span.start), where);
  }
  return null;
}

interface Where {
  sentence: string;
  sentenceStart: number;
}

/**
 * The speaker of a clause that introduces a quotation with a colon and no reporting verb: "Valadares, however, was
 * cautious: «…»", "Our reporter Simone Achterberg is on the seafront: “…”", "She was blunt: “…”". The clause's
 * subject speaks: a name (or a pronoun) at its start, after an adverbial in commas, with a finite verb after it; or
 * the sender of a text the clause quotes ("quotes a 2024 email from a regional manager, Derek Hollins, …:").
 */
export function fromColon(c: Context, span: QuoteSpan): Found | null {
  const before = c.text.slice(0, span.start);
  if (!/:\s*$/.test(before)) return null;
  const from = sentenceEnds(before).at(-1) ?? 0;
  const clause = before.slice(from);
  if (insideSpans(c.spans, from) || c.spans.some((s) => s.start >= from && s.start < span.start)) return null;
  const where = { sentence: clause, sentenceStart: from };
  // "X, however, was cautious:", or a newsletter's "Rep. X, on social media:", where a venue stands for the verb.
  const verbFollows = (offset: number) =>
    /^(?:\s*\([^()]{1,40}\))?(?:,[^,:;“”"«»]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(?:is|was|were|are|has|had|have|seemed|sounded|remained|\p{Ll}+ed)\b/u.test(
      c.text.slice(offset, span.start),
    ) ||
    /^(?:\s*\([^()]{1,40}\))?,?\s+(?:on|in|via|to)\s+[^:.;“”"«»]{1,40}:\s*$/.test(c.text.slice(offset, span.start));
  const subject = c.mentions.find(
    (m) => m.start >= from && m.end < span.start && !/^['’]s\b/.test(c.text.slice(m.end)) && verbFollows(m.end),
  );
  // A name governed by a preposition before it ("Asked about Smith, Jones was blunt") is not the subject.
  if (
    subject &&
    !/\b(?:about|to|of|for|with|by|from|against|on)\s+(?:the\s+)?$/i.test(c.text.slice(from, subject.start))
  )
    return found(c, { kind: 'mention', mention: subject, start: subject.start, end: subject.end }, null, '', where);
  const pronoun = /^\s*(?:[^,:;]{1,40},\s*)?(he|she|they)\b/i.exec(clause);
  if (pronoun && verbFollows(from + pronoun.index + pronoun[0].length)) {
    const start = from + pronoun[0].length - pronoun[1]!.length;
    return found(
      c,
      { kind: 'pronoun', word: pronoun[1]!.toLowerCase(), start, end: start + pronoun[1]!.length },
      '',
      '',
      where,
    );
  }
  const sender = /\b(?:email|e-mail|memo|letter|note|message|text|statement)\s+from\s+/i.exec(clause);
  const author =
    sender && c.mentions.find((m) => m.start >= from + sender.index + sender[0].length && m.end < span.start);
  if (author && c.text.slice(from + sender.index + sender[0].length, author.start).length <= 40)
    return found(c, { kind: 'mention', mention: author, start: author.start, end: author.end }, null, '', where);
  return null;
}

/** The speaker of the sentence just before a quotation that opens a sentence of its own, if that sentence reports. */
export function fromSentenceBefore(c: Context, span: QuoteSpan): Found | null {
  // The opening mark is kept in view, as in attribute(): "said. “" ends the sentence before the quotation.
  const ends = sentenceEnds(c.text.slice(0, span.start + 1));
  const last = ends.at(-1);
  // The quotation must open its sentence: nothing but space since the last sentence ended.
  if (last === undefined || c.text.slice(last, span.start).trim() !== '') return null;
  const from = ends.at(-2) ?? 0;
  const reading = (word: string) => c.patterns.vocabulary.readingVerbs.includes(word.toLowerCase());
  for (const verb of verbsIn(c, from, last)
    .filter((v) => !reading(v.word))
    .reverse()) {
    const agent =
      agentBefore(c.text, from, verb.start, c.mentions, c.patterns, true) ??
      (c.patterns.vocabulary.invertedVerbs.includes(verb.word.toLowerCase())
        ? agentAfter(c.text, verb.end, c.mentions, c.patterns, true)
        : null);
    if (agent) return found(c, agent, verb.word, '', { sentence: c.text.slice(from, last), sentenceStart: from });
  }
  return null;
}

function found(c: Context, agent: Agent, verb: string | null, rest: string, where: Where): Found {
  const speaker = speakerOf(c, agent);
  let venue = (verb === null ? null : c.venues.afterVerb(verb, rest)) ?? c.venues.anywhere(where.sentence);
  if (!venue && agent.kind === 'pronoun') {
    // "He elaborated in an interview on KLBY Radio. “...,” he said." — the occasion is in the sentence before.
    const before = c.text.slice(0, where.sentenceStart);
    venue = c.venues.anywhere(before.slice(sentenceEnds(before).at(-1) ?? 0));
  }
  return { speaker, verb, venue };
}

interface VerbMatch {
  word: string;
  start: number;
  end: number;
}

function verbsIn(c: Context, from: number, to: number): VerbMatch[] {
  const region = c.text.slice(from, to);
  return (
    [...region.matchAll(c.patterns.verb)]
      .filter((m) => !/^(?:according to|per)$/i.test(m[0]))
      .map((m) => ({ word: m[0], start: from + m.index, end: from + m.index + m[0].length }))
      .filter((v) => !insideSpans(c.spans, v.start) && !isNounUse(c.text, v.start, v.word, c.patterns.lexicon))
      // "the reported price": a participle after an article is an adjective, not a verb.
      .filter(
        (v) => !(/ed$/i.test(v.word) && /\b(?:the|a|an)\s+$/i.test(c.text.slice(Math.max(0, v.start - 6), v.start))),
      )
  );
}

function firstVerb(c: Context, from: number, to: number): VerbMatch | null {
  return verbsIn(c, from, to)[0] ?? null;
}
