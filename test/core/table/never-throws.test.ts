// Bad input never crashes: any grid of header words, numbers, money texts and merges (even ones
// that overlap or reach outside the grid) is read and checked without an exception, and every
// item's years and sources stay consistent with its amount.
import fc from 'fast-check';
import { checkGrid, defaultSettings } from '../../../src/core/check';
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkResultToJSON } from '../../../src/core/json';

const WORDS = [
  'STT', 'TT', 'Tên dự án', 'Nội dung', 'Địa phương', 'Tên hệ thống', 'Tổng số', 'Tổng kinh phí', 'Năm 2021', 'Năm 2022', 2023,
  'Nguồn vốn', 'NSTW', 'NSĐP', 'Khác', 'Trong đó', 'Thời gian', 'Tự đầu tư/Thuê', 'Lũy kế vốn đã bố trí', 'Còn lại',
  '(1)', '(2)', '(3)=(4)+(5)', 'I', 'II', '1', '2', '2.1', 'a', '-', 'x', 'X', 'Tổng cộng', 'Trong đó:', '1.500', '11.000.',
  '3.000 (600/năm)', 'Hàng năm', '2021-2023', 'Thuê VNPT', 'Không', '- NSĐP: 400; - Khác: 600', 'GIAI ĐOẠN 2021-2025',
  'Đơn vị tính: triệu đồng', 'Tên dự án'.normalize('NFD'), '1\u00a0200 Tr.đ', '',
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(...WORDS),
  fc.constant(null),
  fc.integer({ min: -5, max: 100000 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 12 }),
);

const letters = 'ABCDEFGH';
const merge = fc.tuple(fc.nat({ max: 7 }), fc.nat({ max: 12 }), fc.nat({ max: 7 }), fc.nat({ max: 12 }))
  .map(([c1, r1, c2, r2]) => `${letters[c1]}${r1 + 1}:${letters[c2]}${r2 + 1}`);

it('reads and checks any grid without throwing', () => {
  fc.assert(fc.property(
    fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { minLength: 0, maxLength: 14 }),
    fc.array(merge, { maxLength: 4 }),
    (rows, merges) => {
      const grid: Grid = { sheet: 'S', top: 1, left: 1, values: rows, merges };
      const tables = checkGrid(grid, defaultSettings());
      checkResultToJSON({ file: 'f', tables });
      for (const t of tables) {
        for (const r of t.rows) {
          if (r.kind !== 'item' || !r.amount || r.amountPer !== 'total') continue;
          if (r.allocationBasis === 'even' || r.allocationBasis === 'text') {
            let s = r.amount.minus(r.amount);
            for (const v of r.allocation.values()) s = s.plus(v);
            expect(s.eq(r.amount)).toBe(true);
          }
        }
      }
    },
  ), { numRuns: 2000 });
});

it('reads and checks any body under a real header band without throwing', () => {
  const header: CellValue[] = ['STT', 'Tên dự án', 'Thời gian', 'Kinh phí', null, null, 'Nguồn vốn', null];
  const sub: CellValue[] = [null, null, null, 'Tổng số', 'Năm 2021', 'Năm 2022', 'NSTW', 'NSĐP'];
  let tables = 0;
  fc.assert(fc.property(
    fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { minLength: 1, maxLength: 14 }),
    fc.array(merge, { maxLength: 3 }),
    fc.boolean(),
    (rows, merges, twoRows) => {
      const values = [['GIAI ĐOẠN 2021-2022'], header, ...(twoRows ? [sub] : []), ...rows];
      const grid: Grid = { sheet: 'S', top: 1, left: 1, values, merges: twoRows ? ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:H2', ...merges] : merges };
      const checked = checkGrid(grid, defaultSettings());
      tables += checked.length;
      checkResultToJSON({ file: 'f', tables: checked });
    },
  ), { numRuns: 2000 });
  expect(tables).toBeGreaterThan(500); // the property did exercise the table reader
});
