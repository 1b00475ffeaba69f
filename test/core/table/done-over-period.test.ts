// A five-year financial plan shows what was done over the last period beside the new one
// ("Ước thực hiện giai đoạn 2021-2025 | Kế hoạch giai đoạn 2026-2030 / Tổng số | Năm 2026 …").
// That column is a figure of its own: checked under its sections like every money column, never
// counted in the plan's totals. Before, it was read as words, and a wrong subtotal in it passed.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const plan = (firstSection: number) => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [
    ['KẾ HOẠCH TÀI CHÍNH 05 NĂM GIAI ĐOẠN 2026 - 2030'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Ước thực hiện giai đoạn 2021-2025', 'Kế hoạch giai đoạn 2026-2030', null, null, null, null, null],
    [null, null, null, 'Tổng số', 'Năm 2026', 'Năm 2027', 'Năm 2028', 'Năm 2029', 'Năm 2030'],
    ['I', 'Chi đầu tư phát triển', firstSection, 25000, 5000, 5000, 5000, 5000, 5000],
    ['1', 'Trung tâm dữ liệu tỉnh', 8000, 15000, 3000, 3000, 3000, 3000, 3000],
    ['2', 'Nền tảng dữ liệu dùng chung', 4000, 10000, 2000, 2000, 2000, 2000, 2000],
    [null, 'Tổng cộng', 12000, 25000, 5000, 5000, 5000, 5000, 5000],
  ] as CellValue[][],
  merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:I3'],
});

test('what was done over the last period is checked under its sections and left out of the plan\'s totals', () => {
  const right = plan(12000);
  expect(right.columnInfo.find((c) => c.col === 3)).toMatchObject({ role: 'other', money: true });
  expect(right.findings.filter((f) => f.severity === 'error')).toEqual([]);
  // The plan's money only: 15.000 + 10.000, not the 12.000 done before it.
  expect(right.summary.total.toFixed()).toBe('25000');
  // 8.000 + 4.000 = 12.000 under section I, not the 13.000 written.
  const wrong = plan(13000);
  expect(wrong.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected])).toEqual([['C5', '12000']]);
});
