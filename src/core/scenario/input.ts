// Raw scenario input (parsed JSON, or the key/value sheet an officer fills) → a typed
// ScenarioInput, or every problem at once, each naming its field for an officer first
// ("Chi phí tư vấn (invest.costs.tuVan) không được âm"). Never throws on user data.
//
// What an officer may write, by kind of field:
// - rates: 0.055, "0.055", "0,055" (Vietnamese decimal comma), "5.5%" or "5,5%". A bare number
//   of 1 or more ("5") is refused, because 5 could mean 5% or 500%: write 0.05 or "5%".
// - amounts (in the scenario's unit): 9000, "9000", "9000,5", "1.234.567" or "1.234,5"
//   (Vietnamese grouping). "9.000" alone is refused as ambiguous (9 or 9000?). Nothing beyond
//   what a budget can hold (MAX_AMOUNT_DONG) is accepted.
// - whole numbers (years, periods): 5 or "5". Dates: "2026-09-15" or "15/09/2026".
// - words (availability, payment, sources …): looked up among the field's own words only, so
//   "constructor" or "__proto__" is refused like any other unknown word.
// Unknown keys are refused too, so a misspelt cost is not silently read as 0.
import { Decimal, ZERO } from '../decimal';
import { convertUnit } from '../money';
import { AUTO_RULESET, hasRuleSet, ruleSetIds } from '../rulesets';
import { fold } from '../text';
import type { MoneyUnit } from '../types';
import { fieldProblem, type FieldProblem } from '../i18n/scenario';
import {
  BankRate, COST_KEYS, CompareOptions, DocumentType, FundingSource, InvestCosts, LeaseAvailability, ScenarioInput,
} from './types';

export interface FieldError {
  field: string;
  /** The problem in Vietnamese and in English, each naming the field. */
  vi: string;
  en: string;
}

type Raw = Record<string, unknown>;

/** More than the whole state budget of a year (≈ 2 triệu tỷ đồng): no IT system costs this. */
export const MAX_AMOUNT_DONG = new Decimal('1e15');
const MAX_TEXT = 500;
const BANKS = 3;

/** Every key the input may hold, dotted (banks as lease.depositRates.1.bank … .3.term for sheets). */
export const SCENARIO_KEYS: readonly string[] = [
  'name', 'unit', 'startYear', 'horizonYears', 'discountRate', 'ruleSet', 'decisionDate', 'stateShare',
  ...COST_KEYS.map((k) => `invest.costs.${k}`),
  'invest.contingencyRate', 'invest.escalationRate', 'invest.buildYears', 'invest.annualOperatingCost', 'invest.usefulLifeYears',
  'invest.documentType', 'invest.source', 'invest.operatingSource',
  'lease.availability', 'lease.buildCost', 'lease.depositRate', 'lease.periodsPerYear', 'lease.termYears', 'lease.payment',
  'lease.residualValue', 'lease.lessorUsefulLifeYears', 'lease.vatRate', 'lease.annualAdminCost', 'lease.annualMaintenanceCost',
  'lease.otherCost', 'lease.managementCost', 'lease.consultingCost', 'lease.otherEstimateCost', 'lease.contingencyRate',
  'lease.marketPricePerYear', 'lease.escalationRate', 'lease.source',
  ...[1, 2, 3].flatMap((i) => ['bank', 'oneYear', 'term'].map((f) => `lease.depositRates.${i}.${f}`)),
  'compare.residualCredit', 'compare.discounting', 'compare.sameServiceYears',
];

const SECTIONS = new Set(['invest', 'invest.costs', 'lease', 'compare']);

// Own-key maps: a lookup never reaches Object.prototype.
const words = <T>(entries: [string, T][]): ReadonlyMap<string, T> => new Map(entries);
const UNITS = words<MoneyUnit>([['dong', 'đồng'], ['nghin dong', 'nghìn đồng'], ['trieu dong', 'triệu đồng'], ['ty dong', 'tỷ đồng'], ['ti dong', 'tỷ đồng']]);
const AVAILABILITY = words<LeaseAvailability>([
  ['custom', 'custom'], ['theo yeu cau rieng', 'custom'], ['theo yeu cau', 'custom'], ['khong san co', 'custom'],
  ['market', 'market'], ['san co', 'market'], ['san co tren thi truong', 'market'],
]);
const PAYMENT = words<'end' | 'start'>([['end', 'end'], ['cuoi ky', 'end'], ['0', 'end'], ['start', 'start'], ['dau ky', 'start'], ['1', 'start']]);
const DOCUMENT = words<DocumentType>([
  ['bckt', 'bckt'], ['bao cao kinh te - ky thuat', 'bckt'], ['bao cao kinh te ky thuat', 'bckt'],
  ['feasibility', 'feasibility'], ['bao cao nghien cuu kha thi', 'feasibility'], ['nghien cuu kha thi', 'feasibility'],
]);
const SOURCES = words<FundingSource>([['nstw', 'NSTW'], ['nsdp', 'NSĐP'], ['oda', 'ODA'], ['khac', 'Khác'], ['chua ro', 'Chưa rõ']]);
const DISCOUNTING = words<CompareOptions['discounting']>([['payment', 'payment'], ['khi thanh toan', 'payment'], ['year-end', 'year-end'], ['cuoi nam', 'year-end']]);
const BOOLEAN = words<boolean>([['true', true], ['1', true], ['co', true], ['yes', true], ['false', false], ['0', false], ['khong', false], ['no', false]]);

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** A value as a message quotes it, cut short: a hostile input must not make a hostile message. */
function shown(v: unknown): string {
  const text = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'object' && v !== null ? (Array.isArray(v) ? '[…]' : '{…}') : String(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Own properties only: `{"__proto__": …}` from JSON.parse is a plain key, read as data, never as a prototype. */
function own(node: Raw, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

class Reader {
  readonly errors: FieldError[] = [];
  constructor(private readonly root: Raw, private readonly unit: MoneyUnit) {}

  fail(field: string, problem: FieldProblem): null {
    this.errors.push({ field, ...fieldProblem(field, problem) });
    return null;
  }

  raw(field: string): unknown {
    let node: unknown = this.root;
    for (const part of field.split('.')) {
      if (!isObject(node)) return undefined;
      node = own(node, part);
    }
    return node;
  }

  /** A decimal from a number or a text; `kind` decides which texts are accepted. */
  decimal(field: string, kind: 'rate' | 'amount', required: boolean, fallback: Decimal | null, v: unknown = this.raw(field)): Decimal | null {
    if (isBlank(v)) return required ? this.fail(field, { kind: 'missing' }) : fallback;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return this.fail(field, { kind: 'notNumber', got: shown(v) });
      return new Decimal(v);
    }
    if (typeof v !== 'string' || v.length > 64) return this.fail(field, { kind: 'notNumber', got: shown(v) });
    const text = v.replace(/[\s\u00a0]+/g, '');
    const percent = kind === 'rate' && text.endsWith('%');
    const body = percent ? text.slice(0, -1) : text;
    let plain: string | null = null;
    if (/^[+-]?\d+(\.\d+)?$/.test(body)) {
      if (kind === 'amount' && /^[+-]?\d{1,3}\.\d{3}$/.test(body)) {
        return this.fail(field, { kind: 'ambiguous', got: shown(v), thousands: body.replace('.', ''), plain: body.replace(/0+$/, '').replace(/\.$/, '') });
      }
      plain = body;
    } else if (/^[+-]?\d+,\d+$/.test(body)) {
      plain = body.replace(',', '.');
    } else if (kind === 'amount' && /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) {
      plain = body.replace(/\./g, '').replace(',', '.');
    }
    if (plain === null) return this.fail(field, { kind: 'notNumber', got: shown(v) });
    const value = new Decimal(plain);
    return percent ? value.div(100) : value;
  }

  amount(field: string, required: boolean, fallback: Decimal | null = ZERO): Decimal | null {
    const d = this.decimal(field, 'amount', required, fallback);
    if (d === null) return null;
    if (d.isNegative()) return this.fail(field, { kind: 'negative', got: d.toFixed() });
    const limit = convertUnit(MAX_AMOUNT_DONG, 'đồng', this.unit);
    if (d.gt(limit)) return this.fail(field, { kind: 'tooLarge', got: shown(this.raw(field)), limit, unit: this.unit });
    return d;
  }

  rate(field: string, required: boolean, min: Decimal, fallback: Decimal | null = ZERO, v: unknown = this.raw(field)): Decimal | null {
    const d = this.decimal(field, 'rate', required, fallback, v);
    if (d === null || isBlank(v)) return d;
    const percentWritten = typeof v === 'string' && v.trim().endsWith('%');
    if (d.gte(1) && !percentWritten) return this.fail(field, { kind: 'rateFraction', got: shown(v) });
    if (d.lt(min) || d.gte(1)) return this.fail(field, { kind: 'rateRange', got: shown(v), min: min.times(100).toFixed() });
    return d;
  }

  whole(field: string, min: number, max: number, required: boolean, fallback: number | null = null): number | null {
    const v = this.raw(field);
    if (isBlank(v)) return required ? this.fail(field, { kind: 'missing' }) : fallback;
    let n: number;
    if (typeof v === 'number') n = v;
    else if (typeof v === 'string' && /^[+-]?\d{1,9}([.,]\d{1,9})?$/.test(v.trim())) n = Number(v.trim().replace(',', '.'));
    else return this.fail(field, { kind: 'notNumber', got: shown(v) });
    if (!Number.isInteger(n) || n < min || n > max) return this.fail(field, { kind: 'whole', got: shown(v), min, max });
    return n;
  }

  choice<T>(field: string, options: ReadonlyMap<string, T>, fallback: T): T | null {
    const v = this.raw(field);
    if (isBlank(v)) return fallback;
    const key = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? fold(String(v)) : null;
    const found = key === null ? undefined : options.get(key);
    if (found !== undefined) return found;
    const allowed = [...new Set([...options.keys()].filter((k) => /^[a-z-]+$/.test(k)))];
    return this.fail(field, { kind: 'choice', got: shown(v), allowed: allowed.slice(0, 6).join(', ') });
  }

  text(field: string, fallback: string): string | null {
    const v = this.raw(field);
    if (isBlank(v)) return fallback;
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string') return this.fail(field, { kind: 'text', got: shown(v) });
    if (v.length > MAX_TEXT) return this.fail(field, { kind: 'tooLong', max: MAX_TEXT });
    return v.trim();
  }

  /** "2026-09-15" or "15/09/2026" → ISO; null when blank. */
  date(field: string): string | null | undefined {
    const v = this.raw(field);
    if (isBlank(v)) return null;
    const text = typeof v === 'string' ? v.trim() : '';
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (m) {
      const [y, mo, d] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
      const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
      const check = new Date(`${iso}T00:00:00Z`);
      if (!Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === iso && Number(y) >= 1990 && Number(y) <= 2100) return iso;
    }
    this.fail(field, { kind: 'date', got: shown(v) });
    return undefined;
  }
}

function unknownKeys(raw: Raw, prefix: string, errors: FieldError[]): void {
  const known = new Set(SCENARIO_KEYS);
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (path === 'lease.depositRates') continue; // read by banks()
    if (SECTIONS.has(path)) {
      if (isObject(value)) unknownKeys(value, path, errors);
      else if (!isBlank(value)) errors.push({ field: path, ...fieldProblem(path, { kind: 'notObject' }) });
      continue;
    }
    if (known.has(path)) continue;
    const near = SCENARIO_KEYS.find((k) => k.toLowerCase() === path.toLowerCase());
    errors.push({ field: path, ...fieldProblem(path.length > 80 ? `${path.slice(0, 79)}…` : path, { kind: 'unknownKey', near: near ?? null }) });
  }
}

/** The three banks' rates, as an array or as an object keyed 1, 2, 3 (the sheet's keys). */
function banks(r: Reader): BankRate[] | null | undefined {
  const field = 'lease.depositRates';
  const v = r.raw(field);
  if (isBlank(v)) return null;
  let items: unknown[];
  if (Array.isArray(v)) items = v;
  else if (isObject(v) && Object.keys(v).every((k) => /^[1-9]$/.test(k))) items = Object.keys(v).sort().map((k) => v[k]);
  else {
    r.fail(field, { kind: 'banks', got: shown(v) });
    return undefined;
  }
  if (items.length !== BANKS) {
    r.fail(field, { kind: 'banksCount', count: items.length });
    return undefined;
  }
  const out: BankRate[] = [];
  let ok = true;
  items.forEach((item, i) => {
    const at = `${field}.${i + 1}`;
    if (!isObject(item)) {
      r.fail(at, { kind: 'bank', got: shown(item) });
      ok = false;
      return;
    }
    for (const key of Object.keys(item)) if (!['bank', 'oneYear', 'term'].includes(key)) r.fail(`${at}.${key.slice(0, 40)}`, { kind: 'unknownKey', near: null });
    const bankName = typeof item.bank === 'string' && item.bank.trim() !== '' && item.bank.length <= MAX_TEXT ? item.bank.trim() : null;
    if (bankName === null) r.fail(`${at}.bank`, { kind: 'missing' });
    const oneYear = r.rate(`${at}.oneYear`, true, ZERO, null, own(item, 'oneYear'));
    const term = r.rate(`${at}.term`, true, ZERO, null, own(item, 'term'));
    if (bankName === null || oneYear === null || term === null) ok = false;
    else out.push({ bank: bankName, oneYear, term });
  });
  return ok && out.length === BANKS ? out : undefined;
}

export function meanDepositRate(rates: readonly BankRate[]): Decimal {
  return rates.reduce((s, b) => s.plus(b.oneYear).plus(b.term), ZERO).div(rates.length * 2);
}

export function parseScenarioInput(raw: unknown): { input: ScenarioInput } | { errors: FieldError[] } {
  if (!isObject(raw)) return { errors: [{ field: '(root)', ...fieldProblem('(root)', { kind: 'root' }) }] };
  const unitReader = new Reader(raw, 'triệu đồng');
  const unit = unitReader.choice('unit', UNITS, 'triệu đồng' as MoneyUnit);
  const r = new Reader(raw, unit ?? 'triệu đồng');
  r.errors.push(...unitReader.errors);
  unknownKeys(raw, '', r.errors);
  const ANY_GROWTH = new Decimal(-0.99);

  const name = r.text('name', '');
  const startYear = r.whole('startYear', 1990, 2100, true);
  const horizonYears = r.whole('horizonYears', 1, 50, true);
  const discountRate = r.rate('discountRate', true, ZERO);
  const ruleSetText = r.text('ruleSet', AUTO_RULESET);
  if (ruleSetText !== null && ruleSetText !== AUTO_RULESET && !hasRuleSet(ruleSetText)) {
    r.fail('ruleSet', { kind: 'choice', got: shown(ruleSetText), allowed: [AUTO_RULESET, ...ruleSetIds()].join(', ') });
  }
  const decisionDate = r.date('decisionDate');
  const stateShare = r.rate('stateShare', false, ZERO, null);

  if (!isObject(own(raw, 'invest'))) r.fail('invest', { kind: 'missing' });
  const costs: Partial<Record<keyof InvestCosts, Decimal | null>> = {};
  if (isObject(own(raw, 'invest')) && !isObject(r.raw('invest.costs'))) r.fail('invest.costs', { kind: 'missing' });
  for (const k of COST_KEYS) costs[k] = r.amount(`invest.costs.${k}`, false);
  const contingencyRate = r.rate('invest.contingencyRate', true, ZERO);
  const investEscalation = r.rate('invest.escalationRate', false, ANY_GROWTH);
  const buildYears = r.whole('invest.buildYears', 1, horizonYears ?? 50, true);
  const annualOperatingCost = r.amount('invest.annualOperatingCost', false);
  const usefulLifeYears = r.whole('invest.usefulLifeYears', 1, 50, true);
  const documentType = r.choice<DocumentType | null>('invest.documentType', DOCUMENT, null);
  const investSource = r.choice<FundingSource>('invest.source', SOURCES, 'Chưa rõ');
  const operatingSource = r.choice<FundingSource>('invest.operatingSource', SOURCES, investSource ?? 'Chưa rõ');

  if (!isObject(own(raw, 'lease'))) r.fail('lease', { kind: 'missing' });
  const availability = r.choice('lease.availability', AVAILABILITY, 'custom' as LeaseAvailability);
  const custom = availability !== 'market';
  const buildCost = r.amount('lease.buildCost', custom);
  const depositRates = banks(r);
  const depositRate = r.rate('lease.depositRate', custom && depositRates === null, ZERO);
  const periodsPerYear = r.whole('lease.periodsPerYear', 1, 12, custom, 1);
  const termYears = r.whole('lease.termYears', 1, 50, true);
  const payment = r.choice('lease.payment', PAYMENT, 'end' as const);
  const residualValue = r.amount('lease.residualValue', false, null);
  const lessorUsefulLifeYears = r.whole('lease.lessorUsefulLifeYears', 1, 50, false, null);
  const vatRate = r.rate('lease.vatRate', custom, ZERO);
  const annualAdminCost = r.amount('lease.annualAdminCost', false);
  const annualMaintenanceCost = r.amount('lease.annualMaintenanceCost', false);
  const otherCost = r.amount('lease.otherCost', false);
  const managementCost = r.amount('lease.managementCost', false);
  const consultingCost = r.amount('lease.consultingCost', false);
  const otherEstimateCost = r.amount('lease.otherEstimateCost', false);
  const leaseContingency = r.rate('lease.contingencyRate', false, ZERO);
  const marketPricePerYear = r.amount('lease.marketPricePerYear', !custom, null);
  const leaseEscalation = r.rate('lease.escalationRate', false, ANY_GROWTH);
  const leaseSource = r.choice<FundingSource>('lease.source', SOURCES, 'Chưa rõ');

  const residualCredit = r.choice('compare.residualCredit', BOOLEAN, true);
  const discounting = r.choice('compare.discounting', DISCOUNTING, 'payment' as const);
  const sameServiceYears = r.choice('compare.sameServiceYears', BOOLEAN, true);

  if (residualValue !== null && buildCost !== null && residualValue.gt(buildCost)) {
    r.fail('lease.residualValue', { kind: 'residualExceeds', residual: residualValue.toFixed(), buildCost: buildCost.toFixed() });
  }
  if (depositRates && depositRate !== null && !isBlank(r.raw('lease.depositRate')) && !depositRate.eq(meanDepositRate(depositRates))) {
    r.fail('lease.depositRate', { kind: 'depositConflict', typed: depositRate.toFixed(), mean: meanDepositRate(depositRates).toFixed() });
  }
  if (COST_KEYS.every((k) => costs[k] !== null && costs[k]?.isZero())) r.fail('invest.costs', { kind: 'noCost' });
  if (r.errors.length > 0 || depositRates === undefined || decisionDate === undefined) return { errors: r.errors };

  // Every value below was checked above; the non-null assertions state that, not a hope.
  return {
    input: {
      name: name!, unit: unit!, startYear: startYear!, horizonYears: horizonYears!, discountRate: discountRate!,
      ruleSetId: ruleSetText === AUTO_RULESET ? null : ruleSetText!, decisionDate, stateShare,
      invest: {
        costs: Object.fromEntries(COST_KEYS.map((k) => [k, costs[k]!])) as unknown as InvestCosts,
        contingencyRate: contingencyRate!, escalationRate: investEscalation!, buildYears: buildYears!,
        annualOperatingCost: annualOperatingCost!, usefulLifeYears: usefulLifeYears!, documentType: documentType ?? null,
        source: investSource!, operatingSource: operatingSource!,
      },
      lease: {
        availability: availability!, buildCost: buildCost ?? ZERO, depositRate: depositRates ? meanDepositRate(depositRates) : depositRate ?? ZERO,
        depositRates, periodsPerYear: custom ? periodsPerYear! : 1, termYears: termYears!, payment: payment!, residualValue,
        lessorUsefulLifeYears, vatRate: vatRate ?? ZERO, annualAdminCost: annualAdminCost!, annualMaintenanceCost: annualMaintenanceCost!,
        otherCost: otherCost!, managementCost: managementCost!, consultingCost: consultingCost!, otherEstimateCost: otherEstimateCost!,
        contingencyRate: leaseContingency!, marketPricePerYear, escalationRate: leaseEscalation!, source: leaseSource!,
      },
      compare: { residualCredit: residualCredit!, discounting: discounting!, sameServiceYears: sameServiceYears! },
    },
  };
}
