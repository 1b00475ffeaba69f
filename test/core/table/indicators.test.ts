// A table of indicators (each row in its own unit: "%", "dịch vụ", "doanh nghiệp") is no budget
// table: its figures are counts and shares, never money to total or consolidate.
import { checkGrid, defaultSettings } from '../../../src/core/check';
import type { CellValue } from '../../../src/core/grid';
import { planGrid } from '../../helpers/grid';

const tablesOf = (body: CellValue[][], header: string[], titles: string[]) => checkGrid(planGrid(body, { titles, header }), defaultSettings());

test('"Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 | Thực hiện năm 2026" is read as no budget', () => {
  const tables = tablesOf([
    ['I', 'Chính quyền số', null, null, null],
    ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', 80, 85],
    ['2', 'Số dịch vụ công trực tuyến', 'dịch vụ', 1_200, 1_250],
    ['II', 'Kinh tế số', null, null, null],
    ['1', 'Số doanh nghiệp công nghệ số', 'doanh nghiệp', 500, 520],
  ], ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2026', 'Thực hiện năm 2026'], ['BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026']);
  // Before: one table totalling 80 + 1.200 + 500 = 1.780 "triệu đồng".
  expect(tables).toEqual([]);
});

test('a purchase list with a unit per row is still money: its column says so', () => {
  const tables = tablesOf([
    ['1', 'Máy chủ', 'Bộ', 2, 400],
    ['2', 'Máy tính để bàn', 'Chiếc', 10, 155],
    [null, 'Tổng cộng', null, null, 555],
  ], ['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Thành tiền'], ['DANH MỤC MUA SẮM THIẾT BỊ NĂM 2026', 'Đơn vị tính: triệu đồng']);
  // 400 + 155 = 555.
  expect(tables.map((t) => t.summary.total.toFixed())).toEqual(['555']);
});

test('rows whose unit is money are no indicators', () => {
  const tables = tablesOf([
    ['1', 'Kinh phí chuyển đổi số cấp tỉnh', 'triệu đồng', 5_000, 4_800],
    ['2', 'Kinh phí chuyển đổi số cấp huyện', 'triệu đồng', 2_000, 1_900],
  ], ['TT', 'Nội dung', 'Đơn vị tính', 'Kế hoạch năm 2026', 'Thực hiện năm 2026'], ['KẾ HOẠCH NĂM 2026']);
  expect(tables).toHaveLength(1);
});
