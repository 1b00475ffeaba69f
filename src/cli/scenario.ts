// `ngansach scenario FILE.json|FILE.xlsx [--json] [--out OUT.xlsx] [--lang vi|en]`: invest or
// lease one system. Bad input exits 2 with one line naming every bad field (Vietnamese, then
// English), and writes nothing. A file far larger than any scenario is refused before it is read.
import { cliText } from '../core/i18n/cli';
import * as fs from 'fs';
import * as path from 'path';
import { checkOutPath } from './out-path';
import { computeScenario, parseScenarioInput, scenarioSheet, scenarioToJSON, SCENARIO_SHEET_NAME } from '../core/scenario';
import type { FieldError } from '../core/scenario';
import type { Lang } from '../core/types';
import { parseArgs } from './args';
import { bilingual, scenarioCli } from '../core/i18n/scenario';
import { CliIO, UsageError } from './io';
import { scenarioText } from './scenario-text';
import { readScenarioSheet } from './scenario-xlsx-input';
import { readWorkbookFile } from '../xlsx/node';
import { WorkbookCopy } from '../xlsx/write';
import { xlsxText } from '../core/i18n/xlsx';

const HOW = 'ngansach scenario FILE.json|FILE.xlsx [--json] [--out OUT.xlsx] [--lang vi|en]';
/** A scenario is a few kilobytes of JSON; a scenario form a few dozen. */
const MAX_JSON_BYTES = 1024 * 1024;
const MAX_XLSX_BYTES = 20 * 1024 * 1024;

interface Loaded {
  raw: unknown;
  /** The input workbook's bytes (xlsx input), copied into --out with the result sheet added. */
  workbook: Uint8Array | null;
  /** Field → "Sheet!C7" for xlsx input, so messages point at the cell. */
  cells: Map<string, string>;
}

async function loadJson(file: string): Promise<Loaded> {
  const text = await fs.promises.readFile(file, 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(scenarioCli.notJson(file, err instanceof Error ? err.message.slice(0, 120) : String(err)));
  }
  return { raw, workbook: null, cells: new Map() };
}

async function loadXlsx(file: string): Promise<Loaded> {
  // The one .xlsx reader: every unusable file (corrupt, password-protected, another format)
  // ends in its one-line message.
  const read = await readWorkbookFile(file, { skipOwnSheets: true });
  const found = readScenarioSheet(read.grids);
  if (!found) throw new UsageError(scenarioCli.noSheet(file));
  if (found.errors.length > 0) throw new UsageError(`${file}: ${bilingual({ vi: found.errors.map((e) => e.vi).join('; '), en: found.errors.map((e) => e.en).join('; ') })}`);
  const cells = new Map([...found.cells].map(([k, a]) => [k, `'${found.sheet}'!${a}`]));
  return { raw: found.raw, workbook: read.bytes, cells };
}

/** Every problem on one line, Vietnamese then English, each field with its cell when read from a sheet. */
function describeErrors(errors: FieldError[], cells: Map<string, string>): string {
  const at = (e: FieldError, text: string) => {
    const cell = cells.get(e.field);
    return cell ? text.replace(`(${e.field})`, `(${e.field}, ${cell})`) : text;
  };
  return bilingual({ vi: errors.map((e) => at(e, e.vi)).join('; '), en: errors.map((e) => at(e, e.en)).join('; ') });
}

export async function runScenario(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, { values: ['out', 'lang'], switches: ['json'] });
  if (parsed.positional.length !== 1) throw new UsageError(cliText.scenarioOneFile(HOW));
  const file = parsed.positional[0];
  const langArg = parsed.values.get('lang') ?? 'vi';
  if (langArg !== 'vi' && langArg !== 'en') throw new UsageError(cliText.badLang(langArg));
  const lang: Lang = langArg;
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.xlsx') throw new UsageError(scenarioCli.wrongType(file, HOW));
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(scenarioCli.noFile(file));
  const size = fs.statSync(file).size;
  const max = ext === '.json' ? MAX_JSON_BYTES : MAX_XLSX_BYTES;
  if (size > max) throw new UsageError(scenarioCli.tooBig(file, size, max));
  const out = parsed.values.get('out');
  if (out !== undefined) checkOutPath(out, [file]);

  const loaded = ext === '.json' ? await loadJson(file) : await loadXlsx(file);
  const parsedInput = parseScenarioInput(loaded.raw);
  if ('errors' in parsedInput) throw new UsageError(`${file}: ${describeErrors(parsedInput.errors, loaded.cells)}`);
  const input = parsedInput.input;
  const result = computeScenario(input, lang);

  const notes: string[] = [];
  let sheetName = SCENARIO_SHEET_NAME;
  if (out !== undefined) {
    // A copy of the input workbook (or a new one for JSON input) with the sheet added.
    const copy = await WorkbookCopy.open(loaded.workbook, path.basename(file));
    const plan = scenarioSheet(input, result, lang);
    plan.name = copy.namesFor([SCENARIO_SHEET_NAME]).get(SCENARIO_SHEET_NAME) ?? SCENARIO_SHEET_NAME;
    const report = await copy.write(out, [{ plan, role: SCENARIO_SHEET_NAME }]);
    for (const [role, used] of report.renamed) notes.push(xlsxText.renamedSheet(role, used));
    notes.push(...report.notes);
    sheetName = plan.name;
  }
  for (const note of notes) io.err(`ngansach scenario: ${note}\n`);
  if (parsed.switches.has('json')) {
    io.out(JSON.stringify({ file: path.basename(file), name: input.name, unit: input.unit, ...scenarioToJSON(result, input, lang) }, null, 2) + '\n');
  } else {
    io.out(scenarioText(input, result, lang));
    if (out !== undefined) io.out(`${scenarioCli.wrote(lang, out, sheetName)}\n`);
  }
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
