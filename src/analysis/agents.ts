/**
 * Finds who stands behind a reporting verb: the subject just before it ("Ana Silva, the adviser, told"), or the
 * speaker just after an inverted verb ("said Ana Silva"). Shared by the quotation extractor and the sourcing
 * classifier so that both read a sentence the same way.
 */
import type { Mention } from '../model/entity.ts';
import { alternation, type AttributionVocabulary } from '../model/vocabulary.ts';
import {
  describedSubjectAt,
  describedSubjectBefore,
  nounLexicon,
  type DescribedSubject,
  type NounKind,
  type NounLexicon,
} from './noun-phrases.ts';

/** Who a reporting verb is attributed to, with its offsets in the paragraph. */
export type Agent =
  | { kind: 'mention'; mention: Mention; start: number; end: number }
  | { kind: 'pronoun'; word: string; start: number; end: number }
  | { kind: 'anonymous'; description: string; start: number; end: number }
  /**
   * A speaker the text describes instead of naming: "the superintendent" (definite: it may stand for a person named
   * earlier) or "a resident", "one homeowner" (indefinite: someone the article does not name).
   */
  | {
      kind: 'descriptor';
      description: string;
      head: string;
      definite: boolean;
      /** What the head noun stands for, when the vocabulary knows it. */
      noun?: NounKind;
      start: number;
      end: number;
    };

/**
 * True when the verb at `start` is a noun: "wrote in a note", "on the earnings call", "in a post". Only for the
 * words that are both; "the company said" keeps its verb.
 */
export function isNounUse(text: string, start: number, word: string, lexicon?: NounLexicon): boolean {
  if (
    !/^(?:note|notes|call|calls|post|posts|report|reports|estimate|estimates|find|finds|show|shows|answer|answers|reply|replies|comment|comments|claim|claims|tweet|tweets|update|updates|statement|say|word)$/i.test(
      word,
    )
  )
    return false;
  const lead = text.slice(Math.max(0, start - 40), start);
  // "the council's note", "Marchetti's report": after a possessive the word is a noun.
  if (/[\p{L}\p{N}][’']s?\s+$/u.test(lead) && /[’']s\s+$|s[’']\s+$/u.test(lead)) return true;
  const before = /\b(?:a|an|the|this|that|his|her|its|their|our|my|your|every|each)\s+(?:([\p{L}’'-]+)\s+)?$/iu.exec(
    lead,
  );
  if (!before) return false;
  // "the earnings call" is a noun; "the Herald reports", "the company estimates" are a subject and its verb.
  const between = before[1];
  if (between === undefined) return true;
  return /^(?:call|calls|post|posts)$/i.test(word) && /^\p{Ll}/u.test(between) && !lexicon?.kindOf(between);
}

/**
 * True for a verb whose object is a person or a source ("told the newspaper", "asked the mayor", "citing data"):
 * the words after it are not who speaks, even right after a quotation.
 */
export function takesPersonObject(verb: string): boolean {
  return /^(?:told|tells|tell|asked|asks|called|calls|citing)$/i.test(verb);
}

/** A verb of putting out a statement, and the statement ("issued a statement saying", "sent us a statement"). */
export const STATEMENT_SENT =
  /\b(issued|released|put\s+out|sent|posted|published|emailed)\s+(?:(?:us|me|reporters)\s+)?(?:a|an|this|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|press\s+release|communiqué|response|video)\b(?:\s+saying\b)?/gi;

/**
 * The person a live blog or a round-up credits with a quotation that opens its sentence: a dash and their name right
 * after the closing mark ("“The doctors tell me two or three weeks.” – Pep Guardiola on Phil Foden").
 */
export function creditedAfter(
  text: string,
  quote: { start: number; end: number },
  sentenceStart: number,
  mentions: readonly Mention[],
): Mention | undefined {
  const dash = /^\s*[–—-]\s+/.exec(text.slice(quote.end));
  if (!dash || text.slice(sentenceStart, quote.start).trim() !== '') return undefined;
  return mentions.find((m) => m.type === 'person' && m.start === quote.end + dash[0].length);
}

/** Regular expressions built once from a vocabulary. */
export interface AgentPatterns {
  /** Any reporting or outlet verb, or "according to" (or "per"). */
  verb: RegExp;
  /** An anonymous-source phrase ending where the text ends. */
  anonymousAtEnd: RegExp;
  /** An anonymous-source phrase starting where the text starts. */
  anonymousAtStart: RegExp;
  /** The vocabulary the patterns came from. */
  vocabulary: AttributionVocabulary;
  /** Its head nouns for people, bodies and texts. */
  lexicon: NounLexicon;
}

/** Compiles the vocabulary into the patterns the agent finders use. */
export function agentPatterns(vocabulary: AttributionVocabulary): AgentPatterns {
  const verbs = alternation([
    ...vocabulary.reportingVerbs,
    ...vocabulary.outletVerbs,
    ...vocabulary.evidenceVerbs,
    ...vocabulary.quotingVerbs,
    ...vocabulary.readingVerbs,
    'according to',
    'citing',
  ]);
  const mods = alternation(vocabulary.anonymousModifiers);
  const nouns = alternation(vocabulary.anonymousNouns);
  const quals = alternation(vocabulary.anonymousQualifiers);
  // The qualifier runs to the next punctuation: "people familiar with the deliberations".
  // A possessive ("officials' families") makes the noun a modifier of something else, never the source.
  const phrase = `(?<![\\w’'.])(?:(?:${mods})\\s+){0,6}(?:${nouns})\\b(?![’'])(?:\\s+(?:${quals})\\b[^,.;:“”«»"]{0,60})?`;
  return {
    // "per The New York Times", "per a court filing": newsletters' "according to", never "per cent" or "per person".
    verb: new RegExp(
      `(?<![\\w’'-])(?:${verbs}|per(?=\\s+(?:(?:the|a|an)\\s+)?\\p{Lu}|\\s+(?:a|an)\\s))(?![\\w’'-])`,
      'giu',
    ),
    anonymousAtEnd: new RegExp(`${phrase}$`, 'i'),
    anonymousAtStart: new RegExp(`^${phrase}(?=[\\s,.;:]|$)`, 'i'),
    vocabulary,
    lexicon: nounLexicon(vocabulary),
  };
}

const trailingFillers =
  /(?:\s+(?:has|have|had|would|will|could|should|might|may|must|can|be|been|being|also|first|then|later|again|still|once|never|often|who|used\s+to|[a-z]+ly|for\s+(?:his|her|its|their|our|my)\s+part))+\s*$/;

/**
 * A described speaker at the end of a phrase: "the superintendent", "the Kansas Republican", "a senior test manager",
 * "one homeowner". Up to five words after the article; the last one is the head ("superintendent").
 */
const DESCRIPTOR_AT_END = /(?<![\w’'-])(the|a|an|one|another)\s+((?:[\w’'-]+\s+){0,4}([A-Za-z][\w’'-]*))$/i;
/** The same right after an inverted verb, up to punctuation: "said the superintendent", "said one senior nurse, who". */
const DESCRIPTOR_AT_START = /^(the|a|an|one|another)\s+([^,.;:!?"“”()]{1,60})/i;
/** Words that end a descriptor after an inverted verb: "said the superintendent on Tuesday". */
const DESCRIPTOR_STOP =
  /^(?:on|in|at|to|for|with|from|who|whose|which|that|after|before|during|last|this|yesterday|today|and|but|as|when|while|because|of)$/i;
/** Words that end a descriptor phrase but are no speaker: a descriptor's head is a noun for a person or a body. */
const NOT_A_HEAD =
  /^(?:time|way|day|week|year|month|end|same|other|first|last|next|statement|interview|meeting|deal|agreement|plan|vote|bill|decision|change|move|merger|proposal)$/i;

function descriptor(article: string, words: readonly string[], start: number): Agent | null {
  const head = words.at(-1);
  if (!head || NOT_A_HEAD.test(head) || !/^[A-Za-z]/.test(head) || /^(?:and|or|but)$/i.test(head)) return null;
  const description = `${article} ${words.join(' ')}`;
  const definite = article.toLowerCase() === 'the';
  return { kind: 'descriptor', description, head, definite, start, end: start + description.length };
}

/** A descriptor ending where `text` ends. */
function descriptorAtEnd(text: string, offset: number): Agent | null {
  const match = DESCRIPTOR_AT_END.exec(text);
  return match ? descriptor(match[1]!, match[2]!.split(/\s+/), offset + match.index) : null;
}

/** A descriptor starting where `text` starts, cut at its first function word. */
function descriptorAtStart(text: string, offset: number): Agent | null {
  const match = DESCRIPTOR_AT_START.exec(text);
  if (!match) return null;
  const words: string[] = [];
  for (const word of match[2]!.trim().split(/\s+/)) {
    if (DESCRIPTOR_STOP.test(word) || words.length === 5) break;
    words.push(word);
  }
  return descriptor(match[1]!, words, offset);
}

/**
 * An anonymous source's phrase, or the described speaker around it when descriptors are asked for: "one diplomat"
 * rather than "diplomat", "a federation official" rather than "official".
 */
function fuller(anon: Agent, described: Agent | null): Agent {
  if (!described || described.kind !== 'descriptor' || described.start > anon.start) return anon;
  // Only a few words of description before the source's own phrase: "a federation official", not "The unrest
  // makes some US officials" or "a move the US official".
  const own = anon.kind === 'anonymous' ? anon.description : '';
  if (
    described.description.split(/\s+/).length - anonLength(anon) > 2 ||
    /^(?:the|a|an|some|his|her|their)\s/i.test(own)
  )
    return anon;
  if (described.definite) return described;
  return { kind: 'anonymous', description: described.description, start: described.start, end: described.end };
}

/**
 * The agent whose phrase ends just before `verbStart`, looking no further back than `from`. With `descriptors`, a
 * described speaker ("the superintendent said") counts too; the quotation extractor asks for them.
 */
export function agentBefore(
  text: string,
  from: number,
  verbStart: number,
  mentions: readonly Mention[],
  patterns: AgentPatterns,
  descriptors = false,
): Agent | null {
  // "state Sen. MARISOL QUINTANA (D-Sacramento) told us": a party and home town in brackets stand outside the name.
  const raw = text
    .slice(from, verbStart)
    // "She'd tell us": the contraction is the auxiliary's.
    .replace(/(?<=\b(?:he|she|they|I|we|it))['’]d\s*$/i, '')
    .replace(trailingFillers, '')
    .trimEnd()
    .replace(/\s*\([^()]{1,40}\)$/, '');
  // "the county's own report from 2022, which warned": a relative pronoun stands for what comes before its comma.
  // "a patient, who labored through an ice storm and told me": the second verb of a relative clause is its
  // antecedent's too.
  const coordinated = /,\s*(?:which|who)\s+[^,;:“”"«»]*\band$/i.exec(raw);
  if (coordinated) return agentBefore(text, from, from + coordinated.index, mentions, patterns, descriptors);
  const relative = /,\s*(?:which|who)$/i.exec(raw);
  if (relative) {
    const antecedent = describedSubjectBefore(text, from, from + relative.index, patterns.lexicon, true);
    if (antecedent?.kind === 'document') return fromSubject(antecedent);
    return agentBefore(text, from, from + relative.index, mentions, patterns, descriptors);
  }
  const candidates = [raw];
  // "the coalition's president, NINA OYELARAN-BECK, posted": a person's name in commas after a description speaks;
  // tried before the appositive below, so that the name wins over the description before it.
  if (raw.endsWith(',')) {
    const end = from + raw.length - 1;
    const named = mentions.find((m) => {
      if (m.end !== end) return false;
      const before = text.slice(from, m.start);
      const comma = before.lastIndexOf(',');
      return comma >= 0 && titleWords(before.slice(comma + 1).replace(/^\s+/, ''));
    });
    if (named) return { kind: 'mention', mention: named, start: named.start, end };
  }
  // "Ana Silva, the president's national security adviser, told": look past one comma-enclosed description.
  const appositive = /,[^,]*,$/.exec(raw);
  // "Sen. Ramon Ibarra-Kells (R-Hanford), who helped kill it, posted": a party in brackets stands outside the name.
  // "Pensioner Dorothy Fairweather, 74, who has swum there since the 1960s, said": an age, then a description.
  const aged = /,\s*\d{1,3},[^,]*,$/.exec(raw);
  if (aged) candidates.push(raw.slice(0, aged.index).trimEnd());
  // "Dario Finnerty, a portfolio manager at Larchmont Capital, which owns 4 percent of Tessaro, wrote": a relative
  // clause closing the appositive goes first, then the appositive.
  const relativeInside = /,\s*(?:which|who|whose)\b[^,]*,$/i.exec(raw);
  const outerAppositive = relativeInside && /,[^,]*$/.exec(raw.slice(0, relativeInside.index));
  if (outerAppositive) candidates.push(raw.slice(0, outerAppositive.index).trimEnd());
  if (appositive)
    candidates.push(
      raw
        .slice(0, appositive.index)
        .trimEnd()
        .replace(/\s*\([^()]{1,40}\)$/, ''),
    );
  if (raw.endsWith(',')) candidates.push(raw.slice(0, -1));
  // "St. Michael in a statement on its website said": where it was said stands between the speaker and the verb.
  const venue = /\s+in\s+(?:a|an|its|his|her|their)\s+[^,;:“”"«»]{1,60}$/.exec(raw);
  if (venue) candidates.push(raw.slice(0, venue.index));
  // "OSKAR LINDHOLM of rural Westmarch put it": a person's name, then where they are from, speaks.
  const placed = mentions.find(
    (m) =>
      m.type === 'person' &&
      m.start >= from &&
      text.slice(from, m.start).trim() === '' &&
      /^\s+of\s+(?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+$/u.test(raw.slice(m.end - from)),
  );
  if (placed) return { kind: 'mention', mention: placed, start: placed.start, end: from + raw.length };
  // A name ending a candidate speaks, before any description: "Helen Marchetti, chief executive of Tideline, said".
  for (const c of candidates) {
    const end = from + c.length;
    const mention = mentions.find((m) => m.end === end && m.start >= from);
    if (!mention) continue;
    // "advisers to Governor Reyes argue": a name after a preposition is not the one speaking…
    const preposition = /\b(?:to|of|for|with|by|from|about|against|at|in)\s+(?:the\s+)?$/i.exec(
      text.slice(from, mention.start),
    );
    const governed = preposition !== null;
    // …but in "Fire Chief Bernadette Quaye of the Ridgeline Fire District told" the person before it is.
    const owner =
      preposition && /^\s*(?:of|at|from|with)\b/i.test(preposition[0])
        ? mentions.find((m) => m.type === 'person' && m.end === from + preposition.index - 1 && m.start >= from)
        : undefined;
    if (owner) return { kind: 'mention', mention: owner, start: owner.start, end };
    // …nor one in what describes the speaker ("A spokesman for the Forestry Service", "Records from the Unit").
    const subject = describedSubjectBefore(text, from, end, patterns.lexicon);
    // Not across a comma: "a transcript of which was filed with the complaint, Hollins testified" is Hollins.
    const described =
      subject !== null &&
      subject.headStart < mention.start &&
      subject.start <= mention.start &&
      !text.slice(subject.headStart, mention.start).includes(',');
    if (!governed && !described) return { kind: 'mention', mention, start: mention.start, end };
  }
  // A description is read from the shortest candidate first when an appositive closes the subject: "An engineer
  // involved in the inspection, who spoke … because the findings are still under review, said" is the engineer.
  // "One commuter, a nurse who travels from Fenby, said" keeps the fuller description in commas.
  // "The 52-year-old, a teaching assistant, told": an age standing for a person named before wins over the
  // description in commas, which says what that person is.
  const byAge = candidates.slice(1).find((c) => /(?:^|\s)the\s+\d{1,3}-year-old$/i.test(c));
  if (byAge && descriptors) {
    const description = /the\s+\d{1,3}-year-old$/i.exec(byAge)![0];
    const start = from + byAge.length - description.length;
    const head = description.split(/\s+/).at(-1)!;
    return { kind: 'descriptor', description, head, definite: true, start, end: from + byAge.length };
  }
  const relativeClause = appositive !== null && /^,\s*(?:who|which|whose)\b/i.test(appositive[0]);
  const byDescription = relativeClause && candidates.length > 1 ? [...candidates.slice(1), raw] : candidates;
  for (const c of byDescription) {
    const end = from + c.length;
    const pronoun = /\b(he|she|they|I|we|it)$/i.exec(c);
    if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase(), start: from + pronoun.index, end };
    const described = descriptors ? descriptorAtEnd(c, from) : null;
    const subject = describedSubjectBefore(text, from, from + c.length, patterns.lexicon);
    const anon = patterns.anonymousAtEnd.exec(c);
    if (anon) {
      // "the governor’s advisers believe", "Ana Silva and her aides said": a named person's own people are no
      // anonymous source; with the person named in the same phrase, the person is the source.
      const owner = /(?:\b(?:his|her|their)|[’']s)\s+$/i.test(c.slice(0, anon.index));
      if (owner) {
        const lead = c.slice(0, anon.index).replace(/(?:\s+and)?\s+(?:his|her|their)\s+$/i, '');
        const named = mentions.find((m) => m.type === 'person' && m.end === from + lead.length && m.start >= from);
        return named ? { kind: 'mention', mention: named, start: named.start, end } : null;
      }
      if (subject && subject.start <= from + anon.index) return fromSubject(subject);
      return fuller(anonymous(anon[0], from + anon.index), described);
    }
    if (subject && (!described || subject.start <= described.start)) return fromSubject(subject);
    if (described) return described;
  }
  return null;
}

/**
 * The agent a described subject makes: an unnamed person or group ("two former employees", "a volunteer",
 * "officials of the consistory", "mining companies") is an anonymous source; a definite one ("the foreman", "the
 * company", "the report") a descriptor the callers may tie to someone named before.
 */
function fromSubject(subject: DescribedSubject): Agent {
  const { start, end, description } = subject;
  if (subject.kind !== 'document' && (!subject.definite || (subject.plural && subject.kind === 'person')))
    return { kind: 'anonymous', description, start, end };
  return {
    kind: 'descriptor',
    description,
    head: subject.head,
    definite: subject.definite,
    noun: subject.kind,
    start,
    end,
  };
}

/** The agent whose phrase starts just after `verbEnd` ("said Ana Silva", "according to two people ..."). */
export function agentAfter(
  text: string,
  verbEnd: number,
  mentions: readonly Mention[],
  patterns: AgentPatterns,
  descriptors = false,
): Agent | null {
  // "declared yesterday the mayor": a word of time may stand between the verb and its speaker.
  const gap =
    /^\s+(?:(?:yesterday|today|on\s+\w+day|last\s+night|this\s+week)\s+)?/i.exec(text.slice(verbEnd))?.[0].length ?? 0;
  const start = verbEnd + gap;
  // "said Dr Rhiannon Oakes", "said board chair Helen Ostrowski": up to three title words before the name.
  let mention = mentions.find((m) => m.start >= start && titleWords(text.slice(start, m.start), patterns.lexicon));
  // "said MacAllister spokeswoman Tessa Lundgren": a name before a title is whose the title is, not who speaks.
  const titled =
    mention && mentions.find((m) => m.start > mention!.end && titleWords(text.slice(mention!.end, m.start)));
  // "said Local 418 President Rosa Villaseñor-Okafor": after a body's name, a capitalised title too.
  if (
    titled?.type === 'person' &&
    (/^\s+[a-z]/.test(text.slice(mention!.end, titled.start)) || mention!.type === 'organisation')
  )
    mention = titled;
  // "stressed the administrator Beatriz Fontoura Lemos": translated copy writes a lower-case title, with its article,
  // before a person's name.
  mention ??= mentions.find((m) => m.type === 'person' && m.start > start && articleTitle(text.slice(start, m.start)));
  if (mention) return { kind: 'mention', mention, start, end: mention.end };
  const rest = text.slice(start);
  // "declared its district leader, Sabine Okonkwo-Reuter": a title with a possessive, then the name in commas.
  const owned = /^(?:its|his|her|their)\s+[^,.;:!?"“”«»„]{1,60},\s+/i.exec(rest)?.[0].length;
  const ownedName =
    owned === undefined ? undefined : mentions.find((m) => m.type === 'person' && m.start === start + owned);
  if (ownedName) return { kind: 'mention', mention: ownedName, start: ownedName.start, end: ownedName.end };
  // "said he." inverts; "said he took" is what was said, about him.
  const pronoun = /^(he|she|they|I|we)\b(?=\s*(?:[,.;:!?—–]|$))/i.exec(rest);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!.toLowerCase(), start, end: start + pronoun[0].length };
  const subject = describedSubjectAt(text, start, patterns.lexicon);
  const described = descriptors ? descriptorAtStart(rest, start) : null;
  // "declared the mayor of Sorba, Graziella Montanari, during": the name in commas after the description speaks.
  if (described) {
    // …past a name in brackets ("the president of the Farmers' Union (Unione Agricola, UAP), Giancarlo X").
    const afterComma = /^(?:[^,.;:!?"“”()]|\([^()]{0,60}\)){0,80}?,\s+/.exec(rest)?.[0].length;
    // …with a courtesy title before the name ("the prefect, Mrs. Sidonie Marchal-Duthoit").
    const named =
      afterComma === undefined
        ? undefined
        : mentions.find((m) => m.start >= start + afterComma && titleWords(text.slice(start + afterComma, m.start)));
    if (named) return { kind: 'mention', mention: named, start: named.start, end: named.end };
  }
  // "said one of them, a retired bus driver who did not want his name used": the description in commas is fuller.
  const which = /^(?:one of (?:them|those|the [\p{L}-]+)|another),\s+((?:a|an)\s+[^,.;:!?"“”]{1,80})/iu.exec(rest);
  if (which) {
    const at = start + rest.indexOf(which[1]!);
    return { kind: 'anonymous', description: which[1]!.trim(), start: at, end: at + which[1]!.trim().length };
  }
  const anon = patterns.anonymousAtStart.exec(rest);
  if (subject && (!anon || subject.end >= start + anon[0].length)) return fromSubject(subject);
  if (anon) return fuller(anonymous(anon[0], start), described);
  return described;
}

/** Lower-case words of a title written before a name ("board chair", "state Sen.", "deputy police chief"). */
const TITLE_WORDS =
  /^(?:board|chair|chairman|chairwoman|state|city|council|county|deputy|former|chief|party|leader|spokesman|spokeswoman|president|vice|secretary|minister|mayor|executive|director|member|head|manager|coach|police|fire|general|senior|district|regional|union|house|senate|assembly|majority|minority)$/;

/** True when `between` is nothing or up to three title words: capitalised ("Dr", "Sen.") or from TITLE_WORDS. */
function titleWords(between: string, lexicon?: NounLexicon): boolean {
  const words = between.split(/\s+/).filter(Boolean);
  if (words.length > 3 || (/\s$/.test(between) === false && words.length > 0)) return false;
  // …or, right before the name, a singular noun for a person ("said resident Janise Afolo", "neighbour Tom Reid").
  const person = (w: string, i: number) =>
    i === words.length - 1 &&
    /^\p{Ll}+$/u.test(w) &&
    lexicon?.kindOf(w)?.kind === 'person' &&
    !lexicon.kindOf(w)!.plural;
  return words.every((w, i) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w) || TITLE_WORDS.test(w) || person(w, i));
}

/** True for "the" and one to three lower-case words, none a preposition or conjunction ("the administrator "). */
function articleTitle(between: string): boolean {
  const words = /^the\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u.exec(between)?.[1]?.split(/\s+/).filter(Boolean);
  return (
    words !== undefined && !words.some((w) => /^(?:of|for|to|in|on|at|and|or|with|by|from|who|that|whose)$/.test(w))
  );
}

function anonLength(agent: Agent): number {
  return agent.kind === 'anonymous' ? agent.description.split(/\s+/).length : 1;
}

function anonymous(matched: string, start: number): Agent {
  // "and" is only a modifier inside "current and former"; at the front it joins the phrase to something before it.
  const lead = /^(?:and\s+)+/i.exec(matched)?.[0].length ?? 0;
  const description = matched.slice(lead).replace(/\s+/g, ' ');
  return { kind: 'anonymous', description, start: start + lead, end: start + matched.length };
}
