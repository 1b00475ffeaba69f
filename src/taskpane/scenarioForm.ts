// The invest-or-lease form as an officer types it (Vietnamese numbers, rates in percent) and
// its translation into the contract's raw scenario input, which the core then validates.
import { Decimal } from '../core/decimal';
import type { FieldError } from '../core/scenario/input';
import type { Lang } from '../core/types';
import { parseTypedNumber } from './format';

export type FieldKind =
  | 'text' | 'amount' | 'optionalAmount' | 'percent' | 'optionalPercent' | 'whole' | 'optionalWhole' | 'unit' | 'availability' | 'payment'
  | 'date' | 'ruleSet' | 'documentType' | 'source' | 'boolean' | 'discounting' | 'bank';

/** Dotted contract path → how the field is typed. Order is the form's order. */
export const FIELDS = {
  name: 'text',
  unit: 'unit',
  startYear: 'whole',
  horizonYears: 'whole',
  discountRate: 'percent',
  decisionDate: 'date',
  ruleSet: 'ruleSet',
  'invest.costs.xayLap': 'amount',
  'invest.costs.thietBi': 'amount',
  'invest.costs.quanLyDuAn': 'amount',
  'invest.costs.tuVan': 'amount',
  'invest.costs.khac': 'amount',
  'invest.contingencyRate': 'percent',
  'invest.escalationRate': 'percent',
  'invest.buildYears': 'whole',
  'invest.annualOperatingCost': 'amount',
  'invest.usefulLifeYears': 'whole',
  'invest.documentType': 'documentType',
  'invest.source': 'source',
  'invest.operatingSource': 'source',
  'lease.availability': 'availability',
  'lease.buildCost': 'amount',
  'lease.depositRate': 'percent',
  'lease.periodsPerYear': 'whole',
  'lease.termYears': 'whole',
  'lease.payment': 'payment',
  'lease.residualValue': 'optionalAmount',
  'lease.lessorUsefulLifeYears': 'optionalWhole',
  'lease.vatRate': 'percent',
  'lease.annualAdminCost': 'amount',
  'lease.annualMaintenanceCost': 'amount',
  'lease.otherCost': 'amount',
  'lease.managementCost': 'amount',
  'lease.consultingCost': 'amount',
  'lease.otherEstimateCost': 'amount',
  'lease.contingencyRate': 'percent',
  'lease.marketPricePerYear': 'optionalAmount',
  'lease.escalationRate': 'percent',
  'lease.source': 'source',
  'lease.depositRates.1.bank': 'bank',
  'lease.depositRates.1.oneYear': 'optionalPercent',
  'lease.depositRates.1.term': 'optionalPercent',
  'lease.depositRates.2.bank': 'bank',
  'lease.depositRates.2.oneYear': 'optionalPercent',
  'lease.depositRates.2.term': 'optionalPercent',
  'lease.depositRates.3.bank': 'bank',
  'lease.depositRates.3.oneYear': 'optionalPercent',
  'lease.depositRates.3.term': 'optionalPercent',
  'compare.residualCredit': 'boolean',
  'compare.discounting': 'discounting',
  'compare.sameServiceYears': 'boolean',
} as const satisfies Record<string, FieldKind>;

/** The bank fields: sent only when at least one is filled (then N is their mean). */
export const BANK_FIELDS = (Object.keys(FIELDS) as (keyof typeof FIELDS)[]).filter((p) => p.startsWith('lease.depositRates.'));

export type FieldPath = keyof typeof FIELDS;
export type ScenarioForm = Record<FieldPath, string>;

/**
 * The contract's example system (a provincial SOC), as an officer would type it. Used when the
 * pane opens so the tab shows a worked comparison to adjust rather than an empty form.
 */
export const DEFAULT_FORM: ScenarioForm = {
  name: 'Hệ thống SOC tỉnh',
  unit: 'triệu đồng',
  startYear: String(new Date().getFullYear()),
  horizonYears: '5',
  discountRate: '7',
  decisionDate: '',
  ruleSet: 'auto',
  'invest.costs.xayLap': '0',
  'invest.costs.thietBi': '9.000',
  'invest.costs.quanLyDuAn': '300',
  'invest.costs.tuVan': '700',
  'invest.costs.khac': '200',
  'invest.contingencyRate': '5',
  'invest.escalationRate': '0',
  'invest.buildYears': '1',
  'invest.annualOperatingCost': '600',
  'invest.usefulLifeYears': '8',
  'invest.documentType': '',
  'invest.source': '',
  'invest.operatingSource': '',
  'lease.availability': 'custom',
  'lease.buildCost': '12.000',
  'lease.depositRate': '5,5',
  'lease.periodsPerYear': '4',
  'lease.termYears': '5',
  'lease.payment': 'end',
  'lease.residualValue': '',
  'lease.lessorUsefulLifeYears': '',
  'lease.vatRate': '10',
  'lease.annualAdminCost': '0',
  'lease.annualMaintenanceCost': '0',
  'lease.otherCost': '0',
  'lease.managementCost': '0',
  'lease.consultingCost': '0',
  'lease.otherEstimateCost': '0',
  'lease.contingencyRate': '0',
  'lease.marketPricePerYear': '',
  'lease.escalationRate': '0',
  'lease.source': '',
  'lease.depositRates.1.bank': '',
  'lease.depositRates.1.oneYear': '',
  'lease.depositRates.1.term': '',
  'lease.depositRates.2.bank': '',
  'lease.depositRates.2.oneYear': '',
  'lease.depositRates.2.term': '',
  'lease.depositRates.3.bank': '',
  'lease.depositRates.3.oneYear': '',
  'lease.depositRates.3.term': '',
  'compare.residualCredit': 'true',
  'compare.discounting': 'payment',
  'compare.sameServiceYears': 'true',
};

export type LocalProblem = 'notNumber';

/** Raw input for parseScenarioInput, plus the fields the pane itself could not read as numbers. */
export function formToRaw(form: ScenarioForm): { raw: Record<string, unknown>; problems: Map<FieldPath, LocalProblem> } {
  const raw: Record<string, unknown> = {};
  const problems = new Map<FieldPath, LocalProblem>();
  const banksGiven = BANK_FIELDS.some((p) => form[p].trim() !== '');
  for (const path of Object.keys(FIELDS) as FieldPath[]) {
    const text = form[path].trim();
    const kind: FieldKind = FIELDS[path];
    if (kind === 'bank' || kind === 'optionalPercent') {
      if (!banksGiven) continue;
      if (kind === 'bank') {
        setPath(raw, path, text);
        continue;
      }
    }
    let value: unknown;
    switch (kind) {
      case 'amount':
      case 'optionalAmount': {
        if (text === '') { value = kind === 'amount' ? '0' : null; break; }
        value = parseTypedNumber(text);
        break;
      }
      case 'percent':
      case 'optionalPercent': {
        if (text === '') { value = kind === 'percent' ? '0' : null; break; }
        const percent = parseTypedNumber(text);
        value = percent === null ? null : new Decimal(percent).div(100).toFixed();
        break;
      }
      case 'whole':
        value = /^\d+$/.test(text) ? Number(text) : null;
        break;
      case 'optionalWhole':
        value = text === '' ? null : /^\d+$/.test(text) ? Number(text) : null;
        if (text !== '' && value === null) problems.set(path, 'notNumber');
        break;
      default:
        value = text === '' ? null : text;
    }
    const optional = kind === 'optionalAmount' || kind === 'optionalWhole' || kind === 'optionalPercent' || kind === 'date'
      || kind === 'documentType' || kind === 'source' || kind === 'text';
    if (value === null && !optional) problems.set(path, 'notNumber');
    if (value === null && (kind === 'optionalAmount' || kind === 'optionalPercent') && text !== '') problems.set(path, 'notNumber');
    // The N typed is replaced by the banks' mean when the banks are filled in.
    if (path === 'lease.depositRate' && banksGiven) continue;
    setPath(raw, path, value);
  }
  return { raw, problems };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[keys[keys.length - 1]] = value;
}

/** Core errors keyed by form field; an error on a parent ("lease") goes to the form as a whole. */
export function errorsByField(errors: readonly FieldError[], lang: Lang): { byField: Map<string, string>; general: string[] } {
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const e of errors) {
    if (e.field in FIELDS) byField.set(e.field, e[lang]);
    else general.push(e[lang]);
  }
  return { byField, general };
}
