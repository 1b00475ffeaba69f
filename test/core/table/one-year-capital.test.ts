// A year's capital plan (kế hoạch vốn đầu tư công năm 2026): each project is listed with its whole
// build time ("2024-2026"), its total investment (TMĐT), the capital allocated so far, and the
// money of the one year the column names ("Kế hoạch vốn năm 2026"). That money is the year's: it
// must not be spread over the build years (which put 6.000 of a 2026 plan in 2024 and 2025 and
// raised two OUTSIDE_PERIOD). Expected figures are the plan's own, added by hand.
import { checkResultToJSON } from '../../../src/core/json';
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkOne, codes } from '../../helpers/grid';

function capitalPlan(title: string, yearHeader: string): Grid {
  const values: CellValue[][] = [
    ['Biểu số 05', null, null, null, null, null, null, null, null],
    [title, null, null, null, null, null, null, null, null],
    ['Đơn vị: triệu đồng', null, null, null, null, null, null, null, null],
    ['STT', 'Danh mục dự án', 'Địa điểm XD', 'Thời gian KC-HT', 'Quyết định đầu tư', null, 'Lũy kế vốn đã bố trí đến hết năm 2025', yearHeader, 'Ghi chú'],
    [null, null, null, null, 'Số, ngày QĐ', 'TMĐT', null, null, null],
    [null, 'TỔNG SỐ', null, null, null, 45000, 12000, 15000, null],
    ['I', 'Dự án chuyển tiếp', null, null, null, 30000, 12000, 9000, null],
    ['1', 'Xây dựng chính quyền điện tử tỉnh', 'Tỉnh', '2024-2026', '123/QĐ-UBND ngày 15/3/2024', 30000, 12000, 9000, null],
    ['II', 'Dự án khởi công mới', null, null, null, 15000, null, 6000, null],
    ['1', 'Trung tâm điều hành thông minh IOC', 'TP', '2026-2027', '456/QĐ-UBND ngày 20/10/2025', 15000, null, 6000, 'NSĐP'],
  ];
  return {
    sheet: 'KH 2026', top: 1, left: 1, values,
    merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:F4', 'G4:G5', 'H4:H5', 'I4:I5'],
    bold: values.map((r, i) => r.map(() => i === 5 || i === 6 || i === 8)),
  };
}

const YEAR_PLAN = 'KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026 - LĨNH VỰC CÔNG NGHỆ THÔNG TIN';

test('the money of "Kế hoạch vốn năm 2026" is 2026 money: 9.000 + 6.000 = 15.000 in 2026, nothing outside the year', () => {
  const t = checkOne(capitalPlan(YEAR_PLAN, 'Kế hoạch vốn năm 2026'));
  expect(t.period).toEqual({ from: 2026, to: 2026 });
  expect(t.columnInfo.find((c) => c.col === 8)).toMatchObject({ role: 'amount', year: 2026 });
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2026, '15000']]);
  expect(t.summary.total.toFixed()).toBe('15000');
  expect(codes(t)).not.toContain('OUTSIDE_PERIOD');
  const items = t.rows.filter((r) => r.kind === 'item');
  expect(items.map((r) => [...r.allocation].map(([y, v]) => [y, v.toFixed()]))).toEqual([[[2026, '9000']], [[2026, '6000']]]);
  // The build time is still the row's time, read as written.
  expect(items.map((r) => r.time?.years)).toEqual([[2024, 2025, 2026], [2026, 2027]]);
});

test('with no year in the title, the column\'s year is the plan\'s period', () => {
  const t = checkOne(capitalPlan('KẾ HOẠCH ĐẦU TƯ CÔNG - LĨNH VỰC CÔNG NGHỆ THÔNG TIN', 'Dự toán năm 2026'));
  expect(t.period).toEqual({ from: 2026, to: 2026 });
  expect([...t.summary.byYear.keys()]).toEqual([2026]);
  expect(codes(t)).not.toContain('OUTSIDE_PERIOD');
});

test('a column for a span is not one year\'s: the money follows the time cells, within the span', () => {
  // "Kinh phí giai đoạn 2026-2030" over items of 2024-2026 and 2026-2027: the column is the span's
  // money, so the first item's 9.000 is its one build year inside it, 2026; the second's 6.000 is
  // 3.000 in each of 2026 and 2027. 2026: 9.000 + 3.000 = 12.000; 2027: 3.000.
  // (Until stop 27 this test expected 9.000 spread over 2024-2026, 3.000 of it in each of 2024 and
  // 2025 and an OUTSIDE_PERIOD for them: money a column names as 2026-2030's put before 2026; the
  // years before are the "Lũy kế vốn đã bố trí đến hết năm 2025" column's.)
  const t = checkOne(capitalPlan('KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030', 'Kinh phí giai đoạn 2026-2030'));
  expect(t.columnInfo.find((c) => c.col === 8)).toMatchObject({ role: 'amount', year: null });
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2026, '12000'], [2027, '3000']]);
  expect(codes(t)).not.toContain('OUTSIDE_PERIOD');
});

/** A report on one year's estimate beside the next ("Dự toán năm 2025 | Ước thực hiện năm 2025 | Dự toán năm 2026"). */
function reportGrid(e5: number, header = ['STT', 'Nội dung', 'Dự toán năm 2025', 'Ước thực hiện năm 2025', 'Dự toán năm 2026', 'Ghi chú']): Grid {
  const values: CellValue[][] = [
    ['Biểu 02', null, null, null, null, null],
    ['BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN NĂM 2025 VÀ DỰ TOÁN NĂM 2026 - KINH PHÍ ỨNG DỤNG CNTT', null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null],
    header,
    ['I', 'Chi thường xuyên', 800, 750, e5, null],
    ['1', 'Duy trì cổng thông tin điện tử', 300, 300, 350, null],
    ['2', 'Thuê đường truyền', 500, 450, 550, null],
    ['II', 'Chi đầu tư', 2000, 1800, 3000, null],
    ['1', 'Nâng cấp trung tâm dữ liệu', 2000, 1800, 3000, null],
    [null, 'Tổng cộng', 2800, 2550, 3900, null],
  ];
  return { sheet: 'Biểu 02', top: 1, left: 1, values, bold: values.map((r, i) => r.map(() => [4, 7, 9].includes(i))) };
}

test('a year\'s estimate beside its execution and the next year\'s: three figures of their own, no sum of years', () => {
  // Each column adds up by hand: 300 + 500 = 800, 300 + 450 = 750, 350 + 550 = 900; 800 + 2.000 =
  // 2.800, 750 + 1.800 = 2.550, 900 + 3.000 = 3.900. The execution of 2025 is no part of 2025's estimate.
  const t = checkOne(reportGrid(900));
  expect(codes(t).filter((c) => c === 'YEARS_SUM_MISMATCH' || c === 'SUBTOTAL_MISMATCH')).toEqual([]);
  expect(t.sums).toEqual([]);
  expect(t.summary.total.toFixed()).toBe('2800');
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2025, '2800']]);
});

test('each of those columns is still subtotal-checked: 950 written where 350 + 550 = 900', () => {
  const t = checkOne(reportGrid(950));
  const wrong = t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH');
  expect(wrong.map((f) => [f.cell, f.expected, f.actual])).toEqual([['E5', '900', '950']]);
});

test('plans and what was done year by year: the plans\' years are the money, what was done stands beside them', () => {
  // "Kế hoạch 2025 | Thực hiện 2025 | Kế hoạch 2026": the row's money is the two plans, 2.800 in
  // 2025 and 3.900 in 2026 (6.700), not the three columns added up (9.250, as read before).
  // The title names both years: the period is 2025–2026, so 2026 is inside it.
  const t = checkOne(reportGrid(900, ['STT', 'Nội dung', 'Kế hoạch 2025', 'Thực hiện 2025', 'Kế hoạch 2026', 'Ghi chú']));
  expect(t.columnInfo.filter((c) => c.money).map((c) => [c.col, c.role, c.year])).toEqual([[3, 'year', 2025], [4, 'other', 2025], [5, 'year', 2026]]);
  expect(t.summary.total.toFixed()).toBe('6700');
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2025, '2800'], [2026, '3900']]);
  expect(t.period).toEqual({ from: 2025, to: 2026 });
  expect(codes(t).filter((c) => c !== 'SOURCE_MISSING' && c !== 'SECURITY_SHARE_LOW')).toEqual([]);
});

test('years of what was done alone are the row\'s money per year, as any year columns', () => {
  // "Thực hiện 2025 | Thực hiện 2026" only: 800 + 900 for the first section, as written.
  const values: CellValue[][] = [
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2025 - 2026', null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null],
    ['STT', 'Nội dung', 'Thực hiện 2025', 'Thực hiện 2026'],
    ['1', 'Duy trì cổng thông tin điện tử', 300, 350],
    ['2', 'Thuê đường truyền', 500, 550],
  ];
  const t = checkOne({ sheet: 'BC', top: 1, left: 1, values });
  expect(t.columnInfo.filter((c) => c.money).map((c) => c.role)).toEqual(['year', 'year']);
  expect(t.summary.total.toFixed()).toBe('1700');
});

test.each(['Kế hoạch vốn năm 2026', 'Kế hoạch năm 2026'])('TMĐT beside "%s" over Tổng số | NSTW | NSĐP: the year\'s plan and its sources', (group) => {
  // 9.000 = 5.000 NSTW + 4.000 NSĐP; 6.000 NSĐP; 15.000 = 5.000 + 10.000. TMĐT (45.000) is the
  // projects' size: no sum of one year's plan.
  const values: CellValue[][] = [
    ['KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN LĨNH VỰC CNTT NĂM 2026', null, null, null, null, null, null],
    ['Đơn vị: triệu đồng', null, null, null, null, null, null],
    ['STT', 'Danh mục dự án', 'Thời gian KC-HT', 'TMĐT', group, null, null],
    [null, null, null, null, 'Tổng số', 'NSTW', 'NSĐP'],
    [null, 'TỔNG SỐ', null, 45_000, 15_000, 5_000, 10_000],
    ['1', 'Chính quyền điện tử', '2024-2026', 30_000, 9_000, 5_000, 4_000],
    ['2', 'Trung tâm IOC', '2026-2027', 15_000, 6_000, null, 6_000],
  ];
  const t = checkOne({ sheet: 'KH 2026', top: 1, left: 1, values, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3'] });
  expect(t.columnInfo.filter((c) => c.money).map((c) => [c.col, c.role, c.year, c.source])).toEqual([
    [4, 'other', null, null], [5, 'amount', 2026, null], [6, 'source', null, 'NSTW'], [7, 'source', null, 'NSĐP'],
  ]);
  expect(t.summary.total.toFixed()).toBe('15000');
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2026, '15000']]);
  expect([t.summary.bySource.NSTW.toFixed(), t.summary.bySource['NSĐP'].toFixed()]).toEqual(['5000', '10000']);
  expect(t.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([]);
  expect(codes(t)).not.toContain('SOURCE_MISSING');
});

test('a year\'s estimate beside last year\'s figures: "Chỉ tiêu" names the rows, the year of the title is the money', () => {
  // "DỰ TOÁN … NĂM 2027": the 2027 column is the money, 3.500 + 2.500 = 6.000 under "TỔNG CHI";
  // 2026's estimate and execution are figures of their own (still subtotal-checked).
  const values: CellValue[][] = [
    ['DỰ TOÁN CHI ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2027', null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null],
    ['STT', 'Chỉ tiêu', 'Dự toán năm 2026', 'Ước thực hiện năm 2026', 'Dự toán năm 2027'],
    [null, 'TỔNG CHI', 5_000, 4_800, 6_000],
    ['1', 'Chi đầu tư phát triển', 3_000, 2_900, 3_500],
    ['2', 'Chi thường xuyên', 2_000, 1_800, 2_500],
  ];
  const t = checkOne({ sheet: 'DT', top: 1, left: 1, values });
  expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'other', 'other', 'amount']);
  expect(t.rows.map((r) => `${r.kind} ${r.name}`)).toEqual(['total TỔNG CHI', 'item Chi đầu tư phát triển', 'item Chi thường xuyên']);
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2027, '6000']]);
  // 2.900 + 1.800 = 4.700, written 4.800: the execution column is checked on its own.
  expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['D4', '4700', '4800']]);
});

test('a plan adjusted: what was given plus the signed adjustment is the figure after it, row by row', () => {
  const grid = (after: number): Grid => ({
    sheet: 'DC', top: 1, left: 1, values: [
      ['ĐIỀU CHỈNH KẾ HOẠCH VỐN ĐẦU TƯ CÔNG LĨNH VỰC CNTT NĂM 2026', null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null],
      ['STT', 'Danh mục dự án', 'Kế hoạch vốn năm 2026 đã giao', 'Điều chỉnh tăng (+), giảm (-)', 'Kế hoạch vốn năm 2026 sau điều chỉnh'],
      [null, 'TỔNG SỐ', 20_000, 0, 20_000],
      ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', 12_000, -3_000, after],
      ['2', 'Hệ thống camera giám sát giao thông', 5_000, 2_000, 7_000],
      ['3', 'Nền tảng tích hợp dữ liệu (LGSP)', 3_000, 1_000, 4_000],
    ],
  });
  // 12.000 − 3.000 = 9.000; 5.000 + 2.000 = 7.000; 3.000 + 1.000 = 4.000; 9.000 + 7.000 + 4.000 = 20.000.
  const right = checkOne(grid(9_000));
  expect(right.sums).toEqual([{ kind: 'adjust', total: 5, parts: [3, 4], stated: false }]);
  expect(right.summary.total.toFixed()).toBe('20000');
  expect(codes(right).filter((c) => c.endsWith('MISMATCH'))).toEqual([]);
  // 15.000 written after an adjustment of −3.000 to 12.000: 9.000 is right (and the total 26.000 ≠ 20.000).
  const wrong = checkOne(grid(15_000));
  expect(wrong.findings.filter((f) => f.code === 'SOURCES_SUM_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['E5', '15000', '9000']]);
});

test('"Kế hoạch đã giao | Kế hoạch sau điều chỉnh | Tăng (+)/Giảm (-)", no "vốn" in the names: the plan after the adjustment is the amount, and the change is checked', () => {
  // Before: "Kế hoạch đã giao" was taken for the amount, the plan after it and the change were no
  // money at all, so neither their subtotals nor the change itself were checked.
  const grid = (change: number): Grid => ({
    sheet: 'DC', top: 1, left: 1, values: [
      ['BIỂU ĐIỀU CHỈNH KẾ HOẠCH VỐN ỨNG DỤNG CNTT NĂM 2026', null, null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null, null],
      ['STT', 'Danh mục nhiệm vụ', 'Kế hoạch đã giao', 'Kế hoạch sau điều chỉnh', 'Tăng (+)/Giảm (-)', 'Lý do'],
      ['1', 'Xây dựng kho dữ liệu dùng chung', 3_000, 2_500, change, 'Tiết kiệm sau đấu thầu'],
      ['2', 'Nâng cấp hệ thống một cửa điện tử', 1_500, 2_000, 500, 'Bổ sung tính năng'],
      ['3', 'Mua sắm thiết bị bảo mật', 1_000, 1_000, 0, null],
      [null, 'Tổng cộng', 5_500, 5_500, 0, null],
    ],
  });
  // 3.000 − 500 = 2.500; 1.500 + 500 = 2.000; 1.000 + 0 = 1.000; 2.500 + 2.000 + 1.000 = 5.500; −500 + 500 + 0 = 0.
  const right = checkOne(grid(-500));
  expect(right.columnInfo.filter((c) => c.money).map((c) => [c.col, c.role])).toEqual([[3, 'allocated'], [4, 'amount'], [5, 'other']]);
  expect(right.sums).toEqual([{ kind: 'adjust', total: 4, parts: [3, 5], stated: false }]);
  expect(right.summary.total.toFixed()).toBe('5500');
  expect(codes(right).filter((c) => c.endsWith('MISMATCH'))).toEqual([]);
  // −400 written where 2.500 − 3.000 = −500: the row's change is wrong, and the changes add to 100, not 0.
  const wrong = checkOne(grid(-400)).findings.filter((f) => f.code.endsWith('MISMATCH')).map((f) => [f.code, f.cell]);
  expect(wrong).toEqual([['SOURCES_SUM_MISMATCH', 'D4'], ['SUBTOTAL_MISMATCH', 'E7']]);
});

test('a cut written as accounts write it, "(3.000)", is −3.000: the adjusted plan adds up', () => {
  const values: CellValue[][] = [
    ['ĐIỀU CHỈNH KẾ HOẠCH VỐN NĂM 2026 - CÁC DỰ ÁN CNTT', null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null],
    ['STT', 'Danh mục dự án', 'Kế hoạch vốn năm 2026 đã giao', 'Điều chỉnh tăng (+), giảm (-)', 'Kế hoạch vốn năm 2026 sau điều chỉnh'],
    [null, 'TỔNG SỐ', 20_000, '0', 20_000],
    ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', 12_000, '(3.000)', 9_000],
    ['2', 'Hệ thống camera giám sát giao thông', 5_000, '+2.000', 7_000],
    ['3', 'Nền tảng tích hợp dữ liệu (LGSP)', 3_000, '1.000', 4_000],
  ];
  // 12.000 − 3.000 = 9.000; 5.000 + 2.000 = 7.000; 3.000 + 1.000 = 4.000; −3.000 + 2.000 + 1.000 = 0.
  const t = checkOne({ sheet: 'DC', top: 1, left: 1, values });
  expect(codes(t).filter((c) => c.endsWith('MISMATCH'))).toEqual([]);
  expect(t.rows.find((r) => r.row === 5)?.cells[1].value?.toFixed()).toBe('-3000');
});

test('separate increase and decrease columns ("Điều chỉnh / Tăng | Giảm"): given + increase − decrease = after, row by row', () => {
  const grid = (after: number): Grid => ({
    sheet: 'DC', top: 1, left: 1, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'], values: [
      ['ĐIỀU CHỈNH KẾ HOẠCH VỐN NĂM 2026 - CÁC DỰ ÁN CNTT', null, null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null, null],
      ['STT', 'Danh mục dự án', 'Kế hoạch vốn năm 2026 đã giao', 'Điều chỉnh', null, 'Kế hoạch vốn năm 2026 sau điều chỉnh'],
      [null, null, null, 'Tăng', 'Giảm', null],
      [null, 'TỔNG SỐ', 20_000, 3_000, 3_000, 20_000],
      ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', 12_000, null, 3_000, 9_000],
      ['2', 'Hệ thống camera giám sát giao thông', 5_000, 2_000, null, 7_000],
      ['3', 'Nền tảng tích hợp dữ liệu (LGSP)', 3_000, 1_000, null, after],
    ],
  });
  // 12.000 − 3.000 = 9.000; 5.000 + 2.000 = 7.000; 3.000 + 1.000 = 4.000; 9.000 + 7.000 + 4.000 = 20.000;
  // the total row: 20.000 + 3.000 − 3.000 = 20.000.
  const right = checkOne(grid(4_000));
  expect(right.sums).toEqual([{ kind: 'adjust', total: 6, parts: [3, 4], minus: [5], stated: false }]);
  expect(codes(right).filter((c) => c.endsWith('MISMATCH'))).toEqual([]);
  expect(checkResultToJSON({ file: 'dc.xlsx', tables: [right] }).tables[0].sums).toEqual([{ kind: 'adjust', total: 'F', parts: ['C', 'D'], minus: ['E'], stated: false }]);
  // 5.000 written where 3.000 + 1.000 = 4.000 is right.
  const wrong = checkOne(grid(5_000)).findings.filter((f) => f.code === 'SOURCES_SUM_MISMATCH');
  expect(wrong.map((f) => [f.cell, f.expected, f.actual])).toEqual([['F8', '5000', '4000']]);
  expect(wrong[0].message).toContain('cộng số tăng, trừ số giảm (C–E) được 4.000 triệu đồng');
});

test('a recurrent estimate adjusted ("Dự toán đầu năm | Điều chỉnh tăng/(giảm) | Dự toán sau điều chỉnh"): the money is the estimate after, and each row is checked', () => {
  // Before: "Dự toán đầu năm" (the first "dự toán") was the amount; the estimate after the
  // adjustment was a figure of its own and the adjustment no money, so a row whose three figures
  // disagree, and a wrong total of the adjustments, passed.
  const grid = (firstAfter: string, changesTotal: string): Grid => ({
    sheet: 'DC', top: 1, left: 1, values: [
      ['BIỂU ĐIỀU CHỈNH DỰ TOÁN CHI CNTT NĂM 2026', null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null],
      ['STT', 'Nội dung', 'Dự toán đầu năm', 'Điều chỉnh tăng/(giảm)', 'Dự toán sau điều chỉnh'],
      ['1', 'Phần mềm quản lý hồ sơ', '1.000', '(200)', firstAfter],
      ['2', 'Thiết bị mạng', '500', '300', '800'],
      ['3', 'Đào tạo', '300', '(100)', '200'],
      [null, 'Tổng cộng', '1.800', changesTotal, '1.800'],
    ],
  });
  // 1.000 − 200 = 800; 500 + 300 = 800; 300 − 100 = 200; 800 + 800 + 200 = 1.800; −200 + 300 − 100 = 0.
  const right = checkOne(grid('800', '0'));
  expect(right.columnInfo.filter((c) => c.money).map((c) => [c.col, c.role])).toEqual([[3, 'other'], [4, 'other'], [5, 'amount']]);
  expect(right.sums).toEqual([{ kind: 'adjust', total: 5, parts: [3, 4], stated: false }]);
  expect(codes(right).filter((c) => c.endsWith('MISMATCH'))).toEqual([]);
  // The totals are the estimate after: 900 + 800 + 200 = 1.900 when the first row says 900 (and
  // the total row 1.900), though 1.000 − 200 = 800 is what its own figures give.
  const wrongRow = checkOne(grid('900', '0'));
  expect(wrongRow.summary.total.toFixed()).toBe('1900');
  const mismatches = (t: typeof right): string[][] => t.findings.filter((f) => f.code.endsWith('MISMATCH')).map((f) => [f.code, f.cell ?? '']);
  expect(mismatches(wrongRow)).toEqual([['SOURCES_SUM_MISMATCH', 'E4'], ['SUBTOTAL_MISMATCH', 'E7']]);
  // "(100)" as the adjustments' total, where they add to 0 (and 1.800 − 100 = 1.700 is not 1.800).
  expect(mismatches(checkOne(grid('800', '(100)')))).toEqual([['SUBTOTAL_MISMATCH', 'D7'], ['SOURCES_SUM_MISMATCH', 'E7']]);
});

test('"- 200" in a signed column is a cut of 200, as "(200)" and "-200" are; a bullet before a figure elsewhere', () => {
  // Before: "- 200" was read as a bullet before 200 (money/amounts.ts), so the right table below
  // got a false SOURCES_SUM_MISMATCH at E4 (1.000 + 200 = 1.200, not 800) and a false
  // SUBTOTAL_MISMATCH at D7 (−200 read as 200: 200 + 300 − 50 = 450, not the 50 written).
  const grid = (firstAfter: number, header = 'Điều chỉnh tăng/(giảm)'): Grid => ({
    sheet: 'DC', top: 1, left: 1, values: [
      ['ĐIỀU CHỈNH DỰ TOÁN CHI ỨNG DỤNG CNTT NĂM 2026', null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null],
      ['STT', 'Nội dung', 'Dự toán đầu năm', header, 'Dự toán sau điều chỉnh'],
      ['1', 'Duy trì cổng thông tin', 1000, '- 200', firstAfter],
      ['2', 'Mua sắm máy tính', 500, '+ 300', 800],
      ['3', 'Thuê đường truyền', 300, '– 50', 250],
      [null, 'Tổng cộng', 1800, 50, 1850],
    ],
  });
  // By hand: 1.000 − 200 = 800; 500 + 300 = 800; 300 − 50 = 250; 800 + 800 + 250 = 1.850;
  // −200 + 300 − 50 = 50.
  const right = checkOne(grid(800));
  expect(right.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(right.rows.find((r) => r.row === 4)?.cells[1].value?.toFixed()).toBe('-200');
  expect(right.rows.find((r) => r.row === 4)?.cells[1].text).toBe('- 200');
  // The figure after that does not follow (1.000 − 200 is not 900) is still found, at its cell.
  const wrong = checkOne(grid(900));
  expect(wrong.findings.filter((f) => f.code === 'SOURCES_SUM_MISMATCH').map((f) => f.cell)).toEqual(['E4']);
});
