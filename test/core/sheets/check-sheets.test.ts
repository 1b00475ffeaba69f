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
function rowOf(plan: SheetPlan, label: string | number): number {
  const c = plan.cells.find((x) => x.address.startsWith('A') && x.value === label);
  if (!c) throw new Error(`no "${label}" in ${plan.name}`);
  return Number(c.address.slice(1));
}

it('names the sheets as the contract does', () => {
  expect([findingsSheet.name, summarySheet.name, dataSheet.name]).toEqual(['NS Kiểm tra', 'NS Tổng hợp', 'NS Dữ liệu']);
});

// NS Dữ liệu, worked out from the grid: the years are 2021-2025 (LGSP 2021-2023, SOC every year
// of the plan's 2021-2025), so I..M are "Năm 2021".."Năm 2025", N "Chưa rõ năm", O the link back,
// P the note; H adds a row's I..N. One source each, so one row per item: LGSP row 2, SOC row 3.
it('NS Dữ liệu: a row per item × source, a column per year, and the row total as a live SUM', () => {
  const header = ['A1', 'F1', 'G1', 'H1', 'I1', 'M1', 'N1', 'O1', 'P1'].map((a) => at(dataSheet, a)?.value);
  expect(header).toEqual(['Bảng', 'Nguồn vốn', 'Loại chi', 'Cộng', 'Năm 2021', 'Năm 2025', 'Chưa rõ năm', 'Ô gốc', 'Ghi chú']);
  expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2'].map((a) => at(dataSheet, a)?.value)).toEqual([1, 'PL IV', 7, '1', 'Nền tảng LGSP', 'NSĐP', 'ĐTPT']);
  expect(at(dataSheet, 'H2')?.formula).toBe('SUM(I2:N2)');
  expect((at(dataSheet, 'H2')?.value as Decimal).toFixed()).toBe('1000');
  expect(at(dataSheet, 'O2')).toMatchObject({ value: 'PL IV!E7', link: "'PL IV'!E7" });
  expect([at(dataSheet, 'A4'), at(dataSheet, 'H4')]).toEqual([undefined, undefined]);
});

it('NS Dữ liệu: an even spread is live over the user’s cell, a text rate is a constant with a note', () => {
  // 1.000 over 2021-2023: 333,333 + 333,333 + the rest, the rest subtracting the same row's years.
  for (const a of ['I2', 'J2']) {
    expect(at(dataSheet, a)?.formula).toBe("ROUNDDOWN('PL IV'!E7/3,3)");
    expect((at(dataSheet, a)?.value as Decimal).toFixed()).toBe('333.333');
  }
  expect(at(dataSheet, 'K2')?.formula).toBe("'PL IV'!E7-SUM(I2:J2)");
  expect((at(dataSheet, 'K2')?.value as Decimal).toFixed()).toBe('333.334');
  expect([at(dataSheet, 'L2'), at(dataSheet, 'M2'), at(dataSheet, 'N2'), at(dataSheet, 'P2')]).toEqual([undefined, undefined, undefined, undefined]);
  // "2.500 (500/năm)", Hàng năm: 500 in each of 2021-2025, read from text; one note for the row.
  const soc = ['I3', 'J3', 'K3', 'L3', 'M3'].map((a) => at(dataSheet, a));
  for (const c of soc) {
    expect(c?.formula).toBeUndefined();
    expect((c?.value as Decimal).toFixed()).toBe('500');
  }
  expect((at(dataSheet, 'H3')?.value as Decimal).toFixed()).toBe('2500');
  expect(String(at(dataSheet, 'P3')?.value)).toBe('Đọc từ chữ trong ô: "2.500 (500/năm)"');
});

it('NS Tổng hợp: SUMIFS over NS Dữ liệu with the core’s totals as cached values, stated total by formula', () => {
  const total = rowOf(summarySheet, 'Tổng cộng các mục (tính lại)');
  expect(at(summarySheet, `B${total}`)?.formula).toBe("SUMIFS('NS Dữ liệu'!$H$2:$H$3,'NS Dữ liệu'!$A$2:$A$3,1)");
  expect((at(summarySheet, `B${total}`)?.value as Decimal).toFixed()).toBe('3500');
  const stated = rowOf(summarySheet, 'Tổng cộng ghi trong bảng');
  expect(at(summarySheet, `B${stated}`)?.formula).toBe("'PL IV'!E9");
  const diff = rowOf(summarySheet, 'Chênh lệch (ghi trong bảng − tính lại)');
  expect((at(summarySheet, `B${diff}`)?.value as Decimal).toFixed()).toBe('-100');
  const nsdp = rowOf(summarySheet, 'NSĐP');
  expect(at(summarySheet, `B${nsdp}`)?.formula).toBe(`SUMIFS('NS Dữ liệu'!$H$2:$H$3,'NS Dữ liệu'!$A$2:$A$3,1,'NS Dữ liệu'!$F$2:$F$3,$A${nsdp})`);
  expect((at(summarySheet, `B${nsdp}`)?.value as Decimal).toFixed()).toBe('3500');
  // 2021: LGSP's 333,333 + SOC's 500, from the year's own column (I).
  const y2021 = rowOf(summarySheet, 2021);
  expect(at(summarySheet, `B${y2021}`)?.formula).toBe("SUMIFS('NS Dữ liệu'!$I$2:$I$3,'NS Dữ liệu'!$A$2:$A$3,1)");
  expect((at(summarySheet, `B${y2021}`)?.value as Decimal).toFixed()).toBe('833.333');
  // Every figure has a year: the "Chưa rõ năm" column (N) adds up to nothing.
  const noYear = rowOf(summarySheet, 'Không rõ năm');
  expect(at(summarySheet, `B${noYear}`)?.formula).toBe("SUMIFS('NS Dữ liệu'!$N$2:$N$3,'NS Dữ liệu'!$A$2:$A$3,1)");
  expect((at(summarySheet, `B${noYear}`)?.value as Decimal).toFixed()).toBe('0');
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

it('NS Dữ liệu: the note on an amount shared among sources writes the cell\'s number as officers do ("6.000", not "6000")', () => {
  // One item of 6.000 (a number cell) with "Trong đó: - NSTW | 4.000", "- NSĐP | 2.000" under it:
  // two data rows, NSTW 4.000 and NSĐP 2.000, each noted as a share of the cell that reads 6.000.
  const split: Grid = {
    sheet: 'KH', top: 1, left: 1,
    values: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null],
      ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
      ['1', 'Trung tâm giám sát an toàn thông tin (SOC)', '2026', 6000, 'NSTW, NSĐP'],
      [null, 'Trong đó:', null, null, null],
      [null, '- NSTW', null, 4000, null],
      [null, '- NSĐP', null, 2000, null],
    ],
  };
  const sheets = buildCheckSheets(checkWorkbook('split.xlsx', [split], defaultSettings()), [split]);
  const data = sheets[2];
  const noteCol = data.cells.find((c) => c.address.endsWith('1') && c.value === 'Ghi chú')?.address.replace(/\d+$/, '');
  expect([2, 3].map((r) => at(data, `${noteCol}${r}`)?.value)).toEqual(['Chia theo nguồn vốn (ô ghi "6.000")', 'Chia theo nguồn vốn (ô ghi "6.000")']);
  const en = buildCheckSheets(checkWorkbook('split.xlsx', [split], defaultSettings({ lang: 'en' })), [split], 'en')[2];
  expect(String(at(en, `${noteCol}2`)?.value)).toContain('"6,000"');
});
