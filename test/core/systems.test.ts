// Survey rows name their system in many ways; the expected code is what the name says, read as
// the ministry's summary reads it (DOMAIN "The five key systems"), including names taken from the
// national survey fixture (khao-sat-mau.xlsx, column C).
import { classifySystem, SYSTEM_CODES } from '../../src/core/systems';

describe('classifySystem', () => {
  it.each([
    ['Hệ thống IOC', 'IOC'],
    ['Trung tâm điều hành thông minh (IOC) tỉnh Bến Tre', 'IOC'],
    ['Trung tâm giám sát, điều hành đô thị thông minh', 'IOC'],
    ['Hệ thống SOC', 'SOC'],
    ['Trung tâm giám sát và điều hành an toàn, an ninh mạng', 'SOC'],
    ['Hệ thống giám sát an toàn thông tin', 'SOC'],
    ['Hệ thống LGSP', 'LGSP'],
    ['Nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh', 'LGSP'],
    ['Hệ thống giải quyết thủ tục hành chính', 'TTHC'],
    ['Hệ thống thông tin giải quyết TTHC tỉnh', 'TTHC'],
    ['Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử', 'TTHC'],
    ['Hệ thống quản lý văn bản và điều hành', 'VBĐH'],
    ['Phần mềm QLVB&ĐH', 'VBĐH'],
    ['Phần mềm QLVB', 'VBĐH'],
    ['eOffice', 'VBĐH'],
    ['Hệ thống họp trực tuyến', 'HỌP'],
    ['Hệ thống hội nghị truyền hình', 'HỌP'],
    ['Hệ thống thông tin báo cáo của tỉnh', 'BÁO CÁO'],
    ['Kiosk - DVC', 'Khác'],
    ['Camera AI', 'Khác'],
    ['Phần mềm quản lý đất đai', 'Khác'],
    ['Chứng thực điện tử', 'Khác'],
    ['', 'Khác'],
  ])('%s → %s', (name, code) => {
    expect(classifySystem(name)).toBe(code);
  });

  it('never throws and always answers one of the eight codes', () => {
    for (const t of [null, undefined, 'x'.repeat(5000), '\u0000', '🙂 IOC']) {
      expect(SYSTEM_CODES).toContain(classifySystem(t));
    }
  });
});
