// RATE_LINE_MISMATCH `method`: a total investment table that names each line by a symbol and says
// how it is worked out ("Ký hiệu | Cách tính"), redone as an appraiser would. Figures by hand:
// Gtb 10.000.000.000; Gqlda = Gtb × 2,5% = 250.000.000; Gtv = 300.000.000 + 500.000.000 (Gtb × 3%
// and × 5%); Gk 1.500.000.000; Gdp = (10.000 + 250 + 800 + 1.500) triệu × 10% = 1.255.000.000;
// TMĐT = 13.805.000.000 before tax, tax 10% of each line, 15.185.500.000 after.
import { Decimal } from '../../../src/core/decimal';
import { evaluateMethod } from '../../../src/core/cost-methods';
import type { CellValue } from '../../../src/core/grid';
import { checkSheet } from '../../helpers/sheets';

function table(change: (rows: CellValue[][]) => void = () => undefined) {
  const rows: CellValue[][] = [
    ['BẢNG TỔNG HỢP TỔNG MỨC ĐẦU TƯ DỰ ÁN NÂNG CẤP TRUNG TÂM DỮ LIỆU TỈNH'],
    ['Đơn vị tính: đồng'],
    ['STT', 'Khoản mục chi phí', 'Ký hiệu', 'Cách tính', 'Giá trị trước thuế', 'Thuế GTGT', 'Giá trị sau thuế'],
    [null, 'TỔNG MỨC ĐẦU TƯ', 'TMĐT', 'Gtb+Gqlda+Gtv+Gk+Gdp', 13805000000, 1380500000, 15185500000],
    ['1', 'Chi phí thiết bị', 'Gtb', 'Theo bảng chi tiết', 10000000000, 1000000000, 11000000000],
    ['2', 'Chi phí quản lý dự án', 'Gqlda', 'Gtb x 2,5%', 250000000, 25000000, 275000000],
    ['3', 'Chi phí tư vấn đầu tư', 'Gtv', null, 800000000, 80000000, 880000000],
    ['3.1', 'Chi phí lập báo cáo nghiên cứu khả thi', null, 'Gtb x 3%', 300000000, 30000000, 330000000],
    ['3.2', 'Chi phí thẩm tra thiết kế', null, 'Gtb x 5%', 500000000, 50000000, 550000000],
    ['4', 'Chi phí khác', 'Gk', 'Tạm tính', 1500000000, 150000000, 1650000000],
    ['5', 'Chi phí dự phòng', 'Gdp', '(Gtb+Gqlda+Gtv+Gk) x 10%', 1255000000, 125500000, 1380500000],
  ];
  change(rows);
  return checkSheet({ name: 'TMĐT', rows, bold: [4] });
}

const methodFindings = (t: ReturnType<typeof table>) => t.findings.filter((f) => f.code === 'RATE_LINE_MISMATCH');

it('a breakdown whose every line is what its method gives: nothing said', () => {
  const t = table();
  expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

it('a line that is not what its method gives is said, with the figure the method gives', () => {
  // Gqlda written 260.000.000 (and its tax and total with it, and the sums above): Gtb × 2,5% is 250.000.000.
  const t = table((rows) => {
    rows[5] = ['2', 'Chi phí quản lý dự án', 'Gqlda', 'Gtb x 2,5%', 260000000, 26000000, 286000000];
    rows[3] = [null, 'TỔNG MỨC ĐẦU TƯ', 'TMĐT', 'Gtb+Gqlda+Gtv+Gk+Gdp', 13815000000, 1381500000, 15196500000];
  });
  const found = methodFindings(t);
  // Gdp's method now gives 1.256.000.000 against 1.255.000.000 written: 0,08 %, within the 0,1 % a
  // rounded figure is allowed, so only Gqlda is said.
  expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([['E6', '250000000', '260000000']]);
  expect(found[0].message).toBe('Ô E6: dòng "Chi phí quản lý dự án" ghi 260.000.000 đồng nhưng tính theo cách tính "Gtb x 2,5%" từ các dòng của bảng là 250.000.000 đồng (lệch 10.000.000). Sửa số tiền hoặc cách tính.');
});

it('a contingency that is not 10 % of the lines it names is said', () => {
  // 1.300.000.000 written; (10.000 + 250 + 800 + 1.500) triệu × 10% = 1.255.000.000.
  const t = table((rows) => {
    rows[10] = ['5', 'Chi phí dự phòng', 'Gdp', '(Gtb+Gqlda+Gtv+Gk) x 10%', 1300000000, 130000000, 1430000000];
    rows[3] = [null, 'TỔNG MỨC ĐẦU TƯ', 'TMĐT', 'Gtb+Gqlda+Gtv+Gk+Gdp', 13850000000, 1385000000, 15235000000];
  });
  expect(methodFindings(t).map((f) => [f.cell, f.expected])).toEqual([['E11', '1255000000']]);
});

it('a method naming a symbol the table does not hold, or in words, is not asked', () => {
  const t = table((rows) => {
    rows[5] = ['2', 'Chi phí quản lý dự án', 'Gqlda', 'Gxd x 2,5%', 260000000, 26000000, 286000000];
    rows[3] = [null, 'TỔNG MỨC ĐẦU TƯ', 'TMĐT', 'Gtb+Gqlda+Gtv+Gk+Gdp', 13815000000, 1381500000, 15196500000];
  });
  expect(methodFindings(t)).toEqual([]);
});

describe('evaluateMethod', () => {
  const values: Record<string, string> = { gtb: '10000', gqlda: '250', gtv: '800', gk: '1500' };
  const value = (s: string) => (values[s] ? new Decimal(values[s]) : null);
  it.each([
    ['Gtb x 2,5%', '250'],
    ['Gtb × 2.5%', '250'],
    ['(Gtb+Gqlda+Gtv+Gk) x 10%', '1255'],
    ['Gtb + Gqlda - Gtv', '9450'],
    ['Gtb / 2 * 3', '15000'],
    ['Gtb x 1.000', '10000000'],
  ])('%s = %s', (text, want) => {
    expect(evaluateMethod(text, value)?.toFixed()).toBe(want);
  });
  it.each(['Theo bảng chi tiết', 'Gxd x 2%', '2 x 3', 'Gtb x', '(Gtb + Gk', 'Gtb x 2,5% (TT 12/2021)'])('%s is no method', (text) => {
    expect(evaluateMethod(text, value)).toBeNull();
  });
});
