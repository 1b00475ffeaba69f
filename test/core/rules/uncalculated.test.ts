// FORMULA_UNCALCULATED: a workbook written by another program (a report exported from a web
// system, a script) can hold formulas without the results Excel saves beside them. Such a cell is
// neither an empty subtotal nor a missing amount: the officer is told once, per table, to let a
// spreadsheet calculate the file, and no other finding is made of those cells.
import { checkOne, codes, planGrid } from '../../helpers/grid';

// Body rows 0..2 are sheet rows 6..8 (three titles, a blank row, the header on row 5); D is the amount.
const body = [
  [null, 'Tổng cộng', null, null, null],
  ['1', 'Nâng cấp cổng thông tin điện tử', '2026', 800, 'NSĐP'],
  ['2', 'Mua sắm thiết bị mạng', '2026', 1200, 'NSĐP'],
];

test('a total whose SUM the file never calculated is said once, not called a missing subtotal', () => {
  const t = checkOne(planGrid(body, { formulas: { '0,3': 'SUM(D7:D8)' }, bold: [0] }));
  expect(codes(t)).not.toContain('SUBTOTAL_MISSING');
  const f = t.findings.filter((x) => x.code === 'FORMULA_UNCALCULATED');
  expect(f.map((x) => [x.cell, x.severity, x.actual])).toEqual([['D6', 'warning', '1']]);
  expect(f[0].message).toContain('1 ô tiền có công thức nhưng tệp không lưu kết quả (D6; ví dụ =SUM(D7:D8))');
  expect(f[0].message).toContain('Mở tệp bằng Excel, lưu lại rồi kiểm tra lại');
  // The items are numbers: 800 + 1.200 = 2.000 is still the plan's total.
  expect(t.summary.total.toFixed()).toBe('2000');
});

test('items that are uncalculated formulas are not "missing amounts"; every such cell is named', () => {
  const rows = body.map((r) => [...r]);
  rows[1][3] = null;
  rows[2][3] = null;
  const t = checkOne(planGrid(rows, { formulas: { '0,3': 'SUM(D7:D8)', '1,3': 'B2*2', '2,3': 'B3*2' }, bold: [0] }));
  expect(codes(t).filter((c) => c !== 'FORMULA_UNCALCULATED' && c !== 'SECURITY_SHARE_LOW')).toEqual([]);
  const f = t.findings.find((x) => x.code === 'FORMULA_UNCALCULATED');
  expect(f?.message).toContain('3 ô tiền có công thức nhưng tệp không lưu kết quả (D6, D7, D8;');
  expect(f?.related).toEqual(['D7', 'D8']);
});

test('a formula with its saved result is no finding, and an empty total without a formula is still SUBTOTAL_MISSING', () => {
  const calculated = body.map((r) => [...r]);
  calculated[0][3] = 2000;
  expect(codes(checkOne(planGrid(calculated, { formulas: { '0,3': 'SUM(D7:D8)' }, bold: [0] })))).not.toContain('FORMULA_UNCALCULATED');
  const typedNothing = checkOne(planGrid(body, { bold: [0] }));
  expect(codes(typedNothing)).toContain('SUBTOTAL_MISSING');
  expect(codes(typedNothing)).not.toContain('FORMULA_UNCALCULATED');
});

test('the message is in English too', () => {
  const t = checkOne(planGrid(body, { formulas: { '0,3': 'SUM(D7:D8)' }, bold: [0] }), { lang: 'en' });
  expect(t.findings.find((x) => x.code === 'FORMULA_UNCALCULATED')?.message).toContain('One money cell holds a formula but the file saved no result (D6; e.g. =SUM(D7:D8))');
});

test('a formula whose saved result is empty text ("=IF(D8=0;"";D8)") was calculated: no FORMULA_UNCALCULATED', () => {
  const rows = body.map((r) => [...r]);
  rows[0][3] = 2000;
  rows[2][3] = '';
  const t = checkOne(planGrid(rows, { formulas: { '2,3': 'IF(B3=0,"",B3)' }, bold: [0] }));
  expect(codes(t)).not.toContain('FORMULA_UNCALCULATED');
});
