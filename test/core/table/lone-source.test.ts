// "Tổng kinh phí | Trong đó: NSTW hỗ trợ": one source column beside the total is part of the row's
// money, not all of it (as a lone "Trong đó: thuê" is). Before, it was held to add up to the total:
// two false SOURCES_SUM_MISMATCH errors (2.000 against 5.000 and 6.000), and the row naming "NSTW,
// NSĐP" lost its split (5.000 "Chưa rõ", a SOURCE_MISSING). By hand: row 4 is NSTW 2.000 and NSĐP
// 5.000 − 2.000 = 3.000; row 5 NSĐP 1.000; by source NSTW 2.000, NSĐP 4.000.
import type { CellValue } from '../../../src/core/grid';
import { checkSheet } from '../../helpers/sheets';

const plan = (body: CellValue[][]) => checkSheet({
  name: 'KH',
  rows: [
    ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Trong đó: NSTW hỗ trợ', 'Nguồn vốn'],
    ...body,
  ],
});

it('reads the column as that source\'s part, the rest the other source the row names', () => {
  const t = plan([
    ['1', 'Nâng cấp Trung tâm dữ liệu', '2026', 5000, 2000, 'NSTW, NSĐP'],
    ['2', 'Giám sát an toàn thông tin', '2026', 1000, null, 'NSĐP'],
    [null, 'Tổng cộng', null, 6000, 2000, null],
  ]);
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`)).toEqual([]);
  expect(t.rows[0].sources.map((p) => `${p.code}:${p.amount?.toFixed()}`)).toEqual(['NSTW:2000', 'NSĐP:3000']);
  expect([t.summary.bySource.NSTW?.toFixed(), t.summary.bySource['NSĐP']?.toFixed()]).toEqual(['2000', '4000']);
});

it('still checks the column\'s own subtotal', () => {
  const t = plan([
    ['1', 'Nâng cấp Trung tâm dữ liệu', '2026', 5000, 2000, 'NSTW, NSĐP'],
    [null, 'Tổng cộng', null, 5000, 2500, null],
  ]);
  expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['E5', '2000', '2500']]);
});

it('with no source words at all, the column is that source\'s part and the rest of the row no stated source', () => {
  // Before: the column was counted nowhere (by source all 7.000 "Chưa rõ"). By hand: NSTW 2.000
  // (row 4) + 1.000 (row 5, all of it); the rest 5.000 − 2.000 = 3.000 and row 6's 1.000 are of no
  // stated source: 4.000 "Chưa rõ". The row that names none is asked for one (SOURCE_MISSING); a
  // row whose part names its source is not (its rest shows as "Chưa rõ" in the totals).
  const t = checkSheet({
    name: 'KH',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Trong đó: NSTW hỗ trợ'],
      ['1', 'Nâng cấp Trung tâm dữ liệu', '2026', 5000, 2000],
      ['2', 'Cổng dịch vụ công', '2026', 1000, 1000],
      ['3', 'Giám sát an toàn thông tin', '2026', 1000, null],
      [null, 'Tổng cộng', null, 7000, 3000],
    ],
  });
  expect(t.rows[0].sources.map((p) => `${p.code}:${p.amount?.toFixed()}`)).toEqual(['NSTW:2000', 'Chưa rõ:3000']);
  expect([t.summary.bySource.NSTW?.toFixed(), t.summary.bySource['Chưa rõ']?.toFixed()]).toEqual(['3000', '4000']);
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell ?? ''}`)).toEqual(['SOURCE_MISSING@D6']);
});
