// A plan of many tasks (a province's or a ministry's yearly or five-year plan), told from what a
// table's titles and columns say it is not: the estimate of one task or project (its outline, its
// detailed estimate with quantities and unit prices, a purchase, its total investment), or a
// report on what was done or paid out. What is asked of a plan (the security share, a source for
// the whole table) is not asked of these.
import { leafLabel } from './columns';
import type { Table } from './model';
import { romanValue } from './stt';
import { fold } from './text';

const ONE_UNDERTAKING = /de cuong|du toan chi tiet|tong muc dau tu|kinh te -? ?ky thuat|du toan (kinh phi )?(thuc hien )?(nhiem vu|du an|mua sam|thue|goi thau|hang muc|trien khai|nang cap|xay dung|phat trien|thiet lap|mo rong|duy tri|van hanh|bao tri)|ke hoach trien khai (thuc hien )?du an|tien do (thuc hien|giai ngan) (cua )?du an/;
// The packages of a project already decided, put out to bidding ("Kế hoạch lựa chọn nhà thầu").
const PROCUREMENT = /lua chon nha thau|\bkhlcnt\b/;
// Rows that are the cost items of one undertaking ("Khoản mục chi phí": "Chi phí thiết bị", "Chi phí
// quản lý dự án"; "Nội dung các khoản chi" of a science task: "Chi công lao động", "Chi khác").
const COST_ITEMS = /^(khoan muc|noi dung (cac )?khoan chi|cac khoan chi)\b/;
const REPORT = /bao cao (tinh hinh|ket qua)|tinh hinh (giai ngan|thuc hien)/;

// A row naming another table of the plan: "Phụ lục I: Hạ tầng", "PL II", "Biểu 02", "Bảng 3".
const APPENDIX = /^(phu luc|pl|bieu( mau)?( so)?|bang|mau( so)?)\s*[:.\-–]?\s*([ivxlc]+|\d{1,3}[a-z]?)\b/;
/** An appendix named in brackets at the end of a text, after "chi tiết tại", "theo", "xem" or nothing. */
const REFERENCE = /\((?:(?:chi tiet|xem|theo|tai|kem theo)\s+)*((?:phu luc|pl|bieu|mau)[^()]{0,12})\)\s*$/;

// A names column of units: "Tên cơ quan, đơn vị", "Tên đơn vị", "Sở, ban, ngành".
const UNITS_NAMED = /^(ten )?(co quan,? )?(don vi|co quan)$|^(ten )?so,? (ban,? )?nganh$/;

/**
 * The rows name tasks or systems: not a summary whose rows are the sources ("Ngân sách tỉnh |
 * 10.000"), nor one whose rows are the plan's appendices ("Phụ lục I: Hạ tầng | 5.000"), whose
 * tasks, sources and security spending are in those appendices, nor one whose rows are the units
 * that sent their plans ("Tên cơ quan, đơn vị | Sở Y tế | 3.000"), whose tasks are in those plans.
 */
export function rowsAreTasks(table: Pick<Table, 'columns' | 'rows' | 'columnInfo'>): boolean {
  const c = table.columns;
  if (!((c.name !== null && c.name !== c.source) || c.system !== null)) return false;
  const names = table.columnInfo.find((i) => i.col === c.name);
  if (c.system === null && names && UNITS_NAMED.test(leafLabel(names))) return false;
  let items = 0;
  for (const r of table.rows) {
    if (r.kind !== 'item') continue;
    if (appendixKey(r.name) === null) return true;
    items++;
  }
  return items === 0;
}

/**
 * The appendix a text names at its start ("Phụ lục I: Hạ tầng", "PL 2", "Biểu 02", a sheet "PL I")
 * or in brackets at its end ("Kế hoạch ứng dụng CNTT (Phụ lục I)"),
 * as one key for the same appendix however it is written ("phu luc 1" for "Phụ lục I", "PL 01",
 * "PL1"), or null.
 */
export function appendixKey(text: string): string | null {
  const folded = fold(text).trim();
  // Or at its end, in brackets: "Kế hoạch ứng dụng CNTT (Phụ lục I)", "… (chi tiết tại Phụ lục II)".
  const m = APPENDIX.exec(folded) ?? APPENDIX.exec(REFERENCE.exec(folded)?.[1] ?? '');
  if (!m) return null;
  const word = m[1] === 'pl' ? 'phu luc' : m[1].startsWith('bieu') || m[1].startsWith('mau') ? 'bieu' : m[1];
  const label = m[5];
  const roman = /^[ivxlc]+$/.test(label) ? romanValue(label.toUpperCase()) : null;
  if (roman === null && !/^\d/.test(label)) return null;
  return `${word} ${roman ?? label.replace(/^0+(?=\d)/, '')}`;
}

// A column of the budget's classification codes (Mục lục NSNN: "Mã số" 6900, "Tiểu mục" 6912): the
// rows are kinds of expense ("Chi phí thuê mướn"), not tasks.
const CLASSIFICATION = /^(ma so|ma muc|muc|tieu muc|ma tieu muc|ma chuong|ma loai,? khoan|loai,? khoan|ma nganh)$/;

/** A budget laid out by its classification ("Nội dung | Mã số | Dự toán năm 2027"), with no time column: no plan of tasks. */
function byClassification(table: Pick<Table, 'columnInfo' | 'columns'>): boolean {
  return table.columns.time === null && table.columnInfo.some((c) => !c.money && CLASSIFICATION.test(fold(c.header.split(' / ').pop() as string).trim()));
}

/** The rows are the cost items of one undertaking, as its names column says ("Khoản mục chi phí", "Nội dung các khoản chi"). */
export function rowsAreCostItems(table: Pick<Table, 'columnInfo'>): boolean {
  return table.columnInfo.some((c) => c.role === 'name' && COST_ITEMS.test(fold(c.header)));
}

/**
 * The rows are one undertaking's expenses: cost items by their column's name, or "Nội dung chi"
 * under a title of one undertaking ("Dự toán kinh phí nhiệm vụ …"), where a plan's tasks would
 * be named the same way only under a plan's title.
 */
export function rowsAreExpenses(table: Pick<Table, 'columnInfo' | 'titles'>): boolean {
  if (rowsAreCostItems(table)) return true;
  return ONE_UNDERTAKING.test(fold(table.titles.join(' '))) && table.columnInfo.some((c) => c.role === 'name' && /^noi dung chi\b/.test(fold(c.header)));
}

export function isPlanOfMany(table: Pick<Table, 'titles' | 'columnInfo' | 'columns' | 'rows'>): boolean {
  if (!rowsAreTasks(table) || byClassification(table)) return false;
  const titles = fold(table.titles.join(' '));
  return !table.columnInfo.some((c) => c.role === 'unitPrice') && !rowsAreCostItems(table) &&
    !ONE_UNDERTAKING.test(titles) && !isReport(table.titles) && !isProcurementPlan(table.titles);
}

/** A contractor selection plan ("Kế hoạch lựa chọn nhà thầu dự án …"): its rows are the packages of a decided project. */
export function isProcurementPlan(titles: readonly string[]): boolean {
  return PROCUREMENT.test(fold(titles.join(' ')));
}

/**
 * A report of what was done or disbursed ("Báo cáo tình hình giải ngân …"), or of the state of
 * things that calls itself no budget ("Biểu tổng hợp hiện trạng các hệ thống …"): it lists what
 * exists or happened, not what is to be funded or procured.
 */
export function isReport(titles: readonly string[]): boolean {
  const folded = fold(titles.join(' '));
  return REPORT.test(folded) || (STATE.test(folded) && !BUDGET.test(folded));
}

// What a budget for a year is called ("Tổng hợp dự toán kinh phí … năm 2027", "Kế hoạch vốn …",
// "Phân bổ kinh phí …"), and what a survey or a report is: the year of the one is when the money is
// spent, of the other when the state was taken.
const BUDGET = /\b(du toan|ke hoach|de xuat|phan bo|giao von|giao du toan)\b/;
// A summary of what units ask for ("Tổng hợp nhu cầu kinh phí … năm 2027"): the year's money too.
const NEEDS = /\b(nhu cau (kinh phi|von|dau tu)|du kien (kinh phi|von))\b/;
// "Báo cáo tình hình thực hiện dự toán … năm 2026": a report on the year's budget, that year's money.
const EXECUTION = /\bthuc hien (du toan|ke hoach)\b/;
const STATE = /\b(khao sat|hien trang|thuc trang|bao cao|danh gia)\b/;

/** The titles call the table a budget or plan, not a survey or a report (a table by unit, "Đơn vị | Kinh phí"). */
export function titledBudget(titles: readonly string[]): boolean {
  const folded = fold(titles.join(' '));
  return (BUDGET.test(folded) || NEEDS.test(folded)) && (!STATE.test(folded) || EXECUTION.test(folded));
}
