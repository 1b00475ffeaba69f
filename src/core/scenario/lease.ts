// Leasing an IT service under TT 12/2020/TT-BTTTT: the per-period price G_dv of a service built to
// the agency's requirements, and the yearly CTX needs of either kind of lease over its term.
import { Decimal, ZERO } from '../decimal';
import { PaymentTiming, pmt } from './finance';
import type { InvestInput, LeaseFigures, LeaseInput } from './types';

export interface LeasePaymentArgs {
  buildCost: Decimal;
  depositRate: Decimal;
  periodsPerYear: number;
  termYears: number;
  /** S; null/undefined = 0 (the custom function's default; the scenario passes its own S). */
  residual?: Decimal | null;
  vat?: Decimal | null;
  atStart?: boolean;
}

/**
 * G_dv = [T·r·(1+r)^n − S·r] / [(1+r)^n − 1] × (1 + VAT), divided by (1 + r) when paid at the
 * start of each period; r = N/k, n = k × term. This is Excel's PMT(r, n, −T, S, type) × (1 + VAT).
 */
export function leasePaymentPerPeriod(a: LeasePaymentArgs): Decimal {
  if (!Number.isInteger(a.periodsPerYear) || a.periodsPerYear < 1) throw new RangeError('periodsPerYear must be a whole number ≥ 1');
  if (!(a.termYears > 0)) throw new RangeError('termYears must be positive');
  const n = a.periodsPerYear * a.termYears;
  if (!Number.isInteger(n)) throw new RangeError('periodsPerYear × termYears must be a whole number of periods');
  const r = a.depositRate.div(a.periodsPerYear);
  const type: PaymentTiming = a.atStart ? 1 : 0;
  const payment = pmt(r, n, a.buildCost.neg(), a.residual ?? ZERO, type);
  return payment.times((a.vat ?? ZERO).plus(1));
}

/** S by straight-line depreciation of the build cost over the useful life, at the end of the term. */
export function straightLineResidual(buildCost: Decimal, usefulLifeYears: number, termYears: number): Decimal {
  if (termYears >= usefulLifeYears) return ZERO;
  return buildCost.times(usefulLifeYears - termYears).div(usefulLifeYears);
}

export interface LeaseSchedule extends LeaseFigures {
  /** Index 0 = startYear: the part that does not escalate (G_dv × k, G_k in year 1). */
  fixed: Decimal[];
  /** The yearly base that grows by escalationRate from the second year. */
  escalatingBase: Decimal[];
  /** fixed + base × (1 + g)^(t − 1): the year's CTX need. */
  yearly: Decimal[];
}

/**
 * The lease starts at startYear (the term runs from acceptance; a custom service is built by the
 * vendor before it) and lasts termYears. Payments within a year stay in that year's budget
 * whether paid at the start or the end of each period.
 */
export function leaseSchedule(lease: LeaseInput, invest: InvestInput, spanYears: number): LeaseSchedule {
  const k = lease.availability === 'custom' ? lease.periodsPerYear : 1;
  const growth = lease.escalationRate.plus(1);
  let ratePerPeriod = ZERO;
  let residual = ZERO;
  let periodPayment: Decimal;
  if (lease.availability === 'custom') {
    ratePerPeriod = lease.depositRate.div(k);
    residual = lease.residualValue ?? straightLineResidual(lease.buildCost, invest.usefulLifeYears, lease.termYears);
    periodPayment = leasePaymentPerPeriod({
      buildCost: lease.buildCost, depositRate: lease.depositRate, periodsPerYear: k, termYears: lease.termYears,
      residual, vat: lease.vatRate, atStart: lease.payment === 'start',
    });
  } else {
    periodPayment = lease.marketPricePerYear ?? ZERO;
  }
  const yearlyCosts = lease.annualAdminCost.plus(lease.annualMaintenanceCost);
  const fixed: Decimal[] = [];
  const escalatingBase: Decimal[] = [];
  const yearly: Decimal[] = [];
  let serviceTotal = ZERO;
  let adminTotal = ZERO;
  let maintenanceTotal = ZERO;
  for (let t = 1; t <= spanYears; t++) {
    if (t > lease.termYears) {
      fixed.push(ZERO);
      escalatingBase.push(ZERO);
      yearly.push(ZERO);
      continue;
    }
    const factor = growth.pow(t - 1);
    const other = t === 1 ? lease.otherCost : ZERO;
    const f = lease.availability === 'custom' ? periodPayment.times(k).plus(other) : other;
    const base = lease.availability === 'custom' ? yearlyCosts : periodPayment.plus(yearlyCosts);
    fixed.push(f);
    escalatingBase.push(base);
    yearly.push(f.plus(base.times(factor)));
    serviceTotal = serviceTotal.plus(lease.availability === 'custom' ? periodPayment.times(k) : periodPayment.times(factor));
    adminTotal = adminTotal.plus(lease.annualAdminCost.times(factor));
    maintenanceTotal = maintenanceTotal.plus(lease.annualMaintenanceCost.times(factor));
  }
  return {
    ratePerPeriod,
    periods: k * lease.termYears,
    residual,
    periodPayment,
    serviceTotal,
    adminTotal,
    maintenanceTotal,
    otherCost: lease.otherCost,
    fixed,
    escalatingBase,
    yearly,
  };
}
