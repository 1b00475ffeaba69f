// A host over a fresh fake workbook, with the fake's counters at hand.
import type { Grid } from '../../src/core/grid';
import { ExcelHost } from '../../src/excel/excel-host';
import { fakeExcel, fakeOffice, fakeWorkbookFromGrids, type FakeWorkbook } from '../../src/preview/fake-office';

export function hostOver(grids: Grid[]): { book: FakeWorkbook; host: ExcelHost } {
  const book = fakeWorkbookFromGrids(grids);
  return { book, host: new ExcelHost({ excel: fakeExcel(book), office: fakeOffice(book) }) };
}

/** A plan table: a title line, a header, a bold section with a SUM, two items, from sheet row `top`. */
export function planGrid(sheet = 'PL IV', top = 3, left = 2): Grid {
  return {
    sheet,
    top,
    left,
    values: [
      ['PHỤ LỤC IV', null, null],
      ['STT', 'Tên dự án', 'Tổng mức đầu tư'],
      ['I', 'Dự án CNTT', 30000],
      ['1', 'LGSP', 18000],
      ['2', 'SOC', '12.000 (2.400/năm)'],
    ],
    formulas: [
      [null, null, null],
      [null, null, null],
      [null, null, '=SUM(D6:D7)'],
      [null, null, null],
      [null, null, null],
    ],
    bold: [
      [true, false, false],
      [true, true, true],
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ],
    numberFormats: [
      ['General', 'General', 'General'],
      ['General', 'General', 'General'],
      ['General', 'General', '#,##0'],
      ['@', 'General', '#,##0'],
      ['@', 'General', 'General'],
    ],
    hiddenRows: [6],
  };
}

/**
 * A plan appendix of `items` rows as officers type them: Vietnamese names, mixed money texts,
 * a source missing on every fifth row (a SOURCE_MISSING warning each) and sections every 1,000
 * items, so a check has thousands of findings to mark.
 */
export function largePlan(items: number, sheet = 'PL IV'): Grid {
  const values: (string | number | null)[][] = [
    ['PHỤ LỤC IV — DANH MỤC NHIỆM VỤ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN GIAI ĐOẠN 2021 - 2025', null, null, null, null, null, null],
    ['Đơn vị tính: Triệu đồng', null, null, null, null, null, null],
    ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Tổng mức đầu tư', 'Nguồn vốn', 'Ghi chú'],
  ];
  const bold: boolean[][] = values.map((line, r) => line.map(() => r === 2));
  let section = 0;
  for (let i = 0; i < items; i++) {
    if (i % 1000 === 0) {
      section++;
      values.push([`${section}`.replace(/\d+/, (n) => 'I'.repeat(Number(n) % 4 || 4)), `Nhóm nhiệm vụ số ${section}`, null, null, null, null, null]);
      bold.push(new Array(7).fill(true));
    }
    const k = i % 10;
    const amount = k === 3 ? '3.000 (600/năm)' : k === 7 ? '1.000' : 100 + (i % 97);
    values.push([String((i % 1000) + 1), `Nâng cấp hệ thống thông tin quản lý văn bản và điều hành số ${i + 1}`, 'Sở Thông tin và Truyền thông', '2021-2023', amount, i % 5 ? 'NSĐP (Vốn đầu tư)' : null, k === 5 ? 'Chuyển tiếp từ giai đoạn trước' : null]);
    bold.push(new Array(7).fill(false));
  }
  return { sheet, top: 1, left: 1, values, bold };
}

/** A small seeded generator (mulberry32), so a differential test's thousands of cases are the same every run. */
export function seeded(seed: number): { int(n: number): number; pick<T>(list: readonly T[]): T } {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { int, pick: (list) => list[int(list.length)] };
}
