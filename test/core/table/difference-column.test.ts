// "Kinh phí đơn vị đề nghị | Kinh phí Sở Tài chính thẩm định | Chênh lệch": a finance department's
// appraisal of the units' requests. The difference column is money, checked under its sections and
// against the two figures on each row, written either way round (appraised less requested, or the
// cut as requested less appraised). Before, it was read as words: a wrong difference passed.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const appraisal = (rows: CellValue[][]) => checkOne({
  sheet: 'TH', top: 1, left: 1,
  values: [
    ['TỔNG HỢP DỰ TOÁN KINH PHÍ CHUYỂN ĐỔI SỐ NĂM 2027 CỦA CÁC CƠ QUAN, ĐƠN VỊ'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Đơn vị đề nghị', 'Kinh phí đơn vị đề nghị', 'Kinh phí Sở Tài chính thẩm định', 'Chênh lệch', 'Ghi chú'],
    ...rows,
  ],
});

const errors = (t: ReturnType<typeof appraisal>) => t.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.cell}`);

test('a difference written as appraised less requested, or as the cut, is right either way', () => {
  for (const sign of [1, -1]) {
    // 1.200 − 1.500 = −300; 600 − 600 = 0; 700 − 900 = −200; the total −500 (or 300, 0, 200, 500 as cuts).
    const t = appraisal([
      ['1', 'Nâng cấp phần mềm quản lý văn bản', 'Văn phòng UBND tỉnh', 1500, 1200, -300 * sign, null],
      ['2', 'Thuê đường truyền số liệu chuyên dùng', 'Sở TTTT', 600, 600, 0, null],
      ['3', 'Mua sắm máy tính', 'Sở Y tế', 900, 700, -200 * sign, null],
      ['', 'Tổng cộng', '', 3000, 2500, -500 * sign, null],
    ]);
    expect(errors(t)).toEqual([]);
    expect(t.columnInfo.find((c) => c.col === 6)).toMatchObject({ role: 'other', money: true });
    expect(t.sums).toContainEqual({ kind: 'difference', total: 6, parts: [5], minus: [4], stated: false });
  }
});

test('a wrong difference is told on its row, and under its total', () => {
  const t = appraisal([
    // 1.200 − 1.500 is −300, not −200.
    ['1', 'Nâng cấp phần mềm quản lý văn bản', 'Văn phòng UBND tỉnh', 1500, 1200, -200, null],
    ['2', 'Thuê đường truyền số liệu chuyên dùng', 'Sở TTTT', 600, 600, 0, null],
    ['3', 'Mua sắm máy tính', 'Sở Y tế', 900, 700, -200, null],
    ['', 'Tổng cộng', '', 3000, 2500, -500, null],
  ]);
  // The total's −500 is right by its own figures (2.500 − 3.000) but not the sum of the rows (−400).
  expect(errors(t)).toEqual(['SOURCES_SUM_MISMATCH@F4', 'SUBTOTAL_MISMATCH@F7']);
  expect(t.findings.find((f) => f.cell === 'F4')).toMatchObject({ expected: '-200', actual: '-300' });
});
