// One value per object, made the first time it is asked for: readings that many rows share (an
// allocation, a time text, a source list) are turned into JSON, sums or sorted years once, and
// dropped with the object they came from.
export function memo<K extends object, V>(cache: WeakMap<K, V>, key: K, make: (k: K) => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make(key);
    cache.set(key, v);
  }
  return v;
}
