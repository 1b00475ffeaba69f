// Raw scenario input (parsed JSON, or the key/value sheet an officer fills) → a typed
// ScenarioInput, or every problem at once, each naming its field. Never throws on user data.
//
// What an officer may write, by kind of field:
// - rates: 0.055, "0.055", "0,055" (Vietnamese decimal comma), "5.5%" or "5,5%". A bare number
//   of 1 or more ("5") is refused, because 5 could mean 5% or 500%: write 0.05 or "5%".
// - amounts (in the scenario's unit): 9000, "9000", "9000,5", "1.234.567" or "1.234,5"
//   (Vietnamese grouping). "9.000" alone is refused as ambiguous (9 or 9000?).
// - whole numbers (years, periods): 5 or "5".
// Unknown keys are refused too, so a misspelt cost is not silently read as 0.
import { Decimal, ZERO } from '../decimal';
import { defaultRuleSetId, hasRuleSet, ruleSetIds } from '../rulesets';
import { fold } from '../text';
import type { MoneyUnit } from '../types';
import { COST_KEYS, InvestCosts, LeaseAvailability, ScenarioInput } from './types';

export interface FieldError {
  field: string;
  message: string;
}

type Raw = Record<string, unknown>;

/** Every key the input may hold, dotted. */
export const SCENARIO_KEYS: readonly string[] = [
  'name', 'unit', 'startYear', 'horizonYears', 'discountRate', 'ruleSet', 'stateShare',
  ...COST_KEYS.map((k) => `invest.costs.${k}`),
  'invest.contingencyRate', 'invest.escalationRate', 'invest.buildYears', 'invest.annualOperatingCost', 'invest.usefulLifeYears',
  'lease.availability', 'lease.buildCost', 'lease.depositRate', 'lease.periodsPerYear', 'lease.termYears', 'lease.payment',
  'lease.residualValue', 'lease.vatRate', 'lease.annualAdminCost', 'lease.annualMaintenanceCost', 'lease.otherCost',
  'lease.marketPricePerYear', 'lease.escalationRate',
];

const UNITS: Record<string, MoneyUnit> = {
  'dong': 'đồng', 'nghin dong': 'nghìn đồng', 'trieu dong': 'triệu đồng', 'ty dong': 'tỷ đồng', 'ti dong': 'tỷ đồng',
};
const AVAILABILITY: Record<string, LeaseAvailability> = {
  'custom': 'custom', 'theo yeu cau rieng': 'custom', 'theo yeu cau': 'custom',
  'market': 'market', 'san co': 'market', 'san co tren thi truong': 'market',
};
const PAYMENT: Record<string, 'end' | 'start'> = {
  'end': 'end', 'cuoi ky': 'end', '0': 'end', 'start': 'start', 'dau ky': 'start', '1': 'start',
};

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function shown(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

class Reader {
  readonly errors: FieldError[] = [];
  constructor(private readonly root: Raw) {}

  fail(field: string, message: string): null {
    this.errors.push({ field, message: `${field} ${message}` });
    return null;
  }

  raw(field: string): unknown {
    let node: unknown = this.root;
    for (const part of field.split('.')) {
      if (!isObject(node)) return undefined;
      node = node[part];
    }
    return node;
  }

  /** A decimal from a number or a text; `kind` decides which texts are accepted. */
  decimal(field: string, kind: 'rate' | 'amount', required: boolean, fallback: Decimal | null): Decimal | null {
    const v = this.raw(field);
    if (isBlank(v)) return required ? this.fail(field, 'is missing') : fallback;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return this.fail(field, `is not a number (${shown(v)})`);
      return new Decimal(v);
    }
    if (typeof v !== 'string') return this.fail(field, `is not a number (${shown(v)})`);
    const text = v.replace(/[\s\u00a0]+/g, '');
    const percent = kind === 'rate' && text.endsWith('%');
    const body = percent ? text.slice(0, -1) : text;
    let plain: string | null = null;
    if (/^[+-]?\d+(\.\d+)?$/.test(body)) {
      if (kind === 'amount' && /^[+-]?\d{1,3}\.\d{3}$/.test(body)) {
        return this.fail(field, `is ambiguous (${shown(v)}): write ${body.replace('.', '')} if you mean thousands, or ${body.replace(/0+$/, '').replace(/\.$/, '')} otherwise`);
      }
      plain = body;
    } else if (/^[+-]?\d+,\d+$/.test(body)) {
      plain = body.replace(',', '.');
    } else if (kind === 'amount' && /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) {
      plain = body.replace(/\./g, '').replace(',', '.');
    }
    if (plain === null) return this.fail(field, `is not a number (${shown(v)})`);
    const value = new Decimal(plain);
    return percent ? value.div(100) : value;
  }

  amount(field: string, required: boolean, fallback: Decimal | null = ZERO): Decimal | null {
    const d = this.decimal(field, 'amount', required, fallback);
    if (d !== null && d.isNegative()) return this.fail(field, `must not be negative (got ${d.toFixed()})`);
    return d;
  }

  rate(field: string, required: boolean, min: Decimal, fallback: Decimal | null = ZERO): Decimal | null {
    const d = this.decimal(field, 'rate', required, fallback);
    if (d === null) return null;
    const v = this.raw(field);
    const percentWritten = typeof v === 'string' && v.trim().endsWith('%');
    if (d.gte(1) && !percentWritten) return this.fail(field, `must be a fraction such as 0.05 or a percentage such as "5%" (got ${shown(v)})`);
    if (d.lt(min) || d.gte(1)) return this.fail(field, `must be from ${min.times(100).toFixed()}% to under 100% (got ${shown(v)})`);
    return d;
  }

  whole(field: string, min: number, max: number, required: boolean, fallback: number | null = null): number | null {
    const v = this.raw(field);
    if (isBlank(v)) return required ? this.fail(field, 'is missing') : fallback;
    let n: number;
    if (typeof v === 'number') n = v;
    else if (typeof v === 'string' && /^[+-]?\d+([.,]\d+)?$/.test(v.trim())) n = Number(v.trim().replace(',', '.'));
    else return this.fail(field, `is not a number (${shown(v)})`);
    if (!Number.isInteger(n) || n < min || n > max) return this.fail(field, `must be a whole number from ${min} to ${max} (got ${shown(v)})`);
    return n;
  }

  choice<T>(field: string, options: Record<string, T>, fallback: T): T | null {
    const v = this.raw(field);
    if (isBlank(v)) return fallback;
    const key = typeof v === 'string' || typeof v === 'number' ? fold(String(v)) : '';
    if (key in options) return options[key];
    const allowed = [...new Set(Object.keys(options).filter((k) => /^[a-z]+$/.test(k)))].join(' or ');
    return this.fail(field, `must be ${allowed} (got ${shown(v)})`);
  }

  text(field: string, fallback: string): string | null {
    const v = this.raw(field);
    if (isBlank(v)) return fallback;
    if (typeof v === 'string') return v.trim();
    if (typeof v === 'number') return String(v);
    return this.fail(field, `must be a text (got ${shown(v)})`);
  }
}

function unknownKeys(raw: Raw, prefix: string, errors: FieldError[]): void {
  const known = new Set(SCENARIO_KEYS);
  const sections = new Set(['invest', 'invest.costs', 'lease']);
  for (const [key, value] of Object.entries(raw)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (sections.has(path)) {
      if (isObject(value)) unknownKeys(value, path, errors);
      else if (!isBlank(value)) errors.push({ field: path, message: `${path} must be an object of fields` });
      continue;
    }
    if (known.has(path)) continue;
    const near = SCENARIO_KEYS.find((k) => k.toLowerCase() === path.toLowerCase());
    errors.push({ field: path, message: `${path} is not a known field${near ? ` (did you mean ${near}?)` : ''}` });
  }
}

export function parseScenarioInput(raw: unknown): { input: ScenarioInput } | { errors: FieldError[] } {
  if (!isObject(raw)) return { errors: [{ field: '(root)', message: 'the scenario must be an object of fields (see CONTRACT: scenario)' }] };
  const r = new Reader(raw);
  unknownKeys(raw, '', r.errors);
  const ZERO_RATE = ZERO;
  const ANY_GROWTH = new Decimal(-0.99);

  const name = r.text('name', '');
  const unit = r.choice('unit', UNITS, 'triệu đồng' as MoneyUnit);
  const startYear = r.whole('startYear', 1990, 2100, true);
  const horizonYears = r.whole('horizonYears', 1, 50, true);
  const discountRate = r.rate('discountRate', true, ZERO_RATE);
  const ruleSetId = r.text('ruleSet', defaultRuleSetId);
  if (ruleSetId !== null && !hasRuleSet(ruleSetId)) r.fail('ruleSet', `must be one of ${ruleSetIds().join(', ')} (got ${shown(ruleSetId)})`);
  const stateShare = r.rate('stateShare', false, ZERO_RATE, null);

  if (!isObject(raw.invest)) r.fail('invest', 'is missing');
  const costs: Partial<Record<keyof InvestCosts, Decimal | null>> = {};
  if (isObject(raw.invest) && !isObject(raw.invest.costs)) r.fail('invest.costs', 'is missing');
  for (const k of COST_KEYS) costs[k] = r.amount(`invest.costs.${k}`, false);
  const contingencyRate = r.rate('invest.contingencyRate', true, ZERO_RATE);
  const investEscalation = r.rate('invest.escalationRate', false, ANY_GROWTH);
  const buildYears = r.whole('invest.buildYears', 1, horizonYears ?? 50, true);
  const annualOperatingCost = r.amount('invest.annualOperatingCost', false);
  const usefulLifeYears = r.whole('invest.usefulLifeYears', 1, 50, true);

  if (!isObject(raw.lease)) r.fail('lease', 'is missing');
  const availability = r.choice('lease.availability', AVAILABILITY, 'custom' as LeaseAvailability);
  const custom = availability !== 'market';
  const buildCost = r.amount('lease.buildCost', custom);
  const depositRate = r.rate('lease.depositRate', custom, ZERO_RATE);
  const periodsPerYear = r.whole('lease.periodsPerYear', 1, 12, custom, 1);
  const termYears = r.whole('lease.termYears', 1, 50, true);
  const payment = r.choice('lease.payment', PAYMENT, 'end' as const);
  const residualValue = r.amount('lease.residualValue', false, null);
  const vatRate = r.rate('lease.vatRate', custom, ZERO_RATE);
  const annualAdminCost = r.amount('lease.annualAdminCost', false);
  const annualMaintenanceCost = r.amount('lease.annualMaintenanceCost', false);
  const otherCost = r.amount('lease.otherCost', false);
  const marketPricePerYear = r.amount('lease.marketPricePerYear', !custom, null);
  const leaseEscalation = r.rate('lease.escalationRate', false, ANY_GROWTH);

  if (residualValue !== null && buildCost !== null && residualValue.gt(buildCost)) {
    r.fail('lease.residualValue', `must not exceed lease.buildCost (got ${residualValue.toFixed()} > ${buildCost.toFixed()})`);
  }
  if (COST_KEYS.every((k) => costs[k] !== null && costs[k]?.isZero())) {
    r.fail('invest.costs', 'must have at least one cost above 0 (xayLap, thietBi, quanLyDuAn, tuVan, khac)');
  }
  if (r.errors.length > 0) return { errors: r.errors };

  // Every value below was checked above; the non-null assertions state that, not a hope.
  return {
    input: {
      name: name!, unit: unit!, startYear: startYear!, horizonYears: horizonYears!, discountRate: discountRate!,
      ruleSetId: ruleSetId!, stateShare,
      invest: {
        costs: Object.fromEntries(COST_KEYS.map((k) => [k, costs[k]!])) as unknown as InvestCosts,
        contingencyRate: contingencyRate!, escalationRate: investEscalation!, buildYears: buildYears!,
        annualOperatingCost: annualOperatingCost!, usefulLifeYears: usefulLifeYears!,
      },
      lease: {
        availability: availability!, buildCost: buildCost!, depositRate: depositRate!, periodsPerYear: custom ? periodsPerYear! : 1,
        termYears: termYears!, payment: payment!, residualValue, vatRate: vatRate!,
        annualAdminCost: annualAdminCost!, annualMaintenanceCost: annualMaintenanceCost!, otherCost: otherCost!,
        marketPricePerYear, escalationRate: leaseEscalation!,
      },
    },
  };
}
