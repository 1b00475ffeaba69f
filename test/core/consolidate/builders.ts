// Small CheckedTables for consolidation tests, both through the real table reader from a Grid:
// a province's plan appendix and a survey table (a place and a system on every row).
import type { CellValue } from '../../../src/core/grid';
import type { CheckedTable } from '../../../src/core/model';
import { checkOne, planGrid } from '../../helpers/grid';
import { checkSheet } from '../../helpers/sheets';

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
 * A survey table read by the core's table model: columns A STT, B Địa phương, C Tên hệ thống,
 * D Tự đầu tư/Thuê, E Tổng kinh phí; titles on rows 1–2, header on row 3, body from row 4.
 */
export function surveyTable(rows: SurveyRow[], options: { sheet?: string; titles?: string[] } = {}): CheckedTable {
  const titles = options.titles ?? ['Tổng hợp hình thức triển khai các hệ thống', 'Đơn vị tính: triệu đồng'];
  const body: CellValue[][] = rows.map((r, i) => [String(i + 1), r.place, r.system, r.mode ?? null, r.amount ?? null]);
  return checkSheet({
    name: options.sheet ?? 'Khảo sát',
    rows: [titles[0] ? [titles[0]] : [], titles[1] ? [titles[1]] : [], ['STT', 'Địa phương', 'Tên hệ thống', 'Tự đầu tư/Thuê', 'Tổng kinh phí'], ...body],
  });
}
