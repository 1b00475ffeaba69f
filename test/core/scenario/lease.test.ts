// G_dv of TT 12/2020 against numbers worked out by hand from the circular's formula and against
// the HP 10B/10bII lease examples (a lease payment with a buy-out value, paid in advance, is the
// same annuity as a custom service with a residual, paid at the start of each period).
import { Decimal } from '../../../src/core/decimal';
import { leasePaymentPerPeriod, straightLineResidual } from '../../../src/core/scenario';

const D = (v: string | number) => new Decimal(v);
const round = (d: Decimal, places: number) => d.toDecimalPlaces(places).toFixed(places);

describe('leasePaymentPerPeriod (TT 12/2020 G_dv)', () => {
  // T = 1000, N = 12%, k = 1, 2 years: r = 0.12, (1 + r)^2 = 1.2544.
  // End of period, S = 0: 1000 × 0.12 × 1.2544 / 0.2544 = 150.528 / 0.2544 = 591.698113207547…
  it('paid at period end, no residual', () => {
    expect(round(leasePaymentPerPeriod({ buildCost: D(1000), depositRate: D('0.12'), periodsPerYear: 1, termYears: 2 }), 9)).toBe('591.698113208');
  });
  // Start of period: the same divided by 1.12 = 528.301886792452…
  it('paid at period start divides by (1 + r)', () => {
    expect(round(leasePaymentPerPeriod({ buildCost: D(1000), depositRate: D('0.12'), periodsPerYear: 1, termYears: 2, atStart: true }), 9)).toBe('528.301886792');
  });
  // S = 100: (150.528 − 12) / 0.2544 = 544.528301886792…; with VAT 10%: 598.981132075471…
  it('a residual lowers the payment and VAT is added on top', () => {
    const base = { buildCost: D(1000), depositRate: D('0.12'), periodsPerYear: 1, termYears: 2, residual: D(100) };
    expect(round(leasePaymentPerPeriod(base), 9)).toBe('544.528301887');
    expect(round(leasePaymentPerPeriod({ ...base, vat: D('0.1') }), 9)).toBe('598.981132075');
  });
  // HP 10B manual, "Calculating a lease payment": a 13,500 car, 3 years, buy-out 7,500, payments
  // monthly in advance, lessor's yield 14% → 289.19. The HP 10bII+ manual's version at 10% → 253.99.
  it('HP 10B / 10bII+ lease payments with a buy-out value, in advance', () => {
    const car = { buildCost: D(13500), periodsPerYear: 12, termYears: 3, residual: D(7500), atStart: true };
    expect(round(leasePaymentPerPeriod({ ...car, depositRate: D('0.14') }), 2)).toBe('289.19');
    expect(round(leasePaymentPerPeriod({ ...car, depositRate: D('0.10') }), 2)).toBe('253.99');
  });
  it('a zero deposit rate spreads T − S evenly', () => {
    expect(leasePaymentPerPeriod({ buildCost: D(1200), depositRate: D(0), periodsPerYear: 4, termYears: 1, residual: D(400) }).toFixed()).toBe('200');
  });
  it('refuses a fractional number of periods instead of guessing', () => {
    expect(() => leasePaymentPerPeriod({ buildCost: D(1), depositRate: D('0.1'), periodsPerYear: 1, termYears: 1.5 })).toThrow(/whole number of periods/);
  });
});

describe('straightLineResidual', () => {
  // 12,000 over 8 years, after 5: 12,000 × 3/8 = 4,500.
  it('what is left after the term', () => {
    expect(straightLineResidual(D(12000), 8, 5).toFixed()).toBe('4500');
  });
  it('nothing is left when the term reaches the useful life', () => {
    expect(straightLineResidual(D(12000), 5, 5).toFixed()).toBe('0');
    expect(straightLineResidual(D(12000), 4, 5).toFixed()).toBe('0');
  });
});
