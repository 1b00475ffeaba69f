import { bodyRow, checkOne, planGrid } from '../../helpers/grid';

// Hand-made plans: sums worked out in the comments.
describe('subtotals', () => {
  it('accepts a plan whose sections and total add up, with no false alarm', () => {
    const t = checkOne(planGrid([
      ['I', 'Dự án CNTT', '', 3000, ''],
      ['1', 'LGSP', '2021-2023', 1800, 'NSĐP'],
      ['2', 'Cổng dịch vụ công', '2021', 1200, 'NSĐP'],
      ['II', 'Nhiệm vụ', '', 500, ''],
      ['1', 'Đào tạo', '2022', 500, 'NSTW'],
      ['', 'Tổng cộng', '', 3500, ''],
    ]));
    expect(t.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(t.summary.total.toFixed()).toBe('3500'); // 1800 + 1200 + 500
    expect(t.summary.statedTotal?.toFixed()).toBe('3500');
  });

  it('reports a wrong section amount with the computed sum and does not repeat it in the total', () => {
    // I says 3.100 but 1.800 + 1.200 = 3.000; the total (3.500) is right against the items.
    const t = checkOne(planGrid([
      ['I', 'Dự án CNTT', '', 3100, ''],
      ['1', 'LGSP', '2021-2023', 1800, 'NSĐP'],
      ['2', 'Cổng dịch vụ công', '2021', 1200, 'NSĐP'],
      ['II', 'Nhiệm vụ', '', 500, ''],
      ['1', 'Đào tạo', '2022', 500, 'NSTW'],
      ['', 'Tổng cộng', '', 3500, ''],
    ]));
    const mismatches = t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ cell: `D${bodyRow(0)}`, expected: '3000', actual: '3100', severity: 'error' });
    expect(mismatches[0].message).toContain('3.000');
  });

  it('reports a blank section amount with the computed value', () => {
    const t = checkOne(planGrid([
      ['I', 'Dự án CNTT', '', null, ''],
      ['1', 'LGSP', '2021-2023', 1800, 'NSĐP'],
      ['2', 'Cổng', '2021', 35388.5, 'NSĐP'],
    ]));
    const f = t.findings.find((x) => x.code === 'SUBTOTAL_MISSING');
    expect(f).toMatchObject({ cell: `D${bodyRow(0)}`, expected: '37188.5' });
  });

  it('suggests the missing value when exactly one item is unreadable', () => {
    // Section says 5.000; readable items 1.800 + 1.200 = 3.000; the garbled one must be 2.000.
    const t = checkOne(planGrid([
      ['I', 'Dự án', '', 5000, ''],
      ['1', 'A', '2021', 1800, 'NSĐP'],
      ['2', 'B', '2021', 'hai nghìn', 'NSĐP'],
      ['3', 'C', '2021', 1200, 'NSĐP'],
    ]));
    const unreadable = t.findings.find((x) => x.code === 'AMOUNT_UNREADABLE');
    expect(unreadable).toMatchObject({ cell: `D${bodyRow(2)}`, suggestion: '2000', severity: 'error' });
    const mismatch = t.findings.find((x) => x.code === 'SUBTOTAL_MISMATCH');
    expect(mismatch?.related).toEqual([`D${bodyRow(2)}`]);
  });

  it('scopes dotted numbers by section and nests 2.1 under 2', () => {
    const t = checkOne(planGrid([
      ['I', 'Dự án', '', 164001, ''],
      ['2', 'Dự án triển khai mới', '', 164001, ''],
      ['2.1', 'LGSP', '2021-2023', 18000, 'NSĐP (Vốn đầu tư)'],
      ['2.2', 'IOC', '2022-2024', 146001, 'NSĐP (Vốn đầu tư)'],
      ['II', 'Nhiệm vụ', '', 12500, ''],
      ['2.1', 'SOC', 'Hàng năm', '12.500 (2.500/năm)', 'NSĐP'],
    ]));
    const rows = new Map(t.rows.map((r) => [r.row, r]));
    expect(rows.get(bodyRow(2))?.parentRow).toBe(bodyRow(1));
    expect(rows.get(bodyRow(5))?.parentRow).toBe(bodyRow(4));
    expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH')).toEqual([]);
    expect(t.summary.total.toFixed()).toBe('176501'); // 18000 + 146001 + 12500
  });
});

describe('a total its name says is rounded ("Tổng cộng (làm tròn)")', () => {
  // A detailed estimate in đồng: 823.456.789 + 45.321.000 + 21.105.500 + 44.494.164 = 934.377.453.
  const estimate = (totalName: string, total: string) => checkOne({
    sheet: 'DT', top: 1, left: 1, values: [
      ['DỰ TOÁN KINH PHÍ TRIỂN KHAI PHẦN MỀM QUẢN LÝ VĂN BẢN NĂM 2026', null, null],
      ['Đơn vị tính: đồng', null, null],
      ['STT', 'Khoản mục chi phí', 'Thành tiền'],
      ['1', 'Chi phí mua sắm phần mềm', '823.456.789'],
      ['2', 'Chi phí đào tạo, chuyển giao', '45.321.000'],
      ['3', 'Chi phí quản lý dự án', '21.105.500'],
      ['4', 'Chi phí dự phòng (5%)', '44.494.164'],
      ['', totalName, total],
    ],
  });
  const mismatches = (t: ReturnType<typeof estimate>) => t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.actual]);

  it('may differ from its items by less than the step it is rounded to: 934.377.000 for 934.377.453 (to the thousand)', () => {
    expect(mismatches(estimate('Tổng cộng (làm tròn)', '934.377.000'))).toEqual([]);
    expect(mismatches(estimate('Tổng cộng (làm tròn)', '934.378.000'))).toEqual([]);
    expect(mismatches(estimate('TỔNG CỘNG LÀM TRÒN', '934.400.000'))).toEqual([]);
  });

  it('is still wrong off by a step or more (934.376.000 is 1.453 short), and a total that says nothing of rounding is held to the đồng', () => {
    expect(mismatches(estimate('Tổng cộng (làm tròn)', '934.376.000'))).toEqual([['C8', '934376000']]);
    expect(mismatches(estimate('Tổng cộng', '934.377.000'))).toEqual([['C8', '934377000']]);
  });

  it('in every money column: before tax and the tax rounded on the same line as the total after tax', () => {
    // Before tax 823.456.789 + 45.321.000 = 868.777.789, tax 82.345.679 + 4.532.100 = 86.877.779,
    // after tax 905.802.468 + 49.853.100 = 955.655.568; the line rounds each to the thousand.
    // Before, the two columns beside the total got SUBTOTAL_MISMATCH (off by 211 and 221).
    const taxed = (before: string, tax: string, after: string) => checkOne({
      sheet: 'DT', top: 1, left: 1, values: [
        ['TỔNG HỢP DỰ TOÁN KINH PHÍ NÂNG CẤP HỆ THỐNG THÔNG TIN', null, null, null, null],
        ['Đơn vị tính: đồng', null, null, null, null],
        ['STT', 'Khoản mục chi phí', 'Giá trị trước thuế', 'Thuế GTGT', 'Giá trị sau thuế'],
        ['1', 'Chi phí mua sắm phần mềm', '823.456.789', '82.345.679', '905.802.468'],
        ['2', 'Chi phí đào tạo, chuyển giao', '45.321.000', '4.532.100', '49.853.100'],
        ['', 'Tổng cộng (làm tròn)', before, tax, after],
      ],
    });
    expect(mismatches(taxed('868.778.000', '86.878.000', '955.656.000'))).toEqual([]);
    // A thousand off in the tax column is off by a step: still wrong.
    expect(mismatches(taxed('868.778.000', '86.879.000', '955.656.000'))).toEqual([['D6', '86879000']]);
  });

  it('an estimate of one undertaking, its rows the cost items ("Khoản mục chi phí"), is not asked what a plan is asked', () => {
    const codes = estimate('Tổng cộng (làm tròn)', '934.377.000').findings.map((f) => f.code);
    expect(codes).not.toContain('SOURCE_MISSING');
    expect(codes).not.toContain('SECURITY_SHARE_LOW');
  });
});
