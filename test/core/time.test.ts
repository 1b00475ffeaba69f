// The time column as officers write it. Expected years are worked out from the words: a range
// "A - B" is every year from A to B; "Hàng năm" is every year of the plan period; "02 năm/lần"
// is every second year from the period start (2021, 2023, 2025 in 2021-2025).
import ExcelJS from 'exceljs';
import { parsePeriod } from '../../src/core/period';
import { parseTime } from '../../src/core/time';
import { fixture } from '../helpers/fixtures';
import type { Period, TimePattern } from '../../src/core/types';

const P2125: Period = { from: 2021, to: 2025 };
const P2630: Period = { from: 2026, to: 2030 };
const P1620: Period = { from: 2016, to: 2020 };
const ALL_2125 = [2021, 2022, 2023, 2024, 2025];

function years(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

type Row = [text: string, pattern: TimePattern, years: number[]];

describe('parseTime: ranges', () => {
  const rows: Row[] = [
    ['2021-2023', 'range', [2021, 2022, 2023]],
    ['2015 - 2016', 'range', [2015, 2016]],
    ['2017 -2018', 'range', [2017, 2018]],
    ['2016- 2017', 'range', [2016, 2017]],
    ['2014 - 2020', 'range', years(2014, 2020)],
    ['2020 - 2025', 'range', years(2020, 2025)],
    ['Giai đoạn 2021-2025', 'range', ALL_2125],
    ['giai đoạn 2021 – 2025', 'range', ALL_2125],
    ['Từ 2021 đến 2023', 'range', [2021, 2022, 2023]],
    ['từ năm 2022 đến năm 2024', 'range', [2022, 2023, 2024]],
    ['2021 đến 2022', 'range', [2021, 2022]],
    ['2021 tới 2022', 'range', [2021, 2022]],
    ['2021 ÷ 2023', 'range', [2021, 2022, 2023]],
    ['2021~2022', 'range', [2021, 2022]],
    ['Năm học 2021/2022', 'range', [2021, 2022]],
    ['Quý II/2021 - Quý IV/2022', 'range', [2021, 2022]],
    ['01/01/2021 - 31/12/2023', 'range', [2021, 2022, 2023]],
    ['Tháng 6/2021 - tháng 12/2021', 'range', [2021]],
    ['2021-2021', 'range', [2021]],
    ['  2021-2022  ', 'range', [2021, 2022]],
    ['2021\n-\n2022', 'range', [2021, 2022]],
    ['2021\u00a0-\u00a02022', 'range', [2021, 2022]],
    // Two-digit shorthand: the end takes the start's century.
    ['2021-23', 'range', [2021, 2022, 2023]],
    ['2019-20', 'range', [2019, 2020]],
    ['2021 - 25', 'range', ALL_2125],
  ];
  test.each(rows)('%j → %s %j', (text, pattern, expected) => {
    const r = parseTime(text, P2125);
    expect(r.pattern).toBe(pattern);
    expect(r.years).toEqual(expected);
    expect(r.text).toBe(text);
  });

  // Every dash officers paste from Word, with every spacing, reads the same.
  const dashes = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'];
  const spacings: [string, string][] = [['', ''], [' ', ' '], ['', ' '], [' ', ''], ['  ', '  ']];
  const pairs: [number, number][] = [[2016, 2017], [2017, 2018], [2019, 2022], [2020, 2023], [2021, 2025], [2014, 2019]];
  const generated: [string, number, number][] = [];
  for (const d of dashes) for (const [a, b] of spacings) for (const [from, to] of pairs) generated.push([`${from}${a}${d}${b}${to}`, from, to]);
  test.each(generated)('%j is the range %i..%i', (text, from, to) => {
    const r = parseTime(text, P2125);
    expect(r.pattern).toBe('range');
    expect(r.years).toEqual(years(from, to));
  });
});

describe('parseTime: remarks after the time are kept and never read for years', () => {
  test('"2021 – 2022 (Theo Kế hoạch …)" keeps the remark', () => {
    const r = parseTime('2021 – 2022 (Theo Kế hoạch số 123/KH-UBND)', P2125);
    expect(r.pattern).toBe('range');
    expect(r.years).toEqual([2021, 2022]);
    expect(r.remark).toBe('(Theo Kế hoạch số 123/KH-UBND)');
  });
  test('the leading year governs: "2017 (các hạng mục khác … từ 2017 - 2020)" is 2017 only', () => {
    const text = '2017 (các hạng mục khác của Đề án triển khai từ 2017 - 2020)';
    const r = parseTime(text, P1620);
    expect(r).toEqual({ text, pattern: 'single', years: [2017], remark: '(các hạng mục khác của Đề án triển khai từ 2017 - 2020)' });
  });
  test('a time only in brackets is read, the words before it become the remark', () => {
    const r = parseTime('Theo tiến độ dự án (2021-2023)', P2125);
    expect(r.years).toEqual([2021, 2022, 2023]);
    expect(r.remark).toBe('Theo tiến độ dự án');
    expect(parseTime('(2022)', P2125).years).toEqual([2022]);
  });
  test('a cadence in the remark applies to the range in front: "2021-2025 (02 năm/lần)"', () => {
    const r = parseTime('2021-2025 (02 năm/lần)', null);
    expect(r.pattern).toBe('every_n');
    expect(r.years).toEqual([2021, 2023, 2025]);
  });
  test('no remark field when there is none', () => {
    expect('remark' in parseTime('2021', P2125)).toBe(false);
  });
});

describe('parseTime: lists and single years', () => {
  const rows: Row[] = [
    ['2019, 2020', 'list', [2019, 2020]],
    ['2018, 2020', 'list', [2018, 2020]],
    ['2018,2020', 'list', [2018, 2020]],
    ['2018; 2020', 'list', [2018, 2020]],
    ['2021 và 2023', 'list', [2021, 2023]],
    ['2021 & 2023', 'list', [2021, 2023]],
    ['Năm 2021, 2023, 2025', 'list', [2021, 2023, 2025]],
    ['2020, 2018', 'list', [2018, 2020]],
    ['2019-2020, 2022', 'list', [2019, 2020, 2022]],
    ['2021, 2021', 'list', [2021]],
    ['2016', 'single', [2016]],
    ['Năm 2020', 'single', [2020]],
    ['năm 2020', 'single', [2020]],
    ['NĂM 2020', 'single', [2020]],
    ['Năm đầu tư 2020', 'single', [2020]],
    ['Quý II/2021', 'single', [2021]],
    ['Quý 4/2022', 'single', [2022]],
    ['Tháng 6/2021', 'single', [2021]],
    ['06/2021', 'single', [2021]],
    ['15/3/2024', 'single', [2024]],
    ['Hoàn thành trong năm 2022', 'single', [2022]],
    // One end given, the other the plan's (2021-2025): before 2023 is 2021-2022 (not 2023, when
    // the work must be done); up to 2023 is 2021-2023; after 2023 is 2024-2025.
    ['Trước năm 2023', 'range', [2021, 2022]],
    ['Đến năm 2023', 'range', [2021, 2022, 2023]],
    ['Đến hết năm 2025', 'range', ALL_2125],
    ['Sau năm 2023', 'range', [2024, 2025]],
    // From a year without an end: to the plan's (as "2023 trở đi"); before, 2023 alone, so a task
    // running on from 2023 had all its money in 2023. Past the plan's end it is that year alone.
    ['Từ năm 2023', 'range', [2023, 2024, 2025]],
    ['Bắt đầu từ năm 2024', 'range', [2024, 2025]],
    // So with the verb officers put first (before: 2024 alone, all the money in one year).
    ['Triển khai từ năm 2024', 'range', [2024, 2025]],
    ['Thực hiện từ 2023', 'range', [2023, 2024, 2025]],
    ['Thực hiện đến năm 2022', 'range', [2021, 2022]],
    // From a month, a quarter or a day on: as from its year (before: that year alone); a deadline
    // with its month stays the year it falls in.
    ['Từ tháng 3/2023', 'range', [2023, 2024, 2025]],
    ['Từ quý II/2024', 'range', [2024, 2025]],
    ['Từ 01/3/2023', 'range', [2023, 2024, 2025]],
    ['Đến tháng 6/2023', 'single', [2023]],
    ['Từ năm 2027', 'single', [2027]],
    // A year counted from the plan's start (2021): the first is 2021, the third 2023, the last 2025.
    ['Năm thứ nhất', 'single', [2021]],
    ['Năm thứ 3', 'single', [2023]],
    ['Năm đầu', 'single', [2021]],
    ['Năm cuối giai đoạn', 'single', [2025]],
    // A deadline with its date is the year it falls in.
    ['Trước 30/6/2023', 'single', [2023]],
    ['2020.', 'single', [2020]],
  ];
  test.each(rows)('%j → %s %j', (text, pattern, expected) => {
    const r = parseTime(text, P2125);
    expect(r.pattern).toBe(pattern);
    expect(r.years).toEqual(expected);
  });

  test('a year typed as a number is that year', () => {
    expect(parseTime(2020, P2125)).toEqual({ text: '2020', pattern: 'single', years: [2020] });
    expect(parseTime(2016, null).years).toEqual([2016]);
  });
  // 44197 was here too: it is 1 January 2021 as Excel counts days, which is how the add-in reads a
  // date cell, and is now read as 2021 (see "a date cell is the year it falls in" below).
  test.each([2020.5, -2021, 0, 12000, NaN, Infinity])('the number %p is not a year', (n) => {
    expect(parseTime(n, P2125)).toMatchObject({ pattern: 'unknown', years: [] });
  });
});

describe('parseTime: every year of the period', () => {
  const annual = [
    'Hàng năm', 'hàng năm', 'HÀNG NĂM', 'Hằng năm', 'hang nam', 'Cập nhật hàng năm', 'Thực hiện hàng năm',
    'Duy trì hàng năm', 'Mỗi năm', 'Định kỳ hàng năm', 'Thường xuyên', 'thuong xuyen', 'Liên tục',
    'Hàng tháng', 'Hàng quý', 'Hàng năm (theo kế hoạch)', 'Thực hiện 01 năm/lần', '1 năm/lần',
  ];
  test.each(annual)('%j over 2021-2025 is 2021..2025', (text) => {
    const r = parseTime(text, P2125);
    expect(r.pattern).toBe('annual');
    expect(r.years).toEqual(ALL_2125);
  });
  test.each(annual)('%j without a period: annual, years not known', (text) => {
    const r = parseTime(text, null);
    expect(r.pattern).toBe('annual');
    expect(r.years).toEqual([]);
  });
  test('"Hàng năm" over the 2016-2020 plan is 2016..2020', () => {
    expect(parseTime('Hàng năm', P1620).years).toEqual(years(2016, 2020));
  });
  test('"Hàng năm" with its own years uses them', () => {
    expect(parseTime('Hàng năm, từ 2022 - 2025', P2125)).toMatchObject({ pattern: 'annual', years: [2022, 2023, 2024, 2025] });
  });
  test('"Hàng năm từ 2022" runs from 2022 to the period end', () => {
    expect(parseTime('Hàng năm từ 2022', P2125)).toMatchObject({ pattern: 'annual', years: [2022, 2023, 2024, 2025] });
    expect(parseTime('Hàng năm từ 2022', null)).toMatchObject({ pattern: 'annual', years: [] });
  });
  test('"Hàng năm (2021-2025)" with no period found uses the bracketed range', () => {
    expect(parseTime('Hàng năm (2021-2025)', null).years).toEqual(ALL_2125);
  });
  test('"Hàng năm (2022-2024)" in a plan of 2021-2025 is those three years, not the five (before: the period\'s five)', () => {
    expect(parseTime('Hàng năm (2022-2024)', P2125)).toMatchObject({ pattern: 'annual', years: [2022, 2023, 2024] });
    expect(parseTime('Thường xuyên (giai đoạn 2023 – 2025)', P2125).years).toEqual([2023, 2024, 2025]);
    expect(parseTime('02 năm/lần (2022-2025)', P2125).years).toEqual([2022, 2024]);
    // A remark that cites a document says nothing of the years: the period's.
    expect(parseTime('Hàng năm (theo Kế hoạch 2016-2020)', P2125).years).toEqual(ALL_2125);
  });
  test('"Cả giai đoạn" is the whole period', () => {
    expect(parseTime('Cả giai đoạn', P2125)).toMatchObject({ pattern: 'range', years: ALL_2125 });
    expect(parseTime('Trong giai đoạn', P1620).years).toEqual(years(2016, 2020));
    expect(parseTime('Cả giai đoạn', null).pattern).toBe('unknown');
  });
  test('an invalid period counts as no period', () => {
    expect(parseTime('Hàng năm', { from: 2025, to: 2021 }).years).toEqual([]);
    expect(parseTime('Hàng năm', { from: 1000, to: 99999 }).years).toEqual([]);
  });
});

describe('parseTime: every N years from the period start', () => {
  const everyTwo = [
    'Thực hiện 02 năm/lần', '2 năm/lần', '02 năm một lần', '2 năm 1 lần', '02 năm/ lần', '2 năm / lần',
    'Hai năm một lần', 'hai nam mot lan', 'Mỗi 2 năm', 'Định kỳ 2 năm', 'Thực hiện 2 năm/1 lần', 'THỰC HIỆN 02 NĂM/LẦN',
  ];
  test.each(everyTwo)('%j over 2021-2025 is 2021, 2023, 2025', (text) => {
    expect(parseTime(text, P2125)).toMatchObject({ pattern: 'every_n', years: [2021, 2023, 2025], everyN: 2 });
  });
  test.each(everyTwo)('%j over 2016-2020 is 2016, 2018, 2020', (text) => {
    expect(parseTime(text, P1620).years).toEqual([2016, 2018, 2020]);
  });
  test('three years apart over 2021-2025: 2021, 2024', () => {
    expect(parseTime('03 năm/lần', P2125)).toMatchObject({ pattern: 'every_n', years: [2021, 2024], everyN: 3 });
    expect(parseTime('Ba năm một lần', P2125).years).toEqual([2021, 2024]);
  });
  test('without a period the cadence is known, the years are not', () => {
    expect(parseTime('02 năm/lần', null)).toEqual({ text: '02 năm/lần', pattern: 'every_n', years: [], everyN: 2 });
  });
  test('a starting year after the period start: from that year to the period end', () => {
    expect(parseTime('Từ 2022, 2 năm/lần', P2125).years).toEqual([2022, 2024]);
  });
});

describe('parseTime: open-ended times', () => {
  test('"2021 - nay" runs to the end of the period', () => {
    expect(parseTime('2021 - nay', P2125)).toMatchObject({ pattern: 'range', years: ALL_2125 });
    expect(parseTime('Từ 2023 đến nay', P2125).years).toEqual([2023, 2024, 2025]);
    expect(parseTime('2022 trở đi', P2125).years).toEqual([2022, 2023, 2024, 2025]);
    // "and the years after" says the same (before: 2022 alone, all its money in one year).
    expect(parseTime('Năm 2022 và các năm tiếp theo', P2125).years).toEqual([2022, 2023, 2024, 2025]);
    expect(parseTime('2023 và những năm sau', P2125).years).toEqual([2023, 2024, 2025]);
  });
  test('"to the end of the period" is the period\'s end: "Từ 2027 đến hết giai đoạn" in 2026-2030 is 2027-2030 (before: 2027 alone, all its money in one year)', () => {
    expect(parseTime('Từ 2027 đến hết giai đoạn', P2630)).toMatchObject({ pattern: 'range', years: [2027, 2028, 2029, 2030] });
    expect(parseTime('2027 - hết giai đoạn', P2630).years).toEqual([2027, 2028, 2029, 2030]);
    expect(parseTime('Từ năm 2028 đến cuối kỳ kế hoạch', P2630).years).toEqual([2028, 2029, 2030]);
    // Without the period its end is unknown, as for "2027 - nay"; "hết năm 2028" is a year, not the period.
    expect(parseTime('Từ 2027 đến hết giai đoạn', null)).toMatchObject({ pattern: 'unknown', years: [] });
    expect(parseTime('Từ 2027 đến hết năm 2028', P2630).years).toEqual([2027, 2028]);
  });
  test('a cadence whose first year is in brackets: "Hằng năm (từ năm 2028)" in 2026-2030 is 2028-2030, as "Hằng năm từ 2028" (before: all five years)', () => {
    expect(parseTime('Hằng năm (từ năm 2028)', P2630)).toMatchObject({ pattern: 'annual', years: [2028, 2029, 2030] });
    expect(parseTime('Hằng năm (bắt đầu từ 2029)', P2630).years).toEqual([2029, 2030]);
  });
  test('a length from a year: "36 tháng kể từ 2027" is 2027-2029 (36 ÷ 12 = 3 years), "05 năm kể từ năm 2026" 2026-2030 (before: the start year alone)', () => {
    expect(parseTime('36 tháng kể từ 2027', P2630)).toMatchObject({ pattern: 'range', years: [2027, 2028, 2029] });
    expect(parseTime('05 năm kể từ năm 2026', P2630).years).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(parseTime('6 tháng kể từ 2027', P2630)).toMatchObject({ pattern: 'single', years: [2027] });
  });
  test('an arrow between two years is a range (before: the two years alone)', () => {
    expect(parseTime('2021→2023', P2125)).toMatchObject({ pattern: 'range', years: [2021, 2022, 2023] });
  });
  test('started before the period: the earlier years stay visible (they are outside the period)', () => {
    expect(parseTime('2019 - nay', P2125).years).toEqual(years(2019, 2025));
  });
  test('without a period, or starting after it, "now" cannot be placed', () => {
    expect(parseTime('2021 - nay', null).pattern).toBe('unknown');
    expect(parseTime('2027 - nay', P2125).pattern).toBe('unknown');
  });
});

describe('parseTime: unreadable, reversed or absurd is unknown', () => {
  const unknown = [
    '', ' ', 'Chưa xác định', 'abc', '-', '—', 'N/A', 'Theo tiến độ', 'Đang cập nhật', '1900-3000', '2023-2021',
    '2025 - 2021', '2000-2040', '1990 - 2030', '3000', '1234', '9999', '20212023', '2021 - 3000', '1850',
    'Giai đoạn 1', '?', '(…)', '12/10', 'Q2',
  ];
  test.each(unknown)('%j → unknown, no years', (text) => {
    const r = parseTime(text, P2125);
    expect(r.pattern).toBe('unknown');
    expect(r.years).toEqual([]);
    expect(r.text).toBe(text);
  });
  test.each([null, undefined])('%p → unknown with empty text', (value) => {
    expect(parseTime(value, P2125)).toEqual({ text: '', pattern: 'unknown', years: [] });
  });
  test('a 30-year range is the longest read; 31 years is a typo', () => {
    expect(parseTime('2000-2029', null).years).toHaveLength(30);
    expect(parseTime('2000-2030', null).pattern).toBe('unknown');
  });
  test('document numbers are not years: "Công văn 1383/VP-QT năm 2024" is 2024', () => {
    expect(parseTime('Công văn 1383/VP-QT năm 2024', P2125).years).toEqual([2024]);
  });
  test('a value that is not text or number is unknown, not a crash', () => {
    expect(parseTime(true as unknown as string, P2125).pattern).toBe('unknown');
    expect(parseTime({} as unknown as string, P2125).pattern).toBe('unknown');
  });
});

describe('parseTime over the fixture workbooks', () => {
  // Every time cell in the Khánh Hòa plan is readable; "Hàng năm" spans the 2016-2020 period
  // named in the title line; ranges give every year between their ends.
  async function timeCells(file: string): Promise<{ period: Period | null; cells: string[] }> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fixture(file));
    const sheet = workbook.worksheets[0];
    const title = String(sheet.getCell('A2').value ?? '');
    const cells: string[] = [];
    for (let r = 6; r <= sheet.rowCount; r++) {
      const v = sheet.getCell(r, 6).value;
      if (typeof v === 'string' && v.trim() !== '') cells.push(v);
    }
    return { period: parsePeriod(title), cells };
  }

  test.each(['ke-hoach-2016-2020-phu-luc-ii.xlsx', 'ke-hoach-2016-2020-phu-luc-iii.xlsx'])('%s', async (file) => {
    const { period, cells } = await timeCells(file);
    expect(period).toEqual(P1620);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      const r = parseTime(cell, period);
      expect({ cell, pattern: r.pattern }).not.toEqual({ cell, pattern: 'unknown' });
      expect(r.years.length).toBeGreaterThan(0);
      if (cell === 'Hàng năm') expect(r.years).toEqual(years(2016, 2020));
      const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(cell);
      if (range) expect(r.years).toEqual(years(Number(range[1]), Number(range[2])));
    }
  });
});

describe('parseTime: a part of a year without its year, in a plan of one year', () => {
  const Y2026: Period = { from: 2026, to: 2026 };
  // In "KẾ HOẠCH … NĂM 2026" a quarter, a month or a duration under a year can only be in 2026;
  // in a plan of several years it names no year, and stays unknown.
  test.each(['Quý III', 'Quý I, II', 'Tháng 6 - tháng 9', 'Từ tháng 3', '06 tháng', '12 tháng', '6 tháng đầu năm', 'Cả năm', 'Trong năm'])('%j', (text) => {
    expect(parseTime(text, Y2026)).toMatchObject({ pattern: 'single', years: [2026] });
    // A length ("06 tháng") in a plan of several years is a length of no known year, as below.
    expect(parseTime(text, P2125)).toMatchObject({ pattern: /^\d+ tháng$/.test(text) ? 'duration' : 'unknown', years: [] });
  });
});

describe('parseTime: a length with its unit, in a plan of several years', () => {
  const P2628: Period = { from: 2026, to: 2028 };
  // No start is written: the years are known only when the length is the whole period (36 months,
  // 3 years of 2026-2028). Before, each was unreadable: a TIME_UNREADABLE on a right lease plan.
  test.each([
    ['36 tháng', [2026, 2027, 2028]],
    ['03 năm', [2026, 2027, 2028]],
    ['24 tháng', []],
    ['2 năm', []],
    ['12 tháng', []],
  ])('%j in 2026-2028', (text, years) => {
    expect(parseTime(text, P2628)).toMatchObject({ pattern: 'duration', years });
  });
  test('"Thực hiện 02 năm/lần" is still every second year', () => {
    expect(parseTime('Thực hiện 02 năm/lần', P2628)).toMatchObject({ pattern: 'every_n', years: [2026, 2028] });
  });
});

describe('parseTime: a date cell is the year it falls in (before: TIME_UNREADABLE)', () => {
  // A deadline typed as a date, 30/06/2026: the file reader gives it as "2026-06-30", the add-in as
  // Excel's day count, 46203 (by hand: 1 January 2026 is day 46023, 30 June is 180 days later).
  test.each([
    ['2026-06-30', [2026]],
    ['2026-06-30T08:00:00', [2026]],
    ['46203', [2026]],
    [46203, [2026]],
  ])('%s', (text, years) => {
    expect(parseTime(text, P2125)).toMatchObject({ pattern: 'single', years });
  });
  test('numbers that are no date of this century stay unread: a typo, a count', () => {
    expect(parseTime('20212023', P2125).pattern).toBe('unknown');
    expect(parseTime(12345, P2125).pattern).toBe('unknown');
    expect(parseTime('2026-13-01', P2125).pattern).toBe('unknown');
  });
});
