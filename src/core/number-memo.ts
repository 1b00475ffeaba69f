// A memo keyed by a JS number. Sheets hold the same figures on thousands of rows, so the row
// reader reads each distinct figure once; a Map keyed by non-integer numbers hashes each key
// through the engine's slow path (a few hundred nanoseconds a lookup, and a 100.000-row form
// looks up a million cells), so this is an open-addressed table on the number's own bits.

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

export class NumberMemo<T> {
  private keys = new Float64Array(64);
  private values: (T | undefined)[] = new Array<T | undefined>(64).fill(undefined);
  private size = 0;
  private mask = 63;

  /** What is kept for `n`, read by `make` the first time. NaN and ±Infinity are read every time. */
  get(n: number, make: (n: number) => T): T {
    if (!Number.isFinite(n)) return make(n);
    // -0 and 0 are one key, as in a Map.
    const key = n === 0 ? 0 : n;
    let at = this.slot(key);
    const found = this.values[at];
    if (found !== undefined) return found;
    const made = make(key);
    if (++this.size * 2 > this.mask) {
      this.grow();
      at = this.slot(key);
    }
    this.keys[at] = key;
    this.values[at] = made;
    return made;
  }

  /** The slot holding `key`, or the empty slot where it goes. */
  private slot(key: number): number {
    F64[0] = key;
    let h = Math.imul(U32[0] ^ Math.imul(U32[1], 0x85ebca6b), 0x9e3779b1);
    h = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      if (this.values[h] === undefined || this.keys[h] === key) return h;
      h = (h + 1) & this.mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const capacity = (this.mask + 1) * 2;
    this.keys = new Float64Array(capacity);
    this.values = new Array<T | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      const v = values[i];
      if (v === undefined) continue;
      const at = this.slot(keys[i]);
      this.keys[at] = keys[i];
      this.values[at] = v;
    }
  }
}
