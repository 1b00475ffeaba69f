// ND 73/2019's thresholds and the route an amount leads to, at the boundaries the decree draws.
import { Decimal } from '../../../src/core/decimal';
import { defaultRuleSetId, getRuleSet, procedureHint, ruleSetIds } from '../../../src/core/rulesets';

const D = (v: string | number) => new Decimal(v);

describe('registry', () => {
  it('ND 73/2019 is the default', () => {
    expect(defaultRuleSetId).toBe('nd73-2019');
    expect(ruleSetIds()).toContain('nd73-2019');
    expect(getRuleSet().id).toBe('nd73-2019');
  });
  it('an unknown rule set is an error, not a silent default', () => {
    expect(() => getRuleSet('nd45-2026')).toThrow(/unknown rule set "nd45-2026"/);
  });
  it('every threshold names its legal source and the date it took effect', () => {
    const set = getRuleSet('nd73-2019');
    const thresholds = [set.procurementOnlyMaxDong, set.outlineEstimateMaxDong, set.oneStepDesignMaxDong,
      set.leaseTermMinYears, set.leaseTermMaxYears, set.minStateShare, set.maxContingencyRate];
    for (const t of thresholds) {
      expect(t.source).toMatch(/Nghị định 73\/2019\/NĐ-CP|Thông tư 03\/2020/);
      expect(t.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(set.procurementOnlyMaxDong.source).toContain('Điều 51');
    expect(set.oneStepDesignMaxDong.source).toContain('Điều 10');
    expect(set.leaseTermMaxYears.source).toContain('Điều 54');
    expect(set.minStateShare.source).toContain('Điều 1');
    expect(set.oneStepDesignMaxDong.effectiveFrom).toBe('2019-11-20');
  });
  it('the values the decree and TT 03/2020 state', () => {
    const set = getRuleSet();
    expect(set.procurementOnlyMaxDong.value.toFixed()).toBe('200000000');
    expect(set.outlineEstimateMaxDong.value.toFixed()).toBe('15000000000');
    expect(set.oneStepDesignMaxDong.value.toFixed()).toBe('15000000000');
    expect([set.leaseTermMinYears.value, set.leaseTermMaxYears.value]).toEqual([1, 5]);
    expect(set.minStateShare.value.toFixed()).toBe('0.3');
    expect(set.maxContingencyRate.value.toFixed()).toBe('0.1');
  });
});

describe('procedureHint (Điều 51 for CTX, Điều 10 for ĐTPT)', () => {
  const route = (amount: string, unit: Parameters<typeof procedureHint>[1], type: 'ĐTPT' | 'CTX') => procedureHint(D(amount), unit, type).route;
  it('recurrent spending: ≤ 200 triệu procurement only; above it an outline and estimate; above 15 tỷ a project', () => {
    expect(route('200', 'triệu đồng', 'CTX')).toBe('procurement-only');
    expect(route('200000000', 'đồng', 'CTX')).toBe('procurement-only');
    expect(route('200.001', 'triệu đồng', 'CTX')).toBe('outline-estimate');
    expect(route('15', 'tỷ đồng', 'CTX')).toBe('outline-estimate');
    expect(route('15000.5', 'triệu đồng', 'CTX')).toBe('project');
  });
  it('investment: ≤ 15 tỷ one-step design; above it a feasibility study', () => {
    expect(route('15000', 'triệu đồng', 'ĐTPT')).toBe('one-step-design');
    expect(route('15000001', 'nghìn đồng', 'ĐTPT')).toBe('feasibility-study');
  });
  it('texts in both languages, citing the article', () => {
    const hint = procedureHint(D('500'), 'triệu đồng', 'CTX');
    expect(hint.vi).toContain('đề cương và dự toán chi tiết');
    expect(hint.vi).toContain('Điều 51');
    expect(hint.en).toContain('outline and detailed estimate');
    expect(hint.threshold.value.toFixed()).toBe('15000000000');
  });
});
