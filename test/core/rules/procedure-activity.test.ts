// What a line pays for decides its procedure. Lines that spend on people and papers, not on an IT
// system (training, propaganda, drills, conferences, plans written) are asked no IT procedure: ND
// 73/2019 Điều 1 governs investing in, buying and leasing IT applications. Before, "Đào tạo kỹ năng
// số cho cán bộ | 3.000 | chi thường xuyên" was told to write an outline and a detailed estimate
// (Điều 51 khoản 2). A security service is operation (Điều 51 khoản 1 điểm b).
import type { CellValue } from '../../../src/core/grid';
import { checkSheet } from '../../helpers/sheets';

const CTX = 'NSĐP (chi thường xuyên)';

/** Each PROCEDURE_HINT's cell and route of a plan dated by its period, 1/1/2026 (ND 73 in force); tasks from row 4. */
function routes(tasks: CellValue[][]): string[][] {
  const t = checkSheet({
    name: 'KH',
    rows: [['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026'], ['Đơn vị tính: triệu đồng'], ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'], ...tasks],
  });
  return t.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => [f.cell as string, f.expected as string]);
}

it('says no procedure of training, propaganda, a drill or a plan, and still of building a system', () => {
  // Row 8: 200 triệu < 2.500 ≤ 15 tỷ, building a system from recurrent spending: outline and estimate.
  expect(routes([
    ['1', 'Đào tạo, bồi dưỡng kỹ năng số cho cán bộ', '2026', 3000, CTX],
    ['2', 'Tuyên truyền, phổ biến về chuyển đổi số', '2026', 500, CTX],
    ['3', 'Diễn tập, ứng cứu sự cố an toàn thông tin mạng', '2026', 700, CTX],
    ['4', 'Xây dựng kế hoạch chuyển đổi số giai đoạn 2026-2030', '2026', 300, CTX],
    ['5', 'Xây dựng hệ thống đào tạo trực tuyến', '2026', 2500, CTX],
  ])).toEqual([['D8', 'outline-estimate']]);
});

it('a security service (monitoring, incident response) is operation, bought as such; building its centre is not', () => {
  // Điều 51 khoản 1 điểm b: "dịch vụ an ninh mạng, an toàn thông tin" is bought under procurement
  // law whatever its amount; building the centre, 200 triệu < 2.500 ≤ 15 tỷ, is an outline and
  // estimate (khoản 2). Before, the 600 was told to write one too.
  expect(routes([
    ['1', 'Giám sát an toàn thông tin (SOC) cho hệ thống dùng chung', '2026', 600, CTX],
    ['2', 'Ứng cứu sự cố an toàn thông tin mạng', '2026', 300, CTX],
    ['3', 'Xây dựng trung tâm giám sát an toàn thông tin (SOC)', '2026', 2500, CTX],
  ])).toEqual([['D4', 'procurement-only'], ['D5', 'procurement-only'], ['D6', 'outline-estimate']]);
});

it('a licence is bought; a line that says nothing is of the item or section above it', () => {
  // ND 73 Điều 51 khoản 1: buying and operating from recurrent spending follow procurement law
  // whatever the amount; only building (khoản 2: 200 triệu < 2.500 ≤ 15 tỷ, outline and
  // estimate) goes by the tiers. Before, the licence (row 4) and the two lines under "Duy trì …"
  // (rows 6, 7), which say nothing of their own, were told to write an outline and estimate as
  // if they built a system; the upgrade under it (row 8) says it builds and still is.
  expect(routes([
    ['1', 'Bản quyền phần mềm diệt virus cho máy trạm', '2026', 400, CTX],
    ['2', 'Duy trì phần mềm quản lý văn bản và điều hành', '2026', 3300, CTX],
    ['a', 'Chi phí bản quyền, máy chủ', '2026', 300, CTX],
    ['b', 'Chi phí nhân công kỹ thuật', '2026', 500, CTX],
    ['c', 'Nâng cấp phân hệ ký số', '2026', 2500, CTX],
  ])).toEqual([['D4', 'procurement-only'], ['D6', 'procurement-only'], ['D7', 'procurement-only'], ['D8', 'outline-estimate']]);
});

it('items under a section that says it operates are operated', () => {
  // "II. DUY TRÌ, VẬN HÀNH CÁC HỆ THỐNG" over systems named alone: running them, not building them.
  expect(routes([
    ['I', 'XÂY DỰNG HỆ THỐNG', '2026', 2500, CTX],
    ['1', 'Hệ thống thông tin báo cáo tỉnh', '2026', 2500, CTX],
    ['II', 'DUY TRÌ, VẬN HÀNH CÁC HỆ THỐNG', '2026', 2500, CTX],
    ['1', 'Cổng dịch vụ công tỉnh', '2026', 2500, CTX],
  ])).toEqual([['D5', 'outline-estimate'], ['D7', 'procurement-only']]);
});
