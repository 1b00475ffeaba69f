// The `check --json` shape of the public contract (CONTRACT.md), built from a CheckResult.
// Every amount is a plain decimal string, years are string keys; nothing here rounds or reorders
// money, so a script reading the JSON sees exactly what the core computed.
import { memo } from './memo';
import { plain, plainOrNull, ZERO } from './decimal';
import type { Decimal } from './decimal';
import { columnLetter } from './grid';
import { planRuleSet } from './plan-ruleset';
import { AUTO_RULESET, ruleSetInfo, type RuleSetInfo } from './rulesets';
import type { AllocationBasis, CheckedTable, CheckResult, ColumnRole, RatesWithoutYears, TableLayout, TableRow, TableSummary } from './model';
import { SOURCE_CODES, TYPE_KEYS } from './source-codes';
import type { Finding, ModeReading, MoneyPer, Period, Severity, SourceCode, SourcePart, SpendingType, TimePattern, TimeReading } from './types';

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
  /** A section's own subtotal line ("Cộng I"): the section's row. Present only on such lines. */
  totalOf?: number;
  /** A further line of the item above under its merged name (its money from another source): that item's row. Present only on such lines. */
  lineOf?: number;
  time: { text: string; years: number[]; pattern: TimePattern } | null;
  allocation: Record<string, string>;
  /** Money per year as stated in year columns ({} when the table has none). */
  years: Record<string, string>;
  allocationBasis: AllocationBasis;
  sources: SourceJSON[];
  mode: ModeJSON | null;
  place: string | null;
  system: string | null;
  /** Where `amount` came from: the total cell, the sum of the row's year or source cells, or nowhere. */
  amountFrom: 'cell' | 'columns' | null;
}
export interface ColumnJSON {
  col: string;
  role: ColumnRole;
  header: string;
  year: number | null;
  source: SourceCode | null;
  type: SpendingType | null;
  /** The column holds amounts (and is subtotal-checked on its own). */
  money: boolean;
}
/** Money columns that must add up row by row ("total" null: they are the row's amount). */
export interface ColumnSumJSON {
  kind: 'years' | 'sources' | 'types' | 'modes' | 'balance' | 'tax' | 'adjust' | 'periods' | 'phases' | 'difference' | 'yearSources' | 'yearTypes' | 'units';
  total: string | null;
  parts: string[];
  /** Stated by the column-number row under the header ("(4)=(5)+…+(9)"). */
  stated: boolean;
  /** Columns taken away ("Điều chỉnh giảm"); present only when there are. */
  minus?: string[];
}
export interface SummaryJSON {
  total: string;
  statedTotal: string | null;
  bySource: Record<SourceCode, string>;
  byType: Record<SpendingType | 'Chưa rõ', string>;
  byYear: Record<string, string>;
  byYearSource: Record<string, Partial<Record<SourceCode, string>>>;
  /** Items whose year columns were split among their sources in proportion (no year × source cells). */
  proportionalRows: number;
  /** Added: money a year or a month whose years are not known, in no total; present only when there is some. */
  ratesWithoutYears?: { year: string | null; month: string | null; cells: string[] };
}
export type FindingJSON = Finding;
export interface TableJSON {
  /** The rule set the table was judged by (CONTRACT "Rule sets and dates"). */
  ruleSet: string;
  ruleSetInfo: RuleSetInfo;
  sheet: string;
  range: string;
  headerRow: number;
  /** Last row of the header band (one to three rows). */
  headerEnd: number;
  /** 'plan' (an STT tree with subtotals) or 'survey' (one row per unit × system). */
  layout: TableLayout;
  unit: string;
  period: Period | null;
  columns: ColumnJSON[];
  sums: ColumnSumJSON[];
  rows: RowJSON[];
  summary: SummaryJSON;
  findings: FindingJSON[];
}
export interface CheckJSON { file: string; tables: TableJSON[] }

/** Year-keyed map → object with string keys in ascending year order. */
function byYearObject<T, U>(map: Map<number, T>, convert: (v: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  let last = -Infinity;
  let ascending = true;
  for (const y of map.keys()) {
    if (y < last) ascending = false;
    last = y;
  }
  const years = ascending ? map.keys() : [...map.keys()].sort((a, b) => a - b);
  for (const year of years) out[String(year)] = convert(map.get(year) as T);
  return out;
}

// Rows share their readings (the same time text, sources, mode, allocation): each shared
// reading becomes one JSON object, referenced by every row that shares it. JSON.stringify
// writes it out in each place; nothing downstream mutates these objects.
const yearObjects = new WeakMap<Map<number, Decimal>, Record<string, string>>();
const timeObjects = new WeakMap<TimeReading, RowJSON['time']>();
const sourceLists = new WeakMap<SourcePart[], SourceJSON[]>();
const modeObjects = new WeakMap<ModeReading, ModeJSON>();

const yearsJSON = (m: Map<number, Decimal>) => byYearObject(m, plain);
const timeJSON = (t: TimeReading): RowJSON['time'] => ({ text: t.text, years: [...t.years], pattern: t.pattern });
const sourcesJSON = (parts: SourcePart[]): SourceJSON[] => parts.map((p) => ({ code: p.code, type: p.type, amount: p.amount === null ? null : plain(p.amount), text: p.text }));
const modeJSON = (m: ModeReading): ModeJSON => ({ input: m.input, mode: m.mode, vendor: m.vendor });

// A row's JSON is its own head (where it stands, what it says) and a tail of readings that long
// plans repeat row after row; the two halves, in the contract's order, make the whole row.
type RowHead = Pick<RowJSON, 'row' | 'stt' | 'parentRow' | 'kind' | 'name' | 'amountText' | 'amount' | 'amountPer' | 'computed' | 'totalOf' | 'lineOf'>;
type RowTail = Omit<RowJSON, keyof RowHead>;

function rowHead(row: TableRow): RowHead {
  const head: RowHead = {
    row: row.row,
    stt: row.stt,
    parentRow: row.parentRow,
    kind: row.kind,
    name: row.name,
    amountText: row.amountText,
    amount: row.amount === null ? null : plain(row.amount),
    amountPer: row.amountPer,
    computed: row.computed === null ? null : plain(row.computed),
  };
  // Only on a section's own line: every other row's JSON stays as it was.
  if (row.totalOf !== undefined) head.totalOf = row.totalOf;
  if (row.lineOf !== undefined) head.lineOf = row.lineOf;
  return head;
}

function rowTail(row: TableRow): RowTail {
  return {
    time: row.time ? memo(timeObjects, row.time, timeJSON) : null,
    allocation: memo(yearObjects, row.allocation, yearsJSON),
    years: memo(yearObjects, row.years, yearsJSON),
    allocationBasis: row.allocationBasis,
    sources: memo(sourceLists, row.sources, sourcesJSON),
    mode: row.mode ? memo(modeObjects, row.mode, modeJSON) : null,
    place: row.place,
    system: row.system,
    amountFrom: row.amountFrom,
  };
}

/** Both rows' tails are the same text (allocation aside): every reading rowTail writes, by identity. */
function sameTail(a: TableRow, b: TableRow): boolean {
  return a.time === b.time && a.years === b.years && a.allocationBasis === b.allocationBasis && a.sources === b.sources &&
    a.mode === b.mode && a.place === b.place && a.system === b.system && a.amountFrom === b.amountFrom;
}

export function rowToJSON(row: TableRow): RowJSON {
  return Object.assign(rowHead(row), rowTail(row));
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
    proportionalRows: summary.proportionalRows,
    ...(summary.ratesWithoutYears ? { ratesWithoutYears: ratesJSON(summary.ratesWithoutYears) } : {}),
  };
}

function ratesJSON(r: RatesWithoutYears): NonNullable<SummaryJSON['ratesWithoutYears']> {
  return { year: plainOrNull(r.year), month: plainOrNull(r.month), cells: r.cells };
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

/** The table's JSON object, its rows and findings as given (lists, or Batched for the pieces). */
function tableShape<R, F>(table: CheckedTable, rows: R, findings: F) {
  // A table built by hand (tests, other tools) without a check still names the law its date picks.
  const law = table.law ?? { choice: planRuleSet(table, AUTO_RULESET), why: '' };
  return {
    ruleSet: law.choice.ruleSet.id,
    ruleSetInfo: ruleSetInfo(law.choice, law.why),
    sheet: table.sheet,
    range: table.range,
    headerRow: table.headerRow,
    headerEnd: table.headerEnd,
    layout: table.layout,
    unit: table.unit,
    period: table.period ? { from: table.period.from, to: table.period.to } : null,
    columns: table.columnInfo.map((c) => ({ col: columnLetter(c.col), role: c.role, header: c.header, year: c.year, source: c.source, type: c.type, money: c.money, ...(c.span ? { span: { ...c.span } } : {}) })),
    sums: table.sums.map((s) => ({
      kind: s.kind, total: s.total === null ? null : columnLetter(s.total), parts: s.parts.map(columnLetter), stated: s.stated,
      ...(s.minus ? { minus: s.minus.map(columnLetter) } : {}),
    })),
    rows,
    summary: summaryToJSON(table.summary),
    findings,
  };
}

export function tableToJSON(table: CheckedTable): TableJSON {
  return tableShape(table, table.rows.map(rowToJSON), table.findings.map(findingToJSON));
}

function resultShape<T>(result: CheckResult, tables: T) {
  return { file: result.file, tables };
}

/** The whole `check --json` document. */
export function checkResultToJSON(result: CheckResult): CheckJSON {
  return resultShape(result, result.tables.map(tableToJSON));
}

/**
 * Items per batch: a batch's text stays under 128 KiB (a hundred rows or findings of Vietnamese
 * text, two bytes a character), the size above which V8 makes each string in its large-object
 * space at about 2 ms apiece.
 */
const BATCH = 100;

/** A list JSON.stringify would write whole, made and written a batch of items at a time (jsonPieces). */
export class Batched<T> {
  constructor(
    readonly items: readonly T[],
    /** The batch's items as JSON, separated by commas (a JSON array without its brackets). */
    readonly text: ((batch: readonly T[]) => string) | null,
    /** Or: each item as a value that holds Batched lists itself. */
    readonly convert: (item: T) => unknown = (item) => item,
    /** Items per batch: fewer where each item's text is longer. */
    readonly size = BATCH,
  ) {}
}

/** A batch's text: each item converted, as JSON, separated by commas. */
export function listText<T>(convert: (item: T) => unknown): (batch: readonly T[]) => string {
  return (batch) => JSON.stringify(batch.map(convert)).slice(1, -1);
}

/** Rows alike but for these are written whole past this many (a survey's places under one empty allocation). */
const TAILS_PER_ALLOCATION = 8;

/** Between two rows' heads in one JSON.stringify'd list (no string in it can hold `"row":` unescaped). */
const HEAD_SEPARATOR = '},{"row":';

/**
 * A table's rows a batch at a time. A long plan repeats the same readings (time, allocation,
 * sources…) row after row, and JSON.stringify spends most of a row on those nested objects; so a
 * tail of readings seen before is written once and reused after each row's own head. A table
 * whose first batch repeats nothing (a form with money per row) is written whole, row by row.
 */
class RowsText {
  /** Rows seen, by their allocation: a few different tails each (their text once a second row has it). */
  private readonly seen = new Map<TableRow['allocation'], { row: TableRow; text: string | null }[]>();
  private looking = true;

  /** The row's JSON from `"time":` to its closing brace when a row before it had the same readings; else undefined. */
  private tail(row: TableRow): string | undefined {
    const list = this.seen.get(row.allocation);
    if (list === undefined) {
      this.seen.set(row.allocation, [{ row, text: null }]);
      return undefined;
    }
    for (const t of list) {
      if (sameTail(t.row, row)) return (t.text ??= JSON.stringify(rowTail(row)).slice(1));
    }
    if (list.length < TAILS_PER_ALLOCATION) list.push({ row, text: null });
    return undefined;
  }

  readonly text = (rows: readonly TableRow[]): string => {
    const tails: (string | undefined)[] = new Array<string | undefined>(rows.length);
    if (this.looking) {
      let hits = 0;
      for (let i = 0; i < rows.length; i++) {
        tails[i] = this.tail(rows[i]);
        if (tails[i] !== undefined) hits++;
      }
      if (hits === 0) this.looking = false;
    }
    // Joined by +=, not join(): the writer copies the text out once, a joined batch would be copied twice.
    let out = '';
    for (let i = 0; i < rows.length;) {
      const tailed = tails[i] !== undefined;
      let j = i + 1;
      while (j < rows.length && (tails[j] !== undefined) === tailed) j++;
      const run = rows.slice(i, j);
      if (i > 0) out += ',';
      if (!tailed) {
        out += JSON.stringify(run.map(rowToJSON)).slice(1, -1);
      } else {
        // "[{"row":1,…},{"row":2,…}]": each head without its closing brace, then its tail.
        const heads = JSON.stringify(run.map(rowHead)).slice(1, -2).split(HEAD_SEPARATOR);
        out += `${heads[0]},${tails[i] as string}`;
        for (let k = 1; k < heads.length; k++) out += `,{"row":${heads[k]},${tails[i + k] as string}`;
      }
      i = j;
    }
    return out;
  };
}

function holdsBatched(value: object): boolean {
  for (const v of Object.values(value)) if (v instanceof Batched) return true;
  return false;
}

/**
 * `value` as JSON.stringify writes it, in pieces: the lists in it that are Batched (and the
 * objects that hold them) a batch at a time, everything else whole.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  if (value instanceof Batched) {
    const { items, text, convert, size } = value as Batched<unknown>;
    yield '[';
    for (let i = 0; i < items.length; i += size) {
      const batch = items.slice(i, i + size);
      if (text === null) {
        for (let j = 0; j < batch.length; j++) {
          if (i + j > 0) yield ',';
          yield* jsonPieces(convert(batch[j]));
        }
      } else {
        yield (i > 0 ? ',' : '') + text(batch);
      }
    }
    yield ']';
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && holdsBatched(value)) {
    let first = true;
    yield '{';
    for (const [key, v] of Object.entries(value)) {
      // As JSON.stringify: a key whose value JSON cannot hold is left out.
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      yield `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* jsonPieces(v);
    }
    yield '}';
  } else {
    yield JSON.stringify(value);
  }
}

const findingsText = listText(findingToJSON);

/**
 * The `check --json` text, exactly JSON.stringify(checkResultToJSON(result)), in pieces: rows
 * and findings become JSON a batch at a time, so a 100.000-row table's output never exists as
 * 100.000 row objects and one string of tens of megabytes (building and collecting those cost
 * more than writing the text).
 */
export function checkJSONPieces(result: CheckResult): Iterable<string> {
  const table = (t: CheckedTable) => tableShape(t, new Batched(t.rows, new RowsText().text), new Batched(t.findings, findingsText));
  return jsonPieces(resultShape(result, new Batched(result.tables, null, table)));
}

export type FindingCounts = Record<Severity, number>;

export function findingCounts(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
