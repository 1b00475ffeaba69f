// The custom functions as an officer would type them in a cell. Expected values come from the
// domain text (DOMAIN.md), Excel's documented PMT examples and a hand computation of TT 12/2020.
import { CellError, hinhthuc, nguon, thue, tien } from '../../src/functions/functions';

function errorOf(call: () => unknown): CellError {
  try {
    call();
  } catch (e) {
    if (e instanceof CellError) return e;
    throw e;
  }
  throw new Error('expected a cell error');
}

describe('=NGANSACH.TIEN(text, [unit])', () => {
  it('reads Vietnamese amounts in triệu đồng by default', () => {
    expect(tien('1,26 tỷ')).toBe(1260);
    expect(tien('35.388,5')).toBe(35388.5);
    expect(tien('500 triệu đồng')).toBe(500);
    expect(tien('6.371.620.970 đồng')).toBe(6371.62097);
    expect(tien('3.000 (600/năm)')).toBe(3000);
  });

  it('gives the amount in the unit asked for', () => {
    expect(tien('500 triệu đồng', 'tỷ đồng')).toBe(0.5);
    expect(tien('1,26 tỷ', 'đồng')).toBe(1_260_000_000);
    // A plain number is in the chosen unit.
    expect(tien('18.000', 'nghìn đồng')).toBe(18000);
  });

  it('accepts a number cell as it is', () => {
    expect(tien(35388.5)).toBe(35388.5);
  });

  it('is #VALUE! for text that holds no amount, or an unknown unit', () => {
    expect(errorOf(() => tien('Công văn số 1383/VP-QT ngày 14/3/2024')).code).toBe('#VALUE!');
    expect(errorOf(() => tien('Chưa có')).code).toBe('#VALUE!');
    expect(errorOf(() => tien('2 tỷ', 'đô la')).code).toBe('#VALUE!');
  });
});

describe('=NGANSACH.HINHTHUC(text)', () => {
  it('names the invest-or-lease mode', () => {
    expect(hinhthuc('Thuê VNPT')).toBe('lease');
    expect(hinhthuc('Tự đầu tư')).toBe('invest');
    expect(hinhthuc('Đầu tư kết hợp thuê dịch vụ')).toBe('mixed');
  });
});

describe('=NGANSACH.NGUON(text)', () => {
  it('gives the funding source code, the first one when several share a row', () => {
    expect(nguon('NSĐP (Vốn đầu tư)')).toBe('NSĐP');
    expect(nguon('NSDP')).toBe('NSĐP');
    expect(nguon('- NSTW: 4.000; - NSĐP: 1.000')).toBe('NSTW');
    expect(nguon('ODA')).toBe('ODA');
  });

  it('is #VALUE! for an empty source cell', () => {
    expect(errorOf(() => nguon('')).code).toBe('#VALUE!');
  });
});

describe('=NGANSACH.THUE(buildCost, depositRate, periodsPerYear, termYears, [residual], [vat], [atStart])', () => {
  it('equals Excel\'s documented PMT examples (8%/12 over 10 periods on 10,000)', () => {
    // Excel's help: PMT(8%/12, 10, 10000) = -1,037.03; with type 1 = -1,030.16.
    expect(thue(10000, 0.08 / 12, 1, 10)).toBeCloseTo(1037.03, 2);
    expect(thue(10000, 0.08 / 12, 1, 10, 0, 0, true)).toBeCloseTo(1030.16, 2);
  });

  it('follows TT 12/2020 with a residual value and VAT (hand computation)', () => {
    // T = 12,000, N = 6 %, k = 1, 5 years, S = 2,000, VAT 10 %:
    // (1.06)^5 = 1.3382255776; [12000·0.06·1.3382255776 − 2000·0.06] / 0.3382255776 = 2493.964004…; × 1.1
    expect(thue(12000, 0.06, 1, 5, 2000, 0.1)).toBeCloseTo(2743.360405, 5);
    // Paid at the start of each period: divided by (1 + r).
    expect(thue(12000, 0.06, 1, 5, 2000, 0.1, true)).toBeCloseTo(2588.075854, 5);
    // Quarterly over 5 years at 5.5 %: r = 0.01375, n = 20.
    expect(thue(12000, 0.055, 4, 5, undefined, 0.1)).toBeCloseTo(759.403084, 5);
  });

  it('is #NUM! for an impossible term', () => {
    expect(errorOf(() => thue(12000, 0.055, 0, 5)).code).toBe('#NUM!');
  });
});
