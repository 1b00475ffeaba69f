// Vietnam's provinces and centrally-run cities, as data: the 63 that existed until 30/6/2025 and
// the 34 formed from them on 01/7/2025. Surveys before the merger (the national survey of 2024)
// name the 63; reports after it name the 34, so a consolidation must be able to regroup.
//
// Source of the 2025 grouping: Nghị quyết 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp
// xếp đơn vị hành chính cấp tỉnh (in force 01/7/2025): 11 units unchanged, 23 formed by merging.
// The member lists below are the resolution's, as the project's domain notes transcribe them.

/** Where the grouping comes from, as reports and the JSON cite it. */
export const PROVINCES_2025_SOURCE = 'Nghị quyết 202/2025/QH15 ngày 12/6/2025 của Quốc hội (hiệu lực 01/7/2025)';

export interface OldProvince {
  /** The name as officers write it (display name). */
  name: string;
  /**
   * Other ways it is written, beyond what folding already covers (diacritics, case, "TP.",
   * "Tỉnh", hyphens): old spellings, abbreviations, words run together.
   */
  aliases: readonly string[];
}

/** The 63 provinces and cities before 01/7/2025. */
export const OLD_PROVINCES: readonly OldProvince[] = [
  { name: 'An Giang', aliases: [] },
  { name: 'Bà Rịa - Vũng Tàu', aliases: ['BR-VT', 'BRVT', 'Bà Rịa Vũng Tàu'] },
  { name: 'Bắc Giang', aliases: [] },
  { name: 'Bắc Kạn', aliases: ['Bắc Cạn'] },
  { name: 'Bạc Liêu', aliases: [] },
  { name: 'Bắc Ninh', aliases: [] },
  { name: 'Bến Tre', aliases: [] },
  { name: 'Bình Định', aliases: [] },
  { name: 'Bình Dương', aliases: [] },
  { name: 'Bình Phước', aliases: [] },
  { name: 'Bình Thuận', aliases: [] },
  { name: 'Cà Mau', aliases: [] },
  { name: 'Cần Thơ', aliases: [] },
  { name: 'Cao Bằng', aliases: [] },
  { name: 'Đà Nẵng', aliases: [] },
  { name: 'Đắk Lắk', aliases: ['Đắc Lắc', 'Đăk Lăk', 'Dak Lak'] },
  { name: 'Đắk Nông', aliases: ['Đắc Nông', 'Đăk Nông'] },
  { name: 'Điện Biên', aliases: [] },
  { name: 'Đồng Nai', aliases: [] },
  { name: 'Đồng Tháp', aliases: [] },
  { name: 'Gia Lai', aliases: [] },
  { name: 'Hà Giang', aliases: [] },
  { name: 'Hà Nam', aliases: [] },
  { name: 'Hà Nội', aliases: [] },
  { name: 'Hà Tĩnh', aliases: [] },
  { name: 'Hải Dương', aliases: [] },
  { name: 'Hải Phòng', aliases: [] },
  { name: 'Hậu Giang', aliases: [] },
  { name: 'Hòa Bình', aliases: [] },
  { name: 'Hưng Yên', aliases: [] },
  { name: 'Khánh Hòa', aliases: [] },
  { name: 'Kiên Giang', aliases: [] },
  { name: 'Kon Tum', aliases: ['Kontum'] },
  { name: 'Lai Châu', aliases: [] },
  { name: 'Lâm Đồng', aliases: [] },
  { name: 'Lạng Sơn', aliases: [] },
  { name: 'Lào Cai', aliases: [] },
  { name: 'Long An', aliases: [] },
  { name: 'Nam Định', aliases: [] },
  { name: 'Nghệ An', aliases: [] },
  { name: 'Ninh Bình', aliases: [] },
  { name: 'Ninh Thuận', aliases: [] },
  { name: 'Phú Thọ', aliases: [] },
  { name: 'Phú Yên', aliases: [] },
  { name: 'Quảng Bình', aliases: [] },
  { name: 'Quảng Nam', aliases: [] },
  { name: 'Quảng Ngãi', aliases: [] },
  { name: 'Quảng Ninh', aliases: [] },
  { name: 'Quảng Trị', aliases: [] },
  { name: 'Sóc Trăng', aliases: [] },
  { name: 'Sơn La', aliases: [] },
  { name: 'Tây Ninh', aliases: [] },
  { name: 'Thái Bình', aliases: [] },
  { name: 'Thái Nguyên', aliases: [] },
  { name: 'Thanh Hóa', aliases: [] },
  { name: 'Thừa Thiên Huế', aliases: ['Thừa Thiên - Huế', 'TT Huế', 'TT-Huế', 'T.T.Huế'] },
  { name: 'Tiền Giang', aliases: [] },
  { name: 'TP Hồ Chí Minh', aliases: ['Hồ Chí Minh', 'HCM', 'TPHCM', 'TP.HCM'] },
  { name: 'Trà Vinh', aliases: [] },
  { name: 'Tuyên Quang', aliases: [] },
  { name: 'Vĩnh Long', aliases: [] },
  { name: 'Vĩnh Phúc', aliases: [] },
  { name: 'Yên Bái', aliases: [] },
];

export interface NewProvince {
  /** The name of the unit formed on 01/7/2025. */
  name: string;
  /** The old units it was formed from (OLD_PROVINCES names), the one whose name it keeps first. */
  members: readonly string[];
}

/** The 34 provinces and cities from 01/7/2025 (Nghị quyết 202/2025/QH15). */
export const PROVINCES_2025: readonly NewProvince[] = [
  // Unchanged.
  { name: 'Hà Nội', members: ['Hà Nội'] },
  { name: 'Huế', members: ['Thừa Thiên Huế'] },
  { name: 'Lai Châu', members: ['Lai Châu'] },
  { name: 'Điện Biên', members: ['Điện Biên'] },
  { name: 'Sơn La', members: ['Sơn La'] },
  { name: 'Lạng Sơn', members: ['Lạng Sơn'] },
  { name: 'Quảng Ninh', members: ['Quảng Ninh'] },
  { name: 'Thanh Hóa', members: ['Thanh Hóa'] },
  { name: 'Nghệ An', members: ['Nghệ An'] },
  { name: 'Hà Tĩnh', members: ['Hà Tĩnh'] },
  { name: 'Cao Bằng', members: ['Cao Bằng'] },
  // Merged.
  { name: 'Tuyên Quang', members: ['Tuyên Quang', 'Hà Giang'] },
  { name: 'Lào Cai', members: ['Lào Cai', 'Yên Bái'] },
  { name: 'Thái Nguyên', members: ['Thái Nguyên', 'Bắc Kạn'] },
  { name: 'Phú Thọ', members: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'] },
  { name: 'Bắc Ninh', members: ['Bắc Ninh', 'Bắc Giang'] },
  { name: 'Hưng Yên', members: ['Hưng Yên', 'Thái Bình'] },
  { name: 'Hải Phòng', members: ['Hải Phòng', 'Hải Dương'] },
  { name: 'Ninh Bình', members: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
  { name: 'Quảng Trị', members: ['Quảng Trị', 'Quảng Bình'] },
  { name: 'Đà Nẵng', members: ['Đà Nẵng', 'Quảng Nam'] },
  { name: 'Quảng Ngãi', members: ['Quảng Ngãi', 'Kon Tum'] },
  { name: 'Gia Lai', members: ['Gia Lai', 'Bình Định'] },
  { name: 'Khánh Hòa', members: ['Khánh Hòa', 'Ninh Thuận'] },
  { name: 'Lâm Đồng', members: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
  { name: 'Đắk Lắk', members: ['Đắk Lắk', 'Phú Yên'] },
  { name: 'TP Hồ Chí Minh', members: ['TP Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'] },
  { name: 'Đồng Nai', members: ['Đồng Nai', 'Bình Phước'] },
  { name: 'Tây Ninh', members: ['Tây Ninh', 'Long An'] },
  { name: 'Cần Thơ', members: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
  { name: 'Vĩnh Long', members: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
  { name: 'Đồng Tháp', members: ['Đồng Tháp', 'Tiền Giang'] },
  { name: 'Cà Mau', members: ['Cà Mau', 'Bạc Liêu'] },
  { name: 'An Giang', members: ['An Giang', 'Kiên Giang'] },
];
