// A digest's money in the consolidation's unit. Digests keep amounts as decimal strings in their
// table's unit for as long as the consolidation is held, and they are converted when they are
// added up or written: a hundred thousand rows kept as Decimals would take ten times the memory
// of the strings they were read from.
import { Decimal } from '../decimal';
import { convertUnit } from '../money';
import type { MoneyUnit } from '../types';
import type { Part } from './totals';
import type { DigestPart } from './types';

export function convertAmount(amount: string, from: MoneyUnit, to: MoneyUnit): Decimal {
  return convertUnit(new Decimal(amount), from, to);
}

export function convertPart(p: DigestPart, from: MoneyUnit, to: MoneyUnit): Part & { years: [number, Decimal][] } {
  return { code: p.code, type: p.type, amount: convertAmount(p.amount, from, to), years: p.years.map(([y, v]) => [y, convertAmount(v, from, to)]) };
}
