// A section numbered in its name cell, the STT cell left empty ("I. HẠ TẦNG KỸ THUẬT" over items
// "1", "2"). Before, it was read as an item beside its own items and the next section as a note
// under an item: a right plan of 2.400 totalled 4.300, with two false SUBTOTAL_MISMATCH errors.
import { PLAN_2026_HEAD, checkSheet } from '../../helpers/sheets';

const plan = (first: string, second: string) => checkSheet({
  name: 'KH',
  rows: [
    ...PLAN_2026_HEAD,
    [null, first, null, 2000, null],
    ['1', 'Nâng cấp máy chủ', '2026', 1500, 'NSĐP'],
    ['2', 'Mạng nội bộ', '2026', 500, 'NSĐP'],
    [null, second, null, 400, null],
    ['1', 'Giám sát an toàn thông tin', '2026', 400, 'NSĐP'],
    [null, 'Tổng cộng', null, 2400, null],
  ],
});

it.each([['I. HẠ TẦNG KỸ THUẬT', 'II. AN TOÀN THÔNG TIN'], ['A- CHI THƯỜNG XUYÊN', 'B- AN TOÀN THÔNG TIN'], ['I: Hạ tầng', 'II: An toàn thông tin']])(
  '%j … %j heads the items under it', (first, second) => {
    const t = plan(first, second);
    expect(t.rows.map((r) => [r.row, r.kind, r.parentRow])).toEqual([[4, 'section', null], [5, 'item', 4], [6, 'item', 4], [7, 'section', null], [8, 'item', 7], [9, 'total', null]]);
    // By hand: 1.500 + 500 + 400 = 2.400, as stated; the names stay as written.
    expect(t.summary.total.toFixed()).toBe('2400');
    expect(t.rows[0].name).toBe(first);
    expect(t.findings.filter((f) => f.severity === 'error')).toEqual([]);
  },
);
