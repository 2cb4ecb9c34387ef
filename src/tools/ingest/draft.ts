/**
 * Drafts an article from a received text, for an editor to review: the reading edition (restored when the analyser
 * calls the text spun), the frontmatter filled from the text, the ledger that turns the received text into the
 * reading edition, registry files for the names the registry lacks, and the list of what the draft is unsure of.
 * Pure: it reads nothing and writes nothing; the ingest command does that.
 */
import nlp from 'compromise';
import { analyse, type IntegrityReport } from '../../analysis/integrity/analyse.ts';
import { applyLedger } from '../../analysis/integrity/apply-ledger.ts';
import { checkLedger } from '../../analysis/integrity/check-ledger.ts';
import { restore } from '../../analysis/integrity/restore.ts';
import { receivedParagraphs } from '../../analysis/integrity/text.ts';
import { buildAliasIndex, mentionFinder, type NamedEntity } from '../../analysis/alias-index.ts';
import { extractAttributions, type Attribution } from '../../analysis/attributions.ts';
import type { EntityType } from '../../model/entity.ts';
import type { OrganisationKind, Source } from '../../model/content.ts';
import type { LedgerEntry } from '../../model/ledger.ts';
import type { SubstitutionTable } from '../../model/substitution-table.ts';
import type { AttributionVocabulary } from '../../model/vocabulary.ts';
import { slugFromFileName } from '../../parse/slug.ts';
import { findNames, type FoundName } from './names.ts';
import { bylineNames, creditLines, dateline, isHeadline, printedDate } from './structure.ts';

/** A registered person or organisation, as the draft needs it. */
export interface RegistryEntry extends NamedEntity {
  /** An organisation's kind, to recognise outlets. */
  kind?: OrganisationKind;
}

/** What the draft reads besides the text. */
export interface DraftInput {
  /** The received text, exactly. */
  received: string;
  /** The received file's name, for provenance. */
  fileName: string;
  registry: readonly RegistryEntry[];
  vocabulary: AttributionVocabulary;
  substitutions: SubstitutionTable | undefined;
  /** The day of the ingest, YYYY-MM-DD, used when the text prints no date. */
  today: string;
  /** The slug to use instead of one made from the headline. */
  slug?: string;
}

/** A registry file the draft proposes for a name the registry lacks. */
export interface NewEntity {
  type: EntityType;
  id: string;
  name: string;
  aliases: string[];
  description: string;
  kind?: OrganisationKind;
  why: string;
}

/** The draft. */
export interface Draft {
  slug: string;
  /** The frontmatter, as data in field order. */
  frontmatter: Record<string, unknown>;
  /** The reading edition's Markdown body. */
  body: string;
  /** Ledger entries, in text order. */
  edits: LedgerEntry[];
  newEntities: NewEntity[];
  integrity: IntegrityReport;
  /** What the editor must check, in plain sentences. */
  unsure: string[];
}

const norm = (name: string) =>
  name
    .replace(/^the\s+/i, '')
    .replace(/[’']s?$/u, '')
    .toLowerCase();

/** Drafts an article from a received text. */
export function draftArticle(input: DraftInput): Draft {
  const unsure: string[] = [];
  const integrity = analyse(input.received);
  const paragraphs = receivedParagraphs(input.received);
  const protectedNames = input.registry.flatMap((e) => [e.name, ...e.aliases]);
  let spinnerEdits: LedgerEntry[] = [];
  if (integrity.verdict === 'spun' && input.substitutions) {
    const proposal = restore(input.received, input.substitutions, { protectedNames });
    spinnerEdits = proposal.edits;
    for (const spot of proposal.undecided)
      unsure.push(
        `paragraph ${spot.paragraph}: “${spot.received}” may be spun (${spot.candidates.join(' or ')}); ` +
          `it is left as received in “${spot.context}”.`,
      );
  } else if (integrity.verdict === 'spun') unsure.push('The text looks spun, but there is no substitution table.');
  // The restored words of each paragraph, to read the furniture from.
  const restored = applyLedger(input.received, spinnerEdits).paragraphs.map((p) => p.text);

  const structure: LedgerEntry[] = [];
  const removed = new Set<number>();
  const remove = (index: number, why: string, kind: LedgerEntry['kind'] = 'structure') => {
    removed.add(index);
    structure.push({ paragraph: paragraphs[index]!.number, received: paragraphs[index]!.text, reading: '', kind, why });
  };

  // The headline, the byline, a date line and credit lines: the site prints them from the frontmatter.
  let title = '';
  if (paragraphs[0] && isHeadline(restored[0]!)) {
    title = restored[0]!.trim();
    remove(0, 'The headline: printed above the article rather than inside its text.');
  } else unsure.push('No headline was found on the first line: write the `title`.');
  let authorNames: string[] = [];
  let date: string | undefined;
  for (let i = 0; i < Math.min(paragraphs.length, 5); i++) {
    if (removed.has(i)) continue;
    const names = bylineNames(restored[i]!);
    if (names && authorNames.length === 0) {
      authorNames = names;
      remove(i, 'The byline: printed under the headline.');
      continue;
    }
    const printed = printedDate(restored[i]!);
    if (printed && !date && restored[i]!.split(/\s+/).length <= 14) {
      date = printed;
      remove(i, 'The date line: the date is printed under the headline.');
    }
  }
  const credits: { names: string[]; note: string }[] = [];
  restored.forEach((text, i) => {
    // A byline may carry a credit after its bar ("By Ana Silva | With help from Tom Reyes"), read as well.
    if (removed.has(i) && !(bylineNames(text) && i < 5)) return;
    for (const credit of creditLines(text)) {
      credits.push(credit);
      if (credit.wholeLine) remove(i, 'A credit line: printed under the headline.');
    }
  });
  // Page furniture the analyser found on lines of their own.
  for (const evidence of integrity.debris)
    for (const number of evidence.paragraphs) {
      const index = number - 1;
      if (!removed.has(index) && (evidence.kind === 'furniture' || evidence.kind === 'caption'))
        remove(index, `Page furniture left by the scrape (${evidence.kind}).`, 'debris');
    }
  // A dateline at the start of the first paragraph of the story.
  const first = restored.findIndex((_, i) => !removed.has(i));
  const line = first >= 0 ? dateline(restored[first]!) : undefined;
  if (line && restored[first]!.startsWith(line.text) && paragraphs[first]!.text.startsWith(line.text)) {
    structure.push({
      paragraph: paragraphs[first]!.number,
      received: line.text.trimEnd(),
      reading: '',
      kind: 'structure',
      why: 'The dateline: printed under the headline.',
    });
  }

  const edits = mergeEdits(spinnerEdits, structure, paragraphs.length, removed);
  const replay = applyLedger(input.received, edits);
  const body = replay.paragraphs
    .map((p) => p.text.trim())
    .filter((p) => p !== '')
    .join('\n\n');

  // Names: the registry's first, then those the registry lacks.
  const known = buildAliasIndex(input.registry);
  const findKnown = mentionFinder(known);
  const isKnown = (name: string) => findKnown(name).some((m) => m.text.length === name.length);
  // The headline names people too ("Former treasurer Marcus Feldhaus is sentenced"), when it is written in sentence
  // case: in a headline in title case every word has a capital and none is evidence of a name.
  const long = title.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const sentenceCase = long.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > long.length;
  const found = findNames(title && sentenceCase ? `${title}\n${body}` : body);
  const newEntities: NewEntity[] = [];
  const taken = new Set(input.registry.map((e) => e.id));
  for (const name of found.names) {
    if (isKnown(name.name) || [name.name, ...name.aliases].some((n) => isKnown(n))) continue;
    newEntities.push(draftEntity(name, body, title, taken));
  }
  const extraNames = [...authorNames, ...credits.flatMap((c) => c.names)].map(ordinaryCase);
  for (const name of extraNames) {
    if (isKnown(name) || newEntities.some((e) => norm(e.name) === norm(name))) continue;
    newEntities.push(
      draftEntity(
        { name, type: 'person', aliases: [], mentions: 1, why: 'a byline or a credit line' },
        body,
        title,
        taken,
      ),
    );
  }
  for (const name of found.unsure) unsure.push(`“${name}” may be a name; it is not drafted.`);
  const everyone: RegistryEntry[] = [
    ...input.registry,
    ...newEntities.map((e) => ({
      type: e.type,
      id: e.id,
      name: e.name,
      aliases: e.aliases,
      ...(e.kind && { kind: e.kind }),
    })),
  ];
  const index = buildAliasIndex(everyone);
  const finder = mentionFinder(index);
  const idOf = (name: string) => {
    const match = finder(name).find(
      (m) => m.text.length === ordinaryCase(name).length || m.text.length === name.length,
    );
    return match?.type === 'person' ? match.id : undefined;
  };
  const bodyParagraphs = body.split('\n\n');
  const mentions = bodyParagraphs.flatMap((p) => finder(p));
  const ids = (type: EntityType) => [...new Set(mentions.filter((m) => m.type === type).map((m) => m.id))];

  const authors = authorNames.map((n) => idOf(ordinaryCase(n))).filter((id): id is string => id !== undefined);
  if (authors.length === 0) unsure.push('No byline was found: list the `authors` (at least one person id).');
  const contributors = credits.flatMap((c) =>
    c.names.flatMap((n) => {
      const person = idOf(ordinaryCase(n));
      return person ? [{ person, note: c.note }] : [];
    }),
  );

  const outlet = findOutlet(input.received, line?.outlet, everyone, newEntities, taken);
  if (!outlet.id) unsure.push('The outlet was not recognised: set `publication` to its organisation id.');
  else if (outlet.guessed) unsure.push(`The outlet is taken to be ${outlet.id}: check \`publication\`.`);
  if (!date) unsure.push(`No date is printed: \`date\` is set to the day of the ingest, ${input.today}.`);

  const attributions = extractAttributions(bodyParagraphs, finder, input.vocabulary);
  const sources = sourcesOf(attributions);
  const places = placesOf(body, everyone);
  const people = ids('person').filter((id) => !authors.includes(id));
  const slug = input.slug ?? slugFromFileName(title || input.fileName.replace(/\.[^.]+$/, '')).slice(0, 80);
  const frontmatter: Record<string, unknown> = {
    title: title || 'Untitled: write the headline',
    date: date ?? input.today,
    ...(line && { dateline: line.place }),
    publication: outlet.id ?? 'unknown-outlet',
    authors: authors.length > 0 ? authors : ['unknown-author'],
    ...(contributors.length > 0 && { contributors }),
    people,
    organisations: ids('organisation').filter((id) => id !== outlet.id || mentions.some((m) => m.id === id)),
    places,
    sources,
    provenance: {
      received: input.fileName,
      note:
        `Drafted by npm run ingest. The integrity analyser called the received text ${integrity.verdict} ` +
        `(confidence ${integrity.confidence}).`,
    },
  };
  const check = checkLedger(input.received, body, { received: '', article: '', edits }, 'ledger');
  for (const problem of check.problems) unsure.push(`The drafted ledger does not explain the body: ${problem}`);
  for (const entity of newEntities)
    unsure.push(`New ${entity.type} “${entity.name}” (${entity.why}): check the name, aliases and description.`);
  return { slug, frontmatter, body, edits, newEntities, integrity, unsure };
}

// Spinner edits and structure entries in text order; spinner edits inside a removed paragraph are dropped, since
// the whole received paragraph is removed.
function mergeEdits(
  spinner: readonly LedgerEntry[],
  structure: readonly LedgerEntry[],
  paragraphCount: number,
  removed: ReadonlySet<number>,
): LedgerEntry[] {
  const edits: LedgerEntry[] = [];
  for (let number = 1; number <= paragraphCount; number++) {
    const own = structure.filter((e) => e.paragraph === number);
    if (removed.has(number - 1)) {
      edits.push(...own.filter((e) => e.reading === ''));
      continue;
    }
    // A dateline removal comes first in its paragraph.
    edits.push(...own, ...spinner.filter((e) => e.paragraph === number));
  }
  return edits;
}

function ordinaryCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s’'-])(\p{Ll})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

function draftEntity(name: FoundName, body: string, title: string, taken: Set<string>): NewEntity {
  let id = slugFromFileName(name.name);
  for (let n = 2; taken.has(id); n++) id = `${slugFromFileName(name.name)}-${n}`;
  taken.add(id);
  const described = appositive(body, name.name);
  const description = described ?? `Named in “${title || 'an article'}”.`;
  return {
    type: name.type,
    id,
    name: name.name,
    aliases: name.aliases,
    description,
    ...(name.type === 'organisation' && { kind: organisationKind(name.name) }),
    why: name.why,
  };
}

// "Teodoro Banks, president of the Pacific Longshore Guild, said" gives "President of the Pacific Longshore Guild."
function appositive(body: string, name: string): string | undefined {
  const at = body.indexOf(`${name}, `);
  if (at === -1) return undefined;
  const match = /^,\s+((?:the |a |an )?[\p{Ll}][^,.;:“”"()]{2,90}?)[,.;]/u.exec(body.slice(at + name.length));
  if (!match || /\b(?:said|says|told|who|which|that)\b/.test(match[1]!)) return undefined;
  // "president of the guild" or "the union's secretary": an article is kept only before a possessive.
  const words = /^(?:the|a|an) \S+[’']s\b/u.test(match[1]!) ? match[1]! : match[1]!.replace(/^(?:the|a|an) /, '');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

function organisationKind(name: string): OrganisationKind {
  const words = name.toLowerCase().split(/\s+/);
  const has = (list: string) => words.some((w) => list.split(' ').includes(w.replace(/[’']s?$/u, '')));
  if (
    has(
      'wire ledger courant dispatch sentinel gazette times post herald news journal tribune echo press review observer chronicle telegraph standard register mail star courier record radio television broadcasting',
    )
  )
    return 'news outlet';
  if (has('university college academy institute school')) return 'university';
  if (has('party')) return 'party';
  if (has('senate assembly parliament congress legislature house')) return 'legislature';
  if (has('army navy force forces')) return 'military';
  if (has('inc corp corporation company ltd plc llc airways airlines holdings industries ventures group bank'))
    return 'company';
  if (has('ministry department government council administration office')) return 'government';
  if (has('authority agency board commission bureau service district')) return 'agency';
  return 'other';
}

function findOutlet(
  received: string,
  credited: string | undefined,
  everyone: readonly RegistryEntry[],
  drafted: NewEntity[],
  taken: Set<string>,
): { id?: string; guessed: boolean } {
  const byName = (name: string) =>
    everyone.find((e) => e.type === 'organisation' && [e.name, ...e.aliases].some((n) => norm(n) === norm(name)));
  if (credited) {
    const known = byName(credited);
    if (known) return { id: known.id, guessed: false };
    const entity = draftEntity(
      { name: credited, type: 'organisation', aliases: [], mentions: 1, why: 'the dateline credits it' },
      received,
      '',
      taken,
    );
    entity.kind = 'news outlet';
    entity.description = 'A news outlet.';
    drafted.push(entity);
    return { id: entity.id, guessed: false };
  }
  // An outlet the registry knows, named in the text's first or last lines (a masthead, a copyright line).
  const lines = received.split('\n').filter((l) => l.trim() !== '');
  const edges = [...lines.slice(0, 4), ...lines.slice(-3)].join('\n');
  const outlets = everyone.filter((e) => e.type === 'organisation' && e.kind === 'news outlet');
  const named = outlets.find((o) => [o.name, ...o.aliases].some((n) => n.length > 2 && edges.includes(n)));
  return named ? { id: named.id, guessed: true } : { guessed: false };
}

function sourcesOf(attributions: readonly Attribution[]): Source[] {
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const a of attributions) {
    const source: Source = {
      kind: a.kind,
      ...(a.person && { person: a.person }),
      ...(!a.person && a.who && { who: a.who }),
      ...(a.organisation && { organisation: a.organisation }),
    };
    if (!source.person && !source.who && !source.organisation) continue;
    const key = JSON.stringify(source);
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push(source);
  }
  return sources;
}

function placesOf(body: string, everyone: readonly RegistryEntry[]): string[] {
  const names = new Set(everyone.flatMap((e) => [e.name, ...e.aliases].map(norm)));
  const places = (nlp(body).places().out('array') as string[])
    .map((p) =>
      p
        .replace(/[.,;:’']+$/u, '')
        .replace(/[’']s$/u, '')
        .trim(),
    )
    .filter((p) => /^\p{Lu}/u.test(p) && !names.has(norm(p)));
  return [...new Set(places)];
}
