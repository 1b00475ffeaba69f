// AMOUNT_LOOKS_LIKE_YEAR is for surveys only: a plan item of exactly 2.020 triệu đồng is a real
// amount and must raise nothing (no false alarm on a right table).
import { checkOne, codes, planGrid } from '../../helpers/grid';
import { checkSheet } from '../../helpers/sheets';

describe('AMOUNT_LOOKS_LIKE_YEAR', () => {
  it('a plan item of 2.020 with its years stated is money, not a year', () => {
    const t = checkOne(planGrid([['1', 'Hệ thống X', '2021-2022', '2020', 'NSĐP']]));
    expect(codes(t)).not.toContain('AMOUNT_LOOKS_LIKE_YEAR');
  });
  it('nor is a plan item of 2.024 without a time', () => {
    const t = checkOne(planGrid([['1', 'Hệ thống X', '', '2024', 'NSĐP']]));
    expect(codes(t)).not.toContain('AMOUNT_LOOKS_LIKE_YEAR');
  });
  it('a survey\'s total row of exactly 2.000 is a sum, not a year', () => {
    const t = checkSheet({ name: 'Khảo sát', rows: [
      ['BIỂU TỔNG HỢP HIỆN TRẠNG HỆ THỐNG THÔNG TIN'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh/thành phố', 'Tên hệ thống', 'Hình thức', 'Kinh phí đã bố trí', 'Nguồn vốn'],
      ['1', 'An Giang', 'Cổng dịch vụ công', 'Đầu tư', 1000, 'NSĐP'],
      [null, null, 'Hệ thống một cửa', 'Thuê VNPT', 200, 'NSĐP'],
      ['2', 'Bắc Giang', 'Cổng dịch vụ công', 'Đầu tư', 800, 'NSĐP'],
      // 1.000 + 200 + 800.
      [null, 'Tổng cộng', null, null, 2000, null],
    ] });
    expect(t.layout).toBe('survey');
    expect(codes(t)).not.toContain('AMOUNT_LOOKS_LIKE_YEAR');
    expect(t.summary.total.toFixed()).toBe('2000');
  });
  it('nor is 2.000 in a table of units and their budgets, which asks no year of its rows', () => {
    // A finance department's report by unit: 2.000 + 1.000 + 500 = 3.500 under "Khối sở, ngành".
    const t = checkSheet({ name: 'TH', rows: [
      ['BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN KINH PHÍ CHUYỂN ĐỔI SỐ NĂM 2026'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Đơn vị', 'Dự toán giao đầu năm', 'Ghi chú'],
      ['I', 'Khối sở, ngành', 3500, null],
      ['1', 'Sở Khoa học và Công nghệ', 2000, null],
      ['2', 'Sở Tài chính', 1000, null],
      ['3', 'Văn phòng UBND tỉnh', 500, null],
    ], bold: [4] });
    expect(codes(t)).not.toContain('AMOUNT_LOOKS_LIKE_YEAR');
    expect(t.summary.total.toFixed()).toBe('3500');
  });
});
