// The rule sets as data, the choice by date and the procedure routes at every boundary the
// decrees draw. Each expected value is the article's own words, quoted beside it (the legal
// reference: ND 73/2019 and its circulars from the legal code, ND 224/2026 from a transcription).
import { Decimal } from '../../../src/core/decimal';
import {
  chooseRuleSet, getRuleSet, hasRuleSet, isKnown, procedureHint, ruleOn, ruleSetIds,
  type LeaseKind, type ProcedureRoute, type RuleSet, type WorkKind,
} from '../../../src/core/rulesets';
import type { MoneyUnit, SpendingType } from '../../../src/core/types';

const D = (v: string | number) => new Decimal(v);
const ND73 = getRuleSet('nd73-2019');
const ND45 = getRuleSet('nd45-2026');
const ND224 = getRuleSet('nd224-2026');

function route(set: RuleSet, amount: string, unit: MoneyUnit, type: SpendingType, more: { work?: WorkKind; lease?: LeaseKind } = {}): ProcedureRoute | null {
  return procedureHint({ amount: D(amount), type, ...more }, unit, set)?.route ?? null;
}

describe('registry', () => {
  it('knows the three decrees, oldest first', () => {
    expect(ruleSetIds()).toEqual(['nd73-2019', 'nd45-2026', 'nd224-2026']);
  });
  it('an unknown id is an error, and names from Object.prototype are not rule sets', () => {
    expect(() => getRuleSet('nd102-2009')).toThrow(/unknown rule set "nd102-2009"/);
    for (const id of ['constructor', '__proto__', 'toString', 'auto', '']) expect(hasRuleSet(id)).toBe(false);
  });
  it('every known rule carries its document, article, date and status', () => {
    for (const set of [ND73, ND45, ND224]) {
      for (const [key, p] of Object.entries(set.rules)) {
        if (!isKnown(p)) continue;
        expect({ key, document: p.document }).toEqual({ key, document: expect.stringMatching(/^(Nghị định|Thông tư) \d+\/20\d\d\//) });
        expect(p.article).toMatch(/Điều|Phụ lục|nhóm/);
        expect(p.from).toMatch(/^20\d\d-\d\d-\d\d$/);
        expect(['confirmed', 'transcription', 'reported']).toContain(p.status);
      }
    }
  });
});

describe('dates and how sure we are (legal/README.md)', () => {
  it('ND 73 took effect on 01/01/2020 (Điều 62: "có hiệu lực thi hành từ ngày 01 tháng 01 năm 2020"), until ND 45 (reported 01/03/2026)', () => {
    expect([ND73.from, ND73.to, ND73.status]).toEqual(['2020-01-01', '2026-02-28', 'confirmed']);
    expect(ND73.dates.article).toBe('Điều 62 khoản 1');
  });
  it('TT 03 and TT 04 from 09/04/2020 (their Điều 9, Điều 10), TT 12 from 14/07/2020 (Điều 9)', () => {
    const r = ND73.rules;
    for (const rule of [r.contingencyOutline, r.contingencyBckt, r.contingencyFeasibility]) expect(isKnown(rule) && rule.from).toBe('2020-04-09');
    expect(isKnown(r.leasePrice) && r.leasePrice.from).toBe('2020-07-14');
  });
  it('ND 45 from 01/03/2026 to 30/06/2026, reported only; ND 224 from 01/07/2026 (Điều 90 khoản 1), a transcription', () => {
    expect([ND45.from, ND45.to, ND45.status]).toEqual(['2026-03-01', '2026-06-30', 'reported']);
    expect([ND224.from, ND224.to, ND224.status]).toEqual(['2026-07-01', null, 'transcription']);
    for (const p of Object.values(ND224.rules)) expect(isKnown(p) && p.status).toBe('transcription');
  });
  it('ND 45: no text, so no rule is known except the reported lease projects', () => {
    const known = Object.entries(ND45.rules).filter(([, p]) => isKnown(p)).map(([k]) => k);
    expect(known).toEqual(['leaseOnInvestment']);
  });
  it('the 7 % / 5 % project contingency caps are reported (TT 04 Phụ lục 02 is not in our copy); the 10 % outline cap is confirmed (TT 03 Điều 5 khoản 2 điểm e)', () => {
    const r = ND73.rules;
    expect(isKnown(r.contingencyFeasibility) && [r.contingencyFeasibility.value?.toFixed(), r.contingencyFeasibility.status]).toEqual(['0.07', 'reported']);
    expect(isKnown(r.contingencyBckt) && [r.contingencyBckt.value?.toFixed(), r.contingencyBckt.status]).toEqual(['0.05', 'reported']);
    expect(isKnown(r.contingencyOutline) && [r.contingencyOutline.value?.toFixed(), r.contingencyOutline.status, r.contingencyOutline.article])
      .toEqual(['0.1', 'confirmed', 'Điều 5 khoản 2 điểm e']);
  });
  it('a circular is not applied before it took effect: TT 04\'s cap on 01/03/2020 is "not yet"', () => {
    const p = ruleOn(ND73, 'contingencyFeasibility', '2020-03-01');
    expect(isKnown(p)).toBe(false);
    expect('notYet' in p && p.notYet?.from).toBe('2020-04-09');
    expect(isKnown(ruleOn(ND73, 'contingencyFeasibility', '2020-04-09'))).toBe(true);
  });
});

describe('choice by date', () => {
  const on = (date: string) => chooseRuleSet(null, { date, basis: 'title' });
  it.each([
    ['2020-10-09', 'nd73-2019'], ['2026-02-28', 'nd73-2019'], ['2026-03-01', 'nd45-2026'], ['2026-06-30', 'nd45-2026'],
    ['2026-07-01', 'nd224-2026'], ['2026-09-15', 'nd224-2026'],
  ])('%s → %s', (date, id) => {
    expect(on(date)).toMatchObject({ ruleSet: { id }, basis: 'title', date, beforeKnown: false });
  });
  it('a date before ND 73 is judged by it, and says so (ND 102/2009 applied then)', () => {
    expect(on('2019-12-31')).toMatchObject({ ruleSet: { id: 'nd73-2019' }, beforeKnown: true });
  });
  it('the user\'s choice wins over the date; "auto" lets the date decide', () => {
    expect(chooseRuleSet('nd73-2019', { date: '2026-09-15', basis: 'decisionDate' })).toMatchObject({ ruleSet: { id: 'nd73-2019' }, basis: 'forced' });
    expect(chooseRuleSet('auto', { date: '2026-09-15', basis: 'decisionDate' })).toMatchObject({ ruleSet: { id: 'nd224-2026' }, basis: 'decisionDate' });
  });
  it('no date at all: the law in force now', () => {
    expect(chooseRuleSet(null, null)).toMatchObject({ ruleSet: { id: 'nd224-2026' }, basis: 'none', date: null });
  });
});

describe('ND 73/2019 routes', () => {
  it('investment: "có tổng mức đầu tư từ 15 tỷ đồng trở xuống" (Điều 10 khoản 2 điểm b) → one-step design; 15 tỷ + 1 triệu → feasibility study', () => {
    expect(route(ND73, '15000', 'triệu đồng', 'ĐTPT')).toBe('one-step-design');
    expect(route(ND73, '15', 'tỷ đồng', 'ĐTPT')).toBe('one-step-design');
    expect(route(ND73, '15001', 'triệu đồng', 'ĐTPT')).toBe('feasibility-study');
  });
  it('above 15 tỷ the message does not forbid one-step design: Điều 10 khoản 2 điểm a and c still allow it', () => {
    const hint = procedureHint({ amount: D('15001'), type: 'ĐTPT' }, 'triệu đồng', ND73)!;
    expect(hint.vi).not.toMatch(/không được/);
    expect(hint.en).not.toMatch(/not allowed/);
    expect(hint.vi).toContain('Điều 10 khoản 2 điểm a');
    expect(hint.vi).toContain('Điều 10 khoản 2 điểm c');
  });
  it('recurrent build: "từ 200 triệu đồng trở xuống" (Điều 51 khoản 1 điểm d); "trên 200 triệu đồng đến 15 tỷ đồng" (khoản 2); "trên 15 tỷ đồng" (khoản 3)', () => {
    expect(route(ND73, '200', 'triệu đồng', 'CTX')).toBe('procurement-only');
    expect(route(ND73, '200000000', 'đồng', 'CTX')).toBe('procurement-only');
    expect(route(ND73, '200000001', 'đồng', 'CTX')).toBe('outline-estimate');
    expect(route(ND73, '15000', 'triệu đồng', 'CTX')).toBe('outline-estimate');
    expect(route(ND73, '15001', 'triệu đồng', 'CTX')).toBe('project');
  });
  it('the >15 tỷ route cites Điều 51 khoản 3, the outline route khoản 2', () => {
    const project = procedureHint({ amount: D('15001'), type: 'CTX' }, 'triệu đồng', ND73)!;
    expect(project.vi).toContain('Điều 51 khoản 3');
    expect(project.vi).not.toContain('Điều 51 khoản 2');
    expect(procedureHint({ amount: D('500'), type: 'CTX' }, 'triệu đồng', ND73)!.vi).toContain('Điều 51 khoản 2');
  });
  it('operating and buying from recurrent spending follow procurement rules whatever the amount (Điều 51 khoản 1 điểm a, b, c)', () => {
    expect(route(ND73, '20000', 'triệu đồng', 'CTX', { work: 'operate' })).toBe('procurement-only');
    expect(route(ND73, '20000', 'triệu đồng', 'CTX', { work: 'purchase' })).toBe('procurement-only');
  });
  it('a lease is never routed by the recurrent tiers: custom → lease plan (Điều 52 khoản 2, 53–58), market → market price (Điều 52 khoản 1)', () => {
    for (const amount of ['100', '500', '20000']) {
      expect(route(ND73, amount, 'triệu đồng', 'CTX', { lease: 'custom' })).toBe('lease-plan');
      expect(route(ND73, amount, 'triệu đồng', 'CTX', { lease: 'market' })).toBe('market-lease');
    }
    const either = procedureHint({ amount: D('20000'), type: 'CTX', lease: 'unknown' }, 'triệu đồng', ND73)!;
    expect(either.route).toBe('lease-plan');
    expect(either.vi).toContain('Điều 52 khoản 1');
    expect(either.vi).toContain('Điều 52 khoản 2');
  });
  it('a lease on investment capital is allowed as (part of) a project: Điều 3 khoản 5, Điều 19 khoản 2 điểm đ ("chi phí thuê dịch vụ công nghệ thông tin")', () => {
    const hint = procedureHint({ amount: D('5000'), type: 'ĐTPT', lease: 'custom' }, 'triệu đồng', ND73)!;
    expect(hint.route).toBe('project');
    expect(hint.vi).toContain('Điều 19 khoản 2 điểm đ');
  });
  it('lease term: "từ 01 năm trở lên nhưng không quá 05 năm" (Điều 54 khoản 2 điểm đ)', () => {
    const r = ND73.rules;
    expect(isKnown(r.leaseTermMin) && r.leaseTermMin.value).toBe(1);
    expect(isKnown(r.leaseTermMax) && r.leaseTermMax.value).toBe(5);
  });
});

describe('ND 224/2026 routes (transcription)', () => {
  it('one-step design "không quá 20 tỷ đồng" (Điều 42 khoản 2 điểm a): 20 tỷ one step, 20 tỷ + 1 triệu two steps, 15 tỷ + 1 triệu one step', () => {
    expect(route(ND224, '20000', 'triệu đồng', 'ĐTPT')).toBe('one-step-design');
    expect(route(ND224, '20001', 'triệu đồng', 'ĐTPT')).toBe('feasibility-study');
    expect(route(ND224, '15001', 'triệu đồng', 'ĐTPT')).toBe('one-step-design');
  });
  it('no amount tiers for recurrent spending (Điều 65): building is a project at 100 triệu as at 20 tỷ; running is not', () => {
    expect(route(ND224, '100', 'triệu đồng', 'CTX')).toBe('project');
    expect(route(ND224, '200', 'triệu đồng', 'CTX')).toBe('project');
    expect(route(ND224, '20000', 'triệu đồng', 'CTX')).toBe('project');
    expect(route(ND224, '20000', 'triệu đồng', 'CTX', { work: 'operate' })).toBe('procurement-only');
    expect(procedureHint({ amount: D('100'), type: 'CTX' }, 'triệu đồng', ND224)!.vi).toContain('Điều 65 khoản 2; Điều 66');
  });
  it('custom lease → lease plan (Điều 65 khoản 3; Điều 67); market → quotes, many years (Điều 65 khoản 1 điểm b)', () => {
    expect(procedureHint({ amount: D('100'), type: 'CTX', lease: 'custom' }, 'triệu đồng', ND224)!.vi).toContain('Điều 67');
    const market = procedureHint({ amount: D('100'), type: 'CTX', lease: 'market' }, 'triệu đồng', ND224)!;
    expect(market.route).toBe('market-lease');
    expect(market.vi).toContain('báo giá');
  });
  it('no bound on the lease term ("trong nhiều năm", Điều 67 khoản 2 điểm e) and no percentage cap on contingency (Điều 49 khoản 7)', () => {
    const r = ND224.rules;
    expect(isKnown(r.leaseTermMax) && r.leaseTermMax.value).toBeNull();
    expect(isKnown(r.contingencyFeasibility) && r.contingencyFeasibility.value).toBeNull();
  });
  it('a route rests on transcribed rules', () => {
    const hint = procedureHint({ amount: D('100'), type: 'ĐTPT' }, 'triệu đồng', ND224)!;
    expect(hint.rules.map((r) => r.status)).toEqual(['transcription']);
  });
});

describe('ND 45/2026: what it does not know stays unknown', () => {
  it('no route for investment, recurrent spending or leases on recurrent spending — never ND 73\'s numbers', () => {
    expect(route(ND45, '100', 'triệu đồng', 'ĐTPT')).toBeNull();
    expect(route(ND45, '100', 'triệu đồng', 'CTX')).toBeNull();
    expect(route(ND45, '100', 'triệu đồng', 'CTX', { lease: 'custom' })).toBeNull();
  });
  it('a lease on investment capital: a reported lease project', () => {
    const hint = procedureHint({ amount: D('100'), type: 'ĐTPT', lease: 'custom' }, 'triệu đồng', ND45)!;
    expect(hint.route).toBe('project');
    expect(hint.rules[0].status).toBe('reported');
  });
});
