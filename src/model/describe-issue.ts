/** Turns zod's validation issues into sentences an editor can act on. */
import type { z } from 'astro/zod';
import { showValue, type ContentProblem } from './content-error.ts';
import { suggest } from './nearest.ts';

type Issue = z.core.$ZodIssue;

/** What each zod type name means in an editor's words. */
const TYPE_WORDS: Record<string, string> = {
  string: 'a piece of text',
  array: 'a list (one "- item" per line, or [a, b])',
  object: 'a group of fields',
  number: 'a number',
  boolean: 'true or false',
};

/** Converts one zod issue on one file's data, validated by `schema`, into a content problem. */
export function describeIssue(file: string, data: unknown, issue: Issue, schema: z.ZodType): ContentProblem[] {
  const field = issue.path.map(String).join('.');
  const found = valueAt(data, issue.path);
  if (issue.code === 'unrecognized_keys') {
    // The fields of the group the unknown key stands in, not of the whole file: "provenance.recieved" is told
    // about provenance's fields.
    const knownKeys = fieldsAt(schema, issue.path);
    return issue.keys.map((key) => ({
      file,
      field: [field, key].filter(Boolean).join('.'),
      message: `"${key}" is not a field here.${suggest(key, knownKeys)} Known fields: ${knownKeys.join(', ')}.`,
    }));
  }
  if (issue.code === 'invalid_type') {
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    const message =
      found === undefined
        ? `this field is required: expected ${expected}.`
        : `expected ${expected}, found ${showValue(found)}.`;
    return [{ file, field, message }];
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = issue.values.map((v) => `"${String(v)}"`).join(', ');
    const hint = typeof found === 'string' ? suggest(found, issue.values.map(String)) : '';
    return [{ file, field, message: `found ${showValue(found)}, expected one of ${allowed}.${hint}` }];
  }
  const expected = issue.message.replace(/^Invalid input:?\s*/i, '');
  const shown = found === undefined ? 'nothing' : showValue(found);
  return [{ file, field, message: `found ${shown}, expected ${expected}.` }];
}

/** The field names of the object schema at `path` inside `schema` (through lists, optional and default values). */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: unknown = schema;
  const def = (s: unknown) => (s as { def?: Record<string, unknown> }).def ?? {};
  const unwrap = (s: unknown): unknown => {
    for (let d = def(s); ; d = def(s)) {
      if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(String(d['type'])))
        s = d['innerType'];
      else if (d['type'] === 'pipe') s = d['in'];
      else return s;
    }
  };
  for (const key of path) {
    at = unwrap(at);
    const d = def(at);
    if (d['type'] === 'array') at = d['element'];
    else if (d['type'] === 'object') at = (d['shape'] as Record<string, unknown>)[String(key)];
    else return [];
  }
  const d = def(unwrap(at));
  return d['type'] === 'object' ? Object.keys(d['shape'] as Record<string, unknown>) : [];
}

/** The fields an object schema requires: neither optional nor given a default. */
export function requiredFields(schema: z.ZodType): string[] {
  const shape = (schema as { def?: { shape?: Record<string, { def?: { type?: string } }> } }).def?.shape ?? {};
  return Object.entries(shape)
    .filter(([, field]) => !['optional', 'default', 'prefault'].includes(String(field.def?.type)))
    .map(([name]) => name);
}

/** The value at a path in parsed data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
