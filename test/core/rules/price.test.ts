// A detailed estimate (dự toán chi tiết): "Số lượng | Đơn giá | Thành tiền". Each item's amount
// must be its quantities times its unit price. Every product below is worked out by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, codes, planGrid } from '../../helpers/grid';

const TITLES = ['DỰ TOÁN KINH PHÍ NHIỆM VỤ NÂNG CẤP CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NĂM 2026', 'Đơn vị tính: đồng'];
const HEADER = ['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Đơn giá', 'Thành tiền', 'Ghi chú'];

/** The estimate: 2 × 100.000.000 + 1 × 100.000.000 = 300.000.000; 1 × 400.000.000 + 25 × 2.000.000 = 450.000.000. */
function estimate(training: CellValue = 50_000_000, sectionII: CellValue = 450_000_000, total: CellValue = 750_000_000): CellValue[][] {
  return [
    ['I', 'Chi phí thiết bị', null, null, null, 300_000_000, null],
    ['1', 'Máy chủ', 'Bộ', 2, 100_000_000, 200_000_000, null],
    ['2', 'Thiết bị tường lửa', 'Bộ', 1, 100_000_000, 100_000_000, null],
    ['II', 'Chi phí phần mềm và đào tạo', null, null, null, sectionII, null],
    ['1', 'Phần mềm cổng thông tin', 'Gói', 1, 400_000_000, 400_000_000, null],
    ['2', 'Đào tạo cán bộ', 'Người', 25, 2_000_000, training, null],
    [null, 'Tổng cộng (I+II)', null, null, null, total, null],
  ];
}

test('a right estimate: the factors are read as such, no error, the money is the plan year\'s', () => {
  const t = checkOne(planGrid(estimate(), { titles: TITLES, header: HEADER }));
  expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'other', 'quantity', 'unitPrice', 'amount', 'note']);
  // Quantities and unit prices are no money columns: they are not added up under the sections.
  expect(t.moneyColumns.map((c) => c.col)).toEqual([6]);
  // One task's estimate names no source by its form: nothing to ask of the table.
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  expect(t.summary.total.toFixed()).toBe('750000000');
  // A one-year estimate with no time column: all of it is 2026's.
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2026, '750000000']]);
});

test('25 × 2.000.000 = 50.000.000 written as 60.000.000: one error at the amount, the factors named', () => {
  const t = checkOne(planGrid(estimate(60_000_000, 460_000_000, 760_000_000), { titles: TITLES, header: HEADER }));
  const found = t.findings.filter((f) => f.code === 'AMOUNT_PRICE_MISMATCH');
  // Body row 5 is sheet row 10 (two titles, a blank line, the header on row 4, the body from row 5).
  expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual, f.suggestion, f.related])).toEqual([
    ['F10', 'error', '50000000', '60000000', '50000000', ['D10', 'E10']],
  ]);
  expect(found[0].message).toBe('Ô F10: thành tiền ghi 60.000.000 đồng nhưng 25 × 2.000.000 = 50.000.000 đồng (lệch 10.000.000). Sửa thành tiền, số lượng hoặc đơn giá.');
  // The sections were written to match the items: no subtotal error besides.
  expect(codes(t)).not.toContain('SUBTOTAL_MISMATCH');
  const en = checkOne(planGrid(estimate(60_000_000, 460_000_000, 760_000_000), { titles: TITLES, header: HEADER }), { lang: 'en' });
  expect(en.findings.find((f) => f.code === 'AMOUNT_PRICE_MISMATCH')?.message).toBe('Cell F10: the amount is 60,000,000 đồng but 25 × 2,000,000 = 50,000,000 đồng (off by 10,000,000). Fix the amount, the quantity or the unit price.');
});

test('three factors (people × days × rate), decimals as officers write them, rounding, and lump sums', () => {
  const header = ['STT', 'Nội dung chi', 'Số người', 'Số ngày', 'Mức chi', 'Thành tiền'];
  const body: CellValue[][] = [
    // 20 × 3 × 150.000 = 9.000.000.
    ['1', 'Bồi dưỡng học viên', 20, 3, 150_000, 9_000_000],
    // 1,5 × 2 × 200.000 = 600.000 (text as typed: "1,5" is one and a half).
    ['2', 'Thuê chuyên gia', '1,5', 2, '200.000', '600.000'],
    // 3 × 1 × 333.333,33 = 999.999,99, written to the whole đồng: 1.000.000.
    ['3', 'Tài liệu', 3, 1, 333_333.33, 1_000_000],
    // 10 × 2 × 100.000 = 2.000.000, written 2.500.000: wrong (body row 3, sheet row 8).
    ['4', 'Nước uống', 10, 2, 100_000, 2_500_000],
    // A lump sum: no factors, not judged.
    ['5', 'Chi khác', null, null, null, 700_000],
    [null, 'Tổng cộng', null, null, null, 13_800_000],
  ];
  const t = checkOne(planGrid(body, { titles: ['DỰ TOÁN KINH PHÍ TẬP HUẤN NĂM 2026', 'Đơn vị tính: đồng'], header }));
  expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'quantity', 'quantity', 'unitPrice', 'amount']);
  expect(t.findings.filter((f) => f.code === 'AMOUNT_PRICE_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['F8', '2000000', '2500000']]);
  // 9.000.000 + 600.000 + 1.000.000 + 2.500.000 + 700.000 = 13.800.000, as stated.
  expect(codes(t)).not.toContain('SUBTOTAL_MISMATCH');
});

test('a plan with a "Số lượng" column but no unit price is not an estimate: nothing to multiply', () => {
  const header = ['STT', 'Tên dự án/nhiệm vụ', 'Số lượng', 'Thời gian triển khai', 'Tổng mức đầu tư', 'Nguồn vốn'];
  const t = checkOne(planGrid([['1', 'Máy tính cho xã', 120, '2026', 1_800, 'NSĐP'], ['2', 'Máy chủ', 4, '2026', 2_000, 'NSĐP']], { header }));
  expect(codes(t)).not.toContain('AMOUNT_PRICE_MISMATCH');
  expect(t.rows.every((r) => r.factors === undefined)).toBe(true);
});

test('a unit price in đồng beside an amount in triệu đồng is brought to triệu first', () => {
  // A lease estimate as provinces type it: the monthly price in đồng, the amount in triệu.
  // 12 × 15.000.000 đồng = 180.000.000 đồng = 180 triệu; 12 × 5.000.000 đồng = 60 triệu;
  // 1 × 40.000.000 đồng = 40 triệu. Before, each product was taken as triệu: three false errors
  // ("= 180.000.000 triệu đồng").
  const header = ['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Đơn giá (đồng/tháng)', 'Thành tiền (triệu đồng)'];
  const body = (line2: number): CellValue[][] => [
    ['1', 'Thuê máy chủ ảo', 'Tháng', 12, 15_000_000, 180],
    ['2', 'Thuê đường truyền', 'Tháng', 12, 5_000_000, line2],
    ['3', 'Thuê dịch vụ sao lưu', 'Năm', 1, 40_000_000, 40],
    [null, 'Tổng cộng', null, null, null, 220 + line2],
  ];
  const titles = ['DỰ TOÁN KINH PHÍ THUÊ DỊCH VỤ CNTT NĂM 2027'];
  const right = checkOne(planGrid(body(60), { titles, header }));
  expect(right.unit).toBe('triệu đồng');
  expect(codes(right)).not.toContain('AMOUNT_PRICE_MISMATCH');
  // 65 where 60 is due: one error, the product in the amount's unit, the price's unit named.
  const wrong = checkOne(planGrid(body(65), { titles, header }));
  const found = wrong.findings.filter((f) => f.code === 'AMOUNT_PRICE_MISMATCH');
  expect(found.map((f) => [f.expected, f.actual])).toEqual([['60', '65']]);
  expect(found[0].message).toMatch(/thành tiền ghi 65 triệu đồng nhưng 12 × 5\.000\.000 đồng = 60 triệu đồng \(lệch 5\)/);
});

test('the unit line in triệu đồng and the price in đồng: the same conversion', () => {
  // "Đơn vị tính: triệu đồng" over "Đơn giá (đồng)": 25 × 2.000.000 đồng = 50 triệu.
  const header = ['STT', 'Nội dung', 'Số lượng', 'Đơn giá (đồng)', 'Thành tiền'];
  const t = checkOne(planGrid([['1', 'Đào tạo cán bộ', 25, 2_000_000, 50], [null, 'Tổng cộng', null, null, 50]], { titles: ['DỰ TOÁN KINH PHÍ ĐÀO TẠO NĂM 2027', 'Đơn vị tính: triệu đồng'], header }));
  expect(codes(t)).not.toContain('AMOUNT_PRICE_MISMATCH');
});
