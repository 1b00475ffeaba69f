// An amount cell that is the split itself: "NSTW 500, NSĐP 300" with no source cell. Before, it
// was read as its first figure, 500, flagged as a guess: a false SUBTOTAL_MISMATCH (700 for 1.000),
// a SOURCE_MISSING, and NSTW's 500 lost from the totals by source. By hand: the item is 500 + 300 =
// 800, the plan 800 + 200 = 1.000; by source NSTW 500, NSĐP 300 + 200 = 500.
import { checkSheet, PLAN_2026_HEAD } from '../../helpers/sheets';

it('reads the cell as the sum of its sources\' shares, and those shares as its split', () => {
  const t = checkSheet({
    name: 'KH',
    rows: [
      ...PLAN_2026_HEAD,
      ['1', 'Nâng cấp mạng nội bộ', '2026', 'NSTW 500, NSĐP 300', null],
      ['2', 'Giám sát an toàn thông tin', '2026', 200, 'NSĐP'],
      [null, 'Tổng cộng', null, 1000, null],
    ],
  });
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`)).toEqual([]);
  expect(t.rows[0].amount?.toFixed()).toBe('800');
  expect(t.rows[0].sources.map((p) => `${p.code}:${p.amount?.toFixed()}`)).toEqual(['NSTW:500', 'NSĐP:300']);
  expect([t.summary.bySource.NSTW?.toFixed(), t.summary.bySource['NSĐP']?.toFixed()]).toEqual(['500', '500']);
});
