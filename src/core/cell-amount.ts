// The amount in one cell, whatever the door handed us: an Excel number or a text.
import { compactDigits, Decimal } from './decimal';
import type { CellValue } from './grid';
import { parseMoney } from './money';
import { moneyReason } from './i18n/money-reasons';
import type { MoneyNote, MoneyReading, MoneyUnit, MoneyWhy } from './types';

const NOT_FINITE: MoneyWhy = { kind: 'notFinite', text: null };

/**
 * Excel keeps numbers as doubles, so a cell computed by a formula can hold 168686.49999999997.
 * Nine decimal places is far below any budget unit (a nghìn of a triệu) and far above double noise.
 */
const CELL_DECIMALS = 9;

const SHORT = /^-?\d+(\.\d{1,9})?$/;

export function numberToDecimal(n: number): Decimal | null {
  if (!Number.isFinite(n)) return null;
  const text = String(n);
  // Most cells print with few decimals and no exponent: nothing to round.
  // Kept by the cell for the whole check: its digit list cut to size (compactDigits).
  return compactDigits(SHORT.test(text) ? new Decimal(text) : new Decimal(text).toDecimalPlaces(CELL_DECIMALS));
}

/** A number cell's reading carries no notes; frozen, as every number cell shares it. */
const NO_NOTES: MoneyNote[] = Object.freeze([]) as unknown as MoneyNote[];

/** The reading of a number cell printed as `input`, whose amount `value` is already known. */
export function numberReading(input: string, value: Decimal | null, unit: MoneyUnit): MoneyReading {
  return {
    input, value, unit, per: 'total', unitExplicit: false, ambiguous: false,
    reason: value === null ? moneyReason('en', NOT_FINITE) : null, why: value === null ? NOT_FINITE : undefined, notes: NO_NOTES, dash: false,
  };
}

/** Reads a cell as money in `unit`; numbers are taken as already in the unit. */
export function readAmountCell(value: CellValue, unit: MoneyUnit): MoneyReading | null {
  if (value === null || value === '' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return numberReading(String(value), numberToDecimal(value), unit);
  if (!value.trim()) return null;
  return parseMoney(value, { unit });
}
