// The report of `ngansach consolidate`, fit to paste into an email: what was used and skipped,
// totals by unit and source, by type and by year, the systems counted as a ministry's summary
// words them ("IOC: 52 đơn vị — 19 tự đầu tư, 23 thuê"), projects submitted twice, and each
// file's findings (errors listed, the rest counted). Plain text, lines under 100 characters.
import type { ConsolidationResult, FileSummary } from '../core/consolidate';
import type { Decimal } from '../core/decimal';
import { ZERO } from '../core/decimal';
import { formatAmount } from '../core/i18n';
import { MODE_WORDS, modeCounts, REPORT_WORDS, SYSTEM_WORDS } from '../core/i18n/consolidate';
import { SOURCE_CODES, TYPE_KEYS } from '../core/source-codes';
import { SYSTEM_CODES } from '../core/systems';
import { PROVINCES_2025_SOURCE } from '../core/units/provinces';
import type { Lang } from '../core/types';
import { MODES } from '../core/consolidate/systems';
import { ratesLine } from '../core/i18n/report';
import { wrap } from './report';

/** Errors listed in the terminal; the rest are in --json and --out. */
export const MAX_ERRORS_SHOWN = 200;
const NAME_WIDTH = 26;

const padLeft = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const padRight = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** Rows of cells as aligned columns: the first left, the others right. */
function columns(rows: string[][], indent = '  '): string[] {
  const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => r[k].length)));
  return rows.map((r) => indent + r.map((c, k) => (k === 0 ? padRight(c, widths[k]) : padLeft(c, widths[k]))).join('  ').trimEnd());
}

function fileLabel(f: FileSummary): string {
  return f.unit ? `${f.file} (${f.unit})` : f.file;
}

export interface ConsolidateReportOptions {
  wrote?: { file: string; sheets: number };
}

export function formatConsolidateReport(r: ConsolidationResult, lang: Lang, options: ConsolidateReportOptions = {}): string {
  const L = REPORT_WORDS[lang];
  const fmt = (d: Decimal) => formatAmount(lang, d);
  const unit = r.unitOfMoney;
  const used = r.files.filter((f) => f.reason === null);
  const skipped = r.files.filter((f) => f.reason !== null);
  const out: string[] = [`ngansach consolidate — ${L.head(r.files.length, used.length, skipped.length)}`, L.moneyUnit(unit)];
  if (r.provinces) out.push(...wrap(L.provinces(PROVINCES_2025_SOURCE), '', 2));
  if (r.unmatched.length) out.push(...wrap(L.unmatched(r.unmatched.join(', ')), '', 2));
  out.push('');

  if (skipped.length) {
    out.push(L.skippedTitle);
    for (const f of skipped) out.push(...wrap(f.reason ?? '', '  - ', 4));
    out.push('');
  }

  // By unit and source: only the sources some unit has money from.
  const sources = SOURCE_CODES.filter((c) => !r.total.bySource[c].isZero());
  // Cut in the middle: units named after their files differ at the end ("…-phu-luc-ii", "…-phu-luc-iii").
  const keep = NAME_WIDTH - 1;
  const short = (name: string) => (name.length > NAME_WIDTH ? `${name.slice(0, Math.ceil(keep / 2))}…${name.slice(name.length - Math.floor(keep / 2))}` : name);
  out.push(L.byUnit(unit));
  const table: string[][] = [[L.unit, L.total, ...sources]];
  const notes = new Map<number, string>();
  for (const [name, t] of r.byUnit) {
    table.push([short(name), fmt(t.total), ...sources.map((c) => fmt(t.bySource[c]))]);
    const missing = t.members.filter((m) => !t.membersFound.includes(m));
    const parts = [t.members.length > 1 ? L.members(t.members.join(', ')) : '', missing.length ? L.missingMembers(missing.join(', ')) : ''].filter(Boolean);
    if (r.provinces && parts.length) notes.set(table.length - 1, parts.join('; '));
  }
  table.push([L.sum, fmt(r.total.total), ...sources.map((c) => fmt(r.total.bySource[c]))]);
  columns(table).forEach((line, i) => {
    out.push(line);
    const note = notes.get(i);
    if (note) out.push(...wrap(note, '      ', 6));
  });
  out.push('');

  const types = TYPE_KEYS.filter((k) => !r.total.byType[k].isZero());
  out.push(`${L.byType(unit)} ${types.length ? types.map((k) => `${k} ${fmt(r.total.byType[k])}`).join(' · ') : '—'}`);

  const years = [...r.total.byYear.keys()];
  out.push(L.byYear(unit));
  if (!years.length) out.push('  —');
  else {
    const cols = SOURCE_CODES.filter((c) => years.some((y) => !(r.total.byYearSource.get(y)?.[c] ?? ZERO).isZero()));
    const rows: string[][] = [[L.year, ...cols, L.sum]];
    let inYears = ZERO;
    for (const y of years) {
      const v = r.total.byYear.get(y) as Decimal;
      inYears = inYears.plus(v);
      rows.push([String(y), ...cols.map((c) => fmt(r.total.byYearSource.get(y)?.[c] ?? ZERO)), fmt(v)]);
    }
    out.push(...columns(rows));
    const rest = r.total.total.minus(inYears);
    if (!rest.isZero()) out.push(`  ${L.noYear}: ${fmt(rest)}`);
  }
  // Money a year no year takes (surveys): in no total above, said with the files that state it.
  const rates = r.ratesWithoutYears;
  if (rates) out.push(...wrap(ratesLine(lang, { year: rates.year, month: rates.month, cells: rates.files }, r.unitOfMoney), '', 2));
  out.push('');

  const systems = SYSTEM_CODES.filter((s) => r.systems[s].units > 0);
  if (systems.length) {
    out.push(L.systemsTitle);
    const words = MODE_WORDS[lang];
    for (const s of systems) {
      const c = r.systems[s];
      out.push(...wrap(L.systemLine(SYSTEM_WORDS[lang][s], c.units, modeCounts(lang, c.byMode, MODES)), '  ', 4));
      if (c.byVendor.size) out.push(...wrap(`${L.vendors}: ${[...c.byVendor].map(([v, n]) => `${v} ${n}/${c.units}`).join(', ')}`, '    ', 6));
      const money = MODES.filter((m) => !c.moneyByMode[m].isZero()).map((m) => `${words[m]} ${fmt(c.moneyByMode[m])}`);
      if (money.length) out.push(...wrap(`${L.money(unit)}: ${money.join('; ')}`, '    ', 6));
    }
    out.push('');
  }

  if (r.duplicates.length) {
    out.push(L.duplicatesTitle(r.duplicates.length));
    for (const d of r.duplicates) {
      const where = d.cells.map((c) => `${c.sheet}!${c.cell} (${c.file})`).join('; ');
      out.push(...wrap(`"${d.name}" (${fmt(d.amount)} ${unit}): ${where}`, '  - ', 4));
    }
    out.push('');
  }

  const count = (sev: 'error' | 'warning' | 'info') => r.findings.filter((f) => f.severity === sev).length;
  out.push(L.findingsTitle(count('error'), count('warning'), count('info')));
  let shown = 0;
  let hidden = 0;
  const byFile = new Map<string, typeof r.findings>();
  for (const x of r.findings) {
    const list = byFile.get(x.file);
    if (list) list.push(x);
    else byFile.set(x.file, [x]);
  }
  for (const f of used) {
    const own = byFile.get(f.file) ?? [];
    if (!own.length) continue;
    const infos = own.length - f.errors - f.warnings;
    out.push(...wrap(`${fileLabel(f)}: ${L.fileCounts(f.errors, f.warnings, infos)}`, '  ', 4));
    for (const x of own) {
      if (x.severity !== 'error') continue;
      if (shown >= MAX_ERRORS_SHOWN) {
        hidden++;
        continue;
      }
      shown++;
      out.push(`    ${padRight(L.sev.error, 9)} ${padRight(x.sheet && x.cell ? `${x.sheet}!${x.cell}` : x.cell ?? '—', 12)} ${x.code}`);
      out.push(...wrap(x.message, '      ', 6));
    }
  }
  if (hidden) out.push(`  ${L.more(hidden)}`);
  if (options.wrote) out.push('', L.wrote(options.wrote.file, options.wrote.sheets));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
