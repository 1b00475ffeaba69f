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

test('tasks counted in another row or paid by others are no unreadable amounts, and no figure of 1', () => {
  // By hand: 5.000 + 800 = 5.800. Before: four AMOUNT_UNREADABLE errors, and "Đã có trong nhiệm
  // vụ 1" read as 1 triệu, a false SUBTOTAL_MISMATCH (5.801) and a SOURCE_MISSING for it.
  const body: CellValue[][] = [
    ['1', 'Xây dựng Trung tâm dữ liệu tỉnh', 'Sở TTTT', '2027', 5000, 'NSĐP (vốn đầu tư)'],
    ['2', 'Hệ thống sao lưu dữ liệu', 'Sở TTTT', '2027', 'Thuộc dự án Trung tâm dữ liệu', null],
    ['3', 'Giám sát an toàn thông tin cho Trung tâm dữ liệu', 'Sở TTTT', '2027', 'Đã có trong nhiệm vụ 1', null],
    ['4', 'Kết nối nền tảng quốc gia', 'Văn phòng', '2027', 'Dùng chung nền tảng quốc gia', null],
    ['5', 'Hệ thống hội nghị trực tuyến', 'Văn phòng', '2027', 'Bộ TTTT cấp', null],
    ['6', 'Phần mềm kế toán', 'Văn phòng', '2027', 'VNPT tài trợ', null],
    ['7', 'Nâng cấp mạng LAN', 'Văn phòng', '2027', 800, 'NSĐP (chi thường xuyên)'],
    [null, 'Tổng cộng', null, null, 5800, null],
  ];
  const t = checkOne(planGrid(body, { titles: TITLES, header: HEADER }));
  expect(t.findings.filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW').map((f) => `${f.code}@${f.cell}`)).toEqual([]);
  expect(t.summary.total.toFixed()).toBe('5800');
});
