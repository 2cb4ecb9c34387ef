/** Near-match suggestions for error messages, so an editor's typo (an id, a field, a kind) comes back with what they meant. */

/** The known values closest to `wanted` by edit distance (ignoring case), best first, at most `limit`. */
export function nearest(wanted: string, known: Iterable<string>, limit = 3): string[] {
  const scored: Array<[string, number]> = [];
  const lower = wanted.toLowerCase();
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    const distance = editDistance(lower, other);
    // A suggestion further away than a third of the word is noise, except when one contains the other.
    const close = distance <= Math.max(2, Math.floor(wanted.length / 3));
    if (close || other.includes(lower) || lower.includes(other)) scored.push([candidate, distance]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return scored.slice(0, limit).map(([candidate]) => candidate);
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** "Did you mean …?" text for a message, or '' when nothing is close. */
export function suggest(wanted: string, known: Iterable<string>): string {
  const near = nearest(wanted, known);
  return near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
}
