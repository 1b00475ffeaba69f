// The task pane's "Tổng hợp nhiều tệp" tab: the words of its own controls. Headings and lines
// it shares with `ngansach consolidate` (by unit, by year, systems, duplicates, files skipped)
// come from REPORT_WORDS in consolidate.ts, so the pane and the CLI say the same thing.
import type { Lang } from '../types';

export interface ConsolidatePaneTexts {
  /** Short, and not containing the "Tổng hợp" tab's name, so each tab is found by its own name. */
  tab: string;
  title: string;
  intro: string;
  pick: string;
  provinces: string;
  needFiles: string;
  noUsable: string;
  files: string;
  fileLine: (file: string, unit: string) => string;
  noFindings: string;
  moreFindings: (n: number) => string;
  writeSheets: string;
  written: (sheets: number) => string;
}

export const consolidatePaneTexts: Record<Lang, ConsolidatePaneTexts> = {
  vi: {
    tab: 'Nhiều tệp',
    title: 'Tổng hợp nhiều tệp',
    intro: 'Chọn các tệp Excel các đơn vị gửi về: mỗi tệp được kiểm tra như nút Kiểm tra, rồi cộng lại theo đơn vị, nguồn vốn và năm.',
    pick: 'Chọn tệp .xlsx…',
    provinces: 'Gộp theo 34 tỉnh, thành phố (từ 01/7/2025)',
    needFiles: 'Chưa chọn tệp nào.',
    noUsable: 'Không dùng được tệp nào (lý do từng tệp ở dưới).',
    files: 'Từng tệp',
    fileLine: (file, unit) => `${file} — ${unit}`,
    noFindings: 'không có phát hiện',
    moreFindings: (n) => `… và ${n} phát hiện khác (ghi sổ tính để xem đủ)`,
    writeSheets: 'Ghi vào sổ tính (NS Tổng hợp, NS Hệ thống, NS ĐV …)',
    written: (n) => `Đã ghi ${n} trang: các trang NS ĐV của từng đơn vị, NS Hệ thống và NS Tổng hợp.`,
  },
  en: {
    tab: 'Many files',
    title: 'Consolidate many files',
    intro: 'Pick the Excel files the units sent back: each is checked as the Check button does, then added up by unit, funding source and year.',
    pick: 'Pick .xlsx files…',
    provinces: 'Group into the 34 provinces and cities (from 1 July 2025)',
    needFiles: 'No file picked yet.',
    noUsable: 'None of the files could be used (each one\'s reason is below).',
    files: 'Each file',
    fileLine: (file, unit) => `${file} — ${unit}`,
    noFindings: 'no findings',
    moreFindings: (n) => `… and ${n} more findings (write the sheets to see them all)`,
    writeSheets: 'Write into the workbook (NS Tổng hợp, NS Hệ thống, NS ĐV …)',
    written: (n) => `Wrote ${n} sheets: an NS ĐV sheet per unit, NS Hệ thống and NS Tổng hợp.`,
  },
};
