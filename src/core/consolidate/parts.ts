// A digest part's money in the consolidation's unit. Parts stay as the digest wrote them (decimal
// strings in the table's unit) for as long as the consolidation is held, and are converted when
// they are added up or written: a hundred thousand rows kept as Decimals and Maps would take ten
// times the memory of the strings they were read from.
import { Decimal } from '../decimal';
import { convertUnit } from '../money';
import type { MoneyUnit } from '../types';
import type { DigestPart } from './types';

export interface ConvertedPart {
  code: DigestPart['code'];
  type: DigestPart['type'];
  amount: Decimal;
  years: [number, Decimal][];
}

export function convertAmount(amount: string, from: MoneyUnit, to: MoneyUnit): Decimal {
  return convertUnit(new Decimal(amount), from, to);
}

export function convertPart(p: DigestPart, from: MoneyUnit, to: MoneyUnit): ConvertedPart {
  return { code: p.code, type: p.type, amount: convertAmount(p.amount, from, to), years: p.years.map(([y, v]) => [y, convertAmount(v, from, to)]) };
}
