// Leasing an IT service: the per-period price G_dv of a service built to the agency's
// requirements (TT 12/2020/TT-BTTTT Điều 6), the five-part estimate of ND 73 Điều 55 (lease
// cost, management, consulting, other, contingency), and the yearly budget needs over the term.
import { Decimal, ZERO } from '../decimal';
import { PaymentTiming, pmt } from './finance';
import type { LeaseFigures, LeaseInput } from './types';

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

/** S by straight-line depreciation of the build cost over the lessor's life, at the end of the term. */
export function straightLineResidual(buildCost: Decimal, usefulLifeYears: number | Decimal, termYears: number): Decimal {
  const life = new Decimal(usefulLifeYears);
  if (life.lte(termYears)) return ZERO;
  return buildCost.times(life.minus(termYears)).div(life);
}

/** What the lease is computed from; the switching-value search moves one at a time. */
export interface LeaseParams {
  buildCost: Decimal;
  residual: Decimal;
  depositRate: Decimal;
  escalationRate: Decimal;
  lessorUsefulLifeYears: number;
}

export interface LeaseSchedule extends LeaseFigures {
  /** Years from the start year to the lease's first day (acceptance of the build, or 0). */
  offset: number;
  /** Per lease year i = 1 … term, before contingency: the service payments (G_dv × k, or the market price). */
  payments: Decimal[];
  /** G_v + G_bt, growing by the escalation rate. */
  yearlyCosts: Decimal[];
  /** The one-off parts, in the first lease year: G_k, management, consulting, other. */
  oneOffs: Decimal[];
}

export function leaseSchedule(lease: LeaseInput, p: LeaseParams, offset: number): LeaseSchedule {
  const custom = lease.availability === 'custom';
  const k = custom ? lease.periodsPerYear : 1;
  const growth = p.escalationRate.plus(1);
  const periodPayment = custom
    ? leasePaymentPerPeriod({
      buildCost: p.buildCost, depositRate: p.depositRate, periodsPerYear: k, termYears: lease.termYears,
      residual: p.residual, vat: lease.vatRate, atStart: lease.payment === 'start',
    })
    : lease.marketPricePerYear ?? ZERO;
  const oneOff = lease.otherCost.plus(lease.managementCost).plus(lease.consultingCost).plus(lease.otherEstimateCost);
  const payments: Decimal[] = [];
  const yearlyCosts: Decimal[] = [];
  const oneOffs: Decimal[] = [];
  let adminTotal = ZERO;
  let maintenanceTotal = ZERO;
  for (let i = 1; i <= lease.termYears; i++) {
    const factor = growth.pow(i - 1);
    payments.push(custom ? periodPayment.times(k) : periodPayment.times(factor));
    const admin = lease.annualAdminCost.times(factor);
    const maintenance = lease.annualMaintenanceCost.times(factor);
    adminTotal = adminTotal.plus(admin);
    maintenanceTotal = maintenanceTotal.plus(maintenance);
    yearlyCosts.push(admin.plus(maintenance));
    oneOffs.push(i === 1 ? oneOff : ZERO);
  }
  const serviceTotal = payments.reduce((a, b) => a.plus(b), ZERO);
  const total = serviceTotal.plus(adminTotal).plus(maintenanceTotal).plus(lease.otherCost);
  const beforeContingency = total.plus(lease.managementCost).plus(lease.consultingCost).plus(lease.otherEstimateCost);
  const contingency = beforeContingency.times(lease.contingencyRate);
  return {
    depositRate: p.depositRate,
    ratePerPeriod: custom ? p.depositRate.div(k) : ZERO,
    periods: k * lease.termYears,
    lessorUsefulLifeYears: p.lessorUsefulLifeYears,
    residual: custom ? p.residual : ZERO,
    periodPayment,
    serviceTotal,
    adminTotal,
    maintenanceTotal,
    otherCost: lease.otherCost,
    total,
    managementCost: lease.managementCost,
    consultingCost: lease.consultingCost,
    otherEstimateCost: lease.otherEstimateCost,
    contingency,
    estimateTotal: beforeContingency.plus(contingency),
    offset,
    payments,
    yearlyCosts,
    oneOffs,
  };
}
