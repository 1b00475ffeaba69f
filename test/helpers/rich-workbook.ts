// A workbook with what officers' files carry besides the table: a chart and a picture on the
// plan sheet, a pivot table, data validation, a comment and a defined name. Made by LibreOffice
// (soffice --convert-to xlsx) from a flat ODF spreadsheet built here, so the parts are as a real
// spreadsheet program writes them.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { findSoffice } from './recalc';

/** A w×h red PNG. */
function png(w: number, h: number): Buffer {
  const raw = Buffer.concat(Array.from({ length: h }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, Buffer.from([255, 0, 0]))])));
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function cell(v: string | number): string {
  return typeof v === 'number'
    ? `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
    : `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
}

/** The items: Tổng cộng = 1.000 + 2.500 + 1.200,5 + 800 = 5.500,5 (NSĐP 3.500, NSTW 2.000,5). */
export const RICH_ITEMS: [string, string, number, string][] = [
  ['1', 'Nền tảng LGSP', 1000, 'NSĐP'],
  ['2', 'Cổng dịch vụ công', 2500, 'NSĐP'],
  ['3', 'Số hóa hồ sơ', 1200.5, 'NSTW'],
  ['4', 'Đào tạo kỹ năng số', 800, 'NSTW'],
];

function flatOds(): string {
  const rows = [
    `<table:table-row>${cell('Phụ lục II')}</table:table-row>`,
    `<table:table-row>${cell('Đơn vị tính: Triệu đồng')}</table:table-row>`,
    `<table:table-row>${['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Tổng mức đầu tư', 'Nguồn vốn'].map(cell).join('')}</table:table-row>`,
    ...RICH_ITEMS.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`),
    '<table:table-row><table:table-cell/>' + cell('Tổng cộng') +
      '<table:table-cell table:formula="of:=SUM([.C4:.C7])" office:value-type="float" office:value="5500.5"><text:p>5500.5</text:p></table:table-cell>' +
      '<table:table-cell table:content-validation-name="val1" office:value-type="string"><text:p>NSĐP</text:p>' +
      '<office:annotation><dc:creator>Kế toán</dc:creator><text:p>Ghi chú của người dùng</text:p></office:annotation></table:table-cell></table:table-row>',
  ].join('');
  const local = RICH_ITEMS.map((r, i) => `<table:table-row>${cell(String(i + 1))}${cell(r[2])}</table:table-row>`).join('');
  const chart = '<draw:frame draw:z-index="0" svg:width="8cm" svg:height="5cm" svg:x="12cm" svg:y="0.5cm"><draw:object>' +
    '<office:document office:mimetype="application/vnd.oasis.opendocument.chart" office:version="1.3"><office:body><office:chart>' +
    '<chart:chart svg:width="8cm" svg:height="5cm" chart:class="chart:bar"><chart:plot-area table:cell-range-address="\'PL II\'.C4:\'PL II\'.C7">' +
    '<chart:axis chart:dimension="x" chart:name="primary-x"/><chart:axis chart:dimension="y" chart:name="primary-y"/>' +
    '<chart:series chart:values-cell-range-address="\'PL II\'.C4:\'PL II\'.C7" chart:class="chart:bar"><chart:data-point chart:repeated="4"/></chart:series></chart:plot-area>' +
    '<table:table table:name="local-table"><table:table-header-columns><table:table-column/></table:table-header-columns><table:table-columns><table:table-column/></table:table-columns>' +
    `<table:table-header-rows><table:table-row><table:table-cell><text:p/></table:table-cell>${cell('S1')}</table:table-row></table:table-header-rows>` +
    `<table:table-rows>${local}</table:table-rows></table:table></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>`;
  const image = '<draw:frame draw:z-index="1" svg:width="2cm" svg:height="2cm" svg:x="12cm" svg:y="6cm"><draw:image>' +
    `<office:binary-data>${png(4, 4).toString('base64')}</office:binary-data></draw:image></draw:frame>`;
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" ' +
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' +
    '<office:body><office:spreadsheet>' +
    '<table:content-validations><table:content-validation table:name="val1" table:condition="of:cell-content-is-in-list(&quot;NSTW&quot;;&quot;NSĐP&quot;;&quot;ODA&quot;)" ' +
    'table:allow-empty-cell="true" table:base-cell-address="\'PL II\'.D8"/></table:content-validations>' +
    `<table:table table:name="PL II"><table:shapes>${chart}${image}</table:shapes><table:table-column table:number-columns-repeated="4"/>${rows}</table:table>` +
    '<table:table table:name="Pivot"><table:table-column/><table:table-row><table:table-cell/></table:table-row></table:table>' +
    '<table:named-expressions><table:named-range table:name="Khoan_muc" table:base-cell-address="$\'PL II\'.$C$4" table:cell-range-address="$\'PL II\'.$C$4:.$C$7"/></table:named-expressions>' +
    '<table:data-pilot-tables><table:data-pilot-table table:name="DP1" table:target-range-address="Pivot.A1:Pivot.B5">' +
    '<table:source-cell-range table:cell-range-address="\'PL II\'.A3:\'PL II\'.D7"/>' +
    '<table:data-pilot-field table:source-field-name="Nguồn vốn" table:orientation="row"/>' +
    '<table:data-pilot-field table:source-field-name="Tổng mức đầu tư" table:orientation="data" table:function="sum"/>' +
    '</table:data-pilot-table></table:data-pilot-tables></office:spreadsheet></office:body></office:document>';
}

let profileDir: string | null = null;
// LibreOffice's profile lives as long as the test file that made it, then goes (each run left one in /tmp).
afterAll(() => {
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  profileDir = null;
});

/** Converts `file` with LibreOffice into `outDir` (as .xlsx), returning the new file. */
export function libreOfficeConvert(file: string, outDir: string): string {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice not found');
  profileDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ngansach-lo-rich-'));
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync(soffice, [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, file], { stdio: 'pipe', timeout: 120000 });
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.xlsx`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${file}`);
  return out;
}

/** Makes the rich workbook in `dir` and returns its path. */
export function makeRichWorkbook(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const fods = path.join(dir, 'rich.fods');
  fs.writeFileSync(fods, flatOds());
  return libreOfficeConvert(fods, path.join(dir, 'lo'));
}
