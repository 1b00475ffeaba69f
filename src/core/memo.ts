// One value per key, made the first time it is asked for: readings that many rows share (an
// allocation, a time text, a source list) are turned into JSON, sums or sorted years once, and
// dropped with the object they came from (a WeakMap); texts read once per table (a Map); what
// rules ask of a row, kept by its sheet row (row-index.ts).

/** Where `memo` keeps what it made. */
export interface MemoCache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

export function memo<K, V>(cache: MemoCache<K, V>, key: K, make: (k: K) => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make(key);
    cache.set(key, v);
  }
  return v;
}
