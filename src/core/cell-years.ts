// A row's money per year as its year columns state it, read through the row's own cells instead
// of copied into a Map of its own. A 100.000-row form built a Map per row (two hash tables: the
// first is outgrown at the fifth year) and kept every one through the whole check; a row now
// keeps one small object that points at its cells. It reads as a Map (the rules, the totals, the
// JSON and the result sheets read it so); a write, which nothing in the check does, turns it into one.
import type { Decimal } from './decimal';
import type { ColumnInfo, MoneyCell } from './model';

/** The most year columns a row's mask (one bit each) holds. */
const MAX_COLUMNS = 30;

/** A table's year columns in year order: a row's years are these columns' cells. */
export class YearColumns {
  private constructor(
    /** The years, ascending, each once. */
    readonly years: readonly number[],
    /** Where each year's cell stands among a row's money cells. */
    readonly at: readonly number[],
  ) {}

  /**
   * The year columns among `money` at `indexes`, or null when two name the same year (a row's
   * year is then the sum of its cells, a new Decimal: the reader keeps a Map for it) or there are
   * more than a mask holds.
   */
  static of(money: readonly ColumnInfo[], indexes: readonly number[]): YearColumns | null {
    if (indexes.length === 0 || indexes.length > MAX_COLUMNS) return null;
    const order = [...indexes].sort((a, b) => (money[a].year as number) - (money[b].year as number));
    const years = order.map((k) => money[k].year as number);
    for (let j = 1; j < years.length; j++) if (years[j] === years[j - 1]) return null;
    return new YearColumns(years, order);
  }

  /** Each mask's years met so far (a form's rows fill the same few; never more than its rows), never mutated. */
  private readonly byMask: (Map<number, number> | undefined)[] = [];

  /**
   * The year cells of one row (CellYears), a literal for the reason NumberCell.make gives. Three
   * fields a row: its count of years is its mask's (yearsOf), and the Map a write makes is added
   * only then.
   */
  row(cells: readonly MoneyCell[], mask: number): CellYears {
    const years = { __proto__: CellYears.prototype, cells, columns: this, mask };
    return years as unknown as CellYears;
  }

  /** The years whose bits are set in `mask`, ascending, each with its cell's place among a row's money cells. */
  yearsOf(mask: number): ReadonlyMap<number, number> {
    let out = this.byMask[mask];
    if (out === undefined) {
      out = new Map();
      for (let j = 0; j < this.years.length; j++) if ((mask & (1 << j)) !== 0) out.set(this.years[j], this.at[j]);
      this.byMask[mask] = out;
    }
    return out;
  }
}

/**
 * The non-zero year cells of one row: bit j of `mask` set when the year columns' j-th cell holds
 * a non-zero amount (row-reader.ts decides it from the cell's number, as it did for the Map).
 * Iterates in ascending year order, as the Map the reader built did.
 */
export class CellYears implements Map<number, Decimal> {
  /** The Map this became when written to; absent while it reads the cells. */
  private own?: Map<number, Decimal>;

  private constructor(
    private readonly cells: readonly MoneyCell[],
    private readonly columns: YearColumns,
    private readonly mask: number,
  ) {}

  get [Symbol.toStringTag](): string {
    return 'Map';
  }

  get size(): number {
    return this.own ? this.own.size : this.columns.yearsOf(this.mask).size;
  }

  get(year: number): Decimal | undefined {
    if (this.own) return this.own.get(year);
    const k = this.columns.yearsOf(this.mask).get(year);
    return k === undefined ? undefined : (this.cells[k].value as Decimal);
  }

  has(year: number): boolean {
    return this.own ? this.own.has(year) : this.columns.yearsOf(this.mask).has(year);
  }

  forEach(each: (value: Decimal, year: number, map: Map<number, Decimal>) => void, thisArg?: unknown): void {
    for (const [year, value] of this.entries()) each.call(thisArg, value, year, this);
  }

  // The years are the mask's shared Map's own keys: a rule spreads a row's years ([...keys()]) on
  // every row of the form, and a Map's iterator is the engine's fast path.
  entries(): MapIterator<[number, Decimal]> {
    if (this.own) return this.own.entries();
    const out: [number, Decimal][] = [];
    for (const [year, k] of this.columns.yearsOf(this.mask)) out.push([year, this.cells[k].value as Decimal]);
    return out.values();
  }

  keys(): MapIterator<number> {
    return this.own ? this.own.keys() : this.columns.yearsOf(this.mask).keys();
  }

  values(): MapIterator<Decimal> {
    if (this.own) return this.own.values();
    const out: Decimal[] = [];
    for (const k of this.columns.yearsOf(this.mask).values()) out.push(this.cells[k].value as Decimal);
    return out.values();
  }

  [Symbol.iterator](): MapIterator<[number, Decimal]> {
    return this.entries();
  }

  set(year: number, value: Decimal): this {
    this.written().set(year, value);
    return this;
  }

  delete(year: number): boolean {
    return this.written().delete(year);
  }

  clear(): void {
    this.written().clear();
  }

  private written(): Map<number, Decimal> {
    if (!this.own) this.own = new Map(this.entries());
    return this.own;
  }
}
