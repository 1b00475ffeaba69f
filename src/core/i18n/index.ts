// The one message catalog (DESIGN: one of each thing). Every text a user reads, in any door,
// lives under src/core/i18n/, Vietnamese first and English second, in one file per area:
//   findings.ts  finding messages (check, scenario, consolidate), keyed by FindingCode + variant
//   rules.ts     the law: procedure routes, which rule set and why, how sure we are of a text
//   scenario.ts  invest or lease: field names and problems, notes, the CLI summary, pane words
//   scenario-sheet.ts  the "NS Phương án" sheet's labels
//   (more areas are added as files here: the CLI's one-line errors, the pane's labels, the
//   scenario input, the custom functions' errors)
// Amounts arrive already formatted for the language, by formatAmount below (the one formatter).
import type { Decimal } from '../decimal';
import { formatVnd } from '../format';
import type { Lang } from '../types';

export { message } from './findings';
export type { MessageParams } from './findings';

/** An amount as the language writes it: "35.388,5" in Vietnamese, "35,388.5" in English. */
export function formatAmount(lang: Lang, value: Decimal): string {
  const vi = formatVnd(value);
  if (lang === 'vi') return vi;
  return vi.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** A rate as a percentage, to 2 decimals: 0.055 → "5,5%" in Vietnamese, "5.5%" in English. */
export function formatPercent(lang: Lang, rate: Decimal): string {
  return `${formatAmount(lang, rate.times(100).toDecimalPlaces(2))}%`;
}
