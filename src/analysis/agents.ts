/**
 * Finds who stands behind a reporting verb: the subject just before it ("Ana Silva, the adviser, told"), or the
 * speaker just after an inverted verb ("said Ana Silva"). Shared by the quotation extractor and the sourcing
 * classifier so that both read a sentence the same way.
 */
import type { Mention } from '../model/entity.ts';
import { alternation, type AttributionVocabulary } from '../model/vocabulary.ts';

/** Who a reporting verb is attributed to, with its offsets in the paragraph. */
export type Agent =
  | { kind: 'mention'; mention: Mention; start: number; end: number }
  | { kind: 'pronoun'; word: string; start: number; end: number }
  | { kind: 'anonymous'; description: string; start: number; end: number };

/** Regular expressions built once from a vocabulary. */
export interface AgentPatterns {
  /** Any reporting or outlet verb, or "according to". */
  verb: RegExp;
  /** An anonymous-source phrase ending where the text ends. */
  anonymousAtEnd: RegExp;
  /** An anonymous-source phrase starting where the text starts. */
  anonymousAtStart: RegExp;
  /** The vocabulary the patterns came from. */
  vocabulary: AttributionVocabulary;
}

/** Compiles the vocabulary into the patterns the agent finders use. */
export function agentPatterns(vocabulary: AttributionVocabulary): AgentPatterns {
  const verbs = alternation([...vocabulary.reportingVerbs, ...vocabulary.outletVerbs, 'according to']);
  const mods = alternation(vocabulary.anonymousModifiers);
  const nouns = alternation(vocabulary.anonymousNouns);
  const quals = alternation(vocabulary.anonymousQualifiers);
  // The qualifier runs to the next punctuation: "people familiar with the deliberations".
  // A possessive ("officials' families") makes the noun a modifier of something else, never the source.
  const phrase = `(?<![\\w’'.])(?:(?:${mods})\\s+){0,6}(?:${nouns})\\b(?![’'])(?:\\s+(?:${quals})\\b[^,.;:“”«»"]{0,60})?`;
  return {
    verb: new RegExp(`(?<![\\w’'-])(?:${verbs})(?![\\w’'-])`, 'gi'),
    anonymousAtEnd: new RegExp(`${phrase}$`, 'i'),
    anonymousAtStart: new RegExp(`^${phrase}(?=[\\s,.;:]|$)`, 'i'),
    vocabulary,
  };
}

const trailingFillers = /(?:\s+(?:has|have|had|would|will|also|first|then|later|again|still|who|[a-z]+ly))+\s*$/;

/** The agent whose phrase ends just before `verbStart`, looking no further back than `from`. */
export function agentBefore(
  text: string,
  from: number,
  verbStart: number,
  mentions: readonly Mention[],
  patterns: AgentPatterns,
): Agent | null {
  const raw = text.slice(from, verbStart).replace(trailingFillers, '').trimEnd();
  const candidates = [raw];
  // "Ana Silva, the president's national security adviser, told": look past one comma-enclosed description.
  const appositive = /,[^,]*,$/.exec(raw);
  if (appositive) candidates.push(raw.slice(0, appositive.index).trimEnd());
  for (const c of candidates) {
    const end = from + c.length;
    const mention = mentions.find((m) => m.end === end && m.start >= from);
    // "advisers to President Biden argue": a name after a preposition is not the one speaking.
    const governed = mention && /\b(?:to|of|for|with|by|from|about|against)\s+$/i.test(text.slice(from, mention.start));
    if (mention && !governed) return { kind: 'mention', mention, start: mention.start, end };
    const pronoun = /\b(he|she)$/i.exec(c);
    if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase(), start: from + pronoun.index, end };
    const anon = patterns.anonymousAtEnd.exec(c);
    if (anon) return anonymous(anon[0], from + anon.index);
  }
  return null;
}

/** The agent whose phrase starts just after `verbEnd` ("said Ana Silva", "according to two people ..."). */
export function agentAfter(
  text: string,
  verbEnd: number,
  mentions: readonly Mention[],
  patterns: AgentPatterns,
): Agent | null {
  const gap = /^\s+/.exec(text.slice(verbEnd))?.[0].length ?? 0;
  const start = verbEnd + gap;
  const mention = mentions.find((m) => m.start === start);
  if (mention) return { kind: 'mention', mention, start, end: mention.end };
  const rest = text.slice(start);
  const pronoun = /^(he|she)\b/i.exec(rest);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase(), start, end: start + pronoun[0].length };
  const anon = patterns.anonymousAtStart.exec(rest);
  if (anon) return anonymous(anon[0], start);
  return null;
}

function anonymous(matched: string, start: number): Agent {
  // "and" is only a modifier inside "current and former"; at the front it joins the phrase to something before it.
  const lead = /^(?:and\s+)+/i.exec(matched)?.[0].length ?? 0;
  const description = matched.slice(lead).replace(/\s+/g, ' ');
  return { kind: 'anonymous', description, start: start + lead, end: start + matched.length };
}
