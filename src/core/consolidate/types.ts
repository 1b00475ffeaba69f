// Shapes of a consolidation. A file is first reduced to a FileDigest (plain data: amounts as
// decimal strings), so a CLI worker thread can hand it over by structured clone and a browser can
// hold hundreds of them; the consolidation then works on digests only, never on grids.
import type { Decimal } from '../decimal';
import type { RowKind } from '../model';
import type { SystemCode } from '../systems';
import type { Finding, Mode, MoneyUnit, SourceCode, SpendingType } from '../types';

/** Where a row's unit was read (CONTRACT `unitFrom`; `sheet` added: a sheet named after a province). */
export type UnitFrom = 'title' | 'sheet' | 'column' | 'file';

export type TypeKey = SpendingType | 'Chưa rõ';

/** One source part of a row's money, in the table's unit, with its money per year. */
export interface DigestPart {
  code: SourceCode;
  type: TypeKey;
  amount: string;
  /** [year, amount] in ascending years; empty when the row's years are not known. */
  years: [number, string][];
}

/**
 * One body row of a table (totals left out), reduced to what a consolidation reads: where it is,
 * its unit, what it costs, and for survey rows the system, mode and vendor. The same object is
 * the row of its unit's sheet in the consolidated workbook.
 */
export interface DigestRow {
  file: string;
  /** The unit the row belongs to as the file names it: a province's display name when matched, else the text read. */
  unit: string;
  /** 1-based number of the table in its file. */
  table: number;
  sheet: string;
  row: number;
  /** A1 address of the row's amount cell. */
  cell: string;
  stt: string;
  name: string;
  kind: Exclude<RowKind, 'total'>;
  /** The system a survey row names; null for rows of plan tables. */
  system: SystemCode | null;
  mode: Mode | null;
  vendor: string | null;
  moneyUnit: MoneyUnit;
  /** What the item costs (the sum of its parts), in `moneyUnit`; null without money. */
  total: string | null;
  /** Folded name and amount in đồng: the same key means the same project (null without both). */
  duplicateKey: string | null;
  /** The money cut by source and year; null when the digest was made without detail (no --out). */
  parts: DigestPart[] | null;
}

/** A unit's totals within one file, in the file's table unit (added up where the file was read). */
export interface DigestTotals {
  unit: string;
  moneyUnit: MoneyUnit;
  total: string;
  bySource: Record<SourceCode, string>;
  byType: Record<TypeKey, string>;
  byYear: [number, string][];
  byYearSource: [number, SourceCode, string][];
}

export interface DigestTable {
  sheet: string;
  range: string;
  moneyUnit: MoneyUnit;
  unitFrom: UnitFrom;
  /** A table of survey rows (a place, system or invest/lease column). */
  survey: boolean;
  /** Money a year or a month that no year takes (summary `ratesWithoutYears`), in `moneyUnit`; present only when there is some. */
  rates?: { year: string | null; month: string | null };
}

/** A finding of one file, saying where it is (CONTRACT: "each with `file` added"; `sheet` added too). */
export interface ConsolidatedFinding extends Finding {
  file: string;
  sheet: string | null;
}

export interface FileDigest {
  ok: true;
  file: string;
  tables: DigestTable[];
  rows: DigestRow[];
  /** Per unit × table unit of money. */
  totals: DigestTotals[];
  findings: ConsolidatedFinding[];
}

/** A file that could not be used, with the one-line reason. */
export interface FileFailure {
  ok: false;
  file: string;
  reason: string;
}

export type FileOutcome = FileDigest | FileFailure;

export interface ConsolidateOptions {
  /** Keep every row's money by source and year, which the consolidated workbook needs (default true). */
  detail?: boolean;
  /** The unit every amount is converted to; null = the one most tables use. */
  unit: MoneyUnit | null;
  /** '2025': group units into the 34 provinces formed on 01/7/2025. */
  provinces: '2025' | null;
  lang: 'vi' | 'en';
}

export interface Totals {
  total: Decimal;
  bySource: Record<SourceCode, Decimal>;
  byType: Record<TypeKey, Decimal>;
  byYear: Map<number, Decimal>;
  byYearSource: Map<number, Partial<Record<SourceCode, Decimal>>>;
}

export interface UnitTotals extends Totals {
  /** The old units grouped into this one (the resolution's list), or just the unit itself. */
  members: string[];
  /** The members whose rows were consolidated. */
  membersFound: string[];
}

/** A row as it lands in its unit's sheet (its `unit` is the unit as the file named it). */
export type UnitRow = DigestRow;

/** One unit's use of one system: the basis of every system count. */
export interface UnitSystem {
  unit: string;
  system: SystemCode;
  mode: Mode;
  vendors: string[];
  /** Money of the unit's survey items for this system. */
  money: Decimal;
}

export interface SystemCount {
  units: number;
  byMode: Record<Mode, number>;
  byVendor: Map<string, number>;
  moneyByMode: Record<Mode, Decimal>;
}

export interface FileSummary {
  file: string;
  unit: string | null;
  units: string[];
  unitFrom: UnitFrom | null;
  tables: number;
  errors: number;
  warnings: number;
  /** In `unitOfMoney`. */
  total: Decimal | null;
  /** The unit the file's tables state (the consolidation's when they differ); null for a skipped file. */
  unitOfMoney: MoneyUnit | null;
  /** Why the file was skipped; null when it was used. */
  reason: string | null;
}

export interface DuplicateCell {
  file: string;
  sheet: string;
  cell: string;
  unit: string;
}

export interface Duplicate {
  name: string;
  /** In the consolidation's unit. */
  amount: Decimal;
  cells: DuplicateCell[];
}

export interface ConsolidationResult {
  files: FileSummary[];
  unitOfMoney: MoneyUnit;
  provinces: '2025' | null;
  /** Units in display order. */
  byUnit: Map<string, UnitTotals>;
  total: Totals;
  systems: Record<SystemCode, SystemCount>;
  /** Every unit × system, in unit then system order (what "NS Hệ thống" counts). */
  unitSystems: UnitSystem[];
  duplicates: Duplicate[];
  findings: ConsolidatedFinding[];
  /** Units no province matched when grouping by province (kept as they are). */
  unmatched: string[];
  /** Each unit's rows, in file and row order. */
  rows: Map<string, UnitRow[]>;
  /** The rows carry their money by source and year (`parts`), so the workbook can be written. */
  detail: boolean;
  /** Every year any row has money in, ascending. */
  years: number[];
  /** The files' money a year or a month that no year takes, in `unitOfMoney`, and the files that state it; null when none does. */
  ratesWithoutYears: { year: Decimal | null; month: Decimal | null; files: string[] } | null;
}
