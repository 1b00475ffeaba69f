// `ngansach check FILE.xlsx`: read every sheet, find and check the budget tables, print a
// report or the contract JSON, and with --out write a copy with the result sheets added.
// Exit 0: no error findings; 1: error findings; 2: the input could not be used.
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook, defaultSettings } from '../core/check';
import { checkResultToJSON } from '../core/json';
import type { CheckResult } from '../core/model';
import { parseUnit } from '../core/money';
import { parsePeriod } from '../core/period';
import { AUTO_RULESET, hasRuleSet, ruleSetIds } from '../core/rulesets';
import { buildCheckSheets, CHECK_RESULT_SHEETS } from '../core/sheets';
import type { Lang, MoneyUnit, Period } from '../core/types';
import { parseArgs } from './args';
import { CliIO, UsageError } from './io';
import { formatReport } from './report';
import { renderSheetPlan, writeWorkbookAtomically } from './sheetplan-writer';
import { readWorkbookGridsFast } from './fast-xlsx-reader';
import type { Grid } from '../core/grid';
import { loadWorkbook, workbookGrids } from './xlsx-reader';
import type { ReadOptions } from './xlsx-reader';

/** The scenario command's sheet (DESIGN: "NS Phương án"), also never a budget table to check. */
const SCENARIO_SHEET = 'NS Phương án';

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
    throw new UsageError('thiếu tệp / missing the workbook: ngansach check FILE.xlsx [--sheet NAME] [--json] [--out OUT.xlsx]');
  }
  if (parsed.positional.length > 1) {
    throw new UsageError(`chỉ một tệp mỗi lần / one workbook at a time (got ${parsed.positional.length}: ${parsed.positional.join(', ')})`);
  }
  const langText = parsed.values.get('lang') ?? 'vi';
  if (langText !== 'vi' && langText !== 'en') throw new UsageError(`--lang "${langText}": dùng / use vi or en`);

  let period: Period | null = null;
  const periodText = parsed.values.get('period');
  if (periodText !== undefined) {
    period = parsePeriod(periodText);
    if (!period) throw new UsageError(`--period "${periodText}": không đọc được giai đoạn / not a plan period; write it like 2021-2025`);
  }
  let unit: MoneyUnit | null = null;
  const unitText = parsed.values.get('unit');
  if (unitText !== undefined) {
    unit = parseUnit(unitText);
    if (!unit) throw new UsageError(`--unit "${unitText}": không rõ đơn vị / unknown unit; use "đồng", "nghìn đồng", "triệu đồng" or "tỷ đồng"`);
  }

  const ruleSet = parsed.values.get('ruleset') ?? AUTO_RULESET;
  if (ruleSet !== AUTO_RULESET && !hasRuleSet(ruleSet)) {
    throw new UsageError(`--ruleset "${ruleSet}": không có bộ quy định này / unknown rule set; dùng / use ${[AUTO_RULESET, ...ruleSetIds()].join(', ')}`);
  }

  const file = parsed.positional[0];
  const out = parsed.values.get('out');
  if (out !== undefined) {
    if (path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError(`--out ${out}: tên tệp phải kết thúc bằng .xlsx / must end in .xlsx`);
    // Never change what the user typed: the input is read-only to us.
    if (path.resolve(out) === path.resolve(file)) {
      throw new UsageError(`--out ${out}: không ghi đè tệp gốc / will not overwrite the input; choose another file name`);
    }
    // Checked before any work, so a typo in the folder does not cost a whole check.
    const dir = path.dirname(path.resolve(out));
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      throw new UsageError(`--out ${out}: thư mục không tồn tại / the folder does not exist: ${dir}`);
    }
    if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
      throw new UsageError(`--out ${out}: là một thư mục / is a directory; give a file name ending in .xlsx`);
    }
    try {
      fs.accessSync(dir, fs.constants.W_OK);
    } catch {
      throw new UsageError(`--out ${out}: không có quyền ghi vào thư mục / no permission to write in ${dir}`);
    }
  }
  return { file, sheet: parsed.values.get('sheet'), json: parsed.switches.has('json'), out, lang: langText, period, unit, ruleSet };
}

function noTableMessage(file: string, sheet: string | undefined): string {
  const where = sheet !== undefined ? `${path.basename(file)} (trang / sheet "${sheet}")` : path.basename(file);
  return `${where}: không tìm thấy bảng ngân sách / no budget table found: the header needs columns like ` +
    `'Số thứ tự', 'Tên dự án/nhiệm vụ', 'Tổng mức đầu tư'`;
}

export function exitCodeOf(result: CheckResult): number {
  return result.tables.some((t) => t.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/**
 * The Grids from the fast reader, or null to read with ExcelJS. The fast reader steps aside
 * (null) for files it does not handle; if it throws, we deliberately fall back as well: the
 * ExcelJS path is authoritative, reads what it can and words every error about the file.
 */
function fastGrids(file: string, read: ReadOptions): Grid[] | null {
  try {
    return readWorkbookGridsFast(file, read);
  } catch (err) {
    // Not hidden from whoever looks: a fast-reader bug only costs speed, but it should be seen.
    if (process.env.NGANSACH_DEBUG) process.stderr.write(`ngansach: fast reader fell back: ${err instanceof Error ? err.stack : String(err)}\n`);
    return null;
  }
}

export async function runCheck(args: string[], io: CliIO): Promise<number> {
  const options = parseCheckArgs(args);
  // A workbook written by --out (or by the add-in) carries our own sheets: never check those.
  const read: ReadOptions = { sheet: options.sheet, skip: [...CHECK_RESULT_SHEETS, SCENARIO_SHEET] };
  // --out writes a copy, which needs ExcelJS's whole model; otherwise try the fast reader first.
  let workbook = options.out ? await loadWorkbook(options.file) : null;
  let grids = workbook ? null : fastGrids(options.file, read);
  if (!grids) {
    workbook ??= await loadWorkbook(options.file);
    grids = workbookGrids(workbook, options.file, read);
  }
  const settings = defaultSettings({ lang: options.lang, period: options.period, unit: options.unit, ruleSet: options.ruleSet });
  const result = checkWorkbook(options.file, grids, settings);
  if (result.tables.length === 0) throw new UsageError(noTableMessage(options.file, options.sheet));

  let wrote: { file: string; sheets: string[] } | undefined;
  if (options.out && workbook) {
    const plans = buildCheckSheets(result, grids, options.lang);
    for (const plan of plans) renderSheetPlan(workbook, plan);
    await writeWorkbookAtomically(workbook, options.out);
    wrote = { file: options.out, sheets: plans.map((p) => p.name) };
  }

  if (options.json) io.out(JSON.stringify(checkResultToJSON(result)) + '\n');
  else io.out(formatReport(result, options.lang, { wrote }));
  return exitCodeOf(result);
}
