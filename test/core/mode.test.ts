// The "Tự đầu tư/Thuê" column of survey tables. The expected mode is what the words say: đầu
// tư/mua sắm = invest, thuê/dịch vụ = lease, both = mixed, given or run by a ministry or another
// body = provided, miễn phí/tài trợ = free, thử nghiệm/thí điểm = pilot.
import { modeToJSON, parseMode } from '../../src/core/mode';
import type { Mode } from '../../src/core/types';
import { VENDORS, findVendor, withinOneEdit } from '../../src/core/vendors';

type Row = [text: string, mode: Mode, vendor: string | null];

function check(rows: Row[]) {
  test.each(rows)('%j → %s, %s', (text, mode, vendor) => {
    expect(parseMode(text)).toEqual({ input: text, mode, vendor });
  });
}

describe('invest', () => {
  check([
    ['Tự đầu tư', 'invest', null],
    ['tự đầu tư', 'invest', null],
    ['TỰ ĐẦU TƯ', 'invest', null],
    ['Đầu tư', 'invest', null],
    ['tu dau tu', 'invest', null],
    ['Tu dau tu', 'invest', null],
    ['Tự dầu tư', 'invest', null],
    ['tudautu', 'invest', null],
    ['Mua sắm', 'invest', null],
    ['mua sam', 'invest', null],
    ['Mua sắm thiết bị', 'invest', null],
    ['Mua phần mềm', 'invest', null],
    ['Mua bản quyền', 'invest', null],
    // The verb alone, an upgrade or an extension done by the agency, the abbreviation (before: unknown).
    ['Mua', 'invest', null],
    ['Nâng cấp', 'invest', null],
    ['Mở rộng', 'invest', null],
    ['ĐT', 'invest', null],
    ['Tự xây dựng', 'invest', null],
    ['Tự triển khai', 'invest', null],
    ['Tự phát triển', 'invest', null],
    ['Xây dựng mới', 'invest', null],
    ['Tự trang bị', 'invest', null],
    ['Đầu tư từ ngân sách tỉnh', 'invest', null],
    ['Đầu tư (vốn NSĐP)', 'invest', null],
    ['Đầu tư toàn bộ', 'invest', null],
    ['Đầu tư đồng bộ', 'invest', null],
    ['Đầu tư, VNPT triển khai', 'invest', 'VNPT'],
    ['Tự đầu tư (FPT xây dựng)', 'invest', 'FPT'],
    ['Mua sắm của Viettel', 'invest', 'Viettel'],
    ['Đầu tư theo hướng dẫn của bộ phận CNTT', 'invest', null],
    // One slipped letter in a two-syllable cue.
    ['mua xam', 'invest', null],
    ['dau tuw', 'invest', null],
  ]);
});

describe('lease', () => {
  check([
    ['Thuê', 'lease', null],
    ['thuê', 'lease', null],
    ['THUÊ', 'lease', null],
    ['thue', 'lease', null],
    ['Thuê VNPT', 'lease', 'VNPT'],
    ['Thuê dịch vụ (VNPT)', 'lease', 'VNPT'],
    ['thue dich vu Viettel', 'lease', 'Viettel'],
    ['Thuê dịch vụ', 'lease', null],
    ['Thuê dịch vụ CNTT', 'lease', null],
    ['Thuê dịch vụ của Viettel', 'lease', 'Viettel'],
    ['Thuê Viettel', 'lease', 'Viettel'],
    ['Thuê FPT', 'lease', 'FPT'],
    ['Thuê MobiFone', 'lease', 'MobiFone'],
    ['Thuê Mobifone', 'lease', 'MobiFone'],
    ['Thuê mobiphone', 'lease', 'MobiFone'],
    ['Thuê MISA', 'lease', 'MISA'],
    ['Thuê phần mềm MISA', 'lease', 'MISA'],
    ['Thuê CMC', 'lease', 'CMC'],
    ['Thuê BKAV', 'lease', 'BKAV'],
    ['Thuê Bkav', 'lease', 'BKAV'],
    ['Thuê Tân Dân', 'lease', 'Tân Dân'],
    ['Thuê Inet', 'lease', 'Inet'],
    ['Thuê VNG', 'lease', 'VNG'],
    ['Thuê Vietnamobile', 'lease', 'Vietnamobile'],
    ['Thuê Lạc Việt', 'lease', 'Lạc Việt'],
    ['Thuê VinaPhone', 'lease', 'VNPT'],
    ['Thuê VNPT-IT', 'lease', 'VNPT'],
    ['Thuê V.N.P.T', 'lease', 'VNPT'],
    ['Thuê vietel', 'lease', 'Viettel'],
    ['Thuê Viettell', 'lease', 'Viettel'],
    ['Thue VNPT', 'lease', 'VNPT'],
    ['thuê vnpt', 'lease', 'VNPT'],
    ['Thuê  dịch vụ\n(VNPT)', 'lease', 'VNPT'],
    ['Thuê dịch vụ VNPT, Viettel', 'lease', 'VNPT'],
    ['Thuê bao', 'lease', null],
    ['Thuê ngoài', 'lease', null],
    ['Dịch vụ của VNPT', 'lease', 'VNPT'],
    ['Sử dụng dịch vụ Viettel', 'lease', 'Viettel'],
    ['Mua dịch vụ', 'lease', null],
    ['Thuê dịch vụ (ngân sách tỉnh)', 'lease', null],
    ['SaaS', 'lease', null],
    ['Cloud VNPT', 'lease', 'VNPT'],
    ['thuedichvu', 'lease', null],
    ['thuevnpt', 'lease', null],
    // A bare vendor in this column names who the service is leased from.
    ['VNPT', 'lease', 'VNPT'],
    ['Viettel', 'lease', 'Viettel'],
    ['FPT', 'lease', 'FPT'],
    ['MISA', 'lease', 'MISA'],
    ['V.N.P.T', 'lease', 'VNPT'],
    ['vietel', 'lease', 'Viettel'],
    ['Mobiphone', 'lease', 'MobiFone'],
  ]);
});

describe('mixed', () => {
  check([
    ['Đầu tư kết hợp thuê dịch vụ', 'mixed', null],
    ['Vừa đầu tư vừa thuê', 'mixed', null],
    ['vua dau tu vua thue', 'mixed', null],
    ['Tự đầu tư/Thuê', 'mixed', null],
    ['Đầu tư + thuê', 'mixed', null],
    ['Tự đầu tư phần cứng, thuê phần mềm', 'mixed', null],
    ['Mua sắm thiết bị, thuê đường truyền VNPT', 'mixed', 'VNPT'],
    ['Đầu tư hạ tầng; thuê dịch vụ Viettel', 'mixed', 'Viettel'],
    ['Thuê dịch vụ kết hợp đầu tư', 'mixed', null],
  ]);
});

describe('provided by a ministry or another body', () => {
  check([
    // A company invests: the agency leases from it, or is given the use of it (before: mixed, invest).
    ['Doanh nghiệp đầu tư, tỉnh thuê lại', 'lease', null],
    ['Doanh nghiệp tự đầu tư', 'provided', null],
    ['Nhà mạng đầu tư', 'provided', null],
    ['Được Bộ Công an trang bị', 'provided', null],
    ['Được Bộ … trang bị', 'provided', null],
    ['Được Bộ TTTT trang bị', 'provided', null],
    ['duoc Bo Cong an trang bi', 'provided', null],
    ['Bộ Công an cung cấp', 'provided', null],
    ['Bo Cong an cung cap', 'provided', null],
    ['Bộ Tài chính cung cấp', 'provided', null],
    ['Bộ Tư pháp triển khai', 'provided', null],
    ['Văn phòng Chính phủ triển khai', 'provided', null],
    ['VPCP triển khai', 'provided', null],
    ['Dùng chung của Bộ', 'provided', null],
    ['Dùng chung', 'provided', null],
    ['dung chung cua tinh', 'provided', null],
    ['Sử dụng hệ thống dùng chung của tỉnh', 'provided', null],
    ['Hệ thống của Bộ', 'provided', null],
    ['Trung ương đầu tư', 'provided', null],
    ['TW đầu tư', 'provided', null],
    ['Trung ương triển khai', 'provided', null],
    ['Được cấp', 'provided', null],
    ['Được cung cấp', 'provided', null],
    ['Được chuyển giao', 'provided', null],
    ['Được bàn giao từ dự án', 'provided', null],
    ['Được hỗ trợ', 'provided', null],
    ['Tổng cục Thống kê cung cấp', 'provided', null],
    ['Cục Thuế cung cấp', 'provided', null],
    ['Kho bạc Nhà nước triển khai', 'provided', null],
    ['BHXH Việt Nam cung cấp', 'provided', null],
    ['Ngân hàng Nhà nước cung cấp', 'provided', null],
    ['Sở TTTT cung cấp', 'provided', null],
    ['Ngành dọc', 'provided', null],
    ['Cấp trên trang bị', 'provided', null],
    ['Được VNPT hỗ trợ triển khai', 'provided', 'VNPT'],
  ]);
});

describe('free', () => {
  check([
    ['Miễn phí', 'free', null],
    ['mien phi', 'free', null],
    ['MIỄN PHÍ', 'free', null],
    ['Được tài trợ', 'free', null],
    ['Doanh nghiệp tài trợ', 'free', null],
    ['Không mất phí', 'free', null],
    ['Không thu phí', 'free', null],
    ['Không phải trả tiền', 'free', null],
    ['Được tặng', 'free', null],
    ['VNPT hỗ trợ miễn phí', 'free', 'VNPT'],
    ['Viettel tài trợ', 'free', 'Viettel'],
    ['Được Bộ tài trợ miễn phí', 'free', null],
    ['Thuê miễn phí năm đầu', 'free', null],
    ['mienphi', 'free', null],
  ]);
});

describe('pilot', () => {
  check([
    ['Đang thử nghiệm', 'pilot', null],
    ['Thử nghiệm', 'pilot', null],
    ['dang thu nghiem', 'pilot', null],
    ['Thí điểm', 'pilot', null],
    ['thi diem', 'pilot', null],
    ['Dùng thử', 'pilot', null],
    ['Chạy thử', 'pilot', null],
    ['Vận hành thử', 'pilot', null],
    ['Đang dùng thử của VNPT', 'pilot', 'VNPT'],
    ['Thí điểm thuê dịch vụ', 'pilot', null],
    ['Thuê VNPT (đang thử nghiệm)', 'pilot', 'VNPT'],
    ['Thu nghiêm', 'pilot', null],
    ['thunghiem', 'pilot', null],
  ]);
});

describe('unknown', () => {
  check([
    ['', 'unknown', null],
    [' ', 'unknown', null],
    ['-', 'unknown', null],
    ['—', 'unknown', null],
    ['...', 'unknown', null],
    ['?', 'unknown', null],
    ['x', 'unknown', null],
    ['xyz', 'unknown', null],
    ['abc def', 'unknown', null],
    ['123', 'unknown', null],
    ['Chưa có', 'unknown', null],
    ['Chưa triển khai', 'unknown', null],
    ['Chưa đầu tư', 'unknown', null],
    ['Không', 'unknown', null],
    ['Khác', 'unknown', null],
    ['Đang xem xét', 'unknown', null],
    ['N/A', 'unknown', null],
    // Written with its tone mark, "thuế" is tax, never a lease.
    ['Thuế', 'unknown', null],
    ['THUẾ', 'unknown', null],
    ['Nộp thuế', 'unknown', null],
  ]);
  test.each([null, undefined])('%p → unknown with empty input', (text) => {
    expect(parseMode(text)).toEqual({ input: '', mode: 'unknown', vendor: null });
  });
});

describe('thuê and thuế', () => {
  test('"thuê" in decomposed Unicode (as some Word exports) is still a lease', () => {
    expect(parseMode('Thuê VNPT'.normalize('NFD')).mode).toBe('lease');
  });
  test('"thuế" in decomposed Unicode is still tax', () => {
    expect(parseMode('Thuế'.normalize('NFD')).mode).toBe('unknown');
  });
  test('bare "thue" (no tone marks typed) reads as the lease officers mean in this column', () => {
    expect(parseMode('thue').mode).toBe('lease');
  });
});

describe('modeToJSON', () => {
  test('prints the contract shape', () => {
    expect(modeToJSON(parseMode('Thuê dịch vụ (VNPT)'))).toEqual({ input: 'Thuê dịch vụ (VNPT)', mode: 'lease', vendor: 'VNPT' });
    expect(JSON.stringify(modeToJSON(parseMode('-')))).toBe('{"input":"-","mode":"unknown","vendor":null}');
  });
  test('input is the text as given, untrimmed', () => {
    expect(parseMode('  Thuê  ').input).toBe('  Thuê  ');
  });
});

describe('vendors', () => {
  test('every canonical name is found from itself', () => {
    for (const vendor of VENDORS) {
      const words = vendor.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      expect(findVendor(words)).toBe(vendor.name);
    }
  });
  test('short names need exact letters: "vnp", "fp" and "cm" are no vendor', () => {
    expect(findVendor('thue vnp')).toBeNull();
    expect(findVendor('fp')).toBeNull();
    expect(findVendor('cm')).toBeNull();
  });
  test('the first vendor named wins', () => {
    expect(findVendor('viettel va vnpt')).toBe('Viettel');
    expect(findVendor('vnpt va viettel')).toBe('VNPT');
  });
  test('withinOneEdit', () => {
    expect(withinOneEdit('viettel', 'vietel')).toBe(true);
    expect(withinOneEdit('viettel', 'vieltel')).toBe(true);
    expect(withinOneEdit('mobifone', 'mobifon')).toBe(true);
    expect(withinOneEdit('mobifone', 'mobiphone')).toBe(false);
    expect(withinOneEdit('abc', 'abc')).toBe(true);
    expect(withinOneEdit('abc', 'xyz')).toBe(false);
  });
});
