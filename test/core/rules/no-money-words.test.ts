// District and commune plans write, in the amount cell of a task with no money of its own, what
// pays for it instead: "Lồng ghép …", "Không phát sinh kinh phí", "Xã hội hóa", "Sử dụng nền tảng
// của tỉnh". The officer's total counts only the figures. Worked out by hand: 150 + 50 = 200.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, planGrid } from '../../helpers/grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'];
const TITLES = ['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2027 CỦA UBND HUYỆN', 'Đơn vị tính: triệu đồng'];

test('tasks that spend no money of their own are no unreadable amounts', () => {
  const body: CellValue[][] = [
    ['1', 'Tuyên truyền về chuyển đổi số', 'Phòng VH-TT', 'Năm 2027', 'Lồng ghép trong kinh phí thường xuyên', 'NSĐP'],
    ['2', 'Nâng cấp trang thông tin điện tử', 'Phòng VH-TT', 'Quý II/2027', 150, 'NSĐP'],
    ['3', 'Triển khai nền tảng họp trực tuyến', 'Văn phòng', 'Năm 2027', 'Sử dụng nền tảng của tỉnh', null],
    ['4', 'Bảo đảm an toàn thông tin cho hệ thống', 'Phòng Nội vụ', 'Năm 2027', 50, 'NSĐP'],
    ['5', 'Thuê dịch vụ chữ ký số', 'Văn phòng', 'Năm 2027', 'Không phát sinh kinh phí', null],
    ['6', 'Phát triển hạ tầng viễn thông', 'Phòng VH-TT', '2027', 'Xã hội hóa', 'Doanh nghiệp'],
    [null, 'Tổng cộng', null, null, 200, null],
  ];
  const t = checkOne(planGrid(body, { titles: TITLES, header: HEADER }));
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  expect(t.summary.total.toFixed()).toBe('200');
});

test('an amount not known yet is still asked for', () => {
  const body: CellValue[][] = [
    ['1', 'Nâng cấp trang thông tin điện tử', 'Phòng VH-TT', '2027', 150, 'NSĐP'],
    ['2', 'Xây dựng kho dữ liệu dùng chung', 'Văn phòng', '2027', 'Chưa xác định', 'NSĐP'],
    [null, 'Tổng cộng', null, null, 150, null],
  ];
  const t = checkOne(planGrid(body, { titles: TITLES, header: HEADER }));
  expect(t.findings.filter((f) => f.code === 'AMOUNT_UNREADABLE').map((f) => f.cell)).toEqual(['E6']);
});
