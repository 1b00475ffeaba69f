// SECURITY_SHARE_LOW counts the spending on information security. Beyond "an toàn thông tin",
// plans name it by what it buys: the four-layer protection model of Chỉ thị 14/CT-TTg ("mô hình
// 4 lớp"), intrusion detection, defence against attacks, weak points found and mended, the
// protection of personal data. Figures worked by hand: 10 % of 2.000 is 200.
import { isSecurityText } from '../../../src/core/security-words';
import { checkOne, codes, planGrid } from '../../helpers/grid';

test.each([
  'Triển khai mô hình bảo vệ 4 lớp', 'Phòng chống tấn công DDoS', 'Hệ thống phát hiện xâm nhập (IDS/IPS)',
  'Đánh giá, kiểm định an toàn hệ thống', 'Rà soát, khắc phục điểm yếu, lỗ hổng', 'Bảo vệ dữ liệu cá nhân',
  // The safety of information systems by level (ND 85/2016), and what such spending buys by name.
  'Bảo đảm an toàn hệ thống thông tin theo cấp độ', 'Xây dựng hồ sơ đề xuất cấp độ an toàn hệ thống thông tin',
  'Gia hạn bản quyền phần mềm diệt virus', 'Mua bản quyền Kaspersky Endpoint Security', 'Firewall', 'Thiết bị WAF',
  'Hệ thống quản lý sự kiện an ninh (SIEM)', 'Mua chứng thư số SSL cho cổng thông tin', 'Thiết bị chống thư rác',
])('%j is security spending', (name) => {
  expect(isSecurityText(name)).toBe(true);
});

test.each([
  'Mua sắm tủ 4 lớp', 'Số hóa hồ sơ cá nhân', 'Xây dựng cổng thông tin điện tử', 'Hệ thống camera giám sát an ninh trật tự',
  'Mua máy đọc mã vạch', 'Nâng cấp hệ thống thư điện tử', 'Reset mật khẩu tài khoản', 'Bảo đảm an toàn giao thông',
])('%j is not', (name) => {
  expect(isSecurityText(name)).toBe(false);
});

test('a plan whose 200 of 2.000 go to the four-layer model and intrusion detection meets the 10 % share', () => {
  const t = checkOne(planGrid([
    ['1', 'Nâng cấp cổng dịch vụ công', '2026', 1800, 'NSĐP'],
    ['2', 'Triển khai mô hình 4 lớp', '2026', 120, 'NSĐP'],
    ['3', 'Hệ thống phát hiện xâm nhập (IDS)', '2026', 80, 'NSĐP'],
  ], { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'Đơn vị tính: triệu đồng'] }));
  // 120 + 80 = 200 = 10 % of 1.800 + 120 + 80 = 2.000.
  expect(codes(t)).not.toContain('SECURITY_SHARE_LOW');
});

test('a yearly estimate whose antivirus licence is 45,5 of 261,5 million meets the 10 % share', () => {
  // 45.500.000 / 261.500.000 = 17,4 %, over the floor of 26.150.000; before "diệt virus" was read
  // as security, the share was 0 and the estimate was told it was low.
  const t = checkOne(planGrid([
    ['1', 'Thuê đường truyền', '2027', 120000000, 'NSĐP'],
    ['2', 'Thuê chỗ đặt máy chủ', '2027', 96000000, 'NSĐP'],
    ['3', 'Gia hạn bản quyền phần mềm diệt virus', '2027', 45500000, 'NSĐP'],
  ], { titles: ['DỰ TOÁN KINH PHÍ DUY TRÌ HỆ THỐNG NĂM 2027', 'Đơn vị tính: đồng'] }));
  expect(codes(t)).not.toContain('SECURITY_SHARE_LOW');
  expect(t.summary.total.toString()).toBe('261500000');
});

describe('a "Trong đó" line under an item that names its security part', () => {
  // Items 3.000 + 2.000 + 1.500 = 6.500; under the first, "Trong đó: kinh phí bảo đảm an toàn thông
  // tin | 800". Before, the line was dropped and the share said 0 of 6.500.
  const plan = (part: number) => checkOne(planGrid([
    ['1', 'Nâng cấp Trung tâm dữ liệu tỉnh', '2026', 3000, 'NSĐP'],
    [null, 'Trong đó: kinh phí bảo đảm an toàn thông tin', null, part, null],
    ['2', 'Mạng truyền số liệu chuyên dùng', '2026', 2000, 'NSĐP'],
    ['3', 'Hệ thống quản lý văn bản', '2026', 1500, 'NSĐP'],
  ], { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'Đơn vị tính: triệu đồng'] }));

  it('counts that part: 800 of 6.500 is 12,3 %, over the 10 % floor', () => {
    const t = plan(800);
    expect(codes(t)).not.toContain('SECURITY_SHARE_LOW');
    expect(t.summary.total.toFixed()).toBe('6500');
  });

  it('and only that part: 300 of 6.500 is 4,6 %, still low (the floor is 650)', () => {
    const low = plan(300).findings.find((f) => f.code === 'SECURITY_SHARE_LOW');
    expect([low?.actual, low?.expected]).toEqual(['300', '650']);
  });
});

describe('a column of each item\'s security part ("Trong đó: kinh phí bảo đảm an toàn thông tin")', () => {
  // Items 5.000 + 2.000 + 1.500 = 8.500 with security parts 600 + 200 + 100 = 900 (10,6 %). Before,
  // the column was not looked at and the plan was told 0 of 8.500.
  const plan = (first: number) => checkOne(planGrid([
    ['1', 'Nâng cấp Trung tâm dữ liệu', '2026', 5000, first, 'NSĐP'],
    ['2', 'Hệ thống quản lý văn bản', '2026', 2000, 200, 'NSĐP'],
    ['3', 'Cổng dịch vụ công', '2026', 1500, 100, 'NSĐP'],
  ], {
    titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'Đơn vị tính: triệu đồng'],
    header: ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Trong đó: kinh phí bảo đảm an toàn thông tin', 'Nguồn vốn'],
  }));

  it('counts the column: 900 of 8.500 meets the share', () => {
    expect(codes(plan(600))).not.toContain('SECURITY_SHARE_LOW');
  });

  it('and only the column: 300 + 200 + 100 = 600 of 8.500 is 7,1 %', () => {
    const low = plan(300).findings.find((f) => f.code === 'SECURITY_SHARE_LOW');
    expect([low?.actual, low?.expected]).toEqual(['600', '850']);
  });
});
