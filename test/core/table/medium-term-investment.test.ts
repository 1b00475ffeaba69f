// The medium-term public investment form (Biểu mẫu số 05: "Quyết định đầu tư / TMĐT / Tổng số |
// Trong đó: NSĐP", "Lũy kế vốn đã bố trí đến hết năm 2025 / Tổng số | Trong đó: NSĐP", "Kế hoạch
// đầu tư công trung hạn giai đoạn 2026-2030 / Tổng số | Trong đó: NSĐP"). Before: TMĐT was taken for
// the plan's money, the two "Trong đó: NSĐP" columns (the project's and the plan's) were added up
// as the row's sources, and every row was a SOURCES_SUM_MISMATCH error (6 in all); the plan's money
// was spread over the build years from 2024, 6.500 of it before the plan. All figures by hand below.
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

function form(plan = 13000): Grid {
  const values: CellValue[][] = [
    ['Biểu mẫu số 05'],
    ['KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2026-2030 NGUỒN VỐN NGÂN SÁCH ĐỊA PHƯƠNG (LĨNH VỰC CÔNG NGHỆ THÔNG TIN)'],
    ['Đơn vị: Triệu đồng'],
    ['TT', 'Danh mục dự án', 'Địa điểm XD', 'Năng lực thiết kế', 'Thời gian KC-HT', 'Quyết định đầu tư', null, null, 'Lũy kế vốn đã bố trí đến hết năm 2025', null, 'Kế hoạch đầu tư công trung hạn giai đoạn 2026-2030', null, 'Ghi chú'],
    [null, null, null, null, null, 'Số quyết định; ngày, tháng, năm ban hành', 'TMĐT', null, 'Tổng số', 'Trong đó: NSĐP', 'Tổng số', 'Trong đó: NSĐP', null],
    [null, null, null, null, null, null, 'Tổng số', 'Trong đó: NSĐP', null, null, null, null, null],
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'],
    ['', 'TỔNG SỐ', null, null, null, null, 45000, 45000, 12000, 12000, 20000 + plan, 20000 + plan, null],
    ['I', 'Dự án chuyển tiếp', null, null, null, null, 25000, 25000, 12000, 12000, plan, plan, null],
    ['1', 'Xây dựng Trung tâm dữ liệu tỉnh', 'TP. Huế', '01 TTDL', '2024-2027', '1234/QĐ-UBND ngày 15/3/2024', 25000, 25000, 12000, 12000, plan, plan, null],
    ['II', 'Dự án khởi công mới', null, null, null, null, 20000, 20000, 0, 0, 20000, 20000, null],
    ['1', 'Xây dựng hệ thống giám sát an toàn thông tin (SOC)', 'Toàn tỉnh', '01 hệ thống', '2026-2028', null, 8000, 8000, null, null, 8000, 8000, null],
    ['2', 'Nền tảng chuyển đổi số tỉnh', 'Toàn tỉnh', null, '2026-2029', null, 12000, 12000, null, null, 12000, 12000, null],
  ];
  return {
    sheet: 'Biểu 05', top: 1, left: 1, values,
    merges: ['A4:A6', 'B4:B6', 'C4:C6', 'D4:D6', 'E4:E6', 'F4:H4', 'F5:F6', 'G5:H5', 'I4:J4', 'I5:I6', 'J5:J6', 'K4:L4', 'K5:K6', 'L5:L6', 'M4:M6'],
    bold: values.map((r, i) => r.map(() => [7, 8, 10].includes(i))),
  };
}

test('the plan\'s money is the period\'s total, the TMĐT the projects\' size, and nothing is off', () => {
  const t = checkOne(form());
  const role = (col: number) => t.columnInfo.find((c) => c.col === col)?.role;
  // K (11) the amount; G (7) TMĐT and its NSĐP (8) figures of their own; L (12) the plan's NSĐP part.
  expect([role(11), role(7), role(8), role(12)]).toEqual(['amount', 'other', 'other', 'source']);
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`)).toEqual([]);
  // 13.000 + 8.000 + 12.000 = 33.000, all NSĐP (the title and the "Trong đó: NSĐP" columns), investment.
  expect(t.summary.total.toFixed()).toBe('33000');
  expect(t.summary.bySource['NSĐP'].toFixed()).toBe('33000');
  expect(t.summary.byType['ĐTPT'].toFixed()).toBe('33000');
});

test('each project\'s money in its build years within 2026-2030', () => {
  // 13.000 over 2026-2027 (of 2024-2027): 6.500 each. 8.000 over 2026-2028: 2.666,666 twice and
  // 2.666,668. 12.000 over 2026-2029: 3.000 each. 2026: 6.500 + 2.666,666 + 3.000 = 12.166,666.
  const t = checkOne(form());
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([
    [2026, '12166.666'], [2027, '12166.666'], [2028, '5666.668'], [2029, '3000'],
  ]);
  expect(t.findings.map((f) => f.code)).not.toContain('OUTSIDE_PERIOD');
});

test('the procedure is judged by each new project\'s TMĐT; the decided one is not asked', () => {
  const t = checkOne(form());
  expect(t.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => f.cell)).toEqual(['G12', 'G13']);
});

test('a project planned past its TMĐT: 12.000 given and 15.000 planned for 2026-2030 is 2.000 over 25.000', () => {
  const t = checkOne(form(15000));
  const over = t.findings.filter((f) => f.code === 'ALLOCATION_OVER_TOTAL');
  expect(over.map((f) => [f.cell, f.expected, f.actual])).toEqual([['K10', '13000', '15000']]);
  expect(over[0].message).toContain('thêm 15.000 triệu đồng của kế hoạch giai đoạn 2026-2030 là vượt tổng mức đầu tư 25.000 triệu đồng (vượt 2.000)');
});

test('"Tổng số | Vốn trong nước | Vốn nước ngoài": the domestic and the foreign (ODA) capital are the row\'s sources, and must add up', () => {
  // Before: "Vốn trong nước" was no money at all, "Vốn nước ngoài" a lone part of the total: the
  // split was never checked, and the domestic capital not counted by source.
  const plan = (domestic: number): Grid => ({
    sheet: 'TH', top: 1, left: 1, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'], values: [
      ['KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2026-2030 LĨNH VỰC CÔNG NGHỆ THÔNG TIN', null, null, null, null, null],
      ['Đơn vị: triệu đồng', null, null, null, null, null],
      ['STT', 'Danh mục dự án', 'Thời gian KC-HT', 'Kế hoạch giai đoạn 2026-2030', null, null],
      [null, null, null, 'Tổng số', 'Vốn trong nước', 'Vốn nước ngoài'],
      [null, 'TỔNG SỐ', null, 50_000, 30_000, 20_000],
      ['1', 'Dự án chuyển đổi số ngành y tế (vay WB)', '2026-2029', 35_000, domestic, 20_000],
      ['2', 'Trung tâm dữ liệu tỉnh', '2027-2028', 15_000, 15_000, null],
    ],
  });
  const t = checkOne(plan(15_000));
  expect(t.sums).toEqual([{ kind: 'sources', total: 4, parts: [5, 6], stated: false }]);
  // ODA 20.000; domestic 15.000 + 15.000 = 30.000, its budget level not named.
  expect(Object.fromEntries(Object.entries(t.summary.bySource).filter(([, v]) => !v.isZero()).map(([k, v]) => [k, v.toFixed()]))).toEqual({ ODA: '20000', 'Chưa rõ': '30000' });
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual(['SECURITY_SHARE_LOW']);
  // 14.000 + 20.000 = 34.000, not 35.000; and the domestic column's items 29.000, not 30.000.
  const wrong = checkOne(plan(14_000)).findings.filter((f) => f.code.endsWith('MISMATCH')).map((f) => [f.code, f.cell]);
  expect(wrong).toEqual([['SUBTOTAL_MISMATCH', 'E5'], ['SOURCES_SUM_MISMATCH', 'D6']]);
});
