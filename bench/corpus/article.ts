/**
 * One synthetic article: about 800 words in 12 paragraphs, with quotations and attributions, naming people and
 * organisations drawn from the registry (frequent ones far more often) and declaring every one it names.
 */
import type { Random } from './random.ts';
import { kebab, type GenOrganisation, type GenPerson, type Registry } from './registry.ts';
import { ADVERBIALS, ANONYMOUS, CITIES, QUOTES, SECTIONS, SUBJECTS, VERBS, WEEKDAYS } from './words.ts';

/** A generated article: its slug, frontmatter fields (as the content model names them) and Markdown body. */
export interface GenArticle {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

type Source = { kind: string; person?: string; who?: string; organisation?: string };

/** Paragraphs per article and the word range of each (12 × 48–64 words, plus the sentence that crosses the line, ≈ 800). */
const PARAGRAPHS = 12;
const WORDS_PER_PARAGRAPH: readonly [number, number] = [48, 64];

/** Generates article number `index` (0-based) of the corpus. */
export function generateArticle(index: number, registry: Registry, random: Random): GenArticle {
  const publication = registry.outlets[random.zipf(registry.outlets.length, 0.7)]!;
  const staff = registry.journalists.get(publication.id) ?? [];
  const authors = distinct(random.int(1, Math.min(2, staff.length)), () => random.pick(staff));
  const people = distinct(random.int(4, 8), () => registry.newsmakers[random.zipf(registry.newsmakers.length)]!);
  const orgs = distinct(random.int(2, 5), () => {
    return registry.newsOrganisations[random.zipf(registry.newsOrganisations.length)]!;
  });
  const cited = random.chance(0.5) ? random.pick(registry.outlets.filter((o) => o !== publication)) : undefined;
  const city = random.pick(CITIES);
  const places = [city, ...distinct(random.int(1, 3), () => random.pick(registry.countries))];
  const sources: Source[] = [];
  const addSource = (source: Source) => {
    if (!sources.some((s) => JSON.stringify(s) === JSON.stringify(source))) sources.push(source);
  };
  const introduced = new Set<GenPerson | GenOrganisation>();
  const pending: Array<GenPerson | GenOrganisation> = interleave(people, cited ? [...orgs, cited] : orgs);
  const clause = () => `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(ADVERBIALS)}`;
  const place = () => random.pick(places);
  const nameOf = (entity: GenPerson | GenOrganisation) => (introduced.has(entity) ? entity.short : entity.name);

  const sentence = (): string => {
    const next = pending.shift();
    if (next && 'surname' in next) {
      introduced.add(next);
      const title = next.roles[0]!.title.toLowerCase();
      return `${next.name}, the ${title}, said on ${random.pick(WEEKDAYS)} that ${clause()}.`;
    }
    if (next === cited && cited) {
      introduced.add(cited);
      addSource({ kind: 'outlet', organisation: cited.id });
      return `${capital(clause())}, ${cited.name} reported.`;
    }
    if (next) {
      introduced.add(next);
      return `Officials at ${next.name} said that ${clause()}, a view shared by several analysts in ${place()}.`;
    }
    const speaker = random.pick(people);
    const org = random.pick(orgs);
    switch (random.int(0, 5)) {
      case 0:
        addSource({ kind: 'named', person: speaker.id });
        return `“${random.pick(QUOTES)},” ${speaker.short} said.`;
      case 1:
        addSource({ kind: 'named', person: speaker.id });
        return `“${random.pick(QUOTES)},” said ${speaker.short}, speaking to reporters in ${place()}.`;
      case 2: {
        const who = random.pick(ANONYMOUS);
        addSource({ kind: 'anonymous', who: who.replace(/^according to | said$/g, ''), organisation: org.id });
        return `${capital(clause())}, ${who}.`;
      }
      case 3:
        addSource({ kind: 'document', who: `a report by ${org.name}`, organisation: org.id });
        return `A report published by ${nameOf(org)} found that ${clause()}.`;
      case 4:
        return `${capital(clause())} in ${place()}, and ${nameOf(org)} has yet to respond.`;
      default:
        return `${capital(clause())}, leaving ${speaker.short} with few options before ${random.pick(WEEKDAYS)}.`;
    }
  };

  const paragraphs: string[] = [];
  for (let p = 0; p < PARAGRAPHS; p++) {
    const target = random.int(...WORDS_PER_PARAGRAPH);
    const sentences: string[] = [];
    let words = 0;
    while (words < target) {
      const text = sentence();
      sentences.push(text);
      words += text.split(/\s+/).length;
    }
    paragraphs.push(sentences.join(' '));
  }
  // Anything not yet introduced (rare: very short paragraphs) gets a closing paragraph of its own.
  if (pending.length) paragraphs.push(pending.map(() => sentence()).join(' '));

  const lead = people[0]!;
  const title = `${lead.surname} ${random.pick(['Presses', 'Defends', 'Questions', 'Backs'])} ${capitalWords(random.pick(SUBJECTS))} in ${places[1]}`;
  const slug = `${kebab(title)}-${String(index + 1).padStart(6, '0')}`;
  const year = random.int(2019, 2024);
  const data: Record<string, unknown> = {
    title,
    dek: `${capital(clause())}, and ${lead.name} is under pressure to respond.`,
    date: `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
    dateline: city.toUpperCase(),
    publication: publication.id,
    section: random.pick(SECTIONS),
    authors: authors.map((a) => a.id),
    contributors: [] as Array<{ person: string; note: string }>,
    people: people.map((p) => p.id),
    organisations: [...orgs, ...(cited ? [cited] : [])].map((o) => o.id),
    places,
    sources,
    provenance: { received: `${slug}.txt`, note: 'Synthetic benchmark text.' },
  };
  const helper = staff.find((s) => !authors.includes(s));
  if (helper && random.chance(0.3)) data['contributors'] = [{ person: helper.id, note: `reporting from ${city}` }];
  return { slug, data, body: paragraphs.join('\n\n') + '\n' };
}

/** Up to `count` distinct values from `draw` (gives up after a few repeats, so a tiny pool cannot loop forever). */
function distinct<T>(count: number, draw: () => T): T[] {
  const found = new Set<T>();
  for (let tries = 0; found.size < count && tries < count * 20; tries++) found.add(draw());
  return [...found];
}

function interleave<A, B>(a: readonly A[], b: readonly B[]): Array<A | B> {
  const out: Array<A | B> = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

function capital(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

function capitalWords(text: string): string {
  return text.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
