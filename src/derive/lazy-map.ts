/**
 * Read-only maps and caches whose values are loaded when asked for, so that a shard of a sharded build holds a
 * few of the corpus's articles and entities at a time rather than all of them (corpus-index.ts).
 */

/** A map of `keys` (in that order) whose values `load` reads on every `get`; callers cache what they reuse. */
export function lazyMap<V>(keys: readonly string[], load: (key: string) => V): ReadonlyMap<string, V> {
  const known = new Set(keys);
  const entries = () => keys.values().map((key): [string, V] => [key, load(key)]) as MapIterator<[string, V]>;
  return {
    get: (key) => (known.has(key) ? load(key) : undefined),
    has: (key) => known.has(key),
    size: known.size,
    keys: () => known.keys(),
    values: () => keys.values().map(load) as MapIterator<V>,
    entries,
    forEach(callback, thisArg) {
      for (const [key, value] of entries()) callback.call(thisArg, value, key, this);
    },
    [Symbol.iterator]: entries,
  };
}

/**
 * `load` behind a cache of the `limit` values last asked for: `(id, arg)` answers the cached value of `id`, or
 * loads it from `arg`.
 */
export function recentlyUsed<A, V>(limit: number, load: (arg: A) => V): (id: string, arg: A) => V {
  const cache = new Map<string, V>();
  return (id, arg) => {
    let value = cache.get(id);
    if (value !== undefined) {
      // Map keeps insertion order: put it last, as the one used most recently.
      cache.delete(id);
    } else {
      value = load(arg);
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    }
    cache.set(id, value);
    return value;
  };
}
