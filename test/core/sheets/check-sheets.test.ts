// The result sheets as plans: what an officer sees in them, independent of any writer.
import { checkWorkbook, defaultSettings } from '../../../src/core/check';
import { Decimal } from '../../../src/core/decimal';
import type { Grid } from '../../../src/core/grid';
import type { PlanCell, SheetPlan } from '../../../src/core/sheetplan';
import { buildCheckSheets } from '../../../src/core/sheets';
import { checkResultToJSON, findingCounts } from '../../../src/core/json';

// A small plan (triệu đồng, 2021-2025), rows 6.. : I = 1.000 + 2.500 (stated 3.400: wrong).
const grid: Grid = {
  sheet: 'PL IV', top: 1, left: 1,
  values: [
    ['Phụ lục IV', null, null, null, null, null],
    ['DANH MỤC DỰ ÁN GIAI ĐOẠN 2021 - 2025', null, null, null, null, null],
    ['Đơn vị tính: Triệu đồng', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian triển khai', 'Tổng mức đầu tư', 'Nguồn vốn'],
    ['I', 'Dự án CNTT', null, null, 3400, null],
    ['1', 'Nền tảng LGSP', 'Sở TTTT', '2021-2023', 1000, 'NSĐP (Vốn đầu tư)'],
    ['2', 'Trung tâm SOC', 'Sở TTTT', 'Hàng năm', '2.500 (500/năm)', 'NSĐP'],
    [null, 'Tổng cộng:', null, null, 3400, null],
  ],
  bold: [[], [], [], [], [true, true, true, true, true, true], [true, true, true, true, true, true], [], [], [true, true, true, true, true, true]],
};

const result = checkWorkbook('plan.xlsx', [grid], defaultSettings());
const [findingsSheet, summarySheet, dataSheet] = buildCheckSheets(result, [grid]);

function at(plan: SheetPlan, address: string): PlanCell | undefined {
  return plan.cells.find((c) => c.address === address);
}
function rowOf(plan: SheetPlan, label: string): number {
  const c = plan.cells.find((x) => x.address.startsWith('A') && x.value === label);
  if (!c) throw new Error(`no "${label}" in ${plan.name}`);
  return Number(c.address.slice(1));
}

it('names the sheets as the contract does', () => {
  expect([findingsSheet.name, summarySheet.name, dataSheet.name]).toEqual(['NS Kiểm tra', 'NS Tổng hợp', 'NS Dữ liệu']);
});

it('NS Dữ liệu: an even spread is live over the user’s cell, a text rate is a constant with a note', () => {
  const amounts = dataSheet.cells.filter((c) => c.address.startsWith('I') && c.address !== 'I1');
  // 1.000 over 2021-2023: 333,333 + 333,333 + the rest.
  expect(amounts[0].formula).toBe("ROUNDDOWN('PL IV'!E7/3,3)");
  expect((amounts[0].value as Decimal).toFixed()).toBe('333.333');
  expect(amounts[2].formula).toBe("'PL IV'!E7-SUM(I2:I3)");
  expect((amounts[2].value as Decimal).toFixed()).toBe('333.334');
  // "2.500 (500/năm)", Hàng năm: 500 in each of 2021-2025, read from text.
  const soc = amounts.slice(3);
  expect(soc).toHaveLength(5);
  for (const c of soc) {
    expect(c.formula).toBeUndefined();
    expect((c.value as Decimal).toFixed()).toBe('500');
  }
  expect(String(at(dataSheet, 'K5')?.value)).toContain('2.500 (500/năm)');
});

it('NS Tổng hợp: SUMIFS over NS Dữ liệu with the core’s totals as cached values, stated total by formula', () => {
  const total = rowOf(summarySheet, 'Tổng cộng các mục (tính lại)');
  expect(at(summarySheet, `B${total}`)?.formula).toMatch(/^SUMIFS\('NS Dữ liệu'!\$I\$2:\$I\$9,/);
  expect((at(summarySheet, `B${total}`)?.value as Decimal).toFixed()).toBe('3500');
  const stated = rowOf(summarySheet, 'Tổng cộng ghi trong bảng');
  expect(at(summarySheet, `B${stated}`)?.formula).toBe("'PL IV'!E9");
  const diff = rowOf(summarySheet, 'Chênh lệch (ghi trong bảng − tính lại)');
  expect((at(summarySheet, `B${diff}`)?.value as Decimal).toFixed()).toBe('-100');
  const nsdp = rowOf(summarySheet, 'NSĐP');
  expect((at(summarySheet, `B${nsdp}`)?.value as Decimal).toFixed()).toBe('3500');
});

it('NS Kiểm tra: one row per finding, linked to its cell, with live counts', () => {
  const counts = findingCounts(result.tables[0].findings);
  expect(counts.error).toBeGreaterThan(0);
  expect(at(findingsSheet, 'B2')).toMatchObject({ formula: expect.stringMatching(/^COUNTIF/), value: counts.error });
  const mismatch = result.tables[0].findings.find((f) => f.code === 'SUBTOTAL_MISMATCH');
  expect(mismatch).toBeDefined();
  const codeCell = findingsSheet.cells.find((c) => c.value === 'SUBTOTAL_MISMATCH');
  const r = codeCell?.address.slice(1);
  expect(at(findingsSheet, `C${r}`)).toMatchObject({ value: `PL IV!${mismatch?.cell}`, link: `'PL IV'!${mismatch?.cell}` });
  expect(at(findingsSheet, `A${r}`)?.value).toBe('Lỗi');
});

it('JSON: amounts as strings, every source and type key', () => {
  const json = checkResultToJSON(result);
  const s = json.tables[0].summary;
  expect(s.total).toBe('3500');
  expect(s.bySource).toEqual({ NSTW: '0', NSĐP: '3500', ODA: '0', Khác: '0', 'Chưa rõ': '0' });
  expect(s.byYear['2021']).toBe('833.333');
  expect(s.byYearSource['2023']).toEqual({ NSĐP: '833.334' });
});
