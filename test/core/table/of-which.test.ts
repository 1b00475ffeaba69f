// "Trong đó" lines under an item say again what its money is made of; they are no items. Rows
// start at sheet row 5 (two title lines, a blank row, the header). Totals worked out by hand below.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, nonZero, planGrid } from '../../helpers/grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'];
const TITLES = ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2030', 'Đơn vị tính: triệu đồng'];

test('lines naming sources under an item are its split by source, not more items', () => {
  const body: CellValue[][] = [
    ['1', 'Xây dựng trung tâm giám sát an toàn thông tin (SOC)', '2026-2027', 6_000, 'NSTW, NSĐP'],
    [null, 'Trong đó: - NSTW', null, 4_000, null],
    [null, '- NSĐP', null, 2_000, null],
    ['2', 'Nâng cấp cổng dịch vụ công', '2026', 1_500, 'NSĐP'],
    [null, 'Tổng cộng', null, 7_500, null],
  ];
  const t = checkOne(planGrid(body, { titles: TITLES, header: HEADER }));
  expect(t.rows.map((r) => `${r.row} ${r.kind}`)).toEqual(['5 item', '8 item', '9 total']);
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  // NSTW 4.000; NSĐP 2.000 + 1.500 = 3.500. 2026: SOC's 3.000 (NSTW 2.000, NSĐP 1.000) + 1.500.
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '4000', 'NSĐP': '3500' });
  expect(nonZero(t.summary.byYearSource.get(2026) ?? {})).toEqual({ NSTW: '2000', 'NSĐP': '2500' });
  expect(t.rows[0].sources.map((p) => `${p.code} ${p.amount?.toFixed()}`)).toEqual(['NSTW 4000', 'NSĐP 2000']);
});

test('a split that does not add up is said, as one written in words is', () => {
  const t = checkOne(planGrid([
    ['1', 'Xây dựng trung tâm giám sát an toàn thông tin (SOC)', '2026-2027', 6_000, 'NSTW, NSĐP'],
    [null, 'Trong đó:', null, null, null],
    [null, '- Vốn NSTW', null, 4_000, null],
    [null, '- Vốn NSĐP', null, 1_500, null],
    [null, 'Tổng cộng', null, 6_000, null],
  ], { titles: TITLES, header: HEADER }));
  // 4.000 + 1.500 = 5.500, not 6.000.
  expect(t.findings.filter((f) => f.code === 'SOURCE_SPLIT_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['E5', '6000', '5500']]);
});

test('lines of what else it holds are dropped, never counted; numbered lines stay its items', () => {
  const t = checkOne(planGrid([
    ['1', 'Nâng cấp hạ tầng mạng', '2026', 1_000, 'NSĐP'],
    [null, 'Trong đó: kinh phí thuê đường truyền', null, 300, null],
    ['2', 'Dự án cơ sở dữ liệu', '2027', 900, 'NSĐP'],
    [null, 'Trong đó:', null, null, null],
    ['2.1', 'Phần cứng', null, 600, null],
    ['2.2', 'Phần mềm', null, 300, null],
    [null, 'Tổng cộng', null, 1_900, null],
  ], { titles: TITLES, header: HEADER }));
  // 1.000 + 600 + 300 = 1.900: the 300 of line 6 is part of item 1's 1.000.
  expect(t.summary.total.toFixed()).toBe('1900');
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.row)).toEqual([5, 9, 10]);
  // No security task in this plan: that share is the one thing to say.
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual(['SECURITY_SHARE_LOW']);
});

test('"Trong đó" lines under the grand total recap it by source, checked against the items', () => {
  const plan = (nsdp: number): CellValue[][] => [
    ['1', 'Trung tâm giám sát an toàn thông tin (SOC)', '2026-2027', 4_000, 'NSTW'],
    ['2', 'Nâng cấp cổng dịch vụ công', '2026', 1_500, 'NSĐP'],
    ['3', 'Số hóa hồ sơ', '2027-2028', 2_000, 'NSĐP'],
    [null, 'Tổng cộng', null, 7_500, null],
    [null, 'Trong đó: - NSTW', null, 4_000, null],
    [null, '- NSĐP', null, nsdp, null],
  ];
  // NSTW 4.000; NSĐP 1.500 + 2.000 = 3.500.
  const right = checkOne(planGrid(plan(3_500), { titles: TITLES, header: HEADER }));
  expect(right.rows.map((r) => r.row)).toEqual([5, 6, 7, 8]);
  expect(right.summary.total.toFixed()).toBe('7500');
  expect(right.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  const wrong = checkOne(planGrid(plan(3_000), { titles: TITLES, header: HEADER }));
  expect(wrong.findings.filter((f) => f.code === 'RECAP_SOURCE_MISMATCH').map((f) => [f.cell, f.expected, f.actual, f.severity])).toEqual([['D10', '3500', '3000', 'warning']]);
});

test('a recap by source under the grand total without "Trong đó" is checked too, and never counted', () => {
  const t = checkOne(planGrid([
    ['1', 'Trung tâm giám sát an toàn thông tin (SOC)', '2026-2027', 4_000, 'NSTW'],
    ['2', 'Nâng cấp cổng dịch vụ công', '2026', 1_500, 'NSĐP'],
    [null, 'Tổng cộng', null, 5_500, null],
    [null, '- NSTW', null, 4_000, null],
    [null, '- NSĐP', null, 1_000, null],
  ], { titles: TITLES, header: HEADER }));
  // 4.000 + 1.500 = 5.500; NSĐP is 1.500, the recap says 1.000.
  expect(t.summary.total.toFixed()).toBe('5500');
  expect(t.findings.filter((f) => f.code === 'RECAP_SOURCE_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['D9', '1500', '1000']]);
  expect(t.findings.find((f) => f.code === 'RECAP_SOURCE_MISMATCH')?.message).toBe('Ô D9: dòng tóm tắt theo nguồn dưới tổng cộng ghi NSĐP 1.000 triệu đồng nhưng các mục có nguồn NSĐP cộng lại được 1.500 triệu đồng (lệch 500). Sửa dòng tóm tắt hoặc nguồn vốn của các mục.');
});

test('"Trong đó: …" typed in the numbering cell (merged over the name) under the total is no item either', () => {
  // Before: read as an item of 1.000, so the total 7.500 was "short" by 1.000 (a false SUBTOTAL_MISMATCH).
  const t = checkOne(planGrid([
    [null, 'Tổng cộng', null, 7_500, null],
    ['Trong đó: chi cho an toàn thông tin', null, null, 4_000, null],
    ['1', 'Trung tâm giám sát an toàn thông tin (SOC)', '2026-2027', 4_000, 'NSTW'],
    ['2', 'Nâng cấp cổng dịch vụ công', '2026', 1_500, 'NSĐP'],
    ['3', 'Số hóa hồ sơ', '2027-2028', 2_000, 'NSĐP'],
  ], { titles: TITLES, header: HEADER }));
  // 4.000 + 1.500 + 2.000 = 7.500, the total as written.
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.row)).toEqual([7, 8, 9]);
  expect(t.summary.total.toFixed()).toBe('7500');
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
});
