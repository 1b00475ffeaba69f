// The names of the sheets a consolidation writes, apart from the builders so a door that only
// needs to know them (the Excel adapter, guarding which sheets it may replace) loads nothing else.
export const SYSTEMS_SHEET = 'NS Hệ thống';

/**
 * Unit sheets written into an open workbook (the task pane) start with this: a workbook of
 * provinces' data may well have a sheet of its own called "Cà Mau", which must never be replaced.
 * A new workbook (the CLI's --out) has nothing to collide with and names them plainly.
 */
export const WORKBOOK_UNIT_PREFIX = 'NS ĐV ';

/** A sheet a consolidation writes into an open workbook besides "NS Tổng hợp". */
export function isConsolidationSheet(name: string): boolean {
  return name === SYSTEMS_SHEET || name.startsWith(WORKBOOK_UNIT_PREFIX);
}
