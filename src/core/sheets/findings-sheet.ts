// "NS Kiểm tra": one row per finding with a link to the cell it is about, so an officer can go
// down the list and click through. The counts on top are COUNTIF formulas over the severity
// column, so deleting a row the officer has dealt with updates them.
import type { CheckResult } from '../model';
import { Decimal } from '../decimal';
import { columnLetter } from '../grid';
import { AMOUNT_FORMAT } from '../sheetplan';
import type { PlanCell, SheetPlan } from '../sheetplan';
import { FINDINGS_TEXT, SEVERITY_WORDS } from '../i18n/check-sheets';
import type { Finding, Lang, Severity } from '../types';
import { FINDINGS_SHEET, sheetRef } from './names';
import { ruleSetLine } from '../i18n/rules';

const SEVERITY_FILL: Record<Severity, string> = { error: 'FFC7CE', warning: 'FFEB9C', info: 'DDEBF7' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Expected/actual are decimal strings when they are amounts: show them as numbers. */
function figure(address: string, text: string | null): PlanCell | null {
  if (text === null || text === '') return null;
  if (PLAIN_NUMBER.test(text)) {
    return { address, value: new Decimal(text), numberFormat: AMOUNT_FORMAT };
  }
  return { address, value: text };
}

const HEADER_ROW = 4;

export function buildFindingsSheet(result: CheckResult, lang: Lang = 'vi', name: string = FINDINGS_SHEET): SheetPlan {
  const T = FINDINGS_TEXT[lang];
  const words = SEVERITY_WORDS[lang];
  const cells: PlanCell[] = [];
  const rows: { finding: Finding; sheet: string; table: number }[] = [];
  result.tables.forEach((t, i) => {
    for (const f of t.findings) rows.push({ finding: f, sheet: t.sheet, table: i + 1 });
  });

  cells.push({ address: 'A1', value: `${T.title} — ${result.file}`, bold: true });
  // Which law each table was judged by, and why (CONTRACT "Rule sets and dates").
  const laws = result.tables.flatMap((t, i) => (t.law ? [`${result.tables.length > 1 ? `${i + 1}. ` : ''}${ruleSetLine(t.law.choice, lang)}`] : []));
  if (laws.length) cells.push({ address: 'A3', value: laws.join(' '), italic: true });
  const firstRow = HEADER_ROW + 1;
  const lastRow = Math.max(firstRow, HEADER_ROW + rows.length);
  SEVERITIES.forEach((sev, k) => {
    const col = columnLetter(1 + 2 * k);
    const next = columnLetter(2 + 2 * k);
    const count = rows.filter((x) => x.finding.severity === sev).length;
    cells.push({ address: `${col}2`, value: words[sev], bold: true, fill: SEVERITY_FILL[sev] });
    cells.push({ address: `${next}2`, formula: `COUNTIF($A$${firstRow}:$A$${lastRow},${col}2)`, value: count, bold: true, align: 'left' });
  });

  T.headers.forEach((h, i) => cells.push({ address: `${columnLetter(i + 1)}${HEADER_ROW}`, value: h, bold: true, fill: 'D9E1F2', wrap: true }));

  if (rows.length === 0) {
    cells.push({ address: `A${firstRow}`, value: T.none, italic: true });
  }
  rows.forEach(({ finding: f, sheet, table }, i) => {
    const r = firstRow + i;
    cells.push({ address: `A${r}`, value: words[f.severity], fill: SEVERITY_FILL[f.severity] });
    cells.push({ address: `B${r}`, value: f.code });
    if (f.cell) cells.push({ address: `C${r}`, value: `${sheet}!${f.cell}`, link: sheetRef(sheet, f.cell) });
    else if (f.row !== null) cells.push({ address: `C${r}`, value: `${sheet}!${f.row}:${f.row}` });
    cells.push({ address: `D${r}`, value: f.message, wrap: true });
    const expected = figure(`E${r}`, f.expected);
    if (expected) cells.push(expected);
    const actual = figure(`F${r}`, f.actual);
    if (actual) cells.push(actual);
    if (f.suggestion) cells.push({ address: `G${r}`, value: f.suggestion, wrap: true });
    if (f.related.length) cells.push({ address: `H${r}`, value: f.related.join(', ') });
    cells.push({ address: `I${r}`, value: table });
  });

  return {
    name,
    cells,
    columnWidths: { A: 11, B: 26, C: 14, D: 70, E: 14, F: 14, G: 30, H: 14, I: 7 },
    freeze: { rows: HEADER_ROW, cols: 0 },
    landscape: true,
  };
}
