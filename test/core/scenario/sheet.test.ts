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
  it('says which law it applied and why, the conventions in words, and cites the articles in its notes', () => {
    const texts = plan.cells.map((c) => String(c.value ?? ''));
    expect(at('A3')!.value).toMatch(/Căn cứ áp dụng: Nghị định 73\/2019\/NĐ-CP \(hiệu lực 01\/01\/2020 – 28\/02\/2026; .*\), theo ngày 01\/01 của năm bắt đầu/);
    expect(texts.some((t) => t.startsWith('Chiết khấu từng khoản vào đúng lúc chi'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Giá trị còn lại của tài sản đầu tư ở cuối thời gian so sánh'))).toBe(true);
    expect(texts.some((t) => t.includes('Nghị định 73/2019/NĐ-CP, Điều 10 khoản 2 điểm b'))).toBe(true);
  });
  it('the conventions are input cells (1/0), so the old ones can be switched on in the sheet', () => {
    for (const key of ['compare.residualCredit', 'compare.discounting', 'compare.sameServiceYears']) {
      const row = byValue(key)!.address.replace(/^[A-Z]+/, '');
      expect(at(`B${row}`)).toMatchObject({ value: 1, fill: 'FFF2CC' });
    }
  });
  it('switching values: build cost, S, N and running cost as formulas; the discount rate and useful life as the engine\'s values, said so', () => {
    const rowOf = (label: string) => plan.cells.find((c) => c.value === label && c.address.startsWith('A'))!.address.slice(1);
    for (const label of ['Chi phí xây dựng dịch vụ (T_đ)', 'Giá trị còn lại (S)', 'Lãi suất tiền gửi bình quân (N)', 'Chi phí vận hành mỗi năm']) {
      expect(at(`B${rowOf(label)}`)!.formula).toBeDefined();
    }
    expect(plan.cells.find((c) => c.formula?.includes('RATE('))).toBeDefined();
    const discountRow = rowOf('Tỷ lệ chiết khấu');
    expect(at(`B${discountRow}`)!.formula).toBeUndefined();
    expect(at(`D${discountRow}`)!.value).toMatch(/do công cụ tính/);
  });
  it('English labels on request', () => {
    const en = scenarioSheet(input, computeScenario(input, 'en'), 'en');
    expect(en.cells.find((c) => c.address === 'A1')!.value).toMatch(/INVEST OR LEASE/);
  });
});
