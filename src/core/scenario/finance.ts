// Time value of money in exact decimals, with Excel's argument order and sign convention
// (money paid out is negative), so every value here can be written as the same Excel formula
// and a spreadsheet recomputes it: PMT, PV, FV, NPV.
import { Decimal, ZERO } from '../decimal';

export type PaymentTiming = 0 | 1; // 0: end of period, 1: start (Excel's `type`)

function growth(rate: Decimal, nper: number): Decimal {
  return rate.plus(1).pow(nper);
}

/** Excel PMT(rate, nper, pv, [fv], [type]). */
export function pmt(rate: Decimal, nper: number, pv: Decimal, fv: Decimal = ZERO, type: PaymentTiming = 0): Decimal {
  if (nper <= 0) throw new RangeError('pmt: nper must be positive');
  if (rate.isZero()) return pv.plus(fv).neg().div(nper);
  const g = growth(rate, nper);
  // pv·g + pmt·(1 + rate·type)·(g − 1)/rate + fv = 0, solved for pmt.
  return pv.times(g).plus(fv).neg().times(rate).div(rate.times(type).plus(1).times(g.minus(1)));
}

/** Excel PV(rate, nper, pmt, [fv], [type]). */
export function pv(rate: Decimal, nper: number, payment: Decimal, fv: Decimal = ZERO, type: PaymentTiming = 0): Decimal {
  if (rate.isZero()) return fv.plus(payment.times(nper)).neg();
  const g = growth(rate, nper);
  const annuity = payment.times(rate.times(type).plus(1)).times(g.minus(1)).div(rate);
  return annuity.plus(fv).neg().div(g);
}

/** Excel FV(rate, nper, pmt, [pv], [type]). */
export function fv(rate: Decimal, nper: number, payment: Decimal, presentValue: Decimal = ZERO, type: PaymentTiming = 0): Decimal {
  if (rate.isZero()) return presentValue.plus(payment.times(nper)).neg();
  const g = growth(rate, nper);
  const annuity = payment.times(rate.times(type).plus(1)).times(g.minus(1)).div(rate);
  return presentValue.times(g).plus(annuity).neg();
}

/** Excel NPV(rate, v1, v2, …): v_i discounted i periods, the first one period from now. */
export function npv(rate: Decimal, values: readonly Decimal[]): Decimal {
  const base = rate.plus(1);
  if (base.lte(0)) throw new RangeError('npv: rate must be above -1');
  let total = ZERO;
  let factor = new Decimal(1);
  for (const v of values) {
    factor = factor.times(base);
    total = total.plus(v.div(factor));
  }
  return total;
}
