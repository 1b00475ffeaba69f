// A department's estimate of what it costs to keep its systems running ("Dự toán kinh phí duy trì
// hệ thống CNTT năm 2027"): one unit's recurrent spending, not a plan of many tasks. Before, it was
// told to add a source column (SOURCE_MISSING for the table) and that its security share was 0 %
// of 500: two warnings an officer would dismiss. The same rows titled as the province's IT plan
// are still asked both. Figures by hand: 120 + 180 = 300; 200; 500 in all.
import type { CellValue } from '../../../src/core/grid';
import { checkSheet } from '../../helpers/sheets';

const rows = (title: string): CellValue[][] => [
  ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
  [title],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Nội dung', 'Kinh phí', 'Ghi chú'],
  ['I', 'Duy trì hạ tầng', 300, null],
  ['1', 'Thuê đường truyền', '120', null],
  ['2', 'Bảo trì máy chủ', '180', null],
  ['II', 'Duy trì phần mềm', 200, null],
  ['1', 'Duy trì cổng thông tin điện tử', '200', null],
  [null, 'Tổng cộng', 500, null],
];
const warnings = (title: string): string[] => {
  const t = checkSheet({ name: 'DT', rows: rows(title), bold: [5, 8, 10] });
  expect(t.summary.total.toFixed()).toBe('500');
  return t.findings.filter((f) => f.severity !== 'info').map((f) => f.code).sort();
};

it.each([
  'DỰ TOÁN KINH PHÍ DUY TRÌ HỆ THỐNG CÔNG NGHỆ THÔNG TIN NĂM 2027',
  'Dự toán kinh phí vận hành các hệ thống thông tin năm 2027',
  'DỰ TOÁN KINH PHÍ BẢO TRÌ HẠ TẦNG CÔNG NGHỆ THÔNG TIN NĂM 2027',
])('"%s" is asked no source column and no security share', (title) => {
  expect(warnings(title)).toEqual([]);
});

it('the same rows as the province\'s IT plan are still asked both', () => {
  expect(warnings('KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2027')).toEqual(['SECURITY_SHARE_LOW', 'SOURCE_MISSING']);
});
