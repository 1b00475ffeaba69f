// The "Nguồn vốn" column as officers write it. Codes follow DOMAIN.md: NSTW central budget,
// NSĐP local (tỉnh/huyện/xã budgets are local), ODA, Khác (XHH, enterprises); "(Vốn đầu tư)" is
// ĐTPT, "sự nghiệp"/"chi thường xuyên"/"kinh phí CCHC" are CTX.
import ExcelJS from 'exceljs';
import { Decimal } from '../../src/core/decimal';
import { isKnownSource, parseSources } from '../../src/core/sources';
import { fixture } from '../helpers/fixtures';
import type { SourceCode, SourcePart, SpendingType } from '../../src/core/types';

/** Vietnamese numbers only: "." groups thousands, "," is the decimal mark ("1.234,5" = 1234.5). */
function viAmount(text: string): Decimal | null {
  const match = /^(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?\s*(?:triệu đồng|triệu|trđ)?$/.exec(text.trim());
  if (!match) return null;
  return new Decimal(match[1].replace(/\./g, '') + (match[2] ? `.${match[2]}` : ''));
}

function read(text: string | null | undefined): SourcePart[] {
  return parseSources(text, viAmount).parts;
}

/** Parts as plain tuples, amounts as strings, so a table row reads like the cell. */
function brief(parts: SourcePart[]): [SourceCode, SpendingType | null, string | null][] {
  return parts.map((p) => [p.code, p.type, p.amount === null ? null : p.amount.toFixed()]);
}

describe('parseSources: one source per cell', () => {
  const rows: [string, SourceCode, SpendingType | null][] = [
    ['NSTW', 'NSTW', null],
    ['nstw', 'NSTW', null],
    ['NSTƯ', 'NSTW', null],
    ['NS TW', 'NSTW', null],
    ['NS Trung ương', 'NSTW', null],
    ['Ngân sách Trung ương', 'NSTW', null],
    ['ngan sach trung uong', 'NSTW', null],
    ['Ngân sách nhà nước cấp Trung ương', 'NSTW', null],
    ['Vốn Trung ương hỗ trợ', 'NSTW', null],
    ['TW hỗ trợ', 'NSTW', null],
    ['NSĐP', 'NSĐP', null],
    ['NSDP', 'NSĐP', null],
    ['nsdp', 'NSĐP', null],
    ['NS ĐP', 'NSĐP', null],
    ['NS-ĐP', 'NSĐP', null],
    ['NSĐP.', 'NSĐP', null],
    ['Ngân sách địa phương', 'NSĐP', null],
    ['ngân sách dia phuong', 'NSĐP', null],
    ['Ngân sách tỉnh', 'NSĐP', null],
    ['NGÂN SÁCH TỈNH', 'NSĐP', null],
    ['Ngân sách cấp tỉnh', 'NSĐP', null],
    ['Ngân sách huyện', 'NSĐP', null],
    ['Ngân sách xã', 'NSĐP', null],
    ['Ngân sách thành phố', 'NSĐP', null],
    ['NS tỉnh', 'NSĐP', null],
    ['Vốn tỉnh', 'NSĐP', null],
    ['Vốn đầu tư công tỉnh', 'NSĐP', 'ĐTPT'],
    ['Vốn đầu tư công tỉnh giai đoạn 2021-2025', 'NSĐP', 'ĐTPT'],
    ['vốn ODA', 'ODA', null],
    ['ODA', 'ODA', null],
    ['Vốn vay ODA', 'ODA', null],
    ['Vốn vay WB', 'ODA', null],
    ['Viện trợ không hoàn lại', 'ODA', null],
    ['Vốn tài trợ nước ngoài', 'ODA', null],
    ['Khác', 'Khác', null],
    ['khac', 'Khác', null],
    ['Nguồn khác', 'Khác', null],
    ['Nguồn vốn hợp pháp khác', 'Khác', null],
    ['XHH', 'Khác', null],
    ['Xã hội hóa', 'Khác', null],
    ['xa hoi hoa', 'Khác', null],
    ['Vốn doanh nghiệp', 'Khác', null],
    // A public service unit's own fund, set aside from its revenue: no budget money (before: no
    // source, and a SOURCE_UNKNOWN asking for NSTW or NSĐP).
    ['Quỹ phát triển hoạt động sự nghiệp', 'Khác', 'CTX'],
    ['Quỹ PTHĐSN', 'Khác', null],
    // Fees and charges a unit keeps (Luật Phí và lệ phí 2015: the part left to the collecting
    // unit for its running costs) and its service revenue: the unit's own money, not the budget's
    // (before: no source, and a SOURCE_UNKNOWN asking for NSTW or NSĐP).
    ['Nguồn thu phí, lệ phí được để lại', 'Khác', 'CTX'],
    ['Phí được để lại', 'Khác', 'CTX'],
    ['Nguồn thu được để lại', 'Khác', 'CTX'],
    ['Nguồn thu từ hoạt động dịch vụ', 'Khác', null],
    // Government bonds: borrowed by the central budget, for investment (before: no source).
    ['Vốn trái phiếu Chính phủ', 'NSTW', 'ĐTPT'],
    ['TPCP', 'NSTW', 'ĐTPT'],
    // A province's own bonds stay local money.
    ['Trái phiếu chính quyền địa phương', 'NSĐP', 'ĐTPT'],
    ['Doanh nghiệp tài trợ', 'Khác', null],
    ['Vốn tự có', 'Khác', null],
    ['Huy động', 'Khác', null],
    ['PPP', 'Khác', null],
    ['Khác (XHH)', 'Khác', null],
    // Spending type.
    ['NSĐP (Vốn đầu tư)', 'NSĐP', 'ĐTPT'],
    ['NSDP (vốn đầu tư)', 'NSĐP', 'ĐTPT'],
    ['NSĐP - Đầu tư phát triển', 'NSĐP', 'ĐTPT'],
    // ĐTC: đầu tư công, public investment (before: no type).
    ['Vốn ĐTC nguồn NSĐP', 'NSĐP', 'ĐTPT'],
    ['NSĐP (ĐTPT)', 'NSĐP', 'ĐTPT'],
    ['NSĐP (XDCB)', 'NSĐP', 'ĐTPT'],
    ['NSTW (vốn đầu tư)', 'NSTW', 'ĐTPT'],
    ['NSĐP (sự nghiệp)', 'NSĐP', 'CTX'],
    ['NSĐP - vốn sự nghiệp', 'NSĐP', 'CTX'],
    ['NSĐP (chi thường xuyên)', 'NSĐP', 'CTX'],
    ['Nguồn chi thường xuyên ngân sách tỉnh', 'NSĐP', 'CTX'],
    ['Kinh phí sự nghiệp ngân sách tỉnh', 'NSĐP', 'CTX'],
    ['Ngân sách tỉnh (kinh phí CCHC)', 'NSĐP', 'CTX'],
    ['NSĐP (kinh phí)', 'NSĐP', 'CTX'],
    ['NSĐP (kinh phí đầu tư)', 'NSĐP', 'ĐTPT'],
    ['Sự nghiệp CNTT ngân sách tỉnh', 'NSĐP', 'CTX'],
    // The first source named wins: provincial money with central support is provincial.
    ['Ngân sách tỉnh (TW hỗ trợ một phần)', 'NSĐP', null],
    ['NSĐP (lồng ghép NSTW)', 'NSĐP', null],
    // Revenues left wholly to the locality by Luật NSNN 2015 Điều 37 (lottery, land-use fees), and
    // the level alone in a source column.
    ['Xổ số kiến thiết', 'NSĐP', null],
    // Its usual abbreviation (before: no source).
    ['Vốn XSKT', 'NSĐP', null],
    ['Nguồn thu tiền sử dụng đất', 'NSĐP', null],
    // Without "tiền": the same land-use revenue, a province's own (before: "Chưa rõ").
    ['Nguồn thu sử dụng đất', 'NSĐP', null],
    ['Tỉnh', 'NSĐP', null],
    ['Nguồn tỉnh', 'NSĐP', null],
    ['Nguồn vốn huyện', 'NSĐP', null],
    // Private money raised ("xã hội hóa") is no commune's budget.
    ['Vốn xã hội hóa', 'Khác', null],
    ['Nguồn xã hội hóa', 'Khác', null],
    ['Ngân sách xã', 'NSĐP', null],
    // The public-utility telecom fund is a state fund outside the budget.
    ['Quỹ dịch vụ viễn thông công ích', 'Khác', null],
    // "SN" shortens sự nghiệp, recurrent money; "chi TX" chi thường xuyên (before: no type).
    ['NSĐP (SN KHCN)', 'NSĐP', 'CTX'],
    ['NSTW (SNKT)', 'NSTW', 'CTX'],
    ['NSĐP (chi TX)', 'NSĐP', 'CTX'],
    // The province's (district's) support to a task, as "TW hỗ trợ" is the centre's (before: no source).
    ['Tỉnh hỗ trợ', 'NSĐP', null],
    ['Vốn huyện hỗ trợ', 'NSĐP', null],
    // A province's department spends the province's budget (before: no source, CTX).
    ['Kinh phí chi thường xuyên của Sở', 'NSĐP', 'CTX'],
    ['Chi thường xuyên của các Sở, ngành', 'NSĐP', 'CTX'],
  ];
  test.each(rows)('%j → %s %s', (text, code, type) => {
    const parts = read(text);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ code, type, amount: null, text: text.trim() });
  });
});

describe('parseSources: the spending type without a known budget level stays Chưa rõ', () => {
  // "Vốn sự nghiệp" says how the money is spent, not whose budget it is: a rule should ask.
  const rows: [string, SpendingType | null][] = [
    ['vốn sự nghiệp', 'CTX'],
    ['Vốn sự nghiệp', 'CTX'],
    ['chi thường xuyên', 'CTX'],
    ['Chi thường xuyên', 'CTX'],
    ['kinh phí CCHC', 'CTX'],
    ['Kinh phí cải cách hành chính', 'CTX'],
    ['sự nghiệp CNTT', 'CTX'],
    ['vốn sự nghiệp KHCN', 'CTX'],
    ['Vốn đầu tư', 'ĐTPT'],
    ['Đầu tư phát triển', 'ĐTPT'],
    ['Ngân sách nhà nước', null],
    ['NSNN', null],
    ['abc', null],
    ['Nguồn khác chưa xác định', null],
    ['Chưa xác định', null],
    ['Chưa bố trí', null],
    ['123abc', null],
    // "SN" shortens sự nghiệp (before: no type).
    ['Vốn SN', 'CTX'],
    ['SNKH', 'CTX'],
  ];
  test.each(rows)('%j → Chưa rõ %s', (text, type) => {
    const parts = read(text);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ code: 'Chưa rõ', type, amount: null, text });
    expect(isKnownSource(parts[0])).toBe(false);
  });
});

describe('parseSources: several sources in one cell', () => {
  const rows: [string, ReturnType<typeof brief>][] = [
    ['- NSĐP (Vốn đầu tư): 4.000; - Khác (XHH): 11.000', [['NSĐP', 'ĐTPT', '4000'], ['Khác', null, '11000']]],
    ['- NSĐP (Vốn đầu tư): 4.000\n- Khác (XHH): 11.000', [['NSĐP', 'ĐTPT', '4000'], ['Khác', null, '11000']]],
    ['NSĐP (Vốn đầu tư): 4.000\r\nKhác (XHH): 11.000', [['NSĐP', 'ĐTPT', '4000'], ['Khác', null, '11000']]],
    ['+ NSTW: 1.234,5\n+ NSĐP: 2.000', [['NSTW', null, '1234.5'], ['NSĐP', null, '2000']]],
    ['NSTW: 1.234,5; NSĐP: 2.000', [['NSTW', null, '1234.5'], ['NSĐP', null, '2000']]],
    ['NSTW = 500; NSĐP = 300', [['NSTW', null, '500'], ['NSĐP', null, '300']]],
    ['NSTW 500; NSĐP 300', [['NSTW', null, '500'], ['NSĐP', null, '300']]],
    ['• NSTW: 100\n• NSĐP: 200\n• ODA: 300', [['NSTW', null, '100'], ['NSĐP', null, '200'], ['ODA', null, '300']]],
    ['a) NSTW: 100\nb) NSĐP: 200', [['NSTW', null, '100'], ['NSĐP', null, '200']]],
    ['NSTW: 2.500 triệu đồng; NSĐP: 500 triệu đồng', [['NSTW', null, '2500'], ['NSĐP', null, '500']]],
    ['NSTW + NSĐP', [['NSTW', null, null], ['NSĐP', null, null]]],
    ['NSTW+NSĐP', [['NSTW', null, null], ['NSĐP', null, null]]],
    ['NSTW và NSĐP', [['NSTW', null, null], ['NSĐP', null, null]]],
    ['NSTW, NSĐP', [['NSTW', null, null], ['NSĐP', null, null]]],
    ['NSTW; NSĐP', [['NSTW', null, null], ['NSĐP', null, null]]],
    ['NSTW/NSĐP', [['NSTW', null, null], ['NSĐP', null, null]]],
    ['NSTW & NSĐP', [['NSTW', null, null], ['NSĐP', null, null]]],
    ['NSTW\nNSĐP', [['NSTW', null, null], ['NSĐP', null, null]]],
    ['NSĐP, XHH', [['NSĐP', null, null], ['Khác', null, null]]],
    ['Ngân sách tỉnh và xã hội hóa', [['NSĐP', null, null], ['Khác', null, null]]],
    ['NSĐP (Vốn đầu tư), Khác', [['NSĐP', 'ĐTPT', null], ['Khác', null, null]]],
    ['NSTW, NSĐP, ODA', [['NSTW', null, null], ['NSĐP', null, null], ['ODA', null, null]]],
    // A heading line gives its type to the sources listed under it.
    ['Vốn đầu tư:\n- NSTW: 1.000\n- NSĐP: 2.000', [['NSTW', 'ĐTPT', '1000'], ['NSĐP', 'ĐTPT', '2000']]],
    // A qualifier line under a source belongs to it.
    ['NSĐP\n(Vốn sự nghiệp)', [['NSĐP', 'CTX', null]]],
    // Money with no nameable source is kept, as Chưa rõ, so it is not lost from the totals.
    ['NSĐP: 1.000; Nguồn khác chưa xác định: 500', [['NSĐP', null, '1000'], ['Chưa rõ', null, '500']]],
    ['- Vốn đầu tư: 4.000\n- Vốn sự nghiệp: 1.000', [['Chưa rõ', 'ĐTPT', '4000'], ['Chưa rõ', 'CTX', '1000']]],
  ];
  test.each(rows)('%j', (text, expected) => {
    expect(brief(read(text))).toEqual(expected);
  });

  test('each part keeps the piece of text it was read from, bullets removed', () => {
    expect(read('- NSĐP (Vốn đầu tư): 4.000; - Khác (XHH): 11.000').map((p) => p.text)).toEqual([
      'NSĐP (Vốn đầu tư): 4.000',
      'Khác (XHH): 11.000',
    ]);
  });
  test('a split amounts add up the way the officer wrote them (4.000 + 11.000 = 15.000)', () => {
    const total = read('- NSĐP (Vốn đầu tư): 4.000; - Khác (XHH): 11.000').reduce((s, p) => s.plus(p.amount ?? 0), new Decimal(0));
    expect(total.toFixed()).toBe('15000');
  });
  test('the reading keeps the whole input text', () => {
    expect(parseSources('NSTW, NSĐP', viAmount).text).toBe('NSTW, NSĐP');
  });
});

describe('parseSources: percentages are shares, not amounts', () => {
  test('"NSTW: 60%, NSĐP: 40%" → two parts, shares 0.6 and 0.4, no amounts', () => {
    const parts = read('NSTW: 60%, NSĐP: 40%');
    expect(brief(parts)).toEqual([['NSTW', null, null], ['NSĐP', null, null]]);
    expect(parts.map((p) => p.share?.toFixed())).toEqual(['0.6', '0.4']);
  });
  test('"NSTW 70% + NSĐP 30%" and decimal shares "12,5%"', () => {
    expect(read('NSTW 70% + NSĐP 30%').map((p) => p.share?.toFixed())).toEqual(['0.7', '0.3']);
    expect(read('NSTW: 87,5%; NSĐP: 12,5%').map((p) => p.share?.toFixed())).toEqual(['0.875', '0.125']);
  });
  test('a dash with spaces between two sources splits them: "NSTW 70% - NSĐP 30%" (before: NSTW 70% alone, NSĐP\'s 30% lost)', () => {
    const parts = read('NSTW 70% - NSĐP 30%');
    expect(brief(parts)).toEqual([['NSTW', null, null], ['NSĐP', null, null]]);
    expect(parts.map((p) => p.share?.toFixed())).toEqual(['0.7', '0.3']);
    expect(read('NSTW: 500 - NSĐP: 300').map((p) => p.amount?.toFixed())).toEqual(['500', '300']);
    // A dash before what is not a source qualifies the source ("NSĐP - Vốn đầu tư" is NSĐP's investment).
    expect(brief(read('NSĐP - Vốn đầu tư'))).toEqual([['NSĐP', 'ĐTPT', null]]);
  });
  test('"TW 70%, ĐP 30%": the two levels shortened, each with its share (before: ĐP\'s 30% lost)', () => {
    const parts = read('TW 70%, ĐP 30%');
    expect(brief(parts)).toEqual([['NSTW', null, null], ['NSĐP', null, null]]);
    expect(parts.map((p) => p.share?.toFixed())).toEqual(['0.7', '0.3']);
    expect(read('TW: 500; ĐP: 300').map((p) => [p.code, p.amount?.toFixed()])).toEqual([['NSTW', '500'], ['NSĐP', '300']]);
  });
  test('no share field when none is stated', () => {
    expect('share' in read('NSTW')[0]).toBe(false);
  });
});

describe('parseSources: what is not an amount', () => {
  test('a year at the end is not money: "Vốn đầu tư công tỉnh năm 2021"', () => {
    expect(read('Vốn đầu tư công tỉnh năm 2021')[0].amount).toBeNull();
    expect(read('NSĐP 2021')[0].amount).toBeNull();
    expect(read('NSĐP giai đoạn 2')[0].amount).toBeNull();
  });
  test('"Nguồn vốn: NSĐP" names the source after the colon, no amount', () => {
    expect(brief(read('Nguồn vốn: NSĐP'))).toEqual([['NSĐP', null, null]]);
  });
  test('an amount the money parser rejects is null, the source is still read', () => {
    expect(brief(read('NSTW: 12abc'))).toEqual([['NSTW', null, null]]);
  });
  test('the amount parser is only asked about text that starts with a digit', () => {
    const asked: string[] = [];
    parseSources('NSĐP (Vốn đầu tư): 4.000; Khác: XHH', (t) => {
      asked.push(t);
      return viAmount(t);
    });
    expect(asked).toEqual(['4.000']);
  });
});

describe('parseSources: empty, dashes and bare punctuation name no source', () => {
  // With money on the row, a rule reports SOURCE_MISSING; there is nothing here to classify.
  test.each(['', ' ', '-', '—', '–', '\n', ' - ', '...', '(  )', ';', '?', '- ; -'])('%j → no parts', (text) => {
    expect(read(text)).toEqual([]);
  });
  test.each([null, undefined])('%p → no parts, empty text', (text) => {
    expect(parseSources(text, viAmount)).toEqual({ text: '', parts: [] });
  });
});

describe('isKnownSource', () => {
  test.each(['NSTW', 'NSĐP', 'ODA', 'Khác'] as const)('%s is known', (code) => {
    expect(isKnownSource({ code, type: null, amount: null, text: code })).toBe(true);
  });
  test('Chưa rõ is not', () => {
    expect(isKnownSource({ code: 'Chưa rõ', type: null, amount: null, text: 'abc' })).toBe(false);
  });
});

describe('parseSources over the fixture workbooks', () => {
  // The Khánh Hòa plan uses NSDP, NSĐP and NSTW only; every item row names a known source.
  test.each(['ke-hoach-2016-2020-phu-luc-ii.xlsx', 'ke-hoach-2016-2020-phu-luc-iii.xlsx'])('%s', async (file) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fixture(file));
    const sheet = workbook.worksheets[0];
    let seen = 0;
    for (let r = 6; r <= sheet.rowCount; r++) {
      const v = sheet.getCell(r, 8).value;
      if (typeof v !== 'string' || v.trim() === '') continue;
      seen++;
      const parts = read(v);
      expect(parts).toHaveLength(1);
      expect(parts[0].code).toBe(v === 'NSTW' ? 'NSTW' : 'NSĐP');
    }
    expect(seen).toBeGreaterThan(10);
  });
});
