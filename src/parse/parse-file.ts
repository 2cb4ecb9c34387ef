/**
 * Parse stage, one file at a time: bytes in, validated data or editor-facing problems out. Pure: the caller reads
 * the file, so tests pass strings and buffers.
 */
import type { z } from 'astro/zod';
import { articleSchema, organisationSchema, personSchema } from '../model/content.ts';
import type { ArticleData, OrganisationData, PersonData } from '../model/content.ts';
import type { ContentProblem } from '../model/content-error.ts';
import { describeIssue, requiredFields } from '../model/describe-issue.ts';
import { forbiddenCharacters, forbiddenInData, withoutForbidden } from '../model/text-policy.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseYaml } from './yaml.ts';

/** Frontmatter larger than this is refused: no real article needs it, and it guards the YAML parser. */
export const MAX_FRONTMATTER_BYTES = 64 * 1024;

/** The outcome of parsing one file: its data, or the problems that stop it. */
export type Parsed<T> =
  /** `warnings`: what was made harmless on the way (control characters removed from a body). */
  | { ok: true; value: T; warnings?: ContentProblem[] }
  /** `raw`: the file's data when it was YAML but failed validation, so its references can still be checked. */
  | { ok: false; problems: ContentProblem[]; raw?: unknown };

/** A parsed article: its slug, its validated frontmatter and its Markdown body. */
export interface ParsedArticle {
  slug: string;
  file: string;
  data: ArticleData;
  body: string;
}

/** A parsed registry entry (person or organisation) with its id. */
export interface ParsedEntry<T> {
  id: string;
  file: string;
  data: T;
}

/** Decodes file bytes as UTF-8 text: no BOM, LF line ends; binary or undecodable input is a problem. */
export function decodeText(file: string, bytes: Uint8Array | string, whatItNeeds = ''): Parsed<string> {
  if (typeof bytes !== 'string' && bytes.includes(0)) {
    return fail(file, '', 'this is a binary file, not text. Save it as UTF-8 text.');
  }
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(file, '', 'this file is not valid UTF-8 text. Save it as UTF-8.');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return fail(file, '', `the file is empty.${whatItNeeds && ` ${whatItNeeds}`}`);
  return { ok: true, value: text };
}

/** Parses and validates an article file (YAML frontmatter between --- lines, then Markdown). */
export function parseArticle(file: string, slug: string, bytes: Uint8Array | string): Parsed<ParsedArticle> {
  const decoded = decodeText(file, bytes, ARTICLE_NEEDS);
  if (!decoded.ok) return decoded;
  const split = splitFrontmatter(decoded.value);
  if (!split.ok) return fail(file, '', `${split.message} ${ARTICLE_NEEDS}`);
  if (split.yaml.length > MAX_FRONTMATTER_BYTES) {
    return fail(
      file,
      '',
      `the frontmatter is ${split.yaml.length} bytes; the limit is ${MAX_FRONTMATTER_BYTES}. Move long text into the body.`,
    );
  }
  let raw: unknown;
  try {
    // Frontmatter starts on the file's second line, after the opening ---.
    raw = parseYaml(split.yaml, 2) ?? {};
  } catch (error) {
    return fail(file, '', yamlMessage(error));
  }
  const data = validate(file, raw, articleSchema);
  if (!data.ok) return data;
  const { body, warnings } = cleanBody(file, split.body, split.bodyLine);
  if (!body.trim()) return fail(file, '', 'the article has no body: write its text after the closing ---.');
  return {
    ok: true,
    value: { slug, file, data: data.value, body: body.replace(/^\n+/, '') },
    ...(warnings.length && { warnings }),
  };
}

/** What an article's frontmatter must hold, for the messages about a file that has none. */
const ARTICLE_NEEDS = `An article needs at least: ${requiredFields(articleSchema).join(', ')}.`;

/**
 * The body without the characters the text policy forbids (model/text-policy.ts), and a warning for each line that
 * held one, placed as the editor sees it. A body is prose: removing an invisible control character loses no text.
 */
function cleanBody(file: string, body: string, firstLine: number): { body: string; warnings: ContentProblem[] } {
  const found = forbiddenCharacters(body);
  if (found.length === 0) return { body, warnings: [] };
  const lineStarts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const warnings = found.map((c) => {
    let line = lineStarts.findLastIndex((start) => start <= c.index);
    const column = c.index - lineStarts[line]! + 1;
    line += firstLine;
    return {
      file,
      field: 'body',
      message: `line ${line}, column ${column}: ${c.name} (${c.codePoint}) was removed; it is invisible in most editors, so retype the words around it if they look wrong.`,
    };
  });
  return { body: withoutForbidden(body), warnings };
}

/** Parses and validates a person file (YAML). */
export function parsePerson(file: string, id: string, bytes: Uint8Array | string): Parsed<ParsedEntry<PersonData>> {
  return parseRegistryEntry(file, id, bytes, personSchema);
}

/** Parses and validates an organisation file (YAML). */
export function parseOrganisation(
  file: string,
  id: string,
  bytes: Uint8Array | string,
): Parsed<ParsedEntry<OrganisationData>> {
  return parseRegistryEntry(file, id, bytes, organisationSchema);
}

function parseRegistryEntry<S extends z.ZodType>(
  file: string,
  id: string,
  bytes: Uint8Array | string,
  schema: S,
): Parsed<ParsedEntry<z.output<S>>> {
  const decoded = decodeText(file, bytes, `The fields it needs: ${requiredFields(schema).join(', ')}.`);
  if (!decoded.ok) return decoded;
  if (decoded.value.length > MAX_FRONTMATTER_BYTES) {
    return fail(file, '', `the file is ${decoded.value.length} bytes; the limit is ${MAX_FRONTMATTER_BYTES}.`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(decoded.value) ?? {};
  } catch (error) {
    return fail(file, '', yamlMessage(error));
  }
  const data = validate(file, raw, schema);
  return data.ok ? { ok: true, value: { id, file, data: data.value } } : data;
}

function validate<S extends z.ZodType>(file: string, raw: unknown, schema: S): Parsed<z.output<S>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(
      file,
      '',
      `expected fields written as "name: value" lines. The fields it needs: ${requiredFields(schema).join(', ')}.`,
    );
  }
  // The text policy first: a control character in a name or a headline is refused, with the field and the character.
  const forbidden = forbiddenInData(raw);
  if (forbidden.length) {
    return {
      ok: false,
      problems: forbidden.map(([field, c]) => ({
        file,
        field,
        message: `holds ${c.name} (${c.codePoint}), which no text here may contain. It is invisible in most editors: delete and retype the value.`,
      })),
      raw,
    };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => describeIssue(file, raw, issue, schema)),
    raw,
  };
}

function yamlMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `this is not valid YAML, at ${detail}. Check indentation, and quote values that contain ": ".`;
}

function fail<T>(file: string, field: string, message: string): Parsed<T> {
  return { ok: false, problems: [{ file, field, message }] };
}
