// An amount cell that states the item's split by source in brackets, beside a source cell that
// names the sources without their shares. Rows start at sheet row 5. Totals worked out by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, nonZero, planGrid } from '../../helpers/grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'];
const TITLES = ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2030', 'Đơn vị tính: triệu đồng'];
const check = (body: CellValue[][]) => checkOne(planGrid(body, { titles: TITLES, header: HEADER }));

test('"1.500 (NSTW: 1.000; NSĐP: 500)" beside "NSTW, NSĐP" is the split by source', () => {
  const t = check([
    ['1', 'Trung tâm giám sát an toàn thông tin', '2026-2027', '1.500 (NSTW: 1.000; NSĐP: 500)', 'NSTW (ĐTPT), NSĐP (ĐTPT)'],
    ['2', 'Nâng cấp cổng dịch vụ công', '2026', 3_000, 'NSĐP'],
    [null, 'Tổng cộng', null, 4_500, null],
  ]);
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  // NSTW 1.000; NSĐP 500 + 3.000 = 3.500. The types the cell names go with their sources: ĐTPT 1.500.
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '1000', 'NSĐP': '3500' });
  expect(nonZero(t.summary.byType)).toEqual({ 'ĐTPT': '1500', 'Chưa rõ': '3000' });
});

test('"(trong đó NSTW 1.000)": the other source the cell names takes the rest', () => {
  const t = check([['1', 'Trung tâm giám sát an toàn thông tin', '2026', '1.500 (trong đó NSTW 1.000)', 'NSTW, NSĐP'], [null, 'Tổng cộng', null, 1_500, null]]);
  // 1.500 − 1.000 = 500 NSĐP.
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '1000', 'NSĐP': '500' });
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
});

test('a bracket that does not add up is said; one that is no split changes nothing', () => {
  const wrong = check([['1', 'Trung tâm giám sát an toàn thông tin', '2026', '1.500 (NSTW: 1.000; NSĐP: 400)', 'NSTW, NSĐP'], [null, 'Tổng cộng', null, 1_500, null]]);
  // 1.000 + 400 = 1.400, not 1.500.
  expect(wrong.findings.filter((f) => f.code === 'SOURCE_SPLIT_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['E5', '1500', '1400']]);
  const plain = check([['1', 'Trung tâm giám sát an toàn thông tin', '2026-2030', '15.000 (giai đoạn 2026-2030)', 'NSTW, NSĐP'], [null, 'Tổng cộng', null, 15_000, null]]);
  expect(plain.findings.filter((f) => f.code === 'SOURCE_MISSING').map((f) => f.cell)).toEqual(['E5']);
});
