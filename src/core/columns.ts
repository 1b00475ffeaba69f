// What one column of a header band holds, from its header's parts read top to bottom
// ("Dự kiến kinh phí thực hiện / Năm 2021", "Nguồn vốn / Trong đó / NSTW"). A column is named
// compositionally: a measure (total, allocated, disbursed, remaining), qualified by a year, a
// funding source or a spending type. Matching runs on folded text, so "THỜI GIAN", "Thời gian"
// and decomposed text pasted from PDF meet the same words.
import type { ColumnInfo, ColumnRole } from './model';
import { isPlausibleYear } from './period';
import { parseSources } from './sources';
import { fold, WORD_CHARS } from './text';
import { isTaxName } from './cost-lines';
import type { Period, SourceCode, SpendingType } from './types';

/** Longest header part read as a label; a longer text is a sentence (a data cell or a note). */
export const MAX_LABEL = 120;

const STT = /^(so thu tu|stt|tt|so tt|thu tu)\b/;
const TIME = /^(thoi gian|tien do|lo trinh|nam (thuc hien|trien khai|dau tu|bat dau|hoan thanh)|thoi han|thoi diem)/;
// The two ends of a time written in two columns: "Thời gian thực hiện / Bắt đầu | Hoàn thành",
// "Năm bắt đầu | Năm hoàn thành", "Thời gian / Từ | Đến".
const TIME_START = /^(?:(?:nam|thoi gian|ngay|thang) )?(?:bat dau|khoi cong|tu)$/;
const TIME_END = /^(?:(?:nam|thoi gian|ngay|thang) )?(?:hoan thanh|ket thuc|den)$/;
/** An end named with what it dates: "Ngày bắt đầu", not "Bắt đầu" alone. */
const DATED_EDGE = /^(?:nam|thoi gian|ngay|thang) /;
/** A label that opens with money words ("Kinh phí đầu tư/thuê", "Chi phí …"): money, whatever follows. */
const MONEY_LEAD = /^(tong )?(kinh phi|chi phi|so tien|gia tri|du toan)\b/;
/** The domestic capital of a public-investment form, as against "Vốn nước ngoài" (ODA). */
const DOMESTIC = /^(von |nguon von |kinh phi )?(trong nuoc|nsnn|ngan sach nha nuoc|ngan sach snkh|ngan sach su nghiep khoa hoc( va cong nghe)?|nsnn \(?snkh\)?)$/;
/**
 * Money under a source group whose budget level its name does not tell: a national target
 * programme's ("Vốn CTMTQG"), counterpart funds ("Vốn đối ứng"), a reserve or a carried balance.
 * A source column all the same (the row's words or the title may name the level; else 'Chưa rõ').
 */
const UNLEVELLED = /^(von |nguon )?(ctmtqg|chuong trinh mtqg|chuong trinh muc tieu quoc gia|von chuong trinh muc tieu|doi ung|ket du|du phong ngan sach|tang thu|cai cach tien luong)\b/;
/** The science budget (sự nghiệp khoa học): recurrent money. */
const SCIENCE_BUDGET = /\bsnkh\b|\bsu nghiep khoa hoc\b/;
/** A total under a group that names what it totals ("Ngân sách nhà nước / Tổng số"). */
const GROUP_TOTAL = /^(tong so|tong cong|tong|cong)$/;
const MODE = /(^hinh thuc( thuc hien| thue)?$|tu dau tu ?\/ ?thue|dau tu ?\/ ?thue|hinh thuc (dau tu|trien khai)|tu dau tu hay thue|phuong thuc (trien khai|dau tu)|dau tu hay thue)/;
const OWNER = /^((don vi|co quan) (chu tri|quan ly|thuc hien|de xuat|su dung|van hanh|phu trach)|chu dau tu|chu quan)/;
const PLACE = /^(dia phuong|tinh|tinh ?\/ ?(thanh pho|tp)|tinh, thanh pho|don vi bao cao|ten don vi|don vi|ten dia phuong|bo, nganh, dia phuong|huyen|xa)$/;
// "Kinh phí đã …" and never "Kinh phí đầu tư", which folds to the same letters up to "da".
const ALLOCATED = /(luy ke|da bo tri|da giao|da phan bo|da duoc bo tri|^bo tri (kinh phi|von)|^kinh phi da\b|^von da (bo tri|giao))/;
// Paid out: "Giải ngân", and in a budget's execution report "Đã thực hiện", "Kinh phí đã thực hiện", "Số đã chi",
// "Kinh phí đã sử dụng" (a bare "Đã sử dụng" may count years a device has been in use).
const DISBURSED = /giai ngan|^(kinh phi |von |so )?da (thuc hien|chi)\b|^(kinh phi|so|von) da su dung\b|^thuc chi\b/;
const REMAINING = /^(con lai|con thieu|chua bo tri|so von con lai|nhu cau (von |kinh phi )?con lai|kinh phi con lai|von con lai)/;
const AMOUNT = /(thanh tien|gia goi thau|tong muc dau tu|tong kinh phi|tong von|^tong so|^tong cong|^tong$|^cong$|kinh phi|du toan|tong chi phi|chi phi|so tien|gia tri|muc dau tu|^von dau tu|nhu cau (von|kinh phi)|ke hoach (von|giai doan|dau tu|trung han)|^tmdt\b|^tong\b|^kp\b|^(so|muc) von\b|^khv?\b(?: von\b)?(?=.*\d{4})|^von kh\b|^von (de nghi|de xuat|ke hoach|bo tri|phan bo|duoc giao|giao|du kien|can bo tri)\b|^(de nghi|du kien|nhu cau) bo tri\b|^so kiem tra\b|^muc ho tro\b|^ngan sach$)/;
// A detailed estimate's factors: "Số lượng × Đơn giá = Thành tiền", "Số người × Số ngày × Mức chi".
const QUANTITY = /^(so luong|khoi luong|so nguoi|so ngay|so buoi|so thang|so lan|so trang|so cong|so gio)\b/;
const UNIT_PRICE = /^(don gia|muc chi|gia don vi)\b/;
const NOT_MONEY = /(so luong|so nguoi|so may|so thiet bi|dien tich|bang thong|toc do|dung luong|ty le|\(%\)|%$)/;
const SOURCE_TEXT = /^(nguon von|nguon kinh phi|nguon ngan sach|nguon)\b/;
const SYSTEM = /^(ten )?(he thong|mo hinh|phan mem|nen tang|ung dung|co so du lieu)\b/;
const NAME = /^(ten|noi dung|danh muc|du an|nhiem vu|hang muc|cong trinh|khoan muc|chi tieu|cong viec|chuong trinh|de an|giai phap|cac (nhiem vu|du an|de an|hoat dong|giai phap|chuong trinh|cong viec))\b/;
// A name column whose words also name money ("Khoản mục chi phí", "Nội dung chi"): a name first.
const NAME_FIRST = /^(khoan muc|noi dung)\b/;
const NOTE = /^(cach tinh|dien giai|thuyet minh|can cu|ghi chu|dinh huong|hieu qua|hien trang|tinh trang|muc tieu|quy mo|ket qua|de xuat|kien nghi|mo ta)/;
const TYPE_DTPT = /^(von |kinh phi |kp |chi )?(dau tu phat trien|dtpt|dau tu|xdcb|chi dau tu( phat trien)?|von dau tu cong)$/;
const TYPE_CTX = /^(von |chi |kinh phi )?(thuong xuyen|ctx|su nghiep|sn|chi thuong xuyen|von su nghiep)$/;
// A group that makes its sub-columns funding sources ("Nguồn vốn" over "NSTW | NSĐP | Khác").
const SOURCE_GROUP = /(nguon|von|ngan sach)/;
/**
 * A header of shares in percent: "Cơ cấu nguồn vốn (%)", "Tỷ lệ (%)", "NSTW (%)". Not a money
 * column that states its share ("Ngân sách Trung ương (70%)").
 */
const SHARE_WORDS = /\b(co cau|ty le)\b|\(%\)/;
/** "Ước thực hiện giai đoạn 2021-2025", "Thực hiện 2021 - 2025", "ƯTH GĐ 2021-2025" (folded). */
const DONE_OVER_SPAN = /^(uoc thuc hien|uoc th|uth|thuc hien|th)\b.{0,30}\b\d{4} ?[-\u2013] ?\d{4}$/;
/**
 * What was done over a part of the year, or the whole year expected, in an execution report ("Thực
 * hiện 9 tháng", "Thực hiện 6 tháng đầu năm", "Thực hiện quý III", "Ước thực hiện cả năm", "Thực
 * hiện đến 30/9/2026"): a figure of its own, money.
 */
const DONE_IN_YEAR = /^(?:(?:uoc )?thuc hien|uoc th|uth|uoc)(?: (?:\d{1,2} thang(?: dau nam| cuoi nam)?|ca nam|quy (?:i{1,3}|iv|[1-4])|den (?:nay|het .{1,20}|ngay .{1,20}|\d.{0,20})))(?: (?:nam )?\d{4})?$/;
/** Words of what was done, not planned: "thực hiện", "giải ngân". */
const DONE = /\b(thuc hien|giai ngan)\b/;
// "Vốn ĐTPT", "Kinh phí CTX", "Vốn SN", "Kinh phí sự nghiệp" name the way too; "Vốn đầu tư" or
// "Kinh phí đầu tư" alone is how a total is headed.
const EXPLICIT_TYPE = /^(dtpt|ctx|chi |.*phat trien|.*thuong xuyen|(von|kinh phi|kp) (dtpt|ctx|sn|su nghiep)$)/;
// A source named on its own, without a "Nguồn vốn" group above: "Vốn NSTW", "NSĐP", "Ngân sách
// tỉnh", also after the money words and the way it is spent ("Kinh phí NSTW", "Kinh phí từ ngân
// sách tỉnh", "Nguồn vốn NSĐP", "Vốn đầu tư NSTW", "Kinh phí sự nghiệp NSĐP", "Vốn NS tỉnh", "TW hỗ
// trợ", "Vốn đối ứng địa phương").
const SOURCE_NAMED = /^(?:(?:von|nguon|nguon von|kinh phi|kp) )?(?:(?:su nghiep|dau tu(?: phat trien)?|chi thuong xuyen|thuong xuyen|doi ung) )?(?:(?:tu|nguon) )?(ns ?tw|ns ?dp|oda|(?:ngan sach|ns) (trung uong|tinh|huyen|xa|dia phuong|nha nuoc cap)|(?:tw|trung uong|tinh|dia phuong) ho tro|doi ung (?:ngan sach |ns )?(?:dia phuong|tinh|huyen)|von vay|xhh|xa hoi hoa|von khac|nguon khac|nuoc ngoai|vien tro)\b/;
/** "Trong đó:", "Chia ra:", "Bao gồm:" open a breakdown; the words are not part of the label. */
const BREAKDOWN = /^(trong do|chia ra|bao gom|gom|chi tiet)\s*:?\s*/;
const UNIT_NOTE = /\s*\((trieu dong|tr\.?d|ty dong|nghin dong|dong|don vi tinh[^)]*|dvt[^)]*)\)\s*$/;
// Words that make a group a money group: a year under them is that year's money ("Phân kỳ" over
// "Năm 2021 | Năm 2022": the phasing of the total over the years).
const MONEY_GROUP = /(kinh phi|von|ngan sach|du kien|du toan|ke hoach|nhu cau|de xuat|tien|chi phi|phan bo|phan ky|bo tri|giai ngan|dau tu|tong)/;

/** The year a part of a year names after it (YEAR_PART_LABEL): "Quý III/2026", "Quý 3 năm 2026", "Q3/2026". */
const PART_OF_YEAR = / ?(?:[/\-.] ?|nam )(\d{4})$/;
/** A group that schedules money ahead ("Tiến độ giải ngân", "Kế hoạch giải ngân", "Dự kiến kinh phí theo quý"). */
const SCHEDULE = /^((tien do|ke hoach|du kien) giai ngan|du kien (kinh phi|von)|ke hoach (von|kinh phi)|phan ky|kinh phi|von)\b/;
/** A schedule's group: "Tiến độ thực hiện", "Thời gian triển khai", "Lộ trình" ("tiến" is no money there); its years or quarters hold marks or money. */
export const SCHEDULE_GROUP = /\b(?:tien do|thoi gian|lo trinh)\b/;
/** What was done, not scheduled ("Đã giải ngân", "Thực hiện", "Lũy kế"). */
const PAST = /\bda\b|^(uoc )?thuc hien\b|luy ke/;

/** A group (folded) whose years are money: "Kinh phí thực hiện", "Phân kỳ đầu tư", "Dự toán". */
export function isMoneyGroup(label: string): boolean {
  return MONEY_GROUP.test(label);
}

// Money split by how it is spent: "Kinh phí đầu tư | Kinh phí thuê", "Kinh phí / Tự đầu tư |
// Thuê dịch vụ", "Tổng | Trong đó: Đầu tư | Thuê". Told apart from "Thuế" (tax) by its mark.
const LEASE_MONEY = /^(kinh phi |chi phi |von |gia tri |du toan |so tien |tien )?(di )?thue( |$)/;
const INVEST_MONEY = /^(kinh phi |chi phi |von |gia tri |du toan |so tien )?(tu )?(dau tu|mua sam)( moi| xay dung| mua sam| ?[,/] ?mua sam)?$/;
const TAX = /thu[ếẾ]/;
const TOTAL_INVESTMENT = /^(tong muc dau tu|tmdt)\b/;
// The plan after an adjustment, without "vốn" or "kinh phí" in its name: "Kế hoạch sau điều chỉnh",
// "KH năm 2026 sau điều chỉnh", "Kế hoạch điều chỉnh" (what the table now allocates).
const ADJUSTED_PLAN = /^(ke hoach|kh)\b(.*\bsau dieu chinh\b| (von )?dieu chinh\b(?! (tang|giam)\b))/;

/** A header part folded, without a unit note and without a "Trong đó:" lead. */
export function labelOf(text: string): string {
  return fold(text).replace(UNIT_NOTE, '').replace(BREAKDOWN, '').replace(/[:.]+$/, '').trim();
}

/**
 * The unit a time column counts in, when its header names one: "Thời gian thuê (năm)", "Thời gian
 * thực hiện (tháng)": its cells may be a length ("3", "36"), not a year. Null for any other header.
 */
export function durationUnit(info: Pick<ColumnInfo, 'header'>): 'nam' | 'thang' | 'ngay' | null {
  const m = /\((nam|thang|ngay)\)$/.exec(leafLabel(info));
  return m ? (m[1] as 'nam' | 'thang' | 'ngay') : null;
}

/** Which end of a time written in two columns a time column is, by its header's last part; null for neither. */
export function timeEdge(info: Pick<ColumnInfo, 'header'>): 'start' | 'end' | null {
  const leaf = leafLabel(info);
  return TIME_START.test(leaf) ? 'start' : TIME_END.test(leaf) ? 'end' : null;
}

// A phase by its years: "Giai đoạn 2026-2027", "GĐ 1 (2026-2027)", "Năm 2026-2027", "2026 - 2027".
const PHASE = /^(?:(?:giai doan|gd|nam|dot)(?: \d{1,2})? ?)?\(?(\d{4}) ?[-\u2013] ?(\d{4})\)?$/;

/** The years a phase column's label (labelOf) names, first and last; null for any other label. */
export function phaseSpan(label: string): { from: number; to: number } | null {
  const m = PHASE.exec(label);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return isPlausibleYear(from) && isPlausibleYear(to) && from < to && to - from < 10 ? { from, to } : null;
}

/**
 * What may follow a year in its header: a footnote mark ("Năm 2026*", "Năm 2026 (*)") or what the
 * figure is ("Năm 2026 (dự kiến)", "2026 (KH)", "Năm 2025 (ước thực hiện)").
 */
const YEAR_NOTE = /\s*(?:\*+|\(\*+\)|\((?:du kien|dk|ke hoach|kh|de xuat|uoc thuc hien|uoc th|uoc|uth|thuc hien|th)\))$/;
/** A note saying the year's figure is what was done, not planned. */
const DONE_NOTE = /\((?:uoc thuc hien|uoc th|uoc|uth|thuc hien|th)\)\*?$/;
/** A label with its year at the end, in brackets or after a dash: "Năm thứ nhất (2026)", "Năm 1 - 2026" (countedYear says the rest is a count). */
const YEAR_BESIDE = /^(.+?) ?(?:\((\d{4})\)|[-\u2013:] ?(\d{4}))$/;

const ORDINALS = ['nhat', 'hai', 'ba', 'tu', 'nam'];

/** Which year from the start a label counts ("Năm thứ nhất" 1, "Năm thứ 2" 2, "Năm 3" 3), up to the fifth; else null. */
export function countedYear(label: string): number | null {
  const m = /^nam (?:thu )?(nhat|hai|ba|tu|nam|[1-5])$/.exec(label);
  if (!m) return null;
  const word = m[1];
  const k = ORDINALS.indexOf(word);
  return k >= 0 ? k + 1 : Number(word);
}

/**
 * A year named from the budget year ("Năm N", "Dự kiến năm N+1", "Ước thực hiện năm N-1", the
 * three-year financial plan's form): the offset from N (0, 1, -1 …), up to five either way; else null.
 */
export function budgetYearOffset(label: string): number | null {
  const m = BUDGET_YEAR.exec(label);
  if (!m) return null;
  const k = m[2] === undefined ? 0 : Number(m[2]);
  return m[1] === '+' ? k : -k;
}

const BUDGET_YEAR = /^(?:(?:uoc thuc hien|thuc hien|uoc th|uoc|du toan|du kien|ke hoach|kh|nhu cau|so kiem tra)\s+)?nam n(?:\s*([+\-\u2013])\s*([1-5]))?$/;

/**
 * The budget year N of a band whose year columns are named from it ("Ước thực hiện năm N | Dự
 * kiến năm N+1 | N+2 | N+3") in a plan whose title states its period (2027-2029): the planned
 * columns, latest first, are the period's years, so N+1 is 2027 and N 2026. Only when the last
 * planned offsets run one by one over as many years as the period has; else null (read as before).
 */
export function budgetYearBase(infos: readonly Pick<ColumnInfo, 'header'>[], period: Period): number | null {
  const planned = new Set<number>();
  // Any line of a header may name the year ("Dự kiến năm N+1 / NSTW | NSĐP").
  for (const info of infos) {
    for (const part of info.header.split(' / ')) {
      const label = labelOf(part);
      const k = budgetYearOffset(label);
      // What was done or is expected ("Ước thực hiện năm N") is no year of the plan.
      const kind = k !== null ? figureKind(label) : null;
      if (k !== null && kind !== 'done' && kind !== 'expected') planned.add(k);
    }
  }
  const years = period.to - period.from + 1;
  const offsets = [...planned].sort((a, b) => a - b).slice(-years);
  if (offsets.length !== years || offsets.some((k, i) => i > 0 && k !== offsets[i - 1] + 1)) return null;
  return period.from - offsets[0];
}

/** "năm N", "năm N+1", "Năm N - 2" in a header, whole (not "năm N" of "năm N+1"), with no year in brackets after it already. */
const SAID_FROM_N = new RegExp(`(n[ăa]m\\s+N(?:\\s*([+\\-\u2013])\\s*([1-5]))?)(?![${WORD_CHARS}]|\\s*[+\\-\u2013]\\s*\\d|\\s*\\(\\d{4}\\))`, 'gi');

/**
 * "Dự kiến năm N+1" with N the budget year 2026: "Dự kiến năm N+1 (2027)", the year the header
 * means after it as officers often write it themselves (yearLabel reads it so); any other text as it is.
 */
export function withBudgetYear(text: string, base: number): string {
  return text.replace(SAID_FROM_N, (said: string, _: string, sign?: string, k?: string) =>
    `${said} (${base + (k === undefined ? 0 : sign === '+' ? Number(k) : -Number(k))})`);
}

/** The year a label names ("Năm 2021", "2021", "KH 2021", "Năm 2021 (triệu đồng)", "Năm 2026 (dự kiến)"), else null. */
export function yearLabel(label: string): number | null {
  const bare = label.replace(YEAR_NOTE, '').replace(YEAR_NOTE, '');
  const m = /^(?:(?:ke hoach|kh|du kien|uoc thuc hien|thuc hien|von|kinh phi)\s+)?(?:nam\s+)?(\d{4})$/.exec(bare);
  const beside = m ? null : YEAR_BESIDE.exec(bare);
  // "Năm thứ nhất (2026)", "Dự kiến năm N+1 (2027)": the count or the budget year's offset, then the year.
  const text = m ? m[1] : beside && (countedYear(beside[1]) !== null || budgetYearOffset(beside[1]) !== null) ? beside[2] ?? beside[3] : null;
  if (text === null) return null;
  const year = Number(text);
  return isPlausibleYear(year) ? year : null;
}

/**
 * A year column of what was done ("Thực hiện 2025", "Ước thực hiện năm 2025"), not of what is
 * planned: the label that names the year says so ("Dự kiến kinh phí thực hiện / Năm 2021" is a plan).
 */
export function isExecutionYear(info: ColumnInfo): boolean {
  return info.header.split(' / ').some((p) => {
    const label = labelOf(p);
    return (/^(uoc )?thuc hien\b/.test(label) || DONE_NOTE.test(label)) && yearLabel(label) !== null;
  });
}

/**
 * The one year an amount column is for, when its header ends in it: "Kế hoạch vốn năm 2026",
 * "Dự toán năm 2025", "Kinh phí thực hiện năm 2026", "KH vốn 2026". A year's capital plan lists
 * projects by their whole build time ("2024-2026") beside the money of that one year. Not a
 * cumulative figure or a span ("Lũy kế đến hết năm 2025", "giai đoạn 2026-2030"), nor a header
 * naming two years.
 */
function amountYear(labels: readonly string[]): number | null {
  const text = labels.join(' / ');
  if (/luy ke|den (het )?nam|tu nam|truoc nam|giai doan|\d{4}\s*[-\u2013]\s*\d{4}/.test(text)) return null;
  let year: number | null = null;
  for (const l of labels) {
    const m = /(?:^|\s)(?:nam|ke hoach|khv?|du toan|von|kinh phi|thuc hien)\s+(\d{4})$/.exec(l);
    if (!m || !isPlausibleYear(Number(m[1]))) continue;
    if (year !== null && year !== Number(m[1])) return null;
    year = Number(m[1]);
  }
  return year;
}

/** "Năm 2026 (NSTW)", "Năm 2026 - Vốn ĐTPT", "2027: NSĐP": a year, then a source or type beside it. */
const YEAR_THEN_WORDS = /^((?:nam )?\d{4}) ?(?:\(([^()]+)\)|[-\u2013:,] ?(.+))$/;

/**
 * One header line that names a year and then a source or type, as two lines would ("Năm 2026
 * (NSTW)" as "Năm 2026 / NSTW"): the year and the rest as two labels; any other line as it is.
 * Not a source then its year ("Vốn NSTW năm 2027", "NSTW 2027"): beside "Kế hoạch vốn năm 2027"
 * that is the source of the year's capital, and "Vốn NSTW đến hết năm 2026" is no year's money.
 */
function yearAndSource(label: string): string[] {
  if (!/\d{4}/.test(label) || yearLabel(label) !== null) return [label];
  const m = YEAR_THEN_WORDS.exec(label);
  if (!m || yearLabel(m[1]) === null) return [label];
  const rest = (m[2] ?? m[3]).trim();
  if (sourceLabel(rest) === null && !(typeLabel(rest) !== null && EXPLICIT_TYPE.test(rest))) return [label];
  return [m[1], rest];
}

function sourceLabel(label: string): { code: SourceCode; type: SpendingType | null } | null {
  if (label.length > 60) return null;
  // "Kinh phí NSTW" names whose money, not how it is spent: "kinh phí" alone is no type here.
  const parts = parseSources(label.replace(/^(kinh phi|kp) /, ''), () => null).parts;
  if (parts.length !== 1 || parts[0].code === 'Chưa rõ') return null;
  return { code: parts[0].code, type: parts[0].type };
}

function typeLabel(label: string): SpendingType | null {
  if (TYPE_DTPT.test(label)) return 'ĐTPT';
  if (TYPE_CTX.test(label)) return 'CTX';
  return null;
}

const MONEY_ROLES: ReadonlySet<ColumnRole> = new Set(['amount', 'year', 'source', 'type', 'invest', 'lease', 'allocated', 'disbursed', 'remaining']);

export function isMoneyRole(role: ColumnRole): boolean {
  return MONEY_ROLES.has(role);
}

/**
 * One column from its header parts (top to bottom, already cleaned). The leaf (last part) says
 * what the column is; the parts above it qualify it (a year, a source) or make it money.
 */
export function classifyColumn(col: number, parts: readonly string[]): ColumnInfo {
  const header = parts.join(' / ');
  const info: ColumnInfo = { col, role: 'other', header, year: null, source: null, type: null, money: false };
  const labels = parts.map(labelOf).filter((l) => l !== '').flatMap(yearAndSource);
  if (labels.length === 0) return info;
  const leaf = labels[labels.length - 1];
  const top = labels[0];
  const grouped = labels.length > 1;
  const context = labels.join(' / ');
  const set = (role: ColumnRole): ColumnInfo => {
    info.role = role;
    info.money = isMoneyRole(role);
    return info;
  };

  if (parts.some((p) => p.length > MAX_LABEL)) return info;
  // Identity columns name the whole column from the top: "STT" merged down over three rows.
  if (STT.test(top) && top.length <= 16) return set('stt');
  // "Bắt đầu | Hoàn thành" under "Thời gian"; "Ngày bắt đầu", "Ngày hoàn thành" on their own.
  if (TIME.test(leaf) || (!grouped && TIME.test(top)) || (timeEdge(info) !== null && (TIME.test(top) || DATED_EDGE.test(leaf)))) return set('time');
  // "Kinh phí đầu tư/thuê (đồng)" is the money of either way, not the way.
  if (MODE.test(context) && !MONEY_LEAD.test(leaf)) return set('mode');
  if (OWNER.test(leaf)) return set('owner');
  // "Nguồn vốn / Trung ương | Địa phương": under a source group "Địa phương" is local money, not a place.
  if (PLACE.test(leaf) && !labels.slice(0, -1).some((l) => SOURCE_GROUP.test(l))) return set('place');
  if (NAME_FIRST.test(leaf)) return set('name');
  if (QUANTITY.test(leaf)) return set('quantity');
  if (UNIT_PRICE.test(leaf)) return set('unitPrice');
  // "Cơ cấu nguồn vốn (%)" over "NSTW | NSĐP", "Tỷ lệ NSTW (%)": a source's share of the row's
  // amount, in percent. Not a rate of what was done ("Tỷ lệ giải ngân vốn NSTW (%)").
  if (SHARE_WORDS.test(context) && !labels.some((l) => DISBURSED.test(l) || ALLOCATED.test(l) || DONE.test(l))) {
    const s = sourceLabel(leaf);
    if (s) {
      info.source = s.code;
      info.type = s.type;
      return set('sourceShare');
    }
  }
  if (NOT_MONEY.test(context)) return info;

  // Qualifiers anywhere in the band: "Năm 2021 / NSTW", "Nguồn vốn / NSĐP / ĐTPT".
  const sourceGroup = labels.some((l) => SOURCE_GROUP.test(l));
  for (const l of labels) {
    const y = yearLabel(l);
    if (y !== null) {
      info.year = y;
      continue;
    }
    const s = info.source === null ? sourceLabel(l) : null;
    if (s && (SOURCE_NAMED.test(l) || (sourceGroup && l !== top))) {
      info.source = s.code;
      if (s.type) info.type = s.type;
      continue;
    }
    const t = typeLabel(l);
    if (t && (grouped || EXPLICIT_TYPE.test(l))) info.type = t;
  }
  const moneyContext = MONEY_GROUP.test(context);
  // "Phân kỳ đầu tư / Giai đoạn 2026-2027 | Giai đoạn 2028-2030": the money of a run of years,
  // checked as any money column (header.ts adds the phases up to the total, allocate.ts spreads
  // each over its years).
  const span = grouped && moneyContext && info.source === null && info.type === null ? phaseSpan(leaf) : null;
  if (span) {
    info.span = span;
    info.money = true;
    return info;
  }
  // "Phân kỳ / Năm thứ nhất | Năm thứ hai": years counted from the start, money; which years they
  // are the table's period tells (header.countedYears).
  // "Dự kiến năm N+1": a year named from the budget year, money; which year the title's period
  // tells (budgetYearBase, table.ts reads the band again with the years written in).
  if (info.source === null && info.type === null && info.year === null && budgetYearOffset(leaf) !== null) {
    info.money = true;
    return info;
  }
  if (grouped && moneyContext && info.source === null && info.type === null && countedYear(leaf) !== null) {
    info.money = true;
    return info;
  }
  // "Tiến độ giải ngân / Quý III/2026 | Quý IV/2026 | Quý I/2027": a schedule across years, each
  // quarter that year's money (a year's quarters add up as two columns of one year do).
  const quarter = grouped && info.source === null && info.type === null && YEAR_PART_LABEL.test(leaf) ? PART_OF_YEAR.exec(leaf) : null;
  // Under "Tiến độ thực hiện" marks ("x") make them the row's time instead (header.scheduleColumns).
  if (quarter && isPlausibleYear(Number(quarter[1])) && labels.slice(0, -1).some((l) => (SCHEDULE.test(l) || SCHEDULE_GROUP.test(l)) && !PAST.test(l))) {
    info.year = Number(quarter[1]);
    return set('year');
  }
  // "Lũy kế vốn đã giải ngân" is what was paid out, not what was allocated.
  if (labels.some((l) => DISBURSED.test(l))) return set('disbursed');
  if (labels.some((l) => ALLOCATED.test(l))) return set('allocated');
  if (REMAINING.test(leaf)) return set('remaining');
  if (info.year !== null && (moneyContext || !grouped || info.source !== null || info.type !== null)) return set('year');
  info.year = null;
  if (info.source !== null) return set('source');
  // "Vốn trong nước" beside "Vốn nước ngoài" (the public-investment forms), "NSNN" beside "Ngoài
  // NSNN": the state budget's part, a source column whose budget level the row's words or the title name.
  // So is its total under it ("Ngân sách nhà nước / Tổng số | Trong đó, khoán chi", the science
  // task estimate's form); its "Trong đó" beside is a part of it, not another source.
  const domestic = grouped && GROUP_TOTAL.test(leaf) ? labels[labels.length - 2] : leaf;
  if (DOMESTIC.test(domestic)) {
    if (SCIENCE_BUDGET.test(domestic)) info.type = 'CTX';
    return set('source');
  }
  if (grouped && sourceGroup && UNLEVELLED.test(leaf)) return set('source');
  if (info.type !== null && (grouped || EXPLICIT_TYPE.test(leaf))) return set('type');
  info.type = null;
  if (SOURCE_TEXT.test(leaf)) return set('sourceText');
  if (AMOUNT.test(leaf) || ADJUSTED_PLAN.test(leaf) || (grouped && AMOUNT.test(top) && /^(tong so|tong cong|cong|tong)$/.test(leaf))) {
    info.year = amountYear(labels);
    return set('amount');
  }
  if (SYSTEM.test(leaf)) return set('system');
  if (NAME.test(leaf)) return set('name');
  if (NOTE.test(leaf)) return set('note');
  // What was done over a past period beside the plan ("Ước thực hiện giai đoạn 2021-2025"), or in a
  // year ("Năm 2026 / Thực hiện"): a figure of its own, money checked under its sections.
  if (isDoneFigure(info)) info.money = true;
  return info;
}

/**
 * A figure of what was done beside the plan, by its last header line: over a past period ("Ước
 * thực hiện giai đoạn 2021-2025") or part of the year ("Thực hiện 9 tháng", "Ước thực hiện cả năm").
 */
export function isDoneFigure(info: Pick<ColumnInfo, 'header'>): boolean {
  const leaf = leafLabel(info);
  if (DONE_OVER_SPAN.test(leaf) || DONE_IN_YEAR.test(leaf)) return true;
  // "Năm 2026 / Kế hoạch | Thực hiện": what was done in the year its group names.
  return BARE_DONE.test(leaf) && info.header.split(' / ').slice(0, -1).some((g) => yearLabel(labelOf(g)) !== null);
}

/** What was done, said with no span: "Thực hiện", "Ước thực hiện", "Ước TH". */
const BARE_DONE = /^(?:(?:uoc )?thuc hien|uoc th|uth|th)$/;

/**
 * The way of spending a money column's header names: 'lease' for "Kinh phí thuê", "Thuê dịch
 * vụ" under a money group; 'invest' for "Kinh phí đầu tư", "Tự đầu tư", "Mua sắm"; else null.
 * header.ts makes them the parts of the row's money only when a lease column stands among them:
 * "Vốn đầu tư" alone is the table's amount, as it always was.
 */
export function spendingWayOf(info: ColumnInfo): 'invest' | 'lease' | null {
  if (info.year !== null || info.source !== null) return null;
  const parts = info.header.split(' / ');
  const leaf = parts[parts.length - 1];
  const label = labelOf(leaf);
  // "Trong đó" over them: a breakdown of the money beside it.
  const context = parts.map((p) => (BREAKDOWN.test(fold(p)) ? 'kinh phi' : labelOf(p))).join(' / ');
  if (LEASE_MONEY.test(label) && !TAX.test(leaf) && (MONEY_GROUP.test(context) || AMOUNT.test(label))) return 'lease';
  if (INVEST_MONEY.test(label) && (MONEY_GROUP.test(context) || AMOUNT.test(label))) return 'invest';
  return null;
}

/** The last line of a column's header, as labelOf reads it ("Nguồn vốn / NSTW" → "nstw"). */
export function leafLabel(info: Pick<ColumnInfo, 'header'>): string {
  return labelOf(info.header.split(' / ').pop() as string);
}

/** A header that says its figures are percentages: "(%)", "%", "Tỷ lệ" anywhere in it. */
export function saysPercent(info: Pick<ColumnInfo, 'header'>): boolean {
  return /\bty le\b|%/.test(fold(info.header));
}

/** A column of percentages ("Tỷ lệ giải ngân (%)", "Tỷ lệ", "%"): no money, a share of two money columns. */
export function isShareColumn(info: ColumnInfo): boolean {
  return !info.money && /\bty le\b|\(%\)|%$/.test(leafLabel(info));
}

/** What a share column names its share of: "giai ngan" in "Tỷ lệ giải ngân (%)"; '' for a bare "Tỷ lệ (%)". */
export function shareSubject(info: ColumnInfo): string {
  return leafLabel(info).replace(/\(%\)|%/g, '').replace(/\bty le\b/, '').trim();
}

/** A column said to be "of which" another ("Tổng kinh phí … / Trong đó: năm 2026"), by its whole header. */
export function saidOfWhich(info: ColumnInfo): boolean {
  return /\btrong do\b/.test(fold(info.header));
}

/**
 * What a year's figure is, by the words before its year: a plan or estimate ("Dự toán", "DT", "Kế
 * hoạch", "KH"), what is expected to be done ("Ước thực hiện", "ƯTH"), or what was done ("Thực
 * hiện", "TH"). Null for other words. `label` is folded ("uoc thuc hien nam 2026", "uth").
 */
export function figureKind(label: string): 'plan' | 'expected' | 'done' | null {
  if (/^(uoc|uth)\b/.test(label)) return 'expected';
  if (/^(thuc hien|th)\b/.test(label)) return 'done';
  if (/^(du toan|dt|ke hoach|kh)\b/.test(label)) return 'plan';
  return null;
}

/** figureKind of a column by its last header line. */
export function columnFigureKind(info: ColumnInfo): 'plan' | 'expected' | 'done' | null {
  return figureKind(leafLabel(info));
}

/**
 * The investment decision of each project ("Quyết định đầu tư / Số quyết định; ngày, tháng, năm ban
 * hành", "Số, ngày QĐ", "QĐ phê duyệt"): words, not money.
 */
export function isDecisionColumn(info: ColumnInfo): boolean {
  if (info.money || (info.role !== 'other' && info.role !== 'note')) return false;
  const leaf = leafLabel(info);
  return DECISION.test(leaf) || (/^so\b/.test(leaf) && DECISION.test(fold(info.header)));
}

const DECISION = /\b(quyet dinh|qd)\b/;

/** The remarks column ("Ghi chú"), among the note columns. */
export function isRemarks(info: ColumnInfo): boolean {
  return info.role === 'note' && /^ghi chu\b/.test(leafLabel(info));
}

/**
 * A project's total investment (TMĐT): its size, not what a year's plan spends. Also its total
 * under a group ("Quyết định đầu tư / TMĐT / Tổng số", the public-investment forms).
 */
export function isTotalInvestment(info: ColumnInfo): boolean {
  const labels = info.header.split(' / ').map(labelOf);
  const leaf = labels[labels.length - 1];
  return TOTAL_INVESTMENT.test(leaf) || (/^(tong so|tong cong|tong)$/.test(leaf) && labels.slice(0, -1).some((l) => TOTAL_INVESTMENT.test(l)));
}

/** Where among a table's money columns the projects' size (TMĐT) stands beside its own money ("Kế hoạch vốn năm 2026"), or -1. */
export function sizeIndex(table: { moneyColumns: readonly ColumnInfo[]; columns: { amount: number } }): number {
  return table.moneyColumns.findIndex((m) => m.col !== table.columns.amount && isTotalInvestment(m));
}

/**
 * The one year the amount column of a table is for ("Kế hoạch vốn năm 2026": its `year`, set by
 * classifyColumn), or null: read by the table's period, the allocation and the disbursed rule.
 */
export function amountColumnYear(table: { moneyColumns: readonly ColumnInfo[]; columns: { amount: number } }): number | null {
  return table.moneyColumns.find((m) => m.col === table.columns.amount)?.year ?? null;
}

/**
 * The span of years the amount column's header names ("Kế hoạch đầu tư công trung hạn giai đoạn
 * 2026-2030 / Tổng số", "Kinh phí giai đoạn 2026 - 2030"), or null: the money is that span's, not
 * of a project's build years before it. Not a cumulative figure ("Lũy kế đến hết năm 2025").
 */
export function amountColumnSpan(table: { moneyColumns: readonly ColumnInfo[]; columns: { amount: number } }): { from: number; to: number } | null {
  const info = table.moneyColumns.find((m) => m.col === table.columns.amount);
  if (!info) return null;
  const text = info.header.split(' / ').map(labelOf).join(' / ');
  if (/luy ke|den (het )?nam|truoc nam/.test(text)) return null;
  const m = /(?:giai doan|ke hoach|kh|trung han)\s+(\d{4})\s*[-\u2013]\s*(\d{4})\b/.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return isPlausibleYear(from) && isPlausibleYear(to) && from < to && to - from < 20 ? { from, to } : null;
}

/** A yearly figure ("Kinh phí thuê/năm", "Chi phí duy trì hằng năm", "Kinh phí thuê 01 năm"): beside a total, a rate, not the total. */
export function isYearlyRate(info: ColumnInfo): boolean {
  return /(?:\/ ?nam|\b(?:hang|moi|01|1|binh quan) nam)$/.test(leafLabel(info));
}

/** A total after tax ("Giá trị sau thuế", "Thành tiền sau thuế"): beside one before tax, the money paid. */
export function isAfterTax(info: ColumnInfo): boolean {
  return /\bsau thue\b/.test(leafLabel(info));
}

/** A total before tax ("Giá trị trước thuế", "Chi phí trước thuế"). */
export function isBeforeTax(info: ColumnInfo): boolean {
  return /\btruoc thue\b/.test(leafLabel(info));
}

/** The value-added tax ("Thuế GTGT", "Thuế VAT", "Thuế giá trị gia tăng", "VAT"). */
export function isTaxColumn(info: ColumnInfo): boolean {
  return isTaxName(leafLabel(info));
}

/** A figure after an adjustment ("Kế hoạch vốn năm 2026 sau điều chỉnh", "Kế hoạch điều chỉnh"). */
export function isAfterAdjustment(info: ColumnInfo): boolean {
  const label = leafLabel(info);
  return /\bsau dieu chinh\b/.test(label) || ADJUSTED_PLAN.test(label);
}

/**
 * A supplement given during the year, in a column of its own ("Bổ sung trong năm", "Dự toán bổ
 * sung", "Kinh phí bổ sung"): an increase, its figures without a sign (adjustmentWay 'up').
 */
export function isSupplement(info: ColumnInfo): boolean {
  return /^(du toan |kinh phi |so |von )?bo sung( trong nam| them)?$/.test(leafLabel(info));
}

/**
 * Which of a band's columns is a figure after a change: after an adjustment ("… sau điều chỉnh"),
 * or, beside a supplement, the total it came to ("Tổng dự toán được giao", "Dự toán sau bổ sung",
 * "Tổng số" / "Tổng cộng" under the same year). "Tổng …" alone is no figure after anything.
 */
export function afterChange(infos: readonly ColumnInfo[]): (info: ColumnInfo) => boolean {
  const supplemented = infos.some(isSupplement);
  return (info) => isAfterAdjustment(info) || (supplemented && /\bsau bo sung\b|^tong (du toan|kinh phi|so|cong)\b/.test(leafLabel(info)));
}

/** The figure before it ("… đã giao", "… trước điều chỉnh", "… đã bố trí", "Dự toán đầu năm"). */
export function isBeforeAdjustment(info: ColumnInfo): boolean {
  return /\b(da giao|duoc giao|truoc dieu chinh|da bo tri|dau nam)\b/.test(leafLabel(info));
}

/**
 * A part of one year's money, in a column of its own under that year: "Quý I" … "Quý IV", "6
 * tháng đầu năm", "Tháng 1". Beside the year's total ("Kinh phí năm 2026 / Tổng số") the parts
 * split it; they are not years of their own.
 */
export function isYearPart(info: ColumnInfo): boolean {
  return YEAR_PART_LABEL.test(leafLabel(info));
}

/** A folded label naming a part of a year: "quy i", "quy 1/2026", "q3", "6 thang dau nam", "thang 12". */
export const YEAR_PART_LABEL = /^(quy (i|ii|iii|iv|[1-4])|q[1-4]|6 thang (dau|cuoi)|thang (1[0-2]|0?[1-9]))\b/;

/** An increase or a decrease in a column of its own ("Điều chỉnh / Tăng | Giảm", "Điều chỉnh tăng"): figures without a sign. */
export function adjustmentWay(info: ColumnInfo): 'up' | 'down' | null {
  const label = leafLabel(info);
  const adjusting = /\bdieu chinh\b/.test(fold(info.header));
  const way = /^(?:dieu chinh |so )?(tang|giam)(?: \([+-]\))?$/.exec(label);
  if (way && adjusting) return way[1] === 'tang' ? 'up' : 'down';
  return isSupplement(info) ? 'up' : null;
}

/** A column of differences between the two figures left of it ("Chênh lệch", "Chênh lệch (+/-)", "Số chênh lệch"). */
export function isDifference(info: ColumnInfo): boolean {
  return /^(so )?chenh lech\b/.test(leafLabel(info));
}

/**
 * The adjustment itself, one signed column ("Điều chỉnh tăng (+), giảm (-)", "Số điều chỉnh",
 * "Tăng (+)/Giảm (-)"); not a column of increases or of decreases alone, whose figures have no sign.
 */
export function isAdjustment(info: ColumnInfo): boolean {
  const label = leafLabel(info);
  if (/\bsau dieu chinh\b|^ke hoach\b/.test(label)) return false;
  return /\btang\b.*\bgiam\b/.test(label) || /^(so )?dieu chinh$/.test(label);
}
