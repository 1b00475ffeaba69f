// The "NS Phương án" plan itself (no spreadsheet needed): what an officer prints and clicks.
// The LibreOffice recalculation of every formula is in test/cli/scenario.test.ts.
import { computeScenario, scenarioSheet } from '../../../src/core/scenario';
import { inputWith } from './helpers';

const input = inputWith();
const plan = scenarioSheet(input, computeScenario(input), 'vi');
const at = (address: string) => plan.cells.find((c) => c.address === address);
const byValue = (text: string) => plan.cells.find((c) => c.value === text);

describe('NS Phương án plan', () => {
  it('is named as the contract says and set up for landscape printing', () => {
    expect(plan.name).toBe('NS Phương án');
    expect(plan.landscape).toBe(true);
    expect(at('A1')!.value).toMatch(/ĐẦU TƯ HAY THUÊ/);
    expect(at('A2')!.value).toBe('Hệ thống SOC tỉnh');
  });
  it('every formula carries the value it must produce', () => {
    const formulas = plan.cells.filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(60);
    expect(formulas.filter((c) => c.value === undefined)).toEqual([]);
  });
  it('the inputs are cells beside their contract keys, and formulas refer to them', () => {
    const key = byValue('lease.buildCost')!;
    const row = key.address.replace(/^[A-Z]+/, '');
    expect(at(`B${row}`)!.value!.toString()).toBe('12000');
    const pmtCell = plan.cells.find((c) => c.formula?.startsWith('PMT('))!;
    expect(pmtCell.formula).toContain(`-$B$${row}`);
  });
  it('the residual cell is left blank when S is computed (the formula then depreciates)', () => {
    const row = byValue('lease.residualValue')!.address.replace(/^[A-Z]+/, '');
    expect(at(`B${row}`)!.value).toBeNull();
    expect(plan.cells.some((c) => c.formula?.includes(`IF($B$${row}="",`))).toBe(true);
  });
  it('states the present-value convention and cites the decree in its notes', () => {
    const texts = plan.cells.map((c) => String(c.value ?? ''));
    expect(texts.some((t) => t.includes('NPV'))).toBe(true);
    expect(texts.some((t) => t.includes('Nghị định 73/2019/NĐ-CP, Điều 10'))).toBe(true);
  });
  it('English labels on request', () => {
    const en = scenarioSheet(input, computeScenario(input, 'en'), 'en');
    expect(en.cells.find((c) => c.address === 'A1')!.value).toMatch(/INVEST OR LEASE/);
  });
});
