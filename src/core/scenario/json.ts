// The CONTRACT `scenario --json` shape. Amounts are strings in plain decimal notation, rounded
// to 6 decimals of the unit (1 đồng when the unit is triệu đồng): an even split of a cost over
// build years is not a finite decimal, and 40 digits of it would help no reader. Rates and
// switching values of rates and years keep 12 decimals.
import type { Decimal } from '../decimal';
import { whyChosen } from '../i18n/rules';
import { scenarioNotes } from '../i18n/scenario';
import { ruleSetInfo } from '../rulesets';
import type { Lang } from '../types';
import { SWITCHING_AMOUNTS } from './types';
import type { ScenarioInput, ScenarioResult, SensitivityPoint, SwitchingKey, YearNeed, YearNeedBySource } from './types';

const PLACES = 6;
const RATE_PLACES = 12;

export function amountString(d: Decimal): string {
  return d.toDecimalPlaces(PLACES).toFixed();
}

function rateString(d: Decimal): string {
  return d.toDecimalPlaces(RATE_PLACES).toFixed();
}

type NeedJSON = { 'ĐTPT': string; CTX: string };

function need(n: YearNeed): NeedJSON {
  return { 'ĐTPT': amountString(n['ĐTPT']), CTX: amountString(n.CTX) };
}

function byYear(map: Map<number, YearNeed>): Record<string, NeedJSON> {
  const out: Record<string, NeedJSON> = {};
  for (const [year, n] of map) out[String(year)] = need(n);
  return out;
}

function byYearSource(map: Map<number, YearNeedBySource>): Record<string, Record<string, NeedJSON>> {
  const out: Record<string, Record<string, NeedJSON>> = {};
  for (const [year, sources] of map) {
    const row: Record<string, NeedJSON> = {};
    for (const [code, n] of Object.entries(sources)) if (n) row[code] = need(n);
    out[String(year)] = row;
  }
  return out;
}

function points(list: SensitivityPoint[]) {
  return list.map((p) => ({ rate: p.rate.toFixed(), difference: amountString(p.difference), cheaper: p.cheaper }));
}

export function scenarioToJSON(r: ScenarioResult, input: ScenarioInput, lang: Lang = 'vi'): object {
  const lease = r.lease;
  return {
    ruleSet: r.ruleSet.ruleSet.id,
    ruleSetInfo: ruleSetInfo(r.ruleSet, whyChosen(r.ruleSet, lang)),
    invest: {
      total: amountString(r.invest.total),
      pv: amountString(r.invest.pv),
      byYear: byYear(r.invest.byYear),
      byYearSource: byYearSource(r.invest.byYearSource),
      totalInvestment: amountString(r.invest.totalInvestment),
      baseCost: amountString(r.invest.baseCost),
      contingency: amountString(r.invest.contingency),
      escalation: amountString(r.invest.escalation),
      residualValue: amountString(r.invest.residualValue),
      residualPv: amountString(r.invest.residualPv),
    },
    lease: {
      availability: lease.availability,
      total: amountString(lease.total),
      pv: amountString(lease.pv),
      byYear: byYear(lease.byYear),
      byYearSource: byYearSource(lease.byYearSource),
      periodPayment: amountString(lease.periodPayment),
      periods: lease.periods,
      ratePerPeriod: rateString(lease.ratePerPeriod),
      depositRate: {
        value: rateString(lease.depositRate),
        banks: input.lease.depositRates?.map((b) => ({ bank: b.bank, oneYear: b.oneYear.toFixed(), term: b.term.toFixed() })) ?? null,
      },
      lessorUsefulLifeYears: lease.lessorUsefulLifeYears,
      residualValue: amountString(lease.residual),
      serviceTotal: amountString(lease.serviceTotal),
      adminTotal: amountString(lease.adminTotal),
      maintenanceTotal: amountString(lease.maintenanceTotal),
      otherCost: amountString(lease.otherCost),
      managementCost: amountString(lease.managementCost),
      consultingCost: amountString(lease.consultingCost),
      otherEstimateCost: amountString(lease.otherEstimateCost),
      contingency: amountString(lease.contingency),
      estimateTotal: amountString(lease.estimateTotal),
      paymentsPv: amountString(lease.paymentsPv),
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
    switching: Object.fromEntries(Object.entries(r.switching).map(([k, v]) => [
      k, v.value === null ? null : SWITCHING_AMOUNTS.has(k as SwitchingKey) ? amountString(v.value) : rateString(v.value),
    ])),
    conventions: { ...input.compare, text: scenarioNotes.conventions(input.compare).map((t) => t[lang]) },
    findings: r.findings,
    notes: r.notes,
  };
}
