// A schedule: "Tiến độ thực hiện" merged over "2026 | 2027 | 2028", an "x" under each year an
// item runs in, the money in one column beside it. Before, the year columns were read as money
// holding nothing: no item had a year ("Tổng theo năm: —"). Now the marked years are the row's
// time. Figures by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const check = (group: string, rows: CellValue[][]) => checkOne({
  sheet: 'KH', top: 1, left: 1, merges: ['A3:A4', 'B3:B4', 'C3:E3', 'F3:F4', 'G3:G4'],
  values: [
    ['DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2028'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nhiệm vụ', group, null, null, 'Kinh phí dự kiến', 'Nguồn vốn'],
    [null, null, '2026', '2027', '2028', null, null],
    ...rows,
  ],
});

const byYear = (t: ReturnType<typeof check>) => Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]));

const ITEMS: CellValue[][] = [
  ['1', 'Xây dựng kho dữ liệu dùng chung', 'x', 'x', null, 3000, 'NSĐP'],
  ['2', 'Số hóa hồ sơ hộ tịch', null, 'X', 'X', 1200, 'NSĐP'],
  ['3', 'Đào tạo kỹ năng số', 'x', 'x', 'x', 600, 'NSĐP'],
  ['4', 'Giám sát an toàn thông tin', 'x', null, 'x', 1000, 'NSĐP'],
  [null, 'Tổng cộng', null, null, null, 5800, null],
];

test('"x" under the years of "Tiến độ thực hiện" are the item\'s years; its money is spread over them', () => {
  const t = check('Tiến độ thực hiện', ITEMS);
  expect(t.columnInfo.filter((c) => c.year !== null).map((c) => [c.role, c.year, c.money])).toEqual([['time', 2026, false], ['time', 2027, false], ['time', 2028, false]]);
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.time?.text)).toEqual(['2026 - 2027', '2027 - 2028', '2026 - 2028', '2026, 2028']);
  // 3.000 over 2026-2027: 1.500 a year; 1.200 over 2027-2028: 600; 600 over three years: 200;
  // 1.000 in 2026 and 2028: 500 each. 2026: 1.500 + 200 + 500 = 2.200; 2027: 1.500 + 600 + 200 =
  // 2.300; 2028: 600 + 200 + 500 = 1.300 (together 5.800).
  expect(byYear(t)).toEqual({ 2026: '2200', 2027: '2300', 2028: '1300' });
  expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('under "Kinh phí thực hiện" the same "x" says "does not apply": the columns stay money', () => {
  const t = check('Kinh phí thực hiện', ITEMS);
  expect(t.columnInfo.filter((c) => c.year !== null).map((c) => c.role)).toEqual(['year', 'year', 'year']);
});

test('a figure under a year makes the columns money, as in every year-column form', () => {
  const rows = ITEMS.map((r) => [...r]);
  rows[0][2] = 1500;
  const t = check('Tiến độ thực hiện', rows);
  expect(t.columnInfo.filter((c) => c.year !== null).map((c) => c.role)).toEqual(['year', 'year', 'year']);
});

test('"x" under quarters named with their year ("Quý III/2026 | … | Quý II/2027") mark the item\'s years', () => {
  // Item 1 in the two quarters of 2026: 2026, 1.200. Item 2 from Quý IV/2026 to Quý II/2027:
  // 2026-2027, 300 spread 150 a year. 2026: 1.200 + 150 = 1.350; 2027: 150. Before, the quarters
  // were no columns of anything: no item had a year.
  const t = checkOne({
    sheet: 'KH', top: 1, left: 1, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:H3'],
    values: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2027'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Kinh phí', 'Nguồn vốn', 'Tiến độ thực hiện', null, null, null],
      [null, null, null, null, 'Quý III/2026', 'Quý IV/2026', 'Quý I/2027', 'Quý II/2027'],
      ['1', 'Nâng cấp cổng thông tin', 1200, 'NSĐP', 'x', 'x', null, null],
      ['2', 'Giám sát an toàn thông tin', 300, 'NSĐP', null, 'x', 'x', 'x'],
      [null, 'Tổng cộng', 1500, null, null, null, null, null],
    ],
  });
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.time?.text)).toEqual(['2026', '2026 - 2027']);
  expect(byYear(t)).toEqual({ 2026: '1350', 2027: '150' });
  expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});
