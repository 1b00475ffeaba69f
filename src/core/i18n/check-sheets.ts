// Texts of the check's result sheets ("NS Kiểm tra", "NS Tổng hợp", "NS Dữ liệu"), Vietnamese
// first, English second. The sheet names themselves are fixed (sheets/names.ts).
import type { Lang, Severity } from '../types';

/**
 * "NS Dữ liệu": the column headers. `lead` are the columns before the years, in the order of
 * DATA_COL (… Loại chi, Cộng); then one column per year, the column of money with no known year,
 * and `tail` (the link to the user's row, the note).
 */
export const DATA_HEADERS: Record<Lang, { lead: string[]; year: (y: number) => string; noYear: string; tail: string[] }> = {
  vi: {
    lead: ['Bảng', 'Trang tính', 'Dòng', 'STT', 'Tên dự án/nhiệm vụ', 'Nguồn vốn', 'Loại chi', 'Cộng'],
    year: (y) => `Năm ${y}`,
    noYear: 'Chưa rõ năm',
    tail: ['Ô gốc', 'Ghi chú'],
  },
  en: {
    lead: ['Table', 'Sheet', 'Row', 'No.', 'Project/task', 'Source', 'Type', 'Total'],
    year: (y) => `Year ${y}`,
    noYear: 'Year not known',
    tail: ['Source cell', 'Note'],
  },
};

/** "NS Dữ liệu": why a piece is a constant or a computed share, for its note. */
export const DATA_NOTES: Record<Lang, { text: (cellText: string) => string; split: (cellText: string) => string; proportional: string }> = {
  vi: {
    text: (t) => `Đọc từ chữ trong ô: "${t}"`,
    split: (t) => `Chia theo nguồn vốn (ô ghi "${t}")`,
    proportional: 'Số của năm chia cho các nguồn theo tỷ lệ nguồn vốn của dòng (bảng không ghi năm × nguồn)',
  },
  en: {
    text: (t) => `Read from the cell text: "${t}"`,
    split: (t) => `Shared among sources (cell says "${t}")`,
    proportional: 'The year\'s money shared among the row\'s sources in proportion (the table has no year × source cells)',
  },
};

/** "NS Tổng hợp": its labels. */
export interface SummaryLabels {
  title: string;
  hint: (dataSheet: string) => string;
  table: string;
  unit: string;
  period: string;
  bySource: string;
  byType: string;
  byYear: string;
  matrix: string;
  amount: string;
  year: string;
  sum: string;
  noYear: string;
  computed: string;
  stated: string;
  noStated: string;
  /** A grand-total line that states no total of the table (a year's money, or nothing). */
  notTotal: (row: number) => string;
  statedFromText: string;
  difference: string;
  proportional: (rows: number) => string;
}

export const SUMMARY_LABELS: Record<Lang, SummaryLabels> = {
  vi: {
    title: 'Tổng hợp ngân sách',
    hint: (data) => `Mỗi số là công thức trên trang "${data}" (một dòng cho mỗi mục × nguồn vốn × loại chi, một cột cho mỗi năm); bấm vào ô để xem.`,
    table: 'Bảng', unit: 'đơn vị', period: 'giai đoạn',
    bySource: 'Theo nguồn vốn', byType: 'Theo loại chi', byYear: 'Theo năm', matrix: 'Theo năm và nguồn vốn',
    amount: 'Số tiền', year: 'Năm', sum: 'Cộng', noYear: 'Không rõ năm',
    computed: 'Tổng cộng các mục (tính lại)', stated: 'Tổng cộng ghi trong bảng',
    noStated: 'không có dòng tổng cộng', notTotal: (row) => `dòng tổng cộng (dòng ${row}) không ghi một số tổng của bảng (để trống, không đọc được, hoặc có tiền tính theo năm)`, statedFromText: 'đọc từ chữ trong ô',
    difference: 'Chênh lệch (ghi trong bảng − tính lại)',
    proportional: (n) => `${n} dòng ghi tiền theo năm và theo nguồn ở các cột riêng, không có ô năm × nguồn: số của mỗi năm được chia cho các nguồn theo tỷ lệ nguồn vốn của dòng (phần lẻ cho nguồn cuối).`,
  },
  en: {
    title: 'Budget summary',
    hint: (data) => `Every figure is a formula over the "${data}" sheet (one row per item × source × spending type, one column per year); click a cell to see it.`,
    table: 'Table', unit: 'unit', period: 'period',
    bySource: 'By funding source', byType: 'By spending type', byYear: 'By year', matrix: 'By year and source',
    amount: 'Amount', year: 'Year', sum: 'Total', noYear: 'Year not known',
    computed: 'Grand total of items (recomputed)', stated: 'Grand total stated in the table',
    noStated: 'no grand-total row', notTotal: (row) => `the grand-total line (row ${row}) states no total of the table (empty, unreadable, or holding money a year)`, statedFromText: 'read from the cell text',
    difference: 'Difference (stated − recomputed)',
    proportional: (n) => `${n} rows state money by year and by source in separate columns, with no year × source cells: each year's money was shared among the row's sources in proportion to them (the remainder to the last source).`,
  },
};

/** "NS Kiểm tra": severities as words. */
export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** "NS Kiểm tra": title, the line when there is nothing to report, column headers. */
export const FINDINGS_TEXT: Record<Lang, { title: string; none: string; headers: string[] }> = {
  vi: {
    title: 'Kết quả kiểm tra',
    none: 'Không có phát hiện nào.',
    headers: ['Mức độ', 'Mã', 'Ô', 'Nội dung', 'Đúng ra', 'Thực tế', 'Gợi ý', 'Ô liên quan', 'Bảng'],
  },
  en: {
    title: 'Check results',
    none: 'No findings.',
    headers: ['Severity', 'Code', 'Cell', 'Finding', 'Expected', 'Actual', 'Suggestion', 'Related cells', 'Table'],
  },
};
