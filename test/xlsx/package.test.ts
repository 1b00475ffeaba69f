// --out at the package level: the copy is the user's own package with our sheets added. Every
// part but the four we edit comes out byte for byte (compressed bytes too: never recompressed);
// the four keep all they held; LibreOffice opens the copy with the chart, picture, pivot table,
// validation and comment still there; re-running replaces exactly our sheets; a user's sheet
// that carries one of our names is kept and ours is renamed, with the formulas following.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readZipDirectory, rawData } from '../../src/xlsx/zip';
import { describeWithLibreOffice, recalculate } from '../helpers/recalc';
import { libreOfficeConvert, makeRichWorkbook } from '../helpers/rich-workbook';
import { SMALL_PLAN, addPlanSheet, tempDir } from '../helpers/workbooks';
import { run } from '../cli/run';

const tmp = tempDir('ngansach-package-');
afterAll(() => tmp.cleanup());

const EDITED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
const OURS = ['NS Kiểm tra', 'NS Tổng hợp', 'NS Dữ liệu'];

interface Part {
  raw: Buffer;
  bytes: Buffer;
}

/** Every part of a package: its compressed bytes as stored and its content. */
function parts(file: string): Map<string, Part> {
  const buf = fs.readFileSync(file);
  const dir = readZipDirectory(buf);
  const out = new Map<string, Part>();
  for (const e of dir.entries) {
    const raw = Buffer.from(rawData(buf, e));
    out.set(e.name, { raw, bytes: e.method === 0 ? raw : zlib.inflateRawSync(raw) });
  }
  return out;
}

function text(p: Part | undefined): string {
  return p ? p.bytes.toString('utf8') : '';
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describeWithLibreOffice('--out keeps every part of a workbook LibreOffice made', () => {
  let input: string;
  let copy: string;
  let before: Map<string, Part>;
  let after: Map<string, Part>;
  beforeAll(async () => {
    input = makeRichWorkbook(tmp.file('rich'));
    copy = tmp.file('rich-checked.xlsx');
    const r = await run(['check', input, '--out', copy]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    before = parts(input);
    after = parts(copy);
  }, 180000);

  it('the input has what we mean to keep', () => {
    const names = [...before.keys()];
    for (const kind of ['xl/charts/', 'xl/media/', 'xl/pivotTables/', 'xl/pivotCache/', 'xl/drawings/', 'xl/comments']) {
      expect(names.some((n) => n.startsWith(kind))).toBe(true);
    }
    expect(text(before.get('xl/worksheets/sheet1.xml'))).toContain('<dataValidation');
    expect(text(before.get('xl/workbook.xml'))).toContain('Khoan_muc');
  });

  it('every part we do not edit is byte for byte the same, compressed bytes included', () => {
    let compared = 0;
    for (const [name, part] of before) {
      if (EDITED.includes(name)) continue;
      const copied = after.get(name);
      expect(copied).toBeDefined();
      expect(copied?.bytes.equals(part.bytes)).toBe(true);
      expect(copied?.raw.equals(part.raw)).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(15);
  });

  it('the parts we edit keep everything they held', () => {
    const wb = text(after.get('xl/workbook.xml'));
    for (const m of text(before.get('xl/workbook.xml')).match(/<sheet [^>]*\/>|<definedName[^>]*>[^<]*<\/definedName>|<pivotCache [^>]*\/>/g) ?? []) {
      expect(wb).toContain(m);
    }
    const styles = text(after.get('xl/styles.xml'));
    const oldXfs = /<cellXfs[^>]*>(.*)<\/cellXfs>/s.exec(text(before.get('xl/styles.xml')))?.[1] ?? '';
    expect(oldXfs.length).toBeGreaterThan(0);
    // The user's cell formats keep their positions: ours are appended after them.
    expect(/<cellXfs[^>]*>(.*)<\/cellXfs>/s.exec(styles)?.[1].startsWith(oldXfs)).toBe(true);
    for (const name of ['[Content_Types].xml', 'xl/_rels/workbook.xml.rels']) {
      for (const m of text(before.get(name)).match(/<(Override|Default|Relationship) [^>]*\/>/g) ?? []) expect(text(after.get(name))).toContain(m);
    }
    // Three sheets added, each with its part, relationship, content type and mark.
    const added = [...after.keys()].filter((n) => !before.has(n));
    expect(added).toHaveLength(3);
    for (const n of added) expect(text(after.get('[Content_Types].xml'))).toContain(`PartName="/${n}"`);
    expect(wb.match(/name="_ngansach_sheet"/g)).toHaveLength(3);
  });

  it('LibreOffice opens the copy: chart, picture, pivot table, validation and comment are still there', () => {
    const again = libreOfficeConvert(copy, tmp.file('lo-copy'));
    const lo = parts(again);
    const names = [...lo.keys()];
    for (const kind of ['xl/charts/', 'xl/media/', 'xl/pivotTables/', 'xl/comments']) expect(names.some((n) => n.startsWith(kind))).toBe(true);
    expect([...lo.values()].some((p) => p.bytes.includes('<dataValidation'))).toBe(true);
    const wb = text(lo.get('xl/workbook.xml'));
    for (const name of ['PL II', 'Pivot', ...OURS]) expect(wb).toContain(`name="${name}"`);
  }, 180000);

  it('re-running on the copy replaces our sheets and nothing else', async () => {
    const second = tmp.file('rich-again.xlsx');
    const r = await run(['check', copy, '--out', second]);
    expect(r.err).toBe('');
    expect(r.out.match(/^Bảng \d+:/gm)).toHaveLength(1);
    expect(await sheetNames(second)).toEqual(['PL II', 'Pivot', ...OURS]);
    const again = parts(second);
    for (const [name, part] of before) {
      if (EDITED.includes(name)) continue;
      expect(again.get(name)?.bytes.equals(part.bytes)).toBe(true);
    }
    expect(text(again.get('xl/workbook.xml')).match(/name="_ngansach_sheet"/g)).toHaveLength(3);
  });
});

describeWithLibreOffice('a user sheet with one of our names is kept, ours takes another name', () => {
  it('"NS Tổng hợp" and "ns kiểm tra" of the user stay; the report names the sheets used; formulas follow', async () => {
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, SMALL_PLAN, { sheet: 'PL IV' });
    wb.addWorksheet('NS Tổng hợp').getCell('A1').value = 'Bảng tổng hợp của tôi';
    wb.addWorksheet('ns kiểm tra').getCell('B2').value = 'ghi chú riêng';
    const input = tmp.file('names.xlsx');
    await wb.xlsx.writeFile(input);
    const out = tmp.file('names-checked.xlsx');
    const r = await run(['check', input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('"NS Tổng hợp (2)"');
    expect(r.err).toContain('"NS Kiểm tra (2)"');
    expect(r.out).toContain('"NS Kiểm tra (2)", "NS Tổng hợp (2)", "NS Dữ liệu"');
    expect(await sheetNames(out)).toEqual(['PL IV', 'NS Tổng hợp', 'ns kiểm tra', 'NS Kiểm tra (2)', 'NS Tổng hợp (2)', 'NS Dữ liệu']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.getWorksheet('NS Tổng hợp')?.getCell('A1').value).toBe('Bảng tổng hợp của tôi');
    expect(back.getWorksheet('ns kiểm tra')?.getCell('B2').value).toBe('ghi chú riêng');
    // SMALL_PLAN by hand: 8.500,5 in all; the summary's SUMIFS recalculated by LibreOffice agree.
    const rec = await recalculate(out);
    const summary = back.getWorksheet('NS Tổng hợp (2)') as ExcelJS.Worksheet;
    let total: string | null = null;
    summary.eachRow((row, rn) => {
      if (total === null && row.getCell(1).value === 'Tổng cộng các mục (tính lại)') total = `B${rn}`;
    });
    expect(total).not.toBeNull();
    expect(rec.get('NS Tổng hợp (2)')?.get(total as unknown as string)).toBeCloseTo(8500.5, 6);

    // Re-run: ours replaced by their mark, the user's sheets untouched.
    const again = tmp.file('names-again.xlsx');
    const r2 = await run(['check', out, '--out', again]);
    expect(r2.code).toBe(0);
    expect(await sheetNames(again)).toEqual(['PL IV', 'NS Tổng hợp', 'ns kiểm tra', 'NS Kiểm tra (2)', 'NS Tổng hợp (2)', 'NS Dữ liệu']);
  }, 180000);
});

describe('a workbook with macros (.xlsm)', () => {
  async function xlsm(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, SMALL_PLAN, { sheet: 'PL IV' });
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    // A VBA project part as Excel stores one: opaque bytes the copy must carry unchanged.
    zip.file('xl/vbaProject.bin', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)));
    const ct = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file('[Content_Types].xml', ct
      .replace('spreadsheetml.sheet.main+xml', 'sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
    const file = tmp.file('macros.xlsm');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    return file;
  }

  it('the copy is an .xlsm with the VBA project byte for byte', async () => {
    const input = await xlsm();
    const out = tmp.file('macros-checked.xlsm');
    const r = await run(['check', input, '--out', out]);
    expect(r.err).toBe('');
    expect(parts(out).get('xl/vbaProject.bin')?.bytes.equals(parts(input).get('xl/vbaProject.bin')?.bytes as Buffer)).toBe(true);
    expect(text(parts(out).get('[Content_Types].xml'))).toContain('macroEnabled.main+xml');
  });

  it('an .xlsx name for a workbook with macros is refused in one line, nothing written', async () => {
    const input = await xlsm();
    const out = tmp.file('macros-checked.xlsx');
    const r = await run(['check', input, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/holds macros: name the copy \.xlsm/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('no temporary file is left behind', () => {
  it('after a successful --out and after a refused one', async () => {
    const dir = tmp.file('clean');
    fs.mkdirSync(dir);
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, SMALL_PLAN);
    const input = path.join(dir, 'in.xlsx');
    await wb.xlsx.writeFile(input);
    await run(['check', input, '--out', path.join(dir, 'out.xlsx')]);
    await run(['check', input, '--out', path.join(dir, 'out.xlsm')]);
    expect(fs.readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
  });
});

describe('our sheets between the user’s: sheet-scoped names and the active tab follow', () => {
  it('a re-run after the user moved a sheet of theirs behind ours', async () => {
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, SMALL_PLAN, { sheet: 'PL IV' });
    wb.addWorksheet('Ghi chú').getCell('A1').value = 'ghi chú';
    const input = tmp.file('moved.xlsx');
    await wb.xlsx.writeFile(input);
    const first = tmp.file('moved-1.xlsx');
    expect((await run(['check', input, '--out', first])).code).toBe(0);

    // As Excel would save it after the user dragged "Ghi chú" to the end and gave it a print
    // area (a name scoped to it), with that tab active.
    const zip = await JSZip.loadAsync(fs.readFileSync(first));
    let xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const note = (/<sheet [^>]*name="Ghi chú"[^>]*\/>/.exec(xml) as RegExpExecArray)[0];
    xml = xml.replace(note, '').replace('</sheets>', `${note}</sheets>`);
    xml = xml.replace(/localSheetId="(\d+)"/g, (_m, n: string) => `localSheetId="${Number(n) - 1}"`);
    xml = xml.replace('</definedNames>', '<definedName name="_xlnm.Print_Area" localSheetId="4">\'Ghi chú\'!$A$1:$B$2</definedName></definedNames>');
    xml = xml.replace(/<bookViews>.*?<\/bookViews>/, '').replace('<sheets>', '<bookViews><workbookView activeTab="4"/></bookViews><sheets>');
    zip.file('xl/workbook.xml', xml);
    const moved = tmp.file('moved-2.xlsx');
    fs.writeFileSync(moved, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await sheetNames(moved)).toEqual(['PL IV', ...OURS, 'Ghi chú']);

    const again = tmp.file('moved-3.xlsx');
    const r = await run(['check', moved, '--out', again]);
    expect(r.err).toBe('');
    expect(await sheetNames(again)).toEqual(['PL IV', 'Ghi chú', ...OURS]);
    const out = text(parts(again).get('xl/workbook.xml'));
    // The print area still belongs to "Ghi chú" (now tab 1), which is still the active tab.
    expect(out).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">');
    expect(out).toMatch(/activeTab="1"/);
    // Our marks point at our sheets (tabs 2, 3, 4), one each.
    expect([...out.matchAll(/name="_ngansach_sheet" localSheetId="(\d)"/g)].map((m) => m[1])).toEqual(['2', '3', '4']);
    // LibreOffice would say the same: the one reader reads the user's sheets, not ours.
    expect(r.out.match(/^Bảng \d+:/gm)).toHaveLength(1);
  });
});
