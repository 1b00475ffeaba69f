// The plan period ("GIAI ĐOẠN 2021 - 2025") from a title line or a --period flag value.
// "Hàng năm" and "02 năm/lần" only mean something against this period, so a wrong period
// silently moves money between years: when in doubt, answer null and let the caller ask.
import { fold, normalizeDashes } from './text';
import type { Period } from './types';

/** Years a budget table can plausibly talk about; anything else is a document number or garbage. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;
/** Longest span (in years, inclusive) read as a range or a period; a longer one is a typo. */
export const MAX_SPAN_YEARS = 30;
/** Title lines are short; a longer text is cut so no input costs more than a bounded scan. */
const MAX_TEXT = 2000;

// A year range: 4-digit year, a dash (or "đến"/"tới"/"÷"/"~"), a 4-digit or 2-digit year.
// Digits are bounded on both sides so "10693/KH" or "2021-2025-2030" cannot half-match silently.
// The leading group stands in for a lookbehind, which the EdgeHTML webview cannot parse (ES2017).
const RANGE = /(^|[^\d./])(\d{4})\s*(?:-|÷|~|\bden\b|\btoi\b)\s*(?:nam\s+)?(\d{4}|\d{2})(?![\d/])/g;
const SINGLE = /^(?:nam\s+)?(\d{4})$/;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A period the readers can trust: whole plausible years, from ≤ to, at most MAX_SPAN_YEARS long. */
export function isValidPeriod(period: Period | null | undefined): period is Period {
  return (
    period != null &&
    isPlausibleYear(period.from) &&
    isPlausibleYear(period.to) &&
    period.from <= period.to &&
    period.to - period.from + 1 <= MAX_SPAN_YEARS
  );
}

/** A period as officers write it: "2021–2025", or "2026" for a one-year plan. */
export function periodText(period: Period, dash = '–'): string {
  return period.from === period.to ? String(period.from) : `${period.from}${dash}${period.to}`;
}

/** The years of a valid period, ascending. */
export function periodYears(period: Period): number[] {
  const years: number[] = [];
  for (let y = period.from; y <= period.to; y++) years.push(y);
  return years;
}

/** Reads "2021-23" style shorthand: the end takes the start's century. */
function endYear(from: number, endText: string): number {
  if (endText.length === 4) return Number(endText);
  return Math.floor(from / 100) * 100 + Number(endText);
}

/**
 * "GIAI ĐOẠN 2021 - 2025", "giai đoạn 2016-2020", "Kế hoạch … năm 2021-2025", "2021 – 2025",
 * "2021-25", "2024" (a flag value for a one-year plan), "Kế hoạch … năm 2026" (a one-year plan).
 * Null when no trustworthy period is named.
 * When a line names several ranges, the one after "giai đoạn" wins (titles often add
 * "định hướng đến 2030" or cite an older plan).
 */
export function parsePeriod(text: string): Period | null {
  if (typeof text !== 'string') return null;
  const folded = fold(normalizeDashes(text.slice(0, MAX_TEXT)));
  if (folded === '') return null;

  const single = SINGLE.exec(folded);
  if (single) {
    const year = Number(single[1]);
    return isPlausibleYear(year) ? { from: year, to: year } : null;
  }

  let first: Period | null = null;
  let afterStage: Period | null = null;
  RANGE.lastIndex = 0;
  for (let match = RANGE.exec(folded); match !== null; match = RANGE.exec(folded)) {
    const from = Number(match[2]);
    const period = { from, to: endYear(from, match[3]) };
    const start = match.index + match[1].length;
    if (!isValidPeriod(period)) continue;
    if (first === null) first = period;
    const before = folded.slice(Math.max(0, start - 20), start);
    if (afterStage === null && /giai doan\s*(?:tu\s*)?(?:nam\s*)?$/.test(before)) afterStage = period;
  }
  return afterStage ?? first ?? planYear(folded);
}

// "Kế hoạch ứng dụng CNTT năm 2026", "Dự toán kinh phí năm 2025", "Đề xuất (Dự kiến, Phân bổ)
// kinh phí năm 2027": a one-year plan. Not a date ("ngày 5 tháng 3 năm 2021"), nor a horizon
// ("định hướng đến năm 2030", "từ năm 2021").
const PLAN_WORDS = /\b(ke hoach|du toan|nhu cau|danh muc|phu luc|tong hop|du kien|de xuat|phan bo)\b/;
const PLAN_YEAR = /(^|[^\d./])nam\s+(\d{4})(?![\d/])/g;
const NOT_PLAN_YEAR = /\b(thang\s*\d{1,2}|den|toi|tu|sau|truoc|dau|cuoi|giua)\s*$/;
// "đầu tư năm 2026" (an investment plan's year) folds like "từ năm 2026" (a start).
const INVEST_BEFORE = /\bdau tu\s*$/;

// A title naming two plan years ("thực hiện dự toán năm 2025 và dự toán năm 2026") covers both.
function planYear(folded: string): Period | null {
  if (!PLAN_WORDS.test(folded)) return null;
  PLAN_YEAR.lastIndex = 0;
  let period: Period | null = null;
  for (let m = PLAN_YEAR.exec(folded); m !== null; m = PLAN_YEAR.exec(folded)) {
    const start = m.index + m[1].length;
    const before = folded.slice(Math.max(0, start - 16), start);
    if (NOT_PLAN_YEAR.test(before) && !INVEST_BEFORE.test(before)) continue;
    const year = Number(m[2]);
    if (!isPlausibleYear(year)) return null;
    period = period === null ? { from: year, to: year } : { from: Math.min(period.from, year), to: Math.max(period.to, year) };
  }
  return period !== null && isValidPeriod(period) ? period : null;
}
