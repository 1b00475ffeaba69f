// The custom functions as an officer would type them in a cell. Expected values come from the
// domain text (DOMAIN.md), Excel's documented PMT examples and a hand computation of TT 12/2020.
import { bangchu, CellError, cong, hinhthuc, nam, nguon, thue, tien } from '../../src/functions/functions';

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

  it('refuses exponent notation ("1e3") instead of reading its digits apart, in Vietnamese', () => {
    const e = errorOf(() => tien('1e3'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('số mũ');
    expect(errorOf(() => tien('2,5E+3')).message).toContain('số mũ');
  });

  it('says in Vietnamese why a text holds no amount (no internal English reason)', () => {
    expect(errorOf(() => tien('Chưa có')).message).toBe('Không đọc được số tiền trong "Chưa có". Ghi số tiền theo dạng 1.234,5 (có thể kèm đơn vị: 1,26 tỷ).');
  });
});

describe('=NGANSACH.CONG(range, [unit])', () => {
  it('adds numbers and money written as text, which SUM skips', () => {
    // 18.000 + 3.000 + 1.260 (1,26 tỷ) + 500 = 22.760 triệu đồng; blanks and "-" add nothing.
    expect(cong([[18000], ['3.000 (600/năm)'], ['1,26 tỷ'], ['500 triệu đồng'], [''], ['-']])).toBe(22760);
  });

  it('gives the sum in the unit asked for, plain numbers being in that unit', () => {
    // 1,26 tỷ + 740 triệu = 2 tỷ; 0,5 (a plain number) is 0,5 tỷ.
    expect(cong([['1,26 tỷ', '740 triệu đồng', 0.5]], 'tỷ đồng')).toBe(2.5);
  });

  it('is exact where floating point is not (0,1 + 0,2 = 0,3)', () => {
    expect(cong([['0,1'], ['0,2']])).toBe(0.3);
  });

  it('names the cell of the range it cannot read, in Vietnamese', () => {
    const e = errorOf(() => cong([[100], ['Tổng cộng']]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('dòng 2, cột 1');
    expect(e.message).toContain('Tổng cộng');
  });

  it('skips TRUE/FALSE as SUM does', () => {
    expect(cong([[100, true, false]])).toBe(100);
  });
});

describe('=NGANSACH.NAM(amount, time, year, [periodFrom], [periodTo])', () => {
  it('spreads evenly over the row\'s years (18.000 over 2021-2023 = 6.000 a year)', () => {
    expect(nam('18.000', '2021-2023', 2022)).toBe(6000);
    expect(nam(18000, '2021-2023', 2024)).toBe(0);
  });

  it('follows yearly figures in the text ("2.870 (240/năm 2020; 526/năm còn lại)")', () => {
    expect(nam('2.870 (240/năm 2020; 526/năm còn lại)', '2020-2025', 2020)).toBe(240);
    expect(nam('2.870 (240/năm 2020; 526/năm còn lại)', '2020-2025', 2023)).toBe(526);
  });

  it('puts a disbursed part in its year and spreads the rest (12.000, 3.000 in 2020, over 2020-2022)', () => {
    // 12.000 − 3.000 = 9.000 over 2021 and 2022 = 4.500 each.
    expect(nam('12.000 (năm 2020 giải ngân 3.000)', '2020-2022', 2020)).toBe(3000);
    expect(nam('12.000 (năm 2020 giải ngân 3.000)', '2020-2022', 2021)).toBe(4500);
  });

  it('reads "Hàng năm" over the period given (12.500 over 2021-2025 = 2.500 a year)', () => {
    expect(nam('12.500', 'Hàng năm', 2024, 2021, 2025)).toBe(2500);
    expect(errorOf(() => nam('12.500', 'Hàng năm', 2024)).message).toContain('giai đoạn');
  });

  it('is #VALUE! with a Vietnamese message for an unreadable time, year or period', () => {
    expect(errorOf(() => nam('100', 'sắp tới', 2024)).message).toContain('Không đọc được thời gian thực hiện');
    expect(errorOf(() => nam('100', '2021-2023', 24)).message).toContain('bốn chữ số');
    expect(errorOf(() => nam('100', 'Hàng năm', 2024, 2025, 2021)).message).toContain('năm đầu không lớn hơn năm cuối');
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

  it('is #NUM! for an impossible term, in Vietnamese', () => {
    const e = errorOf(() => thue(12000, 0.055, 0, 5));
    expect(e.code).toBe('#NUM!');
    expect(e.message).toContain('Số kỳ thanh toán');
  });

  it('refuses a rate typed as a percent number (5,5 meaning 5,5 %) instead of reading 550 %', () => {
    const e = errorOf(() => thue(12000, 5.5, 4, 5));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('Lãi suất tiền gửi 5,5 trông như số phần trăm. Ghi dạng tỷ lệ: 5,5% là 0,055 (hoặc gõ 5,5%).');
    expect(errorOf(() => thue(12000, 0.055, 4, 5, 0, 10)).message).toContain('Thuế GTGT 10');
  });

  it('names a parameter that is not a number in Vietnamese', () => {
    expect(errorOf(() => thue(12000, 0.055, 4, Number.NaN)).message).toBe('Thời hạn thuê phải là một số.');
  });
});

describe('=NGANSACH.BANGCHU(amount, [unit])', () => {
  // The "Bằng chữ" line of an estimate, read aloud by hand: 1.900 triệu đồng is one tỷ nine hundred
  // triệu; 512.925.000 đồng; 1.050 đồng keeps its "không trăm".
  test('writes the amount as an officer writes it under a total', () => {
    expect(bangchu(1900)).toBe('Một tỷ chín trăm triệu đồng');
    expect(bangchu('1,26 tỷ')).toBe('Một tỷ hai trăm sáu mươi triệu đồng');
    expect(bangchu(512925000, 'đồng')).toBe('Năm trăm mười hai triệu chín trăm hai mươi lăm nghìn đồng');
    expect(bangchu('1.050', 'đồng')).toBe('Một nghìn không trăm năm mươi đồng');
    expect(bangchu(25.405)).toBe('Hai mươi lăm triệu bốn trăm linh năm nghìn đồng');
  });
  test('refuses what has no words: no amount, a negative one', () => {
    expect(() => bangchu('Thuê VNPT')).toThrow(CellError);
    expect(() => bangchu(-5)).toThrow(/bằng chữ/);
  });
});
