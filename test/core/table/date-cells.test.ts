// A "Thời gian hoàn thành" column of dates (30/06/2026, 31/12/2026): each row's money is in the year
// its date falls in. Before, both rows were TIME_UNREADABLE warnings and the plan had no money by
// year. The file reader hands the core a date cell as "2026-06-30"; the add-in as its day count
// (46203 for 30/06/2026 and 46387 for 31/12/2026, by hand: 1 January 2026 is day 46023).
import { checkSheet, PLAN_2026_HEAD } from '../../helpers/sheets';

it.each([
  ['as the file reader gives them', '2026-06-30', '2026-12-31'],
  ['as the add-in gives them', 46203, 46387],
])('dates %s are the year 2026', (_, first, second) => {
  const t = checkSheet({
    name: 'KH',
    rows: [
      ...PLAN_2026_HEAD,
      ['1', 'Mua sắm máy chủ', first, 1500, 'NSĐP'],
      ['2', 'Giám sát an toàn thông tin', second, 300, 'NSĐP'],
      [null, 'Tổng cộng', null, 1800, null],
    ],
  });
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  // By hand: 1.500 + 300, all in 2026.
  expect(t.summary.byYear.get(2026)?.toFixed()).toBe('1800');
});
