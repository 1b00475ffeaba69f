// Shared shapes of the core. Readers (money, time, sources, mode) return these; the table
// builder, the rules and every door consume them. Amounts are Decimal, never number.
import type { Decimal } from './decimal';

// ---------------------------------------------------------------- money
/** Canonical unit names, as the contract writes them. */
export type MoneyUnit = 'đồng' | 'nghìn đồng' | 'triệu đồng' | 'tỷ đồng';
export type MoneyPer = 'total' | 'year' | 'month';

/** Structured parts of an annotated amount ("3.000 (600/năm)", "(năm 2020 giải ngân 3.000)"). */
export type MoneyNote =
  /** A yearly (or monthly) rate. `years`: the years it applies to; 'rest' = the row's other years; undefined = every year. */
  | { kind: 'rate'; value: Decimal; per: 'year' | 'month'; years?: number[] | 'rest'; text: string }
  /** An amount disbursed (giải ngân) in a given year. */
  | { kind: 'disbursed'; year: number; value: Decimal; text: string }
  /** A named scope figure ("quy mô hạng mục CNTT: 41.974", "quy mô dự án 200.000 triệu đồng"). */
  | { kind: 'scope'; label: string; value: Decimal; text: string }
  /** A total said to cover N years ("15 tỷ/3 năm"). */
  | { kind: 'span'; years: number; text: string }
  /** Anything else in brackets or after the number that was not understood as a figure. */
  | { kind: 'remark'; text: string };

/** What a text was taken for instead of an amount (the money reader's skipped spans). */
export type MoneySkip = 'doc' | 'date' | 'year' | 'yearRange' | 'invalid' | 'count' | 'foreign';

/** Why a text or number holds no amount; worded by i18n/money-reasons.ts. */
export type MoneyWhy =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  | { kind: 'notTextOrNumber' }
  | { kind: 'notFinite'; text: string | null }
  | { kind: 'tooManyDigits' }
  | { kind: 'notNumberShape'; text: string; date: boolean }
  | { kind: 'exponent'; text: string }
  | { kind: 'noAmountStated'; text: string }
  | { kind: 'noNumber'; text: string }
  | { kind: 'noAmountIn'; text: string }
  | { kind: 'years'; text: string }
  | { kind: 'skipped'; skip: MoneySkip; text: string }
  /** An error value Excel shows for a formula it could not calculate ("#REF!", "#DIV/0!"). */
  | { kind: 'excelError'; text: string };

export interface MoneyReading {
  input: string;
  /** The amount in `unit`, or null when the text holds no amount. */
  value: Decimal | null;
  unit: MoneyUnit;
  per: MoneyPer;
  /** The text named its unit (tỷ, triệu, đồng …); false = the default unit was assumed. */
  unitExplicit: boolean;
  /** A reading had to be guessed (e.g. "1.234" could be 1234 or 1,234); flag, do not hide. */
  ambiguous: boolean;
  /** Why value is null, or why the reading is ambiguous; null when clean. */
  reason: string | null;
  /** Why value is null, as data, so a finding can word it in the officer's language. */
  why?: MoneyWhy;
  notes: MoneyNote[];
  /** True for "-", "—", "0"-like deliberate non-amounts. */
  dash: boolean;
}

// ---------------------------------------------------------------- time
export type TimePattern = 'range' | 'list' | 'annual' | 'every_n' | 'single' | 'duration' | 'unknown';

export interface Period {
  from: number;
  to: number;
}

export interface TimeReading {
  text: string;
  pattern: TimePattern;
  /** Years the row spends money in, ascending; [] when unknown (or annual without a period). */
  years: number[];
  /** For every_n: N. */
  everyN?: number;
  /** Remark after the time ("(Theo Kế hoạch …)"), kept. */
  remark?: string;
}

// ---------------------------------------------------------------- sources
export type SourceCode = 'NSTW' | 'NSĐP' | 'ODA' | 'Khác' | 'Chưa rõ';
export type SpendingType = 'ĐTPT' | 'CTX';

export interface SourcePart {
  code: SourceCode;
  type: SpendingType | null;
  /** The amount named for this source in a split ("- NSĐP: 4.000"), in the table's unit; null when not stated. */
  amount: Decimal | null;
  /** A share stated as a percentage ("NSTW: 60%") as a fraction (0.6); not an amount. Absent when not stated. */
  share?: Decimal;
  /** The piece of text this part was read from. */
  text: string;
  /** The source's money per year, when the table states it in year × source cells ("Năm 2021 / NSTW"). */
  years?: Map<number, Decimal>;
}

export interface SourceReading {
  text: string;
  parts: SourcePart[];
}

// ---------------------------------------------------------------- invest or lease
export type Mode = 'invest' | 'lease' | 'mixed' | 'provided' | 'free' | 'pilot' | 'unknown';

export interface ModeReading {
  input: string;
  mode: Mode;
  vendor: string | null;
}

// ---------------------------------------------------------------- findings
export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'SUBTOTAL_MISMATCH'
  | 'SUBTOTAL_MISSING'
  | 'AMOUNT_UNREADABLE'
  | 'AMOUNT_MISSING'
  | 'UNIT_SUSPECT'
  | 'AMOUNT_LOOKS_LIKE_YEAR'
  | 'AMOUNT_AMBIGUOUS'
  | 'ANNUAL_MISMATCH'
  | 'DISBURSED_EXCEEDS'
  | 'SOURCE_SPLIT_MISMATCH'
  | 'SOURCE_MISSING'
  | 'SOURCE_UNKNOWN'
  | 'TIME_UNREADABLE'
  | 'OUTSIDE_PERIOD'
  | 'STT_SEQUENCE'
  | 'SECURITY_SHARE_LOW'
  | 'FORMULA_RANGE_INCOMPLETE'
  | 'FORMULA_IGNORES_TEXT'
  | 'FORMULA_HARDCODED'
  | 'LEASE_ON_INVESTMENT_CAPITAL'
  | 'PROCEDURE_HINT'
  | 'LEASE_TERM_OUT_OF_RANGE'
  | 'CONTINGENCY_OVER_LIMIT'
  | 'YEARS_SUM_MISMATCH'
  | 'SOURCES_SUM_MISMATCH'
  | 'DUPLICATE_ITEM'
  | 'RULESET_UNCONFIRMED'
  | 'AMOUNT_PRICE_MISMATCH'
  | 'RATE_LINE_MISMATCH'
  | 'FORMULA_UNCALCULATED'
  | 'PERCENT_MISMATCH'
  | 'FORMULA_COUNTS_TWICE'
  | 'HIDDEN_ROWS'
  | 'ALLOCATION_OVER_TOTAL'
  | 'RECAP_SOURCE_MISMATCH'
  | 'AMOUNT_WORDS_MISMATCH';

export type Lang = 'vi' | 'en';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Sheet row number, or null for table-wide or scenario findings. */
  row: number | null;
  /** A1 address ("F39"), or null. */
  cell: string | null;
  message: string;
  expected: string | null;
  actual: string | null;
  suggestion: string | null;
  related: string[];
}
