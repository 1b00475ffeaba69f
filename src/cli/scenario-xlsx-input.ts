// Reads the scenario from a workbook an officer filled: a two-column table of dotted keys
// (startYear, invest.costs.thietBi, …, the CONTRACT names) and their values, with Vietnamese
// labels beside them for the reader. Keys are what is read: a label can be reworded or
// translated without breaking the file. The column holding the keys is found, not assumed
// (labels may sit left or right of it); the value is the cell to its right.
import { columnLetter } from '../core/grid';
import type { Grid } from '../core/grid';
import { scenarioCli } from '../core/i18n/scenario';
import { SCENARIO_KEYS } from '../core/scenario';

type RawValue = string | number | boolean | null;

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
function keyColumn(grid: Grid): { col: number; hits: number } {
  const counts = new Map<number, number>();
  grid.values.forEach((row) => {
    row.forEach((value, c) => {
      if (KNOWN.has(text(value).toLowerCase())) counts.set(grid.left + c, (counts.get(grid.left + c) ?? 0) + 1);
    });
  });
  let best = { col: 0, hits: 0 };
  for (const [col, hits] of counts) if (hits > best.hits) best = { col, hits };
  return best;
}

/**
 * The first sheet whose key column holds at least 3 known keys; null if none. The grids come
 * from the .xlsx reader, which already passed over the sheets ngansach made ("NS Phương án").
 */
export function readScenarioSheet(grids: readonly Grid[]): ScenarioSheetInput | null {
  for (const grid of grids) {
    const { col, hits } = keyColumn(grid);
    if (hits < 3) continue;
    const raw: Record<string, unknown> = {};
    const cells = new Map<string, string>();
    const errors: { vi: string; en: string }[] = [];
    grid.values.forEach((row, r) => {
      const rowNumber = grid.top + r;
      // The value sits right of the key (an empty cell reads as null).
      const key = text(row[col - grid.left] ?? null);
      if (!KEY_SHAPE.test(key)) return; // titles, headers and labels, not keys
      const canonical = CANONICAL.get(key.toLowerCase()) ?? key;
      const address = `${columnLetter(col + 1)}${rowNumber}`;
      const earlier = cells.get(canonical);
      if (earlier) {
        errors.push(scenarioCli.duplicateKey(canonical, earlier, address));
        return;
      }
      cells.set(canonical, address);
      setPath(raw, canonical, row[col + 1 - grid.left] ?? null);
    });
    return { sheet: grid.sheet, raw, cells, errors };
  }
  return null;
}
