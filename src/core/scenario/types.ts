// The scenario's typed input (after validation) and its result. Amounts are Decimal in the
// input's unit; rates are fractions (0.07 = 7%).
import type { Decimal } from '../decimal';
import type { RuleSet } from '../rulesets';
import type { Finding, MoneyUnit } from '../types';

export interface InvestCosts {
  /** G_XL: installation (chi phí xây lắp). */
  xayLap: Decimal;
  /** G_TB: equipment incl. software (chi phí thiết bị). */
  thietBi: Decimal;
  /** G_QLDA: project management. */
  quanLyDuAn: Decimal;
  /** G_TV: consulting (tư vấn). */
  tuVan: Decimal;
  /** G_K: other (chi phí khác). */
  khac: Decimal;
}

export const COST_KEYS: readonly (keyof InvestCosts)[] = ['xayLap', 'thietBi', 'quanLyDuAn', 'tuVan', 'khac'];

export interface InvestInput {
  costs: InvestCosts;
  contingencyRate: Decimal;
  /** Yearly price escalation over the build period (trượt giá), for G_DP's second part. */
  escalationRate: Decimal;
  buildYears: number;
  /** Recurrent cost (CTX) each year after the build, up to the horizon. */
  annualOperatingCost: Decimal;
  usefulLifeYears: number;
}

export type LeaseAvailability = 'custom' | 'market';

export interface LeaseInput {
  availability: LeaseAvailability;
  /** T_đ: build cost before VAT, estimated as for an investment (custom only). */
  buildCost: Decimal;
  /** N: average 1-year and term deposit rate of three domestic banks (custom only). */
  depositRate: Decimal;
  /** k. */
  periodsPerYear: number;
  termYears: number;
  payment: 'end' | 'start';
  /** S; null = straight-line depreciation of buildCost over invest.usefulLifeYears. */
  residualValue: Decimal | null;
  vatRate: Decimal;
  /** G_v per year (quản lý, vận hành). */
  annualAdminCost: Decimal;
  /** G_bt per year (bảo trì). */
  annualMaintenanceCost: Decimal;
  /** G_k, once, in the first lease year. */
  otherCost: Decimal;
  /** Market service: what is paid in the first year, VAT included. */
  marketPricePerYear: Decimal | null;
  /** Yearly growth of every yearly lease cost except the annuity G_dv (fixed by the lease). */
  escalationRate: Decimal;
}

export interface ScenarioInput {
  name: string;
  unit: MoneyUnit;
  startYear: number;
  horizonYears: number;
  discountRate: Decimal;
  ruleSetId: string;
  /** Share of the state budget in the funding, when known (ND 73 Điều 1); null = not stated. */
  stateShare: Decimal | null;
  invest: InvestInput;
  lease: LeaseInput;
}

export interface YearNeed {
  'ĐTPT': Decimal;
  CTX: Decimal;
}

export interface InvestResult {
  /** Sum of the five costs before contingency. */
  baseCost: Decimal;
  /** G_DP part 1: contingencyRate × baseCost. */
  contingency: Decimal;
  /** G_DP part 2: escalation over the build years. */
  escalation: Decimal;
  /** V = baseCost + contingency + escalation. */
  totalInvestment: Decimal;
  /** Per year from startYear: ĐTPT during the build, CTX after it. */
  byYear: Map<number, YearNeed>;
  /** Nominal: V plus operating costs to the horizon. */
  total: Decimal;
  pv: Decimal;
}

/** The lease's figures under TT 12/2020, shared by the schedule and the result. */
export interface LeaseFigures {
  /** r = N/k (custom). */
  ratePerPeriod: Decimal;
  /** n = k × term (custom); term (market, one payment a year). */
  periods: number;
  residual: Decimal;
  /** G_dv with VAT (custom); first-year price (market). */
  periodPayment: Decimal;
  /** G_tdv = G_dv × n (custom); sum of yearly prices (market). */
  serviceTotal: Decimal;
  /** G_v, G_bt over the term (with escalation), G_k. */
  adminTotal: Decimal;
  maintenanceTotal: Decimal;
  otherCost: Decimal;
}

export interface LeaseResult extends LeaseFigures {
  availability: LeaseAvailability;
  /** G_t. */
  total: Decimal;
  byYear: Map<number, YearNeed>;
  /** Per year: the part that does not escalate (G_dv × k, G_k) and the yearly base that does. */
  fixedByYear: Map<number, Decimal>;
  escalatingBaseByYear: Map<number, Decimal>;
  pv: Decimal;
}

export type Cheaper = 'invest' | 'lease' | 'equal';

export interface SensitivityPoint {
  rate: Decimal;
  difference: Decimal;
  cheaper: Cheaper;
}

export interface Sensitivity {
  /** Discount rate −2, 0, +2 points (lease escalation as given). */
  discountRate: SensitivityPoint[];
  /** Lease escalation −2, 0, +2 points (discount rate as given). */
  leaseEscalation: SensitivityPoint[];
  /** difference[i][j] at discountRates[i] and escalationRates[j]. */
  grid: { discountRates: Decimal[]; escalationRates: Decimal[]; difference: Decimal[][] };
}

export interface ScenarioResult {
  ruleSet: RuleSet;
  /** Every year either option spends money in, from startYear, consecutive. */
  years: number[];
  invest: InvestResult;
  lease: LeaseResult;
  /** lease pv − invest pv. */
  difference: Decimal;
  cheaper: Cheaper;
  breakEvenYear: number | null;
  sensitivity: Sensitivity;
  findings: Finding[];
  /** Plain remarks a reader needs to weigh the comparison (e.g. horizon ≠ lease term). */
  notes: string[];
}
