/**
 * Who a quotation's speaker is, once the quotation step has found the words that attribute it (an agent: a name, a
 * pronoun, a description): a registry entity where the text ties the agent to one, else the article's own
 * description of an unnamed speaker, else nobody. Never a guess: a pronoun goes back to a person the text names or
 * introduces, a description to the one person or body it stands for.
 */
import type { Agent, AgentPatterns } from './agents.ts';
import type { Antecedents } from './antecedents.ts';
import type { Attribution } from './attributions.ts';
import { HELD_BY, SENT, type DocumentIntroduction } from './document-authors.ts';
import { headOfDescription, isBodyOfPeople, isGroup, isOnePerson, sexOf, type NounLexicon } from './noun-phrases.ts';
import { insideSpans, type QuoteSpan } from './quote-spans.ts';
import { sentenceEnds } from './sentences.ts';
import type { EntityRef, Mention } from '../model/entity.ts';
import type { VenuePatterns } from './venues.ts';
import type { Sex } from './person-sex.ts';

/** Who said it: a registry entity, or how the article describes an unnamed speaker. */
export type Speaker = EntityRef | { description: string };

/** What the speaker of a quotation in one paragraph is resolved against. */
export interface SpeakerContext {
  text: string;
  paragraph: number;
  spans: QuoteSpan[];
  mentions: Mention[];
  patterns: AgentPatterns;
  venues: VenuePatterns;
  antecedents: Antecedents;
  /** The article's unnamed sources, in reading order: what "the aide", "she" or "they" may stand for. */
  unnamed: readonly Attribution[];
  /** The unnamed people the article introduces, in reading order: what a later "she" may stand for. */
  introduced: ReadonlyArray<{ paragraph: number; start: number; who: string }>;
  /** The texts the article introduces, in reading order, with their authors where it gives them. */
  documents: readonly DocumentIntroduction[];
  /** Who holds the role a description names, among the people the article names. */
  holderOf: (description: string) => string | null;
  /** The sex the article gives the people it names ("Mr Linwood", "Linwood … his campaign"). */
  sexes: ReadonlyMap<string, Sex>;
}

/** The speaker an agent stands for in the paragraph of `c`. */
export function speakerOf(c: SpeakerContext, agent: Agent): Speaker | null {
  if (agent.kind === 'mention') return { id: agent.mention.id, type: agent.mention.type };
  if (agent.kind === 'descriptor' || agent.kind === 'anonymous') {
    // "Taliban spokesman for Doha's office Sohail Shahin", "a report of the museum's provenance researcher Ines
    // Bergkamp": a person's name closing the description, after a noun and not a preposition, is who it describes.
    const named = c.mentions.find(
      (m) =>
        m.type === 'person' &&
        m.start > agent.start &&
        m.end <= agent.end &&
        /^\s*(?:,|$)/.test(c.text.slice(m.end, agent.end)) &&
        /\p{Ll}{3,}(?<!ing|ed)\s+$/u.test(c.text.slice(agent.start, m.start)) &&
        !/\b(?:of|for|to|with|by|from|about|against|at|on|in|and|or|than|as)\s+$/i.test(
          c.text.slice(agent.start, m.start),
        ),
    );
    if (named) return { id: named.id, type: 'person' };
  }
  if (agent.kind === 'anonymous') return { description: agent.description };
  if (agent.kind === 'descriptor') {
    // "the superintendent said" stands for the person the article introduced as one ("Superintendent Gregory
    // Ashdown"); with no such person it stays a description, never a guess.
    const id = agent.definite
      ? (c.antecedents.personDescribedAs(agent.head, c.paragraph, agent.start) ??
        c.holderOf(agent.description) ??
        c.antecedents.personByEpithet(agent.description, c.paragraph, agent.start))
      : null;
    if (id) return { id, type: 'person' };
    // "the memo says" after "a memo she sent to senior managers": a text speaks for its author; with none given,
    // it is the text as first described ("The report found" after "a state inspection report released in March").
    let description = agent.description;
    // "The letter the council sent us says": the text that opens the phrase, and its sender.
    const own = c.documents.find((d) => d.paragraph === c.paragraph && d.start === agent.start && d.end <= agent.end);
    if (agent.definite && own?.author) return own.author;
    if (agent.noun === 'document' && agent.definite) {
      const head = agent.head.toLowerCase();
      const earlier = c.documents
        .filter(
          (d) =>
            d.head === head && (d.paragraph < c.paragraph || (d.paragraph === c.paragraph && d.end <= agent.start)),
        )
        .at(-1);
      if (earlier?.author) return earlier.author;
      if (earlier && /^(?:a|an)\s/i.test(earlier.description)) description = earlier.description;
    }
    // "The memo Loopstone sent to investors calls it …": a text speaks for the one it names as its sender.
    if (agent.noun === 'document') {
      // …but not one the text is only about or filed with ("the contract with Brightline", "The complaint, filed in
      // Harrow County Superior Court,").
      const sender = c.mentions.find(
        (m) =>
          m.start > agent.start &&
          m.end <= agent.end &&
          (new RegExp(`\\b(?:from|(?<!\\b${HELD_BY}\\s)by)\\s+(?:the\\s+)?$`, 'i').test(
            c.text.slice(agent.start, m.start),
          ) ||
            SENT.test(c.text.slice(m.end, agent.end + 40).trimStart())),
      );
      if (sender) return { id: sender.id, type: sender.type };
    }
    // "writes the newspaper": the outlet the article named last.
    const outlet = agent.definite && c.patterns.vocabulary.outletNouns.includes(agent.head.toLowerCase());
    // …but "this bipartisan group of former senators" is the people it is made of, no body named before.
    const ofPeople = isBodyOfPeople(agent.description, c.patterns.lexicon);
    if (agent.definite && (agent.noun === 'organisation' || outlet) && !ofPeople) {
      // "the authority said": the body named last whose name holds the noun, else the body the article named last.
      const organisation =
        c.antecedents.lastOrganisationNamed(agent.head, c.paragraph, agent.start) ??
        c.antecedents.lastOrganisationBefore(c.paragraph, agent.start);
      if (organisation) return { id: organisation, type: 'organisation' };
    }
    // "the aide said" after "a senior Senate aide": the same unnamed source, as first described.
    const head = agent.head.toLowerCase();
    // …or introduced without speaking ("a control-room engineer who was on duty gave a different account").
    const same = (who: string) => headOfDescription(who, c.patterns.lexicon) === head;
    const earlier = agent.definite
      ? [
          ...unnamedBefore(c, agent.start),
          ...c.introduced.filter(
            (p) => p.paragraph < c.paragraph || (p.paragraph === c.paragraph && p.start < agent.start),
          ),
        ]
          .filter((a) => same(a.who!))
          .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
          .at(-1)
      : undefined;
    // "Varga pressed Whitcombe on why … The witness conceded": a person's part in the proceedings stands for the
    // person named last, in this paragraph or the one before, when no unnamed one was introduced so.
    if (!earlier && agent.definite && PROCEEDINGS.test(head)) {
      const last = c.antecedents.lastPersonAt(c.paragraph, agent.start);
      if (last && last.paragraph >= c.paragraph - 1) return { id: last.id, type: 'person' };
    }
    return { description: earlier?.who ?? description };
  }
  if (agent.word === 'it') {
    // "It says" stands for the body named last, or for a text the article introduced after it ("From a letter taped
    // to the time clock. … It says, “…”"), within this paragraph or the one before.
    const organisation = c.antecedents.lastOrganisationAt(c.paragraph, agent.start);
    const text = c.documents
      .filter((d) => d.paragraph === c.paragraph - 1 || (d.paragraph === c.paragraph && d.end <= agent.start))
      .at(-1);
    if (text && comesAfter(text, organisation)) return text.author ?? { description: text.description };
    return organisation ? { id: organisation.id, type: 'organisation' } : null;
  }
  // "they said" stands for a group, never for the last person named: the unnamed group named last, if any.
  if (agent.word === 'they') {
    const recent = unnamedBefore(c, agent.start).filter((a) => a.paragraph >= c.paragraph - 1);
    const group = recent.findLast((a) => isGroup(a.who!, c.patterns.lexicon));
    if (group) return { description: group.who! };
    // …or one person the article gives no sex, where no group is in play: "A Northumbria Police spokesperson said
    // officers were called. “…,” they said." Not past a person named after them.
    const one = recent.at(-1);
    const named = c.antecedents.lastPersonMatching(() => true, c.paragraph, agent.start);
    return one &&
      isOnePerson(one.who!, c.patterns.lexicon) &&
      sexOf(headOfDescription(one.who!, c.patterns.lexicon) ?? '') === null &&
      comesAfter(one, named)
      ? { description: one.who! }
      : null;
  }
  // "I told her, “…”" in a transcript's turn is the turn's speaker; elsewhere the writer.
  if (agent.word === 'i' || agent.word === 'we') {
    // …and the writer's own "I" where the article names its writer (a byline, an op-ed's line about its author).
    const speaker = c.antecedents.turnSpeaker(c.paragraph) ?? (agent.word === 'i' ? c.antecedents.writer() : null);
    return speaker ? { id: speaker, type: 'person' } : null;
  }
  // "His attorney, Carla Dunleavy, argued that Pryce had repaid … “…,” she said": the pronoun goes back to the
  // person who last reported something in the paragraph, not to the last name in what was reported.
  // Never across sex: "she said" passes over a man the article calls "Mr Linwood" or "he".
  const fits = (id: string) => {
    const sex = c.sexes.get(id);
    return sex === undefined || sex === (agent.word === 'she' ? 'female' : 'male');
  };
  const reporter = [lastReporter(c, agent.start)].find((r) => r && fits(r.id)) ?? null;
  const last = c.antecedents.lastPersonMatching((m) => fits(m.id), c.paragraph, agent.start);
  // The reporter wins over a name in what they reported, not over someone introduced in a later sentence ("His
  // counterpart, Graciela Iturbe, was more cautious. “…,” she said").
  const later =
    reporter && last && last.paragraph === c.paragraph && last.start > reporter.end
      ? sentenceEnds(c.text.slice(reporter.end, last.start + 1)).length > 0
      : false;
  const named = reporter && !later ? { id: reporter.id, paragraph: c.paragraph, start: reporter.start } : last;
  // "a poll worker told me … “…,” she said": the unnamed person, when no one was named after them.
  const before = (a: { paragraph: number; start: number }) =>
    a.paragraph < c.paragraph || (a.paragraph === c.paragraph && a.start < agent.start);
  // …but not one the reporter only spoke of ("Mr Eckersley said one nurse had told him she cried … 'That is not
  // resilience,' he added").
  const reported = (a: { paragraph: number; start: number }) =>
    !!reporter &&
    !later &&
    a.paragraph === c.paragraph &&
    a.start > reporter.end &&
    sentenceEnds(c.text.slice(reporter.end, a.start + 1)).length === 0;
  const people = [
    ...unnamedBefore(c, agent.start)
      .filter((a) => isOnePerson(a.who!, c.patterns.lexicon))
      .map((a) => ({ paragraph: a.paragraph, start: a.start, who: a.who! })),
    // An unnamed source is also introduced where it speaks: its fuller description is kept.
    ...c.introduced.filter(
      (p) => before(p) && !c.unnamed.some((a) => a.paragraph === p.paragraph && a.start === p.start),
    ),
  ]
    .filter((p) => !reported(p))
    // "The witness conceded …" after a named witness is that person, not someone unnamed.
    .filter((p) => !(/^the\s/i.test(p.who) && PROCEEDINGS.test(headOfDescription(p.who, c.patterns.lexicon) ?? '')))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return pronounAntecedent(agent.word, named, people, c.patterns.lexicon);
}

/** Parts people play in a court or an inquiry, by which a story refers to someone it has named. */
const PROCEEDINGS = /^(?:witness|defendant|plaintiff|claimant|complainant|appellant|petitioner|testifier)$/;

type Placed = { paragraph: number; start: number };

/**
 * Whom "he" or "she" stands for, of the person named last and the unnamed people introduced before it (in reading
 * order): the later of the two, never across sex ("she" is not "a man", "he" not "a spokeswoman").
 */
export function pronounAntecedent(
  pronoun: string,
  named: (Placed & { id: string }) | null,
  unnamed: ReadonlyArray<Placed & { who: string }>,
  lexicon: NounLexicon,
): Speaker | null {
  const person = unnamed
    .filter((p) => sexOf(headOfDescription(p.who, lexicon) ?? '') !== (pronoun === 'she' ? 'male' : 'female'))
    .at(-1);
  if (person && comesAfter(person, named)) return { description: person.who };
  return named ? { id: named.id, type: 'person' } : null;
}

/** True when `a` comes after `b` in reading order, or there is no `b`. */
function comesAfter(a: Placed, b: Placed | null): boolean {
  return !b || a.paragraph > b.paragraph || (a.paragraph === b.paragraph && a.start > b.start);
}

/** The unnamed sources before `offset` in the current paragraph, and those of earlier paragraphs. */
function unnamedBefore(c: SpeakerContext, offset: number): Attribution[] {
  return c.unnamed.filter((a) => a.paragraph < c.paragraph || (a.paragraph === c.paragraph && a.start < offset));
}

/** The last person of this paragraph, before `offset`, whose name (or its appositive) a reporting verb follows. */
function lastReporter(c: SpeakerContext, offset: number): Mention | null {
  let found: Mention | null = null;
  for (const m of c.mentions) {
    if (m.type !== 'person' || m.end > offset) continue;
    const after = c.text.slice(m.end, Math.min(offset, m.end + 80));
    // The name, an optional appositive in commas, then the verb.
    // "Varga has argued", "Mr Eckersley later said".
    const gap = /^(?:,[^,.;:“”"]{0,60},|,)?\s+(?:(?:also|later|then|has|have|long)\s+){0,2}/.exec(after)?.[0] ?? '';
    const verb = new RegExp(`^(?:${c.patterns.verb.source})`, 'i').exec(after.slice(gap.length));
    if (verb && !insideSpans(c.spans, m.end + gap.length)) found = m;
  }
  return found;
}
