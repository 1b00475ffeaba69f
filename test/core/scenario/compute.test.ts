// computeScenario on the CONTRACT's SOC example and on small cases worked out by hand: every
// expected number below is computed in the test from the definition it names (a sum over the
// payment dates, a closed form written out), never read back from the engine.
import { Decimal } from '../../../src/core/decimal';
import { computeScenario, scenarioToJSON } from '../../../src/core/scenario';
import { inputWith } from './helpers';

const D = (v: string | number) => new Decimal(v);
const close = (a: Decimal, b: Decimal, tol = '1e-20') => expect(a.minus(b).abs().lte(tol)).toBe(true);
/** Σ_{j=1..n} 1.07^−(offset + (j − s)/k): each payment discounted on its own date, one by one. */
function paymentDates(rate: string, offset: number, n: number, k: number, atStart: boolean): Decimal {
  let total = D(0);
  for (let j = 1; j <= n; j++) total = total.plus(D(rate).plus(1).pow(D(offset).plus(D(j - (atStart ? 1 : 0)).div(k)).neg()));
  return total;
}
/** TT 12/2020 Điều 6 khoản 2, end of period: [T·r·(1+r)^n − S·r] / [(1+r)^n − 1] × (1 + VAT). */
function gdvEnd(T: Decimal, N: Decimal, k: number, n: number, S: Decimal, vat: Decimal): Decimal {
  const r = N.div(k);
  const g = r.plus(1).pow(n);
  return T.times(r).times(g).minus(S.times(r)).div(g.minus(1)).times(vat.plus(1));
}

describe('the CONTRACT example (SOC, custom lease, ND 73 by 1 January 2026), default comparison', () => {
  const input = inputWith();
  const result = computeScenario(input);
  // Investment: V = (0 + 9000 + 300 + 700 + 200) × 1.05 = 10,710, paid at t = 1 (one build year);
  // running 600 at t = 2 … 5; the asset serves from t = 1 for 8 years, so at the horizon t = 5 it
  // has 8 − 4 = 4 years left: 10,710 × 4/8 = 5,355, credited at t = 5.
  it('V 10,710 in 2026; 600 a year 2027–2030; remaining value 5,355 credited at the horizon', () => {
    expect(result.invest.totalInvestment.toFixed()).toBe('10710');
    expect(result.invest.byYear.get(2026)).toEqual({ 'ĐTPT': D(10710), CTX: D(0) });
    for (const y of [2027, 2028, 2029, 2030]) expect(result.invest.byYear.get(y)).toEqual({ 'ĐTPT': D(0), CTX: D(600) });
    expect(result.invest.residualValue.toFixed()).toBe('5355');
  });
  it('invest PV = 10,710/1.07 + 600 × Σ_{t=2..5} 1.07^−t − 5,355/1.07^5', () => {
    let pv = D(10710).div('1.07');
    for (let t = 2; t <= 5; t++) pv = pv.plus(D(600).div(D('1.07').pow(t)));
    pv = pv.minus(D(5355).div(D('1.07').pow(5)));
    close(result.invest.pv, pv);
  });
  // Lease: the service starts at acceptance, t = 1; k = 4, n = 20, r = 0.055/4; S = 12,000 × (8 − 5)/8
  // = 4,500 (no lessor's life given: the agency's 8 years); payment j at t = 1 + j/4.
  it('lease: G_dv by the circular\'s formula × 1.1, paid quarterly from 2027 to 2031 (4 payments a budget year)', () => {
    const gdv = gdvEnd(D(12000), D('0.055'), 4, 20, D(4500), D('0.1'));
    expect(result.lease.residual.toFixed()).toBe('4500');
    close(result.lease.periodPayment, gdv);
    expect(result.lease.byYear.get(2026)!.CTX.toFixed()).toBe('0');
    for (const y of [2027, 2028, 2029, 2030, 2031]) close(result.lease.byYear.get(y)!.CTX, gdv.times(4));
    expect(result.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031]);
  });
  it('lease PV = G_dv × Σ_j 1.07^−(1 + j/4), each payment on its own date', () => {
    const gdv = gdvEnd(D(12000), D('0.055'), 4, 20, D(4500), D('0.1'));
    close(result.lease.pv, gdv.times(paymentDates('0.07', 1, 20, 4, false)));
  });
  it('difference = lease PV − invest PV; which is cheaper follows its sign', () => {
    expect(result.difference.eq(result.lease.pv.minus(result.invest.pv))).toBe(true);
    expect(result.cheaper).toBe('invest');
  });
  it('JSON follows the contract, with the added fields', () => {
    const json = scenarioToJSON(result, input) as Record<string, Record<string, unknown>>;
    expect(json.ruleSet).toBe('nd73-2019');
    expect(json.ruleSetInfo).toMatchObject({ id: 'nd73-2019', status: 'confirmed', from: '2020-01-01', to: '2026-02-28' });
    expect(json.invest).toMatchObject({ totalInvestment: '10710', residualValue: '5355' });
    expect(json.invest.byYear).toMatchObject({ '2026': { 'ĐTPT': '10710', CTX: '0' } });
    expect(json.lease).toMatchObject({ periods: 20, depositRate: { value: '0.055', banks: null }, estimateTotal: json.lease.total });
    expect(Object.keys(json.switching)).toEqual(['buildCost', 'residualValue', 'depositRate', 'discountRate', 'annualOperatingCost', 'usefulLifeYears']);
    expect(json.conventions).toMatchObject({ residualCredit: true, discounting: 'payment', sameServiceYears: true });
    expect((json.conventions as unknown as { text: string[] }).text).toHaveLength(4);
  });
});

describe('each convention against a hand computation', () => {
  it('residual credit: the difference moves by exactly 5,355/1.07^5, and it flips the SOC case from lease to invest', () => {
    const without = computeScenario(inputWith({ compare: { residualCredit: false } }));
    const with_ = computeScenario(inputWith());
    close(with_.difference.minus(without.difference), D(5355).div(D('1.07').pow(5)));
    expect(without.cheaper).toBe('lease');
    expect(with_.cheaper).toBe('invest');
    expect(without.invest.residualPv.toFixed()).toBe('0');
  });
  // Monthly, N = 5.5 %, d = 7 %: paying in advance divides G_dv by (1 + 0.055/12) but moves each payment
  // 1/12 year earlier, which at 7 % costs (1.07)^(1/12) > 1 + 0.055/12. Truth: start of period is dearer.
  it('monthly, start of period vs end: dearer when each payment is discounted on its date (ratio 1.07^(1/12) / (1 + 0.055/12)); the old year-end convention got it backwards', () => {
    const monthly = (payment: string, discounting?: string) => computeScenario(inputWith({
      lease: { periodsPerYear: 12, payment }, ...(discounting ? { compare: { discounting } } : {}),
    })).lease.pv;
    const ratio = monthly('start').div(monthly('end'));
    close(ratio, D('1.07').pow(D(1).div(12)).div(D(1).plus(D('0.055').div(12))), '1e-30');
    expect(ratio.gt(1)).toBe(true);
    expect(monthly('start', 'year-end').lt(monthly('end', 'year-end'))).toBe(true);
  });
  it('year-end discounting (old): NPV of the yearly budget needs, as Excel\'s NPV', () => {
    const r = computeScenario(inputWith({ compare: { discounting: 'year-end' } }));
    let pv = D(0);
    r.years.forEach((y, i) => { pv = pv.plus(r.lease.byYear.get(y)!.CTX.div(D('1.07').pow(i + 1))); });
    close(r.lease.pv, pv);
  });
  it('same service years: with a 2-year build the lease starts at t = 2 — every lease flow 1.07^−2 later than in year one', () => {
    const over = { horizonYears: 7, invest: { buildYears: 2 } };
    const late = computeScenario(inputWith(over));
    const early = computeScenario(inputWith({ ...over, compare: { sameServiceYears: false } }));
    close(late.lease.pv, early.lease.pv.div(D('1.07').pow(2)));
    expect(late.lease.byYear.get(2027)!.CTX.toFixed()).toBe('0');
    expect(early.lease.byYear.get(2026)!.CTX.gt(0)).toBe(true);
  });
  it('V is paid in equal shares at the end of each build year: 1,000 over 2 years at 10 % escalation → escalation 500 × 0.1 + 500 × 0.21 = 155; 577.5 a year', () => {
    const r = computeScenario(inputWith({
      horizonYears: 3,
      invest: { costs: { xayLap: '0', thietBi: '1000', quanLyDuAn: '0', tuVan: '0', khac: '0' }, contingencyRate: '0', escalationRate: '0.1', buildYears: 2, annualOperatingCost: '50' },
    }));
    expect([r.invest.escalation.toFixed(), r.invest.totalInvestment.toFixed()]).toEqual(['155', '1155']);
    expect(r.invest.byYear.get(2026)!['ĐTPT'].toFixed()).toBe('577.5');
    expect(r.invest.byYear.get(2027)!['ĐTPT'].toFixed()).toBe('577.5');
    expect(r.invest.byYear.get(2028)!.CTX.toFixed()).toBe('50');
  });
});

describe('the lease estimate, N and S as an appraiser asks for them', () => {
  it('five parts (ND 73 Điều 55 khoản 1): G_t + management 100 + consulting 50 + other 30, contingency 5 % on all of it', () => {
    const r = computeScenario(inputWith({ lease: { managementCost: '100', consultingCost: '50', otherEstimateCost: '30', contingencyRate: '0.05' } }));
    const gt = r.lease.total;
    close(r.lease.contingency, gt.plus(180).times('0.05'));
    close(r.lease.estimateTotal, gt.plus(180).times('1.05'));
    // Budget: the one-off parts in the first lease year (2027), everything with its contingency.
    const gdv = r.lease.periodPayment;
    close(r.lease.byYear.get(2027)!.CTX, gdv.times(4).plus(180).times('1.05'));
    close(r.lease.byYear.get(2028)!.CTX, gdv.times(4).times('1.05'));
    // PV: the payments on their dates, the one-offs at the end of 2027 (t = 2), all × 1.05.
    close(r.lease.pv, gdv.times(paymentDates('0.07', 1, 20, 4, false)).plus(D(180).div(D('1.07').pow(2))).times('1.05'));
  });
  it('N is the mean of three banks\' 1-year and term rates (TT 12/2020 Điều 6 khoản 2): (4.8 + 5.2 + 5.0 + 5.5 + 4.7 + 5.8)/6 = 5.1666… %', () => {
    const banks = [
      { bank: 'Vietcombank', oneYear: '0.048', term: '0.052' }, { bank: 'BIDV', oneYear: '0.05', term: '0.055' },
      { bank: 'VietinBank', oneYear: '0.047', term: '0.058' },
    ];
    const r = computeScenario(inputWith({ lease: { depositRate: null, depositRates: banks } }));
    const N = D('0.31').div(6);
    close(r.lease.depositRate, N);
    close(r.lease.periodPayment, gdvEnd(D(12000), N, 4, 20, D(4500), D('0.1')));
  });
  it('S from the lessor\'s depreciation life: 12,000 × (10 − 5)/10 = 6,000', () => {
    const r = computeScenario(inputWith({ lease: { lessorUsefulLifeYears: 10 } }));
    expect(r.lease.residual.toFixed()).toBe('6000');
    close(r.lease.periodPayment, gdvEnd(D(12000), D('0.055'), 4, 20, D(6000), D('0.1')));
  });
});

describe('switching values: re-run with one input moved', () => {
  const input = inputWith();
  const result = computeScenario(input);
  it('at each reported value the difference is zero, and the answer differs on either side', () => {
    for (const key of ['buildCost', 'residualValue', 'depositRate', 'discountRate', 'annualOperatingCost'] as const) {
      const s = result.switching[key];
      expect({ key, found: s.value !== null }).toEqual({ key, found: true });
      const at = (v: Decimal) => {
        if (key === 'buildCost') return computeScenario(inputWith({ lease: { buildCost: v.toFixed() } })).difference;
        if (key === 'residualValue') return computeScenario(inputWith({ lease: { residualValue: v.toFixed() } })).difference;
        if (key === 'depositRate') return computeScenario(inputWith({ lease: { depositRate: v.toFixed() } })).difference;
        if (key === 'discountRate') return computeScenario(inputWith({ discountRate: v.toFixed() })).difference;
        return computeScenario(inputWith({ invest: { annualOperatingCost: v.toFixed() } })).difference;
      };
      expect(at(s.value!).abs().lte('1e-9')).toBe(true);
      const step = s.base.times('0.01');
      expect(Math.sign(at(s.value!.minus(step)).toNumber())).toBe(-Math.sign(at(s.value!.plus(step)).toNumber()));
    }
  });
  it('build cost, closed form: T × (1 − difference / PV of the payments) (S moves with T)', () => {
    close(result.switching.buildCost.value!, D(12000).times(D(1).minus(result.difference.div(result.lease.paymentsPv))));
  });
  it('running cost, closed form: 600 + difference / Σ_{t=2..5} 1.07^−t', () => {
    let years = D(0);
    for (let t = 2; t <= 5; t++) years = years.plus(D('1.07').pow(-t));
    close(result.switching.annualOperatingCost.value!, D(600).plus(result.difference.div(years)));
  });
  it('the useful life moves the remaining value and, with no lessor\'s life, S too: the answer flips between 10 and 11 years', () => {
    const s = result.switching.usefulLifeYears;
    expect(s.base.toFixed()).toBe('8');
    expect(s.value!.gt(10) && s.value!.lt(11)).toBe(true);
    expect(computeScenario(inputWith({ invest: { usefulLifeYears: 10 } })).cheaper).toBe('invest');
    expect(computeScenario(inputWith({ invest: { usefulLifeYears: 11 } })).cheaper).toBe('lease');
  });
  it('beyond ±50 % nothing is reported: with no running cost to move, null', () => {
    expect(computeScenario(inputWith({ invest: { annualOperatingCost: '0' } })).switching.annualOperatingCost.value).toBeNull();
  });
  it('a market lease has no build cost, S or N to move', () => {
    const r = computeScenario(inputWith({ lease: { availability: 'market', marketPricePerYear: '2600', buildCost: null, depositRate: null, vatRate: null } }));
    expect([r.switching.buildCost.value, r.switching.residualValue.value, r.switching.depositRate.value]).toEqual([null, null, null]);
  });
});

describe('market lease and the break-even year', () => {
  // Invest 1,000 in 2026 and nothing after; lease 400 a year for 5 years (market, no growth).
  const over = {
    invest: { costs: { xayLap: '0', thietBi: '1000', quanLyDuAn: '0', tuVan: '0', khac: '0' }, contingencyRate: '0', annualOperatingCost: '0' },
    lease: { availability: 'market', marketPricePerYear: '400', buildCost: null, depositRate: null, vatRate: null },
  };
  it('lease from acceptance (2027): cumulative 400, 800, 1,200 passes 1,000 in 2029; from year one (old): 2028', () => {
    expect(computeScenario(inputWith(over)).breakEvenYear).toBe(2029);
    expect(computeScenario(inputWith({ ...over, compare: { sameServiceYears: false } })).breakEvenYear).toBe(2028);
    expect(computeScenario(inputWith(over)).lease.total.toFixed()).toBe('2000');
  });
  it('the market price grows by the lease escalation: 400, 420, 441 … (5 %)', () => {
    const r = computeScenario(inputWith({ ...over, lease: { ...over.lease, escalationRate: '0.05' } }));
    expect(r.lease.byYear.get(2028)!.CTX.toFixed()).toBe('420');
    expect(r.lease.byYear.get(2029)!.CTX.toFixed()).toBe('441');
  });
  it('paid in advance, each year\'s price is discounted one year earlier: PV × 1.07', () => {
    const end = computeScenario(inputWith(over)).lease.pv;
    const start = computeScenario(inputWith({ ...over, lease: { ...over.lease, payment: 'start' } })).lease.pv;
    close(start, end.times('1.07'));
  });
  it('no break-even when the lease never costs more', () => {
    expect(computeScenario(inputWith({ ...over, lease: { ...over.lease, marketPricePerYear: '100' } })).breakEvenYear).toBeNull();
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
    expect(low.difference.lt(mid.difference) && mid.difference.lt(high.difference)).toBe(true);
  });
  it('a 5 × 5 grid whose centre is the answer', () => {
    expect(result.sensitivity.grid.difference[2][2].eq(result.difference)).toBe(true);
  });
});

describe('budget needs by source and type', () => {
  it('each option\'s years split by the source it names', () => {
    const r = computeScenario(inputWith({ invest: { source: 'NSTW', operatingSource: 'NSĐP' }, lease: { source: 'NSĐP' } }));
    expect(r.invest.byYearSource.get(2026)).toEqual({ NSTW: { 'ĐTPT': D(10710), CTX: D(0) } });
    expect(r.invest.byYearSource.get(2027)).toEqual({ 'NSĐP': { 'ĐTPT': D(0), CTX: D(600) } });
    expect(Object.keys(r.lease.byYearSource.get(2027)!)).toEqual(['NSĐP']);
  });
});
