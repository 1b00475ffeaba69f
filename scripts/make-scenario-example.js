#!/usr/bin/env node
// Generates examples/scenario-soc.xlsx, the officer-fillable form of examples/scenario-soc.json:
// a label, the key the CLI reads, the value, and a hint per row. Run: node scripts/make-scenario-example.js
'use strict';
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const root = path.resolve(__dirname, '..');
const source = JSON.parse(fs.readFileSync(path.join(root, 'examples', 'scenario-soc.json'), 'utf8'));

// [key, label, hint, kind]; kind decides the cell format (rates show as %, amounts grouped).
const ROWS = [
  ['name', 'Tên hệ thống', '', 'text'],
  ['unit', 'Đơn vị tính', 'đồng, nghìn đồng, triệu đồng hoặc tỷ đồng', 'text'],
  ['startYear', 'Năm bắt đầu', '', 'year'],
  ['horizonYears', 'Thời gian so sánh (năm)', '', 'year'],
  ['discountRate', 'Tỷ lệ chiết khấu (năm)', 'ví dụ 7%', 'rate'],
  [null, 'PHƯƠNG ÁN ĐẦU TƯ (Thông tư 04/2020/TT-BTTTT)'],
  ['invest.costs.xayLap', 'Chi phí xây lắp (G_XL)', '', 'amount'],
  ['invest.costs.thietBi', 'Chi phí thiết bị, phần mềm (G_TB)', '', 'amount'],
  ['invest.costs.quanLyDuAn', 'Chi phí quản lý dự án (G_QLDA)', '', 'amount'],
  ['invest.costs.tuVan', 'Chi phí tư vấn (G_TV)', '', 'amount'],
  ['invest.costs.khac', 'Chi phí khác (G_K)', '', 'amount'],
  ['invest.contingencyRate', 'Tỷ lệ dự phòng', 'không quá 10% (Thông tư 03/2020/TT-BTTTT)', 'rate'],
  ['invest.escalationRate', 'Chỉ số trượt giá bình quân năm', 'trong thời gian xây dựng', 'rate'],
  ['invest.buildYears', 'Thời gian đầu tư xây dựng (năm)', '', 'year'],
  ['invest.annualOperatingCost', 'Chi phí vận hành mỗi năm sau đầu tư', 'chi thường xuyên', 'amount'],
  ['invest.usefulLifeYears', 'Thời gian sử dụng tài sản (năm)', 'dùng để tính giá trị còn lại S', 'year'],
  [null, 'PHƯƠNG ÁN THUÊ DỊCH VỤ (Thông tư 12/2020/TT-BTTTT)'],
  ['lease.availability', 'Loại dịch vụ thuê', 'custom = theo yêu cầu riêng; market = sẵn có trên thị trường', 'text'],
  ['lease.buildCost', 'Chi phí xây dựng dịch vụ trước VAT (T_đ)', '', 'amount'],
  ['lease.depositRate', 'Lãi suất tiền gửi bình quân (N)', 'bình quân lãi suất 1 năm và dài hạn của 3 ngân hàng', 'rate'],
  ['lease.periodsPerYear', 'Số kỳ thanh toán mỗi năm (k)', '1, 2, 4 hoặc 12', 'year'],
  ['lease.termYears', 'Thời hạn thuê (năm)', 'từ 1 đến 5 năm (Nghị định 73/2019, Điều 54)', 'year'],
  ['lease.payment', 'Thời điểm thanh toán', 'end = cuối kỳ; start = đầu kỳ', 'text'],
  ['lease.residualValue', 'Giá trị còn lại S', 'để trống: khấu hao đường thẳng', 'amount'],
  ['lease.vatRate', 'Thuế suất VAT', '', 'rate'],
  ['lease.annualAdminCost', 'Chi phí quản trị, vận hành mỗi năm (G_v)', '', 'amount'],
  ['lease.annualMaintenanceCost', 'Chi phí bảo trì mỗi năm (G_bt)', '', 'amount'],
  ['lease.otherCost', 'Chi phí khác (G_k)', 'một lần, năm đầu', 'amount'],
  ['lease.marketPricePerYear', 'Giá thuê năm đầu (dịch vụ sẵn có, gồm VAT)', 'chỉ dùng khi loại dịch vụ = market', 'amount'],
  ['lease.escalationRate', 'Mức tăng chi phí thuê hằng năm', '', 'rate'],
];

function lookup(obj, dotted) {
  return dotted.split('.').reduce((node, k) => (node == null ? undefined : node[k]), obj);
}

// The example's numbers are short decimals typed into cells, as an officer would type them.
function cellValue(v, kind) {
  if (v === null || v === undefined || v === '') return null;
  if (kind === 'text') return String(v);
  return Number(v);
}

async function main() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phương án');
  ws.getColumn('A').width = 48;
  ws.getColumn('B').width = 30;
  ws.getColumn('C').width = 16;
  ws.getColumn('D').width = 56;
  ws.getCell('A1').value = 'THÔNG SỐ PHƯƠNG ÁN ĐẦU TƯ HAY THUÊ DỊCH VỤ CNTT';
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = 'Điền cột "Giá trị"; không sửa cột "Khóa". Chạy: ngansach scenario scenario-soc.xlsx --out ket-qua.xlsx';
  ws.getCell('A2').font = { italic: true };
  const header = ws.getRow(4);
  header.values = ['Nội dung', 'Khóa', 'Giá trị', 'Ghi chú'];
  header.font = { bold: true };
  let r = 5;
  for (const [key, label, hint, kind] of ROWS) {
    const row = ws.getRow(r++);
    if (!key) {
      row.getCell(1).value = label;
      row.getCell(1).font = { bold: true };
      continue;
    }
    row.getCell(1).value = label;
    row.getCell(2).value = key;
    row.getCell(2).font = { color: { argb: 'FF808080' } };
    const value = row.getCell(3);
    value.value = cellValue(lookup(source, key), kind);
    value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    if (kind === 'rate') value.numFmt = '0.00%';
    if (kind === 'year') value.numFmt = '0';
    row.getCell(4).value = hint || null;
  }
  const out = path.join(root, 'examples', 'scenario-soc.xlsx');
  await wb.xlsx.writeFile(out);
  process.stdout.write(`wrote ${path.relative(root, out)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err.stack || err}\n`);
  process.exit(1);
});
