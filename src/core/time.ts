// The "Thời gian triển khai/thực hiện" cell → the years a row spends money in.
// The leading time expression governs; anything in brackets after it is a remark that is kept
// but never read for years ("2017 (các hạng mục khác … từ 2017 - 2020)" is 2017 only).
import { MAX_SPAN_YEARS, isPlausibleYear, isValidPeriod, periodYears } from './period';
import { fold, normalizeDashes } from './text';
import type { Period, TimePattern, TimeReading } from './types';

/** Time cells are short; longer text is read from its first characters only (bounded cost). */
const MAX_TEXT = 300;

// "Hàng năm", "Hằng năm", "Cập nhật hàng năm", "mỗi năm", "Thường xuyên", "liên tục":
// money every year of the period. Monthly or quarterly work also means money every year.
const ANNUAL = /\b(?:hang|moi) (?:nam|thang|quy)\b|\bthuong xuyen\b|\blien tuc\b/;
// "Thực hiện 02 năm/lần", "2 năm/lần", "02 năm một lần", "2 năm 1 lần", "mỗi 2 năm", "định kỳ 3 năm".
// "năm" (five) folds like "năm" (year), so number words stop at "bốn".
const COUNT = '(\\d{1,2}|mot|hai|ba|bon)';
const EVERY_N = [
  new RegExp(`\\b${COUNT} ?nam ?(?:\\/ ?(?:1 |mot )?|(?:1|mot) )lan\\b`),
  new RegExp(`\\b(?:moi|dinh ky) ${COUNT} nam\\b`),
];
const NUMBER_WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4 };
// "Cả giai đoạn", "Trong giai đoạn", "Toàn giai đoạn": the whole plan period.
const WHOLE_PERIOD = /^(?:(?:ca|trong|toan|suot)\s+)?giai doan(?:\s+ke hoach)?$/;
// "2021 - nay", "2021 đến nay", "từ 2021 trở đi", "Năm 2026 và các năm tiếp theo", "Từ 2027 đến
// hết giai đoạn", "2027 - cuối kỳ kế hoạch": open-ended, runs to the period end.
const OPEN_END = /^\s*(?:(?:-|den|toi)\s*(?:nay|hien nay|hien tai|(?:het|cuoi)\s+(?:giai doan|ky)(?: ke hoach)?)|tro di|tro ve sau|,?\s*(?:va )?(?:cac|nhung) nam (?:tiep theo|sau|ke tiep)\b)/;
// "Đến năm 2030", "Đến hết năm 2027", "Trước năm 2028", "Sau năm 2027": one end given, the other
// the plan period's (from its start up to the year, before it, or from the year after it to its end).
// "Từ năm 2027", "Bắt đầu từ năm 2027": from the year to the plan's end (as "2027 trở đi").
// "Từ tháng 3/2026", "Từ quý II/2027", "Từ 01/3/2026": from a month, a quarter or a day of the year
// on, as "Từ năm 2026" (a deadline "Đến tháng 6/2027" stays the year it falls in). The verb officers
// may put first ("Triển khai từ năm 2027") changes nothing.
const ONE_END = /^(?:(?:bat dau|trien khai|thuc hien|ap dung|van hanh) )?(?:(den|toi|truoc|sau|tu)(?: het)?(?: nam)? |(tu) (?:thang \d{1,2}|quy (?:i{1,3}|iv|[1-4])|\d{1,2}\/\d{1,2}) ?\/ ?)(\d{4})\.?$/;
// "36 tháng kể từ 2027", "05 năm kể từ năm 2026", "24 tháng từ 2026": that many months or years from the year.
const LENGTH_FROM = /^(\d{1,3}) (thang|nam) (?:ke )?tu (?:nam )?(\d{4})\.?$/;
// "Năm thứ nhất", "Năm thứ 2", "Năm đầu", "Năm cuối giai đoạn": a year of the plan counted from its start.
const NTH_YEAR = /^nam (?:thu (nhat|hai|ba|tu|nam|[1-9])|(dau tien|dau|cuoi))(?: (?:cua )?(?:giai doan|ke hoach))?$/;
const ORDINALS: Record<string, number> = { nhat: 1, hai: 2, ba: 3, tu: 4, nam: 5 };
// A part of a year without the year ("Quý III", "Tháng 6 - tháng 9", "06 tháng", "6 tháng đầu năm",
// "Cả năm"): in a plan of one year, that year.
const PART_OF_YEAR = /^(?:(?:tu|trong|vao|den) )?(?:quy (?:i{1,3}|iv|[1-4])|thang \d{1,2}|\d{1,2} thang|(?:6|sau) thang (?:dau|cuoi)|ca nam|trong nam)\b/;
// Words that separate two years into a range rather than a list.
const RANGE_SEPARATOR = /-|÷|~|→|\/|\bden\b|\btoi\b/;

/** An ISO date, as the .xlsx reader writes a date cell: "2027-06-30", "2027-06-30T09:00:00". */
const ISO_DATE = /^\s*(\d{4})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T[\d:.]+Z?)?\s*$/;

/** A date's day count as text, with the time of day as its fraction. */
const SERIAL = /^\s*\d{5}(?:\.\d+)?\s*$/;

/** Excel's day count (1900 date system) for 1 January 2000 and for 31 December 2100. */
const SERIAL_2000 = 36526;
const SERIAL_2100_END = 73415;

/** The year of an Excel date serial between 2000 and 2100, else null (not a date a plan writes). */
function serialYear(serial: number): number | null {
  if (!(serial >= SERIAL_2000 && serial < SERIAL_2100_END + 1)) return null;
  // Day 25569 is 1 January 1970, where the engine's dates count from.
  return new Date((Math.floor(serial) - 25569) * 86_400_000).getUTCFullYear();
}

interface YearToken {
  year: number;
  start: number;
  end: number;
}

/** What the head of the cell says, before patterns are applied. */
interface Scan {
  years: number[];
  /** single | range | list, or unknown when a year was absurd or a range impossible. */
  shape: 'none' | 'single' | 'range' | 'list' | 'bad';
  /** The last year is open-ended ("2021 - nay"). */
  openEnd: boolean;
}

function unknown(text: string, remark?: string): TimeReading {
  return remark ? { text, pattern: 'unknown', years: [], remark } : { text, pattern: 'unknown', years: [] };
}

function reading(text: string, pattern: TimePattern, years: number[], remark: string | undefined, everyN?: number): TimeReading {
  const result: TimeReading = { text, pattern, years };
  if (everyN !== undefined) result.everyN = everyN;
  if (remark) result.remark = remark;
  return result;
}

function span(from: number, to: number): number[] {
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);
  return years;
}

/** Four-digit numbers that stand alone (not part of "10693", "1.2345" or a "1383/VP" document number). */
function yearTokens(folded: string): YearToken[] | null {
  const tokens: YearToken[] = [];
  const numbers = /\d+/g;
  let previous: YearToken | null = null;
  for (const match of folded.matchAll(numbers)) {
    const digits = match[0];
    const start = match.index ?? 0;
    const end = start + digits.length;
    const after = folded.slice(end, end + 3);
    const before = folded[start - 1] ?? '';
    // "1.2345" or "2020,5": part of a decimal or grouped number. "2018,2020" is a list.
    if (/[.,]/.test(before) && /(?:^|\D)\d{1,3}$/.test(folded.slice(Math.max(0, start - 5), start - 1))) continue;
    if (digits.length === 4) {
      if (/^\/ ?[a-z]/.test(after) || /^[.,]\d{1,3}(?!\d)/.test(folded.slice(end, end + 5))) continue;
      const year = Number(digits);
      if (!isPlausibleYear(year)) return null;
      previous = { year, start, end };
      tokens.push(previous);
    } else if (digits.length === 2 && previous && tokens[tokens.length - 1] === previous) {
      // "2021-23": two digits right after a year and a dash take the year's century.
      const between = folded.slice(previous.end, start);
      if (/^\s*-\s*$/.test(between) && !/^\s*\//.test(after)) {
        const year: number = Math.floor(previous.year / 100) * 100 + Number(digits);
        previous = { year, start, end };
        tokens.push(previous);
      }
    } else if (digits.length > 4 && !/^\s*\//.test(after)) {
      // A long bare number in a time cell ("20212023") is a typo, not a year.
      return null;
    }
  }
  return tokens;
}

function scan(folded: string): Scan {
  const tokens = yearTokens(folded);
  if (tokens === null) return { years: [], shape: 'bad', openEnd: false };
  if (tokens.length === 0) return { years: [], shape: 'none', openEnd: false };
  const last = tokens[tokens.length - 1];
  const openEnd = OPEN_END.test(folded.slice(last.end));
  if (tokens.length === 1) return { years: [tokens[0].year], shape: 'single', openEnd };

  const years = new Set<number>();
  let ranges = 0;
  let lists = 0;
  let i = 0;
  while (i < tokens.length) {
    const current = tokens[i];
    const next = tokens[i + 1];
    if (next && RANGE_SEPARATOR.test(folded.slice(current.end, next.start))) {
      if (next.year < current.year || next.year - current.year + 1 > MAX_SPAN_YEARS) {
        return { years: [], shape: 'bad', openEnd: false };
      }
      for (const y of span(current.year, next.year)) years.add(y);
      ranges++;
      i += 2;
      if (tokens[i]) lists++;
    } else {
      years.add(current.year);
      if (next) lists++;
      i += 1;
    }
  }
  const sorted = [...years].sort((a, b) => a - b);
  if (sorted.length > MAX_SPAN_YEARS) return { years: [], shape: 'bad', openEnd: false };
  const shape = ranges === 1 && lists === 0 ? 'range' : 'list';
  return { years: sorted, shape, openEnd };
}

function everyN(folded: string): number | null {
  for (const pattern of EVERY_N) {
    const match = pattern.exec(folded);
    if (match) {
      const n = NUMBER_WORDS[match[1]] ?? Number(match[1]);
      return n >= 1 ? n : null;
    }
  }
  return null;
}

/** Splits "2021 – 2022 (Theo Kế hoạch …)" into the time part and the kept remark. */
function splitRemark(text: string): { head: string; remark: string | undefined } {
  const open = text.search(/[([]/);
  if (open < 0) return { head: text, remark: undefined };
  const remark = text.slice(open).trim();
  return { head: text.slice(0, open), remark: remark || undefined };
}

/** A remark that is a range of years and nothing else: "(2026-2028)", "(giai đoạn 2026 - 2028)", folded. */
const BARE_RANGE = /^\(\s*(giai doan |tu nam |tu |nam )?\d{4}\s*-\s*\d{4}\s*\)$/;

function readHead(original: string, head: string, remark: string | undefined, period: Period | null): TimeReading | null {
  const folded = fold(normalizeDashes(head));
  if (folded === '') return null;
  const found = scan(folded);
  if (found.shape === 'bad') return unknown(original, remark);

  const remarkFolded = remark ? fold(normalizeDashes(remark)) : '';
  // A cadence named only in the remark ("2021-2025 (02 năm/lần)") still applies to the head's range.
  const n = everyN(folded) ?? (found.shape === 'range' ? everyN(remarkFolded) : null);
  const annual = n === 1 || ANNUAL.test(folded) || (found.shape === 'range' && ANNUAL.test(remarkFolded));
  // Years for a cadence: those written in the head, else a range in the remark ("Hàng năm (2021-2025)"
  // in a table whose period was not found; "Hàng năm (2026-2028)" in a plan of 2026-2030: those
  // three years, not the five), else the period. Beside a period, only a remark that is the range
  // alone: one that cites a document ("(theo Kế hoạch … 2021-2025)") says nothing of the years.
  let explicit = found.years;
  if ((n !== null || annual) && explicit.length === 0 && remark) {
    const inRemark = scan(remarkFolded);
    if (inRemark.shape === 'range' && (!period || BARE_RANGE.test(remarkFolded))) explicit = inRemark.years;
    // "Hằng năm (từ năm 2028)": the cadence's first year in the remark, as "Hằng năm từ 2028" says it.
    const from = annual ? ONE_END.exec(remarkFolded.replace(/^\(\s*|\s*\)$/g, '')) : null;
    if (from && (from[1] ?? from[2]) === 'tu') explicit = [Number(from[3])];
  }
  if (n !== null && n >= 2) {
    let base: Period | null = period;
    if (explicit.length > 1) base = { from: explicit[0], to: explicit[explicit.length - 1] };
    else if (explicit.length === 1) base = { from: explicit[0], to: period && period.to >= explicit[0] ? period.to : explicit[0] };
    if (!base) return reading(original, 'every_n', [], remark, n);
    const years: number[] = [];
    for (let y = base.from; y <= base.to; y += n) years.push(y);
    return reading(original, 'every_n', years, remark, n);
  }
  if (annual) {
    // "Hàng năm từ 2022": every year from that one to the period end; like "2022 - nay", the
    // end is unknown without a period.
    if (explicit.length === 1) {
      const years = period && explicit[0] <= period.to ? span(explicit[0], period.to) : [];
      return reading(original, 'annual', years, remark);
    }
    if (explicit.length > 0) return reading(original, 'annual', explicit, remark);
    return reading(original, 'annual', period ? periodYears(period) : [], remark);
  }
  if (found.shape === 'none') {
    if (WHOLE_PERIOD.test(folded) && period) return reading(original, 'range', periodYears(period), remark);
    if (period && period.from === period.to && PART_OF_YEAR.test(folded.trim())) return reading(original, 'single', [period.from], remark);
    const nth = period ? NTH_YEAR.exec(folded.trim()) : null;
    if (nth && period) {
      const year = nth[2] ? (nth[2] === 'cuoi' ? period.to : period.from) : period.from + (ORDINALS[nth[1]] ?? Number(nth[1])) - 1;
      if (year <= period.to) return reading(original, 'single', [year], remark);
    }
    return null;
  }
  const length = found.shape === 'single' ? LENGTH_FROM.exec(folded.trim()) : null;
  if (length) {
    const from = Number(length[3]);
    const n = Number(length[1]);
    const years = length[2] === 'nam' ? n : Math.ceil(n / 12);
    if (years >= 1 && years <= MAX_SPAN_YEARS) return reading(original, years === 1 ? 'single' : 'range', span(from, from + years - 1), remark);
  }
  const oneEnd = found.shape === 'single' ? ONE_END.exec(folded.trim()) : null;
  if (oneEnd) {
    // Which end ("tu", "den" …), whichever of the two forms said it, and its year.
    const side = oneEnd[1] ?? oneEnd[2];
    const year = Number(oneEnd[3]);
    // "Từ năm 2027" without the plan's end to run to, or past it: that year, as before.
    if (side === 'tu' && (!period || year > period.to)) return reading(original, 'single', explicit, remark);
    const [from, to] = side === 'sau' ? [year + 1, period?.to ?? 0] : side === 'tu' ? [year, period?.to ?? 0] :
      [period?.from ?? 0, side === 'truoc' ? year - 1 : year];
    // Without the period the other end is unknown; "Đến năm 2035" in a plan to 2030 runs past it (OUTSIDE_PERIOD says so).
    if (!period || from > to || to - from + 1 > MAX_SPAN_YEARS) return unknown(original, remark);
    return reading(original, 'range', span(from, to), remark);
  }
  if (found.openEnd) {
    const start = explicit[explicit.length - 1];
    // "2021 - nay" needs the period to know where "now" ends; without one the years are unknown.
    if (!period || start > period.to || period.to - start + 1 > MAX_SPAN_YEARS) return unknown(original, remark);
    return reading(original, 'range', [...new Set([...explicit, ...span(start, period.to)])].sort((a, b) => a - b), remark);
  }
  return reading(original, found.shape, explicit, remark);
}

/** A length in a column that counts in years, months or days ("Thời gian thuê (năm)": "3", "1,5"). */
const LENGTH = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*$/;
const PER_YEAR = { nam: 1, thang: 12, ngay: 365 } as const;

/** Anywhere in a time, a part of a year: a quarter, a month, a day or a date. */
const PART_YEAR = /\b(?:quy|thang|ngay)\b|\d\/\d/;

/** A time that names a part of a year ("Quý II/2026 - Quý I/2028", "Từ 01/3/2026"): it may pay for part of a year. */
export function namesPartOfYear(text: string): boolean {
  return PART_YEAR.test(fold(text));
}

/** A length with its unit in the cell: "36 tháng", "03 năm", "1,5 năm". */
const LENGTH_WITH_UNIT = /^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(nam|thang|ngay)\s*$/;

/**
 * A time cell that is a length in the column's unit ("3" under "Thời gian thuê (năm)", "36" under
 * "(tháng)"), not a year: pattern `duration`. No start is written, so its years are known only
 * when the length fills the plan's period: within a plan of one year (that year), or exactly as
 * long as the period ("36 tháng" in 2026-2028 is all three years). Null for any other text.
 */
export function parseDuration(text: string, unit: keyof typeof PER_YEAR, period: Period | null, shown = text): TimeReading | null {
  const m = LENGTH.exec(text);
  if (!m) return null;
  const length = Number(`${m[1]}.${m[2] ?? 0}`);
  if (!(length > 0)) return null;
  if (period === null || !isValidPeriod(period)) return reading(shown, 'duration', [], undefined);
  const years = period.to - period.from + 1;
  const fills = years === 1 ? length <= PER_YEAR[unit] : length === years * PER_YEAR[unit];
  return reading(shown, 'duration', fills ? span(period.from, period.to) : [], undefined);
}

/**
 * The year of a date cell as the doors give it: the .xlsx reader's ISO text ("2027-06-30", with
 * its time of day if any), or the add-in's day count as text ("46568"). Null for any other text.
 */
function dateYear(text: string): number | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return Number(iso[1]);
  return SERIAL.test(text) ? serialYear(Number(text)) : null;
}

/**
 * A time written in two columns, its start and its end ("2026" | "2027", "Quý I/2026" | "Quý
 * IV/2027", two date cells), as one time text: "2026 - 2027". Either alone when the other is
 * empty; one year when both ends fall in it.
 */
export function spanText(start: string, end: string): string {
  if (!start || !end) return start || end;
  const from = String(dateYear(start) ?? start);
  const to = String(dateYear(end) ?? end);
  return from === to ? from : `${from} - ${to}`;
}

/** The years a schedule marks, as officers would write them: "2026 - 2027" when they run on, else "2026, 2028". */
export function yearsText(listed: readonly number[]): string {
  // A year listed twice in a row (two quarters of 2026 marked) is one year.
  const years = listed.filter((y, k) => k === 0 || y !== listed[k - 1]);
  if (years.length < 2) return years.length ? String(years[0]) : '';
  const runOn = years.every((y, k) => k === 0 || y === years[k - 1] + 1);
  return runOn ? `${years[0]} - ${years[years.length - 1]}` : years.join(', ');
}

/**
 * "2021-2023" → range; "2019, 2020" → list; "Hàng năm" → annual (the period's years);
 * "Thực hiện 02 năm/lần" → every_n from the period start; "Năm 2020", "Quý II/2021", 2020 → single.
 * Unreadable, reversed or absurd text → unknown with no years. Never throws.
 */
export function parseTime(text: string | number | null | undefined, period: Period | null): TimeReading {
  const validPeriod = isValidPeriod(period) ? period : null;
  if (typeof text === 'number') {
    // A year typed as a number, or a date (a deadline "30/06/2027" formatted as a date reaches
    // the add-in as Excel's day count, 46568): the year it falls in. Other numbers are no years.
    if (isPlausibleYear(text)) return reading(String(text), 'single', [text], undefined);
    const year = serialYear(text);
    return year !== null ? reading(String(text), 'single', [year], undefined) : unknown(String(text));
  }
  if (typeof text !== 'string') return unknown('');
  // A date cell, as the file reader or the add-in gives it: its year.
  const dated = dateYear(text);
  if (dated !== null) return reading(text, 'single', [dated], undefined);
  const bounded = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  // "36 tháng", "03 năm" in a plan of several years: a length, not a year (in a plan of one year
  // the parts of a year below read as that year).
  const length = validPeriod && validPeriod.to > validPeriod.from ? LENGTH_WITH_UNIT.exec(fold(bounded)) : null;
  const lasting = length ? parseDuration(length[1], length[2] as keyof typeof PER_YEAR, validPeriod, text) : null;
  if (lasting) return lasting;
  const { head, remark } = splitRemark(bounded);
  const fromHead = readHead(text, head, remark, validPeriod);
  if (fromHead) return fromHead;
  // Nothing in front of the bracket ("(2021-2023)", "Theo tiến độ (2021-2023)"): read the
  // bracket, and keep what stood before it as the remark.
  if (remark) {
    const inner = remark.replace(/^[([]+|[)\]]+$/g, '');
    const before = head.trim() || undefined;
    const fromInner = readHead(text, inner, before, validPeriod);
    if (fromInner) return fromInner;
  }
  return unknown(text, remark);
}
