/**
 * Finds a described subject, a noun phrase that names no one, right before a reporting verb: "Parents said", "Two
 * members of the town council, who asked not to be named, told me", "A spokesman for the Forestry Service
 * confirmed", "The 64-page report found", "one of the patrollers said". Its head noun says what it is: a person
 * or group (sourceNouns and anonymousNouns), a body (organisationNouns), or a text (documentNouns), all from the
 * vocabulary, singular or plural. A phrase is taken only when it stands at the start of its clause, so "advisers to
 * the mayor said" is the advisers, never the mayor.
 */
import { libraryPersonNouns } from './person-nouns.ts';
import type { AttributionVocabulary } from '../model/vocabulary.ts';

/** What a head noun stands for. */
export type NounKind = 'person' | 'organisation' | 'document';

/** A noun phrase in the text that describes a source. */
export interface DescribedSubject {
  start: number;
  end: number;
  /** The phrase as printed, spaces collapsed ("two members of the town council"). */
  description: string;
  /** The head noun, lower case ("members"), and where it stands. */
  head: string;
  headStart: number;
  kind: NounKind;
  /** "the report", "the company's spokesman": a definite phrase may stand for someone introduced before. */
  definite: boolean;
  plural: boolean;
}

/** The head nouns of a vocabulary, in every form, by what they stand for. */
export interface NounLexicon {
  kindOf(word: string): { kind: NounKind; plural: boolean } | null;
}

/** English plurals of the vocabulary's singular nouns; irregular ones the list may also give itself. */
export function pluralOf(noun: string): string {
  if (/(?:^|[^aeiou])man$/.test(noun)) return `${noun.slice(0, -3)}men`;
  if (noun === 'person') return 'people';
  if (noun === 'child') return 'children';
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Builds the lexicon of head nouns from the vocabulary, and nouns for people from compromise's lexicon. */
export function nounLexicon(vocabulary: AttributionVocabulary): NounLexicon {
  const forms = new Map<string, { kind: NounKind; plural: boolean }>();
  const add = (words: readonly string[], kind: NounKind) => {
    for (const word of words) {
      if (word.includes(' ')) continue;
      const plural = pluralOf(word);
      // A word the list gives in its plural form ("officials", "staff") is taken as it is.
      if (!forms.has(word)) forms.set(word, { kind, plural: /s$/.test(word) && !/ss$/.test(word) });
      if (!forms.has(plural)) forms.set(plural, { kind, plural: true });
    }
  };
  add(vocabulary.documentNouns, 'document');
  add(vocabulary.organisationNouns, 'organisation');
  add([...vocabulary.anonymousNouns, ...vocabulary.sourceNouns], 'person');
  // Collective nouns that take a plural verb ("staff say", "police said").
  for (const word of vocabulary.collectiveNouns) forms.set(word, { kind: 'person', plural: true });
  // Then the library's nouns for people, where the vocabulary says nothing of the word.
  add(libraryPersonNouns(), 'person');
  // "a seventh-grader", "the 14-year-old", "a first-timer": compounds that can only be people.
  const compound = /^[\p{L}\d]+(?:-[\p{L}\d]+)*-(?:grader|graders|year-old|year-olds|timer|timers)$/u;
  return {
    kindOf: (word) => {
      const form = word.toLowerCase().replace(/’/g, "'");
      return forms.get(form) ?? (compound.test(form) ? { kind: 'person', plural: /s$/.test(form) } : null);
    },
  };
}

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*|,/gu;

/** Words that open a noun phrase and make it definite. */
const DEFINITE = new Set(['the', 'this', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'its']);
/** Words that open a noun phrase that names no one in particular. */
const INDEFINITE = new Set([
  'a',
  'an',
  'one',
  'some',
  'several',
  'many',
  'most',
  'few',
  'both',
  'all',
  'other',
  'another',
  'each',
  'every',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'hundreds',
  'thousands',
]);
/** Words that cannot stand inside a noun phrase before its head: verbs, conjunctions, prepositions, pronouns. */
const NOT_A_MODIFIER =
  /^(?:is|was|were|are|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|said|says|say|told|tell|that|which|who|whom|whose|when|where|while|after|before|because|if|than|as|to|by|for|from|with|in|on|at|of|into|about|and|but|or|nor|so|yet|not|no|it|he|she|they|we|i|you|me|him|them|us|there|here|then|also|only|just|even|still|what|how|why)$/;
/** Words after a head that start what describes it: a preposition, a relative pronoun, a place word. */
const POSTMODIFIER_START =
  /^(?:of|at|for|from|in|on|to|with|within|inside|across|near|around|among|under|over|outside|behind|close|familiar|who|that|which|whose|there|here|i|we|you|they|he|she)$/;
/** Finite verbs a description of a source cannot hold outside a relative clause. */
const FINITE =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|want|wants|need|needs|think|thinks|plan|plans|hope|hopes|say|says|said|told|tell|tells)$/;
/** Past participles that start a description after the head ("records filed with the court"). */
const PARTICIPLE = /^(?:[a-z]+ed|sent|made|given|taken|seen|written|drawn|shown|known|held|kept|built|paid|brought)$/;
/** What may stand before a noun phrase in its sentence: nothing, punctuation, or a conjunction. */
const CLAUSE_START =
  /(?:^|[,;:—–(]|\b(?:and|but|yet|so|while|because|although|though|when|since|whereas|meanwhile|however|now|still|what)|^\s*as)\s*$/i;
/** Adverbs and auxiliaries between a subject and its verb ("have said privately", "there"). */
const TRAILING =
  /^(?:has|have|had|would|will|could|should|might|may|must|can|also|privately|publicly|repeatedly|first|then|later|again|still|often|long|once|now|already|[a-z]+ly)$/i;

/**
 * The described subject whose phrase ends just before `verbStart` (fillers such as "have" and "also" aside),
 * looking no further back than `from`, or null. With `anywhere`, the phrase need not open its clause: the
 * antecedent of a relative pronoun ("anyone who read the county's own report, which warned").
 */
export function describedSubjectBefore(
  text: string,
  from: number,
  verbStart: number,
  lexicon: NounLexicon,
  anywhere = false,
): DescribedSubject | null {
  // Nothing inside or before a quotation ("“…,” said one nurse") belongs to the phrase.
  const mark = [...text.slice(from, verbStart).matchAll(/[“”"«»]|[,.?!…]['’]/g)].at(-1);
  if (mark) from += mark.index + mark[0].length;
  const tokens = tokensOf(text, from, verbStart);
  while (tokens.length && TRAILING.test(tokens.at(-1)!.word)) tokens.pop();
  // "…, who asked not to be named, told me": a clause in commas after the phrase belongs to it.
  if (tokens.at(-1)?.word === ',') tokens.pop();
  for (let h = tokens.length - 1; h >= 0; h--) {
    const headToken = tokens[h]!;
    const partitive = headToken.lower === 'them' && isPartitive(tokens, h);
    const noun = partitive ? { kind: 'person' as const, plural: true } : lexicon.kindOf(headToken.word);
    if (!noun || !describes(tokens.slice(h + 1))) continue;
    const start = phraseStart(tokens, h);
    if (start === null) continue;
    if (!anywhere && !CLAUSE_START.test(text.slice(from, tokens[start]!.start))) continue;
    // "Mayor urges residents to cool off": a lone singular noun for a person, with nothing to open its phrase, is a
    // headline's title, not someone described.
    if (noun.kind === 'person' && !noun.plural && !partitive && start === h) continue;
    return subject(text, tokens, start, h, noun.kind, noun.plural || partitive);
  }
  return null;
}

/** The described subject starting at `start` ("said one senior nurse", "according to two senior academics"). */
export function describedSubjectAt(text: string, start: number, lexicon: NounLexicon): DescribedSubject | null {
  const stop = /[.;:!?"“”«»]|,\s+(?:who|which|whose)\b/.exec(text.slice(start));
  const tokens = tokensOf(text, start, stop ? start + stop.index : text.length);
  const comma = tokens.findIndex((t) => t.word === ',');
  if (comma >= 0) tokens.splice(comma);
  // The run of modifiers and nouns up to the first word that is neither ("county tax records", "two of them");
  // its last noun of the lexicon is the head.
  let run = 0;
  while (run < Math.min(tokens.length, 8)) {
    const t = tokens[run]!;
    const opensAnother = run > 0 && (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower));
    if (opensAnother || (NOT_A_MODIFIER.test(t.lower) && !(t.lower === 'of' && isPartitiveOf(tokens, run)))) {
      if (!(t.lower === 'them' && isPartitive(tokens, run))) break;
    }
    run++;
  }
  let h = -1;
  for (let i = run - 1; i >= 0 && h < 0; i--) {
    const t = tokens[i]!;
    if (lexicon.kindOf(t.word) || (t.lower === 'them' && isPartitive(tokens, i))) h = i;
  }
  if (h < 0 || phraseStart(tokens, h) !== 0) return null;
  const noun =
    tokens[h]!.lower === 'them' ? { kind: 'person' as const, plural: true } : lexicon.kindOf(tokens[h]!.word)!;
  // "of Strade Alpine", "at the agency": a prepositional phrase of up to six words belongs to the phrase.
  let to = h;
  if (/^(?:of|at|for|from|in|on|with)$/.test(tokens[h + 1]?.lower ?? '')) {
    to = h + 1;
    while (
      to + 1 < tokens.length &&
      to - h < 6 &&
      !/^(?:who|which|that|said|says|on|in|at)$/.test(tokens[to + 1]!.lower)
    )
      to++;
  }
  return { ...subject(text, tokens.slice(0, to + 1), 0, h, noun.kind, noun.plural) };
}

function tokensOf(text: string, from: number, to: number): Token[] {
  return [...text.slice(from, to).matchAll(WORD)].map((m) => ({
    word: m[0],
    lower: m[0].toLowerCase(),
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
}

/** "Two of them", "one of the patrollers": a number or quantity, "of", then the group. */
function isPartitive(tokens: readonly Token[], h: number): boolean {
  return tokens[h - 1]?.lower === 'of' && isPartitiveOf(tokens, h - 1);
}

function isPartitiveOf(tokens: readonly Token[], of: number): boolean {
  const before = tokens[of - 1]?.lower ?? '';
  return INDEFINITE.has(before) || /^\d+$/.test(before) || before === 'none';
}

/** True when the words after a head describe it ("participating in the study", "I worked beside"), or there are none. */
function describes(after: readonly Token[]): boolean {
  if (after.length === 0) return true;
  // "a Europe adviser to President Obama and [recently wrote]": a description does not end on a conjunction.
  if (after.length > 25 || /^(?:and|or|but)$/.test(after.at(-1)!.lower)) return false;
  const first = after[0]!;
  if (first.word === ',') return /^(?:who|which|whose)$/.test(after[1]?.lower ?? '') || after.at(-1)?.word === ',';
  if (POSTMODIFIER_START.test(first.lower) || /^[a-z]+ing$/.test(first.word) || PARTICIPLE.test(first.word)) {
    // "Shareholders of Northwind are voting today on …": a description holds no verb of its own, outside a
    // relative clause ("officials who were there").
    const relative = after.findIndex((t) => /^(?:who|that|which|whose|i|we|you|they|he|she)$/.test(t.lower));
    const own = relative < 0 ? after : after.slice(0, relative);
    return !own.some((t) => FINITE.test(t.lower));
  }
  // "The memo Loopstone sent to investors": a name and a past tense, a relative clause without "that".
  return /^\p{Lu}/u.test(first.word) && PARTICIPLE.test(after[1]?.lower ?? '');
}

/** The index of the first word of the phrase headed by `h`, or null when what stands before it is no modifier. */
function phraseStart(tokens: readonly Token[], h: number): number | null {
  let start = h;
  for (let i = h - 1; i >= 0 && h - i <= 6; i--) {
    const t = tokens[i]!;
    // "7:15 p.m. — Mayor urges": a clock time or an abbreviation ends what stands before the phrase.
    if (/[:.]|^[—–]$/.test(t.word)) break;
    if (t.lower === 'of' && isPartitiveOf(tokens, i)) {
      start = i;
      continue;
    }
    // "a labor and delivery nurse", "the health and safety officer": two modifiers joined by "and" after an article.
    const article = tokens[i - 2];
    if (
      t.lower === 'and' &&
      article &&
      (DEFINITE.has(article.lower) || INDEFINITE.has(article.lower)) &&
      /^\p{Ll}+$/u.test(tokens[i - 1]?.word ?? '') &&
      !NOT_A_MODIFIER.test(tokens[i - 1]!.lower)
    ) {
      start = i - 2;
      break;
    }
    if (t.word === ',' || NOT_A_MODIFIER.test(t.lower) || DEFINITE.has(t.lower) || INDEFINITE.has(t.lower)) {
      if (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || /^\d[\d,]*$/.test(t.word)) start = i;
      // "the seven chief judges": a number after its article.
      if (start === i && !DEFINITE.has(t.lower) && DEFINITE.has(tokens[i - 1]?.lower ?? '')) start = i - 1;
      // "several of your players", "three of the seven chief judges": the quantity opens the phrase.
      if (start <= i && tokens[start - 1]?.lower === 'of' && isPartitiveOf(tokens, start - 1)) start -= 2;
      break;
    }
    // "several of Halvorsen's largest customers".
    if (/[’']s$/.test(t.word) && tokens[i - 1]?.lower === 'of' && isPartitiveOf(tokens, i - 1)) {
      start = i - 2;
      break;
    }
    start = i;
  }
  // A phrase with a name in its head position ("the Forestry Service report") keeps it; one made of a single
  // capitalised word before the head at the start of a sentence ("Parents") is the head itself.
  return start;
}

function subject(
  text: string,
  tokens: readonly Token[],
  start: number,
  h: number,
  kind: NounKind,
  plural: boolean,
): DescribedSubject {
  const first = tokens[start]!;
  const last = tokens.at(-1)!.word === ',' ? tokens.at(-2)! : tokens.at(-1)!;
  const end = Math.max(tokens[h]!.end, last.end);
  const possessive = tokens.slice(start, h).some((t) => /[’']s$/.test(t.word));
  return {
    start: first.start,
    end,
    description: text.slice(first.start, end).replace(/\s+/g, ' '),
    head: tokens[h]!.lower,
    headStart: tokens[h]!.start,
    kind,
    definite: DEFINITE.has(first.lower) || possessive,
    plural,
  };
}

/** The head noun of an unnamed source's description ("a volunteer at the shelter" → "volunteer"), or null. */
export function headOfDescription(description: string, lexicon: NounLexicon): string | null {
  const words = description.toLowerCase().split(/[\s,]+/);
  const stop = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|from|in|on|to|with|who|which|that)$/.test(w));
  const lead = stop > 0 ? words.slice(0, stop) : words;
  return lead.findLast((w) => lexicon.kindOf(w)) ?? null;
}

/** True when an unnamed source's description is one person ("a poll worker", "one administrator"). */
export function isOnePerson(description: string, lexicon: NounLexicon): boolean {
  const head = headOfDescription(description, lexicon);
  const noun = head === null ? null : lexicon.kindOf(head);
  return (
    noun?.kind === 'person' && !noun.plural && /^(?:a|an|one|another|the|my|our|his|her|their)\s/i.test(description)
  );
}

/** True when an unnamed source's description is a group of people ("two diplomats", "officials at the agency"). */
export function isGroup(description: string, lexicon: NounLexicon): boolean {
  const head = headOfDescription(description, lexicon);
  const noun = head === null ? null : lexicon.kindOf(head);
  return noun !== null && noun.kind !== 'document' && noun.plural;
}

/** True when a body's description says what people it is made of: "this bipartisan group of former senators". */
export function isBodyOfPeople(description: string, lexicon: NounLexicon): boolean {
  // Its last word a plural, of people or of words no list knows ("senators"), never of bodies or texts.
  const members = /\bof\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}[\p{L}-]*s)$/u.exec(description)?.[1];
  if (members === undefined) return false;
  const noun = lexicon.kindOf(members);
  return noun === null || (noun.kind === 'person' && noun.plural);
}

/**
 * The unnamed people a paragraph introduces ("I watched a poll worker cry", "a farmer I have treated drove"), whom a
 * later "she" or "he" may stand for. Not a description of someone else: after "as" or a form of "be" ("She is 71,
 * a retired hygienist").
 */
export function unnamedPeopleIn(
  text: string,
  lexicon: NounLexicon,
): Array<{ start: number; description: string; head: string }> {
  const found: Array<{ start: number; description: string; head: string }> = [];
  for (const m of text.matchAll(/(?<![\p{L}’'-])(?:a|an|one|another|my|our|their|his|her|your)\s+/giu)) {
    const lead = text.slice(Math.max(0, m.index - 30), m.index);
    if (/\b(?:as|is|was|be|been|became|becomes|are|were|like)\b[^.;:!?]{0,20}$/i.test(lead)) continue;
    // The head is the first noun for a person within four words, unless the next word is a noun too; the words stop
    // at punctuation and quotation marks ("a clause. “My lawyer" is no phrase).
    const span = /^[^.,;:!?“”"«»()]*/u.exec(text.slice(m.index + m[0].length))![0];
    const words = [...span.matchAll(/[\p{L}’'-]+/gu)].slice(0, 4);
    for (const [i, w] of words.entries()) {
      if (/[’']s$/.test(w[0])) continue;
      const noun = lexicon.kindOf(w[0]);
      if (noun?.kind === 'person' && !noun.plural && !lexicon.kindOf(words[i + 1]?.[0] ?? '')) {
        const end = m.index + m[0].length + w.index + w[0].length;
        found.push({ start: m.index, description: text.slice(m.index, end), head: w[0].toLowerCase() });
        break;
      }
      if (/^(?:and|or|but|who|that|which|of|in|at|on|to|for|with)$/i.test(w[0])) break;
    }
  }
  return found;
}

/** The sex a head noun says, for "he" and "she": "spokeswoman", "mother" are female, "foreman", "son" male. */
export function sexOf(head: string): 'female' | 'male' | null {
  if (/(?:woman|women|wife|mother|daughter|sister|girl|grandmother|aunt|niece|queen|actress|waitress)$/i.test(head))
    return 'female';
  // Not "spokesperson", "chairperson": "-person" says no sex.
  if (/(?:man|men|husband|father|(?<!per)son|brother|boy|grandfather|uncle|nephew|king)$/i.test(head)) return 'male';
  return null;
}
