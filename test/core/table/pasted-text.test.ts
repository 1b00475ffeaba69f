// Text as officers paste it from PDF and Word: decomposed letters (NFD), non-breaking spaces,
// line breaks inside cells, a full stop after a number, "Tr.đ" / "trđ" / "tr.đồng".
import type { CellValue } from '../../../src/core/grid';
import { checkSheet, findingList, rowAt } from '../../helpers/sheets';

const nfd = (s: string): string => s.normalize('NFD');
const NBSP = '\u00a0';

describe('a plan pasted from PDF', () => {
  // I = 1.500 + 2.000 + 500 = 4.000 (typed "4.000." as text); II = 15.000 split 4.000 NSĐP + 11.000 Khác.
  const rows: CellValue[][] = [
    [nfd('Phụ lục IV')],
    [nfd('DANH MỤC DỰ ÁN GIAI ĐOẠN 2021 - 2025')],
    [nfd(`Đơn vị tính:${NBSP}Triệu đồng`)],
    [nfd('Số thứ tự'), nfd('Tên dự án/\nnhiệm vụ'), nfd('Thời gian triển khai'), nfd('Tổng mức đầu tư'), nfd('Nguồn vốn')],
    ['I', nfd('Dự án CNTT'), null, '4.000.', null],
    ['1', nfd(`Hệ thống quản lý\nvăn bản${NBSP}và điều hành`), '2021', `1.500${NBSP}Tr.đ`, nfd('NSĐP')],
    ['2', nfd('Cổng dịch vụ công'), `2022${NBSP}-${NBSP}2023`, '2.000 trđ', 'NSDP'],
    ['3', nfd('Giám sát an toàn thông tin'), '2024', nfd('500 tr.đồng'), nfd('NSĐP')],
    ['II', nfd('Trung tâm giám sát an toàn thông tin (SOC)'), '2022', 15000, nfd('- NSĐP (Vốn đầu tư): 4.000;\n- Khác (XHH): 11.000.')],
    [null, nfd('Tổng cộng'), null, 19000, null],
  ];
  const t = checkSheet({ name: 'PL IV', rows });

  it('reads the decomposed header, names and units as typed text', () => {
    expect(t.columns).toMatchObject({ stt: 1, name: 2, time: 3, total: 4, source: 5 });
    expect(t.unit).toBe('triệu đồng');
    expect(rowAt(t, 6).name).toBe('Hệ thống quản lý văn bản và điều hành');
    expect(rowAt(t, 6).name).toBe(rowAt(t, 6).name.normalize('NFC'));
    expect(t.rows.map((r) => r.amount?.toFixed())).toEqual(['4000', '1500', '2000', '500', '15000', '19000']);
    expect(rowAt(t, 7).time?.years).toEqual([2022, 2023]);
  });

  it('keeps "11.000." in a split source as Khác\'s 11.000', () => {
    expect(rowAt(t, 9).sources.map((s) => [s.code, s.amount?.toFixed()])).toEqual([['NSĐP', '4000'], ['Khác', '11000']]);
    expect(t.summary.bySource['Khác'].toFixed()).toBe('11000');
    expect(t.summary.bySource['NSĐP'].toFixed()).toBe('8000');
    expect(t.summary.bySource['Chưa rõ'].toFixed()).toBe('0');
  });

  it('raises no false alarm: the "4.000." subtotal adds up', () => {
    expect(findingList(t)).toEqual([]);
  });
});

describe('an empty amount beside stray figures in the time cell', () => {
  // Section I says 3.100; its items hold 1.000 and 1.000; the third's amount was pasted into its
  // time cell ("2021 KHÁNH N100"): it is the only item that can close the gap of 1.100.
  const rows: CellValue[][] = [
    ['GIAI ĐOẠN 2021-2025'],
    ['STT', 'Tên dự án', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
    ['I', 'Dự án', null, 3100, null],
    ['1', 'Giám sát an toàn thông tin', '2021', 1000, 'NSĐP'],
    ['2', 'Cổng dịch vụ công', '2022', 1000, 'NSĐP'],
    ['3', 'Hệ thống thông tin báo cáo', '2021 KHÁNH N100', null, 'NSĐP'],
  ];
  const t = checkSheet({ name: 'PL', rows, formulas: { D3: 'SUM(D4:D6)' } });

  it('says which value would close the gap, and where the figures went', () => {
    const missing = t.findings.find((f) => f.code === 'AMOUNT_MISSING');
    expect(missing).toMatchObject({ cell: 'D6', suggestion: '1100', related: ['C6'] });
    expect(missing?.message).toContain('1.100');
    expect(missing?.message).toContain('"2021 KHÁNH N100"');
    expect(findingList(t)).toEqual(['AMOUNT_MISSING@D6', 'SUBTOTAL_MISMATCH@D3']);
  });

  it('gives no suggestion when two items lack money', () => {
    const two = checkSheet({ name: 'PL', rows: rows.map((r, i) => (i === 4 ? ['2', 'Cổng dịch vụ công', '2022', null, 'NSĐP'] : r)) });
    expect(two.findings.filter((f) => f.code === 'AMOUNT_MISSING').map((f) => f.suggestion)).toEqual([null, null]);
  });
});
