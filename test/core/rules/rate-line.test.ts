// RATE_LINE_MISMATCH: a tax or contingency line that states its rate is that share of the items it
// is worked out from. Every expected figure is worked out by hand in the comments.
import type { CellValue } from '../../../src/core/grid';
import { statedRate } from '../../../src/core/rules/rate-line';
import { checkOne, planGrid } from '../../helpers/grid';

const PURCHASE = ['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Đơn giá', 'Thành tiền'];
const purchase = (tax: number, total: number): CellValue[][] => [
  ['1', 'Máy chủ', 'Bộ', 2, 100_000_000, 200_000_000],
  ['2', 'Phần mềm quản lý văn bản', 'Gói', 1, 300_000_000, 300_000_000],
  ['3', 'Máy tính để bàn', 'Chiếc', 10, 15_500_000, 155_000_000],
  [null, 'Cộng trước thuế', null, null, null, 655_000_000],
  [null, 'Thuế GTGT (10%)', null, null, null, tax],
  [null, 'Tổng cộng sau thuế', null, null, null, total],
];
const TITLES = ['DỰ TOÁN MUA SẮM THIẾT BỊ CÔNG NGHỆ THÔNG TIN NĂM 2026', 'Đơn vị tính: đồng'];
const rateFindings = (t: ReturnType<typeof checkOne>) => t.findings.filter((f) => f.code === 'RATE_LINE_MISMATCH');

test('a tax line of 10 % of 655.000.000 đồng must be 65.500.000', () => {
  // 200.000.000 + 300.000.000 + 155.000.000 = 655.000.000; 10 % = 65.500.000.
  expect(rateFindings(checkOne(planGrid(purchase(65_500_000, 720_500_000), { titles: TITLES, header: PURCHASE, bold: [3, 5] })))).toEqual([]);
  // Rounded to the thousand đồng is still that share: 65.500.400 is within 0,1 % (65.500).
  expect(rateFindings(checkOne(planGrid(purchase(65_500_400, 720_500_400), { titles: TITLES, header: PURCHASE, bold: [3, 5] })))).toEqual([]);
  // 8 % taken for 10 %: 52.400.000.
  const t = checkOne(planGrid(purchase(52_400_000, 707_400_000), { titles: TITLES, header: PURCHASE, bold: [3, 5] }));
  const f = rateFindings(t);
  expect(f.map((x) => [x.cell, x.expected, x.actual, x.suggestion, x.severity])).toEqual([['F9', '65500000', '52400000', '65500000', 'warning']]);
  expect(f[0].message).toBe('Ô F9: dòng "Thuế GTGT (10%)" ghi 52.400.000 đồng nhưng 10% của 655.000.000 đồng (các khoản mục tính trên) là 65.500.000 đồng (lệch 13.100.000). Sửa số tiền hoặc tỷ lệ ghi trong tên dòng.');
});

test('a plan\'s reserve of 5 % of its items; of the items and the tax above it also holds', () => {
  const HEADER = ['STT', 'Nội dung', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'];
  const plan = (reserve: number): CellValue[][] => [
    ['1', 'Mua sắm máy chủ', '2027', 1_500, 'NSĐP'],
    ['2', 'Thuê đường truyền', '2027', 150, 'NSĐP'],
    ['3', 'Nâng cấp phần mềm', '2027', 800, 'NSĐP'],
    ['4', 'Thuế GTGT 10%', null, 245, null],
    ['5', 'Dự phòng (5%)', null, reserve, null],
    [null, 'Tổng cộng', null, 2_695 + reserve, null],
  ];
  const titles = ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027', 'Đơn vị tính: triệu đồng'];
  // Items 1.500 + 150 + 800 = 2.450: tax 10 % = 245; reserve 5 % = 122,5, or 5 % of 2.695 = 134,75.
  expect(rateFindings(checkOne(planGrid(plan(122.5), { titles, header: HEADER })))).toEqual([]);
  expect(rateFindings(checkOne(planGrid(plan(134.75), { titles, header: HEADER })))).toEqual([]);
  const wrong = rateFindings(checkOne(planGrid(plan(150), { titles, header: HEADER })));
  expect(wrong.map((x) => [x.cell, x.expected, x.actual])).toEqual([['D9', '122.5', '150']]);
});

test('the rate a name states: one percentage, else none', () => {
  expect(['Thuế GTGT (10%)', 'Dự phòng 5,5 %', 'Chi phí dự phòng', 'Thuế 8% hoặc 10%'].map((n) => statedRate(n)?.toFixed() ?? null))
    .toEqual(['0.1', '0.055', null, null]);
});
