/**
 * The synthetic registry: people and organisations with aliases and roles, sized from the number of articles.
 * Every alias is unique across the registry, so every mention the articles make is unambiguous.
 */
import type { Random } from './random.ts';
import { CODAS, GIVEN_NAMES, INITIALS, MINISTRIES, ONSETS, OTHER_ORGS, OUTLETS, VOWELS } from './words.ts';

/** A person as the generator knows them: the registry entry plus the forms the text uses. */
export interface GenPerson {
  id: string;
  name: string;
  /** How later sentences refer to them ("Ms. Dorak"). */
  short: string;
  /** The family name alone, for headlines. */
  surname: string;
  aliases: string[];
  roles: Array<{ title: string; organisation: string; from: string; to?: string }>;
  description: string;
}

/** An organisation as the generator knows it. */
export interface GenOrganisation {
  id: string;
  name: string;
  /** How later sentences refer to it, mid-sentence ("the Vorland Defence Ministry"). */
  short: string;
  aliases: string[];
  kind: string;
  parent?: string;
  description: string;
}

/** The whole registry, with the pools articles draw from. */
export interface Registry {
  people: GenPerson[];
  organisations: GenOrganisation[];
  /** Outlets (publications), a slice of organisations. */
  outlets: GenOrganisation[];
  /** Journalists per outlet id: the authors of that outlet's articles. */
  journalists: Map<string, GenPerson[]>;
  /** People the news is about, most frequently named first. */
  newsmakers: GenPerson[];
  /** Organisations the news is about (not outlets), most frequently named first. */
  newsOrganisations: GenOrganisation[];
  /** Country names, used as places. */
  countries: string[];
}

/** How many entries of each kind a corpus of n articles gets. */
export function registrySizes(n: number): { people: number; journalists: number; countries: number; others: number } {
  const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));
  const people = clamp(n / 10, 60, 2000);
  return {
    people,
    journalists: clamp(people / 8, 24, 250),
    countries: clamp(n / 500, 6, 30),
    others: clamp(n / 100, 10, 150),
  };
}

/** Builds the registry for a corpus of n articles. */
export function buildRegistry(n: number, random: Random): Registry {
  const sizes = registrySizes(n);
  const used = new Set<string>();
  const fresh = (make: () => string) => {
    for (;;) {
      const word = make();
      if (!used.has(word)) return (used.add(word), word);
    }
  };
  const syllable = () => random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  const madeUp = () => capital(syllable() + syllable());
  const organisations: GenOrganisation[] = [];
  const add = (name: string, short: string, kind: string, description: string, parent?: string) => {
    const entry: GenOrganisation = { id: kebab(name), name, short, aliases: [], kind, description };
    if (short !== name) entry.aliases.push(short);
    if (parent) entry.parent = parent;
    organisations.push(entry);
    return entry;
  };
  const outlets = OUTLETS.map(([name, short]) => add(name, short, 'news outlet', `A synthetic news outlet.`));
  const countries: string[] = [];
  const governments: GenOrganisation[] = [];
  const ministries: GenOrganisation[] = [];
  for (let i = 0; i < sizes.countries; i++) {
    const country = fresh(() => capital(syllable()) + random.pick(['ia', 'land', 'ovia', 'ara']));
    countries.push(country);
    const government = add(`Government of ${country}`, `the ${country} government`, 'government', `The government.`);
    governments.push(government);
    for (const [part, word] of MINISTRIES.slice(0, 3 + (i % 4))) {
      const name = `${country} Ministry of ${part}`;
      ministries.push(add(name, `the ${country} ${word} Ministry`, 'agency', 'A ministry.', government.id));
    }
    ministries.push(add(`${country} Armed Forces`, `the ${country} military`, 'military', 'The armed forces.'));
    ministries.push(add(`Parliament of ${country}`, `the ${country} parliament`, 'legislature', 'The legislature.'));
  }
  const others: GenOrganisation[] = [];
  for (let i = 0; i < sizes.others; i++) {
    const [kind, pattern] = OTHER_ORGS[i % OTHER_ORGS.length]!;
    const name = pattern.replace('{}', fresh(madeUp));
    others.push(add(name, name, kind, `A synthetic ${kind}.`));
  }
  const people: GenPerson[] = [];
  const person = (title: string, organisation: GenOrganisation) => {
    const [given, honorific] = random.pick(GIVEN_NAMES);
    const surname = fresh(madeUp);
    const name = `${given} ${random.chance(0.3) ? `${random.pick(INITIALS)} ` : ''}${surname}`;
    const short = `${honorific} ${surname}`;
    const from = `${random.int(2008, 2018)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const role: GenPerson['roles'][number] = { title, organisation: organisation.id, from };
    if (random.chance(0.2)) role.to = `${random.int(2019, 2023)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const entry: GenPerson = {
      id: kebab(name),
      name,
      short,
      surname,
      aliases: [`${given} ${surname}`, short, surname].filter((a) => a !== name),
      roles: [role],
      description: `A synthetic ${title.toLowerCase()} (${organisation.name}).`,
    };
    people.push(entry);
    return entry;
  };
  const journalists = new Map<string, GenPerson[]>();
  for (let i = 0; i < sizes.journalists; i++) {
    const outlet = outlets[i % outlets.length]!;
    journalists.set(outlet.id, [...(journalists.get(outlet.id) ?? []), person('Correspondent', outlet)]);
  }
  const titled = [...governments, ...ministries, ...others];
  const newsmakers: GenPerson[] = [];
  for (let i = 0; newsmakers.length < sizes.people - sizes.journalists; i++) {
    const organisation = titled[random.zipf(titled.length, 0.8)]!;
    const title = organisation.kind === 'government' ? random.pick(['Prime Minister', 'Spokeswoman']) : 'Director';
    newsmakers.push(person(i < 3 ? 'President' : title, organisation));
  }
  return {
    people,
    organisations,
    outlets,
    journalists,
    newsmakers,
    newsOrganisations: [...governments, ...ministries, ...others],
    countries,
  };
}

/** The kebab-case id of a name ("Ministry of the Interior" → "ministry-of-the-interior"). */
export function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
