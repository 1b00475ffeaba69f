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
  expect([f?.expected, f?.actual, f?.suggestion, f?.severity]).toEqual(['1800', '1900', 'Một tỷ tám trăm triệu đồng', 'error']);
  expect(f?.message).toBe('Ô A7: số tiền bằng chữ "Một tỷ chín trăm triệu đồng" là 1.900 triệu đồng nhưng tổng cộng của bảng là 1.800 triệu đồng. Tổng cộng viết bằng chữ là "Một tỷ tám trăm triệu đồng".');
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

describe('a "Làm tròn" line under the total (an estimate in đồng)', () => {
  // Items 450.000.000 + 62.925.000 = 512.925.000; rounded to the million, 513.000.000. Before, the
  // line was dropped as a recap of the total (the table ended above it), and words stating the
  // rounded amount were then a false AMOUNT_WORDS_MISMATCH against 512.925.000.
  const rounded = (words: string, roundedTo = 513000000) => checkSheet({
    name: 'DT',
    rows: [
      ['DỰ TOÁN CHI TIẾT NHIỆM VỤ NÂNG CẤP CỔNG THÔNG TIN ĐIỆN TỬ NĂM 2026'],
      ['Đơn vị tính: đồng'],
      ['STT', 'Nội dung', 'Thành tiền', 'Nguồn vốn'],
      ['1', 'Nâng cấp phân hệ quản trị nội dung', 450000000, 'NSĐP'],
      ['2', 'Chi phí quản lý, tư vấn và dự phòng', 62925000, 'NSĐP'],
      [null, 'Tổng cộng', 512925000, null],
      [null, 'Làm tròn', roundedTo, null],
      [words, null, null, null],
    ],
  });

  it('keeps the line as the rounded total, with no SUM suggested for it, and takes words of either amount', () => {
    for (const words of ['(Bằng chữ: Năm trăm mười ba triệu đồng)', '(Bằng chữ: Năm trăm mười hai triệu chín trăm hai mươi lăm nghìn đồng)']) {
      const t = rounded(words);
      expect(said(t)).toEqual([]);
      expect(t.findings.filter((f) => f.code === 'FORMULA_HARDCODED').map((f) => f.cell)).not.toContain('C7');
      expect(t.summary.statedTotal?.toFixed()).toBe('513000000');
    }
  });

  it('still says words that are neither amount: "Năm trăm mười lăm triệu" is 515.000.000', () => {
    expect(said(rounded('(Bằng chữ: Năm trăm mười lăm triệu đồng)'))).toEqual(['AMOUNT_WORDS_MISMATCH@A8']);
  });
});
