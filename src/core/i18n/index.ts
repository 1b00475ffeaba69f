// The one message catalog (DESIGN: one of each thing). Every text a user reads, in any door,
// lives under src/core/i18n/, Vietnamese first and English second, in one file per area:
//   findings.ts        finding messages (check, scenario, consolidate), keyed by FindingCode + variant
//   rules.ts           the law: procedure routes, which rule set and why, how sure we are of a text
//   scenario.ts        invest or lease: field names and problems, notes, the CLI summary, pane words
//   scenario-sheet.ts  the "NS Phương án" sheet's labels
//   pane.ts            the task pane's and the preview page's labels
//   functions.ts       the Excel custom functions' error messages
//   (more areas are added as files here: the CLI's one-line errors)
// Amounts arrive already formatted for the language, by formatAmount below (the one formatter).
import { Decimal } from '../decimal';
import { formatVnd } from '../format';
import type { Lang } from '../types';

export { message } from './findings';
export type { MessageParams } from './findings';

/**
 * An amount as the language writes it: "35.388,5" in Vietnamese, "35,388.5" in English. Exact
 * (every decimal the value has) unless `maxDecimals` asks for a rounded figure (present values).
 */
export function formatAmount(lang: Lang, value: Decimal, maxDecimals?: number): string {
  const vi = formatVnd(maxDecimals === undefined ? value : value.toDecimalPlaces(maxDecimals));
  if (lang === 'vi') return vi;
  return vi.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** An amount with its unit, as messages name money: "1.800 triệu đồng" / "1,800 triệu đồng". */
export function formatMoney(lang: Lang, value: Decimal, unit: string): string {
  return `${formatAmount(lang, value)} ${unit}`;
}

/** A file size as the language writes numbers: "1,5 MB" / "1.5 MB"; under a megabyte in KB. */
export function formatFileSize(lang: Lang, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatAmount(lang, new Decimal(Math.ceil(bytes / 1024)))} KB`;
  return `${formatAmount(lang, new Decimal(bytes).dividedBy(1024 * 1024), 1)} MB`;
}

/** A rate as a percentage, to 2 decimals: 0.055 → "5,5%" in Vietnamese, "5.5%" in English. */
export function formatPercent(lang: Lang, rate: Decimal): string {
  return `${formatAmount(lang, rate.times(100).toDecimalPlaces(2))}%`;
}

/**
 * The language of an Office display language ("vi-VN", "en-US"): Vietnamese for Vietnamese and
 * when Office says nothing, English for any other language.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  if (!locale) return 'vi';
  return locale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}
