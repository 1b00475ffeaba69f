// AMOUNT_WORDS_MISMATCH: the total in words under an estimate ("Bằng chữ: …") against the total in
// figures. By hand: items 1.500 + 300 = 1.800 triệu đồng; "Một tỷ tám trăm triệu đồng" is 1.800
// triệu, "Một tỷ chín trăm triệu đồng" 1.900. Before, the words were a note line nobody read.
import { checkSheet, PLAN_2026_HEAD } from '../../helpers/sheets';
import type { CellValue } from '../../../src/core/grid';

const estimate = (total: CellValue[], words: string, head = PLAN_2026_HEAD) => checkSheet({
  name: 'DT',
  rows: [
    ...head,
    ['1', 'Mua sắm máy chủ', '2026', 1500, 'NSĐP'],
    ['2', 'Giám sát an toàn thông tin', '2026', 300, 'NSĐP'],
    total,
    [words, null, null, null, null],
  ],
  merges: ['A7:E7'],
});
const said = (t: ReturnType<typeof estimate>) => t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);

it('says words that are not the total, where they are', () => {
  const t = estimate([null, 'Tổng cộng', null, 1800, null], '(Bằng chữ: Một tỷ chín trăm triệu đồng)');
  expect(said(t)).toEqual(['AMOUNT_WORDS_MISMATCH@A7']);
  const f = t.findings.find((x) => x.code === 'AMOUNT_WORDS_MISMATCH');
  expect([f?.expected, f?.actual, f?.severity]).toEqual(['1800', '1900', 'error']);
  expect(f?.message).toBe('Ô A7: số tiền bằng chữ "Một tỷ chín trăm triệu đồng" là 1.900 triệu đồng nhưng tổng cộng của bảng là 1.800 triệu đồng. Sửa dòng bằng chữ cho khớp với số, hoặc sửa số.');
});

it('says nothing when they agree, nor of words that are not all number words', () => {
  expect(said(estimate([null, 'Tổng cộng', null, 1800, null], '(Bằng chữ: Một tỷ tám trăm triệu đồng chẵn)'))).toEqual([]);
  expect(said(estimate([null, 'Tổng cộng', null, 1800, null], 'Bằng chữ: theo dự toán được duyệt'))).toEqual([]);
});

it('reads a table in đồng: 1.500.000.000 + 300.000.000 against "Một tỷ tám trăm triệu đồng"', () => {
  const head: CellValue[][] = [[PLAN_2026_HEAD[0][0]], ['Đơn vị tính: đồng'], PLAN_2026_HEAD[2]];
  const t = checkSheet({
    name: 'DT',
    rows: [...head, ['1', 'Mua sắm máy chủ', '2026', 1500000000, 'NSĐP'], ['2', 'Giám sát an toàn thông tin', '2026', 300000000, 'NSĐP'],
      [null, 'Tổng cộng', null, 1800000000, null], ['Bằng chữ: Một tỷ tám trăm triệu đồng', null, null, null, null]],
  });
  expect(said(t)).toEqual([]);
});

it('a total written in its name cell ("Tổng cộng: 1.900 triệu đồng") is the stated total, said at that cell', () => {
  // Before: "chưa ghi số tổng" (SUBTOTAL_MISSING at D6), though the line states 1.900. The words say
  // 1.900 too, so they agree with the figure; the figure is 100 over its items.
  const t = estimate([null, 'Tổng cộng: 1.900 triệu đồng', null, null, null], '(Bằng chữ: Một tỷ chín trăm triệu đồng)');
  expect(said(t)).toEqual(['SUBTOTAL_MISMATCH@B6']);
  expect(t.summary.statedTotal?.toFixed()).toBe('1900');
  // A count in the name is no money: "Tổng cộng: 02 nhiệm vụ" states no total.
  const counted = estimate([null, 'Tổng cộng: 02 nhiệm vụ', null, null, null], '');
  expect(counted.summary.statedTotal).toBeNull();
});
