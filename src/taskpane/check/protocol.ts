// What crosses between the pane and its check worker. postMessage copies plain data only: a
// Decimal would arrive as a bare object, so amounts travel as their exact decimal strings and
// become Decimals again on the other side (never a JS number on the way).
import { Decimal } from '../../core/decimal';
import type { CheckedTable, TableSummary } from '../../core/model';
import type { PlanCell, SheetPlan } from '../../core/sheetplan';
import type { Finding, FindingCode, Lang, Severity, SourceCode, SpendingType } from '../../core/types';
import type { StoredSettings } from '../../excel/host';
import type { ConsolidateJSON } from '../../core/consolidate';
import type { ConsolidateChoices, PickedFile } from '../consolidate/service';
import type { WireGrid, WireRows } from './grid-wire';

/**
 * One checked table as the pane shows it: everything the core says about it except its rows
 * (thousands of them, with Maps and Decimals the pane never reads), which stay in the worker,
 * and the rule set behind it (Decimal thresholds), sent as the line the pane shows.
 */
export type TableView = Omit<CheckedTable, 'rows' | 'byRow' | 'law'> & {
  rowCount: number;
  /** "Căn cứ áp dụng: …", worded in the check's language; null when the core chose none. */
  lawLine: string | null;
};

export interface CheckView {
  /** The sheet the grid came from. */
  sheet: string;
  /** The A1 range that was read (for live re-check). */
  range: string;
  tables: TableView[];
}

export type ResultSheets = 'findings' | 'summary';

export type Phase = 'read' | 'check' | 'write';

export type Request =
  /** A grid's rows as the read brings them, before the check that will use them (`stream` names the read). */
  | { id: number; type: 'grid-rows'; stream: number; rows: WireRows }
  | { id: number; type: 'check'; grid: WireGrid; settings: StoredSettings; lang: Lang }
  /** The last grid again, worded in another language or under new settings. */
  | { id: number; type: 'recheck'; settings: StoredSettings; lang: Lang }
  | { id: number; type: 'plans'; sheets: ResultSheets; lang: Lang }
  /** Several workbooks into one ("Tổng hợp nhiều tệp"); `files` null: the last ones again. */
  | { id: number; type: 'consolidate'; files: PickedFile[] | null; choices: ConsolidateChoices }
  /** The last consolidation's sheets, answered as plan-cells and plans like 'plans'. */
  | { id: number; type: 'consolidation-plans'; lang: Lang };

export type Response =
  | { id: number; type: 'progress'; phase: Phase; done: number; total: number }
  | { id: number; type: 'checked'; view: WireCheckView }
  /** The consolidation as the contract's JSON: plain data, amounts as decimal strings. */
  | { id: number; type: 'consolidated'; result: ConsolidateJSON }
  /** Part of plan `plan`'s cells: a 20,000-row data sheet is ~300,000 cells, sent in slices so
   * that no one message takes the pane's thread long to receive. */
  | { id: number; type: 'plan-cells'; plan: number; cells: WireCell[] }
  /** The plans, their cells already sent as plan-cells. */
  | { id: number; type: 'plans'; plans: WirePlan[] }
  | { id: number; type: 'failed'; message: string };

// ------------------------------------------------------------------ wire shapes
type Amount = string;

export interface WireSummary {
  total: Amount;
  statedTotal: Amount | null;
  bySource: Record<SourceCode, Amount>;
  byType: Record<SpendingType | 'Chưa rõ', Amount>;
  byYear: [number, Amount][];
  byYearSource: [number, Partial<Record<SourceCode, Amount>>][];
  proportionalRows: number;
  ratesWithoutYears: { year: Amount | null; month: Amount | null; cells: string[] } | null;
}

/**
 * A table's findings as columns, one array a field: the structured clone of 10,000 findings as
 * objects took the pane's thread several times longer to receive than nine arrays do.
 */
export interface WireFindings {
  code: FindingCode[];
  severity: Severity[];
  row: (number | null)[];
  cell: (string | null)[];
  message: string[];
  expected: (string | null)[];
  actual: (string | null)[];
  suggestion: (string | null)[];
  /** null for none (most findings). */
  related: (string[] | null)[];
}

export type WireTableView = Omit<TableView, 'summary' | 'findings'> & { summary: WireSummary; findings: WireFindings };
export type WireCheckView = Omit<CheckView, 'tables'> & { tables: WireTableView[] };

export type WireCell = Omit<PlanCell, 'value'> & { value?: PlanCell['value'] | { decimal: Amount } };
export type WirePlan = Omit<SheetPlan, 'cells'> & { cells: WireCell[] };

function mapRecord<K extends string, A, B>(record: Record<K, A>, f: (a: A) => B): Record<K, B> {
  const out = {} as Record<K, B>;
  for (const key of Object.keys(record) as K[]) out[key] = f(record[key]);
  return out;
}

function mapPartial<K extends string, A, B>(record: Partial<Record<K, A>>, f: (a: A) => B): Partial<Record<K, B>> {
  const out: Partial<Record<K, B>> = {};
  for (const key of Object.keys(record) as K[]) {
    const value = record[key];
    if (value !== undefined) out[key] = f(value);
  }
  return out;
}

const str = (d: Decimal): Amount => d.toFixed();
const dec = (s: Amount): Decimal => new Decimal(s);

export function encodeSummary(s: TableSummary): WireSummary {
  return {
    total: str(s.total),
    statedTotal: s.statedTotal ? str(s.statedTotal) : null,
    bySource: mapRecord(s.bySource, str),
    byType: mapRecord(s.byType, str),
    byYear: [...s.byYear].map(([y, v]) => [y, str(v)]),
    byYearSource: [...s.byYearSource].map(([y, parts]) => [y, mapPartial(parts, str)]),
    proportionalRows: s.proportionalRows,
    ratesWithoutYears: s.ratesWithoutYears && { ...s.ratesWithoutYears, year: orNull(s.ratesWithoutYears.year, str), month: orNull(s.ratesWithoutYears.month, str) },
  };
}

export function decodeSummary(s: WireSummary): TableSummary {
  return {
    total: dec(s.total),
    statedTotal: s.statedTotal === null ? null : dec(s.statedTotal),
    bySource: mapRecord(s.bySource, dec),
    byType: mapRecord(s.byType, dec),
    byYear: new Map(s.byYear.map(([y, v]) => [y, dec(v)])),
    byYearSource: new Map(s.byYearSource.map(([y, parts]) => [y, mapPartial(parts, dec)])),
    proportionalRows: s.proportionalRows,
    ratesWithoutYears: s.ratesWithoutYears && { ...s.ratesWithoutYears, year: orNull(s.ratesWithoutYears.year, dec), month: orNull(s.ratesWithoutYears.month, dec) },
  };
}

function orNull<A, B>(v: A | null, f: (a: A) => B): B | null {
  return v === null ? null : f(v);
}

export function encodeFindings(findings: readonly Finding[]): WireFindings {
  const n = findings.length;
  const out: WireFindings = {
    code: new Array(n), severity: new Array(n), row: new Array(n), cell: new Array(n), message: new Array(n),
    expected: new Array(n), actual: new Array(n), suggestion: new Array(n), related: new Array(n),
  };
  findings.forEach((f, i) => {
    out.code[i] = f.code;
    out.severity[i] = f.severity;
    out.row[i] = f.row;
    out.cell[i] = f.cell;
    out.message[i] = f.message;
    out.expected[i] = f.expected;
    out.actual[i] = f.actual;
    out.suggestion[i] = f.suggestion;
    out.related[i] = f.related.length ? f.related : null;
  });
  return out;
}

export function decodeFindings(w: WireFindings): Finding[] {
  const out: Finding[] = new Array(w.code.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = {
      code: w.code[i], severity: w.severity[i], row: w.row[i], cell: w.cell[i], message: w.message[i],
      expected: w.expected[i], actual: w.actual[i], suggestion: w.suggestion[i], related: w.related[i] ?? [],
    };
  }
  return out;
}

export function encodeView(view: CheckView): WireCheckView {
  return { ...view, tables: view.tables.map((t) => ({ ...t, summary: encodeSummary(t.summary), findings: encodeFindings(t.findings) })) };
}

export function decodeView(view: WireCheckView): CheckView {
  return { ...view, tables: view.tables.map((t) => ({ ...t, summary: decodeSummary(t.summary), findings: decodeFindings(t.findings) })) };
}

/** A plan as messages: its cells in slices, then the plan itself without cells. */
export function planMessages(id: number, plans: SheetPlan[]): Response[] {
  const out: Response[] = [];
  plans.forEach((plan, i) => {
    for (let at = 0; at < plan.cells.length; at += CELLS_PER_MESSAGE) {
      out.push({ id, type: 'plan-cells', plan: i, cells: encodeCells(plan.cells.slice(at, at + CELLS_PER_MESSAGE)) });
    }
  });
  out.push({ id, type: 'plans', plans: plans.map((plan) => ({ ...plan, cells: [] })) });
  return out;
}

/** Cells per plan-cells message: small enough to receive in a few milliseconds. */
export const CELLS_PER_MESSAGE = 5000;

export function encodeCells(cells: PlanCell[]): WireCell[] {
  return cells.map((cell) => (Decimal.isDecimal(cell.value) ? { ...cell, value: { decimal: str(cell.value as Decimal) } } : (cell as WireCell)));
}

export function decodeCells(cells: WireCell[]): PlanCell[] {
  return cells.map((cell) => {
    const v = cell.value;
    return v !== null && typeof v === 'object' && 'decimal' in v ? { ...cell, value: dec(v.decimal) } : (cell as PlanCell);
  });
}


