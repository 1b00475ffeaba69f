// What a finance officer sees when a cell is read as money. Expected values are worked out by
// hand from the Vietnamese convention ("." thousands, "," decimals) and the unit ladder
// (1 tỷ = 1.000 triệu = 1.000.000 nghìn = 10^9 đồng); the sources of the strings are named.
import { Decimal } from '../../src/core/decimal';
import { moneyToJSON, parseMoney } from '../../src/core/money';
import type { MoneyPer } from '../../src/core/types';

/** [input, value in triệu đồng (null = no amount), per, ambiguous, unitExplicit] */
type Row = [string, string | null, MoneyPer, boolean, boolean];

function expectRow([input, value, per, ambiguous, unitExplicit]: Row): void {
  const r = parseMoney(input);
  expect({ input, value: r.value === null ? null : r.value.toFixed(), per: r.per, ambiguous: r.ambiguous, unitExplicit: r.unitExplicit })
    .toEqual({ input, value, per, ambiguous, unitExplicit });
  expect(r.unit).toBe('triệu đồng');
  if (r.ambiguous || r.value === null) expect(r.reason).toEqual(expect.any(String));
}

// DOMAIN.md "The tables": plan appendix amounts, in the table's unit (triệu đồng).
const planAmounts: Row[] = [
  ['164.001', '164001', 'total', false, false],
  ['18.000', '18000', 'total', false, false],
  ['279.985,5', '279985.5', 'total', false, false],
  ['35.388,5', '35388.5', 'total', false, false],
  ['34.288,5', '34288.5', 'total', false, false],
  ['12.500 (2.500/năm)', '12500', 'total', false, false],
  ['3.000 (600/năm)', '3000', 'total', false, false],
  ['2.870 (240/năm 2020; 526/năm còn lại)', '2870', 'total', false, false],
  ['12.000 (năm 2020 giải ngân 3.000)', '12000', 'total', false, false],
  ['41.974 (quy mô hạng mục CNTT: 41.974; quy mô dự án 200.000 triệu đồng)', '41974', 'total', false, false],
  ['Tổng cộng (I + II): 279.985,5', '279985.5', 'total', false, false],
  // Fixture PL II (Khánh Hòa plan 10693/KH-UBND) and its section totals from fixtures/README.md.
  ['2.800 (năm 2020 giải ngân 1.800)', '2800', 'total', false, false],
  ['6.000 (năm 2020 giải ngân 840)', '6000', 'total', false, false],
  ['3.000 (năm 2020 giải ngân 1.000)', '3000', 'total', false, false],
  ['168.686,5', '168686.5', 'total', false, false],
  ['10.838', '10838', 'total', false, false],
  ['2.031,1', '2031.1', 'total', false, false],
  ['7.714,9', '7714.9', 'total', false, false],
  ['189.270,5', '189270.5', 'total', false, false],
  ['180.354,5', '180354.5', 'total', false, false],
  ['8.916', '8916', 'total', false, false],
  ['87.751', '87751', 'total', false, false],
  ['46,4', '46.4', 'total', false, false],
  // Plain Vietnamese shapes.
  ['0', '0', 'total', false, false],
  ['0,5', '0.5', 'total', false, false],
  ['1.000', '1000', 'total', false, false],
  ['1.234', '1234', 'total', false, false],
  ['999', '999', 'total', false, false],
  ['1.000.000', '1000000', 'total', false, false],
  ['12.345.678,25', '12345678.25', 'total', false, false],
  ['  18.000  ', '18000', 'total', false, false],
  ['1 200', '1200', 'total', false, false],
  ['12 345 678', '12345678', 'total', false, false],
  ['1 200,5', '1200.5', 'total', false, false],
  ['-1.200', '-1200', 'total', false, false],
  ['Tổng: -1.200', '-1200', 'total', false, false],
  ['2020', '2020', 'total', false, false],
  ['2000', '2000', 'total', false, false],
  // US thousands when the shape says so.
  ['2,812,145,000', '2812145000', 'total', false, false],
  ['1,234,567.5', '1234567.5', 'total', false, false],
  // Words around the number.
  ['Dự kiến 500', '500', 'total', false, false],
  ['Dự kiến: 1.500', '1500', 'total', false, false],
  ['khoảng 2.000', '2000', 'total', false, false],
  ['~ 3.000', '3000', 'total', false, false],
  ['~3.000', '3000', 'total', false, false],
  ['Tổng: 3.000', '3000', 'total', false, false],
  ['Tổng cộng 279.985,5', '279985.5', 'total', false, false],
  ['TỔNG CỘNG: 279.985,5', '279985.5', 'total', false, false],
  ['Đạt 1.200', '1200', 'total', false, false],
  // A number alone in brackets is negative, as accounts and Excel's accounting format write it.
  ['(3.000)', '-3000', 'total', false, false],
  ['( 1.200,5 )', '-1200.5', 'total', false, false],
  ['3.000 NSĐP', '3000', 'total', false, false],
  ['3.000 ngân sách tỉnh', '3000', 'total', false, false],
  // Plain rates: the figure is per year (or month) in the table's unit.
  ['600/năm', '600', 'year', false, false],
  ['2.500/năm', '2500', 'year', false, false],
  ['600 / năm', '600', 'year', false, false],
  ['600/1 năm', '600', 'year', false, false],
  ['600 mỗi năm', '600', 'year', false, false],
  ['50/tháng', '50', 'month', false, false],
];

// DOMAIN.md "Survey tables": money in any form; converted to triệu đồng.
const surveyAmounts: Row[] = [
  ['1,26 tỷ', '1260', 'total', false, true],
  ['500 triệu đồng', '500', 'total', false, true],
  ['6.371.620.970 đồng', '6371.62097', 'total', false, true],
  ['2 tỷ VNĐ', '2000', 'total', false, true],
  ['16 tỉ đồng', '16000', 'total', false, true],
  ['3 tỷ/năm', '3000', 'year', false, true],
  ['100 triệu/ năm', '100', 'year', false, true],
  ['2,5 tỷ đồng/1 năm', '2500', 'year', false, true],
  ['15 tỷ/3 năm', '15000', 'total', false, true],
  ['15 tỷ / 3 năm', '15000', 'total', false, true],
  ['15 tỷ trong 3 năm', '15000', 'total', false, true],
  ['1,2 tỷ', '1200', 'total', false, true],
  ['1 tỷ', '1000', 'total', false, true],
  ['1 tỉ', '1000', 'total', false, true],
  ['4 tỉ', '4000', 'total', false, true],
  ['3,5 ti', '3500', 'total', false, true],
  ['2 ty dong', '2000', 'total', false, true],
  ['2 TỶ ĐỒNG', '2000', 'total', false, true],
  ['2 Tỷ đồng', '2000', 'total', false, true],
  ['2tỷ', '2000', 'total', false, true],
  ['2 tỷ đ', '2000', 'total', false, true],
  ['0,5 tỷ', '500', 'total', false, true],
  ['1.500 Triệu Đồng', '1500', 'total', false, true],
  ['TỔNG: 1.500 TRIỆU ĐỒNG', '1500', 'total', false, true],
  ['500 triệu', '500', 'total', false, true],
  ['500 trieu', '500', 'total', false, true],
  ['500tr', '500', 'total', false, true],
  ['500 tr', '500', 'total', false, true],
  ['1,5 tr.đ', '1.5', 'total', false, true],
  ['1,5 trđ', '1.5', 'total', false, true],
  ['850 triệu VNĐ', '850', 'total', false, true],
  ['500 nghìn đồng', '0.5', 'total', false, true],
  ['500 ngàn đồng', '0.5', 'total', false, true],
  ['500 nghìn', '0.5', 'total', false, true],
  ['1.200.000 đồng', '1.2', 'total', false, true],
  ['1.200.000đ', '1.2', 'total', false, true],
  ['1.200.000 đ', '1.2', 'total', false, true],
  ['1.200.000 VND', '1.2', 'total', false, true],
  ['2.500.000.000 VND', '2500', 'total', false, true],
  ['2.500.000.000 vnđ', '2500', 'total', false, true],
  ['1,5 nghìn tỷ', '1500000', 'total', false, true],
  ['Dự kiến 500 triệu', '500', 'total', false, true],
  ['khoảng 2 tỷ', '2000', 'total', false, true],
  ['~ 3 tỷ', '3000', 'total', false, true],
  ['Đạt 1,2 tỷ', '1200', 'total', false, true],
  ['Dự kiến: 2 tỷ VNĐ/năm', '2000', 'year', false, true],
  ['3 tỷ mỗi năm', '3000', 'year', false, true],
  ['3 tỷ hàng năm', '3000', 'year', false, true],
  ['3 tỷ một năm', '3000', 'year', false, true],
  ['50 triệu/tháng', '50', 'month', false, true],
  ['50 triệu đồng/tháng', '50', 'month', false, true],
  ['600 triệu/6 tháng', '600', 'total', false, true],
  ['2 tỷ 500 triệu', '2500', 'total', false, true],
  ['1 tỷ 200 triệu đồng', '1200', 'total', false, true],
  // Figures after "tỷ" with no unit of their own are its decimals, as said aloud: 2 tỷ 5 = 2,5 tỷ
  // = 2.500 triệu; 1 tỷ 25 = 1,25 tỷ = 1.250 triệu. (Before: 2.000 and 1.000, the rest dropped.)
  ['2 tỷ 5', '2500', 'total', false, true],
  ['1 tỷ 25', '1250', 'total', false, true],
  ['3 tỷ 2 (NSTW)', '3200', 'total', false, true],
  ['1 triệu 5', '1.5', 'total', false, true],
  // Written without spaces, or with "rưỡi" (and a half): 1,5 tỷ (before: 1.000 both).
  ['1tỷ5', '1500', 'total', false, true],
  ['1 tỷ rưỡi', '1500', 'total', false, true],
  // A count times a price: 3 × 200 = 600 (before: 200, the count dropped); 2.000 × 3 = 6.000.
  ['3 x 200 triệu', '600', 'total', false, true],
  ['3x200', '600', 'total', false, false],
  ['5 × 120', '600', 'total', false, false],
  ['200 triệu x 3 bộ', '600', 'total', false, true],
  ['2.000 x 3 năm', '6000', 'total', false, false],
  // A rate times the months or years it runs is their total, whichever side the count stands on:
  // 12 × 50 = 600; 5 × 600 = 3.000. (Before: "12 tháng x 50" and "5 năm x 600" were 50 and 600, the
  // count dropped; "50 x 12 tháng" and "600 x 5 năm" were no amount; "50 triệu/tháng x 12 tháng"
  // was 50 a month.) A count after a rate with no months or years named is left as the rate, in doubt.
  ['12 tháng x 50 triệu', '600', 'total', false, true],
  ['12 tháng x 50', '600', 'total', false, false],
  ['50 x 12 tháng', '600', 'total', false, false],
  ['5 năm x 600', '3000', 'total', false, false],
  ['600 x 5 năm', '3000', 'total', false, false],
  ['50 triệu/tháng x 12 tháng', '600', 'total', false, true],
  ['12 tháng x 50 triệu/tháng', '600', 'total', false, true],
  ['600/năm x 5', '600', 'year', true, false],
  // "do" after an amount says who pays ("paid by NSTW"), not "đô" (dollars).
  ['500 triệu do NSTW cấp', '500', 'total', false, true],
  // A times sign between words is no product: the server's price is the amount.
  ['Máy chủ 2 x Xeon: 300 triệu', '300', 'total', false, true],
  ['Giai đoạn 1: 500 triệu', '500', 'total', false, true],
  ['Hỗ trợ 137 xã: 500 triệu', '500', 'total', false, true],
  ['Theo Quyết định số 2333/QĐ-UBND: 1,2 tỷ', '1200', 'total', false, true],
  ['1,2 tỷ (năm 2024)', '1200', 'total', false, true],
  // A unit after the number wins over a word that usually labels numbers.
  ['trong đó 500 triệu', '500', 'total', false, true],
  ['Tỉnh cấp 500 triệu', '500', 'total', false, true],
  ['Tổng số 3 tỷ', '3000', 'total', false, true],
  ['giá bán 500 triệu', '500', 'total', false, true],
  ['năm 2020 500 triệu', '500', 'total', false, true],
  ['Năm 2021: 2000', '2000', 'total', false, false],
  // Each amount named by its source: the sources' shares, summed (before: the first read, and
  // flagged; "- NSĐP (…): 4.000; - Khác (…): 11.000" was 4.000). Years are no sources: still a guess.
  ['NSTW 500, NSĐP 300', '800', 'total', false, false],
  ['NSTW: 500; NSĐP: 300', '800', 'total', false, false],
  ['NSTW 1,2 tỷ; NSĐP 300 triệu', '1500', 'total', false, true],
  ['- NSĐP (Vốn đầu tư): 4.000; - Khác (XHH): 11.000', '15000', 'total', false, false],
  ['Tổng số 3.000', '3000', 'total', false, false],
];

// Readings that had to be guessed: the value is what the rule says, and the flag is up.
const guessed: Row[] = [
  ['1,234', '1.234', 'total', true, false],
  ['1,500', '1.5', 'total', true, false],
  ['1,500 triệu', '1.5', 'total', true, true],
  ['1,234 đồng', '0.001234', 'total', true, true],
  ['1.5', '1.5', 'total', true, false],
  ['2.5', '2.5', 'total', true, false],
  ['1234.5', '1234.5', 'total', true, false],
  ['0.5', '0.5', 'total', true, false],
  ['1.5 tỷ', '1500', 'total', true, true],
  ['500 triệu đồng + 1,2 tỷ', '1700', 'total', true, true],
  ['1 tỷ + 500 triệu + 300 triệu', '1800', 'total', true, true],
  ['2 tỷ; 3 tỷ', '2000', 'total', true, true],
  ['100-200 triệu', '100', 'total', true, true],
  // A range in words, read as the dash range is (before: "đến" and the unit after it made 2.000 sure).
  ['từ 1,5 đến 2 tỷ', '1500', 'total', true, true],
  ['1.500 đến 2.000 triệu', '1500', 'total', true, true],
  ['1.500 tới 2.000', '1500', 'total', true, false],
  ['137 xã', '137', 'total', true, false],
  ['2025: 500; 2026: 700', '500', 'total', true, false],
  ['3.000 (1,234/năm)', '3000', 'total', true, false],
];

// Not money: documents, dates, years, counts, words. DOMAIN.md: "Document numbers and dates are not money".
const notMoney: Array<[string, RegExp]> = [
  // Excel's errors for a formula it could not calculate: no amount ("#DIV/0!" is no 0).
  ['#DIV/0!', /Excel's error #DIV\/0!/],
  ['#REF!', /Excel's error #REF!/],
  ['#N/A', /Excel's error #N\/A/],
  ['Công văn số 1383/VP-QT ngày 14/3/2024', /document number/],
  ['14/3/2024', /date/],
  ['ngày 14/3/2024', /date/],
  ['14-3-2024', /date/],
  ['14.3.2024', /not a number shape/],
  ['Quyết định 2333/QĐ-UBND', /document number/],
  ['2333/QĐ-UBND', /document number/],
  ['Theo Quyết định số 14/2015/QĐ-UBND ngày 30/6/2015', /document number/],
  ['Nghị định 73/2019/NĐ-CP', /document number/],
  ['Kế hoạch 10693/KH-UBND', /document number/],
  ['năm 2020', /year/],
  ['Năm đầu tư 2020', /year/],
  ['2021-2023', /range of years/],
  ['2014 - 2019', /range of years/],
  ['2017 – 2018', /range of years/],
  ['2018, 2020', /years/],
  ['10%', /count or label/],
  ['5 năm', /count or label/],
  ['Thực hiện 02 năm/lần', /count or label/],
  // A figure glued to a point with no digit before it: 0,5 or 5? Not read (before: ".5" was 5, no doubt said).
  ['.5', /number shape/],
  [',5', /number shape/],
  ['100 USD', /foreign currency/],
  ['$100', /foreign currency/],
  ['USD 1.000', /foreign currency/],
  // Millions of a foreign currency are not millions of đồng (before: "2 triệu USD" was 2 triệu
  // đồng, "1 tỷ yên" 1.000 triệu đồng, with no word of doubt).
  ['2 triệu USD', /foreign currency/],
  ['1,5 triệu đô la', /foreign currency/],
  ['3 triệu euro', /foreign currency/],
  ['1 tỷ yên', /foreign currency/],
  ['500 đô', /foreign currency/],
  ['500 đôla Mỹ', /foreign currency/],
  ['mức độ 3', /count or label/],
  ['phiên bản 2.0', /count or label/],
  ['số 12', /document number/],
  ['Chưa có', /no amount stated/],
  ['Đang cập nhật', /no amount stated/],
  ['chưa xác định', /no amount stated/],
  // Money said to come later or as it falls is not written yet: no amount, not an unreadable one.
  ['Bố trí sau', /no amount stated/],
  ['Theo thực tế', /no amount stated/],
  ['Theo dự toán được duyệt', /no amount stated/],
  ['Hàng năm', /no number/],
  ['Thuê VNPT', /no number/],
  ['NSĐP (Vốn đầu tư)', /no number/],
  ['', /empty/],
  ['   ', /empty/],
];

describe('parseMoney: plan appendix amounts (DOMAIN.md, fixtures)', () => {
  test.each(planAmounts)('%s', (...row) => expectRow(row));
});

describe('parseMoney: survey-table money in any form', () => {
  test.each(surveyAmounts)('%s', (...row) => expectRow(row));
});

describe('parseMoney: guessed readings are flagged with a reason', () => {
  test.each(guessed)('%s', (...row) => expectRow(row));
});

describe('parseMoney: text that holds no amount', () => {
  test.each(notMoney)('%s', (input, reason) => {
    const r = parseMoney(input);
    expect(r.value).toBeNull();
    expect(r.dash).toBe(false);
    expect(r.reason).toMatch(reason);
  });
});

describe('parseMoney: the deliberate dash', () => {
  test.each(['-', '—', '–', ' - ', '--', '−'])('%j is no amount on purpose, not a defect', (input) => {
    const r = parseMoney(input);
    expect(r.value).toBeNull();
    expect(r.dash).toBe(true);
    expect(r.reason).toBeNull();
  });
  // A plan's task that spends no money of its own says so in words (district and commune plans):
  // as deliberate as a dash, so no AMOUNT_UNREADABLE on a right table.
  test.each([
    'Không', 'Miễn phí', 'Lồng ghép trong kinh phí thường xuyên', 'Không phát sinh kinh phí', 'Xã hội hóa',
    'Sử dụng nền tảng của tỉnh', 'Từ nguồn kinh phí thường xuyên của đơn vị', 'Doanh nghiệp tự đầu tư',
    'Kinh phí thường xuyên của đơn vị', 'Trong dự toán được giao',
    // Counted in another row or project, built on what is there, not allotted, or paid by others
    // (before: unreadable, an AMOUNT_UNREADABLE error on each).
    'Thuộc dự án Trung tâm dữ liệu', 'Đã bố trí trong dự án Chính quyền điện tử', 'Tận dụng hạ tầng hiện có',
    'Dùng chung nền tảng quốc gia', 'Không bố trí', 'Bộ TTTT cấp', 'Trung ương đầu tư', 'Kinh phí của Bộ', 'VNPT tài trợ',
    // A pointer to another row by its number: the figure is the row's (before "Đã có trong nhiệm vụ 1" was 1 triệu).
    'Đã có trong nhiệm vụ 1', 'Đã tính ở mục I.2', 'Xem mục 3',
    // Folded into another row, named by its number (before: "Lồng ghép trong nhiệm vụ 1" was 1 triệu).
    'Lồng ghép trong nhiệm vụ 1', 'Lồng ghép vào mục II.2', 'Đã lồng ghép trong dự án 3',
  ])('%j spends no money of its own', (input) => {
    const r = parseMoney(input);
    expect([r.value, r.dash, r.reason]).toEqual([null, true, null]);
  });
  test('an amount still owed, words that are no such statement, or a figure beside them are not', () => {
    expect(['Chưa có', 'Chưa xác định', 'Một trăm triệu', 'Không thuộc đối tượng'].map((t) => parseMoney(t).dash)).toEqual([false, false, false, false]);
    // Said to come with a quotation or later: no amount stated (before: "no number in").
    expect(['Theo báo giá', 'Dự kiến', 'Chưa có dự toán'].map((t) => parseMoney(t).why?.kind)).toEqual(['noAmountStated', 'noAmountStated', 'noAmountStated']);
    expect(parseMoney('Lồng ghép 500 triệu').value?.toFixed()).toBe('500');
    // A budget being drawn up, or the ellipsis left for it: no amount stated (before: "no number in").
    expect(['Đang xây dựng dự toán', '…', '...'].map((t) => parseMoney(t).why?.kind)).toEqual(['noAmountStated', 'noAmountStated', 'noAmountStated']);
    // A figure with a unit, or after words that point nowhere, is still the amount.
    expect(['Đã bố trí 500 triệu', 'Thuộc dự án 2: 500 triệu', 'Bộ cấp 500 triệu', 'Dịch vụ 500', 'Tài trợ 200'].map((t) => parseMoney(t).value?.toFixed()))
      .toEqual(['500', '500', '500', '500', '200']);
  });
  test('a cell with a number is never a dash', () => {
    expect(parseMoney('3.000').dash).toBe(false);
    expect(parseMoney(null).dash).toBe(false);
  });
});

describe('parseMoney: annotations become notes, not lost', () => {
  test('"3.000 (600/năm)": total with its yearly rate', () => {
    const j = moneyToJSON(parseMoney('3.000 (600/năm)'));
    expect(j.value).toBe('3000');
    expect(j.notes).toEqual([{ kind: 'rate', value: '600', per: 'year', text: '600/năm' }]);
  });
  test('"2.870 (240/năm 2020; 526/năm còn lại)": a different rate in one year', () => {
    const j = moneyToJSON(parseMoney('2.870 (240/năm 2020; 526/năm còn lại)'));
    expect(j.value).toBe('2870');
    expect(j.notes).toEqual([
      { kind: 'rate', value: '240', per: 'year', years: [2020], text: '240/năm 2020' },
      { kind: 'rate', value: '526', per: 'year', years: 'rest', text: '526/năm còn lại' },
    ]);
  });
  test('"12.000 (năm 2020 giải ngân 3.000)": disbursed in a year', () => {
    const j = moneyToJSON(parseMoney('12.000 (năm 2020 giải ngân 3.000)'));
    expect(j.notes).toEqual([{ kind: 'disbursed', year: 2020, value: '3000', text: 'năm 2020 giải ngân 3.000' }]);
  });
  test.each([
    ['2.800 (năm 2020 giải ngân 1.800)', '1800'],
    ['6.000 (năm 2020 giải ngân 840)', '840'],
    ['3.000 (năm 2020 giải ngân 1.000)', '1000'],
  ])('fixture PL II: %s', (input, disbursed) => {
    const r = parseMoney(input);
    expect(r.notes).toHaveLength(1);
    const note = r.notes[0];
    expect(note.kind).toBe('disbursed');
    if (note.kind === 'disbursed') {
      expect(note.year).toBe(2020);
      expect(note.value.toFixed()).toBe(disbursed);
    }
  });
  test('"41.974 (quy mô hạng mục CNTT: 41.974; quy mô dự án 200.000 triệu đồng)": two scope figures', () => {
    const j = moneyToJSON(parseMoney('41.974 (quy mô hạng mục CNTT: 41.974; quy mô dự án 200.000 triệu đồng)'));
    expect(j.value).toBe('41974');
    expect(j.notes).toEqual([
      { kind: 'scope', label: 'quy mô hạng mục CNTT', value: '41974', text: 'quy mô hạng mục CNTT: 41.974' },
      { kind: 'scope', label: 'quy mô dự án', value: '200000', text: 'quy mô dự án 200.000 triệu đồng' },
    ]);
  });
  test('"15 tỷ/3 năm": a total with a span of three years', () => {
    const r = parseMoney('15 tỷ/3 năm');
    expect(r.per).toBe('total');
    expect(r.notes).toEqual([{ kind: 'span', years: 3, text: '15 tỷ/3 năm' }]);
  });
  test('a note figure with no unit takes the amount\'s unit: "3 tỷ (1 tỷ/năm)" and "3 tỷ (1/năm)"', () => {
    for (const input of ['3 tỷ (1 tỷ/năm)', '3 tỷ (1/năm)']) {
      const note = parseMoney(input).notes[0];
      expect(note.kind === 'rate' && note.value.toFixed()).toBe('1000');
    }
  });
  test('a rate over a range of years lists them: "10.000 (2.000/năm 2021-2025)"', () => {
    const note = parseMoney('10.000 (2.000/năm 2021-2025)').notes[0];
    expect(note).toMatchObject({ kind: 'rate', per: 'year', years: [2021, 2022, 2023, 2024, 2025] });
  });
  test('brackets that are not figures are kept as remarks', () => {
    expect(moneyToJSON(parseMoney('18.000 (NSĐP, vốn đầu tư)')).notes).toEqual([{ kind: 'remark', text: 'NSĐP, vốn đầu tư' }]);
    expect(moneyToJSON(parseMoney('600 triệu/6 tháng')).notes).toEqual([{ kind: 'remark', text: '600 triệu/6 tháng' }]);
  });
  test('notes convert to the requested unit too', () => {
    const j = moneyToJSON(parseMoney('3.000 (600/năm)', { unit: 'tỷ đồng' }));
    expect(j).toMatchObject({ value: '3000', unit: 'tỷ đồng' });
    const k = moneyToJSON(parseMoney('3 tỷ (600 triệu/năm)', { unit: 'tỷ đồng' }));
    expect(k.value).toBe('3');
    expect(k.notes[0]).toMatchObject({ kind: 'rate', value: '0.6' });
  });
});

describe('parseMoney: the requested unit', () => {
  test.each([
    // [input, unit, expected] — 1 tỷ = 10^9 đồng, 1 triệu = 10^6, 1 nghìn = 10^3.
    ['6.371.620.970 đồng', 'đồng', '6371620970'],
    ['1,26 tỷ', 'đồng', '1260000000'],
    ['1,26 tỷ', 'nghìn đồng', '1260000'],
    ['1,26 tỷ', 'tỷ đồng', '1.26'],
    ['500 triệu đồng', 'tỷ đồng', '0.5'],
    ['2,812,145,000', 'đồng', '2812145000'],
    ['35.388,5', 'tỷ đồng', '35388.5'],
    ['1,234 đồng', 'đồng', '1234'],
  ] as const)('%s in %s → %s', (input, unit, expected) => {
    const r = parseMoney(input, { unit });
    expect(r.unit).toBe(unit);
    expect(r.value?.toFixed()).toBe(expected);
  });
  test('a bad unit option falls back to the default instead of throwing', () => {
    // The option type forbids it; a caller from plain JS may still pass one.
    const r = parseMoney('3.000', { unit: 'đô la' as unknown as 'đồng' });
    expect(r.unit).toBe('triệu đồng');
  });
});

describe('parseMoney: numbers from Excel cells', () => {
  test.each([
    [35388.5, '35388.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    [2000, '2000'],
    [-1200, '-1200'],
    [1e21, '1e+21'],
  ])('%p is read exactly as the double the cell holds', (n, expected) => {
    const r = parseMoney(n);
    expect(r.value?.equals(new Decimal(expected))).toBe(true);
    expect(r.unitExplicit).toBe(false);
    expect(r.ambiguous).toBe(false);
  });
  test('NaN and Infinity are not amounts', () => {
    expect(parseMoney(NaN).reason).toMatch(/not a finite number/);
    expect(parseMoney(Infinity).value).toBeNull();
  });
  test('null and undefined are empty cells', () => {
    expect(parseMoney(null).reason).toBe('empty');
    expect(parseMoney(undefined).reason).toBe('empty');
  });
  test('a number keeps the requested unit', () => {
    expect(parseMoney(2.5, { unit: 'tỷ đồng' })).toMatchObject({ unit: 'tỷ đồng', unitExplicit: false });
  });
});

describe('parseMoney: limits', () => {
  test('over 2.000 characters is refused as too long', () => {
    const r = parseMoney('1'.repeat(2001));
    expect(r.value).toBeNull();
    expect(r.reason).toBe('too long');
  });
  test('more digits than any amount is not read (no silent rounding)', () => {
    expect(parseMoney('1'.repeat(40)).value).toBeNull();
  });
  test('text typed with combining accents (NFD) reads like composed text', () => {
    expect(parseMoney('1,26 tỷ'.normalize('NFD')).value?.toFixed()).toBe('1260');
  });
  test('a non-breaking space is a space', () => {
    expect(parseMoney('500\u00a0triệu\u00a0đồng').value?.toFixed()).toBe('500');
  });
});

describe('moneyToJSON: the CONTRACT line', () => {
  test('"2,5 tỷ đồng/1 năm" is exactly the documented example', () => {
    const j = moneyToJSON(parseMoney('2,5 tỷ đồng/1 năm'));
    expect(j).toMatchObject({
      input: '2,5 tỷ đồng/1 năm', value: '2500', unit: 'triệu đồng', per: 'year', unitExplicit: true, ambiguous: false,
    });
    expect(j.reason).toBeNull();
    expect(j.notes).toEqual([]);
  });
  test('amounts are plain decimal strings, never exponent notation', () => {
    expect(moneyToJSON(parseMoney('1,5 nghìn tỷ', { unit: 'đồng' })).value).toBe('1500000000000');
    expect(moneyToJSON(parseMoney('1 đồng')).value).toBe('0.000001');
  });
  test('no amount → value null', () => {
    expect(moneyToJSON(parseMoney('Chưa có')).value).toBeNull();
  });
});

describe('parseMoney: exponent notation typed as text is refused, not misread', () => {
  // Read token by token "1e3" would give 3 and "2e5 đồng" 5 đồng: a silent error of 1,000× or more.
  // An officer never writes money so; the cell must come back unreadable with the reason.
  test.each(['1e3', '1E+3', '2,5e6', '2e5 đồng', '(1e3)'])('%s → unreadable', (text) => {
    const r = parseMoney(text);
    expect(r.value).toBeNull();
    expect(r.reason).toMatch(/exponent/);
  });
  test('words that merely hold an e after a figure still read', () => {
    expect(parseMoney('3.000 (600/năm)').value?.toString()).toBe('3000');
    expect(parseMoney('1,26 tỷ').value?.toString()).toBe('1260');
  });
});

describe('the currency before the figure', () => {
  // "VNĐ 500.000.000" is 500 triệu (5 × 10^8 đồng / 10^6), as "500.000.000 VNĐ" is; before, the
  // currency was a stray word and the cell was 500.000.000 triệu.
  test.each([
    ['VNĐ 500.000.000', '500'],
    ['VND 500.000.000', '500'],
    ['VNĐ: 1.200.000', '1.2'],
  ])('%j in triệu đồng is %s', (input, want) => {
    const r = parseMoney(input, { unit: 'triệu đồng' });
    expect([r.value?.toFixed(), r.unitExplicit]).toEqual([want, true]);
  });
  test('a currency that closes the amount before it is not this figure\'s ("500 triệu VNĐ" stays 500)', () => {
    expect(parseMoney('500 triệu VNĐ', { unit: 'triệu đồng' }).value?.toFixed()).toBe('500');
  });
});

describe('a unit in brackets after the figure', () => {
  // "1.000.000 (đồng)" in a table of triệu đồng is one triệu (10^6 đồng / 10^6), as "1.000.000
  // đồng" is; before, the bracket was a remark and the cell was 1.000.000 triệu.
  test.each([
    ['1.000.000 (đồng)', '1'],
    ['1.000.000 (VNĐ)', '1'],
    ['1.500 (nghìn đồng)', '1.5'],
    ['2,5 (tỷ đồng)', '2500'],
    ['500 (triệu đồng)', '500'],
  ])('%j in triệu đồng is %s', (input, want) => {
    const r = parseMoney(input, { unit: 'triệu đồng' });
    expect([r.value?.toFixed(), r.unitExplicit, r.notes]).toEqual([want, true, []]);
  });
  test('a bracket that is no unit stays what it was: a yearly rate, a source', () => {
    // "3.000 (600/năm)": 3.000 in all, a note of 600 a year.
    const r = parseMoney('3.000 (600/năm)', { unit: 'triệu đồng' });
    expect([r.value?.toFixed(), r.unitExplicit, r.notes.length]).toEqual(['3000', false, 1]);
  });
});
