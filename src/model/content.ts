/**
 * The content model: one zod schema per collection, and every content type derived from them.
 * `src/content.config.ts` only wires loaders to these schemas; nothing else declares a content shape.
 */
import { z } from 'astro/zod';

/** Lower-case kebab-case id, the file name of a registry entry without its extension. */
export const entityId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id in lower-case kebab-case, such as "ana-silva"');

/** A calendar date written YYYY-MM-DD that really exists (2023-02-30 is refused, not rolled over). */
export const isoDate = z.string().refine(isRealDate, 'a real calendar date written YYYY-MM-DD, such as 2022-11-10');

/** An absolute http(s) URL; other schemes (javascript:, data:, vbscript:) are refused. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'an address starting with https:// or http://' });

/** A Wikidata item id such as Q6279. */
export const wikidataId = z.string().regex(/^Q[1-9][0-9]*$/, 'a Wikidata item id such as Q6279');

/** A line of plain text: no markup characters that could become HTML. */
const plainText = z.string().trim().min(1, 'some text');

/** What a piece of reporting rests on: the vocabulary of source kinds. */
export const sourceKinds = ['named', 'anonymous', 'document', 'outlet'] as const;

/** One source the reporting rests on. */
export const sourceSchema = z
  .object({
    /** named: a person on the record; anonymous: an unnamed person or group; document: a text; outlet: another outlet's reporting. */
    kind: z.enum(sourceKinds),
    /** The person id of a named source. */
    person: entityId.optional(),
    /** How the article describes the source, e.g. "an administration official". */
    who: plainText.optional(),
    /** The organisation id the source belongs to or is, where known. */
    organisation: entityId.optional(),
  })
  .strict()
  .refine((s) => s.person !== undefined || s.who !== undefined || s.organisation !== undefined, {
    message: 'a person, a "who" description or an organisation',
  });

/** A contributor credit: who, and what they contributed. */
export const creditSchema = z
  .object({
    /** The contributor's person id. */
    person: entityId,
    /** What the credit line says, e.g. "reporting from Snihurivka, Ukraine". */
    note: plainText.optional(),
  })
  .strict();

/** What an independent copy of the original is. */
export const copyKinds = ['outlet', 'print', 'mirror', 'aggregator', 'quotation', 'translation'] as const;

/**
 * An independent copy of the original story that the editors checked words against: the outlet's own page, a
 * syndicated print version, a mirror, an aggregator's repost, another outlet quoting it, or a translation.
 */
export const copySchema = z
  .object({
    /** A short id the ledger's evidence names, e.g. "post-tribune-print". */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens, e.g. "print-copy"'),
    /** Where the copy can be read. */
    url: webUrl,
    /** What it is. */
    kind: z.enum(copyKinds),
    /** Which version of the story it follows, where that matters ("the print edition of 13 November"). */
    version: plainText.optional(),
    /** Which part of the story it has, when not all of it. */
    covers: plainText.optional(),
    /**
     * The paragraphs of the reading edition (numbered from 1) whose words the editors checked against this copy,
     * quotations included. A quotation in no checked paragraph is marked on the page as not checked.
     */
    paragraphs: z.array(z.number().int().min(1)).default([]),
  })
  .strict();

/** Where the text of an article came from. */
export const provenanceSchema = z
  .object({
    /** File name of the received text as it reached the editors. */
    received: z.string().min(1),
    /** The original publication's address, where known. */
    original: webUrl.optional(),
    /** What happened to the text on its way to us, in a sentence or two. */
    note: plainText.optional(),
    /** Independent copies of the original, checked against the received text (see the ledger's `evidence`). */
    copies: z.array(copySchema).default([]),
  })
  .strict();

/** An article's frontmatter. */
export const articleSchema = z
  .object({
    /** The headline. */
    title: plainText,
    /** The summary line shown under the headline. */
    dek: plainText.optional(),
    /** Publication date, YYYY-MM-DD. */
    date: isoDate,
    /** Time of the last update as printed by the outlet, e.g. "9:34 p.m. ET". */
    updated: plainText.optional(),
    /** The place the story was filed from, as printed (e.g. WASHINGTON). */
    dateline: plainText.optional(),
    /** Organisation id of the outlet that published it. */
    publication: entityId,
    /** Section, column or newsletter within the outlet. */
    section: plainText.optional(),
    /** Person ids of the byline, in byline order. */
    authors: z.array(entityId).min(1, 'at least one author'),
    /** Contributors credited at the end or in the byline. */
    contributors: z.array(creditSchema).default([]),
    /** Person ids of everyone the article names. */
    people: z.array(entityId).default([]),
    /** Organisation ids of every organisation the article names. */
    organisations: z.array(entityId).default([]),
    /** Places the article names, as plain names. */
    places: z.array(plainText).default([]),
    /** What the reporting rests on. */
    sources: z.array(sourceSchema).default([]),
    /** Where this text came from. */
    provenance: provenanceSchema,
  })
  .strict();

/** A role a person held: title, organisation and time span. */
export const roleSchema = z
  .object({
    /** The title as it would be printed, e.g. "Chair of the Senate Finance Committee". */
    title: plainText,
    /** Organisation id the role belongs to. */
    organisation: entityId.optional(),
    /** First day in the role, YYYY-MM-DD; left out when not known. */
    from: isoDate.optional(),
    /** Last day in the role, YYYY-MM-DD; left out while the role goes on or when not known. */
    to: isoDate.optional(),
    /** A caveat for readers, e.g. "role uncertain". */
    note: plainText.optional(),
  })
  .strict()
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" on or before "to"', path: ['to'] });

/** A person in the registry. */
export const personSchema = z
  .object({
    /** Full name as the site prints it. */
    name: plainText,
    /** Other forms the text uses for this person ("Ms. Silva", "General Silva"). */
    aliases: z.array(plainText).default([]),
    /** Roles held, each with a span, so that the role on an article's date can be derived. */
    roles: z.array(roleSchema).default([]),
    /** A short description written by the site. */
    description: plainText,
    /** Wikidata item id where known. */
    wikidata: wikidataId.optional(),
  })
  .strict();

/** The vocabulary of organisation kinds. */
export const organisationKinds = [
  'government',
  'agency',
  'military',
  'alliance',
  'armed group',
  'news outlet',
  'university',
  'think tank',
  'party',
  'legislature',
  'intergovernmental forum',
  'company',
  'programme',
  'other',
] as const;

/** An organisation in the registry. */
export const organisationSchema = z
  .object({
    /** Name as the site prints it. */
    name: plainText,
    /** Other forms the text uses ("the Pentagon", "the Defense Department"). */
    aliases: z.array(plainText).default([]),
    /** What sort of organisation it is. */
    kind: z.enum(organisationKinds),
    /** Organisation id of the parent organisation. */
    parent: entityId.optional(),
    /** A short description written by the site. */
    description: plainText,
    /** Wikidata item id where known. */
    wikidata: wikidataId.optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
export type Credit = z.infer<typeof creditSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type Role = z.infer<typeof roleSchema>;
export type PersonData = z.infer<typeof personSchema>;
export type OrganisationData = z.infer<typeof organisationSchema>;
export type OrganisationKind = (typeof organisationKinds)[number];

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
