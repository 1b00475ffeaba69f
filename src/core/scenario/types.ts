// The scenario's typed input (after validation) and its result. Amounts are Decimal in the
// input's unit; rates are fractions (0.07 = 7%).
import type { Decimal } from '../decimal';
import type { RuleSetChoice } from '../rulesets';
import type { Finding, MoneyUnit, SourceCode } from '../types';

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

/** Which report the project is prepared with: it picks the contingency cap (TT 04/2020 Phụ lục 02). */
export type DocumentType = 'bckt' | 'feasibility';

/** A budget source an option is paid from (CONTRACT source codes). */
export type FundingSource = SourceCode;

export interface InvestInput {
  costs: InvestCosts;
  contingencyRate: Decimal;
  /** Yearly price escalation over the build period (trượt giá), for G_DP's second part. */
  escalationRate: Decimal;
  buildYears: number;
  /** Recurrent cost (CTX) each year after the build, up to the horizon. */
  annualOperatingCost: Decimal;
  usefulLifeYears: number;
  /** null = decided by the total: one-step design (bckt) at or under the rule set's threshold. */
  documentType: DocumentType | null;
  /** Source of the investment (ĐTPT) and of its running costs (CTX). */
  source: FundingSource;
  operatingSource: FundingSource;
}

export type LeaseAvailability = 'custom' | 'market';

/** One bank's listed VND deposit rates (TT 12/2020 Điều 6 khoản 2: three domestic banks). */
export interface BankRate {
  bank: string;
  /** 1-year term. */
  oneYear: Decimal;
  /** The term matching the lease (or the nearest shorter one listed). */
  term: Decimal;
}

export interface LeaseInput {
  availability: LeaseAvailability;
  /** T_đ: build cost before VAT, estimated as for an investment (custom only). */
  buildCost: Decimal;
  /** N as typed; ignored when depositRates are given (N is then their mean). */
  depositRate: Decimal;
  /** The three banks' rates N is the mean of; null = depositRate as typed. */
  depositRates: BankRate[] | null;
  /** k. */
  periodsPerYear: number;
  termYears: number;
  payment: 'end' | 'start';
  /** S; null = straight-line depreciation of buildCost over the lessor's useful life. */
  residualValue: Decimal | null;
  /** The lessor's depreciation life for S; null = invest.usefulLifeYears (the old convention). */
  lessorUsefulLifeYears: number | null;
  vatRate: Decimal;
  /** G_v per year (quản trị, vận hành). */
  annualAdminCost: Decimal;
  /** G_bt per year (bảo trì). */
  annualMaintenanceCost: Decimal;
  /** G_k of TT 12/2020 (other costs of providing the service), once, in the first lease year. */
  otherCost: Decimal;
  /** The lessee's own parts of the estimate (ND 73 Điều 55 khoản 1 b, c, d), once, in the first lease year. */
  managementCost: Decimal;
  consultingCost: Decimal;
  otherEstimateCost: Decimal;
  /** Contingency of the lease estimate (Điều 55 khoản 1 đ), on all its other parts. */
  contingencyRate: Decimal;
  /** Market service: what is paid in the first year, VAT included. */
  marketPricePerYear: Decimal | null;
  /** Yearly growth of every yearly lease cost except the annuity G_dv (fixed by the lease). */
  escalationRate: Decimal;
  source: FundingSource;
}

/** How the two options are put side by side (CONTRACT "Rule sets and dates": the defaults). */
export interface CompareOptions {
  /** Credit the invested asset's remaining value at the horizon. */
  residualCredit: boolean;
  /** 'payment': each flow discounted when it is paid; 'year-end': at the end of its budget year (Excel NPV). */
  discounting: 'payment' | 'year-end';
  /** The lease's service starts at the investment's acceptance (after its build), not in year one. */
  sameServiceYears: boolean;
}

export interface ScenarioInput {
  name: string;
  unit: MoneyUnit;
  startYear: number;
  horizonYears: number;
  discountRate: Decimal;
  /** A rule set id the user forced; null = the law in force on the decision date. */
  ruleSetId: string | null;
  /** ISO date the choice is made on; null = 1 January of startYear. */
  decisionDate: string | null;
  /** Share of the state budget in the funding, when known (ND 73 Điều 1); null = not stated. */
  stateShare: Decimal | null;
  invest: InvestInput;
  lease: LeaseInput;
  compare: CompareOptions;
}

export interface YearNeed {
  'ĐTPT': Decimal;
  CTX: Decimal;
}

/** A year's needs by source, then type (CONTRACT: yearly budget needs by source and type). */
export type YearNeedBySource = Partial<Record<FundingSource, YearNeed>>;

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
  byYearSource: Map<number, YearNeedBySource>;
  /** Nominal: V plus operating costs to the horizon. */
  total: Decimal;
  /** What the asset is still worth at the horizon (straight line over its useful life from acceptance). */
  residualValue: Decimal;
  /** Its present value, subtracted from pv when the comparison credits it (else 0). */
  residualPv: Decimal;
  pv: Decimal;
}

/** The lease's figures under TT 12/2020 and ND 73 Điều 55, shared by the schedule and the result. */
export interface LeaseFigures {
  /** N used: as typed, or the mean of the banks' rates. */
  depositRate: Decimal;
  /** r = N/k (custom). */
  ratePerPeriod: Decimal;
  /** n = k × term (custom); term (market, one payment a year). */
  periods: number;
  /** The lessor's depreciation life S was computed with. */
  lessorUsefulLifeYears: number;
  residual: Decimal;
  /** G_dv with VAT (custom); first-year price (market). */
  periodPayment: Decimal;
  /** G_tdv = G_dv × n (custom); sum of yearly prices (market). */
  serviceTotal: Decimal;
  /** G_v, G_bt over the term (with escalation), G_k. */
  adminTotal: Decimal;
  maintenanceTotal: Decimal;
  otherCost: Decimal;
  /** G_t = G_tdv + G_v + G_bt + G_k. */
  total: Decimal;
  managementCost: Decimal;
  consultingCost: Decimal;
  otherEstimateCost: Decimal;
  /** Contingency of the estimate: contingencyRate × (G_t + management + consulting + other). */
  contingency: Decimal;
  /** The five-part estimate of Điều 55: G_t + management + consulting + other + contingency. */
  estimateTotal: Decimal;
}

export interface LeaseResult extends LeaseFigures {
  availability: LeaseAvailability;
  /** Budget needs per year: every part of the estimate, in the year it is paid. */
  byYear: Map<number, YearNeed>;
  byYearSource: Map<number, YearNeedBySource>;
  /** Present value of the service payments alone (G_dv, or the market price), contingency included. */
  paymentsPv: Decimal;
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

/** The inputs whose switching values are reported (CONTRACT `switching`). */
export type SwitchingKey = 'buildCost' | 'residualValue' | 'depositRate' | 'discountRate' | 'annualOperatingCost' | 'usefulLifeYears';

export const SWITCHING_KEYS: readonly SwitchingKey[] = ['buildCost', 'residualValue', 'depositRate', 'discountRate', 'annualOperatingCost', 'usefulLifeYears'];
/** Switching inputs that are amounts (the others are rates, and the useful life in years). */
export const SWITCHING_AMOUNTS: ReadonlySet<SwitchingKey> = new Set(['buildCost', 'residualValue', 'annualOperatingCost']);
/** Switching inputs of the annuity: a market lease has none of them. */
export const SWITCHING_LEASE_ONLY: ReadonlySet<SwitchingKey> = new Set(['buildCost', 'residualValue', 'depositRate']);

export interface SwitchingValue {
  /** The input as given. */
  base: Decimal;
  /** The value at which `cheaper` flips; null when it lies beyond ±50 % of base (or the input does not apply). */
  value: Decimal | null;
}

export interface ScenarioResult {
  ruleSet: RuleSetChoice;
  /** Every year either option spends money in, from startYear, consecutive. */
  years: number[];
  invest: InvestResult;
  lease: LeaseResult;
  /** lease pv − invest pv. */
  difference: Decimal;
  cheaper: Cheaper;
  breakEvenYear: number | null;
  sensitivity: Sensitivity;
  switching: Record<SwitchingKey, SwitchingValue>;
  findings: Finding[];
  /** Plain remarks a reader needs to weigh the comparison (e.g. horizon ≠ lease term). */
  notes: string[];
}

