// A bold row with no number right above numbered items ("Sở Y tế" over "1", "2"; then "Sở Tư
// pháp" over its own "1", "2") heads them, as a section does. Before, the first was read as an
// item and the second as a note line under the item above it: two false SUBTOTAL_MISMATCH, two
// false STT_SEQUENCE and a false DUPLICATE_ITEM on a right table.
import { PLAN_2026_HEAD, SheetSpec, checkSheet } from '../../helpers/sheets';

const spec = (romans: boolean): SheetSpec => {
  const body: (string | number | null)[][] = [
    ['', 'Sở Y tế', null, 1050, null],
    ['1', 'Mua sắm máy tính', '2026', 150, 'NSĐP'],
    ['2', 'Máy chủ bệnh án điện tử', '2026', 900, 'NSĐP'],
    ['', 'Sở Tư pháp', null, 550, null],
    ['1', 'Mua sắm máy tính', '2026', 150, 'NSĐP'],
    ['2', 'Máy chủ hộ tịch', '2026', 400, 'NSĐP'],
  ];
  // By hand: 150 + 900 = 1.050; 150 + 400 = 550; 1.050 + 550 = 1.600; with section II's 300, 1.900.
  const rows = romans
    ? [['I', 'Hạ tầng', null, 1600, null], ...body, ['II', 'An toàn thông tin', null, 300, null], ['1', 'Giám sát an toàn thông tin', '2026', 300, 'NSĐP'], [null, 'Tổng cộng', null, 1900, null]]
    : [...body, [null, 'Tổng cộng', null, 1600, null]];
  return {
    name: 'KH',
    rows: [...PLAN_2026_HEAD, ...rows],
    bold: rows.map((r, i) => (r[0] === '' || r[0] === 'I' || r[0] === 'II' || r[0] === null ? i + 4 : 0)).filter((n) => n > 0),
  };
};

it('heads the numbered items under it, up to the next such row', () => {
  const t = checkSheet(spec(false));
  expect(t.rows.map((r) => [r.row, r.kind, r.parentRow])).toEqual([
    [4, 'section', null], [5, 'item', 4], [6, 'item', 4], [7, 'section', null], [8, 'item', 7], [9, 'item', 7], [10, 'total', null],
  ]);
  expect(t.summary.total.toFixed()).toBe('1600');
  expect(t.findings.filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW').map((f) => `${f.code}@${f.cell}`)).toEqual([]);
});

it('sits between a Roman section and its numbered items', () => {
  const t = checkSheet(spec(true));
  expect(t.rows.map((r) => r.parentRow)).toEqual([null, 4, 5, 5, 4, 8, 8, null, 11, null]);
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`)).toEqual([]);
});

it('still reads a plain line with money under an item as that item\'s own line', () => {
  // Not bold: a note line with money stays a child of the item above (the layout before).
  const s = spec(false);
  s.bold = [10];
  const t = checkSheet(s);
  expect(t.rows.find((r) => r.row === 7)?.parentRow).toBe(6);
});
