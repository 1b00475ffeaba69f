// A row split by source whose years are not one even spread of its amount: phases ("Giai đoạn
// 2026-2027 | 6.000", "Giai đoạn 2028-2030 | 6.000") or a year stated "of which" beside its total.
// Each source's money follows the row's years. Before, each source was spread evenly over all of
// them, so the totals by year lost the row's own pattern (2.400 a year where the row says 3.000,
// 3.000, 2.000, 2.000, 2.000). Figures by hand in the comments.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const byYear = (t: ReturnType<typeof checkOne>) => Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]));
const byYearOf = (t: ReturnType<typeof checkOne>, code: 'NSTW' | 'NSĐP') => Object.fromEntries([...t.summary.byYearSource].map(([y, v]) => [y, v[code]?.toFixed()]));

/** One task of 2026-2030 phased over 2026-2027 and 2028-2030, its sources split in words. */
const phased = (total: number, first: number, later: number, sources: string) => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [
    ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2030'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nhiệm vụ', 'Tổng kinh phí', 'Phân kỳ đầu tư', null, 'Nguồn vốn'],
    [null, null, null, 'Giai đoạn 2026-2027', 'Giai đoạn 2028-2030', null],
    ['1', 'Trung tâm dữ liệu tỉnh', total, first, later, sources],
  ] as CellValue[][],
  merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'],
});

test('phases split by source: each source follows the phases', () => {
  const t = phased(15000, 6000, 9000, 'NSTW: 10.000; NSĐP: 5.000');
  // The row: 3.000 a year in 2026-2027, 3.000 a year in 2028-2030. NSTW is 10.000 / 15.000 of each
  // year: 2.000; NSĐP 1.000.
  expect(byYear(t)).toEqual({ 2026: '3000', 2027: '3000', 2028: '3000', 2029: '3000', 2030: '3000' });
  expect(byYearOf(t, 'NSTW')).toEqual({ 2026: '2000', 2027: '2000', 2028: '2000', 2029: '2000', 2030: '2000' });
  const uneven = phased(12000, 8000, 4000, 'NSTW: 6.000; NSĐP: 6.000');
  // 4.000 a year in 2026-2027; 4.000 / 3 in 2028-2030 (1.333,333 twice and 1.333,334). Each source
  // half of it: 2.000 in each of the first two years, not 1.200 a year.
  expect(byYearOf(uneven, 'NSTW')).toMatchObject({ 2026: '2000', 2027: '2000' });
  expect(byYearOf(uneven, 'NSĐP')).toMatchObject({ 2026: '2000', 2027: '2000' });
});

test('a year stated "of which", split by source: each source holds its share of that year', () => {
  const t = checkOne({
    sheet: 'KH', top: 1, left: 1,
    values: [
      ['KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Thời gian thực hiện', 'Tổng kinh phí giai đoạn 2026-2030', 'Trong đó: năm 2026', 'Nguồn vốn'],
      ['1', 'Xây dựng kho dữ liệu dùng chung', '2026-2028', 6000, 3000, 'NSTW: 4.000; NSĐP: 2.000'],
    ] as CellValue[][],
  });
  // The row: 3.000 in 2026, 1.500 in each of 2027 and 2028; NSTW two thirds of each, NSĐP one third.
  expect(byYear(t)).toEqual({ 2026: '3000', 2027: '1500', 2028: '1500' });
  expect(byYearOf(t, 'NSTW')).toEqual({ 2026: '2000', 2027: '1000', 2028: '1000' });
});
