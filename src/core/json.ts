// The `check --json` shape of the public contract (CONTRACT.md), built from a CheckResult.
// Every amount is a plain decimal string, years are string keys; nothing here rounds or reorders
// money, so a script reading the JSON sees exactly what the core computed.
import { plain, plainOrNull, ZERO } from './decimal';
import type { Decimal } from './decimal';
import { columnLetter } from './grid';
import { planRuleSet } from './plan-ruleset';
import { AUTO_RULESET, ruleSetInfo, type RuleSetInfo } from './rulesets';
import type { AllocationBasis, CheckedTable, CheckResult, ColumnRole, TableRow, TableSummary } from './model';
import { SOURCE_CODES, TYPE_KEYS } from './summary';
import type { Finding, MoneyPer, Period, Severity, SourceCode, SpendingType, TimePattern } from './types';

export { SOURCE_CODES, TYPE_KEYS };

export interface SourceJSON { code: SourceCode; type: SpendingType | null; amount: string | null; text: string }
export interface ModeJSON { input: string; mode: string; vendor: string | null }
export interface RowJSON {
  row: number;
  stt: string;
  parentRow: number | null;
  kind: 'section' | 'item' | 'total';
  name: string;
  amountText: string;
  amount: string | null;
  amountPer: MoneyPer;
  computed: string | null;
  time: { text: string; years: number[]; pattern: TimePattern } | null;
  allocation: Record<string, string>;
  /** Money per year as stated in year columns ({} when the table has none). */
  years: Record<string, string>;
  allocationBasis: AllocationBasis;
  sources: SourceJSON[];
  mode: ModeJSON | null;
  place: string | null;
  system: string | null;
}
export interface ColumnJSON {
  col: string;
  role: ColumnRole;
  header: string;
  year: number | null;
  source: SourceCode | null;
  type: SpendingType | null;
}
export interface SummaryJSON {
  total: string;
  statedTotal: string | null;
  bySource: Record<SourceCode, string>;
  byType: Record<SpendingType | 'Chưa rõ', string>;
  byYear: Record<string, string>;
  byYearSource: Record<string, Partial<Record<SourceCode, string>>>;
}
export type FindingJSON = Finding;
export interface TableJSON {
  /** The rule set the table was judged by (CONTRACT "Rule sets and dates"). */
  ruleSet: string;
  ruleSetInfo: RuleSetInfo;
  sheet: string;
  range: string;
  headerRow: number;
  unit: string;
  period: Period | null;
  columns: ColumnJSON[];
  rows: RowJSON[];
  summary: SummaryJSON;
  findings: FindingJSON[];
}
export interface CheckJSON { file: string; tables: TableJSON[] }

/** Year-keyed map → object with string keys in ascending year order. */
function byYearObject<T, U>(map: Map<number, T>, convert: (v: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const year of [...map.keys()].sort((a, b) => a - b)) out[String(year)] = convert(map.get(year) as T);
  return out;
}

export function rowToJSON(row: TableRow): RowJSON {
  return {
    row: row.row,
    stt: row.stt,
    parentRow: row.parentRow,
    kind: row.kind,
    name: row.name,
    amountText: row.amountText,
    amount: plainOrNull(row.amount),
    amountPer: row.amountPer,
    computed: plainOrNull(row.computed),
    time: row.time ? { text: row.time.text, years: [...row.time.years], pattern: row.time.pattern } : null,
    allocation: byYearObject(row.allocation, plain),
    years: byYearObject(row.years, plain),
    allocationBasis: row.allocationBasis,
    sources: row.sources.map((s) => ({ code: s.code, type: s.type, amount: plainOrNull(s.amount), text: s.text })),
    mode: row.mode ? { input: row.mode.input, mode: row.mode.mode, vendor: row.mode.vendor } : null,
    place: row.place,
    system: row.system,
  };
}

export function summaryToJSON(summary: TableSummary): SummaryJSON {
  const bySource = {} as Record<SourceCode, string>;
  for (const code of SOURCE_CODES) bySource[code] = plain(summary.bySource[code] ?? ZERO);
  const byType = {} as Record<SpendingType | 'Chưa rõ', string>;
  for (const key of TYPE_KEYS) byType[key] = plain(summary.byType[key] ?? ZERO);
  const byYearSource = byYearObject(summary.byYearSource, (parts) => {
    const out: Partial<Record<SourceCode, string>> = {};
    for (const code of SOURCE_CODES) {
      const v: Decimal | undefined = parts[code];
      if (v !== undefined) out[code] = plain(v);
    }
    return out;
  });
  return {
    total: plain(summary.total),
    statedTotal: plainOrNull(summary.statedTotal),
    bySource,
    byType,
    byYear: byYearObject(summary.byYear, plain),
    byYearSource,
  };
}

export function findingToJSON(f: Finding): FindingJSON {
  return {
    code: f.code,
    severity: f.severity,
    row: f.row,
    cell: f.cell,
    message: f.message,
    expected: f.expected,
    actual: f.actual,
    suggestion: f.suggestion,
    related: [...f.related],
  };
}

export function tableToJSON(table: CheckedTable): TableJSON {
  // A table built by hand (tests, other tools) without a check still names the law its date picks.
  const law = table.law ?? { choice: planRuleSet(table, AUTO_RULESET), why: '' };
  return {
    ruleSet: law.choice.ruleSet.id,
    ruleSetInfo: ruleSetInfo(law.choice, law.why),
    sheet: table.sheet,
    range: table.range,
    headerRow: table.headerRow,
    unit: table.unit,
    period: table.period ? { from: table.period.from, to: table.period.to } : null,
    columns: table.columnInfo.map((c) => ({ col: columnLetter(c.col), role: c.role, header: c.header, year: c.year, source: c.source, type: c.type })),
    rows: table.rows.map(rowToJSON),
    summary: summaryToJSON(table.summary),
    findings: table.findings.map(findingToJSON),
  };
}

/** The whole `check --json` document. */
export function checkResultToJSON(result: CheckResult): CheckJSON {
  return { file: result.file, tables: result.tables.map(tableToJSON) };
}

export type FindingCounts = Record<Severity, number>;

export function findingCounts(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
