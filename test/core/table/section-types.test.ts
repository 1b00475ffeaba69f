// Plans grouped by spending type name the type on the section; the items under it write only
// their source. Totals by type worked out by hand from the rows below.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, nonZero, planGrid } from '../../helpers/grid';
import { sectionType } from '../../../src/core/section-types';

const HEADER = ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'];
const TITLES = ['Phụ lục', 'KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'Đơn vị tính: triệu đồng'];

const byType = (t: ReturnType<typeof checkOne>): Record<string, string> => nonZero(t.summary.byType);

test('items under "Chi đầu tư phát triển" and "Chi thường xuyên" take the section\'s type', () => {
  const body: CellValue[][] = [
    ['I', 'Chi đầu tư phát triển', null, 20_000, null],
    ['1', 'Xây dựng trung tâm SOC', '2026', 4_000, 'NSĐP'],
    ['2', 'Nâng cấp trung tâm dữ liệu tỉnh', '2026', 16_000, 'NSĐP'],
    ['II', 'Chi thường xuyên', null, 1_500, null],
    ['1', 'Duy trì cổng thông tin điện tử', '2026', 300, 'NSĐP'],
    // Its own words name a type: they win over the section's.
    ['2', 'Mua bản quyền phần mềm', '2026', 1_200, 'NSĐP (Vốn đầu tư)'],
    [null, 'Tổng cộng', null, 21_500, null],
  ];
  const t = checkOne(planGrid(body, { titles: TITLES, header: HEADER }));
  // ĐTPT: 4.000 + 16.000 + 1.200 = 21.200; CTX: 300.
  expect(byType(t)).toEqual({ 'ĐTPT': '21200', CTX: '300' });
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.sources.map((p) => `${p.code}/${p.type}`).join())).toEqual([
    'NSĐP/ĐTPT', 'NSĐP/ĐTPT', 'NSĐP/CTX', 'NSĐP/ĐTPT',
  ]);
});

test('a type on a part heads every group under it; other section names give none', () => {
  const body: CellValue[][] = [
    ['A', 'Vốn sự nghiệp', null, 500, null],
    ['I', 'Hạ tầng', null, 500, null],
    ['1', 'Thuê đường truyền', '2026', 500, 'NSĐP'],
    ['B', 'Nhóm nhiệm vụ khác', null, 100, null],
    ['1', 'Đào tạo', '2026', 100, 'NSĐP'],
    [null, 'Tổng cộng', null, 600, null],
  ];
  const t = checkOne(planGrid(body, { titles: TITLES, header: HEADER }));
  expect(byType(t)).toEqual({ CTX: '500', 'Chưa rõ': '100' });
});

test('section names read as types', () => {
  // "Chi đầu tư" alone is the budget's short name for development investment (beside "Chi thường xuyên").
  expect(['Chi đầu tư phát triển', 'I. Vốn đầu tư phát triển', 'Nguồn vốn đầu tư công', 'Chi đầu tư', 'Chi thường xuyên', 'Kinh phí sự nghiệp', 'CHI THƯỜNG XUYÊN'].map(sectionType))
    .toEqual(['ĐTPT', 'ĐTPT', 'ĐTPT', 'ĐTPT', 'CTX', 'CTX', 'CTX']);
  // A way of spending or a project group is no budget type: "Đầu tư" beside "Thuê dịch vụ".
  expect(['Dự án đầu tư', 'Hạ tầng số', 'Đầu tư hạ tầng', 'Nhiệm vụ thường xuyên khác', 'Đầu tư', 'Chi đầu tư hạ tầng mạng'].map(sectionType)).toEqual([null, null, null, null, null, null]);
});

test('items with year columns and no source, under sections of each type, count under that type', () => {
  // A five-year financial plan: year columns, no source column. Before, such rows were totalled
  // straight from their year cells and counted "Chưa rõ" by type, though the same rows' money
  // in the result sheet was under the section's type.
  const t = checkOne({
    sheet: 'KH', top: 1, left: 1,
    values: [
      ['KẾ HOẠCH TÀI CHÍNH 05 NĂM GIAI ĐOẠN 2026 - 2030'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng số', 'Năm 2026', 'Năm 2027', 'Năm 2028', 'Năm 2029', 'Năm 2030'],
      ['I', 'Chi đầu tư phát triển', 25000, 5000, 5000, 5000, 5000, 5000],
      ['1', 'Trung tâm dữ liệu tỉnh', 15000, 3000, 3000, 3000, 3000, 3000],
      ['2', 'Nền tảng dữ liệu dùng chung', 10000, 2000, 2000, 2000, 2000, 2000],
      ['II', 'Chi thường xuyên', 7500, 1500, 1500, 1500, 1500, 1500],
      ['1', 'Duy trì, vận hành các hệ thống dùng chung', 7500, 1500, 1500, 1500, 1500, 1500],
      [null, 'Tổng cộng', 32500, 6500, 6500, 6500, 6500, 6500],
    ],
  });
  // ĐTPT: 15.000 + 10.000; CTX: 7.500.
  expect(byType(t)).toEqual({ 'ĐTPT': '25000', CTX: '7500' });
});
