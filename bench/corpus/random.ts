/** A small seeded pseudo-random generator, so that one seed always gives the same corpus on every machine. */

/** A deterministic source of randomness with the few draws the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An index in [0, n) drawn from a Zipf law of exponent s: index 0 is the most frequent. */
  zipf(n: number, s?: number): number;
}

/** Creates a Random from a seed (mulberry32: fast, 32-bit state, good enough for synthetic text). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Cumulative Zipf weights per (n, s), computed once: the generator draws millions of mentions.
  const tables = new Map<string, Float64Array>();
  const zipf = (n: number, s = 1) => {
    const key = `${n}:${s}`;
    let table = tables.get(key);
    if (!table) {
      table = new Float64Array(n);
      let sum = 0;
      for (let i = 0; i < n; i++) table[i] = sum += 1 / Math.pow(i + 1, s);
      for (let i = 0; i < n; i++) table[i]! /= sum;
      tables.set(key, table);
    }
    const x = next();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (table[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
    zipf,
  };
}
