/**
 * Finds the names of people and organisations in a text the registry does not know yet, for the ingest command to
 * draft as registry files. Capitalised runs are read from the text (titles stripped, runs split at "and" and at
 * "of" after a person's name, newsletter headings and sentence-initial words set aside), then typed: an
 * organisation by the words that end organisations' names, a person by a first name that compromise's lexicon knows,
 * a title, or a surname used alone later. What it cannot type is returned as unsure, never drafted.
 *
 * compromise was measured against wink-nlp with its English lite model on the evaluation set (eval/corpus/):
 * compromise's own people() and organizations() found 52% of the gold people and organisations with 24% spurious;
 * the lite model has no person or organisation entities at all (0 found). So compromise is used for what it does
 * well, its lexicon of first names and parts of speech, and the runs are read here.
 */
import nlp from 'compromise';
import {
  joiningWords,
  notNames,
  organisationHeads,
  organisationWords,
  personRoles,
  placeWords,
  thingWords,
  titleWords,
} from './name-words.ts';
import { escape, onlyAsTitle, usageOf } from './name-usage.ts';
import { libraryPersonNouns } from '../../analysis/person-nouns.ts';

let roles: ReadonlySet<string> | null = null;
/** Nouns for people from compromise's lexicon, which stand before a name as titles do ("Prosecutor", "Pensioner"). */
const libraryRoles = () => (roles ??= new Set(libraryPersonNouns()));

/** A name found in the text. */
export interface FoundName {
  /** The name as the text writes it in full, capitals of a newsletter made ordinary where the text allows. */
  name: string;
  type: 'person' | 'organisation';
  /** Shorter forms the text also uses for it (a surname alone). */
  aliases: string[];
  /** How many times the full name occurs. */
  mentions: number;
  /** Why it was given its type, for the editor. */
  why: string;
}

/** What the finder found, and what it could not decide. */
export interface FoundNames {
  names: FoundName[];
  /** Capitalised runs that may be names but could not be typed, for the editor to look at. */
  unsure: string[];
}

interface Run {
  words: string[];
  /** The run began a sentence, so its first capital proves nothing. */
  sentenceStart: boolean;
  /** A title stood before it ("Sen.", "Fire Chief"). */
  titled: boolean;
}

interface Seen {
  forms: string[];
  count: number;
  titled: boolean;
  midSentence: boolean;
}

const tagsCache = new Map<string, string[]>();

function tagsOf(word: string): string[] {
  let tags = tagsCache.get(word);
  if (!tags) {
    // A hyphenated word is read as its parts; the tags of the last part speak for it ("Okonkwo-Hart").
    tags = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms.at(-1)?.tags ?? [];
    tagsCache.set(word, tags);
  }
  return tags;
}

const isFirstName = (word: string | undefined) =>
  word !== undefined &&
  tagsOf(word.charAt(0) + word.slice(1).toLowerCase()).some((t) => t === 'FirstName' || t === 'Person');

// A word compromise's lexicon does not know, only guessed a noun: a personal name more often than not.
const unknownWord = (word: string) =>
  tagsOf(word.charAt(0) + word.slice(1).toLowerCase()).every((t) =>
    [
      'Noun',
      'Singular',
      'ProperNoun',
      'Person',
      'FirstName',
      'LastName',
      'MaleName',
      'FemaleName',
      'Hyphenated',
    ].includes(t),
  );

// A capitalised word at a sentence start that is an ordinary word ("Good", "What", "Shareholders") is not a name.
function ordinaryWord(word: string): boolean {
  const tags = tagsOf(word.toLowerCase());
  if (isFirstName(word)) return false;
  return tags.some((t) =>
    [
      'Adjective',
      'QuestionWord',
      'Conjunction',
      'Preposition',
      'Adverb',
      'Expression',
      'Determiner',
      'Pronoun',
      'Verb',
      'Plural',
    ].includes(t),
  );
}

const bare = (word: string) =>
  word
    .replace(/\.$/, '')
    .replace(/[’']s?$/u, '')
    .toLowerCase();
/** The word's organisation form, singular where the list has the singular ("Laboratories" → "laboratory"). */
const isOrganisationWord = (word: string) => {
  const w = bare(word);
  return (
    organisationWords.has(w) ||
    organisationWords.has(w.replace(/ies$/, 'y')) ||
    // German compounds ending in a masthead's word ("Handelskurier", "Abendzeitung").
    /\p{L}{3,}(?:kurier|zeitung|blatt|anzeiger)$/u.test(w)
  );
};
const allCaps = (word: string) => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
const endsAsOrganisation = (words: readonly string[]) =>
  words.slice(1).some((w) => w.split(/[-‐]/).some((part) => isOrganisationWord(part))) ||
  (words.length === 1 && words[0]!.split(/[-‐]/).some((part) => isOrganisationWord(part))) ||
  (words.length > 2 && organisationHeads.has(bare(words[0]!)) && joiningWords.has(words[1]!));

/** The run without the titles before a person's name ("County Commissioner Raymond Ellery" → "Raymond Ellery"). */
function withoutTitles(words: readonly string[]): { words: string[]; titled: boolean } {
  const out = [...words];
  let titled = false;
  const isTitle = (w: string) => titleWords.has(bare(w)) || personRoles.has(bare(w)) || libraryRoles().has(bare(w));
  // "Deputy District Attorney Renée Castellano" loses its titles: what follows them is a person's name. "Fire
  // Department" and "Senate Committee on Emerging Technology" keep theirs: what follows is a body's.
  let rest = 0;
  while (rest < out.length - 1 && isTitle(out[rest]!)) rest++;
  // "Commission Chair Benedikt Oyarzun": a person's role after a body's word, with a plain name of two or three words
  // after it ("County" in "Tessaly County Emergency Management" is a title of other names, not a role).
  const isRole = (w: string) => personRoles.has(bare(w)) || libraryRoles().has(bare(w));
  const lastTitle = out.slice(0, 3).findLastIndex(isRole);
  const plainName = (ws: readonly string[]) =>
    ws.length >= 2 &&
    ws.length <= 3 &&
    !ws.some((w) => organisationWords.has(bare(w)) || joiningWords.has(w) || isTitle(w)) &&
    (isFirstName(ws[0]) || ws.every(unknownWord));
  if (rest === 0 && lastTitle > 0 && plainName(out.slice(lastTitle + 1)))
    return { words: out.slice(lastTitle + 1), titled: true };
  // "District Court Judge Timothy Burgess", "UC Davis Police Lt John Pike", "Secretary of State Condoleezza Rice": a
  // role or a title anywhere in the run, with a plain name after it, ends what the run says of the body.
  const roleAt = out.findLastIndex((w, i) => i > 0 && (isRole(w) || titleWords.has(bare(w))));
  if (roleAt > 0 && isFirstName(out[roleAt + 1]) && plainName(out.slice(roleAt + 1)))
    return { words: out.slice(roleAt + 1), titled: true };
  const remainder = out.slice(rest);
  // "City Hall", "County Hall": a place word before one word is no title, and what it makes is a place.
  if (remainder.length === 1 && rest > 0 && out.slice(0, rest).every((w) => placeWords.has(bare(w))))
    return { words: out, titled: false };
  const personAfter =
    isFirstName(remainder[0]) ||
    (remainder.length <= 3 && !remainder.some((w) => organisationWords.has(bare(w)) || joiningWords.has(w)));
  while (out.length > 1 && isTitle(out[0]!)) {
    const head = out.indexOf('of') > 0 ? out.slice(0, out.indexOf('of')) : out;
    if (endsAsOrganisation(head) && !personAfter && !isFirstName(out[1])) break;
    out.shift();
    titled = true;
  }
  return { words: out, titled };
}

/** Reads the capitalised runs of one paragraph. */
function runsOf(paragraph: string): Run[] {
  const runs: Run[] = [];
  let run: Run = { words: [], sentenceStart: true, titled: false };
  let sentenceStart = true;
  const flush = () => {
    if (run.words.length > 0) runs.push(run);
    run = { words: [], sentenceStart, titled: false };
  };
  const chunks = paragraph.split(/\s+/).filter(Boolean);
  chunks.forEach((chunk, i) => {
    const lead = /^[“"‘'(\[*—–_-]+/u.exec(chunk)?.[0] ?? '';
    let word = chunk.slice(lead.length);
    let trail = /[”"’',.;:!?)\]*_]*$/u.exec(word)?.[0] ?? '';
    word = word.slice(0, word.length - trail.length);
    // A plural possessive inside a name ("Lecturers’ Association") keeps its apostrophe.
    if (/^[’']$/u.test(trail) && /s$/.test(word) && /^\p{Lu}/u.test(chunks[i + 1] ?? '')) {
      word += trail;
      trail = '';
    }
    const abbreviation =
      /^(?:\p{Lu}|mr|mrs|ms|dr|gen|sen|rep|gov|lt|col|sgt|capt|st|jr|sr|prof|rev|inc|co|corp|ltd)$/iu.test(word);
    if (lead !== '') flush();
    // "Harbor Workers Union Local 19": a union local's number belongs to its name.
    const number =
      /^\d{1,4}$/.test(word) && /^(?:local|district|chapter|lodge|precinct|ward)$/i.test(run.words.at(-1) ?? '');
    const capital = (/^\p{Lu}/u.test(word) && !notNames.has(word.toLowerCase())) || number;
    const joining = run.words.length > 0 && joiningWords.has(word);
    if (capital || joining) {
      if (run.words.length === 0) run.sentenceStart = sentenceStart;
      run.words.push(word);
    } else flush();
    // A heading in capitals ("DRIVING THE DAY:") is no name.
    if (trail.endsWith(':') && run.words.length > 0 && run.words.every(allCaps)) run.words = [];
    const dotOnly = abbreviation && trail === '.';
    // "St. Brennan's": an abbreviation keeps its full stop in the name.
    // "Vantris Systems Inc.", "Greywater Stevedoring Co.": so does a company's, which may end a sentence too.
    if (/^\.[”"’'),;:]*$/u.test(trail) && run.words.at(-1) === word && /^(?:inc|co|corp|ltd)$/i.test(word))
      run.words[run.words.length - 1] = `${word}.`;
    if (dotOnly && run.words.at(-1) === word && /^(?:st|mr|mrs|ms|dr|jr|sr)$/i.test(word))
      run.words[run.words.length - 1] = `${word}.`;
    if (/[,.;:!?”"’')\]]/u.test(trail) && !dotOnly) flush();
    sentenceStart = (/[.?!:]/.test(trail) && !dotOnly) || chunk === '—';
  });
  flush();
  return runs;
}

/** "Parents for Classroom Clarity", "Citizens for a Safer Harbor": people in the plural "for" a cause name a group. */
function isGroupFor(words: readonly string[]): boolean {
  const forAt = words.indexOf('for');
  const before = words[forAt - 1];
  return (
    forAt === 1 &&
    before !== undefined &&
    !placeWords.has(bare(before)) &&
    tagsOf(before.toLowerCase()).includes('Plural') &&
    words.length > 2
  );
}

/** Cuts a run into the names it holds: titles off, split at "and" and at "of" after a person, joining words trimmed. */
function namesOf(run: Run, surnames: ReadonlySet<string> = new Set()): Run[] {
  let words = [...run.words];
  // "Good Tuesday morning" loses "Good"; "Digital Workers United" keeps "Digital", for it names an organisation.
  const keepsFirst = endsAsOrganisation(words) && !joiningWords.has(words[1] ?? '');
  const functionWord = tagsOf((words[0] ?? '').toLowerCase()).some((t) =>
    ['Preposition', 'Determiner', 'Conjunction', 'QuestionWord', 'Pronoun'].includes(t),
  );
  if (run.sentenceStart && (!keepsFirst || functionWord))
    while (
      words.length > 0 &&
      ordinaryWord(words[0]!) &&
      !(words.length === 1 && surnames.has(words[0]!.toLowerCase()))
    )
      words.shift();
  const trim = (ws: string[]) => {
    const out = [...ws];
    while (out.length > 0 && joiningWords.has(out[0]!.toLowerCase())) out.shift();
    while (out.length > 0 && joiningWords.has(out.at(-1)!.toLowerCase())) out.pop();
    return out;
  };
  words = trim(words);
  if (words.length === 0) return [];
  // Two names joined by "and" ("Jonah Priestley and Ada Morcombe"), unless the whole is one organisation's name
  // ("Department of Health and Human Services").
  // "Barrow & Finch", "Brenner & Söhne": an ampersand joins the names of one firm, never two names.
  const and = words.includes('&') ? -1 : words.findIndex((w) => w === 'and');
  if (and > 0) {
    const first = withoutTitles(words.slice(0, and)).words;
    const second = withoutTitles(words.slice(and + 1)).words;
    const people = isFirstName(first[0]) || isFirstName(second[0]);
    const twoOrganisations = organisationWords.has(bare(first.at(-1)!)) && second.length > 1;
    if (people || twoOrganisations || !endsAsOrganisation(words))
      return [
        ...namesOf({ ...run, words: words.slice(0, and) }, surnames),
        ...namesOf({ words: words.slice(and + 1), sentenceStart: false, titled: false }, surnames),
      ];
  }
  // "Harrow Falls for Lakehead Public Radio" is two names; "Center for Rural Health" is one.
  const forAt = words.indexOf('for');
  if (forAt > 0 && !organisationWords.has(bare(words[forAt - 1]!)) && !isGroupFor(words))
    return [
      ...namesOf({ ...run, words: words.slice(0, forAt) }, surnames),
      ...namesOf({ words: words.slice(forAt + 1), sentenceStart: false, titled: false }, surnames),
    ];
  // A possessive ends a name when a name follows it ("Tolago’s Ministry of Foreign Affairs"), but not a saint's
  // ("St. Brennan's Medical Center") or a plural's ("Coastal Women's Soccer League").
  // "Sarah Palin's Alaska": after a person's name, one word is enough.
  const owner = words.findIndex(
    (w, k) =>
      (k < words.length - 2 || (k === words.length - 2 && k > 0 && isFirstName(words[0]))) &&
      /[’']s$/u.test(w) &&
      !tagsOf(bare(w)).includes('Plural') &&
      !/^(?:st|saint)$/i.test(bare(words[k - 1] ?? '')),
  );
  if (owner >= 0)
    return [
      ...namesOf({ ...run, words: words.slice(0, owner + 1) }, surnames),
      ...namesOf({ words: words.slice(owner + 1), sentenceStart: false, titled: false }, surnames),
    ];
  const untitled = withoutTitles(words);
  words = untitled.words;
  const titled = run.titled || untitled.titled;
  // A person "of" an organisation or a place ("Bernadette Quaye of the Ridgeline Fire Protection District").
  const of = words.indexOf('of');
  // The first name may be one the lexicon lacks ("Anselm Dutta-Wilkes of the Corran City Fire Department"): two or
  // three words with no word of a body's name before "of" are a person's.
  const personBefore =
    (of === 2 || of === 3) &&
    !words.slice(0, of).some((w) => organisationWords.has(bare(w)) || organisationHeads.has(bare(w)));
  if (of > 0 && (isFirstName(words[0]) || personBefore) && !endsAsOrganisation(words.slice(0, of))) {
    return [
      { words: words.slice(0, of), sentenceStart: false, titled },
      ...namesOf({ words: trim(words.slice(of + 1)), sentenceStart: false, titled: false }, surnames),
    ];
  }
  const last = words.length - 1;
  words[last] = words[last]!.replace(/[’']s$/u, '').replace(/(s)[’']$/u, '$1');
  return [{ words, sentenceStart: run.sentenceStart && words[0] === run.words[0], titled }];
}

/** True when every use of `word` follows "on" or "via": a platform something was posted on, not a source. */
function onlyAsVenue(text: string, word: string): boolean {
  const uses = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, 'gu'))];
  return uses.length > 0 && uses.every((m) => /\b(?:on|via)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)));
}

/** True for a firm's name with an ampersand ("Pell & Arkwright"): an organisation whatever its words. */
function isFirm(words: readonly string[]): boolean {
  return words.includes('&') && words.indexOf('&') > 0 && words.indexOf('&') < words.length - 1;
}

// Newsletter capitals become ordinary capitals ("MARISOL QUINTANA" → "Marisol Quintana") where the text never
// writes the name otherwise.
function ordinaryCase(word: string): string {
  if (!allCaps(word) || word.length < 2) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-’'])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/** Finds the people and organisations a text names. */
export function findNames(text: string): FoundNames {
  const seen = new Map<string, Seen>();
  const runs = text.split(/\n/).flatMap(runsOf);
  // The last words of longer runs, so that "Banks warned" at a sentence start keeps its surname.
  const surnames = new Set(runs.flatMap((r) => (r.words.length > 1 ? [bare(r.words.at(-1)!)] : [])));
  {
    for (const run of runs) {
      for (const name of namesOf(run, surnames)) {
        const form = name.words.join(' ');
        const key = name.words.map(ordinaryCase).join(' ').toLowerCase();
        const entry = seen.get(key) ?? { forms: [], count: 0, titled: false, midSentence: false };
        entry.forms.push(form);
        entry.count++;
        entry.titled ||= name.titled;
        entry.midSentence ||= !name.sentenceStart;
        seen.set(key, entry);
      }
    }
  }
  const display = (entry: Seen) =>
    entry.forms.find((f) => !f.split(' ').every(allCaps)) ?? entry.forms[0]!.split(' ').map(ordinaryCase).join(' ');
  const names: FoundName[] = [];
  const unsure: string[] = [];
  const single = new Map<string, Seen>();
  for (const [key, entry] of seen) {
    const words = display(entry).split(' ');
    if (words.length === 1) {
      single.set(key, entry);
      continue;
    }
    const lower = words.map(bare);
    if (isGroupFor(words))
      names.push({
        name: display(entry),
        type: 'organisation',
        aliases: [],
        mentions: entry.count,
        why: `people “for” a cause name a group`,
      });
    else if (isFirm(words))
      names.push({
        name: display(entry),
        type: 'organisation',
        aliases: [],
        mentions: entry.count,
        why: '“&” joins the names of a firm',
      });
    else if (endsAsOrganisation(words))
      names.push({
        name: display(entry),
        type: 'organisation',
        aliases: [],
        mentions: entry.count,
        why: `“${words.at(-1)}” ends organisations’ names`,
      });
    else if (lower.some((w) => placeWords.has(w)) || thingWords.has(lower.at(-1)!)) continue;
    else if (isFirstName(words[0]!))
      names.push({
        name: display(entry),
        type: 'person',
        aliases: [],
        mentions: entry.count,
        why: `“${words[0]}” is a first name`,
      });
    else if (entry.titled)
      names.push({
        name: display(entry),
        type: 'person',
        aliases: [],
        mentions: entry.count,
        why: 'a title stands before it',
      });
    else if (words.length <= 3 && words.every(unknownWord))
      names.push({
        name: display(entry),
        type: 'person',
        aliases: [],
        mentions: entry.count,
        why: 'it reads as a personal name',
      });
    else if (seen.has(lower.at(-1)!) && words.length <= 3)
      names.push({
        name: display(entry),
        type: 'person',
        aliases: [],
        mentions: entry.count,
        why: `“${words.at(-1)}” is used alone later, as a surname is`,
      });
    else unsure.push(display(entry));
  }
  for (const [key, entry] of single) {
    const word = display(entry);
    const owner = names.find((n) => (n.type === 'person' ? n.name.split(' ').at(-1)!.toLowerCase() === key : false));
    if (owner) {
      if (!owner.aliases.includes(word)) owner.aliases.push(word);
      continue;
    }
    // A word of a longer name is that name's, unless compromise knows it as a body of its own ("the BBC" beside "BBC
    // Radio Carnmoor").
    const ownBody = tagsOf(word).includes('Organization') && entry.midSentence && !onlyAsVenue(text, word);
    if (!ownBody && names.some((n) => n.name.toLowerCase().split(' ').includes(key))) continue;
    if (!entry.midSentence) continue;
    // A broadcaster's call sign keeps its capitals ("WKRV").
    const callSign = entry.forms.find((f) => /^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$/.test(f));
    if (callSign)
      names.push({ name: callSign, type: 'organisation', aliases: [], mentions: entry.count, why: 'a call sign' });
    else if (endsAsOrganisation([word]))
      names.push({
        name: word,
        type: 'organisation',
        aliases: [],
        mentions: entry.count,
        why: `“${word}” is an organisation’s name`,
      });
    else if (entry.titled)
      names.push({ name: word, type: 'person', aliases: [], mentions: entry.count, why: 'a title stands before it' });
    // "IBM", "Nasdaq", "Google": compromise's lexicon knows the organisation; not where it is only where something was
    // posted ("wrote on Facebook").
    else if (tagsOf(word).includes('Organization') && !onlyAsVenue(text, word))
      names.push({
        // An acronym keeps its capitals ("IBM", not a newsletter's "Ibm").
        name: tagsOf(word).includes('Acronym') ? entry.forms[0]! : word,
        type: 'organisation',
        aliases: [],
        mentions: entry.count,
        why: 'compromise’s lexicon knows it as an organisation',
      });
    else unsure.push(word);
  }
  // Where the words of a name do not decide, its uses in the text do ("the Handelskurier", "Ravi Castellanos, its
  // chief operating officer"); a title of a work in quotation marks names no one.
  const weak = new Set(['it reads as a personal name']);
  for (const name of [...names]) {
    if (onlyAsTitle(text, name.name)) {
      names.splice(names.indexOf(name), 1);
      continue;
    }
    if (!weak.has(name.why) && !name.why.includes('used alone later')) continue;
    // "the Kansas Republican" describes a person: an adjective or a date ending the run is no name's.
    if (tagsOf(name.name.split(' ').at(-1)!).some((t) => t === 'Adjective' || t === 'Date')) continue;
    const usage = usageOf(text, name.name);
    if (usage.organisation > usage.person) {
      name.type = 'organisation';
      name.why = `the text writes ${usage.cues.join(', ')}`;
    }
  }
  for (const candidate of [...unsure]) {
    // Only a plain name of two words or more: one word alone ("Capitol") is too often a place or a thing, and a run
    // with "of" or "and" in it may be two names.
    const words = candidate.split(' ');
    if (words.length < 2 || words.some((w) => joiningWords.has(w)) || titleWords.has(bare(words[0]!))) continue;
    if (words.some((w) => placeWords.has(bare(w))) || thingWords.has(bare(words.at(-1)!))) continue;
    if (tagsOf(words.at(-1)!).some((t) => t === 'Adjective' || t === 'Date')) continue;
    if (onlyAsTitle(text, candidate)) continue;
    const usage = usageOf(text, candidate);
    const type =
      usage.organisation >= 2 && usage.organisation > usage.person
        ? 'organisation'
        : usage.person >= 2 && usage.person > usage.organisation
          ? 'person'
          : null;
    if (!type) continue;
    unsure.splice(unsure.indexOf(candidate), 1);
    const mentions = text.split(candidate).length - 1;
    names.push({ name: candidate, type, aliases: [], mentions, why: `the text writes ${usage.cues.join(', ')}` });
  }
  return { names, unsure };
}
