// "NS Kiểm tra": one row per finding with a link to the cell it is about, so an officer can go
// down the list and click through. The counts on top are COUNTIF formulas over the severity
// column, so deleting a row the officer has dealt with updates them.
import type { CheckResult } from '../model';
import { Decimal } from '../decimal';
import { columnLetter } from '../grid';
import { AMOUNT_FORMAT } from '../sheetplan';
import type { PlanRow, PlanRowCell, SheetPlan } from '../sheetplan';
import { FINDINGS_TEXT, SEVERITY_WORDS } from '../i18n/check-sheets';
import type { Finding, Lang, Severity } from '../types';
import { FINDINGS_SHEET, sheetRef } from './names';
import { ruleSetLine } from '../i18n/rules';
import { cellsOfRows, rowCell, sharedCell } from './rows';

const SEVERITY_FILL: Record<Severity, string> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Expected/actual are decimal strings when they are amounts: show them as numbers. */
function figure(text: string | null): PlanRowCell | undefined {
  if (text === null || text === '') return undefined;
  if (PLAIN_NUMBER.test(text)) {
    return rowCell(new Decimal(text), { numberFormat: AMOUNT_FORMAT });
  }
  return rowCell(text);
}

const HEADER_ROW = 4;

/**
 * The sheet. With `stream`, its rows are not made here but by `rowStream` when a writer asks
 * (a large plan has tens of thousands of findings).
 */
export function buildFindingsSheet(result: CheckResult, lang: Lang = 'vi', name: string = FINDINGS_SHEET, stream = false): SheetPlan {
  const rows = (): Iterable<PlanRow> => findingsRows(result, lang);
  return {
    name,
    cells: stream ? [] : [...cellsOfRows(rows())],
    ...(stream ? { rowStream: rows } : {}),
    columnWidths: { A: 11, B: 26, C: 14, D: 70, E: 14, F: 14, G: 30, H: 14, I: 7 },
    freeze: { rows: HEADER_ROW, cols: 0 },
    landscape: true,
  };
}

/** The sheet's rows in order, the findings' made one at a time. */
function* findingsRows(result: CheckResult, lang: Lang): Generator<PlanRow> {
  const T = FINDINGS_TEXT[lang];
  const words = SEVERITY_WORDS[lang];
  const rows: { finding: Finding; sheet: string; table: number }[] = [];
  result.tables.forEach((t, i) => {
    for (const f of t.findings) rows.push({ finding: f, sheet: t.sheet, table: i + 1 });
  });

  yield { row: 1, cells: [{ value: `${T.title} — ${result.file}`, bold: true }] };
  const firstRow = HEADER_ROW + 1;
  const lastRow = Math.max(firstRow, HEADER_ROW + rows.length);
  const counts: PlanRowCell[] = [];
  SEVERITIES.forEach((sev, k) => {
    const col = columnLetter(1 + 2 * k);
    const count = rows.filter((x) => x.finding.severity === sev).length;
    counts.push({ value: words[sev], bold: true, fill: SEVERITY_FILL[sev] });
    counts.push({ formula: `COUNTIF($A$${firstRow}:$A$${lastRow},${col}2)`, value: count, bold: true, align: 'left' });
  });
  yield { row: 2, cells: counts };
  // Which law each table was judged by, and why (CONTRACT "Rule sets and dates").
  const laws = result.tables.flatMap((t, i) => (t.law ? [`${result.tables.length > 1 ? `${i + 1}. ` : ''}${ruleSetLine(t.law.choice, lang)}`] : []));
  if (laws.length) yield { row: 3, cells: [{ value: laws.join(' '), italic: true }] };

  yield { row: HEADER_ROW, cells: T.headers.map((h) => ({ value: h, bold: true, fill: 'D9E1F2', wrap: true })) };

  if (rows.length === 0) {
    yield { row: firstRow, cells: [{ value: T.none, italic: true }] };
  }
  // Cells that repeat down the sheet are one object each (rows.ts sharedCell); a figure's text is read once.
  const severities = new Map<Severity, PlanRowCell>(SEVERITIES.map((sev) => [sev, rowCell(words[sev], { fill: SEVERITY_FILL[sev] })]));
  const codes = new Map<string, PlanRowCell>();
  const figures = new Map<string, PlanRowCell | undefined>();
  const tables = new Map<number, PlanRowCell>();
  const figureOf = (text: string | null): PlanRowCell | undefined => {
    if (text === null) return undefined;
    if (!figures.has(text)) figures.set(text, figure(text));
    return figures.get(text);
  };
  const wrap = { wrap: true };
  for (let i = 0; i < rows.length; i++) {
    const { finding: f, sheet, table } = rows[i];
    const place: PlanRowCell | undefined = f.cell
      ? rowCell(`${sheet}!${f.cell}`, { link: sheetRef(sheet, f.cell) })
      : f.row !== null ? rowCell(`${sheet}!${f.row}:${f.row}`) : undefined;
    yield {
      row: firstRow + i,
      cells: [
        severities.get(f.severity),
        sharedCell(codes, f.code),
        place,
        rowCell(f.message, wrap),
        figureOf(f.expected),
        figureOf(f.actual),
        f.suggestion ? rowCell(f.suggestion, wrap) : undefined,
        f.related.length ? rowCell(f.related.join(', ')) : undefined,
        sharedCell(tables, table),
      ],
    };
  }
}
