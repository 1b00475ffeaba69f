// Many units' workbooks into one table: every amount converted to one unit of money, totals by
// unit × source × type × year, survey rows counted by system × mode × vendor, the same project
// submitted twice flagged, every file's findings kept with its file. Pure: digests in, result out.
import { ZERO } from '../decimal';
import type { Decimal } from '../decimal';
import { makeFinding } from '../findings';
import { formatAmount } from '../i18n';
import { CONSOLIDATE_TEXT } from '../i18n/consolidate';
import type { CheckedTable } from '../model';
import { convertUnit, MONEY_UNITS } from '../money';
import { convertAmount } from './parts';
import type { MoneyUnit } from '../types';
import { province2025 } from '../units/match';
import { digestFile } from './digest';
import { findDuplicates } from './duplicates';
import { countSystems, unitSystemsOf } from './systems';
import { addDigestTotals, emptyTotals, sortYears } from './totals';
import type {
  ConsolidatedFinding, ConsolidateOptions, ConsolidationResult, Duplicate, FileDigest, FileOutcome,
  FileSummary, Totals, UnitRow, UnitTotals,
} from './types';

/** The unit most tables state; on a tie triệu đồng (the usual one), else the larger unit. */
export function mostCommonUnit(digests: readonly FileDigest[]): MoneyUnit {
  const counts = new Map<MoneyUnit, number>();
  for (const d of digests) for (const t of d.tables) counts.set(t.moneyUnit, (counts.get(t.moneyUnit) ?? 0) + 1);
  let best: MoneyUnit = 'triệu đồng';
  let bestCount = counts.get(best) ?? 0;
  for (const unit of [...MONEY_UNITS].reverse()) {
    const n = counts.get(unit) ?? 0;
    if (n > bestCount) {
      best = unit;
      bestCount = n;
    }
  }
  return best;
}

/** Display order of units: Vietnamese alphabetical. */
function byName(a: string, b: string): number {
  return a.localeCompare(b, 'vi');
}

/**
 * Each duplicate cell names a few of the others in its message and `related`; the full list is in
 * `duplicates[].cells`. Naming every other cell would grow with the square of the copies (the
 * same file sent by 500 units) and bury the message.
 */
const OTHERS_NAMED = 5;
const OTHERS_RELATED = 20;

function duplicateFindings(dups: readonly Duplicate[], unit: MoneyUnit, lang: ConsolidateOptions['lang']): ConsolidatedFinding[] {
  const out: ConsolidatedFinding[] = [];
  const where = (c: Duplicate['cells'][number]) => `${c.sheet}!${c.cell} (${c.file})`;
  for (const d of dups) {
    const amount = `${formatAmount(lang, d.amount)} ${unit}`;
    for (const c of d.cells) {
      const others: Duplicate['cells'] = [];
      for (const o of d.cells) {
        if (others.length >= OTHERS_RELATED) break;
        if (o !== c) others.push(o);
      }
      const unnamed = d.cells.length - 1 - Math.min(OTHERS_NAMED, others.length);
      const named = others.slice(0, OTHERS_NAMED).map(where).join('; ') + (unnamed > 0 ? CONSOLIDATE_TEXT.moreCells[lang](unnamed) : '');
      const f = makeFinding(lang, {
        code: 'DUPLICATE_ITEM',
        row: Number(c.cell.replace(/^[A-Z]+/, '')),
        cell: c.cell,
        related: others.map((o) => `[${o.file}]${o.sheet}!${o.cell}`),
        params: { cell: where(c), name: d.name, amount, others: named },
      });
      out.push({ ...f, file: c.file, sheet: c.sheet });
    }
  }
  return out;
}

/** Each file's line in the result, and its findings (its tables' and its duplicates'), in file order. */
function fileSummaries(
  outcomes: readonly FileOutcome[], dupFindings: readonly ConsolidatedFinding[], fileTotals: ReadonlyMap<string, Decimal>,
  group: (unit: string) => string, unitOfMoney: MoneyUnit,
): { files: FileSummary[]; findings: ConsolidatedFinding[] } {
  const dupsByFile = new Map<string, ConsolidatedFinding[]>();
  for (const f of dupFindings) {
    const list = dupsByFile.get(f.file);
    if (list) list.push(f);
    else dupsByFile.set(f.file, [f]);
  }
  const files: FileSummary[] = [];
  const findings: ConsolidatedFinding[] = [];
  for (const o of outcomes) {
    if (!o.ok) {
      files.push({ file: o.file, unit: null, units: [], unitFrom: null, tables: 0, errors: 0, warnings: 0, total: null, unitOfMoney: null, reason: o.reason });
      continue;
    }
    const own = [...o.findings, ...(dupsByFile.get(o.file) ?? [])];
    findings.push(...own);
    const fileUnits = [...new Set(o.rows.map((r) => group(r.unit)))];
    const tableUnits = new Set(o.tables.map((t) => t.moneyUnit));
    const fileMoneyUnit = tableUnits.size === 1 ? [...tableUnits][0] : unitOfMoney;
    files.push({
      file: o.file,
      unit: fileUnits.length === 1 ? fileUnits[0] : null,
      units: fileUnits,
      unitFrom: o.tables.length ? o.tables[0].unitFrom : null,
      tables: o.tables.length,
      errors: own.filter((f) => f.severity === 'error').length,
      warnings: own.filter((f) => f.severity === 'warning').length,
      total: convertUnit(fileTotals.get(o.file) ?? ZERO, unitOfMoney, fileMoneyUnit),
      unitOfMoney: fileMoneyUnit,
      reason: null,
    });
  }
  return { files, findings };
}

export function consolidateDigests(outcomes: readonly FileOutcome[], options: ConsolidateOptions): ConsolidationResult {
  const digests = outcomes.filter((o): o is FileDigest => o.ok);
  const unitOfMoney = options.unit ?? mostCommonUnit(digests);
  const group = (unit: string): string => (options.provinces === '2025' ? province2025(unit)?.name ?? unit : unit);

  const rowsByUnit = new Map<string, UnitRow[]>();
  const totalsByUnit = new Map<string, Totals>();
  const total = emptyTotals();
  const years = new Set<number>();
  const fileTotals = new Map<string, Decimal>();
  const rates = new RatesLeftOut(unitOfMoney);
  for (const d of digests) {
    let fileTotal = ZERO;
    for (const t of d.totals) {
      const unit = group(t.unit);
      let totals = totalsByUnit.get(unit);
      if (!totals) {
        totals = emptyTotals();
        totalsByUnit.set(unit, totals);
      }
      addDigestTotals(totals, t, unitOfMoney);
      addDigestTotals(total, t, unitOfMoney);
      for (const [y] of t.byYear) years.add(y);
      fileTotal = fileTotal.plus(convertAmount(t.total, t.moneyUnit, unitOfMoney));
    }
    for (const r of d.rows) {
      const unit = group(r.unit);
      const list = rowsByUnit.get(unit);
      if (list) list.push(r);
      else rowsByUnit.set(unit, [r]);
    }
    fileTotals.set(d.file, fileTotal);
    for (const t of d.tables) if (t.rates) rates.add(d.file, t.rates, t.moneyUnit);
  }

  const units = [...rowsByUnit.keys()].sort(byName);
  const rows = new Map(units.map((u) => [u, rowsByUnit.get(u) as UnitRow[]]));
  const unmatched: string[] = [];
  const byUnit = new Map<string, UnitTotals>();
  for (const u of units) {
    const seen = [...new Set((rows.get(u) as UnitRow[]).map((r) => r.unit))];
    const grouped = options.provinces === '2025' ? province2025(u) : null;
    if (options.provinces === '2025' && !grouped) unmatched.push(u);
    const members = grouped ? [...grouped.members] : [u];
    const membersFound = [...members.filter((m) => seen.includes(m)), ...seen.filter((m) => !members.includes(m))];
    byUnit.set(u, { ...sortYears(totalsByUnit.get(u) ?? emptyTotals()), members, membersFound });
  }

  const unitSystems = unitSystemsOf(rows, unitOfMoney);
  const duplicates = findDuplicates(rows, unitOfMoney);
  const dupFindings = duplicateFindings(duplicates, unitOfMoney, options.lang);

  const { files, findings } = fileSummaries(outcomes, dupFindings, fileTotals, group, unitOfMoney);
  return {
    files,
    unitOfMoney,
    provinces: options.provinces,
    byUnit,
    total: sortYears(total),
    systems: countSystems(unitSystems),
    unitSystems,
    duplicates,
    findings,
    unmatched,
    rows,
    detail: digests.every((d) => d.rows.every((r) => r.parts !== null)),
    years: [...years].sort((a, b) => a - b),
    ratesWithoutYears: rates.result(),
  };
}

/** The files' money a year or a month that no year takes (each table's summary `ratesWithoutYears`), in one unit. */
class RatesLeftOut {
  private year: Decimal | null = null;
  private month: Decimal | null = null;
  private readonly files: string[] = [];

  constructor(private readonly unit: MoneyUnit) {}

  add(file: string, rates: { year: string | null; month: string | null }, from: MoneyUnit): void {
    if (rates.year) this.year = (this.year ?? ZERO).plus(convertAmount(rates.year, from, this.unit));
    if (rates.month) this.month = (this.month ?? ZERO).plus(convertAmount(rates.month, from, this.unit));
    if (!this.files.includes(file)) this.files.push(file);
  }

  result(): ConsolidationResult['ratesWithoutYears'] {
    return this.files.length ? { year: this.year, month: this.month, files: this.files } : null;
  }
}

/** One unit's workbook as a door hands it over: its checked tables, or why it could not be read. */
export type UnitInput = { file: string; tables: readonly CheckedTable[] } | { file: string; error: string };

/**
 * The door-independent entry point (a browser passes the tables it checked from each file's
 * Grids; the CLI digests in worker threads and calls consolidateDigests). A file without a
 * table counts as unusable.
 */
export function consolidate(units: readonly UnitInput[], options: ConsolidateOptions): ConsolidationResult {
  const detail = options.detail ?? true;
  return consolidateDigests(units.map((u) => toOutcome(u, detail)), options);
}

function toOutcome(u: UnitInput, detail: boolean): FileOutcome {
  if ('error' in u) return { ok: false, file: u.file, reason: u.error };
  if (u.tables.length === 0) return { ok: false, file: u.file, reason: CONSOLIDATE_TEXT.noTable(u.file) };
  return digestFile(u.file, u.tables, { detail });
}
