/** The hostile Markdown corpus: public payloads and this project's own (tests/fixtures/hostile/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One payload, as stored in the fixture files. */
export interface Payload {
  id: string;
  category: string;
  source: string;
  markdown: string;
  /** Text that must stay visible on the page. */
  visible?: string;
  /** The payload turns the rest of the document into raw HTML (CommonMark HTML blocks 1 and 2). */
  swallowsRest?: boolean;
}

const FOLDER = join(import.meta.dirname, '../fixtures/hostile');
const load = (name: string): Payload[] =>
  (JSON.parse(readFileSync(join(FOLDER, name), 'utf8')) as { payloads: Payload[] }).payloads;

/**
 * Every payload: the 48 from public collections (a copy of ../shared/test-data/markdown-xss-public.json, so a fresh
 * clone has them), then this project's own. Those that swallow the rest of a document come last.
 */
export const PAYLOADS: Payload[] = [...load('markdown-xss-public.json'), ...load('payloads.json')].sort(
  (a, b) => Number(a.swallowsRest ?? false) - Number(b.swallowsRest ?? false),
);

/** The payload between two ordinary paragraphs, whose text must survive. */
export function surround(payload: Payload): string {
  return `${before(payload)}\n\n${payload.markdown}\n\n${after(payload)}\n`;
}

/** The ordinary paragraph before a payload. */
export const before = (payload: Payload) => `Plain words before ${payload.id}.`;
/** The ordinary paragraph after a payload. */
export const after = (payload: Payload) => `Plain words after ${payload.id}.`;
