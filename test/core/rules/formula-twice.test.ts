// FORMULA_COUNTS_TWICE: a total whose formula adds the sections' subtotals and the items under
// them ("=SUM(D4:D8)" over "I 1.500 / 1 / 2 / II 800 / 1") counts every item twice. The subtotal
// check already says the total is off; this says why and how to write it. Excel's own rules,
// worked by hand: SUM adds every number in its range; SUBTOTAL(9, …) leaves out the cells in its
// range that are SUBTOTALs themselves, so a SUBTOTAL over SUBTOTALs counts each item once.
import type { CheckedTable } from '../../../src/core/model';
import { PLAN_2026_HEAD, SheetSpec, checkSheet } from '../../helpers/sheets';

const SRC = 'NSĐP (chi thường xuyên)';

/** Sections I (1.000 + 500) and II (800); the total's cached value and every formula given. */
function plan(total: number, formulas: Record<string, string>): SheetSpec {
  return {
    name: 'KH',
    rows: [
      ...PLAN_2026_HEAD,
      ['I', 'Hạ tầng', null, 1500, null],
      ['1', 'Nâng cấp mạng nội bộ', '2026', 1000, SRC],
      ['2', 'Giám sát an toàn thông tin', '2026', 500, SRC],
      ['II', 'Ứng dụng', null, 800, null],
      ['1', 'Phần mềm quản lý văn bản', '2026', 800, SRC],
      [null, 'Tổng cộng', null, total, null],
    ],
    bold: [4, 7, 9],
    formulas,
  };
}

const twice = (t: CheckedTable) => t.findings.filter((f) => f.code === 'FORMULA_COUNTS_TWICE');

it('names the subtotals and items a SUM over both adds, and what it adds twice', () => {
  // =SUM(D4:D8) = 1.500 + 1.000 + 500 + 800 + 800 = 4.600; the items hold 2.300, each counted twice.
  const t = checkSheet(plan(4600, { D4: 'SUM(D5:D6)', D7: 'SUM(D8)', D9: 'SUM(D4:D8)' }));
  const [f] = twice(t);
  expect([f.cell, f.severity, f.actual, f.suggestion, f.related]).toEqual(['D9', 'error', '2300', '=SUM(D4,D7)', ['D4', 'D7', 'D5', 'D6', 'D8']]);
  expect(f.message).toBe('Ô D9: công thức =SUM(D4:D8) cộng cả dòng tổng D4, D7 lẫn các mục đã nằm trong đó (D5, D6, D8), nên 2.300 triệu đồng bị tính hai lần. Cộng mỗi khoản một lần, ví dụ =SUM(D4,D7).');
  // The subtotal check says the total is 2.300 over its items, as before.
  expect(t.findings.find((x) => x.code === 'SUBTOTAL_MISMATCH')).toMatchObject({ cell: 'D9', expected: '2300', actual: '4600' });
});

it('says nothing of a SUBTOTAL over SUBTOTALs, which Excel counts once (2.300)', () => {
  const t = checkSheet(plan(2300, { D4: 'SUBTOTAL(9,D5:D6)', D7: 'SUBTOTAL(9,D8)', D9: 'SUBTOTAL(9,D4:D8)' }));
  expect(t.findings.filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW').map((f) => f.code)).toEqual([]);
  expect(twice(t)).toEqual([]);
});

it('but does of a SUBTOTAL over SUMs, which Excel adds like any numbers (4.600)', () => {
  const t = checkSheet(plan(4600, { D4: 'SUM(D5:D6)', D7: 'SUM(D8)', D9: 'SUBTOTAL(9,D4:D8)' }));
  expect(twice(t).map((f) => [f.cell, f.actual])).toEqual([['D9', '2300']]);
});

it('says nothing of a total over the subtotals alone, nor of one whose saved result is the items\' sum', () => {
  expect(twice(checkSheet(plan(2300, { D4: 'SUM(D5:D6)', D7: 'SUM(D8)', D9: 'D4+D7' })))).toEqual([]);
  // A function we do not model (AGGREGATE leaves out nested subtotals too): its result, 2.300, shows no double count.
  expect(twice(checkSheet(plan(2300, { D4: 'SUBTOTAL(9,D5:D6)', D7: 'SUBTOTAL(9,D8)', D9: 'SUM(D4:D8)' })))).toEqual([]);
});

it('sees a running total ("Cộng") added again with the lines it adds', () => {
  // An estimate: 200 + 100 = 300 ("Cộng"), contingency 30, "Tổng cộng" =SUM(D4:D7) = 200 + 100 + 300 + 30 = 630.
  const t = checkSheet({
    name: 'DT',
    rows: [
      ['DỰ TOÁN KINH PHÍ NÂNG CẤP HỆ THỐNG MỘT CỬA ĐIỆN TỬ NĂM 2026'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
      ['1', 'Chi phí phần mềm', '2026', 200, 'NSĐP'],
      ['2', 'Chi phí triển khai, đào tạo', '2026', 100, 'NSĐP'],
      [null, 'Cộng', null, 300, null],
      ['3', 'Dự phòng (10%)', '2026', 30, 'NSĐP'],
      [null, 'Tổng cộng', null, 630, null],
    ],
    bold: [6, 8],
    formulas: { D6: 'SUM(D4:D5)', D7: 'D6*10%', D8: 'SUM(D4:D7)' },
  });
  expect(twice(t).map((f) => [f.cell, f.actual, f.related])).toEqual([['D8', '300', ['D6', 'D4', 'D5']]]);
  // "Dự toán kinh phí nâng cấp …" is the estimate of one undertaking: no security share asked of it.
  expect(t.findings.map((f) => f.code)).not.toContain('SECURITY_SHARE_LOW');
});
