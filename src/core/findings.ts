// Building findings: the severity of each code (CONTRACT table), the message in the user's
// language, amounts as plain decimal strings.
import { plain } from './decimal';
import type { Decimal } from './decimal';
import { message, MessageParams } from './i18n';
import type { Finding, FindingCode, Lang, Severity } from './types';

export const SEVERITY: Record<FindingCode, Severity> = {
  SUBTOTAL_MISMATCH: 'error',
  SUBTOTAL_MISSING: 'warning',
  AMOUNT_UNREADABLE: 'error',
  AMOUNT_MISSING: 'warning',
  UNIT_SUSPECT: 'warning',
  AMOUNT_LOOKS_LIKE_YEAR: 'warning',
  AMOUNT_AMBIGUOUS: 'warning',
  ANNUAL_MISMATCH: 'error',
  DISBURSED_EXCEEDS: 'error',
  SOURCE_SPLIT_MISMATCH: 'error',
  SOURCE_MISSING: 'warning',
  SOURCE_UNKNOWN: 'warning',
  TIME_UNREADABLE: 'warning',
  OUTSIDE_PERIOD: 'info',
  STT_SEQUENCE: 'warning',
  SECURITY_SHARE_LOW: 'warning',
  FORMULA_RANGE_INCOMPLETE: 'error',
  FORMULA_IGNORES_TEXT: 'error',
  FORMULA_HARDCODED: 'info',
  LEASE_ON_INVESTMENT_CAPITAL: 'warning',
  PROCEDURE_HINT: 'info',
  LEASE_TERM_OUT_OF_RANGE: 'warning',
  CONTINGENCY_OVER_LIMIT: 'warning',
  YEARS_SUM_MISMATCH: 'error',
  SOURCES_SUM_MISMATCH: 'error',
  DUPLICATE_ITEM: 'warning',
  RULESET_UNCONFIRMED: 'info',
  AMOUNT_PRICE_MISMATCH: 'error',
  RATE_LINE_MISMATCH: 'warning',
  FORMULA_UNCALCULATED: 'warning',
  PERCENT_MISMATCH: 'warning',
  FORMULA_COUNTS_TWICE: 'error',
  HIDDEN_ROWS: 'warning',
  ALLOCATION_OVER_TOTAL: 'warning',
  RECAP_SOURCE_MISMATCH: 'warning',
  AMOUNT_WORDS_MISMATCH: 'error',
};

export interface FindingInput {
  code: FindingCode;
  row?: number | null;
  cell?: string | null;
  expected?: Decimal | string | null;
  actual?: Decimal | string | null;
  suggestion?: Decimal | string | null;
  related?: string[];
  /** Which wording of the code's message (e.g. SOURCE_MISSING for a row or for a whole table). */
  variant?: string;
  params?: MessageParams;
}

function str(v: Decimal | string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  // plain: amounts are shared Decimals, each written out once (22.500 hints on a long plan).
  return typeof v === 'string' ? v : plain(v);
}

/** The related cells of a finding that names none: one list for all of them, never changed. */
const NO_RELATED: string[] = Object.freeze([]) as unknown as string[];

export function makeFinding(lang: Lang, f: FindingInput): Finding {
  // Every caller writes its params as a new literal for this one finding, so the cell joins
  // that object rather than a copy of it (a plan of 100.000 rows says tens of thousands of
  // findings). A cell the params name themselves wins, as it did in the copy.
  const params: MessageParams = f.params ?? {};
  if (params.cell === undefined) params.cell = f.cell ?? '';
  return {
    code: f.code,
    severity: SEVERITY[f.code],
    row: f.row ?? null,
    cell: f.cell ?? null,
    message: message(lang, f.code, f.variant ?? '', params),
    expected: str(f.expected),
    actual: str(f.actual),
    suggestion: str(f.suggestion),
    related: f.related ?? NO_RELATED,
  };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by row. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0));
}
