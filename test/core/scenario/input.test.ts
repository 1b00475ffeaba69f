// What an officer may type, and the messages when it cannot be used: each names the field for an
// officer first ("Chi phí tư vấn (invest.costs.tuVan) …"), Vietnamese then English. Hostile input
// (prototype keys, absurd amounts, huge texts) is refused the same way, never half-read.
import fc from 'fast-check';
import { parseScenarioInput } from '../../../src/core/scenario';
import { rawWith } from './helpers';

function errorsOf(raw: unknown, lang: 'vi' | 'en' = 'en'): string[] {
  const r = parseScenarioInput(raw);
  return 'errors' in r ? r.errors.map((e) => e[lang]) : [];
}

function inputOf(raw: unknown) {
  const r = parseScenarioInput(raw);
  if ('errors' in r) throw new Error(r.errors.map((e) => e.en).join('; '));
  return r.input;
}

describe('accepted', () => {
  it('the CONTRACT example, with defaults for what it leaves out: the law by date, the appraiser\'s conventions', () => {
    const input = inputOf(rawWith());
    expect(input.discountRate.toFixed()).toBe('0.07');
    expect(input.invest.costs.thietBi.toFixed()).toBe('9000');
    expect(input.lease.residualValue).toBeNull();
    expect([input.ruleSetId, input.decisionDate]).toEqual([null, null]);
    expect(input.compare).toEqual({ residualCredit: true, discounting: 'payment', sameServiceYears: true });
    expect([input.lease.managementCost.toFixed(), input.lease.contingencyRate.toFixed(), input.lease.lessorUsefulLifeYears]).toEqual(['0', '0', null]);
  });
  it('rates as an officer writes them: "5%", "5,5%", "0,055", 0.055', () => {
    expect(inputOf(rawWith({ discountRate: '5%' })).discountRate.toFixed()).toBe('0.05');
    expect(inputOf(rawWith({ discountRate: '5,5%' })).discountRate.toFixed()).toBe('0.055');
    expect(inputOf(rawWith({ lease: { depositRate: '0,055' } })).lease.depositRate.toFixed()).toBe('0.055');
    expect(inputOf(rawWith({ lease: { depositRate: 0.055 } })).lease.depositRate.toFixed()).toBe('0.055');
  });
  it('amounts with Vietnamese grouping and decimal comma', () => {
    const input = inputOf(rawWith({ invest: { costs: { thietBi: '1.234.567', khac: '200,5' } } }));
    expect(input.invest.costs.thietBi.toFixed()).toBe('1234567');
    expect(input.invest.costs.khac.toFixed()).toBe('200.5');
  });
  it('Vietnamese words for the kind of lease, the payment time, the report and the conventions', () => {
    const input = inputOf(rawWith({
      lease: { availability: 'Theo yêu cầu riêng', payment: 'đầu kỳ' }, invest: { documentType: 'Báo cáo kinh tế - kỹ thuật', source: 'NSĐP' },
      compare: { residualCredit: 'không', discounting: 'cuối năm', sameServiceYears: false },
    }));
    expect([input.lease.availability, input.lease.payment, input.invest.documentType, input.invest.source]).toEqual(['custom', 'start', 'bckt', 'NSĐP']);
    expect(input.compare).toEqual({ residualCredit: false, discounting: 'year-end', sameServiceYears: false });
  });
  it('a decision date and a rule set', () => {
    expect(inputOf(rawWith({ decisionDate: '15/09/2026' })).decisionDate).toBe('2026-09-15');
    expect(inputOf(rawWith({ decisionDate: '2026-09-15', ruleSet: 'nd224-2026' }))).toMatchObject({ decisionDate: '2026-09-15', ruleSetId: 'nd224-2026' });
    expect(inputOf(rawWith({ ruleSet: 'auto' })).ruleSetId).toBeNull();
  });
  it('three banks\' rates, as a list or keyed 1–3 (the sheet\'s keys); N is their mean', () => {
    const banks = [{ bank: 'A', oneYear: '4.8%', term: '5.2%' }, { bank: 'B', oneYear: '0.05', term: '0.055' }, { bank: 'C', oneYear: 0.047, term: 0.058 }];
    expect(inputOf(rawWith({ lease: { depositRate: null, depositRates: banks } })).lease.depositRate.toFixed()).toBe('0.05166666666666666666666666666666666666667');
    const keyed = { 1: banks[0], 2: banks[1], 3: banks[2] };
    expect(inputOf(rawWith({ lease: { depositRate: null, depositRates: keyed } })).lease.depositRates).toHaveLength(3);
  });
});

describe('refused, with the field named for an officer, Vietnamese first', () => {
  it('today\'s example: a negative consulting cost', () => {
    expect(errorsOf(rawWith({ invest: { costs: { tuVan: '-700' } } }), 'vi')).toEqual(['Chi phí tư vấn (invest.costs.tuVan) không được âm (đang là -700)']);
    expect(errorsOf(rawWith({ invest: { costs: { tuVan: '-700' } } }))).toEqual(['Consulting cost (invest.costs.tuVan) must not be negative (got -700)']);
  });
  it('missing discount rate', () => {
    const raw = rawWith();
    delete raw.discountRate;
    expect(errorsOf(raw, 'vi')).toEqual(['Tỷ lệ chiết khấu (discountRate) chưa có']);
  });
  it('term 0', () => {
    expect(errorsOf(rawWith({ lease: { termYears: 0 } }))).toEqual(['Lease term (years) (lease.termYears) must be a whole number from 1 to 50 (got 0)']);
  });
  it('text where a number belongs', () => {
    expect(errorsOf(rawWith({ invest: { costs: { thietBi: 'abc' } } }))).toEqual(['Equipment and software cost (invest.costs.thietBi) is not a number ("abc")']);
  });
  it('a bare 5 for a rate (5% or 500%?)', () => {
    expect(errorsOf(rawWith({ discountRate: 5 }))[0]).toMatch(/^Discount rate \(discountRate\) must be a fraction such as 0.05 or a percentage such as "5%"/);
  });
  it('"9.000" as an amount is ambiguous', () => {
    expect(errorsOf(rawWith({ invest: { costs: { thietBi: '9.000' } } }))).toEqual(['Equipment and software cost (invest.costs.thietBi) is ambiguous ("9.000"): write 9000 if you mean thousands, or 9 otherwise']);
  });
  it('a misspelt key is not silently read as 0', () => {
    expect(errorsOf(rawWith({ invest: { costs: { thietbi: '5' } } }))).toContain('invest.costs.thietbi is not a known field (did you mean invest.costs.thietBi?)');
  });
  it('every problem at once, not one per run', () => {
    const errors = errorsOf(rawWith({ horizonYears: 'năm', lease: { termYears: 0, vatRate: '10' } }));
    expect(errors).toHaveLength(3);
    expect(errors.join('; ')).toMatch(/horizonYears.*lease.termYears.*lease.vatRate/);
  });
  it('a market lease needs its price', () => {
    expect(errorsOf(rawWith({ lease: { availability: 'market' } }))).toEqual(['First-year price (market service, VAT included) (lease.marketPricePerYear) is missing']);
  });
  it('build years longer than the horizon', () => {
    expect(errorsOf(rawWith({ invest: { buildYears: 6 } }))).toEqual(['Build period (years) (invest.buildYears) must be a whole number from 1 to 5 (got 6)']);
  });
  it('an unknown rule set, a bad date', () => {
    expect(errorsOf(rawWith({ ruleSet: 'nd102-2009' }))[0]).toMatch(/^Rule set \(ruleSet\) must be auto, nd73-2019, nd45-2026, nd224-2026/);
    expect(errorsOf(rawWith({ decisionDate: '31/02/2026' }))[0]).toMatch(/^Decision date \(decisionDate\) must be a date/);
  });
  it('banks: exactly three (TT 12/2020 Điều 6 khoản 2), each with its rates; and N not typed twice differently', () => {
    expect(errorsOf(rawWith({ lease: { depositRate: null, depositRates: [{ bank: 'A', oneYear: '0.05', term: '0.05' }] } }))[0]).toMatch(/exactly 3 .* got 1$/);
    expect(errorsOf(rawWith({ lease: { depositRate: null, depositRates: [{ bank: 'A', oneYear: '0.05' }, { bank: 'B', oneYear: '0.05', term: '0.05' }, { bank: 'C', oneYear: '0.05', term: '0.05' }] } })))
      .toEqual(['Term deposit rate of bank 1 (lease.depositRates.1.term) is missing']);
    const banks = [1, 2, 3].map((i) => ({ bank: `B${i}`, oneYear: '0.05', term: '0.06' }));
    expect(errorsOf(rawWith({ lease: { depositRate: '0.07', depositRates: banks } }))[0]).toMatch(/differs from the mean .*0\.055/);
  });
  it('not an object at all', () => {
    expect(errorsOf([1, 2], 'vi')).toEqual(['Phương án phải là một đối tượng JSON gồm các trường (xem examples/scenario-soc.json)']);
    expect(errorsOf('x')).toHaveLength(1);
  });
});

describe('hostile input (issue 9)', () => {
  it('"constructor" and "__proto__" as the kind of lease are unknown words, not a lease payment of 0', () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const errors = errorsOf(rawWith({ lease: { availability: word } }));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^Kind of leased service \(lease.availability\) must be custom, .*market/);
    }
    expect(errorsOf(rawWith({ lease: { payment: 'constructor' } }))[0]).toMatch(/lease.payment/);
    expect(errorsOf(rawWith({ unit: '__proto__' }))[0]).toMatch(/^Unit \(unit\)/);
  });
  it('a "__proto__" key parsed from JSON is an unknown field, and cannot hand the reader a prototype', () => {
    const raw = JSON.parse('{"__proto__": {"discountRate": "0.07"}, "name": "x"}');
    const errors = errorsOf({ ...rawWith(), ...raw });
    expect(errors).toContain('__proto__ is not a known field');
    const viaLease = JSON.parse(JSON.stringify(rawWith()).replace('"lease":{', '"lease":{"__proto__":{"availability":"market"},'));
    expect(errorsOf(viaLease)).toEqual(['lease.__proto__ is not a known field']);
  });
  it('amounts beyond any budget are refused with the limit said (10^15 đồng = 1 tỷ triệu đồng)', () => {
    const errors = errorsOf(rawWith({ invest: { costs: { thietBi: '1000000001' } } }), 'vi');
    expect(errors).toEqual(['Chi phí thiết bị, phần mềm (invest.costs.thietBi) vượt quá mức một ngân sách có thể có: tối đa 1.000.000.000 triệu đồng (1 triệu tỷ đồng), đang là "1000000001"']);
    expect(errorsOf(rawWith({ invest: { costs: { thietBi: '1000000000' } } }))).toEqual([]);
    expect(errorsOf(rawWith({ unit: 'tỷ đồng', lease: { buildCost: 1e7 } }))[0]).toMatch(/at most 1,000,000 tỷ đồng/);
    expect(errorsOf(rawWith({ lease: { buildCost: 1e308 } }))[0]).toMatch(/^Build cost .* beyond what a budget can be/);
  });
  it('a long text is cut in the message; a name over 500 characters is refused', () => {
    const [e] = errorsOf(rawWith({ invest: { costs: { thietBi: 'x'.repeat(100000) } } }));
    expect(e.length).toBeLessThan(150);
    expect(errorsOf(rawWith({ name: 'a'.repeat(501) }))[0]).toMatch(/^System name \(name\) is longer than 500 characters/);
  });
});

describe('property', () => {
  it('no input makes the parser throw', () => {
    fc.assert(fc.property(fc.anything(), (raw) => {
      parseScenarioInput(raw);
    }));
    fc.assert(fc.property(fc.string(), fc.constantFrom('discountRate', 'horizonYears', 'name', 'decisionDate', 'unit'), (text, key) => {
      parseScenarioInput(rawWith({ [key]: text }));
      parseScenarioInput(rawWith({ invest: { costs: { thietBi: text } }, lease: { depositRate: text, availability: text, depositRates: text } }));
    }));
  });
});
