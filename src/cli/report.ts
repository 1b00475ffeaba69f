// The human report of `ngansach check`: for a terminal and for pasting into an email, so plain
// text, lines under 100 characters, amounts written the way the reader's language writes them
// (35.388,5 in Vietnamese), and the findings that matter most first.
import type { Decimal } from '../core/decimal';
import { ZERO } from '../core/decimal';
import { formatAmount } from '../core/i18n';
import { ruleSetLine } from '../core/i18n/rules';
import { findingCounts } from '../core/json';
import type { CheckedTable, CheckResult } from '../core/model';
import { periodText } from '../core/period';
import { roundedTotal } from '../core/section-totals';
import type { Finding, Lang, Severity, SourceCode, SpendingType } from '../core/types';
import { ratesLine, reportText } from '../core/i18n/report';

const WIDTH = 98;
/** A table with thousands of findings is read in the result sheet or JSON, not the terminal. */
export const MAX_FINDINGS_SHOWN = 200;

const SOURCES: SourceCode[] = ['NSTW', 'NSĐP', 'ODA', 'Khác', 'Chưa rõ'];
const TYPES: (SpendingType | 'Chưa rõ')[] = ['ĐTPT', 'CTX', 'Chưa rõ'];
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Word-wraps `text` to WIDTH, continuation lines indented by `indent` spaces. */
export function wrap(text: string, firstPrefix: string, indent: number): string[] {
  const lines: string[] = [];
  let line = firstPrefix;
  const pad = ' '.repeat(indent);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const atStart = line.trim() === '' || line === firstPrefix;
    if (!atStart && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = pad + word;
    } else {
      line += (atStart && (line.endsWith(' ') || line === '') ? '' : ' ') + word;
    }
  }
  lines.push(line);
  return lines;
}

function padLeft(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}
function padRight(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0));
}

function tableReport(table: CheckedTable, n: number, lang: Lang): string[] {
  const L = reportText[lang];
  const fmt = (d: Decimal) => formatAmount(lang, d);
  const out: string[] = [];
  const items = table.rows.filter((r) => r.kind === 'item').length;
  const period = table.period ? `${L.period} ${periodText(table.period)}` : L.noPeriod;
  out.push(...wrap(`${L.table} ${n}: ${table.sheet}!${table.range} · ${L.unit}: ${table.unit} · ${period} · ${items} ${L.items}`, '', 2));
  if (table.law) out.push(...wrap(ruleSetLine(table.law.choice, lang), '  ', 4));

  const c = findingCounts(table.findings);
  out.push(`  ${L.findings}: ${table.findings.length ? L.counts(c.error, c.warning, c.info) : L.none}`);
  const sorted = sortFindings(table.findings);
  for (const f of sorted.slice(0, MAX_FINDINGS_SHOWN)) {
    const head = `    ${padRight(L.sev[f.severity], 9)} ${padRight(f.cell ?? (f.row !== null ? String(f.row) : '—'), 6)} ${f.code}`;
    out.push(head);
    out.push(...wrap(f.message, '      ', 6));
  }
  if (sorted.length > MAX_FINDINGS_SHOWN) out.push(`    ${L.more(sorted.length - MAX_FINDINGS_SHOWN)}`);
  out.push('');

  const s = table.summary;
  const unit = ` (${table.unit})`;
  const list = (title: string, entries: [string, Decimal][]): void => {
    const shown = entries.filter(([, v]) => !v.isZero());
    out.push(`  ${title}${unit}:`);
    if (shown.length === 0) out.push(`    —`);
    const w = Math.max(...shown.map(([, v]) => fmt(v).length), 1);
    for (const [k, v] of shown) out.push(`    ${padRight(k, 10)} ${padLeft(fmt(v), w)}`);
  };
  list(L.bySource, SOURCES.map((code) => [code, s.bySource[code] ?? ZERO]));
  list(L.byType, TYPES.map((k) => [k, s.byType[k] ?? ZERO]));

  // By year: a year × source table with only the sources that have money, so it stays narrow.
  const years = [...s.byYear.keys()].sort((a, b) => a - b);
  out.push(`  ${L.byYear}${unit}:`);
  if (years.length === 0) out.push('    —');
  else {
    const cols = SOURCES.filter((code) => years.some((y) => !(s.byYearSource.get(y)?.[code] ?? ZERO).isZero()));
    const cells = years.map((y) => [String(y), ...cols.map((code) => fmt(s.byYearSource.get(y)?.[code] ?? ZERO)), fmt(s.byYear.get(y) as Decimal)]);
    const header = [L.year, ...cols, L.sum];
    const widths = header.map((h, k) => Math.max(h.length, ...cells.map((row) => row[k].length)));
    out.push('    ' + header.map((h, k) => (k === 0 ? padRight(h, widths[k]) : padLeft(h, widths[k]))).join('  '));
    for (const row of cells) out.push('    ' + row.map((v, k) => (k === 0 ? padRight(v, widths[k]) : padLeft(v, widths[k]))).join('  '));
    let yearsSum = ZERO;
    for (const y of years) yearsSum = yearsSum.plus(s.byYear.get(y) as Decimal);
    const rest = s.total.minus(yearsSum);
    if (!rest.isZero()) out.push(`    ${L.noYear}: ${fmt(rest)}`);
  }

  let total = `  ${L.total}: ${fmt(s.total)}`;
  if (s.statedTotal) {
    total += ` (${L.stated}: ${fmt(s.statedTotal)}`;
    const diff = s.statedTotal.minus(s.total);
    total += diff.isZero() ? ')' : `, ${roundedTotal(table) ? L.rounded : L.diff}: ${fmt(diff)})`;
  }
  out.push(total);
  if (s.ratesWithoutYears) out.push(...wrap(ratesLine(lang, s.ratesWithoutYears, table.unit), '  ', 4));
  return out;
}

export interface ReportOptions {
  /** The --out file written, with the sheets added. */
  wrote?: { file: string; sheets: readonly string[] };
}

/** The whole report, ending with a newline. */
export function formatReport(result: CheckResult, lang: Lang, options: ReportOptions = {}): string {
  const lines: string[] = [`ngansach check — ${result.file}`, ''];
  result.tables.forEach((t, i) => {
    lines.push(...tableReport(t, i + 1, lang), '');
  });
  if (options.wrote) lines.push(reportText[lang].wrote(options.wrote.file, options.wrote.sheets.map((s) => `"${s}"`).join(', ')));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}
