// The invest-or-lease form as an officer types it (Vietnamese numbers, rates in percent) and
// its translation into the contract's raw scenario input, which the core then validates.
import { Decimal } from '../core/decimal';
import type { FieldError } from '../core/scenario/input';
import { parseTypedNumber } from './format';

export type FieldKind = 'text' | 'amount' | 'optionalAmount' | 'percent' | 'whole' | 'unit' | 'availability' | 'payment';

/** Dotted contract path → how the field is typed. Order is the form's order. */
export const FIELDS = {
  name: 'text',
  unit: 'unit',
  startYear: 'whole',
  horizonYears: 'whole',
  discountRate: 'percent',
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
  'lease.availability': 'availability',
  'lease.buildCost': 'amount',
  'lease.depositRate': 'percent',
  'lease.periodsPerYear': 'whole',
  'lease.termYears': 'whole',
  'lease.payment': 'payment',
  'lease.residualValue': 'optionalAmount',
  'lease.vatRate': 'percent',
  'lease.annualAdminCost': 'amount',
  'lease.annualMaintenanceCost': 'amount',
  'lease.otherCost': 'amount',
  'lease.marketPricePerYear': 'optionalAmount',
  'lease.escalationRate': 'percent',
} as const satisfies Record<string, FieldKind>;

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
  'lease.availability': 'custom',
  'lease.buildCost': '12.000',
  'lease.depositRate': '5,5',
  'lease.periodsPerYear': '4',
  'lease.termYears': '5',
  'lease.payment': 'end',
  'lease.residualValue': '',
  'lease.vatRate': '10',
  'lease.annualAdminCost': '0',
  'lease.annualMaintenanceCost': '0',
  'lease.otherCost': '0',
  'lease.marketPricePerYear': '',
  'lease.escalationRate': '0',
};

export type LocalProblem = 'notNumber';

/** Raw input for parseScenarioInput, plus the fields the pane itself could not read as numbers. */
export function formToRaw(form: ScenarioForm): { raw: Record<string, unknown>; problems: Map<FieldPath, LocalProblem> } {
  const raw: Record<string, unknown> = {};
  const problems = new Map<FieldPath, LocalProblem>();
  for (const path of Object.keys(FIELDS) as FieldPath[]) {
    const text = form[path].trim();
    let value: unknown;
    switch (FIELDS[path]) {
      case 'amount':
      case 'optionalAmount': {
        if (text === '') { value = FIELDS[path] === 'amount' ? '0' : null; break; }
        value = parseTypedNumber(text);
        break;
      }
      case 'percent': {
        if (text === '') { value = '0'; break; }
        const percent = parseTypedNumber(text);
        value = percent === null ? null : new Decimal(percent).div(100).toFixed();
        break;
      }
      case 'whole':
        value = /^\d+$/.test(text) ? Number(text) : null;
        break;
      default:
        value = text;
    }
    if (value === null && FIELDS[path] !== 'optionalAmount') problems.set(path, 'notNumber');
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
export function errorsByField(errors: readonly FieldError[]): { byField: Map<string, string>; general: string[] } {
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const e of errors) {
    if (e.field in FIELDS) byField.set(e.field, e.vi);
    else general.push(e.vi);
  }
  return { byField, general };
}
