// A scenario input built from the CONTRACT's example, with overrides, for the engine tests.
import { parseScenarioInput, ScenarioInput } from '../../../src/core/scenario';

export const contractExample = {
  name: 'Hệ thống SOC tỉnh', unit: 'triệu đồng', startYear: 2026, horizonYears: 5, discountRate: '0.07',
  invest: {
    costs: { xayLap: '0', thietBi: '9000', quanLyDuAn: '300', tuVan: '700', khac: '200' },
    contingencyRate: '0.05', escalationRate: '0', buildYears: 1, annualOperatingCost: '600', usefulLifeYears: 8,
  },
  lease: {
    availability: 'custom', buildCost: '12000', depositRate: '0.055', periodsPerYear: 4, termYears: 5, payment: 'end',
    residualValue: null, vatRate: '0.1', annualAdminCost: '0', annualMaintenanceCost: '0', otherCost: '0',
    marketPricePerYear: null, escalationRate: '0',
  },
};

type Raw = typeof contractExample;
type Override = { [K in keyof Raw]?: Raw[K] extends object ? Partial<Record<string, unknown>> : unknown } & Record<string, unknown>;

export function rawWith(over: Override = {}): Record<string, unknown> {
  const base = JSON.parse(JSON.stringify(contractExample)) as Record<string, Record<string, unknown>>;
  for (const [k, v] of Object.entries(over)) {
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof base[k] === 'object') {
      const section = base[k] as Record<string, unknown>;
      for (const [kk, vv] of Object.entries(v as Record<string, unknown>)) {
        if (vv && typeof vv === 'object' && typeof section[kk] === 'object') section[kk] = { ...(section[kk] as object), ...(vv as object) };
        else section[kk] = vv;
      }
    } else {
      (base as Record<string, unknown>)[k] = v;
    }
  }
  return base;
}

export function inputWith(over: Override = {}): ScenarioInput {
  const parsed = parseScenarioInput(rawWith(over));
  if ('errors' in parsed) throw new Error(parsed.errors.map((e) => e.en).join('; '));
  return parsed.input;
}
