// Sections named for their funding source ("I | NGÂN SÁCH TỈNH", "II | NGÂN SÁCH HUYỆN", "III |
// XÃ HỘI HÓA") over items that write none, in a table with no source column. Before: all 4.100
// "Chưa rõ" and a false table-wide SOURCE_MISSING ("không có cột nguồn vốn"). Figures by hand.
import type { CellValue } from '../../../src/core/grid';
import { isSourceName } from '../../../src/core/section-sources';
import { checkOne, codes } from '../../helpers/grid';

const check = (rows: CellValue[][], header = ['STT', 'Nội dung', 'Năm 2026', 'Năm 2027', 'Năm 2028', 'Tổng cộng']) => checkOne({
  sheet: 'DT', top: 1, left: 1,
  values: [['DỰ TOÁN KINH PHÍ THỰC HIỆN ĐỀ ÁN CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2028'], ['Đơn vị tính: triệu đồng'], header, ...rows],
});

const bySource = (t: ReturnType<typeof check>) => Object.fromEntries(Object.entries(t.summary.bySource).filter(([, v]) => !v.isZero()).map(([k, v]) => [k, v.toFixed()]));

test('items take the source their section is named for', () => {
  const t = check([
    ['I', 'NGÂN SÁCH TỈNH', 1000, 1200, 800, 3000],
    ['1', 'Nền tảng dữ liệu', 600, 600, null, 1200],
    ['2', 'Cổng dịch vụ công', 400, 600, 800, 1800],
    ['II', 'Nguồn ngân sách huyện', 200, 200, 200, 600],
    ['1', 'Trang thông tin điện tử huyện', 200, 200, 200, 600],
    ['III', 'XÃ HỘI HÓA', null, 500, null, 500],
    ['1', 'Wifi công cộng', null, 500, null, 500],
    [null, 'TỔNG CỘNG', 1200, 1900, 1000, 4100],
  ]);
  expect(codes(t)).not.toContain('SOURCE_MISSING');
  // NSĐP: the province's 3.000 and the district's 600; Khác: the 500 paid by others.
  expect(bySource(t)).toEqual({ 'NSĐP': '3600', 'Khác': '500' });
});

test('a source the item writes itself wins over its section\'s name', () => {
  const t = check([
    ['I', 'NGÂN SÁCH TỈNH', 300, 0, 0, 300],
    ['1', 'Nền tảng dữ liệu', 200, 0, 0, 200, 'NSĐP'],
    ['2', 'Cổng dịch vụ công (Trung ương hỗ trợ)', 100, 0, 0, 100, 'NSTW'],
    [null, 'TỔNG CỘNG', 300, 0, 0, 300, null],
  ], ['STT', 'Nội dung', 'Năm 2026', 'Năm 2027', 'Năm 2028', 'Tổng cộng', 'Nguồn vốn']);
  expect(bySource(t)).toEqual({ 'NSĐP': '200', 'NSTW': '100' });
});

test('only a name that is a source and nothing else: "Khác" alone groups other tasks', () => {
  expect(['NGÂN SÁCH TỈNH', 'Nguồn vốn ODA', 'Vốn NSTW', 'Ngân sách Trung ương', 'Xã hội hóa', 'Nguồn khác', 'Ngân sách tỉnh (chi thường xuyên)'].map(isSourceName))
    .toEqual([true, true, true, true, true, true, true]);
  expect(['Khác', 'Ứng dụng CNTT bằng nguồn xã hội hóa', 'Hạ tầng', 'Nhiệm vụ khác', 'Chi thường xuyên', 'III. Khác'].map(isSourceName))
    .toEqual([false, false, false, false, false, false]);
  // The numbering a name carries in a table with no STT column is not part of it.
  expect(['I. NGÂN SÁCH TỈNH', 'II. Xã hội hóa', 'A. Ngân sách trung ương'].map(isSourceName)).toEqual([true, true, true]);
});
