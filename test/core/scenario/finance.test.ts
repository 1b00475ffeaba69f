// PMT, PV, NPV against published numbers: Microsoft's PMT documentation, other spreadsheet
// vendors' NPV/PMT examples, the HP 10B manual's lease example and a textbook net advantage to
// leasing. Every expected value below is copied from the source named beside it.
import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import { fv, npv, pmt, pv } from '../../../src/core/scenario/finance';

const D = (v: string | number) => new Decimal(v);
const cents = (d: Decimal) => d.toDecimalPlaces(2).toFixed(2);

describe('PMT (Excel semantics)', () => {
  // support.microsoft.com, "PMT function": 8% a year, 10 monthly payments, loan 10,000.
  it('monthly payment of a loan: ($1,037.03)', () => {
    expect(cents(pmt(D('0.08').div(12), 10, D(10000)))).toBe('-1037.03');
  });
  it('same loan paid at the start of each month: ($1,030.16)', () => {
    expect(cents(pmt(D('0.08').div(12), 10, D(10000), D(0), 1))).toBe('-1030.16');
  });
  it('saving 50,000 in 18 years at 6%: ($129.08) a month', () => {
    expect(cents(pmt(D('0.06').div(12), 18 * 12, D(0), D(50000)))).toBe('-129.08');
  });
  // developer.mescius.com PMT reference: PMT(6%/12, 15, 5000) = -346.82; PMT(0.005, 15, 5000, 0, 1) = -345.10.
  it('MESCIUS examples', () => {
    expect(cents(pmt(D('0.06').div(12), 15, D(5000)))).toBe('-346.82');
    expect(cents(pmt(D('0.005'), 15, D(5000), D(0), 1))).toBe('-345.10');
  });
  it('a zero rate splits pv + fv evenly, as Excel does', () => {
    expect(pmt(D(0), 4, D(1000), D(200)).toFixed()).toBe('-300');
  });
});

describe('NPV (Excel semantics: first value one period from now)', () => {
  // help.adobe.com FormCalc NPV reference.
  it('NPV(0.10, 500, 1500, 4000, 10000) = 11529.60863329007', () => {
    expect(npv(D('0.10'), [500, 1500, 4000, 10000].map(D)).toDecimalPlaces(8).toFixed()).toBe('11529.60863329');
  });
  it('NPV(0.065, 5000) = 4694.83568075117', () => {
    expect(npv(D('0.065'), [D(5000)]).toDecimalPlaces(8).toFixed()).toBe('4694.83568075');
  });
  // developer.mescius.com NPV reference: NPV(6.5%, -10000, 3000, 3400, 7700) = $2,055.38.
  it('NPV(6.5%, -10000, 3000, 3400, 7700) = 2,055.38', () => {
    expect(cents(npv(D('0.065'), [-10000, 3000, 3400, 7700].map(D)))).toBe('2055.38');
  });
});

describe('HP 10B manual, "Lease with advance payments"', () => {
  // 4 years of monthly payments of 2,400, first and last due at the onset; option to buy for
  // 15,000 at the end; 18% a year compounded monthly. The manual's steps: PV of 47 payments in
  // Begin mode 81,735.58; plus the extra advance payment 84,135.58; PV of the option 7,340.43;
  // capitalized value 91,476.00.
  const r = D('0.18').div(12);
  it('reproduces each step and the capitalized value', () => {
    const payments = pv(r, 47, D(-2400), D(0), 1);
    expect(cents(payments)).toBe('81735.58');
    const withAdvance = payments.plus(2400);
    expect(cents(withAdvance)).toBe('84135.58');
    const option = pv(r, 48, D(0), D(-15000));
    expect(cents(option)).toBe('7340.43');
    expect(cents(withAdvance.plus(option))).toBe('91476.00');
  });
});

describe('Net advantage to leasing (textbook case)', () => {
  // Machine 10,000, straight-line over 5 years, lease 2,500 a year, tax 34%, after-tax rate 5%:
  // leasing saves the 10,000 now but pays 2,500 × (1 − 0.34) and loses the depreciation tax
  // shield 2,000 × 0.34 each year. NAL = −87.68.
  it('NAL = −87.68 through pv() and through npv()', () => {
    const yearly = D(2500).times(D(1).minus('0.34')).plus(D(2000).times('0.34'));
    expect(yearly.toFixed()).toBe('2330');
    expect(cents(D(10000).plus(pv(D('0.05'), 5, yearly)))).toBe('-87.68');
    expect(cents(D(10000).minus(npv(D('0.05'), Array(5).fill(yearly))))).toBe('-87.68');
  });
});

describe('properties', () => {
  // Up to 5% a period over up to 30 years of months: every lease and loan a budget sees. (Far
  // beyond, (1 + r)^n outgrows 40 significant digits and round-trips lose the cents.)
  const rate = fc.integer({ min: 0, max: 500 }).map((bp) => D(bp).div(10000));
  const money = fc.integer({ min: 1, max: 10 ** 9 }).map((v) => D(v).div(100));
  const nper = fc.integer({ min: 1, max: 360 });
  const type = fc.constantFrom<0 | 1>(0, 1);
  it('PV undoes PMT, and FV closes the balance, for any rate, term and timing (to 1e-12, far below one đồng)', () => {
    fc.assert(fc.property(rate, nper, money, money, type, (r, n, presentValue, future, t) => {
      const payment = pmt(r, n, presentValue, future, t);
      expect(pv(r, n, payment, future, t).minus(presentValue).abs().lte('1e-12')).toBe(true);
      expect(fv(r, n, payment, presentValue, t).minus(future).abs().lte('1e-12')).toBe(true);
    }));
  });
});
