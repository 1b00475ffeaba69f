// Hostile and damaged files get a one-line answer and exit 2, in bounded memory and time; odd
// but valid files are read. Every file here is generated in the test and kept small.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/xlsx/node';
import { ZipWriter } from '../../src/xlsx/zip-write';
import { SMALL_PLAN, addPlanSheet, handWorkbook, largePlanRows, rowXml, sheetXmlOf, smallPlanRowsXml, tempDir, writePlanWorkbook } from '../helpers/workbooks';
import { run } from '../cli/run';

const tmp = tempDir('ngansach-hostile-');
afterAll(() => tmp.cleanup());

const ROOT = path.join(__dirname, '..', '..');

async function file(name: string, body: Buffer | Promise<Buffer>): Promise<string> {
  const f = tmp.file(name);
  fs.writeFileSync(f, await body);
  return f;
}

/** `check` refuses the file: exit 2, one line naming the file, nothing on stdout. */
async function refused(f: string, pattern: RegExp): Promise<string> {
  const r = await run(['check', f]);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toContain(path.basename(f));
  expect(r.err).not.toMatch(/internal error/);
  expect(r.err).toMatch(pattern);
  return r.err;
}

/** The compiled CLI in its own process with a small heap: what "bounded memory" means here. */
function cliWithHeap(heapMb: number, args: string[], input?: Buffer | string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, path.join(ROOT, 'bin', 'ngansach.js'), ...args], {
    input, encoding: 'utf8', maxBuffer: 512 * 1048576, timeout: 120000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const hasBuild = fs.existsSync(path.join(ROOT, 'build', 'cli', 'main.js'));
const withBuild = hasBuild || process.env.CI === 'true' ? it : it.skip;

describe('used ranges that reach the end of the sheet', () => {
  it('a stray value in XFD1048576 beside a plan: the plan is read, the stray cell left out and said so', async () => {
    const f = await file('far.xlsx', handWorkbook([{ name: 'PL', xml: sheetXmlOf(smallPlanRowsXml() + rowXml(1048576, [['XFD1048576', 'x']])) }]));
    expect(fs.statSync(f).size).toBeLessThan(4096);
    const r = await run(['check', f, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { tables: { range: string; summary: { total: string } }[] };
    expect(json.tables[0].summary.total).toBe('8500.5'); // SMALL_PLAN, worked out in workbooks.ts
    expect(r.err).toMatch(/1 cell\(s\) far from the table left out \(e\.g\. XFD1048576\)/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('only A1 and XFD1048576: no table, one line', async () => {
    const f = await file('corners.xlsx', handWorkbook([{ name: 'S', xml: sheetXmlOf(rowXml(1, [['A1', 'a']]) + rowXml(1048576, [['XFD1048576', 'z']])) }]));
    await refused(f, /no budget table found/);
  });

  it('values spread over the whole sheet with no gap to cut at: refused, naming the extent', async () => {
    let rows = '';
    for (let r = 1; r <= 1048576; r += 900) {
      let cells = '';
      for (let c = 1; c <= 16384; c += 90) cells += `<c r="${colName(c)}${r}"><v>1</v></c>`;
      rows += `<row r="${r}">${cells}</row>`;
    }
    const f = await file('spread.xlsx', handWorkbook([{ name: 'S', xml: sheetXmlOf(rows) }]));
    await refused(f, /spans A1:XF\w*\d+ \(\d+ cells\), more than 5000000/);
  });

  it('a row number past 1.048.576 (99.999.999) and a column past XFD', async () => {
    await refused(await file('row.xlsx', handWorkbook([{ name: 'S', xml: sheetXmlOf(rowXml(1, [['A1', 'a']]) + '<row r="99999999"><c r="A99999999"><v>1</v></c></row>') }])),
      /row 99999999, beyond Excel's last row 1048576/);
    await refused(await file('col.xlsx', handWorkbook([{ name: 'S', xml: sheetXmlOf(rowXml(1, [['A1', 'a'], ['XFE1', 'b']])) }])),
      /XFE1 beyond Excel's last column XFD/);
  });
});

function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A package with one sheet whose entry states `statedSize` but holds `content` deflated. */
function packageWithSheet(content: Buffer, statedSize: number): Buffer {
  const out: Uint8Array[] = [];
  const zip = new ZipWriter({ write: (b) => out.push(Uint8Array.from(b)) });
  const put = (name: string, body: string) => {
    const bytes = Buffer.from(body);
    zip.add(name, { method: 0, pieces: [bytes], crc32: zlib.crc32(bytes) >>> 0, size: bytes.length, compressedSize: bytes.length });
  };
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  put('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  put('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put('xl/workbook.xml', `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  put('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  const deflated = zlib.deflateRawSync(content, { level: 9 });
  zip.add('xl/worksheets/sheet1.xml', { method: 8, pieces: [deflated], crc32: zlib.crc32(content) >>> 0, size: statedSize, compressedSize: deflated.length });
  zip.finish();
  return Buffer.concat(out);
}

describe('zip bombs', () => {
  it('a part that inflates past the size its entry states stops at that size', async () => {
    const content = Buffer.concat([Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'), Buffer.alloc(64 * 1048576, 0x20), Buffer.from('</sheetData></worksheet>')]);
    const f = await file('bomb-lies.xlsx', packageWithSheet(content, 1000));
    expect(fs.statSync(f).size).toBeLessThan(200 * 1024);
    await refused(f, /inflates to more than its stated size/);
  });

  it('a part that says it holds more than 1 GiB is refused before anything is inflated', async () => {
    const f = await file('bomb-big.xlsx', packageWithSheet(Buffer.from('<worksheet/>'), 1100 * 1048576));
    // The cap is 1 GiB = 1,073,741,824 bytes = 1024 × 1,048,576: "1.024 MB" as Vietnamese groups
    // thousands, "1,024 MB" as English does.
    await refused(f, /vượt quá 1\.024 MB khi giải nén \/ more than 1,024 MB uncompressed/);
  });

  withBuild('300 MiB of white space inside a sheet is read as a stream, under a 160 MiB heap', () => {
    const head = sheetXmlOf(smallPlanRowsXml()).split('<sheetData>');
    const content = Buffer.concat([Buffer.from(head[0] + '<sheetData>'), Buffer.alloc(300 * 1048576, 0x20), Buffer.from(head[1])]);
    const f = tmp.file('bomb-honest.xlsx');
    fs.writeFileSync(f, packageWithSheet(content, content.length));
    expect(fs.statSync(f).size).toBeLessThan(1048576);
    const r = cliWithHeap(160, ['check', f, '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { tables: { summary: { total: string } }[] }).tables[0].summary.total).toBe('8500.5');
  }, 120000);
});

describe('XML that Excel refuses is refused; XML Excel reads is read', () => {
  const plan = smallPlanRowsXml();
  const bad: [string, string, RegExp][] = [
    ['mismatched', sheetXmlOf(plan).replace('</row>', '</rows>'), /end tag <\/rows> does not match <row>/],
    ['unclosed', sheetXmlOf(plan).replace('</worksheet>', ''), /unexpected end inside <worksheet>/],
    ['entity', sheetXmlOf(plan.replace('Nguồn vốn', 'Nguồn &vốn;')), /undefined entity|does not start a reference/],
    ['unquoted', sheetXmlOf(plan).replace('<row r="1">', '<row r=1>'), /not quoted/],
    ['doctype', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>' + sheetXmlOf(plan).replace(/^<\?xml[^>]*>\n/, ''), /document type declaration/],
    ['outside', sheetXmlOf(plan) + 'tail', /text outside the root element/],
    ['duplicate', sheetXmlOf(plan).replace('<row r="1">', '<row r="1" r="1">'), /attribute r twice/],
    ['lt-in-attr', sheetXmlOf(plan).replace('<row r="1">', '<row r="1" x="a<b">'), /"<" in attribute/],
    ['control', sheetXmlOf(plan.replace('Nguồn vốn', 'Nguồn\u0001vốn')), /character XML does not allow/],
  ];
  for (const [name, xml, why] of bad) {
    it(`${name}: one line naming the part`, async () => {
      const err = await refused(await file(`bad-${name}.xlsx`, handWorkbook([{ name: 'S', xml }])), why);
      expect(err).toContain('xl/worksheets/sheet1.xml');
    });
  }

  it('comments, CDATA, processing instructions, prefixes, single quotes, a byte-order mark, cells without r', async () => {
    const xml = '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->' +
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><?app keep?><x:sheetData>' +
      smallPlanRowsXml().replace(/<(\/?)(row|c|is|t|v)([ >])/g, '<$1x:$2$3')
        .replace('<x:row r="2">', "<x:row r='2' >")
        .replace('Tên dự án/nhiệm vụ', '<![CDATA[Tên dự án/nhiệm vụ]]>') +
      '<x:row r="20"><x:c t="inlineStr"><x:is><x:t>không có r</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
      '</x:sheetData><!-- end --></x:worksheet>';
    const f = await file('odd.xlsx', handWorkbook([{ name: 'S', xml }]));
    const [grid] = (await readWorkbookFile(f)).grids;
    expect(grid.values[2][1]).toBe('Tên dự án/nhiệm vụ');
    expect(grid.values[19].slice(0, 2)).toEqual(['không có r', 2]);
    const r = await run(['check', f, '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { tables: { summary: { total: string } }[] }).tables[0].summary.total).toBe('8500.5');
  });

  it('an attribute of 2 million characters is read in linear time', async () => {
    const big = 'A'.repeat(2_000_000);
    const f = await file('attr.xlsx', handWorkbook([{ name: 'S', xml: sheetXmlOf(smallPlanRowsXml(), `<ignoredErrors><ignoredError sqref="${big}" numberStoredAsText="1"/></ignoredErrors>`) }]));
    const started = Date.now();
    expect((await readWorkbookFile(f)).grids).toHaveLength(1);
    // Not a benchmark: a guard against scanning that is quadratic in the attribute's length.
    expect(Date.now() - started).toBeLessThan(10000);
    const unquoted = await file('attr-unquoted.xlsx', handWorkbook([{ name: 'S', xml: sheetXmlOf(smallPlanRowsXml()).replace('<row r="1">', `<row r="1" ${'a'.repeat(200_000)}=x>`) }]));
    await refused(unquoted, /not quoted/);
  });
});

describe('valid workbooks with more than cells', () => {
  it('hyperlinks, a table, an external link', async () => {
    const wb = new ExcelJS.Workbook();
    const layout = addPlanSheet(wb, SMALL_PLAN, { sheet: 'PL IV' });
    const ws = wb.getWorksheet('PL IV') as ExcelJS.Worksheet;
    ws.getCell(`H${layout.headerRow}`).value = { text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' };
    const t = wb.addWorksheet('Bảng');
    t.addTable({ name: 'DanhMuc', ref: 'A1', columns: [{ name: 'Mã' }, { name: 'Tên' }], rows: [['1', 'LGSP'], ['2', 'IOC']] });
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(buf);
    // An external link as Excel stores one: a part and a relationship from the workbook.
    zip.file('xl/externalLinks/externalLink1.xml', '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>');
    zip.file('xl/externalLinks/_rels/externalLink1.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="khac.xlsx" TargetMode="External"/></Relationships>');
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'));
    const wbXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', wbXml.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdExt"/></externalReferences>'));
    const f = await file('links.xlsx', zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const out = tmp.file('links-checked.xlsx');
    const r = await run(['check', f, '--sheet', 'PL IV', '--out', out, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { tables: { summary: { total: string } }[] }).tables[0].summary.total).toBe('8500.5');
    // The definedNames our marks go in come after <externalReferences>, where the schema puts them.
    const copy = await JSZip.loadAsync(fs.readFileSync(out));
    const written = (await copy.file('xl/workbook.xml')?.async('string')) ?? '';
    expect(written.indexOf('<externalReferences>')).toBeLessThan(written.indexOf('<definedNames>'));
  });
});

describe('user faults are never "internal error"', () => {
  it('a sheet name in decomposed Unicode (NFD) matches --sheet typed composed', async () => {
    const nfd = 'Phụ lục'.normalize('NFD');
    const f = await file('nfd.xlsx', handWorkbook([{ name: nfd, xml: sheetXmlOf(smallPlanRowsXml()) }, { name: 'Khác', xml: sheetXmlOf(rowXml(1, [['A1', 'x']])) }]));
    const r = await run(['check', f, '--sheet', 'Phụ lục'.normalize('NFC'), '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { tables: { sheet: string }[] }).tables[0].sheet).toBe(nfd);
  });

  it('an unknown unit', async () => {
    const f = await file('unit.xlsx', handWorkbook([{ name: 'S', xml: sheetXmlOf(smallPlanRowsXml()) }]));
    const r = await run(['check', f, '--unit', 'đô la']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown unit/);
    const m = await run(['money', '--unit', 'đô la'], '1,26 tỷ\n');
    expect(m.code).toBe(2);
    expect(m.err).not.toMatch(/internal error/);
  });

  it('a full disk while writing --out: one line, no file, no temporary file', async () => {
    const mnt = tmp.file('full');
    fs.mkdirSync(mnt);
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mnt]);
    if (mount.status !== 0) {
      console.warn('SKIPPED the full-disk test: cannot mount a small tmpfs here (needs root); describeWriteError is tested in writer.test.ts');
      return;
    }
    try {
      const f = tmp.file('disk.xlsx');
      await writePlanWorkbook(f, largePlanRows(400));
      const out = path.join(mnt, 'out.xlsx');
      const r = await run(['check', f, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/out\.xlsx: không đủ chỗ trên đĩa .* no space left on the disk/);
      expect(r.err).not.toMatch(/internal error/);
      expect(fs.readdirSync(mnt)).toEqual([]);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});

describe('money and mode read standard input a line at a time', () => {
  withBuild('40 MB of lines through mode, and one 20 MB line through money, under a 64 MiB heap', () => {
    const line = `${'Thuê dịch vụ của VNPT, '.repeat(150)}\n`;
    const lines = Buffer.from(line.repeat(12_000));
    expect(lines.length).toBeGreaterThan(40_000_000);
    const r = cliWithHeap(64, ['mode'], lines);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(12_001);
    const long = cliWithHeap(64, ['money', '--json'], `1,26 tỷ\n${'9'.repeat(20_000_000)}\n500 triệu đồng\n`);
    expect(long.status).toBe(0);
    const out = long.stdout.trim().split('\n').map((l) => JSON.parse(l) as { value: string | null; input: string });
    expect(out.map((o) => o.value)).toEqual(['1260', null, '500']);
    expect(out[1].input).toHaveLength(4096);
  }, 120000);

  it('the text output of mode shows control characters instead of sending them to the terminal', async () => {
    const r = await run(['mode'], 'Thuê \u001b[31mVNPT\u001b[0m\u202e\n');
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(r.out).not.toMatch(/[\u001b\u202e]/);
    expect(r.out).toContain('\\u001b[31mVNPT');
  });
});
