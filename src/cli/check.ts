// `ngansach check FILE.xlsx`: read every sheet, find and check the budget tables, print a
// report or the contract JSON, and with --out write a copy with the result sheets added.
// Exit 0: no error findings; 1: error findings; 2: the input could not be used.
import * as path from 'path';
import { checkWorkbook, defaultSettings } from '../core/check';
import { checkJSONPieces } from '../core/json';
import { emptyHeader } from '../core/table';
import type { CheckResult } from '../core/model';
import { parseUnit } from '../core/money';
import { parsePeriod } from '../core/period';
import { AUTO_RULESET, hasRuleSet, ruleSetIds } from '../core/rulesets';
import { buildCheckSheets, CHECK_RESULT_SHEETS, DATA_SHEET, FINDINGS_SHEET, SUMMARY_SHEET } from '../core/sheets';
import { xlsxText } from '../core/i18n/xlsx';
import type { Lang, MoneyUnit, Period } from '../core/types';
import { cliText } from '../core/i18n/cli';
import { parseArgs } from './args';
import { checkOutPath } from './out-path';
import { CliIO, UsageError, writePieces } from './io';
import { formatReport } from './report';
import type { ReportOptions } from './report';
import { readWorkbookFile } from '../xlsx/node';
import { WorkbookCopy } from '../xlsx/write';

const SPEC = { values: ['sheet', 'out', 'lang', 'period', 'unit', 'ruleset'], switches: ['json'] };

export interface CheckOptions {
  file: string;
  sheet?: string;
  json: boolean;
  out?: string;
  lang: Lang;
  period: Period | null;
  unit: MoneyUnit | null;
  /** A rule set id, or "auto": the law in force on each table's date. */
  ruleSet: string;
}

export function parseCheckArgs(args: string[]): CheckOptions {
  const parsed = parseArgs(args, SPEC);
  if (parsed.positional.length === 0) {
    throw new UsageError(cliText.checkNoFile());
  }
  if (parsed.positional.length > 1) {
    throw new UsageError(cliText.checkOneFile(parsed.positional));
  }
  const langText = parsed.values.get('lang') ?? 'vi';
  if (langText !== 'vi' && langText !== 'en') throw new UsageError(cliText.badLang(langText));

  let period: Period | null = null;
  const periodText = parsed.values.get('period');
  if (periodText !== undefined) {
    period = parsePeriod(periodText);
    if (!period) throw new UsageError(cliText.badPeriod(periodText));
  }
  let unit: MoneyUnit | null = null;
  const unitText = parsed.values.get('unit');
  if (unitText !== undefined) {
    unit = parseUnit(unitText);
    if (!unit) throw new UsageError(cliText.badUnit(unitText));
  }

  const ruleSet = parsed.values.get('ruleset') ?? AUTO_RULESET;
  if (ruleSet !== AUTO_RULESET && !hasRuleSet(ruleSet)) {
    throw new UsageError(cliText.badRuleSet(ruleSet, [AUTO_RULESET, ...ruleSetIds()].join(', ')));
  }

  const file = parsed.positional[0];
  const out = parsed.values.get('out');
  if (out !== undefined) checkOutPath(out, [file], { macros: true });
  return { file, sheet: parsed.values.get('sheet'), json: parsed.switches.has('json'), out, lang: langText, period, unit, ruleSet };
}

function noTableMessage(file: string, sheet: string | undefined): string {
  return cliText.noTable(sheet !== undefined ? cliText.inSheet(path.basename(file), sheet) : path.basename(file));
}

export function exitCodeOf(result: CheckResult): number {
  return result.tables.some((t) => t.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** One line for each thing the user should know besides the report: cells left out, renamed sheets. */
function notesOf(lines: readonly string[]): string {
  return lines.map((l) => `ngansach check: ${l}\n`).join('');
}

export async function runCheck(args: string[], io: CliIO): Promise<number> {
  const options = parseCheckArgs(args);
  // A workbook written by --out (or by the add-in) carries our own sheets: never check those.
  const read = await readWorkbookFile(options.file, { sheet: options.sheet, skipOwnSheets: true });
  const grids = read.grids;
  const settings = defaultSettings({ lang: options.lang, period: options.period, unit: options.unit, ruleSet: options.ruleSet });
  const result = checkWorkbook(options.file, grids, settings);
  if (result.tables.length === 0) {
    // A header with nothing under it (a template not filled in) is an empty table, not a missing one.
    const empty = grids.map(emptyHeader).find((where) => where !== null);
    throw new UsageError(empty ? cliText.emptyTable(path.basename(options.file), empty) : noTableMessage(options.file, options.sheet));
  }

  let wrote: ReportOptions['wrote'];
  const notes = [...read.notes];
  if (options.out) {
    const copy = await WorkbookCopy.open(read.bytes, path.basename(options.file));
    // Excel opens a workbook with macros only as .xlsm, and one without only as .xlsx.
    const wantXlsm = path.extname(options.out).toLowerCase() === '.xlsm';
    if (copy.macroEnabled !== wantXlsm) throw new UsageError(xlsxText.macroExtension(options.out, copy.macroEnabled));
    const roles = CHECK_RESULT_SHEETS;
    const names = copy.namesFor(roles);
    const plans = buildCheckSheets(result, grids, options.lang, {
      findings: names.get(FINDINGS_SHEET) ?? FINDINGS_SHEET,
      summary: names.get(SUMMARY_SHEET) ?? SUMMARY_SHEET,
      data: names.get(DATA_SHEET) ?? DATA_SHEET,
    }, true);
    const report = await copy.write(options.out, plans.map((plan, i) => ({ plan, role: roles[i] })));
    wrote = { file: options.out, sheets: report.sheets };
    for (const [role, used] of report.renamed) notes.push(xlsxText.renamedSheet(role, used));
    notes.push(...report.notes);
  }

  if (notes.length) io.err(notesOf(notes));
  if (options.json) await writePieces(checkJSONPieces(result), io);
  else io.out(formatReport(result, options.lang, { wrote }));
  return exitCodeOf(result);
}
