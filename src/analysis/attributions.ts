/**
 * Finds and classifies every attribution in an article: a person on the record (named), an unnamed source
 * (anonymous), another outlet's reporting (outlet) or a text (document). Each reporting verb outside quotation marks
 * yields at most one attribution, so "Ana Silva wrote on the Harbour Review website" is a document, not also named;
 * a source attributed twice in a paragraph is counted twice, as a reader counts what the text rests on.
 */
import {
  creditedAfter,
  STATEMENT_SENT,
  agentAfter,
  agentBefore,
  agentPatterns,
  isNounUse,
  takesPersonObject,
  type Agent,
  type AgentPatterns,
} from './agents.ts';
import { indexAntecedents, type Antecedents } from './antecedents.ts';
import { headOfDescription, isBodyOfPeople, isOnePerson } from './noun-phrases.ts';
import { findQuoteSpans, insideSpans } from './quote-spans.ts';
import { splitSentences } from './sentences.ts';
import { isSourcingPolicyNote } from './sourcing-policy.ts';
import type { Mention } from '../model/entity.ts';
import type { MentionFinder } from './types.ts';
import { alternation, type AttributionVocabulary } from '../model/vocabulary.ts';
import type { RoleHolders } from './role-holders.ts';

/** The kinds of source, as in the content model's `sourceKinds`. */
export type AttributionKind = 'named' | 'anonymous' | 'outlet' | 'document';

/** One attribution found in the text. */
export interface Attribution {
  /** What the reporting rests on here. */
  kind: AttributionKind;
  /** Index of the paragraph it sits in. */
  paragraph: number;
  /** The words that make the attribution, as printed ("officials said", "The Wall Street Journal reported"). */
  phrase: string;
  /** Offset of the phrase in the paragraph. */
  start: number;
  /** Person id of a named source, or of the writer of a document. */
  person?: string;
  /** Organisation id of the outlet, document publisher or institution, where the text names one. */
  organisation?: string;
  /** How the text describes an unnamed source, outlet or document ("two people familiar with the deliberations"). */
  who?: string;
}

interface Context {
  text: string;
  paragraph: number;
  mentions: Mention[];
  patterns: AgentPatterns;
  antecedents: Antecedents;
  document: RegExp;
  outletSubject: RegExp;
  /** "the newspaper" right before a verb, from the vocabulary's outletNouns; null when it lists none. */
  outletNoun: RegExp | null;
  ownStaff: RegExp;
  /** Who holds the role a description names, among the people the article names. */
  holderOf: (description: string) => string | null;
  /** The attributions found so far, in reading order. */
  found: readonly Attribution[];
}

/**
 * Lists the attributions of an article in reading order, one per reporting verb ("two diplomats said … But they
 * warned" is two); sourcing-policy notes are skipped.
 */
export function extractAttributions(
  paragraphs: readonly string[],
  findMentions: MentionFinder,
  vocabulary: AttributionVocabulary,
  holders?: RoleHolders,
): Attribution[] {
  const patterns = agentPatterns(vocabulary);
  const spans = paragraphs.map((p) => findQuoteSpans(p));
  const everyMention = paragraphs.map((p) => [...findMentions(p)]);
  const mentions = everyMention.map((list, i) => list.filter((m) => !insideSpans(spans[i] ?? [], m.start)));
  const antecedents = indexAntecedents(paragraphs, mentions, spans);
  const named = new Set(mentions.flat().flatMap((m) => (m.type === 'person' ? [m.id] : [])));
  const holderOf = (description: string) => holders?.(description, named) ?? null;
  const docs = alternation(vocabulary.documentNouns);
  const document = new RegExp(
    `^\\s+(?:[^,.;:]{0,80}?\\s)?(?:on|in)\\s+((?:the|a|an|its|his|her|their)\\s+(?:[^,.;:]{0,40}?\\s)?(?:${docs}))\\b`,
  );
  const outletNoun = vocabulary.outletNouns.length
    ? new RegExp(
        `\\b(?:the|that)\\s+(?:${alternation(vocabulary.outletNouns)})\\s+(?:also\\s+|first\\s+|later\\s+)?$`,
        'i',
      )
    : null;
  const outletSubject = new RegExp(`(?:${alternation(vocabulary.outletSubjects)})\\b[^.;:]*$`, 'i');
  const ownStaff = new RegExp(`\\b(?:${alternation(vocabulary.ownStaffSubjects)})\\b[^.;:]*$`, 'i');
  const found: Attribution[] = [];
  paragraphs.forEach((text, paragraph) => {
    if (isSourcingPolicyNote(text, vocabulary)) return;
    const context: Context = {
      text,
      paragraph,
      mentions: mentions[paragraph] ?? [],
      patterns,
      antecedents,
      document,
      outletSubject,
      outletNoun,
      ownStaff,
      holderOf,
      found,
    };
    const sentences = splitSentences(text, spans[paragraph]);
    // The last verb that made an attribution, and its sentence: a verb in what it reports is not another source.
    let outer = null as { sentenceStart: number; end: number } | null;
    for (const m of text.matchAll(patterns.verb)) {
      if (isNounUse(text, m.index, m[0], patterns.lexicon)) continue;
      // "Nine children have been admitted", "she was being told": a passive is no one's claim.
      if (/\b(?:been|being)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const verb = { word: m[0].toLowerCase().replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length };
      const quote = (spans[paragraph] ?? []).find((q) => m.index >= q.start && m.index < q.end);
      if (quote) {
        // Inside a quotation only a verb that introduces words it recounts counts ("“He said, ‘Put it in the
        // reserve,’” she testified"): a source the speaker names, read within the quotation.
        const inner = recountingStart(text, quote, verb.end);
        const attribution =
          inner === null ? null : classify({ ...context, mentions: everyMention[paragraph] ?? [] }, verb, inner);
        if (attribution) found.push(attribution);
        continue;
      }
      const sentenceStart = sentences.findLast((s) => s.start <= m.index)?.start ?? 0;
      // "…, according to court filings" (or ", citing …") after a comma attributes the whole sentence, the verb before
      // it included: a source of its own, never part of what that verb reports.
      // So does a short subject and its verb set off by a comma, closing the sentence or in commas within it
      // ("…, the Plains Register first reported.", "a sign, the paper said, that …").
      const closing =
        /,\s*(?:[\p{L}\p{N}.’'&-]+\s+){1,6}$/u.test(text.slice(sentenceStart, verb.start)) &&
        /^\s*(?:[.;!?,]|$)/.test(text.slice(verb.end));
      const wholeSentence = (ACCORDING.test(verb.word) && /,\s*$/.test(text.slice(0, verb.start))) || closing;
      if (
        !wholeSentence &&
        outer?.sentenceStart === sentenceStart &&
        !(spans[paragraph] ?? []).some((q) => q.start >= outer!.end && q.start < verb.start) &&
        reported(text.slice(outer.end, verb.start))
      )
        continue;
      const attribution = classify(context, verb, sentenceStart);
      if (attribution) {
        found.push(attribution);
        // A verb in a relative clause ("which officials fear") or set off by commas ("they said,") governs nothing
        // after it.
        const relative = /\b(?:who|which|that|whom)\s+$/i.test(text.slice(sentenceStart, attribution.start));
        outer = relative || /^\s*,/.test(text.slice(verb.end)) ? null : { sentenceStart, end: verb.end };
      }
    }
    // "Google issued a statement saying", "Ridgeline sent us a statement": whoever put out a statement is a source.
    const before = found.length;
    for (const m of text.matchAll(STATEMENT_SENT)) {
      const end = m.index + m[0].length;
      const overlaps = found
        .slice(0, before)
        .some((a) => a.paragraph === paragraph && a.start < end && a.start + a.phrase.length > m.index);
      if (overlaps || insideSpans(spans[paragraph] ?? [], m.index)) continue;
      const sentenceStart = sentences.findLast((x) => x.start <= m.index)?.start ?? 0;
      const agent = agentBefore(text, sentenceStart, m.index, context.mentions, patterns, true);
      const attribution = agent && fromAgent(context, agent, { word: m[1]!.toLowerCase(), start: m.index, end });
      if (attribution) found.splice(before, 0, attribution);
    }
    // "“…” – Pep Guardiola on Phil Foden": a live blog's credit after a quotation that opens its sentence.
    for (const span of spans[paragraph] ?? []) {
      const sentenceStart = sentences.findLast((x) => x.start <= span.start)?.start ?? 0;
      const credited = creditedAfter(text, span, sentenceStart, context.mentions);
      if (!credited) continue;
      const end = credited.end + (/^\s+on\s+[^.;:!?“”"]{1,60}/.exec(text.slice(credited.end))?.[0].length ?? 0);
      found.splice(before, 0, make(context, 'named', credited.start, end, { person: credited.id }));
    }
    found.splice(before, found.length - before, ...found.slice(before).sort((a, b) => a.start - b.start));
  });
  return found;
}

/**
 * Where the sentence of a verb inside `quote` starts, when the verb introduces an inner quotation within a few words
 * ("He said, ‘", "B. says ‘"); otherwise null.
 */
function recountingStart(text: string, quote: { start: number; end: number }, verbEnd: number): number | null {
  const after = text.slice(verbEnd, quote.end);
  if (!/^[^‘'“"«„.;!?]{0,40}?[,:]?\s+[‘'“"«„]\S/.test(after)) return null;
  const words = text.slice(quote.start + 1, verbEnd);
  const end = [...words.matchAll(/[.?!]\s+/g)].at(-1);
  return quote.start + 1 + (end ? end.index + end[0].length : 0);
}

/**
 * True when the words between an attributing verb and the next one are what the first reports: "testified that she
 * had warned", "said he had asked". A clause joined by "but" or "and", or a new one after a semicolon, stands apart.
 */
function reported(between: string): boolean {
  return !/[;“”"«»]|,\s*(?:but|and|while|whereas)\b|\bbut\b|\b(?:who|which|whose)\b/.test(between);
}

/** Words that hand a claim to the source after them: "according to court filings", "citing data", "per Axios". */
const ACCORDING = /^(?:according to|citing|per)$/;

interface Verb {
  word: string;
  start: number;
  end: number;
}

function classify(c: Context, verb: Verb, sentenceStart: number): Attribution | null {
  const { vocabulary } = c.patterns;
  if (ACCORDING.test(verb.word)) return accordingTo(c, verb);
  // "The warning reads: “…”": a verb of a text's words attributes only the quotation right after it.
  if (vocabulary.readingVerbs.includes(verb.word.toLowerCase())) {
    if (!/^[\s,:—–]*[“"«‘„]/.test(c.text.slice(verb.end))) return null;
    // What reads or ends is a text, however it is described ("One of them, from their tribal council, ends").
    const text = agentBefore(c.text, sentenceStart, verb.start, c.mentions, c.patterns, true);
    if (text?.kind === 'anonymous' || text?.kind === 'descriptor')
      return make(c, 'document', text.start, verb.end, { who: text.description });
  }
  // "called the analysis “fiction”", "“Why now?” she asked": a verb of naming or asking attributes only a
  // quotation beside it.
  if (
    vocabulary.quotingVerbs.includes(verb.word) &&
    // "put it more bluntly in a text message: “…”": a colon may hand the quotation to the verb.
    !/^[^.;!?“”"«»]{0,60}[“"«‘]/.test(c.text.slice(verb.end)) &&
    !/[”"»’'][\s,]*(?:[\p{L}.’'-]+\s+){0,4}$/u.test(c.text.slice(Math.max(0, verb.start - 60), verb.start))
  )
    return null;
  // "the newspaper said", "the broadcaster reported": the outlet the article cited before, by its noun.
  if (c.outletNoun?.test(c.text.slice(sentenceStart, verb.start))) {
    const noun = c.outletNoun.exec(c.text.slice(sentenceStart, verb.start))!;
    const start = sentenceStart + noun.index;
    return make(c, 'outlet', start, verb.end, { who: noun[0].trim() });
  }
  if (vocabulary.evidenceVerbs.includes(verb.word)) return evidence(c, verb, sentenceStart);
  if (vocabulary.outletVerbs.includes(verb.word)) return outlet(c, verb, sentenceStart);
  const before = agentBefore(c.text, sentenceStart, verb.start, c.mentions, c.patterns, true);
  if (verb.word === 'wrote' || verb.word === 'writes') {
    const doc = c.document.exec(c.text.slice(verb.end));
    const writer = c.mentions
      .filter((m) => m.type === 'person' && m.end <= verb.start && m.start >= sentenceStart)
      .at(-1);
    // "Analysts at Brightwater Securities wrote in a note": people the text describes wrote it, and they are the
    // source, as when they say it.
    const described = !writer && (before?.kind === 'anonymous' || before?.kind === 'descriptor');
    if (doc && !described) {
      const publisher = c.mentions.find(
        (m) => m.type === 'organisation' && m.start >= verb.end && m.end <= verb.end + doc[0].length,
      );
      return make(c, 'document', verb.start, verb.end + doc[0].length, {
        who: doc[1]!,
        ...(writer && { person: writer.id }),
        ...(publisher && { organisation: publisher.id }),
      });
    }
  }
  // "“…,” said Ana Silva", "…, said two officials": an inverted verb stands after a quotation, a comma or nothing
  // of its sentence; after a word ("Tesmonte says farmers lost") its subject is before it, named or not. Translated
  // copy inverts any verb before a name or a described speaker ("announced on Monday the Ministry of …",
  // "confirmed his entourage").
  const invertible = /(?:^|[,;:”"'’»—–]\s*)(?:(?:has|have|had)\s+)?$/.test(c.text.slice(sentenceStart, verb.start));
  // A description before a comma that holds a verb of its own ("The talks will resume in Vienna, announced …") is the
  // clause reported, not its speaker.
  // So is one that ends a clause begun before it ("Maria Lopez will not travel to the summit, confirmed …").
  const clauseBefore =
    (before?.kind === 'descriptor' || before?.kind === 'anonymous') &&
    (/\b(?:will|would|is|are|was|were|has|have|had|can|could|must|should)\b/i.test(
      // The description's own words, not a relative clause describing it ("Two patrollers who were there, …").
      before.description.split(/,|\s(?:who|whom|whose|which|that)\s/i)[0]!,
    ) ||
      c.text.slice(sentenceStart, before.start).trim() !== '') &&
    /^\s*,\s*$/.test(c.text.slice(before.end, verb.start));
  const after =
    invertible && (!before || clauseBefore) ? agentAfter(c.text, verb.end, c.mentions, c.patterns, true) : null;
  const inverted =
    !takesPersonObject(verb.word) &&
    (vocabulary.invertedVerbs.includes(verb.word) ||
      after?.kind === 'mention' ||
      (after?.kind === 'descriptor' && after.definite) ||
      (after?.kind === 'anonymous' && /^(?:his|her|its|their)\s/i.test(after.description)));
  const agent = before && !(clauseBefore && after) ? before : inverted ? after : null;
  return agent ? fromAgent(c, agent, verb) : null;
}

/**
 * "The 64-page report found", "Records show", "Industry analysts have estimated": a finding rests on a text or on
 * unnamed people; a named person or body "found" something only when "that" says it is a finding they report.
 */
function evidence(c: Context, verb: Verb, sentenceStart: number): Attribution | null {
  const agent = agentBefore(c.text, sentenceStart, verb.start, c.mentions, c.patterns, true);
  if (!agent) return null;
  const reports = /^\s+(?:[\w’'-]+\s+){0,2}?that\b/.test(c.text.slice(verb.end)) || /^estimat/.test(verb.word);
  if ((agent.kind === 'descriptor' && agent.noun === 'document') || reports) return fromAgent(c, agent, verb);
  return null;
}

function accordingTo(c: Context, verb: Verb): Attribution | null {
  const agent = agentAfter(c.text, verb.end, c.mentions, c.patterns);
  // "according to court papers", "citing port scheduling data": a text the claim rests on.
  if (agent?.kind === 'descriptor' && agent.noun === 'document')
    return make(c, 'document', verb.start, agent.end, { who: agent.description });
  // "per" hands a claim only to a name or a text ("per Axios", "per a court filing"), never "per Person".
  if (agent && agent.kind !== 'mention') return verb.word === 'per' ? null : fromAgent(c, agent, verb);
  if (agent?.mention.type === 'person') return fromAgent(c, agent, verb);
  // "according to the district's own audit": the body's text, not the body.
  const doc = new RegExp(
    `^\\s+((?:the|a|an|its|his|her|their)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:${alternation(c.patterns.vocabulary.documentNouns)}))\\b`,
  ).exec(c.text.slice(verb.end));
  if (doc) return make(c, 'document', verb.start, verb.end + doc[0].length, { who: doc[1]! });
  // "according to FMRB guidance": a body's text named by the body.
  const held = agent
    ? new RegExp(`^\\s+(?:[\\w’'-]+\\s+){0,2}?(?:${alternation(c.patterns.vocabulary.documentNouns)})\\b`).exec(
        c.text.slice(agent.end),
      )
    : null;
  if (agent && held)
    return make(c, 'document', verb.start, agent.end + held[0].length, {
      who: c.text.slice(verb.end, agent.end + held[0].length).trim(),
    });
  // "according to the union", "according to the Provincial Mine Safety Board": a body on the record.
  if (agent) return fromAgent(c, agent, verb);
  return null;
}

function outlet(c: Context, verb: Verb, sentenceStart: number): Attribution | null {
  const before = c.text.slice(sentenceStart, verb.start);
  // "our colleagues Ana Silva and Ben Ode reported": the outlet's own reporters, on the record.
  const staff = c.ownStaff.exec(before);
  if (staff) {
    const start = sentenceStart + staff.index;
    const reporter = c.mentions.find((m) => m.type === 'person' && m.start >= start && m.end <= verb.start);
    return make(c, 'named', start, verb.end, {
      who: c.text.slice(start, verb.start).trim(),
      ...(reporter && { person: reporter.id }),
    });
  }
  const colleagues = c.outletSubject.exec(before);
  if (colleagues) {
    const start = sentenceStart + colleagues.index;
    return make(c, 'outlet', start, verb.end, { who: c.text.slice(start, verb.start).trim() });
  }
  const agent = agentBefore(c.text, sentenceStart, verb.start, c.mentions, c.patterns);
  if (agent?.kind === 'mention') {
    const id =
      agent.mention.type === 'organisation' ? { organisation: agent.mention.id } : { person: agent.mention.id };
    return make(c, 'outlet', agent.start, verb.end, id);
  }
  if (agent?.kind === 'anonymous') return fromAgent(c, agent, verb);
  // An outlet the registry does not know yet: the run of capitalised words before the verb ("Reuters", "Le Monde").
  const name = /(?:\b[A-Z][\w.&’'-]*\s+)+$/.exec(before);
  if (!name) return null;
  const start = sentenceStart + name.index;
  return make(c, 'outlet', start, verb.end, { who: name[0].trim() });
}

function fromAgent(c: Context, agent: Agent, verb: Verb): Attribution | null {
  const start = Math.min(agent.start, verb.start);
  const end = Math.max(agent.end, verb.end);
  if (agent.kind === 'anonymous') return make(c, 'anonymous', start, end, { who: agent.description });
  if (agent.kind === 'mention') {
    const id = agent.mention.type === 'person' ? { person: agent.mention.id } : { organisation: agent.mention.id };
    return make(c, 'named', start, end, id);
  }
  if (agent.kind === 'descriptor') return fromDescriptor(c, agent, start, end);
  // "I told her" in a transcript's turn or an interview's answer is the one speaking, on the record; elsewhere the
  // writer recounting their own words is no source of the reporting.
  if (agent.word === 'i' || agent.word === 'we') {
    const speaker = c.antecedents.turnSpeaker(c.paragraph);
    // Only their own quoted words ("I told her, “…”"), not "I believe".
    const quoting = /^[^.;:!?“”"«»]{0,60}[“"«‘]/.test(c.text.slice(verb.end));
    return speaker && quoting ? make(c, 'named', start, end, { person: speaker }) : null;
  }
  if (agent.word === 'they') {
    // "they said" after an anonymous group ("two officials said … they said") is that group again: the last
    // anonymous source of this paragraph or the one before. After anything else it is left alone.
    const group = c.found.findLast((a) => a.kind === 'anonymous' && a.paragraph >= c.paragraph - 1);
    return group ? make(c, 'anonymous', start, end, { ...(group.who && { who: group.who }) }) : null;
  }
  if (agent.word === 'it') {
    const organisation = c.antecedents.lastOrganisationBefore(c.paragraph, agent.start);
    return organisation ? make(c, 'named', start, end, { organisation }) : null;
  }
  // "she told me" after "a poll worker told me": the unnamed person, when no one was named after them.
  const named = c.antecedents.lastPersonAt(c.paragraph, agent.start);
  const unnamed = c.found.findLast(
    (a) => a.kind === 'anonymous' && a.who !== undefined && isOnePerson(a.who, c.patterns.lexicon),
  );
  const later = (a: { paragraph: number; start: number }, b: { paragraph: number; start: number }) =>
    a.paragraph > b.paragraph || (a.paragraph === b.paragraph && a.start > b.start);
  if (unnamed && (!named || later(unnamed, named))) return make(c, 'anonymous', start, end, { who: unnamed.who! });
  return named ? make(c, 'named', start, end, { person: named.id }) : null;
}

/**
 * A described source: "the report found" is a document; "the superintendent said" the person introduced with that
 * title, when there is one; "a guild spokesman said", "one homeowner testified" an unnamed source. A definite
 * description that stands for no one named ("the company said") is left alone rather than guessed.
 */
function fromDescriptor(
  c: Context,
  agent: Extract<Agent, { kind: 'descriptor' }>,
  start: number,
  end: number,
): Attribution | null {
  // "a deal could be announced": a passive verb reports nothing of its subject's.
  if (
    /\b(?:be|been|being|is|was|were|are)\s+$/i.test(
      c.text.slice(agent.end, Math.max(agent.end, end - 1)).replace(/\S+$/, ''),
    )
  )
    return null;
  const head = agent.head.toLowerCase();
  const { documentNouns, anonymousNouns } = c.patterns.vocabulary;
  if (
    agent.noun === 'document' ||
    agent.description
      .toLowerCase()
      .split(/\s+/)
      .some((w) => documentNouns.includes(w))
  )
    // "The report found" rests on a document; "wrote an essay", a document after the verb, is what was written.
    return agent.start === start ? make(c, 'document', start, end, { who: agent.description }) : null;
  if (agent.definite) {
    // "the officials described": the unnamed group named before, again; a plural is never one person.
    const plural = c.patterns.lexicon.kindOf(head)?.plural ?? false;
    if (anonymousNouns.includes(head) && plural) return make(c, 'anonymous', start, end, { who: agent.description });
    // "This bipartisan group of former senators wrote": the people it is made of, unnamed.
    if (agent.noun === 'organisation' && isBodyOfPeople(agent.description, c.patterns.lexicon))
      return make(c, 'anonymous', start, end, { who: agent.description });
    if (agent.noun === 'organisation') {
      // "The company confirmed": the body the article named last.
      const organisation = c.antecedents.lastOrganisationBefore(c.paragraph, agent.start);
      return make(c, 'named', start, end, organisation ? { organisation } : { who: agent.description });
    }
    const person =
      c.antecedents.personDescribedAs(agent.head, c.paragraph, agent.start) ??
      c.holderOf(agent.description) ??
      c.antecedents.personByEpithet(agent.description, c.paragraph, agent.start);
    if (person) return make(c, 'named', start, end, { person });
    // "the volunteer said" after "a volunteer at the shelter told us": the same unnamed source again.
    const earlier = c.found.findLast(
      (a) => a.kind === 'anonymous' && a.who && headOfDescription(a.who, c.patterns.lexicon) === head,
    );
    if (earlier) return make(c, 'anonymous', start, end, { who: earlier.who! });
    // "The foreman, who no longer works for the company, testified": someone the article does not name.
    return agent.noun === 'person' ? make(c, 'anonymous', start, end, { who: agent.description }) : null;
  }
  return make(c, 'anonymous', start, end, { who: agent.description });
}

function make(
  c: Context,
  kind: AttributionKind,
  start: number,
  end: number,
  source: { person?: string; organisation?: string; who?: string },
): Attribution {
  return { kind, paragraph: c.paragraph, phrase: c.text.slice(start, end).replace(/\s+/g, ' '), start, ...source };
}
