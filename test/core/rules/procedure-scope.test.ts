// Which rows are asked their procedure: the rows of a public-investment plan whose title names the
// kind of money and no source ("KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027": every project is ĐTPT); not the
// projects carried over from before the plan (decided, their procedure done); nothing in a report
// of what was done or disbursed. Thresholds from the law in force on the plan's first day: a plan
// of 2027 is under ND 224/2026 (Điều 42 khoản 2 điểm a: one-step design up to 20 tỷ).
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkOne, nonZero } from '../../helpers/grid';

const grid = (title: string, rows: CellValue[][]): Grid => ({
  sheet: 'KH', top: 1, left: 1, values: [
    [title, null, null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null, null],
    ['STT', 'Danh mục dự án', 'Thời gian KC-HT', 'Tổng mức đầu tư', 'Lũy kế vốn đã bố trí đến hết năm 2026', 'Kế hoạch vốn năm 2027', 'Số vốn còn lại'],
    ...rows,
  ],
});
const hints = (t: ReturnType<typeof checkOne>) => t.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => `${f.cell} ${f.actual} ${f.expected}`);

const PROJECTS: CellValue[][] = [
  ['', 'TỔNG SỐ', '', 45_000, 20_000, 15_000, 10_000],
  ['I', 'Dự án chuyển tiếp', '', 30_000, 18_000, 12_000, 0],
  ['1', 'Xây dựng chính quyền số tỉnh', '2025-2027', 30_000, 18_000, 12_000, 0],
  ['II', 'Dự án khởi công mới', '', 15_000, 2_000, 3_000, 10_000],
  ['1', 'Trung tâm IOC', '2026-2028', 15_000, 2_000, 3_000, 10_000],
];

test('a plan titled "đầu tư công" is development investment: its new projects are asked their procedure by their TMĐT', () => {
  // Before: no source and no type anywhere, so "Chưa rõ" by type and no procedure asked at all.
  const t = checkOne(grid('KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027 LĨNH VỰC CÔNG NGHỆ THÔNG TIN', PROJECTS));
  // 12.000 + 3.000 = 15.000 of 2027's plan, all ĐTPT.
  expect(nonZero(t.summary.byType)).toEqual({ 'ĐTPT': '15000' });
  // The carried-over project (section I) was decided before: only the IOC, 15.000 ≤ 20.000.
  expect(hints(t)).toEqual(['D8 15000 one-step-design']);
});

test('a title naming both kinds of money types nothing; a report asks no procedure', () => {
  const both = checkOne(grid('KẾ HOẠCH VỐN ĐẦU TƯ CÔNG VÀ CHI THƯỜNG XUYÊN NĂM 2027 CHO CNTT', PROJECTS));
  expect(nonZero(both.summary.byType)).toEqual({ 'Chưa rõ': '15000' });
  const report = checkOne(grid('BÁO CÁO TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM 2027', PROJECTS));
  expect(nonZero(report.summary.byType)).toEqual({ 'ĐTPT': '15000' });
  expect(hints(report)).toEqual([]);
});
