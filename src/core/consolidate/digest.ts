// One file's checked tables reduced to a FileDigest: every body row with its unit and cost, the
// system and mode of survey rows, the file's totals by unit (added up here, where the file was
// read, so a worker thread does that work and hands over a few numbers), its findings, and with
// `detail` each row's money cut by source and year exactly as its table's totals cut it
// (summary.moneyParts). Plain data, so it crosses worker threads as it is.
import type { Decimal } from '../decimal';
import { columnLetter } from '../grid';
import type { CheckedTable, TableSummary } from '../model';
import { SOURCE_CODES, TYPE_KEYS } from '../source-codes';
import { effectiveTotal, moneyParts } from '../summary';
import { classifySystem } from '../systems';
import type { MoneyUnit, SourceCode } from '../types';
import { recapTables } from '../appendix-totals';
import { duplicateKey } from './duplicates';
import { addPart, emptyTotals } from './totals';
import type { DigestPart, DigestRow, DigestTable, DigestTotals, FileDigest, Totals, TypeKey } from './types';
import { isSurveyTable, rowUnit, tableUnit } from './unit';

export interface DigestOptions {
  /** Keep each row's money by source and year (the consolidated workbook needs it). */
  detail: boolean;
}

// Decimal's own printing, not decimal.plain(): that one remembers every value it printed, which
// for a whole consolidation is hundreds of thousands of entries the garbage collector must visit.
const text = (d: Decimal) => d.toFixed();

function totalsToDigest(unit: string, moneyUnit: MoneyUnit, t: Totals | TableSummary): DigestTotals {
  const bySource = {} as Record<SourceCode, string>;
  for (const c of SOURCE_CODES) bySource[c] = text(t.bySource[c]);
  const byType = {} as Record<TypeKey, string>;
  for (const k of TYPE_KEYS) byType[k] = text(t.byType[k]);
  const byYearSource: DigestTotals['byYearSource'] = [];
  for (const [y, parts] of t.byYearSource) {
    for (const c of SOURCE_CODES) {
      const v = parts[c];
      if (v) byYearSource.push([y, c, text(v)]);
    }
  }
  return { unit, moneyUnit, total: text(t.total), bySource, byType, byYear: [...t.byYear].map(([y, v]) => [y, text(v)]), byYearSource };
}

export function digestFile(file: string, tables: readonly CheckedTable[], options: DigestOptions = { detail: true }): FileDigest {
  const digestTables: DigestTable[] = [];
  const rows: DigestRow[] = [];
  const findings: FileDigest['findings'] = [];
  const tableTotals: DigestTotals[] = [];
  const totals = new Map<string, { unit: string; moneyUnit: MoneyUnit; t: Totals }>();
  // A summary of the workbook's own appendices restates their money: counted there, not twice.
  const recaps = recapTables(tables);
  tables.forEach((table, i) => {
    const tu = tableUnit(table, file);
    const survey = isSurveyTable(table);
    const rates = table.summary.ratesWithoutYears;
    digestTables.push({
      sheet: table.sheet, range: table.range, moneyUnit: table.unit, unitFrom: tu.from, survey,
      ...(rates && !recaps.has(table) ? { rates: { year: rates.year && text(rates.year), month: rates.month && text(rates.month) } } : {}),
    });
    const recap = recaps.has(table);
    const amountCol = columnLetter(table.columns.amount);
    for (const row of table.rows) {
      if (row.kind === 'total' || recap) continue;
      const unit = rowUnit(tu, row, file);
      const cut = row.kind === 'item' ? moneyParts(table, row) : [];
      // A table of one unit is already totalled (its summary); a survey's units are added up here.
      if (cut.length && tu.unit === null) {
        const key = `${unit}\u0000${table.unit}`;
        let acc = totals.get(key);
        if (!acc) {
          acc = { unit, moneyUnit: table.unit, t: emptyTotals() };
          totals.set(key, acc);
        }
        for (const p of cut) addPart(acc.t, { code: p.code, type: p.type, amount: p.amount, years: p.allocation });
      }
      const total = cut.length ? effectiveTotal(row) : null;
      const totalText = total ? text(total) : null;
      let parts: DigestPart[] | null = null;
      if (options.detail) {
        parts = cut.map((p) => ({
          code: p.code, type: p.type, amount: text(p.amount),
          years: [...p.allocation].sort((a, b) => a[0] - b[0]).map(([y, v]): [number, string] => [y, text(v)]),
        }));
      }
      rows.push({
        file,
        unit,
        table: i + 1,
        sheet: table.sheet,
        row: row.row,
        cell: `${amountCol}${row.row}`,
        stt: row.stt,
        name: row.name,
        kind: row.kind,
        system: survey ? classifySystem(row.system ?? row.name) : null,
        mode: row.mode ? row.mode.mode : survey ? 'unknown' : null,
        vendor: row.mode?.vendor ?? null,
        moneyUnit: table.unit,
        total: totalText,
        // A further line of one project (its name merged down over it) is no second submission of it.
        duplicateKey: totalText !== null && !(total as Decimal).isZero() && row.lineOf === undefined ? duplicateKey(row.name, totalText, table.unit) : null,
        parts,
      });
    }
    // Each finding as a new object of its own fields (a spread copy with more fields costs twice as much).
    for (const f of table.findings) {
      // The same item twice in one table is found again across every file (duplicates.ts): said once, there.
      if (f.code === 'DUPLICATE_ITEM') continue;
      findings.push({
        code: f.code, severity: f.severity, row: f.row, cell: f.cell, message: f.message, expected: f.expected,
        actual: f.actual, suggestion: f.suggestion, related: [...f.related], file, sheet: table.sheet,
      });
    }
    if (tu.unit !== null && !recap) tableTotals.push(totalsToDigest(tu.unit, table.unit, table.summary));
  });
  const digestTotals = [...tableTotals, ...[...totals.values()].map((a) => totalsToDigest(a.unit, a.moneyUnit, a.t))];
  return { ok: true, file, tables: digestTables, rows, totals: digestTotals, findings };
}
