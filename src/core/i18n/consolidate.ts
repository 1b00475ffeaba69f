// Texts of `ngansach consolidate`: its one-line errors (both languages on one line, as the CLI's
// other errors, because they can come before --lang is read), the email report's words and the
// result sheets' labels, Vietnamese first. Amounts arrive already formatted (formatAmount).
import { countsEn } from './report';
import type { SystemCode } from '../systems';
import type { Lang, Mode } from '../types';

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export const CONSOLIDATE_TEXT = {
  usage: 'ngansach consolidate FILE... [--json] [--out OUT.xlsx] [--provinces 2025] [--unit "triệu đồng"] [--lang vi|en] [--jobs N]',
  missingFiles: () => `thiếu tệp / missing the workbooks: ${CONSOLIDATE_TEXT.usage}`,
  badProvinces: (v: string) => `--provinces "${v}": chỉ có 2025 (34 tỉnh, thành phố từ 01/7/2025) / only 2025 is known`,
  badJobs: (v: string) => `--jobs "${v}": cần một số từ 1 đến 64 / needs a whole number from 1 to 64`,
  noMatch: (pattern: string) => `${pattern}: không có tệp .xlsx nào khớp / no .xlsx file matches`,
  emptyFolder: (dir: string) => `${dir}: thư mục không có tệp .xlsx / the folder holds no .xlsx file`,
  noUsableFile: (n: number) => `không dùng được tệp nào trong ${n} tệp / none of the ${n} files could be used (lý do từng tệp ở trên / reasons above)`,
  noTable: (file: string) => `${baseName(file)}: không tìm thấy bảng ngân sách / no budget table found: the header needs columns like ` +
    `'Số thứ tự', 'Tên dự án/nhiệm vụ', 'Tổng mức đầu tư'`,
  listedTwice: (file: string) => `${baseName(file)}: tệp được nêu hai lần, chỉ tổng hợp một lần / listed twice, consolidated once`,
  internal: (file: string, why: string) => `${baseName(file)}: lỗi nội bộ / internal error: ${why} (please report this with the input file)`,
  workerLost: (file: string, why: string) => `${baseName(file)}: luồng đọc tệp dừng bất thường / the reading thread stopped: ${why}`,
  /** After the first few cells a duplicate names: how many more there are. */
  moreCells: { vi: (n: number) => ` và ${n} chỗ khác`, en: (n: number) => ` and ${n} more` } as Record<Lang, (n: number) => string>,
  skipped: (reason: string) => `ngansach consolidate: bỏ qua / skipped: ${reason}`,
};

/** How each invest/lease mode reads in a sentence and in a column header. */
export const MODE_WORDS: Record<Lang, Record<Mode, string>> = {
  vi: { invest: 'tự đầu tư', lease: 'thuê', mixed: 'kết hợp', provided: 'được cấp, dùng chung', free: 'miễn phí', pilot: 'thử nghiệm', unknown: 'chưa rõ' },
  en: { invest: 'invest', lease: 'lease', mixed: 'mixed', provided: 'provided', free: 'free', pilot: 'pilot', unknown: 'unknown' },
};

/** "6 tự đầu tư, 1 thuê, 4 chưa rõ": the modes a system's units run it in, those with any. */
export function modeCounts(lang: Lang, byMode: Readonly<Record<Mode, number>>, modes: readonly Mode[]): string {
  return modes.filter((m) => byMode[m] > 0).map((m) => `${byMode[m]} ${MODE_WORDS[lang][m]}`).join(', ');
}

export const SYSTEM_WORDS: Record<Lang, Record<SystemCode, string>> = {
  vi: {
    IOC: 'IOC (điều hành thông minh)', SOC: 'SOC (giám sát an toàn thông tin)', LGSP: 'LGSP (tích hợp, chia sẻ dữ liệu)',
    TTHC: 'Giải quyết TTHC', 'VBĐH': 'Quản lý văn bản và điều hành', 'HỌP': 'Họp trực tuyến', 'BÁO CÁO': 'Thông tin báo cáo', 'Khác': 'Hệ thống khác',
  },
  en: {
    IOC: 'IOC (intelligent operations)', SOC: 'SOC (security operations)', LGSP: 'LGSP (data sharing platform)',
    TTHC: 'Administrative procedures', 'VBĐH': 'Document management', 'HỌP': 'Online meetings', 'BÁO CÁO': 'Reporting', 'Khác': 'Other systems',
  },
};

export interface ReportWords {
  head: (files: number, used: number, skipped: number) => string;
  moneyUnit: (unit: string) => string;
  provinces: (source: string) => string;
  unmatched: (names: string) => string;
  skippedTitle: string;
  byUnit: (unit: string) => string;
  unit: string;
  total: string;
  sum: string;
  members: (names: string) => string;
  missingMembers: (names: string) => string;
  byType: (unit: string) => string;
  byYear: (unit: string) => string;
  year: string;
  noYear: string;
  systemsTitle: string;
  systemLine: (system: string, units: number, modes: string) => string;
  vendors: string;
  money: (unit: string) => string;
  duplicatesTitle: (n: number) => string;
  findingsTitle: (e: number, w: number, i: number) => string;
  fileCounts: (e: number, w: number, i: number) => string;
  sev: { error: string; warning: string; info: string };
  more: (n: number) => string;
  wrote: (file: string, sheets: number) => string;
}

export const REPORT_WORDS: Record<Lang, ReportWords> = {
  vi: {
    head: (n, used, skipped) => `${n} tệp: ${used} tệp dùng được${skipped ? `, ${skipped} tệp bỏ qua` : ''}`,
    moneyUnit: (u) => `Mọi số tiền đã đổi về ${u}.`,
    provinces: (s) => `Gộp theo 34 tỉnh, thành phố theo ${s}.`,
    unmatched: (names) => `Không khớp tên tỉnh, thành phố nào, giữ nguyên: ${names}.`,
    skippedTitle: 'Tệp bỏ qua:',
    byUnit: (u) => `Tổng hợp theo đơn vị và nguồn vốn (${u}):`,
    unit: 'Đơn vị', total: 'Tổng cộng', sum: 'Cộng',
    members: (names) => `gồm ${names}`,
    missingMembers: (names) => `chưa có số liệu của ${names}`,
    byType: (u) => `Theo loại chi (${u}):`,
    byYear: (u) => `Theo năm và nguồn vốn (${u}):`,
    year: 'Năm', noYear: 'không rõ năm',
    systemsTitle: 'Hệ thống (số đơn vị triển khai, theo hình thức):',
    systemLine: (s, n, modes) => `${s}: ${n} đơn vị${modes ? ` — ${modes}` : ''}`,
    vendors: 'nhà cung cấp',
    money: (u) => `kinh phí (${u})`,
    duplicatesTitle: (n) => `Dự án trùng (cùng tên, cùng số tiền): ${n}`,
    findingsTitle: (e, w, i) => `Phát hiện: ${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    fileCounts: (e, w, i) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    sev: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
    more: (n) => `… và ${n} lỗi khác (xem đủ bằng --json hoặc --out)`,
    wrote: (f, n) => `Đã ghi ${f} (${n} trang: "NS Tổng hợp", "NS Hệ thống" và một trang cho mỗi đơn vị).`,
  },
  en: {
    head: (n, used, skipped) => `${n} files: ${used} used${skipped ? `, ${skipped} skipped` : ''}`,
    moneyUnit: (u) => `Every amount converted to ${u}.`,
    provinces: (s) => `Grouped into the 34 provinces and cities of ${s}.`,
    unmatched: (names) => `Not matched to any province, kept as they are: ${names}.`,
    skippedTitle: 'Files skipped:',
    byUnit: (u) => `Totals by unit and funding source (${u}):`,
    unit: 'Unit', total: 'Total', sum: 'Total',
    members: (names) => `formed from ${names}`,
    missingMembers: (names) => `no data from ${names}`,
    byType: (u) => `By spending type (${u}):`,
    byYear: (u) => `By year and funding source (${u}):`,
    year: 'Year', noYear: 'year not known',
    systemsTitle: 'Systems (units running each, by mode):',
    systemLine: (s, n, modes) => `${s}: ${n} unit${n === 1 ? '' : 's'}${modes ? ` — ${modes}` : ''}`,
    vendors: 'vendors',
    money: (u) => `money (${u})`,
    duplicatesTitle: (n) => `Projects submitted twice (same name, same amount): ${n}`,
    findingsTitle: (e, w, i) => `Findings: ${countsEn(e, w, i)}`,
    fileCounts: (e, w, i) => countsEn(e, w, i),
    sev: { error: 'Error', warning: 'Warning', info: 'Info' },
    more: (n) => `… and ${n} more errors (see all with --json or --out)`,
    wrote: (f, n) => `Wrote ${f} (${n} sheets: "NS Tổng hợp", "NS Hệ thống" and one per unit).`,
  },
};

export interface SheetWords {
  unitTitle: (unit: string, files: number, moneyUnit: string) => string;
  unitHint: string;
  unitHeaders: { stt: string; name: string; member: string; system: string; mode: string; vendor: string; source: string; type: string; total: string; noYear: string; origin: string };
  summaryTitle: (moneyUnit: string) => string;
  summaryHint: string;
  byUnitTitle: string;
  unit: string;
  total: string;
  typeUnknown: string;
  members: string;
  byUnitYearTitle: string;
  source: string;
  sum: string;
  systemsTitle: string;
  systemsHint: string;
  byModeTitle: string;
  system: string;
  units: string;
  byVendorTitle: string;
  moneyTitle: (moneyUnit: string) => string;
  listTitle: string;
  listHeaders: { unit: string; system: string; mode: string; vendor: string; money: string; count: string };
}

export const SHEET_WORDS: Record<Lang, SheetWords> = {
  vi: {
    unitTitle: (u, n, m) => `Đơn vị: ${u} — số liệu từ ${n} tệp — đơn vị tính: ${m}`,
    unitHint: 'Mỗi dòng là một phần (theo nguồn vốn) của một dòng trong tệp gốc; cột cuối ghi tệp, trang và ô gốc.',
    unitHeaders: {
      stt: 'STT', name: 'Tên dự án, nhiệm vụ, hệ thống', member: 'Đơn vị gốc', system: 'Hệ thống', mode: 'Hình thức', vendor: 'Nhà cung cấp',
      source: 'Nguồn vốn', type: 'Loại chi', total: 'Tổng', noYear: 'Không rõ năm', origin: 'Ô gốc (tệp › trang!ô)',
    },
    summaryTitle: (m) => `Tổng hợp ngân sách nhiều đơn vị — đơn vị tính: ${m}`,
    summaryHint: 'Mỗi số là công thức SUMIFS trên trang của từng đơn vị; bấm vào ô để xem.',
    byUnitTitle: 'Theo đơn vị, nguồn vốn và loại chi', unit: 'Đơn vị', total: 'Tổng cộng', typeUnknown: 'Loại chi chưa rõ', members: 'Gồm',
    byUnitYearTitle: 'Theo đơn vị, nguồn vốn và năm', source: 'Nguồn vốn', sum: 'Cộng',
    systemsTitle: 'Hệ thống: số đơn vị triển khai theo hình thức',
    systemsHint: 'Số đơn vị là công thức COUNTIFS trên danh sách đơn vị × hệ thống ở cuối trang; kinh phí là SUMIFS trên trang của từng đơn vị.',
    byModeTitle: 'Số đơn vị theo hình thức', system: 'Hệ thống', units: 'Số đơn vị', byVendorTitle: 'Số đơn vị theo nhà cung cấp',
    moneyTitle: (m) => `Kinh phí theo hình thức (${m})`,
    listTitle: 'Danh sách đơn vị × hệ thống',
    listHeaders: { unit: 'Đơn vị', system: 'Hệ thống', mode: 'Hình thức', vendor: 'Nhà cung cấp', money: 'Kinh phí', count: 'Đếm' },
  },
  en: {
    unitTitle: (u, n, m) => `Unit: ${u} — data from ${n} files — amounts in ${m}`,
    unitHint: 'Each row is one part (by funding source) of a row of the source file; the last column names the file, sheet and cell.',
    unitHeaders: {
      stt: 'No.', name: 'Project, task or system', member: 'Unit as named', system: 'System', mode: 'Mode', vendor: 'Vendor',
      source: 'Source', type: 'Type', total: 'Total', noYear: 'Year not known', origin: 'Source cell (file › sheet!cell)',
    },
    summaryTitle: (m) => `Budget of many units — amounts in ${m}`,
    summaryHint: 'Every figure is a SUMIFS formula over the units’ sheets; click a cell to see it.',
    byUnitTitle: 'By unit, funding source and spending type', unit: 'Unit', total: 'Total', typeUnknown: 'Type not known', members: 'Formed from',
    byUnitYearTitle: 'By unit, funding source and year', source: 'Source', sum: 'Total',
    systemsTitle: 'Systems: units running each, by mode',
    systemsHint: 'Counts are COUNTIFS formulas over the unit × system list at the bottom; money is SUMIFS over the units’ sheets.',
    byModeTitle: 'Units by mode', system: 'System', units: 'Units', byVendorTitle: 'Units by vendor',
    moneyTitle: (m) => `Money by mode (${m})`,
    listTitle: 'Unit × system list',
    listHeaders: { unit: 'Unit', system: 'System', mode: 'Mode', vendor: 'Vendor', money: 'Money', count: 'Count' },
  },
};
