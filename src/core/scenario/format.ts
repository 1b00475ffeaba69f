// Scenario figures for a reader: rounded to what a person reads (3 decimals of the unit, 1.000
// đồng in triệu đồng), then written by the one formatter of the catalog ("35.388,5" /
// "35,388.5"). Display only: JSON and formulas carry plain exact values.
import type { Decimal } from '../decimal';
import { formatAmount as formatInLang, formatPercent as percentInLang } from '../i18n';
import type { Lang } from '../types';
import { SWITCHING_AMOUNTS, type SwitchingKey } from './types';

export function formatAmount(value: Decimal, lang: Lang, decimals = 3): string {
  return formatInLang(lang, value.toDecimalPlaces(decimals));
}

export function formatPercent(rate: Decimal, lang: Lang): string {
  return percentInLang(lang, rate);
}

/** A switching input or value as a reader sees it: an amount, a rate, or years (2 decimals). */
export function formatSwitching(key: SwitchingKey, value: Decimal, lang: Lang): string {
  if (SWITCHING_AMOUNTS.has(key)) return formatAmount(value, lang);
  return key === 'usefulLifeYears' ? formatAmount(value, lang, 2) : formatPercent(value, lang);
}
