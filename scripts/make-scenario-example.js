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
  ['decisionDate', 'Ngày quyết định', 'chọn văn bản áp dụng; để trống: 01/01 năm bắt đầu', 'text'],
  ['ruleSet', 'Bộ quy định', 'để trống: theo ngày (nd73-2019, nd45-2026, nd224-2026)', 'text'],
  [null, 'PHƯƠNG ÁN ĐẦU TƯ (Thông tư 04/2020/TT-BTTTT)'],
  ['invest.costs.xayLap', 'Chi phí xây lắp (G_XL)', '', 'amount'],
  ['invest.costs.thietBi', 'Chi phí thiết bị, phần mềm (G_TB)', '', 'amount'],
  ['invest.costs.quanLyDuAn', 'Chi phí quản lý dự án (G_QLDA)', '', 'amount'],
  ['invest.costs.tuVan', 'Chi phí tư vấn (G_TV)', '', 'amount'],
  ['invest.costs.khac', 'Chi phí khác (G_K)', '', 'amount'],
  ['invest.contingencyRate', 'Tỷ lệ dự phòng', 'ND 73: không quá 7%, 5% nếu lập báo cáo kinh tế - kỹ thuật (TT 04/2020, theo nguồn thứ cấp)', 'rate'],
  ['invest.escalationRate', 'Chỉ số trượt giá bình quân năm', 'trong thời gian xây dựng', 'rate'],
  ['invest.buildYears', 'Thời gian đầu tư xây dựng (năm)', '', 'year'],
  ['invest.annualOperatingCost', 'Chi phí vận hành mỗi năm sau đầu tư', 'chi thường xuyên', 'amount'],
  ['invest.usefulLifeYears', 'Thời gian sử dụng tài sản (năm)', 'giá trị còn lại cuối kỳ so sánh', 'year'],
  ['invest.documentType', 'Loại báo cáo', 'bckt hoặc feasibility; để trống: theo tổng mức đầu tư', 'text'],
  ['invest.source', 'Nguồn vốn đầu tư', 'NSTW, NSĐP, ODA, Khác', 'text'],
  ['invest.operatingSource', 'Nguồn chi vận hành', 'NSTW, NSĐP, ODA, Khác', 'text'],
  [null, 'PHƯƠNG ÁN THUÊ DỊCH VỤ (Thông tư 12/2020/TT-BTTTT)'],
  ['lease.availability', 'Loại dịch vụ thuê', 'custom = theo yêu cầu riêng; market = sẵn có trên thị trường', 'text'],
  ['lease.buildCost', 'Chi phí xây dựng dịch vụ trước VAT (T_đ)', '', 'amount'],
  ['lease.depositRate', 'Lãi suất tiền gửi bình quân (N)', 'để trống nếu ghi 3 ngân hàng dưới đây', 'rate'],
  ...[1, 2, 3].flatMap((i) => [
    [`lease.depositRates.${i}.bank`, `Ngân hàng ${i}`, i === 1 ? 'Thông tư 12/2020, Điều 6 khoản 2: 3 ngân hàng trong nước' : '', 'text'],
    [`lease.depositRates.${i}.oneYear`, `Ngân hàng ${i}: lãi suất kỳ hạn 1 năm`, '', 'rate'],
    [`lease.depositRates.${i}.term`, `Ngân hàng ${i}: lãi suất kỳ hạn theo thời hạn thuê`, '', 'rate'],
  ]),
  ['lease.periodsPerYear', 'Số kỳ thanh toán mỗi năm (k)', '1, 2, 4 hoặc 12', 'year'],
  ['lease.termYears', 'Thời hạn thuê (năm)', 'ND 73: 1 đến 5 năm (Điều 54); ND 224: nhiều năm (Điều 67)', 'year'],
  ['lease.payment', 'Thời điểm thanh toán', 'end = cuối kỳ; start = đầu kỳ', 'text'],
  ['lease.residualValue', 'Giá trị còn lại S', 'để trống: khấu hao đường thẳng', 'amount'],
  ['lease.lessorUsefulLifeYears', 'Thời gian khấu hao của bên cho thuê (năm)', 'để tính S', 'year'],
  ['lease.vatRate', 'Thuế suất VAT', '', 'rate'],
  ['lease.annualAdminCost', 'Chi phí quản trị, vận hành mỗi năm (G_v)', '', 'amount'],
  ['lease.annualMaintenanceCost', 'Chi phí bảo trì mỗi năm (G_bt)', '', 'amount'],
  ['lease.otherCost', 'Chi phí khác (G_k)', 'một lần, năm đầu', 'amount'],
  ['lease.managementCost', 'Chi phí quản lý của bên thuê', 'Nghị định 73/2019, Điều 55 khoản 1 điểm b', 'amount'],
  ['lease.consultingCost', 'Chi phí tư vấn của bên thuê', 'điểm c', 'amount'],
  ['lease.otherEstimateCost', 'Chi phí khác của dự toán thuê', 'kiểm toán, thẩm định giá, kiểm thử (điểm d)', 'amount'],
  ['lease.contingencyRate', 'Tỷ lệ dự phòng của dự toán thuê', 'điểm đ', 'rate'],
  ['lease.marketPricePerYear', 'Giá thuê năm đầu (dịch vụ sẵn có, gồm VAT)', 'chỉ dùng khi loại dịch vụ = market', 'amount'],
  ['lease.escalationRate', 'Mức tăng chi phí thuê hằng năm', '', 'rate'],
  ['lease.source', 'Nguồn chi thuê', 'NSTW, NSĐP, ODA, Khác', 'text'],
  [null, 'CÁCH SO SÁNH'],
  ['compare.residualCredit', 'Tính giá trị còn lại của tài sản đầu tư', 'true; false = quy ước cũ', 'text'],
  ['compare.discounting', 'Cách chiết khấu', 'payment = khi thanh toán; year-end = cuối năm (quy ước cũ)', 'text'],
  ['compare.sameServiceYears', 'Thuê bắt đầu khi đầu tư được nghiệm thu', 'true; false = từ năm đầu (quy ước cũ)', 'text'],
];

// Banks sit in a list in the JSON and under keys 1–3 in the sheet.
function lookup(obj, dotted) {
  return dotted.split('.').reduce((node, k) => (node == null ? undefined : Array.isArray(node) ? node[Number(k) - 1] : node[k]), obj);
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
