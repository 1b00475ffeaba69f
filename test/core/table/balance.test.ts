// "Tổng nhu cầu | Đã bố trí | Còn thiếu": what is left is the total less what was allocated, row
// by row. Figures added by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, planGrid } from '../../helpers/grid';

const TITLES = ['TỔNG HỢP NHU CẦU KINH PHÍ CHUYỂN ĐỔI SỐ NĂM 2026 CỦA CÁC ĐƠN VỊ', 'Đơn vị tính: triệu đồng'];

function needs(yHealthLeft: CellValue, totalLeft: CellValue, totalHeader = 'Tổng nhu cầu'): ReturnType<typeof planGrid> {
  return planGrid([
    ['1', 'Sở Nội vụ', 500, 300, 200, null],
    ['2', 'Sở Tài chính', 800, 800, null, null],
    ['3', 'Sở Y tế', 1_200, 500, yHealthLeft, null],
    ['4', 'UBND huyện A', 300, null, 300, null],
    [null, 'Tổng cộng', 2_800, 1_600, totalLeft, null],
  ], { titles: TITLES, header: ['STT', 'Tên đơn vị', totalHeader, 'Đã bố trí', 'Còn thiếu', 'Ghi chú'] });
}

test('a right table: 300 + 200 = 500, 800, 500 + 700 = 1.200, 300; 1.600 + 1.200 = 2.800', () => {
  const t = checkOne(needs(700, 1_200));
  expect(t.sums).toEqual([{ kind: 'balance', total: 3, parts: [4, 5], stated: false }]);
  expect(t.findings.filter((f) => f.severity === 'error')).toEqual([]);
  // A table by unit, read as a survey; but titled as the units' needs for 2026 ("Tổng hợp nhu cầu
  // kinh phí … năm 2026"), its money is 2026's, as a "Tổng hợp dự toán … năm 2026" is (a survey's
  // title year, when it was taken, places no money: units-budget.test.ts).
  expect(t.layout).toBe('survey');
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2026, '2800']]);
  // So when the money column names its year.
  const named = checkOne(needs(700, 1_200, 'Nhu cầu kinh phí năm 2026'));
  expect([...named.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2026, '2800']]);
});

test('500 + 600 written where 1.200 is needed: the row says so, in the total\'s cell', () => {
  // Sở Y tế is sheet row 7 (two titles, a blank line, the header on row 4, the body from row 5).
  const t = checkOne(needs(600, 1_100));
  const wrong = t.findings.filter((f) => f.code === 'SOURCES_SUM_MISMATCH');
  expect(wrong.map((f) => [f.cell, f.expected, f.actual, f.related])).toEqual([
    ['C7', '1200', '1100', ['D7', 'E7']],
    // The total line states 1.600 + 1.100 = 2.700 against its 2.800.
    ['C9', '2800', '2700', ['D9', 'E9']],
  ]);
  expect(wrong[0].message).toBe('Ô C7: số đã bố trí và số còn lại (D, E) cộng lại được 1.100 triệu đồng nhưng tổng của dòng là 1.200 triệu đồng (lệch 100). Sửa số đã bố trí, số còn lại hoặc số tổng.');
});

test('beside a year\'s plan, what is left is not the total less the allocated: no such sum', () => {
  const header = ['STT', 'Danh mục dự án', 'TMĐT', 'Lũy kế vốn đã bố trí', 'Kế hoạch vốn năm 2026', 'Nhu cầu vốn còn lại'];
  // 30.000 − 12.000 − 9.000 = 9.000 left: the allocated and the left do not make the TMĐT.
  const t = checkOne(planGrid([['1', 'Chính quyền điện tử', 30_000, 12_000, 9_000, 9_000]], { titles: ['KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026', 'Đơn vị: triệu đồng'], header }));
  expect(t.sums.filter((s) => s.kind === 'balance')).toEqual([]);
  expect(t.findings.filter((f) => f.severity === 'error')).toEqual([]);
});
