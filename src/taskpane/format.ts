// Numbers between the pane and a person. Display uses the catalog's formatter (one way to write
// "35.388,5" for every door, exact like the CLI); input parsing is the pane's own, because a form
// field is typed by hand and must be read strictly, not guessed at like a pasted cell.
import { Decimal } from '../core/decimal';
export { formatAmount, formatPercent } from '../core/i18n';

/**
 * What a person types for an amount or a rate ("12.000", "12000", "7,5", "7.5") → a plain
 * decimal string, or null if it is not a number. A "." followed by groups of exactly three
 * digits groups thousands, as officers write; a "," is the decimal mark.
 */
export function parseTypedNumber(text: string): string | null {
  const t = text.trim().replace(/\s+/g, '');
  if (t === '') return null;
  let normalized: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) normalized = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+(,\d+)?$/.test(t)) normalized = t.replace(',', '.');
  else if (/^-?\d*\.\d+$/.test(t)) normalized = t;
  else return null;
  return new Decimal(normalized).toFixed();
}
