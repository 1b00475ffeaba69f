// DISBURSED_EXCEEDS from a disbursed column: no more can be paid out than was allocated. Figures
// of a disbursement report, compared by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, codes, planGrid } from '../../helpers/grid';

const TITLES = ['BÁO CÁO TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG LĨNH VỰC CNTT ĐẾN 30/11/2026', 'Đơn vị: triệu đồng'];
const HEADER = ['STT', 'Danh mục dự án', 'TMĐT', 'Lũy kế vốn đã bố trí', 'Lũy kế giải ngân', 'Tỷ lệ giải ngân (%)'];

function report(iocPaid: CellValue): ReturnType<typeof planGrid> {
  return planGrid([
    ['1', 'Chính quyền điện tử', '30.000', '21.000', '18.500', '88,1'],
    ['2', 'Trung tâm IOC', '15.000', '6.000', iocPaid, null],
    ['3', 'Nền tảng LGSP', '8.000', '8.000', '7.950', '99,4'],
  ], { titles: TITLES, header: HEADER });
}

test('6.200 paid out of 6.000 allocated: an error at the disbursed cell, 200 over', () => {
  const t = checkOne(report('6.200'));
  // Trung tâm IOC is sheet row 6 (two titles, a blank line, the header on row 4).
  const found = t.findings.filter((f) => f.code === 'DISBURSED_EXCEEDS');
  expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual, f.related])).toEqual([['E6', 'error', '6000', '6200', ['D6']]]);
  expect(found[0].message).toBe('Ô E6: số đã giải ngân 6.200 triệu đồng lớn hơn số vốn đã bố trí 6.000 triệu đồng (ô D6), vượt 200. Không giải ngân quá số đã bố trí: kiểm tra lại hai số.');
});

test('every project paid within its allocation (18.500 ≤ 21.000, 5.900 ≤ 6.000, 7.950 ≤ 8.000): nothing said', () => {
  const t = checkOne(report('5.900'));
  expect(codes(t)).not.toContain('DISBURSED_EXCEEDS');
  // A report on disbursement is no plan: the security share is not asked of it.
  expect(codes(t)).not.toContain('SECURITY_SHARE_LOW');
});

test('paid out over years beside one year\'s plan is not compared with it', () => {
  // "Kế hoạch vốn năm 2026" 9.000 beside 18.500 paid out over past years: both right.
  const header = ['STT', 'Danh mục dự án', 'Kế hoạch vốn năm 2026', 'Lũy kế giải ngân'];
  const t = checkOne(planGrid([['1', 'Chính quyền điện tử', 9_000, 18_500]], { titles: ['KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026', 'Đơn vị: triệu đồng'], header }));
  expect(codes(t)).not.toContain('DISBURSED_EXCEEDS');
});

test('with no allocated column, the total is the bound', () => {
  const header = ['STT', 'Tên dự án', 'Tổng mức đầu tư', 'Đã giải ngân'];
  const t = checkOne(planGrid([['1', 'Cổng dịch vụ công', 5_000, 5_400], ['2', 'Kho dữ liệu', 3_000, 2_000]], { titles: ['DANH MỤC DỰ ÁN CNTT GIAI ĐOẠN 2021 - 2025', 'Đơn vị: triệu đồng'], header }));
  expect(t.findings.filter((f) => f.code === 'DISBURSED_EXCEEDS').map((f) => [f.cell, f.expected, f.actual])).toEqual([['D5', '5000', '5400']]);
});
