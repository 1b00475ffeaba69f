// A table row as row-reader.ts makes it. A 100.000-row form keeps every row through the whole
// check, and on this scale the bytes a row keeps cost more than the work of reading it: each
// field of a row is 8 bytes on every row. So a row keeps as its own fields only what differs
// from row to row or is written later (the tree, the amount, the allocation, the sources); what
// follows from them is read through the prototype: the total cell's text and reading, and the
// row's words (time, source text, mode), which plans repeat on thousands of rows and so share.
// Its six small words (kind, amountFrom, sourcesFrom, allocationBasis, amountPer, bold) share one number.
import type { AllocationBasis, MoneyCell, RowKind, TableRow } from './model';
import type { ModeReading, MoneyPer, MoneyReading, SourcePart, TimeReading } from './types';

/**
 * What the rows of one table share for each distinct set of words (row-reader.ts makes each once
 * per table, never mutated): the words as read, and where the total cell stands among the cells.
 */
export interface RowWords {
  /** The total column's place among a row's money cells; -1 when the table has none. */
  total: number;
  /** The time cell's text, also when the table's years come from columns. */
  timeText: string;
  /** The time cell read; null when the table has no time column. */
  time: TimeReading | null;
  sourceText: string;
  /** The sources the source text names (the row's `sources` when it fills no source column). */
  textParts: SourcePart[];
  /** The mode cell read; null when the table has no mode column or the cell is empty. */
  mode: ModeReading | null;
}

/** The cell of a row without a total cell, never mutated. */
const NO_TOTAL: MoneyCell = Object.freeze({ text: '', value: null, reading: null, isNumber: false, formula: null, billionths: NaN });

// A row's six small words (its kind, where its amount and sources came from, how it was
// allocated, its amount's per, bold) in one number, two bits each and one for bold: one field
// instead of six. The per is decided as the row is read: a rule reading it on every row then
// does not go to the total cell (an object of its own, elsewhere in memory) for it.
const KINDS: readonly RowKind[] = ['item', 'section', 'total'];
const AMOUNT_FROM: readonly TableRow['amountFrom'][] = [null, 'cell', 'columns'];
const SOURCES_FROM: readonly TableRow['sourcesFrom'][] = ['none', 'text', 'columns'];
const BASES: readonly AllocationBasis[] = ['none', 'columns', 'text', 'even'];
const KIND = 0;
const AMOUNT = 2;
const SOURCES = 4;
const BASIS = 6;
const PERS: readonly MoneyPer[] = ['total', 'year', 'month'];
const PER = 8;
const BOLD = 1 << 10;

/**
 * The flags of a row as read: an item, not allocated; `total` its total cell; `perYear`: its
 * column is money a year ("Kinh phí/năm"), so a figure there is too.
 */
export function rowFlags(total: MoneyCell, sourcesFrom: TableRow['sourcesFrom'], bold: boolean, perYear = false): number {
  // A number's reading is always per total (and is made only when asked for).
  const per = total.isNumber ? (perYear ? 'year' : 'total') : total.reading ? total.reading.per : 'total';
  return (AMOUNT_FROM.indexOf(total.value ? 'cell' : null) << AMOUNT) | (SOURCES_FROM.indexOf(sourcesFrom) << SOURCES) |
    (PERS.indexOf(per) << PER) | (bold ? BOLD : 0);
}

/**
 * The prototype of every row the reader makes (the fields are the row's own, set by the literal
 * in row-reader.ts, for the reason NumberCell.make gives). Nothing writes these getters' fields:
 * a row's total cell and words are as read.
 */
export class ReadRow {
  declare readonly cells: MoneyCell[];
  declare readonly words: RowWords;
  /** The small words (rowFlags). */
  declare private flags: number;

  private field(at: number): number {
    return (this.flags >> at) & 3;
  }

  private setField(at: number, code: number): void {
    this.flags = (this.flags & ~(3 << at)) | (code << at);
  }

  get kind(): RowKind {
    return KINDS[this.field(KIND)];
  }

  set kind(kind: RowKind) {
    this.setField(KIND, KINDS.indexOf(kind));
  }

  get amountFrom(): TableRow['amountFrom'] {
    return AMOUNT_FROM[this.field(AMOUNT)];
  }

  set amountFrom(from: TableRow['amountFrom']) {
    this.setField(AMOUNT, AMOUNT_FROM.indexOf(from));
  }

  get sourcesFrom(): TableRow['sourcesFrom'] {
    return SOURCES_FROM[this.field(SOURCES)];
  }

  set sourcesFrom(from: TableRow['sourcesFrom']) {
    this.setField(SOURCES, SOURCES_FROM.indexOf(from));
  }

  get allocationBasis(): AllocationBasis {
    return BASES[this.field(BASIS)];
  }

  set allocationBasis(basis: AllocationBasis) {
    this.setField(BASIS, BASES.indexOf(basis));
  }

  get bold(): boolean {
    return (this.flags & BOLD) !== 0;
  }

  private get totalCell(): MoneyCell {
    const k = this.words.total;
    return k >= 0 ? this.cells[k] : NO_TOTAL;
  }

  get amountText(): string {
    return this.totalCell.text;
  }

  // The reading of a number cell is made when first asked for (number-cell.ts): a row no longer
  // asks for it when it is read, only when a rule or a door does.
  get money(): MoneyReading | null {
    return this.totalCell.reading;
  }

  get amountPer(): MoneyPer {
    return PERS[this.field(PER)];
  }

  set amountPer(per: MoneyPer) {
    this.setField(PER, PERS.indexOf(per));
  }

  get timeText(): string {
    return this.words.timeText;
  }

  get time(): TimeReading | null {
    return this.words.time;
  }

  get sourceText(): string {
    return this.words.sourceText;
  }

  get mode(): ModeReading | null {
    return this.words.mode;
  }
}
