// Scenario figures for a reader: rounded to what a person reads (3 decimals of the unit, 1.000
// đồng in triệu đồng), then written by the one formatter of the catalog ("35.388,5" /
// "35,388.5"). Display only: JSON and formulas carry plain exact values.
import type { Decimal } from '../decimal';
import { formatAmount as formatInLang, formatPercent as percentInLang } from '../i18n';
import type { Lang } from '../types';

export function formatAmount(value: Decimal, lang: Lang, decimals = 3): string {
  return formatInLang(lang, value.toDecimalPlaces(decimals));
}

export function formatPercent(rate: Decimal, lang: Lang): string {
  return percentInLang(lang, rate);
}
