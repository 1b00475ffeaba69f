// The CONTRACT `scenario --json` shape. Amounts are strings in plain decimal notation, rounded
// to 6 decimals of the unit (1 đồng when the unit is triệu đồng): an even split of a cost over
// build years is not a finite decimal, and 40 digits of it would help no reader.
import type { Decimal } from '../decimal';
import type { ScenarioResult, SensitivityPoint, YearNeed } from './types';

const PLACES = 6;

export function amountString(d: Decimal): string {
  return d.toDecimalPlaces(PLACES).toFixed();
}

function byYear(map: Map<number, YearNeed>): Record<string, { 'ĐTPT': string; CTX: string }> {
  const out: Record<string, { 'ĐTPT': string; CTX: string }> = {};
  for (const [year, need] of map) out[String(year)] = { 'ĐTPT': amountString(need['ĐTPT']), CTX: amountString(need.CTX) };
  return out;
}

function points(list: SensitivityPoint[]) {
  return list.map((p) => ({ rate: p.rate.toFixed(), difference: amountString(p.difference), cheaper: p.cheaper }));
}

export function scenarioToJSON(r: ScenarioResult): object {
  return {
    ruleSet: r.ruleSet.id,
    invest: {
      total: amountString(r.invest.total),
      pv: amountString(r.invest.pv),
      byYear: byYear(r.invest.byYear),
      totalInvestment: amountString(r.invest.totalInvestment),
      baseCost: amountString(r.invest.baseCost),
      contingency: amountString(r.invest.contingency),
      escalation: amountString(r.invest.escalation),
    },
    lease: {
      availability: r.lease.availability,
      total: amountString(r.lease.total),
      pv: amountString(r.lease.pv),
      byYear: byYear(r.lease.byYear),
      periodPayment: amountString(r.lease.periodPayment),
      periods: r.lease.periods,
      ratePerPeriod: r.lease.ratePerPeriod.toFixed(),
      residualValue: amountString(r.lease.residual),
      serviceTotal: amountString(r.lease.serviceTotal),
      adminTotal: amountString(r.lease.adminTotal),
      maintenanceTotal: amountString(r.lease.maintenanceTotal),
      otherCost: amountString(r.lease.otherCost),
    },
    difference: amountString(r.difference),
    cheaper: r.cheaper,
    breakEvenYear: r.breakEvenYear,
    sensitivity: {
      discountRate: points(r.sensitivity.discountRate),
      leaseEscalation: points(r.sensitivity.leaseEscalation),
      grid: {
        discountRates: r.sensitivity.grid.discountRates.map((d) => d.toFixed()),
        escalationRates: r.sensitivity.grid.escalationRates.map((d) => d.toFixed()),
        difference: r.sensitivity.grid.difference.map((row) => row.map(amountString)),
      },
    },
    findings: r.findings,
    notes: r.notes,
  };
}
