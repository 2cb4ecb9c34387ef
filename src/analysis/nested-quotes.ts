/**
 * Quotations inside quotations: a speaker recounts someone's words ("He said, 'Put it in the reserve,'" she
 * testified). The inner words are a quotation of their own, of the person the speaker names: "I said" is the
 * speaker, "he said" someone the article named before the quotation other than the speaker, "Coach Brannagh said"
 * the coach. Each is a quotation of kind `recounted`, whose `reportedBy` is the speaker of the quotation around it.
 */
import { agentAfter, agentBefore, type Agent, type AgentPatterns } from './agents.ts';
import { isGoverned, type Antecedents } from './antecedents.ts';
import type { Sex } from './person-sex.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { sentenceEnds } from './sentences.ts';
import { pronounAntecedent, type Speaker } from './speakers.ts';
import type { MentionFinder } from './types.ts';
import type { Mention } from '../model/entity.ts';

/** What an inner quotation is read against: the article around the quotation that holds it. */
export interface NestedContext {
  findMentions: MentionFinder;
  patterns: AgentPatterns;
  antecedents: Antecedents;
  /** The unnamed people the article introduces, in reading order (quotes.ts). */
  introduced: ReadonlyArray<{ paragraph: number; start: number; who: string }>;
  /** The sex the article gives the people it names (person-sex.ts). */
  sexes: ReadonlyMap<string, Sex>;
}

/** The part of a quotation the inner search needs (quotes.ts's Quote has these and more). */
export interface Outer {
  paragraph: number;
  start: number;
  end: number;
  speaker: Speaker | null;
}

/** A quotation found inside another, with offsets in the paragraph. */
export interface Recounted {
  text: string;
  paragraph: number;
  start: number;
  end: number;
  speaker: Speaker | null;
  verb: string | null;
}

/** The quotations inside `outer`, which stands at outer.start…outer.end of `paragraph`, in reading order. */
export function recountedIn(outer: Outer, paragraph: string, c: NestedContext): Recounted[] {
  // The words between the marks, unchanged, so that offsets inside them map back onto the paragraph.
  const from = outer.start + 1;
  const to = paragraph[outer.end - 1] && /[”»"’'“«]/.test(paragraph[outer.end - 1]!) ? outer.end - 1 : outer.end;
  const words = paragraph.slice(from, to);
  // An inner quotation uses the other kind of mark; the outer one's own marks are gone.
  if (!/[‘'“"«„]/.test(words)) return [];
  const spans = findQuoteSpans(words).filter((s) => s.text.length > 0);
  const mentions = c.findMentions(words).filter((m) => !spans.some((s) => m.start >= s.start && m.start < s.end));
  const found: Recounted[] = [];
  spans.forEach((span, i) => {
    const said = attribution(words, spans, i, mentions, c.patterns);
    const sentenceLike = /^[\p{Lu}\p{N}]/u.test(span.text) && /\s/.test(span.text);
    // A word or phrase in marks with no one saying it is a scare quote inside the quotation, not speech.
    if (!said && !sentenceLike) return;
    found.push({
      text: span.text,
      paragraph: outer.paragraph,
      start: from + span.start,
      end: from + span.end,
      speaker: said ? whoIs(said.agent, outer, c, mentions) : null,
      verb: said?.verb ?? null,
    });
  });
  return found;
}

/** The reporting verb and its agent just before an inner quotation ("he said, '") or just after it ("', she said"). */
function attribution(
  words: string,
  spans: readonly QuoteSpan[],
  i: number,
  mentions: readonly Mention[],
  patterns: AgentPatterns,
): { agent: Agent; verb: string | null } | null {
  const span = spans[i]!;
  const leadFrom = spans[i - 1]?.end ?? 0;
  const lead = words.slice(leadFrom, span.start);
  const sentenceFrom = leadFrom + (sentenceEnds(lead).at(-1) ?? 0);
  // "… and said, '", "B. says '", "texted me after this match: '": the last verb before the mark, within a few words.
  const verbs = [...words.slice(sentenceFrom, span.start).matchAll(patterns.verb)].reverse();
  for (const v of verbs) {
    const at = sentenceFrom + v.index;
    // "What I told both delegations at dinner on Thursday was, '": a few words may stand between verb and mark.
    if (wordsIn(words.slice(at + v[0].length, span.start)) > 8) break;
    const agent = agentBefore(words, sentenceFrom, at, mentions, patterns, true);
    if (agent) return { agent, verb: v[0] };
    // "because Mr. Calloway looked her in the eye and said, '", "At two in the morning, he looked at the text and
    // said, '", "My chief engineer came to me and said, '": the subject of the verb's clause, nearest clause first.
    const starts = [
      sentenceFrom,
      ...[...words.slice(sentenceFrom, at).matchAll(CLAUSE_OPENING)].map((m) => sentenceFrom + m.index + m[0].length),
    ];
    for (const start of starts.reverse()) {
      const subject = subjectAt(words, start, mentions, patterns);
      if (subject) return { agent: subject, verb: v[0] };
    }
  }
  // "Ottilie texted me after this match: '", "Our message was simple: '" (the speaker's own): a clause ending in a
  // colon speaks for its subject.
  if (/:\s*$/.test(lead)) {
    const subject = subjectAt(words, sentenceFrom, mentions, patterns);
    if (subject) return { agent: subject, verb: null };
  }
  // "'Stop it,' he said.": the verb right after the closing mark.
  const tail = /^[\s,—–-]*(I|we|he|she|they)\s+((?:\S+\s+)?\S+)/i.exec(words.slice(span.end));
  if (tail) {
    const verb = new RegExp(`^(?:${patterns.verb.source})$`, 'i').exec(
      tail[2]!
        .split(/\s+/)
        .at(-1)!
        .replace(/[.,;:!?]+$/, ''),
    );
    if (verb) {
      const start = span.end + tail[0].indexOf(tail[1]!);
      return {
        agent: { kind: 'pronoun', word: tail[1]!.toLowerCase(), start, end: start + tail[1]!.length },
        verb: verb[0],
      };
    }
  }
  return null;
}

/** Where a clause opens inside a sentence: after a comma or a conjunction. */
const CLAUSE_OPENING = /,\s*|\b(?:because|when|after|before|that|and|but|while|so|then|until|as)\s+/gi;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The subject opening the sentence at `from` (after "and", "then"): a name, a pronoun, "my"/"our", or a description. */
function subjectAt(words: string, from: number, mentions: readonly Mention[], patterns: AgentPatterns): Agent | null {
  const opening = from + /^\s*(?:(?:and|then|but|so)\s+)?/i.exec(words.slice(from))![0].length;
  // "Coach Brannagh took one look": up to two capitalised title words before the name.
  const named = mentions.find(
    (m) => m.start >= opening && /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}$/u.test(words.slice(opening, m.start)),
  );
  if (named) return { kind: 'mention', mention: named, start: named.start, end: named.end };
  const pronoun = /^(I|we|he|she|they)\b/i.exec(words.slice(opening));
  if (pronoun)
    return { kind: 'pronoun', word: pronoun[1]!.toLowerCase(), start: opening, end: opening + pronoun[1]!.length };
  // "My chief engineer came to me": a person described; "Our message to the operator was simple": the speaker's own.
  const described = agentAfter(words, opening, mentions, patterns, true);
  const person = described?.kind === 'anonymous' || (described?.kind === 'descriptor' && described.noun === 'person');
  if (described && described.start === opening && person) return described;
  if (/^(?:my|our)\s/i.test(words.slice(opening)))
    return { kind: 'pronoun', word: 'i', start: opening, end: opening + 2 };
  if (described && described.kind !== 'mention' && described.start === opening) return described;
  return null;
}

/** Who an agent inside someone's quotation stands for; `inside` are the names the quotation itself holds. */
function whoIs(agent: Agent, outer: Outer, c: NestedContext, inside: readonly Mention[]): Speaker | null {
  if (agent.kind === 'mention') return { id: agent.mention.id, type: agent.mention.type };
  if (agent.kind === 'anonymous') return { description: agent.description };
  const speakerId = outer.speaker && 'id' in outer.speaker ? outer.speaker.id : null;
  if (agent.kind === 'descriptor') {
    // "the coach said" inside a quotation: the person the article introduced as the coach.
    const id = agent.definite ? c.antecedents.personDescribedAs(agent.head, outer.paragraph, outer.start) : null;
    return id ? { id, type: 'person' } : { description: agent.description };
  }
  // "I said" is the speaker; "he said" in a speaker's words is someone else, whom the article named before.
  if (agent.word === 'i' || agent.word === 'we') return outer.speaker;
  if (agent.word === 'he' || agent.word === 'she') {
    // The last person named before the quotation other than its speaker, or someone unnamed the article introduced
    // after them ("learned of it from a deckhand. “He looked at me and said, '…'”"), never across sex.
    // Not someone the sentence only speaks of ("Questioned by X, O'Neill described …: “He said, …”").
    const sex = agent.word === 'she' ? 'female' : 'male';
    // "When I asked Hollins what to tell the crew, he said, '…'": a person the quotation names before its "he".
    const own = inside
      .filter((m) => m.type === 'person' && m.end <= agent.start && m.id !== speakerId)
      .filter((m) => (c.sexes.get(m.id) ?? sex) === sex)
      .at(-1);
    if (own) return { id: own.id, type: 'person' };
    const named = c.antecedents.lastPersonMatching(
      (m, text) => m.id !== speakerId && (c.sexes.get(m.id) ?? sex) === sex && !isGoverned(text, m),
      outer.paragraph,
      outer.start,
    );
    const unnamed = c.introduced.filter(
      (p) => p.paragraph < outer.paragraph || (p.paragraph === outer.paragraph && p.start < outer.start),
    );
    return pronounAntecedent(agent.word, named, unnamed, c.patterns.lexicon);
  }
  return null;
}
