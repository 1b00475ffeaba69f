// Runs the CLI in-process with a fake terminal, as a user would run it.
import { main } from '../../src/cli/main';
import { linesOf } from '../../src/cli/io';
import type { CliIO } from '../../src/cli/io';
import ExcelJS from 'exceljs';
import { writeSheets } from '../helpers/sheets';
import type { SheetSpec } from '../helpers/sheets';

export interface Run { code: number; out: string; err: string }

async function* once(text: string): AsyncIterable<string> {
  if (text) yield text;
}

/** A CliIO's standard input holding `text`. */
export function stdinOf(text: string): CliIO['stdinLines'] {
  return () => linesOf(once(text));
}

export async function run(args: string[], stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    stdinLines: stdinOf(stdin),
  };
  const code = await main(args, io);
  return { code, out, err };
}

export { FIXTURE_II, FIXTURE_III } from '../helpers/fixtures';

/**
 * `sheets` written to `input`, run through `check --out` (which must say nothing on standard
 * error), and the copy it wrote opened: the result sheets as a user opens them.
 */
export async function checkedCopy(input: string, sheets: readonly SheetSpec[]): Promise<{ out: string; workbook: ExcelJS.Workbook }> {
  await writeSheets(input, sheets);
  const out = input.replace(/\.xlsx$/, '-checked.xlsx');
  const r = await run(['check', input, '--out', out]);
  if (r.err !== '') throw new Error(`check --out said: ${r.err}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  return { out, workbook };
}
