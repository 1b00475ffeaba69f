// The standard multi-year form: "Dự kiến kinh phí thực hiện" merged over "Tổng số | Năm 2021 | …
// | Năm 2025", a column-number row under the header, sections and the total as SUM formulas.
// Every figure below is typed by hand; sums are worked out in the comments.
import type { CellValue } from '../../../src/core/grid';
import { checkResultToJSON } from '../../../src/core/json';
import { checkSheet, findingList, plainYears, rowAt, SheetSpec } from '../../helpers/sheets';

const HEADER_MERGES = ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:J5', 'K5:K6'];

/** Money columns E (total) … J (2025); sections and the total are SUMs of what is under them. */
function plan(items: { i: CellValue[][]; ii: CellValue[][] }, override: Record<string, CellValue> = {}): SheetSpec {
  const rows: CellValue[][] = [
    ['Phụ lục I'],
    ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN GIAI ĐOẠN 2021 - 2025'],
    ['Đơn vị tính: Triệu đồng'],
    [],
    ['STT', 'Tên dự án/nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Dự kiến kinh phí thực hiện', null, null, null, null, null, 'Nguồn vốn'],
    [null, null, null, null, 'Tổng số', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025', null],
    ['(1)', '(2)', '(3)', '(4)', '(5)=(6)+…+(10)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
  ];
  const money = ['E', 'F', 'G', 'H', 'I', 'J'];
  const formulas: Record<string, string> = {};
  const sectionRow = (stt: string, name: string, children: CellValue[][]): void => {
    const at = rows.length + 1;
    const first = at + 1;
    const last = at + children.length;
    const sums = money.map((_, k) => children.reduce<number>((a, c) => a + (typeof c[4 + k] === 'number' ? (c[4 + k] as number) : 0), 0));
    rows.push([stt, name, null, null, ...sums, null]);
    money.forEach((c) => { formulas[`${c}${at}`] = `SUM(${c}${first}:${c}${last})`; });
    rows.push(...children.map((c) => [...c]));
  };
  sectionRow('I', 'Dự án đầu tư', items.i);
  const sectionI = 8;
  sectionRow('II', 'Nhiệm vụ', items.ii);
  const sectionII = 8 + items.i.length + 1;
  const totalAt = rows.length + 1;
  const totals = money.map((_, k) => (rows[sectionI - 1][4 + k] as number) + (rows[sectionII - 1][4 + k] as number));
  rows.push([null, 'Tổng cộng', null, null, ...totals, null]);
  money.forEach((c) => { formulas[`${c}${totalAt}`] = `${c}${sectionI}+${c}${sectionII}`; });
  for (const [addr, v] of Object.entries(override)) {
    const col = addr.charCodeAt(0) - 65;
    rows[Number(addr.slice(1)) - 1][col] = v;
  }
  return { name: 'PL I', rows, merges: HEADER_MERGES, formulas, bold: [5, 6, sectionI, sectionII, totalAt] };
}

// I = LGSP 3.000 (1.000 + 2.000) + IOC 2.500 (1.500 + 500 + 500) = 5.500
// II = SOC 1.200 (240 a year)
// total 6.700; by year 1.240, 2.240, 1.740, 740, 740.
const RIGHT = {
  i: [
    ['1', 'Nền tảng tích hợp LGSP', 'Sở TTTT', '2021-2022', 3000, 1000, 2000, null, null, null, 'NSĐP (Vốn đầu tư)'],
    ['2', 'Trung tâm điều hành IOC', 'Sở TTTT', '2023-2025', 2500, null, null, 1500, 500, 500, 'NSĐP (Vốn đầu tư)'],
  ],
  ii: [
    ['1', 'Thuê dịch vụ giám sát ATTT (SOC)', 'Sở TTTT', 'Hàng năm', 1200, 240, 240, 240, 240, 240, 'NSĐP (chi thường xuyên)'],
  ],
};

describe('year columns under a merged "Dự kiến kinh phí thực hiện"', () => {
  const t = checkSheet(plan(RIGHT));

  it('reads the two-row band and the role of every column', () => {
    expect(t.headerRow).toBe(5);
    expect(t.headerEnd).toBe(6);
    expect(t.columnInfo.map((c) => [c.col, c.role, c.year])).toEqual([
      [1, 'stt', null], [2, 'name', null], [3, 'owner', null], [4, 'time', null], [5, 'amount', null],
      [6, 'year', 2021], [7, 'year', 2022], [8, 'year', 2023], [9, 'year', 2024], [10, 'year', 2025], [11, 'sourceText', null],
    ]);
    expect(t.columnInfo[5].header).toBe('Dự kiến kinh phí thực hiện / Năm 2021');
    expect(t.columnInfo[4].header).toBe('Dự kiến kinh phí thực hiện / Tổng số');
    // The column-number row says (5) = (6) + … + (10): the same columns the names say.
    expect(t.sums).toEqual([{ kind: 'years', total: 5, parts: [6, 7, 8, 9, 10], stated: true }]);
  });

  it('skips the column-number row: no item worth 5 or 6', () => {
    expect(t.rows[0].row).toBe(8);
    expect(t.rows.map((r) => r.stt)).toEqual(['I', '1', '2', 'II', '1', '']);
  });

  it('takes the year columns as each item\'s allocation', () => {
    const lgsp = rowAt(t, 9);
    expect(plainYears(lgsp.years)).toEqual({ 2021: '1000', 2022: '2000' });
    expect(plainYears(lgsp.allocation)).toEqual({ 2021: '1000', 2022: '2000' });
    expect(lgsp.allocationBasis).toBe('columns');
    expect(plainYears(t.summary.byYear)).toEqual({ 2021: '1240', 2022: '2240', 2023: '1740', 2024: '740', 2025: '740' });
    expect(t.summary.total.toFixed()).toBe('6700');
    expect(t.summary.byType['ĐTPT'].toFixed()).toBe('5500');
    expect(t.summary.byType.CTX.toFixed()).toBe('1200');
  });

  it('raises nothing on the right table but the ND 73 route of each item', () => {
    expect(findingList(t)).toEqual(['PROCEDURE_HINT@E10', 'PROCEDURE_HINT@E12', 'PROCEDURE_HINT@E9']);
  });

  it('JSON: columns, years, allocationBasis', () => {
    const json = checkResultToJSON({ file: 'x.xlsx', tables: [t] }).tables[0];
    expect(json.columns[5]).toEqual({ col: 'F', role: 'year', header: 'Dự kiến kinh phí thực hiện / Năm 2021', year: 2021, source: null, type: null, money: true });
    const ioc = json.rows.find((r) => r.row === 10);
    expect(ioc?.years).toEqual({ 2023: '1500', 2024: '500', 2025: '500' });
    expect(ioc?.allocation).toEqual(ioc?.years);
    expect(ioc?.allocationBasis).toBe('columns');
  });
});

describe('year columns that do not add up', () => {
  it('reports the row whose years miss its total, and each column whose section cell misses its items', () => {
    // IOC's 2024 typed 600 instead of 500: its years add to 2.600, not 2.500. Section I (500) and
    // the total (740) in column I still hold the right sums of what was meant.
    const t = checkSheet(plan(RIGHT, { I10: 600 }));
    const years = t.findings.find((f) => f.code === 'YEARS_SUM_MISMATCH');
    expect(years).toMatchObject({ cell: 'E10', expected: '2500', actual: '2600', severity: 'error', related: ['H10', 'I10', 'J10'] });
    expect(years?.message).toContain('(F–J)');
    expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['I8', '600', '500'], ['I13', '840', '740'],
    ]);
    expect(findingList(t).filter((f) => !f.startsWith('PROCEDURE_HINT'))).toEqual(['SUBTOTAL_MISMATCH@I13', 'SUBTOTAL_MISMATCH@I8', 'YEARS_SUM_MISMATCH@E10']);
  });

  it('suggests the value of an unreadable year cell from the row total', () => {
    // LGSP 2022 typed "hai nghìn": the total 3.000 less 2021's 1.000 leaves 2.000.
    const t = checkSheet(plan(RIGHT, { G9: 'hai nghìn' }));
    expect(t.findings.find((f) => f.code === 'AMOUNT_UNREADABLE')).toMatchObject({ cell: 'G9', suggestion: '2000' });
    expect(t.findings.map((f) => f.code)).not.toContain('YEARS_SUM_MISMATCH');
    // The sections' 2022 cells miss the unreadable cell's money; each names it as the cause.
    expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.related])).toEqual([['G8', ['G9']], ['G13', ['G9']]]);
  });
});
