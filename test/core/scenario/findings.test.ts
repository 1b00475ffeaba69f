// The scenario's findings under the law in force on its decision date, at each boundary the
// decrees draw: the design-step threshold (15 tỷ under ND 73, 20 tỷ under ND 224), the lease
// term (1, 5, 6 years), the contingency caps (10 % outline, 7 % project, 5 % with a báo cáo kinh
// tế - kỹ thuật), and ND 45, whose text we do not have.
import { computeScenario } from '../../../src/core/scenario';
import { inputWith } from './helpers';

type Over = Parameters<typeof inputWith>[0];
const findings = (over: Over, lang: 'vi' | 'en' = 'vi') => computeScenario(inputWith(over), lang).findings;
const codes = (over: Over) => findings(over).map((f) => f.code);
const routes = (over: Over) => findings(over).filter((f) => f.code === 'PROCEDURE_HINT').map((f) => f.expected);
// V = base × 1.05 (contingency 5 %): a base of 14.285,714… gives V = 15.000; one triệu more, above it.
const investOf = (v: string, rate = '0') => ({ invest: { costs: { xayLap: '0', thietBi: v, quanLyDuAn: '0', tuVan: '0', khac: '0' }, contingencyRate: rate } });
const ND73 = { decisionDate: '2021-06-01' };
const ND45 = { decisionDate: '2026-04-01' };
const ND224 = { decisionDate: '2026-09-15' };

describe('the law is chosen by the decision date, or named', () => {
  it.each([
    [{ decisionDate: '2021-06-01' }, 'nd73-2019', 'decisionDate'], [{ decisionDate: '2026-04-01' }, 'nd45-2026', 'decisionDate'],
    [{ decisionDate: '2026-09-15' }, 'nd224-2026', 'decisionDate'], [{ startYear: 2027 }, 'nd224-2026', 'startYear'],
    [{ decisionDate: '2026-09-15', ruleSet: 'nd73-2019' }, 'nd73-2019', 'forced'],
  ])('%j → %s (%s)', (over, id, basis) => {
    expect(computeScenario(inputWith(over as Over)).ruleSet).toMatchObject({ ruleSet: { id }, basis });
  });
});

describe('ND 73/2019', () => {
  it('V = 15.000 triệu → one-step design; 15.001 → feasibility study (Điều 10 khoản 2 điểm b)', () => {
    expect(routes({ ...ND73, ...investOf('15000') })[0]).toBe('one-step-design');
    expect(routes({ ...ND73, ...investOf('15001') })[0]).toBe('feasibility-study');
  });
  it('the lease is routed by the lease articles: custom → lease plan, market → market lease; never the recurrent tiers', () => {
    expect(routes({ ...ND73 })[1]).toBe('lease-plan');
    expect(routes({ ...ND73, lease: { availability: 'market', marketPricePerYear: '3000', buildCost: null, depositRate: null, vatRate: null } })[1]).toBe('market-lease');
    expect(routes({ ...ND73, lease: { buildCost: '100' } })).not.toContain('procurement-only');
  });
  it('lease terms 1 and 5 years are in range; 6 is over Điều 54 khoản 2 điểm đ, with no approval exception', () => {
    expect(codes({ ...ND73, lease: { termYears: 1 } })).not.toContain('LEASE_TERM_OUT_OF_RANGE');
    expect(codes({ ...ND73, lease: { termYears: 5 } })).not.toContain('LEASE_TERM_OUT_OF_RANGE');
    const [f] = findings({ ...ND73, lease: { termYears: 6 } }).filter((x) => x.code === 'LEASE_TERM_OUT_OF_RANGE');
    expect(f).toMatchObject({ severity: 'warning', expected: '1-5', actual: '6', row: null, cell: null });
    expect(f.message).toContain('Điều 54 khoản 2 điểm đ');
    expect(f.message).toContain('không có ngoại lệ');
    expect(f.message).not.toMatch(/cho phép riêng|phê duyệt riêng/);
  });
  it('a market lease is not held to the custom-lease term', () => {
    expect(codes({ ...ND73, lease: { availability: 'market', marketPricePerYear: '100', termYears: 7 } })).not.toContain('LEASE_TERM_OUT_OF_RANGE');
  });
  it('contingency: 5 % is the reported cap with a báo cáo kinh tế - kỹ thuật (V ≤ 15 tỷ), 7 % for a feasibility study — not TT 03\'s 10 %', () => {
    expect(codes({ ...ND73, invest: { contingencyRate: '0.05' } })).not.toContain('CONTINGENCY_OVER_LIMIT');
    const over = findings({ ...ND73, invest: { contingencyRate: '0.06' } });
    expect(over.find((f) => f.code === 'CONTINGENCY_OVER_LIMIT')).toMatchObject({ expected: '0.05', actual: '0.06' });
    expect(over.find((f) => f.code === 'CONTINGENCY_OVER_LIMIT')!.message).toContain('Thông tư 04/2020/TT-BTTTT');
    // The cap rests on a legal Q&A site (Phụ lục 02 is not in our copy): said so.
    expect(over.find((f) => f.code === 'RULESET_UNCONFIRMED')).toMatchObject({ actual: 'reported' });
    expect(codes({ ...ND73, invest: { contingencyRate: '0.07', documentType: 'feasibility' } })).not.toContain('CONTINGENCY_OVER_LIMIT');
    expect(codes({ ...ND73, invest: { contingencyRate: '0.08', documentType: 'feasibility' } })).toContain('CONTINGENCY_OVER_LIMIT');
    expect(codes({ ...ND73, invest: { contingencyRate: '0.10' } })).toContain('CONTINGENCY_OVER_LIMIT');
  });
  it('before TT 04 took effect (09/04/2020) its cap is not applied, and the note says why', () => {
    const f = findings({ decisionDate: '2020-03-01', invest: { contingencyRate: '0.09' } });
    expect(f.map((x) => x.code)).not.toContain('CONTINGENCY_OVER_LIMIT');
    expect(f.find((x) => x.code === 'RULESET_UNCONFIRMED')!.message).toContain('09/04/2020');
  });
  it('a state share under 30 % is pointed out (Điều 1 khoản 2)', () => {
    const f = findings({ ...ND73, stateShare: '0.25' });
    expect(f.some((x) => x.code === 'PROCEDURE_HINT' && x.message.includes('Điều 1 khoản 2'))).toBe(true);
  });
  it('no finding of severity error: the scenario advises', () => {
    expect(findings({ ...ND73, lease: { termYears: 9 }, invest: { contingencyRate: '0.3' } }).every((f) => f.severity !== 'error')).toBe(true);
  });
  it('English on request', () => {
    const f = findings({ ...ND73, lease: { termYears: 6 } }, 'en').find((x) => x.code === 'LEASE_TERM_OUT_OF_RANGE');
    expect(f!.message).toMatch(/^Lease term of 6 years is longer than the 5 years/);
  });
});

describe('ND 224/2026 (transcription)', () => {
  it('named by the user, its rules apply as written even for a start year before it took effect', () => {
    const f = findings({ ruleSet: 'nd224-2026' });
    expect(f.find((x) => x.code === 'PROCEDURE_HINT')!.message).toContain('Điều 42 khoản 2 điểm a');
  });
  it('V = 20.000 triệu → one-step design; 20.001 → two steps (Điều 42 khoản 2 điểm a); 15.001 → still one step', () => {
    expect(routes({ ...ND224, ...investOf('20000') })[0]).toBe('one-step-design');
    expect(routes({ ...ND224, ...investOf('20001') })[0]).toBe('feasibility-study');
    expect(routes({ ...ND224, ...investOf('15001') })[0]).toBe('one-step-design');
  });
  it('6 years of lease is not out of range; no percentage cap on contingency', () => {
    const c = codes({ ...ND224, lease: { termYears: 6 }, invest: { contingencyRate: '0.3' } });
    expect(c).not.toContain('LEASE_TERM_OUT_OF_RANGE');
    expect(c).not.toContain('CONTINGENCY_OVER_LIMIT');
  });
  it('every route rests on a transcription: one note per rule; and the notes say the lease price comes from quotes (Điều 67 khoản 3)', () => {
    const r = computeScenario(inputWith(ND224));
    const notes = r.findings.filter((f) => f.code === 'RULESET_UNCONFIRMED');
    expect(notes.map((n) => n.actual)).toEqual(['transcription', 'transcription']);
    expect(notes.map((n) => n.message).join(' ')).toMatch(/Điều 42 khoản 2 điểm a.*Điều 67/);
    expect(r.notes.join(' ')).toContain('Điều 67 khoản 3');
    expect(r.notes.join(' ')).toContain('Điều 36 khoản 4');
  });
});

describe('ND 45/2026: the checks it cannot make are said', () => {
  it('no route, no term or contingency finding; one note naming them', () => {
    const f = findings({ ...ND45, lease: { termYears: 9 }, invest: { contingencyRate: '0.3' } });
    expect(f.map((x) => x.code)).toEqual(['RULESET_UNCONFIRMED']);
    expect(f[0].message).toMatch(/Nghị định 45\/2026\/NĐ-CP.*PROCEDURE_HINT.*LEASE_TERM_OUT_OF_RANGE.*CONTINGENCY_OVER_LIMIT/);
  });
});
