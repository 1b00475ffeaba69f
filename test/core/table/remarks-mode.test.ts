// A plan with no "Tự đầu tư/Thuê" column often says the way of spending in its remarks: "Thuê
// VNPT" in "Ghi chú" beside "Duy trì cổng dịch vụ công". That row is a lease (its procedure is the
// lease articles, ND 73 Điều 52), not upkeep bought by recurrent spending; hiring people ("Thuê
// chuyên gia tư vấn") and any other remark say nothing about it.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, planGrid } from '../../helpers/grid';

const header = ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn', 'Ghi chú'];
const titles = ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'Đơn vị tính: triệu đồng'];
const plan = (rows: CellValue[][]) => checkOne(planGrid(rows, { titles, header }));
const hintOf = (t: ReturnType<typeof plan>, row: number) => t.findings.find((f) => f.code === 'PROCEDURE_HINT' && f.row === row);

test('"Thuê VNPT" in the remarks makes the row a lease of VNPT\'s service, asked the lease procedure', () => {
  const t = plan([
    ['1', 'Duy trì cổng dịch vụ công và hệ thống một cửa điện tử', '2026', 1200, 'NSĐP (sự nghiệp)', 'Thuê VNPT'],
    ['2', 'Duy trì hệ thống quản lý văn bản', '2026', 300, 'NSĐP (sự nghiệp)', 'Thuê dịch vụ trọn gói'],
  ]);
  const [first, second] = t.rows;
  expect([first.mode?.mode, first.mode?.vendor]).toEqual(['lease', 'VNPT']);
  expect(second.mode?.mode).toBe('lease');
  // ND 73 Điều 52: a lease is judged as a lease whatever its amount, not by the recurrent thresholds.
  expect(hintOf(t, first.row)?.message).toContain('Thuê dịch vụ');
  expect(hintOf(t, first.row)?.message).toContain('Không xét theo các mức tiền của chi thường xuyên');
});

test('hiring people, or any other remark, leaves the row as it was', () => {
  const t = plan([
    ['1', 'Xây dựng bộ chỉ số chuyển đổi số', '2026', 400, 'NSĐP (sự nghiệp)', 'Thuê chuyên gia tư vấn'],
    ['2', 'Nâng cấp cổng thông tin điện tử', '2026', 600, 'NSĐP (sự nghiệp)', 'Kế thừa hệ thống cũ'],
    ['3', 'Mua sắm máy chủ', '2026', 900, 'NSĐP (sự nghiệp)', 'Đã có chủ trương; không thuê'],
  ]);
  expect(t.rows.map((r) => r.mode)).toEqual([null, null, null]);
  // Recurrent spending of 400 triệu to set up something new: ND 73 Điều 51 khoản 2 (above 200 triệu).
  expect(hintOf(t, t.rows[0].row)?.message).toContain('trên 200 triệu đồng đến 15 tỷ');
});
