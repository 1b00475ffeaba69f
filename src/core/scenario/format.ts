// Numbers shown to a reader the way Vietnamese officers write them ("35.388,5"), or the English
// way ("35,388.5"), rounded for a scenario's computed figures. Display only: JSON and formulas
// carry plain exact values. The writing itself is the catalog's one formatter.
import type { Decimal } from '../decimal';
import { formatAmount as formatInLang } from '../i18n';
import type { Lang } from '../types';

export function formatAmount(value: Decimal, lang: Lang, decimals = 3): string {
  return formatInLang(lang, value, decimals);
}

export function formatPercent(rate: Decimal, lang: Lang): string {
  return `${formatAmount(rate.times(100), lang, 2)}%`;
}
