/**
 * What the parser made of each file at the last build, so that a build parses only the files that changed: reading
 * the YAML of every article is most of reading the content (about 1.5 ms a file). A file's entry is keyed by a
 * digest of its kind, path, id and bytes; the build command names the memo's file, under a digest of the code that
 * parses (PARSE_MEMO_VARIABLE), so other code never reads it. Only results that come back from JSON exactly as
 * they went in are kept, and only valid files: a file with problems is parsed every time, for its messages.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Parsed } from './parse-file.ts';

/** The variable through which the build command names the memo's file; without it nothing is remembered. */
export const PARSE_MEMO_VARIABLE = 'PARSE_MEMO_FILE';

/**
 * Set (to "1") by the build command for its Astro process, whose content check reads the same folder beside it and
 * writes the memo back: Astro's reading then only reads the memo, and spends no time writing the same file again.
 */
export const PARSE_MEMO_KEPT_VARIABLE = 'PARSE_MEMO_KEPT_ELSEWHERE';

/** A memo of parsed files, read from one file and written back with what this reading used. */
export interface ParseMemo {
  /** What `parse` makes of `bytes`, from the memo when the same file was parsed before. */
  parse<T>(
    kind: string,
    file: string,
    id: string,
    bytes: Uint8Array,
    parse: (file: string, id: string, bytes: Uint8Array) => Parsed<T>,
  ): Parsed<T>;
  /** Writes the entries this reading used, when any was new or any went unused (unless read-only); never throws. */
  save(): void;
  /** Files found in the memo and files parsed, in this reading. */
  readonly counts: { hits: number; misses: number };
}

/**
 * The memo kept in `file` (none yet, or unreadable: an empty one). A read-only memo never writes the file: another
 * reading of the same content keeps it.
 */
export function openParseMemo(file: string, options: { readOnly?: boolean } = {}): ParseMemo {
  let stored: Record<string, string> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    // No memo yet: every file is parsed.
  }
  const used = new Map<string, string>();
  const counts = { hits: 0, misses: 0 };
  return {
    counts,
    parse(kind, file, id, bytes, parse) {
      const key = createHash('sha256').update(`${kind}\0${file}\0${id}\0`).update(bytes).digest('base64url');
      const known = stored[key];
      if (known !== undefined) {
        counts.hits++;
        used.set(key, known);
        return JSON.parse(known) as ReturnType<typeof parse>;
      }
      counts.misses++;
      const parsed = parse(file, id, bytes);
      if (parsed.ok) {
        const text = JSON.stringify(parsed);
        if (isDeepStrictEqual(JSON.parse(text), parsed)) used.set(key, text);
      }
      return parsed;
    },
    save() {
      if (options.readOnly) return;
      if (counts.misses === 0 && used.size === Object.keys(stored).length) return;
      const partial = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(partial, JSON.stringify(Object.fromEntries(used)));
        renameSync(partial, file);
      } catch {
        rmSync(partial, { force: true });
      }
    },
  };
}
