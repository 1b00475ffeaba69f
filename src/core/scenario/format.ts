// Numbers shown to a reader the way Vietnamese officers write them ("35.388,5"), or the English
// way ("35,388.5"). Display only: JSON and formulas carry plain exact values.
import type { Decimal } from '../decimal';
import type { Lang } from '../types';

export function formatAmount(value: Decimal, lang: Lang, decimals = 3): string {
  const fixed = value.toDecimalPlaces(decimals).toFixed();
  const negative = fixed.startsWith('-');
  const [intPart, fracPart] = (negative ? fixed.slice(1) : fixed).split('.');
  const group = lang === 'vi' ? '.' : ',';
  const mark = lang === 'vi' ? ',' : '.';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (negative ? '-' : '') + grouped + (fracPart ? mark + fracPart : '');
}

export function formatPercent(rate: Decimal, lang: Lang): string {
  return `${formatAmount(rate.times(100), lang, 2)}%`;
}
