// `ngansach check FILE.xlsx`: read every sheet, find and check the budget tables, print a
// report or the contract JSON, and with --out write a copy with the result sheets added.
// Exit 0: no error findings; 1: error findings; 2: the input could not be used.
import * as path from 'path';
import { checkWorkbook, defaultSettings } from '../core/check';
import { checkResultToJSON } from '../core/json';
import type { CheckResult } from '../core/model';
import { parseUnit } from '../core/money';
import { parsePeriod } from '../core/period';
import { buildCheckSheets } from '../core/sheets';
import type { Lang, MoneyUnit, Period } from '../core/types';
import { parseArgs } from './args';
import { CliIO, UsageError } from './io';
import { formatReport } from './report';
import { renderSheetPlan, writeWorkbookAtomically } from './sheetplan-writer';
import { loadWorkbook, workbookGrids } from './xlsx-reader';

const SPEC = { values: ['sheet', 'out', 'lang', 'period', 'unit'], switches: ['json'] };

export interface CheckOptions {
  file: string;
  sheet?: string;
  json: boolean;
  out?: string;
  lang: Lang;
  period: Period | null;
  unit: MoneyUnit | null;
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

  const file = parsed.positional[0];
  const out = parsed.values.get('out');
  if (out !== undefined) {
    if (path.extname(out).toLowerCase() !== '.xlsx') throw new UsageError(`--out ${out}: tên tệp phải kết thúc bằng .xlsx / must end in .xlsx`);
    // Never change what the user typed: the input is read-only to us.
    if (path.resolve(out) === path.resolve(file)) {
      throw new UsageError(`--out ${out}: không ghi đè tệp gốc / will not overwrite the input; choose another file name`);
    }
  }
  return { file, sheet: parsed.values.get('sheet'), json: parsed.switches.has('json'), out, lang: langText, period, unit };
}

function noTableMessage(file: string, sheet: string | undefined): string {
  const where = sheet !== undefined ? `${path.basename(file)} (trang / sheet "${sheet}")` : path.basename(file);
  return `${where}: không tìm thấy bảng ngân sách / no budget table found: the header needs columns like ` +
    `'Số thứ tự', 'Tên dự án/nhiệm vụ', 'Tổng mức đầu tư'`;
}

export function exitCodeOf(result: CheckResult): number {
  return result.tables.some((t) => t.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

export async function runCheck(args: string[], io: CliIO): Promise<number> {
  const options = parseCheckArgs(args);
  const workbook = await loadWorkbook(options.file);
  const grids = workbookGrids(workbook, options.file, { sheet: options.sheet });
  const settings = defaultSettings({ lang: options.lang, period: options.period, unit: options.unit });
  const result = checkWorkbook(options.file, grids, settings);
  if (result.tables.length === 0) throw new UsageError(noTableMessage(options.file, options.sheet));

  let wrote: { file: string; sheets: string[] } | undefined;
  if (options.out) {
    const plans = buildCheckSheets(result, grids, options.lang);
    for (const plan of plans) renderSheetPlan(workbook, plan);
    await writeWorkbookAtomically(workbook, options.out);
    wrote = { file: options.out, sheets: plans.map((p) => p.name) };
  }

  if (options.json) io.out(JSON.stringify(checkResultToJSON(result), null, 2) + '\n');
  else io.out(formatReport(result, options.lang, { wrote }));
  return exitCodeOf(result);
}
