// Reads the scenario from a workbook an officer filled: a two-column table of dotted keys
// (startYear, invest.costs.thietBi, …, the CONTRACT names) and their values, with Vietnamese
// labels beside them for the reader. Keys are what is read: a label can be reworded or
// translated without breaking the file. The column holding the keys is found, not assumed
// (labels may sit left or right of it); the value is the cell to its right.
import ExcelJS from 'exceljs';
import { columnLetter } from '../core/grid';
import { scenarioCli } from '../core/i18n/scenario';
import { SCENARIO_KEYS, SCENARIO_SHEET_NAME } from '../core/scenario';

export type RawValue = string | number | boolean | null;

export interface ScenarioSheetInput {
  sheet: string;
  /** Nested object of the keys found, ready for parseScenarioInput. */
  raw: Record<string, unknown>;
  /** Dotted key → address of its value cell ("C7"), to point messages at the cell. */
  cells: Map<string, string>;
  /** Problems of the sheet itself (duplicate keys), in both languages. */
  errors: { vi: string; en: string }[];
}

const KEY_SHAPE = /^[A-Za-z]+(\.([A-Za-z]+|\d))*$/;
const KNOWN = new Set(SCENARIO_KEYS.map((k) => k.toLowerCase()));
const CANONICAL = new Map(SCENARIO_KEYS.map((k) => [k.toLowerCase(), k]));

export function cellScalar(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((p) => p.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const r = (value as ExcelJS.CellFormulaValue).result;
      return r === undefined || r === null || typeof r === 'object' ? null : (r as RawValue);
    }
    if ('text' in value && typeof (value as ExcelJS.CellHyperlinkValue).text === 'string') return (value as ExcelJS.CellHyperlinkValue).text;
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return null;
}

function setPath(root: Record<string, unknown>, dotted: string, value: RawValue): void {
  const parts = dotted.split('.');
  let node = root;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

function text(v: RawValue): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** Count of known keys per column of a sheet. */
function keyColumn(ws: ExcelJS.Worksheet): { col: number; hits: number } {
  const counts = new Map<number, number>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (KNOWN.has(text(cellScalar(cell.value)).toLowerCase())) counts.set(col, (counts.get(col) ?? 0) + 1);
    });
  });
  let best = { col: 0, hits: 0 };
  for (const [col, hits] of counts) if (hits > best.hits) best = { col, hits };
  return best;
}

/** The first sheet (other than our own result sheet) whose key column holds at least 3 known keys; null if none. */
export function readScenarioSheet(workbook: ExcelJS.Workbook): ScenarioSheetInput | null {
  for (const ws of workbook.worksheets) {
    if (ws.name === SCENARIO_SHEET_NAME) continue;
    const { col, hits } = keyColumn(ws);
    if (hits < 3) continue;
    const raw: Record<string, unknown> = {};
    const cells = new Map<string, string>();
    const errors: { vi: string; en: string }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      // Cells by column, read once; the value sits right of the key (an empty cell reads as null).
      const byCol = new Map<number, RawValue>();
      row.eachCell({ includeEmpty: false }, (cell, c) => byCol.set(c, cellScalar(cell.value)));
      const key = text(byCol.get(col) ?? null);
      if (!KEY_SHAPE.test(key)) return; // titles, headers and labels, not keys
      const canonical = CANONICAL.get(key.toLowerCase()) ?? key;
      const address = `${columnLetter(col + 1)}${rowNumber}`;
      const earlier = cells.get(canonical);
      if (earlier) {
        errors.push(scenarioCli.duplicateKey(canonical, earlier, address));
        return;
      }
      cells.set(canonical, address);
      setPath(raw, canonical, byCol.get(col + 1) ?? null);
    });
    return { sheet: ws.name, raw, cells, errors };
  }
  return null;
}
