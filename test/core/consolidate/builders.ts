// Small CheckedTables for consolidation tests: a province's plan appendix (through the real
// reader, from a Grid) and survey tables with `place` and `system` on every row, built directly
// as the table model describes them (the survey reader fills the same fields).
import { checkTable, defaultSettings } from '../../../src/core/check';
import type { CellValue } from '../../../src/core/grid';
import type { CheckedTable, Table, TableRow } from '../../../src/core/model';
import { parseMode } from '../../../src/core/mode';
import { parseMoney } from '../../../src/core/money';
import type { MoneyUnit } from '../../../src/core/types';
import { checkOne, planGrid } from '../../helpers/grid';

/** A plan appendix whose title names `unitLine` (e.g. "UBND TỈNH AN GIANG"); body rows as in planGrid. */
export function planTable(heading: string | null, body: CellValue[][], unit = 'Triệu đồng', sheet = 'PL IV'): CheckedTable {
  const titles = [...(heading ? [heading] : []), 'DANH MỤC DỰ ÁN GIAI ĐOẠN 2021 - 2025', `Đơn vị tính: ${unit}`];
  return checkOne({ ...planGrid(body, { titles }), sheet });
}

export interface SurveyRow {
  place: string | null;
  system: string;
  mode?: string;
  amount?: string;
}

/**
 * A survey table: columns A STT, B Địa phương, C Tên hệ thống, D Tự đầu tư/Thuê, E Tổng kinh
 * phí; header on row 3, body from row 4.
 */
export function surveyTable(rows: SurveyRow[], options: { sheet?: string; titles?: string[]; unit?: MoneyUnit } = {}): CheckedTable {
  const unit = options.unit ?? 'triệu đồng';
  const body: TableRow[] = rows.map((r, i) => {
    const money = r.amount ? parseMoney(r.amount, { unit }) : null;
    return {
      row: 4 + i, stt: '', parentRow: null, kind: 'item', level: 0, name: r.system, amountText: r.amount ?? '',
      amount: money?.value ?? null, amountPer: money?.per ?? 'total', money, computed: null, time: null,
      allocation: new Map(), allocationBasis: 'none', years: new Map(), place: r.place, system: r.system,
      sources: [], sourceText: '', mode: r.mode ? parseMode(r.mode) : null, bold: false, amountFormula: null,
      amountIsNumber: false, children: [], hidden: false,
    };
  });
  const table: Table = {
    sheet: options.sheet ?? 'Khảo sát', range: `A3:E${3 + rows.length}`, headerRow: 3, lastRow: 3 + rows.length,
    columns: { stt: 1, name: 3, amount: 5, time: null, source: null, mode: 4 },
    columnInfo: [
      { col: 1, role: 'stt', header: 'STT', year: null, source: null, type: null },
      { col: 2, role: 'place', header: 'Địa phương', year: null, source: null, type: null },
      { col: 3, role: 'system', header: 'Tên hệ thống', year: null, source: null, type: null },
      { col: 4, role: 'mode', header: 'Tự đầu tư/Thuê', year: null, source: null, type: null },
      { col: 5, role: 'amount', header: 'Tổng kinh phí', year: null, source: null, type: null },
    ],
    unit, period: null, formulasKnown: false, titles: options.titles ?? ['Tổng hợp hình thức triển khai các hệ thống'],
    rows: body, byRow: new Map(body.map((r) => [r.row, r])),
  };
  return checkTable(table, defaultSettings());
}
