// The consolidated workbook as SheetPlans: names Excel accepts, and every figure's cached value
// is the consolidation's (the LibreOffice test in test/cli checks the formulas compute it).
import { buildConsolidationSheets, consolidate, isConsolidationSheet, WORKBOOK_UNIT_PREFIX } from '../../../src/core/consolidate';
import type { PlanCell, SheetPlan } from '../../../src/core/sheetplan';
import { unitSheetNames } from '../../../src/core/consolidate/unit-sheet';
import { planTable } from './builders';

describe('unitSheetNames', () => {
  it('keeps Excel’s rules: ≤ 31 characters, no []:*?/\\, unique ignoring case, not our own sheets', () => {
    const names = unitSheetNames([
      'Sở Thông tin và Truyền thông tỉnh Khánh Hòa', 'Sở Thông tin và Truyền thông tỉnh Khánh Hòa (cũ)', 'a/b:c', 'NS Tổng hợp', 'AN GIANG', 'An Giang', "'quoted'",
    ]);
    const list = [...names.values()];
    for (const n of list) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(new Set(list.map((n) => n.toLowerCase())).size).toBe(list.length);
    expect(names.get('a/b:c')).toBe('a-b-c');
    expect(names.get('NS Tổng hợp')).toBe('NS Tổng hợp (2)');
    expect(names.get('An Giang')).toBe('An Giang (2)');
  });

  it('with the open workbook’s prefix: every name starts with it and still fits in 31 characters', () => {
    const names = unitSheetNames(['Cà Mau', 'Sở Thông tin và Truyền thông tỉnh Khánh Hòa'], WORKBOOK_UNIT_PREFIX);
    expect(names.get('Cà Mau')).toBe('NS ĐV Cà Mau');
    // 31 − 6 = 25 characters of the name are kept (counted by hand).
    expect(names.get('Sở Thông tin và Truyền thông tỉnh Khánh Hòa')).toBe('NS ĐV Sở Thông tin và Truyền th');
    for (const n of names.values()) expect(isConsolidationSheet(n)).toBe(true);
    // A user's own sheet named after a province, or one of check's, is not the consolidation's.
    expect(['Cà Mau', 'NS Dữ liệu', 'NS Hệ thống'].map(isConsolidationSheet)).toEqual([false, false, true]);
  });
});

describe('buildConsolidationSheets', () => {
  const r = consolidate([
    { file: 'a.xlsx', tables: [planTable('UBND TỈNH AN GIANG', [['1', 'LGSP', '2021-2022', 1000, 'NSĐP (Vốn đầu tư)']])] },
    { file: 'b.xlsx', tables: [planTable('UBND TỈNH KIÊN GIANG', [['1', 'SOC', '2023', 250.5, 'NSTW']])] },
  ], { unit: null, provinces: '2025', lang: 'vi' });
  const plans = buildConsolidationSheets(r, 'vi');
  const at = (plan: SheetPlan, a: string): PlanCell | undefined => plan.cells.find((c) => c.address === a);

  it('is the summary, the systems sheet, then one sheet per unit', () => {
    expect(plans.map((p) => p.name)).toEqual(['NS Tổng hợp', 'NS Hệ thống', 'An Giang']);
  });

  it('writes each unit’s total and sources as SUMIFS with the consolidation’s figures cached', () => {
    const sum = plans[0];
    const row = sum.cells.find((c) => c.value === 'An Giang')?.address.slice(1);
    expect(String(at(sum, `B${row}`)?.value)).toBe('1250.5');
    expect(at(sum, `C${row}`)?.formula).toMatch(/^SUMIFS\('An Giang'!.*"NSTW"\)$/);
    expect(String(at(sum, `C${row}`)?.value)).toBe('250.5');
    expect(String(at(sum, `D${row}`)?.value)).toBe('1000');
    expect(at(sum, `K${row}`)?.value).toBe('An Giang, Kiên Giang');
  });

  it('lists each part with its years and a formula for the money of no known year', () => {
    const unit = plans[2];
    // Header row 3: ... I Tổng, J 2021, K 2022, L 2023, M Không rõ năm, N origin.
    expect(at(unit, 'J3')?.value).toBe('2021');
    expect(at(unit, 'M3')?.value).toBe('Không rõ năm');
    expect(String(at(unit, 'I4')?.value)).toBe('1000');
    expect(String(at(unit, 'J4')?.value)).toBe('500');
    expect(at(unit, 'M4')?.formula).toBe('I4-SUM(J4:L4)');
    expect(String(at(unit, 'M4')?.value)).toBe('0');
    expect(at(unit, 'N5')?.value).toBe('b.xlsx › PL IV!D6');
  });
});
