// The 63 → 34 grouping of 01/7/2025 (Nghị quyết 202/2025/QH15) and how names are matched.
// Expected values are the resolution's lists as the domain notes give them, typed by hand here
// (not derived from the data under test), so a slip in the data table fails.
import { findProvinceIn, matchProvince, province2025 } from '../../../src/core/units/match';
import { OLD_PROVINCES, PROVINCES_2025, PROVINCES_2025_SOURCE } from '../../../src/core/units/provinces';

describe('the data', () => {
  it('has 63 old units and 34 new ones, and cites its source', () => {
    expect(OLD_PROVINCES).toHaveLength(63);
    expect(PROVINCES_2025).toHaveLength(34);
    expect(PROVINCES_2025_SOURCE).toMatch(/202\/2025\/QH15/);
  });

  it('puts every old unit in exactly one new unit', () => {
    const seen = new Map<string, string>();
    for (const p of PROVINCES_2025) {
      for (const m of p.members) {
        expect(seen.has(m)).toBe(false);
        seen.set(m, p.name);
      }
    }
    expect([...seen.keys()].sort()).toEqual(OLD_PROVINCES.map((p) => p.name).sort());
  });

  it('keeps the 11 unchanged units alone (Thừa Thiên Huế as Huế)', () => {
    const alone = PROVINCES_2025.filter((p) => p.members.length === 1).map((p) => p.name).sort();
    expect(alone).toEqual(['Cao Bằng', 'Điện Biên', 'Hà Nội', 'Hà Tĩnh', 'Huế', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa'].sort());
  });

  it.each([
    ['Phú Thọ', ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']],
    ['Ninh Bình', ['Ninh Bình', 'Hà Nam', 'Nam Định']],
    ['Lâm Đồng', ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận']],
    ['TP Hồ Chí Minh', ['TP Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']],
    ['Cần Thơ', ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']],
    ['Vĩnh Long', ['Vĩnh Long', 'Bến Tre', 'Trà Vinh']],
    ['An Giang', ['An Giang', 'Kiên Giang']],
    ['Quảng Ngãi', ['Quảng Ngãi', 'Kon Tum']],
    ['Gia Lai', ['Gia Lai', 'Bình Định']],
    ['Đắk Lắk', ['Đắk Lắk', 'Phú Yên']],
  ])('%s ← %j', (name, members) => {
    expect(PROVINCES_2025.find((p) => p.name === name)?.members).toEqual(members);
  });
});

describe('matchProvince: a cell that names a unit', () => {
  it.each([
    ['TP. Đà Nẵng', 'Đà Nẵng'],
    ['Thành phố Hồ Chí Minh', 'TP Hồ Chí Minh'],
    ['TP.HCM', 'TP Hồ Chí Minh'],
    ['Tp Hồ Chí Minh', 'TP Hồ Chí Minh'],
    ['Bà Rịa-Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['BÀ RỊA – VŨNG TÀU', 'Bà Rịa - Vũng Tàu'],
    ['Thừa Thiên Huế', 'Thừa Thiên Huế'],
    ['Thừa Thiên - Huế', 'Thừa Thiên Huế'],
    ['Tỉnh Khánh Hoà', 'Khánh Hòa'],
    ['UBND TỈNH KHÁNH HÒA', 'Khánh Hòa'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['Đăk Nông', 'Đắk Nông'],
    ['Kontum', 'Kon Tum'],
    ['Bắc Cạn', 'Bắc Kạn'],
    ['Huế', 'Huế'],
    ['Thủ đô Hà Nội', 'Hà Nội'],
    ['  cà   mau ', 'Cà Mau'],
    ['Bắc Giang (cũ)', 'Bắc Giang'],
    ['Ha Noi', 'Hà Nội'],
  ])('%s → %s', (text, name) => {
    expect(matchProvince(text)).toBe(name);
  });

  it.each(['Sở Y tế', 'Huyện Cái Nước', 'Văn phòng UBND', '', 'Tỉnh', 'x'])('%j names no province', (text) => {
    expect(matchProvince(text)).toBeNull();
  });
});

describe('findProvinceIn: a title line that names the unit', () => {
  it.each([
    ['(Kèm theo Kế hoạch số 123/KH-UBND ngày 01/10/2020 của UBND tỉnh Khánh Hòa)', 'Khánh Hòa'],
    ['ỦY BAN NHÂN DÂN TỈNH AN GIANG', 'An Giang'],
    ['DANH MỤC DỰ ÁN TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021 - 2025', 'Bình Định'],
    ['Báo cáo của UBND thành phố Huế', 'Huế'],
  ])('%s → %s', (text, name) => {
    expect(findProvinceIn(text)).toBe(name);
  });

  it.each([
    'DANH MỤC CÁC DỰ ÁN, NHIỆM VỤ ỨNG DỤNG CNTT GIAI ĐOẠN 2021 - 2025',
    '(Kèm theo Kế hoạch số 123/KH-UBND ngày 01/10/2020 của UBND tỉnh)',
    'Người lập biểu: Nguyễn Thị Huệ',
    'Đơn vị tính: Triệu đồng',
  ])('%j names none', (text) => {
    expect(findProvinceIn(text)).toBeNull();
  });
});

describe('province2025', () => {
  it.each([
    ['Kiên Giang', 'An Giang'],
    ['An Giang', 'An Giang'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Huế', 'Huế'],
    ['Bà Rịa - Vũng Tàu', 'TP Hồ Chí Minh'],
    ['Bạc Liêu', 'Cà Mau'],
    ['Hà Giang', 'Tuyên Quang'],
  ])('%s → %s', (old, now) => {
    expect(province2025(old)?.name).toBe(now);
  });

  it('knows nothing of other names', () => {
    expect(province2025('Sở Y tế')).toBeNull();
  });
});
