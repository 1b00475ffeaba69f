// Recalculates a workbook in LibreOffice Calc (headless) and returns every formula cell's value
// as LibreOffice computed it. Cached results are stripped before LibreOffice sees the file, so a
// formula that LibreOffice did not really compute cannot pass as right.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';

export function findSoffice(): string | null {
  for (const bin of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

/**
 * `describe` when LibreOffice is here; in CI (CI=true) a missing LibreOffice fails loudly
 * instead of skipping, because there the tests must run.
 */
export function describeWithLibreOffice(name: string, fn: () => void): void {
  const soffice = findSoffice();
  if (soffice) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs LibreOffice (CI=true)', () => {
        throw new Error('LibreOffice (soffice) not found, but CI=true: install libreoffice-calc');
      });
    });
    return;
  }
  console.warn(`\n*** SKIPPED "${name}": LibreOffice (soffice) not found. apt-get install libreoffice-calc ***\n`);
  describe.skip(name, fn);
}

const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profileDir: string | null = null;
// LibreOffice's profile lives as long as the test file that made it, then goes (each run left one in /tmp).
afterAll(() => {
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  profileDir = null;
});
function profile(): string {
  if (profileDir) return profileDir;
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ngansach-lo-'));
  fs.mkdirSync(path.join(profileDir, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profileDir, 'user', 'registrymodifications.xcu'), PROFILE_XCU);
  return profileDir;
}

export type RecalcValue = number | string | boolean | null;

/** sheet name → A1 address → value LibreOffice computed, for every formula cell. */
export type Recalculated = Map<string, Map<string, RecalcValue>>;

async function stripCachedResults(src: string, dst: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  let formulas = 0;
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
          const f = (v as { formula?: string }).formula ?? cell.formula;
          if (f) {
            cell.value = { formula: f } as ExcelJS.CellFormulaValue;
            formulas++;
          }
        }
      });
    });
  });
  await wb.xlsx.writeFile(dst);
  return formulas;
}

/**
 * The workbook with every formula worked out afresh by LibreOffice (its saved results dropped
 * first), written as .xlsx under `work` (a new temporary folder by default): what a spreadsheet
 * makes of a file on opening and saving it.
 */
export async function calculatedCopy(file: string, work = fs.mkdtempSync(path.join(os.tmpdir(), 'ngansach-recalc-'))): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice not found');
  const stripped = path.join(work, 'in.xlsx');
  await stripCachedResults(file, stripped);
  const outDir = path.join(work, 'out');
  fs.mkdirSync(outDir);
  execFileSync(soffice, [
    `-env:UserInstallation=file://${profile()}`,
    '--headless', '--norestore', '--nologo',
    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, stripped,
  ], { stdio: 'pipe', timeout: 120000 });
  return path.join(outDir, 'in.xlsx');
}

export async function recalculate(file: string): Promise<Recalculated> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ngansach-recalc-'));
  const outFile = await calculatedCopy(file, work);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(outFile);
  const result: Recalculated = new Map();
  wb.eachSheet((ws) => {
    const cells = new Map<string, RecalcValue>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
          const r = (v as { result?: unknown }).result;
          let value: RecalcValue = null;
          if (typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean') value = r;
          else if (r && typeof r === 'object' && 'error' in r) value = String((r as { error: string }).error);
          cells.set(cell.address, value);
        }
      });
    });
    result.set(ws.name, cells);
  });
  fs.rmSync(work, { recursive: true, force: true });
  return result;
}
