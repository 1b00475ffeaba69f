// Estimates of one task or project as officers lay them out: an outline's cost items before and
// after tax, and a purchase with its tax line. Right tables: every finding here but the missing
// source column would be a false alarm. Totals added by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, codes, planGrid } from '../../helpers/grid';

test('an outline\'s cost items before tax, tax and after tax: the items are named, the money is after tax', () => {
  const header = ['TT', 'Khoản mục chi phí', 'Cách tính', 'Giá trị trước thuế', 'Thuế GTGT', 'Giá trị sau thuế'];
  const body: CellValue[][] = [
    ['1', 'Chi phí xây dựng phần mềm', '', '1.000', '100', '1.100'],
    ['2', 'Chi phí quản lý', '', '50', '5', '55'],
    ['3', 'Chi phí tư vấn', '', '80', '8', '88'],
    // (1.000 + 50 + 80) × 5 % = 56,5.
    ['4', 'Chi phí dự phòng', '(1+2+3) x 5%', '56,5', '', '56,5'],
    // 1.100 + 55 + 88 + 56,5 = 1.299,5; before tax 1.186,5.
    [null, 'Tổng cộng', '', '1.186,5', '113', '1.299,5'],
  ];
  const t = checkOne(planGrid(body, { titles: ['ĐỀ CƯƠNG VÀ DỰ TOÁN CHI TIẾT NHIỆM VỤ XÂY DỰNG CƠ SỞ DỮ LIỆU NGÀNH NĂM 2026', 'Đơn vị tính: triệu đồng'], header }));
  expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'note', 'other', 'other', 'amount']);
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.name)).toEqual(['Chi phí xây dựng phần mềm', 'Chi phí quản lý', 'Chi phí tư vấn', 'Chi phí dự phòng']);
  expect(t.summary.total.toFixed()).toBe('1299.5');
  // The security share and a source column are asked of a province's plan, not of one task's estimate.
  expect(codes(t)).toEqual([]);
  // Before tax and the tax add up to the total after tax, row by row.
  expect(t.sums).toEqual([{ kind: 'tax', total: 6, parts: [4, 5], stated: false }]);
});

test('a row whose value after tax is not its value before tax plus the tax', () => {
  const header = ['TT', 'Khoản mục chi phí', 'Cách tính', 'Giá trị trước thuế', 'Thuế GTGT', 'Giá trị sau thuế'];
  const body: CellValue[][] = [
    ['1', 'Chi phí xây dựng phần mềm', '', '1.000', '100', '1.100'],
    // 50 + 5 = 55, written 56.
    ['2', 'Chi phí quản lý', '', '50', '5', '56'],
    // Not subject to tax: the words are no amount and no sum is asked of the row.
    ['3', 'Chi phí tư vấn', '', '80', 'Không chịu thuế', '80'],
    // 1.100 + 56 + 80 = 1.236; before tax 1.130; tax 105.
    [null, 'Tổng cộng', '', '1.130', '105', '1.236'],
  ];
  const t = checkOne(planGrid(body, { titles: ['DỰ TOÁN CHI TIẾT NHIỆM VỤ NĂM 2026', 'Đơn vị tính: triệu đồng'], header }));
  const wrong = t.findings.filter((f) => f.code === 'SOURCES_SUM_MISMATCH');
  // The body starts on sheet row 5 (two title lines, a blank row, the header on row 4). The total
  // row carries the same slip: 1.130 + 105 = 1.235, written 1.236.
  expect(wrong.map((f) => [f.cell, f.expected, f.actual, f.related.join()])).toEqual([['F6', '56', '55', 'D6,E6'], ['F8', '1236', '1235', 'D8,E8']]);
  expect(wrong[0].message).toContain('giá trị trước thuế và thuế GTGT (D, E) cộng lại được 55 triệu đồng nhưng giá trị sau thuế là 56 triệu đồng');
  expect(codes(t).filter((c) => c !== 'SOURCES_SUM_MISMATCH')).toEqual([]);
});

test('a purchase: items, "Cộng trước thuế", the tax line and the total after tax', () => {
  const header = ['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Đơn giá', 'Thành tiền'];
  const body: CellValue[][] = [
    ['1', 'Máy chủ', 'Bộ', 2, 100_000_000, 200_000_000],
    ['2', 'Phần mềm quản lý văn bản', 'Gói', 1, 300_000_000, 300_000_000],
    ['3', 'Máy tính để bàn', 'Chiếc', 10, 15_500_000, 155_000_000],
    // 200 + 300 + 155 = 655 triệu; tax 10 % = 65,5 triệu; 720,5 triệu in all.
    [null, 'Cộng trước thuế', null, null, null, 655_000_000],
    [null, 'Thuế GTGT (10%)', null, null, null, 65_500_000],
    [null, 'Tổng cộng sau thuế', null, null, null, 720_500_000],
  ];
  const t = checkOne(planGrid(body, { titles: ['DỰ TOÁN MUA SẮM THIẾT BỊ CÔNG NGHỆ THÔNG TIN NĂM 2026', 'Đơn vị tính: đồng'], header, bold: [3, 5] }));
  expect(t.summary.total.toFixed()).toBe('720500000');
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
});
