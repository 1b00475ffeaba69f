// Lines that spend on people and papers, not on an IT system (training, propaganda, drills,
// conferences, plans written) are asked no IT procedure: ND 73/2019 Điều 1 governs investing in,
// buying and leasing IT applications. Before, "Đào tạo kỹ năng số cho cán bộ | 3.000 | chi thường
// xuyên" was told to write an outline and a detailed estimate (Điều 51 khoản 2).
import { checkSheet } from '../../helpers/sheets';

const CTX = 'NSĐP (chi thường xuyên)';

it('says no procedure of training, propaganda, a drill or a plan, and still of building a system', () => {
  const t = checkSheet({
    name: 'KH',
    rows: [
      ['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
      ['1', 'Đào tạo, bồi dưỡng kỹ năng số cho cán bộ', '2026', 3000, CTX],
      ['2', 'Tuyên truyền, phổ biến về chuyển đổi số', '2026', 500, CTX],
      ['3', 'Diễn tập, ứng cứu sự cố an toàn thông tin mạng', '2026', 700, CTX],
      ['4', 'Xây dựng kế hoạch chuyển đổi số giai đoạn 2026-2030', '2026', 300, CTX],
      ['5', 'Xây dựng hệ thống đào tạo trực tuyến', '2026', 2500, CTX],
    ],
  });
  // Row 8: 200 triệu < 2.500 ≤ 15 tỷ, building a system from recurrent spending: outline and estimate.
  expect(t.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => [f.cell, f.expected])).toEqual([['D8', 'outline-estimate']]);
});
