// HIDDEN_ROWS: items on hidden rows that still hold money. Excel's SUM adds hidden rows, so the
// totals count them while the screen and the printout do not show them. By hand: rows 6 (1.200)
// and 8 (300) hidden; 1.500 in all, of a total of 1.000 + 1.200 + 500 + 300 + 800 = 3.800.
import { PLAN_2026_HEAD, SheetSpec, checkSheet } from '../../helpers/sheets';

const SRC = 'NSĐP (chi thường xuyên)';

function plan(hidden: number[]): SheetSpec {
  return {
    name: 'KH',
    rows: [
      ...PLAN_2026_HEAD,
      ['I', 'Hạ tầng', null, 3000, null],
      ['1', 'Nâng cấp mạng nội bộ', '2026', 1000, SRC],
      ['2', 'Mua sắm máy chủ (phương án cũ)', '2026', 1200, SRC],
      ['3', 'Giám sát an toàn thông tin', '2026', 500, SRC],
      ['4', 'Thiết bị tường lửa (phương án cũ)', '2026', 300, SRC],
      ['II', 'Ứng dụng', null, 800, null],
      ['1', 'Phần mềm quản lý văn bản', '2026', 800, SRC],
      [null, 'Tổng cộng', null, 3800, null],
    ],
    bold: [4, 9, 11],
    hidden,
  };
}

it('names the hidden rows that hold money, once for the table, with what they hold', () => {
  const t = checkSheet(plan([6, 8]));
  const f = t.findings.filter((x) => x.code === 'HIDDEN_ROWS');
  expect(f.map((x) => [x.cell, x.severity, x.actual, x.related])).toEqual([['D6', 'warning', '1500', ['D8']]]);
  expect(f[0].message).toBe('2 dòng bị ẩn vẫn ghi số tiền (dòng 6, 8; cộng 1.500 triệu đồng) và vẫn được tính vào tổng như SUM tính: màn hình và bản in không thấy các dòng này nên không đối chiếu được tổng. Hiện các dòng đó, hoặc xóa nếu đã bỏ.');
  // Counted, as SUM counts them: the stated 3.800 holds.
  expect(t.summary.total.toFixed()).toBe('3800');
  expect(t.findings.map((x) => x.code)).not.toContain('SUBTOTAL_MISMATCH');
});

it('says nothing of hidden rows without money, nor of a sheet with none hidden', () => {
  const spec = plan([6]);
  spec.rows[5] = ['2', 'Mua sắm máy chủ (phương án cũ)', '2026', '-', SRC];
  spec.rows[3][3] = 1800;
  spec.rows[10][3] = 2600;
  expect(checkSheet(spec).findings.map((x) => x.code)).not.toContain('HIDDEN_ROWS');
  expect(checkSheet(plan([])).findings.map((x) => x.code)).not.toContain('HIDDEN_ROWS');
});

it('says it in English from the same catalog', () => {
  const [f] = checkSheet(plan([8]), { lang: 'en' }).findings.filter((x) => x.code === 'HIDDEN_ROWS');
  expect(f.message).toBe('One hidden row holds money (row 8; 300 triệu đồng in all), counted in the totals as SUM counts it: the screen and the printout do not show it, so the totals cannot be checked against what is shown. Unhide the rows, or delete them if they were dropped.');
});

describe('a total whose formula leaves hidden rows out (SUBTOTAL 101–111, AGGREGATE options 1, 3, 5, 7)', () => {
  // Rows 6 (1.200) and 8 (300) hidden; the formulas' saved results leave them out, as Excel computes
  // them: section I 1.000 + 500 = 1.500, the total 1.500 + 800 = 2.300 (items: 3.800, 1.500 more).
  function leftOut(section: string, total: string, stated = 2300): SheetSpec {
    const spec = plan([6, 8]);
    spec.rows[3][3] = 1500;
    spec.rows[10][3] = stated;
    return { ...spec, formulas: { D4: section, D9: 'SUBTOTAL(109,D10)', D11: total } };
  }

  it.each([
    ['SUBTOTAL(109,D5:D8)', 'SUBTOTAL(109,D4:D10)'],
    ['_xlfn.AGGREGATE(9,5,D5:D8)', '_xlfn.AGGREGATE(9,7,D5:D8,D10)'],
  ])('%s: no mismatch for what it leaves out by design, and the hidden rows said as left out', (section, total) => {
    const t = checkSheet(leftOut(section, total));
    expect(t.findings.filter((x) => x.code === 'SUBTOTAL_MISMATCH')).toEqual([]);
    const [f] = t.findings.filter((x) => x.code === 'HIDDEN_ROWS');
    expect(f.message).toContain(`công thức =${total} ở ô D11 bỏ qua dòng ẩn`);
  });

  it('still says a total that is off by more than the hidden rows hold: 2.400 is 100 over the shown 2.300', () => {
    const t = checkSheet(leftOut('SUBTOTAL(109,D5:D8)', 'SUBTOTAL(109,D4:D10)', 2400));
    expect(t.findings.filter((x) => x.code === 'SUBTOTAL_MISMATCH').map((x) => [x.cell, x.expected, x.actual])).toEqual([['D11', '3800', '2400']]);
  });

  it('SUM and SUBTOTAL(9) count hidden rows: a total short by them is a mismatch, as before', () => {
    const t = checkSheet(leftOut('SUBTOTAL(9,D5:D8)', 'SUBTOTAL(9,D4:D10)'));
    expect(t.findings.filter((x) => x.code === 'SUBTOTAL_MISMATCH').map((x) => x.cell)).toEqual(['D4', 'D11']);
  });
});
