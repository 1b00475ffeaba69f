// computeScenario on the CONTRACT's SOC example and on small cases whose answers are worked out
// by hand (each expected number says how).
import { Decimal } from '../../../src/core/decimal';
import { computeScenario, scenarioToJSON } from '../../../src/core/scenario';
import { inputWith } from './helpers';

const D = (v: string | number) => new Decimal(v);
const r6 = (d: Decimal) => d.toDecimalPlaces(6).toFixed();

describe('the CONTRACT example (SOC, custom lease)', () => {
  const result = computeScenario(inputWith());
  it('investment V = (0 + 9000 + 300 + 700 + 200) × 1.05 = 10,710, spent in 2026', () => {
    expect(result.invest.totalInvestment.toFixed()).toBe('10710');
    expect(result.invest.byYear.get(2026)!['ĐTPT'].toFixed()).toBe('10710');
  });
  it('operating cost 600 a year (CTX) from 2027 to 2030; nominal total 10,710 + 4 × 600 = 13,110', () => {
    for (const y of [2027, 2028, 2029, 2030]) expect(result.invest.byYear.get(y)).toEqual({ 'ĐTPT': D(0), CTX: D(600) });
    expect(result.invest.total.toFixed()).toBe('13110');
  });
  it('invest PV = 10,710/1.07 + 600 × (annuity factor of years 2–5 at 7%)', () => {
    // Closed form: a(5) − a(1) with a(n) = (1 − 1.07^−n)/0.07.
    const a = (n: number) => D(1).minus(D('1.07').pow(-n)).div('0.07');
    const expected = D(10710).div('1.07').plus(D(600).times(a(5).minus(a(1))));
    expect(r6(result.invest.pv)).toBe(r6(expected));
  });
  it('lease: r = 5.5%/4, n = 20, S = 12,000 × 3/8 = 4,500, G_dv from the circular\'s formula × 1.1', () => {
    const r = D('0.055').div(4);
    const g = r.plus(1).pow(20);
    const gdv = D(12000).times(r).times(g).minus(D(4500).times(r)).div(g.minus(1)).times('1.1');
    expect(result.lease.ratePerPeriod.toFixed()).toBe('0.01375');
    expect(result.lease.periods).toBe(20);
    expect(result.lease.residual.toFixed()).toBe('4500');
    expect(r6(result.lease.periodPayment)).toBe(r6(gdv));
    expect(r6(result.lease.total)).toBe(r6(gdv.times(20)));
    expect(r6(result.lease.byYear.get(2028)!.CTX)).toBe(r6(gdv.times(4)));
  });
  it('the difference is lease PV − invest PV and says which is cheaper', () => {
    expect(result.difference.eq(result.lease.pv.minus(result.invest.pv))).toBe(true);
    expect(result.cheaper).toBe(result.difference.isNegative() ? 'lease' : 'invest');
  });
  it('JSON follows the contract: amounts as plain strings, years as keys, both types per year', () => {
    const json = scenarioToJSON(result) as Record<string, Record<string, unknown>>;
    expect(json.invest.totalInvestment).toBe('10710');
    expect(json.invest.byYear).toMatchObject({ '2026': { 'ĐTPT': '10710', CTX: '0' } });
    expect(json.lease.periods).toBe(20);
    expect(typeof json.lease.periodPayment).toBe('string');
    expect(json.lease.periodPayment).toMatch(/^\d+(\.\d+)?$/);
    expect(json).toHaveProperty('breakEvenYear');
    expect(json).toHaveProperty('sensitivity.discountRate');
    expect(json.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'PROCEDURE_HINT', row: null, cell: null })]));
  });
});

describe('investment escalation over the build (TT 04/2020 G_DP)', () => {
  // Costs 1,000 over 2 build years, escalation 10%, contingency 0: 500 × 0.1 + 500 × 0.21 = 155.
  const result = computeScenario(inputWith({
    horizonYears: 3,
    invest: { costs: { xayLap: '0', thietBi: '1000', quanLyDuAn: '0', tuVan: '0', khac: '0' }, contingencyRate: '0', escalationRate: '0.1', buildYears: 2, annualOperatingCost: '50' },
  }));
  it('escalation 155; V 1,155; ĐTPT 550 then 605; CTX 50 in year 3', () => {
    expect(result.invest.escalation.toFixed()).toBe('155');
    expect(result.invest.totalInvestment.toFixed()).toBe('1155');
    expect(result.invest.byYear.get(2026)!['ĐTPT'].toFixed()).toBe('550');
    expect(result.invest.byYear.get(2027)!['ĐTPT'].toFixed()).toBe('605');
    expect(result.invest.byYear.get(2028)!.CTX.toFixed()).toBe('50');
  });
});

describe('market lease, break-even year', () => {
  // Invest 1,000 in 2026 and nothing after; lease 400 a year for 5 years (market, no growth).
  // Cumulative lease 400, 800, 1,200 passes 1,000 in the third year: 2028.
  const over = {
    invest: { costs: { xayLap: '0', thietBi: '1000', quanLyDuAn: '0', tuVan: '0', khac: '0' }, contingencyRate: '0', annualOperatingCost: '0' },
    lease: { availability: 'market', marketPricePerYear: '400', buildCost: null, depositRate: null, vatRate: null },
  };
  it('break-even 2028; lease total 2,000', () => {
    const result = computeScenario(inputWith(over));
    expect(result.breakEvenYear).toBe(2028);
    expect(result.lease.total.toFixed()).toBe('2000');
  });
  it('the market price grows by the lease escalation: 400, 420, 441 … (5%)', () => {
    const result = computeScenario(inputWith({ ...over, lease: { ...over.lease, escalationRate: '0.05' } }));
    expect(result.lease.byYear.get(2027)!.CTX.toFixed()).toBe('420');
    expect(result.lease.byYear.get(2028)!.CTX.toFixed()).toBe('441');
  });
  it('no break-even when the lease never costs more', () => {
    const result = computeScenario(inputWith({ ...over, lease: { ...over.lease, marketPricePerYear: '100' } }));
    expect(result.breakEvenYear).toBeNull();
  });
});

describe('sensitivity', () => {
  const input = inputWith({ lease: { annualAdminCost: '100', escalationRate: '0.03' } });
  const result = computeScenario(input);
  it('±2 points of discount rate are the scenario recomputed at that rate', () => {
    const up = computeScenario({ ...input, discountRate: D('0.09') });
    expect(result.sensitivity.discountRate.map((p) => p.rate.toFixed())).toEqual(['0.05', '0.07', '0.09']);
    expect(result.sensitivity.discountRate[2].difference.eq(up.difference)).toBe(true);
    expect(result.sensitivity.discountRate[1].difference.eq(result.difference)).toBe(true);
  });
  it('faster growth of lease costs makes leasing dearer', () => {
    const [low, mid, high] = result.sensitivity.leaseEscalation;
    expect(low.rate.toFixed()).toBe('0.01');
    expect(high.rate.toFixed()).toBe('0.05');
    expect(low.difference.lt(mid.difference) && mid.difference.lt(high.difference)).toBe(true);
  });
  it('a 5 × 5 grid whose centre is the answer', () => {
    expect(result.sensitivity.grid.difference).toHaveLength(5);
    expect(result.sensitivity.grid.difference[2][2].eq(result.difference)).toBe(true);
  });
});

describe('findings (rule set nd73-2019)', () => {
  const codes = (over: Parameters<typeof inputWith>[0]) => computeScenario(inputWith(over)).findings.map((f) => f.code);
  it('a 7-year custom lease is outside Điều 54', () => {
    const f = computeScenario(inputWith({ lease: { termYears: 7 } })).findings.find((x) => x.code === 'LEASE_TERM_OUT_OF_RANGE');
    expect(f).toMatchObject({ severity: 'warning', expected: '1-5', actual: '7', row: null, cell: null });
    expect(f!.message).toContain('Điều 54');
  });
  it('5 years is fine, and a market lease is not held to it', () => {
    expect(codes({})).not.toContain('LEASE_TERM_OUT_OF_RANGE');
    expect(codes({ lease: { availability: 'market', marketPricePerYear: '100', termYears: 7 } })).not.toContain('LEASE_TERM_OUT_OF_RANGE');
  });
  it('contingency 12% is over the 10% of TT 03/2020; 10% is not', () => {
    expect(codes({ invest: { contingencyRate: '0.12' } })).toContain('CONTINGENCY_OVER_LIMIT');
    expect(codes({ invest: { contingencyRate: '0.10' } })).not.toContain('CONTINGENCY_OVER_LIMIT');
  });
  it('a route for each option: one-step design for 10,710 triệu; outline and estimate for the lease', () => {
    const hints = computeScenario(inputWith()).findings.filter((f) => f.code === 'PROCEDURE_HINT');
    expect(hints.map((h) => h.expected)).toEqual(['one-step-design', 'outline-estimate']);
    expect(hints[0].message).toContain('Điều 10');
  });
  it('a state share under 30% is pointed out', () => {
    const f = computeScenario(inputWith({ stateShare: '0.25' })).findings;
    expect(f.some((x) => x.code === 'PROCEDURE_HINT' && x.message.includes('Điều 1'))).toBe(true);
  });
  it('messages in English on request', () => {
    const f = computeScenario(inputWith({ lease: { termYears: 6 } }), 'en').findings.find((x) => x.code === 'LEASE_TERM_OUT_OF_RANGE');
    expect(f!.message).toMatch(/^Lease term of 6 years/);
  });
  it('no finding of severity error: the scenario advises', () => {
    const all = computeScenario(inputWith({ lease: { termYears: 9 }, invest: { contingencyRate: '0.3' } })).findings;
    expect(all.every((f) => f.severity !== 'error')).toBe(true);
  });
});
