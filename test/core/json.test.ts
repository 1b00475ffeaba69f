// `check --json` is written in pieces (checkJSONPieces: rows and findings a batch at a time) and
// must be, character for character, the JSON.stringify of the whole contract object: on tables
// longer than a batch, on several tables, on every layout of the table tests, and on any grid.
import fc from 'fast-check';
import { checkGrid, defaultSettings } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';
import { checkJSONPieces, checkResultToJSON } from '../../src/core/json';
import type { CheckResult } from '../../src/core/model';
import { planGrid } from '../helpers/grid';

function same(result: CheckResult): void {
  expect([...checkJSONPieces(result)].join('')).toBe(JSON.stringify(checkResultToJSON(result)));
}

/** n items under sections of 700, with the texts that make findings ("3.000 (600/năm)", a source split). */
function longPlan(n: number): CellValue[][] {
  const body: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    if (i % 700 === 0) body.push([['I', 'II', 'III', 'IV', 'V', 'VI'][i / 700], `Nhóm "${i / 700}"`, null, null, null]);
    const k = i % 10;
    body.push([String((i % 700) + 1), `Nhiệm vụ số ${i + 1}\tđặc biệt`, k === 2 ? 'Hàng năm' : '2021-2023',
      k === 3 ? '3.000 (600/năm)' : k === 5 ? 'không rõ' : 100 + (i % 97) + (k === 7 ? 0.5 : 0),
      k === 9 ? '- NSĐP: 40; - Khác: 60' : 'NSĐP']);
  }
  body.push([null, 'Tổng cộng', null, null, null]);
  return body;
}

describe('checkJSONPieces', () => {
  test('a table of 3.600 items (rows and findings in several batches) and a second sheet', () => {
    const settings = defaultSettings();
    const big = checkGrid(planGrid(longPlan(3600)), settings);
    const small = checkGrid({ ...planGrid(longPlan(3)), sheet: 'Khác' }, defaultSettings({ lang: 'en' }));
    expect(big[0].rows.length).toBeGreaterThan(3000);
    expect(big[0].findings.length).toBeGreaterThan(1000);
    same({ file: 'kế hoạch "2021".xlsx', tables: [...big, ...small] });
  });

  test('rows that repeat the readings of rows before them (written as their own head and a shared tail) and rows that do not', () => {
    // Amounts, times and sources cycle: from the second cycle on, a row's readings are those of a
    // row before it, and runs of such rows alternate with rows seen for the first time.
    const body: CellValue[][] = [];
    for (let i = 0; i < 2500; i++) {
      if (i % 300 === 0) body.push([['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][i / 300], `Nhóm ${i / 300}`, null, null, null]);
      body.push([String((i % 300) + 1), `Nhiệm vụ "${i}"`, ['2021-2023', 'Hàng năm', '2022'][i % 3], 100 + (i % 37), ['NSĐP', 'NSTW', '- NSĐP: 40; - Khác: 60'][i % 4 % 3]]);
    }
    same({ file: 'f.xlsx', tables: checkGrid(planGrid(body), defaultSettings()) });
  });

  test('a table whose first batch of rows repeats nothing, then does (written whole from then on)', () => {
    const body: CellValue[][] = [];
    for (let i = 0; i < 2600; i++) body.push([String(i + 1), `Nhiệm vụ ${i}`, '2021-2025', i < 1200 ? 100 + i : 100 + (i % 5), 'NSĐP']);
    same({ file: 'f.xlsx', tables: checkGrid(planGrid(body), defaultSettings()) });
  });

  test('a survey: rows alike but for their province or system', () => {
    const rows: CellValue[][] = [['PHỤ LỤC 1.3'], ['STT', 'Địa phương', 'Tên hệ thống/Mô hình', 'Đơn vị quản lý', 'Tự đầu tư/Thuê', 'Năm đầu tư/thuê', 'Tổng kinh phí đề xuất', 'Nguồn vốn']];
    const provinces = ['An Giang', 'Bạc Liêu', 'Cà Mau'];
    const systems = ['Hệ thống IOC', 'Hệ thống SOC', 'Hệ thống LGSP', 'Kiosk'];
    for (let i = 0; i < 1500; i++) {
      rows.push([String(i + 1), provinces[i % 3], systems[Math.floor(i / 3) % 4], 'Sở TTTT', 'Tự đầu tư', '2023', '500 triệu đồng', 'NSĐP']);
    }
    const tables = checkGrid({ sheet: 'Khảo sát', top: 1, left: 1, values: rows }, defaultSettings());
    expect(tables[0].layout).toBe('survey');
    same({ file: 'f.xlsx', tables });
  });

  test('no table at all, and a table with no findings', () => {
    same({ file: 'f.xlsx', tables: [] });
    same({ file: 'f.xlsx', tables: checkGrid(planGrid([['1', 'Nhiệm vụ', '2021', 100, 'NSĐP'], [null, 'Tổng cộng', null, 100, null]]), defaultSettings()) });
  });

  test('any grid', () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>('STT', 'Tên dự án', 'Tổng số', 'Năm 2021', 'Năm 2022', 'Nguồn vốn', 'NSTW', 'NSĐP', 'I', '1', '2',
        '1.500', '3.000 (600/năm)', 'Tổng cộng', '2021-2023', 'Thuê VNPT', '"', '\\', '\u2028'),
      fc.constant(null),
      fc.integer({ min: -5, max: 100000 }),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 }), (rows) => {
      const grid: Grid = { sheet: 'S', top: 1, left: 1, values: rows };
      same({ file: 'f', tables: checkGrid(grid, defaultSettings()) });
    }), { numRuns: 300 });
  });
});
