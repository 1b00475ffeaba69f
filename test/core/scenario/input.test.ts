// What an officer may type, and the messages when it cannot be used: each names its field.
import fc from 'fast-check';
import { parseScenarioInput } from '../../../src/core/scenario';
import { rawWith } from './helpers';

function errorsOf(raw: unknown): string[] {
  const r = parseScenarioInput(raw);
  return 'errors' in r ? r.errors.map((e) => e.message) : [];
}

function inputOf(raw: unknown) {
  const r = parseScenarioInput(raw);
  if ('errors' in r) throw new Error(r.errors.map((e) => e.message).join('; '));
  return r.input;
}

describe('accepted', () => {
  it('the CONTRACT example, with defaults for what it leaves out', () => {
    const input = inputOf(rawWith());
    expect(input.discountRate.toFixed()).toBe('0.07');
    expect(input.invest.costs.thietBi.toFixed()).toBe('9000');
    expect(input.lease.residualValue).toBeNull();
    expect(input.ruleSetId).toBe('nd73-2019');
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
  it('Vietnamese words for the kind of lease and the payment time', () => {
    const input = inputOf(rawWith({ lease: { availability: 'Theo yêu cầu riêng', payment: 'đầu kỳ' } }));
    expect(input.lease.availability).toBe('custom');
    expect(input.lease.payment).toBe('start');
  });
});

describe('refused, with the field named', () => {
  it('missing discount rate', () => {
    const raw = rawWith();
    delete raw.discountRate;
    expect(errorsOf(raw)).toEqual(['discountRate is missing']);
  });
  it('term 0', () => {
    expect(errorsOf(rawWith({ lease: { termYears: 0 } }))).toEqual(['lease.termYears must be a whole number from 1 to 50 (got 0)']);
  });
  it('a negative amount', () => {
    expect(errorsOf(rawWith({ invest: { costs: { tuVan: '-700' } } }))).toEqual(['invest.costs.tuVan must not be negative (got -700)']);
  });
  it('text where a number belongs', () => {
    expect(errorsOf(rawWith({ invest: { costs: { thietBi: 'abc' } } }))).toEqual(['invest.costs.thietBi is not a number ("abc")']);
  });
  it('a bare 5 for a rate (5% or 500%?)', () => {
    expect(errorsOf(rawWith({ discountRate: 5 }))[0]).toMatch(/^discountRate must be a fraction such as 0.05 or a percentage such as "5%"/);
  });
  it('"9.000" as an amount is ambiguous', () => {
    expect(errorsOf(rawWith({ invest: { costs: { thietBi: '9.000' } } }))).toEqual(['invest.costs.thietBi is ambiguous ("9.000"): write 9000 if you mean thousands, or 9 otherwise']);
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
    expect(errorsOf(rawWith({ lease: { availability: 'market' } }))).toEqual(['lease.marketPricePerYear is missing']);
  });
  it('build years longer than the horizon', () => {
    expect(errorsOf(rawWith({ invest: { buildYears: 6 } }))).toEqual(['invest.buildYears must be a whole number from 1 to 5 (got 6)']);
  });
  it('an unknown rule set', () => {
    expect(errorsOf(rawWith({ ruleSet: 'nd45-2026' }))[0]).toMatch(/^ruleSet must be one of nd73-2019/);
  });
  it('not an object at all', () => {
    expect(errorsOf([1, 2])).toHaveLength(1);
    expect(errorsOf('x')).toHaveLength(1);
  });
});

describe('property', () => {
  it('no input makes the parser throw', () => {
    fc.assert(fc.property(fc.anything(), (raw) => {
      parseScenarioInput(raw);
    }));
    fc.assert(fc.property(fc.string(), fc.constantFrom('discountRate', 'horizonYears', 'name'), (text, key) => {
      parseScenarioInput(rawWith({ [key]: text }));
      parseScenarioInput(rawWith({ invest: { costs: { thietBi: text } }, lease: { depositRate: text } }));
    }));
  });
});
