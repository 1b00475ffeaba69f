// Items numbered under their Roman section as "I.1", "I.2", with "I.1.1" under "I.1" (and "a/",
// "1/" with a slash after the number). Before, "I.1" read as no number of any kind: "I.1.1" and
// "I.1.2" became siblings of "I.1" instead of its items, its 2.000 was counted beside them, and a
// right plan of 2.900 totalled 4.900 with two false SUBTOTAL_MISMATCH errors.
import { readStt } from '../../../src/core/stt';
import { PLAN_2026_HEAD, checkSheet } from '../../helpers/sheets';

const plan = (lastStt: string) => checkSheet({
  name: 'KH',
  rows: [
    ...PLAN_2026_HEAD,
    ['I', 'Hạ tầng', null, 2500, null],
    ['I.1', 'Trung tâm dữ liệu', null, 2000, null],
    ['I.1.1', 'Nâng cấp máy chủ', '2026', 1500, 'NSĐP'],
    ['I.1.2', 'Hệ thống lưu trữ', '2026', 500, 'NSĐP'],
    ['I.2', 'Mạng nội bộ', '2026', 500, 'NSĐP'],
    ['II', 'An toàn thông tin', null, 400, null],
    ['II.1', 'Giám sát an toàn thông tin', '2026', 300, 'NSĐP'],
    [lastStt, 'Diễn tập an toàn thông tin', '2026', 100, 'NSĐP'],
    [null, 'Tổng cộng', null, 2900, null],
  ],
});

it('reads "I.1" as an item of section I and "I.1.1" as an item of "I.1"', () => {
  const t = plan('II.2');
  expect(t.rows.map((r) => [r.stt, r.kind, r.parentRow])).toEqual([
    ['I', 'section', null], ['I.1', 'section', 4], ['I.1.1', 'item', 5], ['I.1.2', 'item', 5], ['I.2', 'item', 4],
    ['II', 'section', null], ['II.1', 'item', 9], ['II.2', 'item', 9], ['', 'total', null],
  ]);
  // By hand: 1.500 + 500 + 500 + 300 + 100 = 2.900; security 300 + 100 = 400, 13,8 % (no SECURITY_SHARE_LOW).
  expect(t.summary.total.toFixed()).toBe('2900');
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`)).toEqual([]);
});

it('checks their order as it checks "1.1", "1.2"', () => {
  const f = plan('II.3').findings.filter((x) => x.code === 'STT_SEQUENCE');
  expect(f.map((x) => [x.cell, x.expected])).toEqual([['A11', 'II.2']]);
  expect(f[0].message).toBe('Ô A11: số thứ tự "II.3" không liền sau "II.1"; mong đợi "II.2".');
  // Under the wrong section: "I.3" among II's items should be "II.2" (its place there).
  expect(plan('I.3').findings.filter((x) => x.code === 'STT_SEQUENCE').map((x) => [x.cell, x.expected])).toEqual([['A11', 'II.2']]);
});

it.each([['a/', 'letter', [1]], ['b/', 'letter', [2]], ['1/', 'arabic', [1]], ['I.1', 'romanDotted', [1, 1]], ['IV.10.2', 'romanDotted', [4, 10, 2]]])(
  '%j is numbered %s %j', (text, style, parts) => {
    expect(readStt(text)).toMatchObject({ style, parts });
  },
);
