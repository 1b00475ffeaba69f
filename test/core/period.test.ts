// The plan period from title lines and the --period flag. A wrong period moves "Hàng năm" money
// between years, so anything doubtful must read as null rather than as a guess.
import { isValidPeriod, parsePeriod, periodText, periodYears } from '../../src/core/period';
import type { Period } from '../../src/core/types';

const P2125: Period = { from: 2021, to: 2025 };
const P1620: Period = { from: 2016, to: 2020 };

describe('parsePeriod', () => {
  const rows: [string, Period | null][] = [
    ['GIAI ĐOẠN 2021 - 2025', P2125],
    ['giai đoạn 2016-2020', P1620],
    ['Kế hoạch ứng dụng CNTT năm 2021-2025', P2125],
    ['Kế hoạch chuyển đổi số tỉnh Khánh Hòa năm 2021-2025', P2125],
    ['2021 – 2025', P2125],
    ['2021—2025', P2125],
    ['2021-2025', P2125],
    ['2021 đến 2025', P2125],
    ['DANH MỤC CÁC DỰ ÁN, NHIỆM VỤ ỨNG DỤNG CNTT TRIỂN KHAI GIAI ĐOẠN 2016 - 2020', P1620],
    ['Phụ lục IV — Danh mục các dự án, nhiệm vụ … giai đoạn 2021 - 2025', P2125],
    ['GIAI DOAN 2021 - 2025', P2125],
    ['giai đoạn 2021-2025, định hướng đến năm 2030', P2125],
    // The range after "giai đoạn" wins over an earlier one.
    ['(tiếp nối KH 2016-2020) giai đoạn 2021-2025', P2125],
    ['2021-25', P2125],
    ['2024', { from: 2024, to: 2024 }],
    ['năm 2024', { from: 2024, to: 2024 }],
    ['  2021 - 2025  ', P2125],
    // A one-year plan: its title names its year.
    ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026', { from: 2026, to: 2026 }],
    ['Kế hoạch vốn đầu tư năm 2026', { from: 2026, to: 2026 }],
    ['Dự toán kinh phí năm 2025', { from: 2025, to: 2025 }],
    ['Kế hoạch chuyển đổi số năm 2026 và định hướng đến năm 2030', { from: 2026, to: 2026 }],
    // An appendix or a summary named by its year (before: no period, so its "Hàng năm" unread).
    ['PHỤ LỤC I: HẠ TẦNG, ỨNG DỤNG NĂM 2026', { from: 2026, to: 2026 }],
    ['TỔNG HỢP KINH PHÍ NĂM 2026', { from: 2026, to: 2026 }],
    // What units propose, expect or are given for a year (before: no period, so no money by year).
    ['DỰ KIẾN KINH PHÍ ỨNG DỤNG CNTT NĂM 2027', { from: 2027, to: 2027 }],
    ['Đề xuất kinh phí chuyển đổi số năm 2027', { from: 2027, to: 2027 }],
    ['Phân bổ kinh phí sự nghiệp CNTT năm 2027', { from: 2027, to: 2027 }],
    // Not periods.
    ['Đơn vị tính: Triệu đồng', null],
    ['Phụ lục II', null],
    ['(Kèm theo Kế hoạch số 10693/KH-UBND ngày 09/10/2020 của UBND tỉnh)', null],
    ['Quyết định 123/QĐ-UBND ngày 14/3/2024', null],
    // A date, a horizon, a start, a report: no plan year.
    ['Kế hoạch ban hành kèm Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2021', null],
    ['Kế hoạch chuyển đổi số đến năm 2025', null],
    ['Kế hoạch triển khai từ năm 2021', null],
    ['Báo cáo kết quả năm 2025', null],
    ['2025-2021', null],
    ['1900-3000', null],
    ['2000-2040', null],
    ['', null],
    ['abc', null],
    ['3000', null],
  ];
  test.each(rows)('%j → %j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
  test('non-text does not throw', () => {
    expect(parsePeriod(undefined as unknown as string)).toBeNull();
    expect(parsePeriod(2021 as unknown as string)).toBeNull();
  });
  test('a very long title is read without delay', () => {
    const long = 'x'.repeat(200000) + ' giai đoạn 2021-2025';
    const started = Date.now();
    expect(parsePeriod(long)).toBeNull(); // beyond the bounded prefix: not read, not hung
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('period helpers', () => {
  it('writes a one-year period as its year, a longer one as a range', () => {
    expect(periodText({ from: 2026, to: 2026 })).toBe('2026');
    expect(periodText(P2125)).toBe('2021–2025');
    expect(periodText(P2125, '-')).toBe('2021-2025');
  });

  test('periodYears lists every year', () => {
    expect(periodYears(P2125)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });
  test('isValidPeriod rejects reversed, fractional and absurd periods', () => {
    expect(isValidPeriod(P2125)).toBe(true);
    expect(isValidPeriod(null)).toBe(false);
    expect(isValidPeriod({ from: 2025, to: 2021 })).toBe(false);
    expect(isValidPeriod({ from: 2021.5, to: 2025 })).toBe(false);
    expect(isValidPeriod({ from: 1000, to: 5000 })).toBe(false);
  });
});

test('a title naming two plan years covers both: "… dự toán năm 2025 và dự toán năm 2026" is 2025–2026', () => {
  expect(parsePeriod('BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN NĂM 2025 VÀ DỰ TOÁN NĂM 2026')).toEqual({ from: 2025, to: 2026 });
  expect(parsePeriod('Kế hoạch ứng dụng CNTT năm 2026')).toEqual({ from: 2026, to: 2026 });
});
