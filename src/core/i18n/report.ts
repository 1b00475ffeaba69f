// The words of `ngansach check`'s text report (src/cli/report.ts): the table line, the severities,
// the counts and the totals' headings, Vietnamese first and English second.
import type { Decimal } from '../decimal';
import type { RatesWithoutYears } from '../model';
import type { Lang, Severity } from '../types';
import { formatMoney } from './index';

export const reportText = {
  vi: {
    table: 'Bảng', unit: 'đơn vị', period: 'giai đoạn', noPeriod: 'không rõ giai đoạn', items: 'mục',
    findings: 'Phát hiện', none: 'không có phát hiện nào',
    sev: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as Record<Severity, string>,
    counts: (e: number, w: number, i: number) => `${e} lỗi, ${w} cảnh báo, ${i} thông tin`,
    more: (n: number) => `… và ${n} phát hiện khác (xem đủ bằng --json hoặc --out)`,
    bySource: 'Tổng theo nguồn vốn', byType: 'Tổng theo loại chi', byYear: 'Tổng theo năm',
    year: 'Năm', sum: 'Cộng', noYear: 'không rõ năm',
    total: 'Tổng cộng các mục', stated: 'ghi trong bảng', diff: 'chênh lệch', rounded: 'làm tròn',
    wrote: (f: string, s: string) => `Đã ghi ${f} (thêm các trang ${s}).`,
  },
  en: {
    table: 'Table', unit: 'unit', period: 'period', noPeriod: 'period unknown', items: 'items',
    findings: 'Findings', none: 'no findings',
    sev: { error: 'Error', warning: 'Warning', info: 'Info' } as Record<Severity, string>,
    counts: countsEn,
    more: (n: number) => `… and ${n} more findings (see all with --json or --out)`,
    bySource: 'Totals by funding source', byType: 'Totals by spending type', byYear: 'Totals by year',
    year: 'Year', sum: 'Total', noYear: 'year not known',
    total: 'Grand total of items', stated: 'stated in the table', diff: 'difference', rounded: 'rounded',
    wrote: (f: string, s: string) => `Wrote ${f} (added sheets ${s}).`,
  },
};

/** "1 error, 2 warnings, 0 info": the English counts of findings, one or many. */
export function countsEn(e: number, w: number, i: number): string {
  return `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`;
}

const RATES = {
  vi: { lead: 'Chưa cộng vào tổng (không rõ số năm)', year: '/năm', month: '/tháng', and: ' và ' },
  en: { lead: 'Not in the total (years not known)', year: ' a year', month: ' a month', and: ' and ' },
};

/**
 * The money a year or a month that no year takes (summary `ratesWithoutYears`), as one line for
 * the report, "NS Tổng hợp" and the pane: "Chưa cộng vào tổng (không rõ số năm): 1.700 triệu
 * đồng/năm (E5, E7)".
 */
export function ratesLine(lang: Lang, rates: RatesWithoutYears, unit: string): string {
  const W = RATES[lang];
  const said: string[] = [];
  const add = (v: Decimal | null, per: string): void => {
    if (v) said.push(`${formatMoney(lang, v, unit)}${per}`);
  };
  add(rates.year, W.year);
  add(rates.month, W.month);
  const cells = rates.cells.length > 6 ? `${rates.cells.slice(0, 6).join(', ')}, …` : rates.cells.join(', ');
  return `${W.lead}: ${said.join(W.and)} (${cells})`;
}
