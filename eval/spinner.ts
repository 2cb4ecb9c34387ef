/**
 * A small substitution spinner, written to make spun evaluation texts: the site's substitution table run in reverse
 * (an original word becomes one of the spun forms that stand for it), each candidate replaced with a fixed
 * probability from a seeded generator, so the same clean text always gives the same spun one.
 */
import type { SubstitutionTable } from '../src/model/substitution-table.ts';

/** A spun text and what was substituted, for scoring a restoration. */
export interface Spun {
  text: string;
  /** How many words of the original were replaced. */
  substituted: number;
}

/** mulberry32: a tiny seeded generator, enough for reproducible test data. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spins `text`: single-word originals of the table are replaced with probability `rate`, case kept (capitals too). */
export function spin(text: string, table: SubstitutionTable, seed: number, rate = 0.6): Spun {
  const reverse = new Map<string, string[]>();
  for (const entry of table.substitutions) {
    if (!entry.original || entry.original.includes(' ') || entry.spun.includes(' ')) continue;
    const list = reverse.get(entry.original) ?? [];
    list.push(entry.spun);
    reverse.set(entry.original, list);
  }
  const random = seeded(seed);
  let substituted = 0;
  const spun = text.replace(/(?<![\w'’-])[A-Za-z]+(?![\w'’-])/g, (word) => {
    const forms = reverse.get(word.toLowerCase());
    if (!forms || random() >= rate) return word;
    substituted++;
    const form = forms[Math.floor(random() * forms.length)]!;
    if (word.length > 1 && word === word.toUpperCase()) return form.toUpperCase();
    return word[0] === word[0]!.toUpperCase() ? form[0]!.toUpperCase() + form.slice(1) : form;
  });
  return { text: spun, substituted };
}
