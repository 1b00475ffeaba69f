// The pane's checker without a browser: where no Worker exists (as in Node) it runs the same
// service inline, through the same wire encoding, so this checks what the worker returns too.
// Expected figures are worked out by hand from the small plan below.
import { Decimal } from '../../src/core/decimal';
import { defaultStoredSettings } from '../../src/taskpane/settings';
import { WorkerChecker } from '../../src/taskpane/check/client';
import { CELLS_PER_MESSAGE, decodeFindings, encodeFindings, encodeView, planMessages } from '../../src/taskpane/check/protocol';
import { checkGrid, defaultSettings } from '../../src/core/check';
import { largePlan } from '../excel/helpers';
import { countBySeverity, findingColumns, groupFindings, type SheetFinding } from '../../src/taskpane/findingGroups';
import type { SheetPlan } from '../../src/core/sheetplan';
import { bodyRow, planGrid } from '../helpers/grid';

// Section I states 1.000; its items 600 (2021-2022) and 300 (2026) add up to 900.
const grid = planGrid([
  ['I', 'Dự án', '', '1.000', ''],
  ['1', 'Cổng dịch vụ công', '2021-2022', '600', 'NSĐP'],
  ['2', 'LGSP', '2026', '300', 'NSTW'],
], { bold: [0] });

describe('WorkerChecker (inline where there is no Worker)', () => {
  it('checks a grid: totals as Decimals, findings as the core words them, progress per table', async () => {
    const checker = new WorkerChecker();
    expect(checker.usesWorker).toBe(false);
    const progress: string[] = [];
    const view = await checker.check(grid, defaultStoredSettings(), 'vi', (phase, done, total) => progress.push(`${phase} ${done}/${total}`));
    expect(progress).toEqual(['check 0/1', 'check 1/1']);
    expect(view.sheet).toBe('PL IV');
    expect(view.range).toBe(`A1:E${bodyRow(2)}`);
    const [table] = view.tables;
    expect(table.summary.total).toBeInstanceOf(Decimal);
    expect(table.summary.total.toFixed()).toBe('900');
    expect(table.summary.bySource['NSĐP'].toFixed()).toBe('600');
    // 2021 and 2022 get 300 each of the 600.
    expect(table.summary.byYear.get(2021)?.toFixed()).toBe('300');
    // What the worker posts must survive postMessage's structured clone (a Decimal would not).
    expect(() => structuredClone(encodeView(view))).not.toThrow();
    expect(table.lawLine).toMatch(/^Căn cứ áp dụng: /);
    const codes = table.findings.map((f) => f.code);
    expect(codes).toContain('SUBTOTAL_MISMATCH');
    expect(table.findings.find((f) => f.code === 'OUTSIDE_PERIOD')?.message).toContain('sau giai đoạn');
  });

  it('re-words the last check in English without the grid being sent again', async () => {
    const checker = new WorkerChecker();
    await checker.check(grid, defaultStoredSettings(), 'vi');
    const view = await checker.recheck(defaultStoredSettings(), 'en');
    expect(view.tables[0].findings.find((f) => f.code === 'SUBTOTAL_MISMATCH')?.message).toMatch(/^Cell D\d+/);
  });

  it('builds the result sheets with their amounts still exact Decimals', async () => {
    const checker = new WorkerChecker();
    await checker.check(grid, defaultStoredSettings(), 'vi');
    const plans = await checker.plans('summary', 'vi');
    expect(plans.map((p) => p.name)).toEqual(['NS Dữ liệu', 'NS Tổng hợp']);
    const decimals = plans.flatMap((p) => p.cells).filter((c) => Decimal.isDecimal(c.value));
    expect(decimals.length).toBeGreaterThan(0);
    // NS Dữ liệu wide, as the CLI writes it: years 2021, 2022 (Cổng, 300 each) and 2026 (LGSP) are
    // I, J, K, then Chưa rõ năm; a row per item, H its Cộng.
    const data = new Map(plans[0].cells.map((c) => [c.address, c]));
    expect(['H1', 'I1', 'J1', 'K1', 'L1'].map((a) => data.get(a)?.value)).toEqual(['Cộng', 'Năm 2021', 'Năm 2022', 'Năm 2026', 'Chưa rõ năm']);
    const amount = (a: string): string | undefined => (data.get(a)?.value as Decimal | undefined)?.toFixed();
    expect(['F2', 'F3'].map((a) => data.get(a)?.value)).toEqual(['NSĐP', 'NSTW']);
    expect([amount('H2'), amount('I2'), amount('J2'), amount('K2'), amount('H3'), amount('K3')]).toEqual(['600', '300', '300', undefined, '300', '300']);
    expect(data.get('H2')?.formula).toBe('SUM(I2:L2)');
  });
});

describe('plan messages', () => {
  it('slice a large plan\'s cells and keep every cell in order', () => {
    const cells = Array.from({ length: CELLS_PER_MESSAGE * 2 + 7 }, (_, i) => ({ address: `A${i + 1}`, value: new Decimal(i) }));
    const plan: SheetPlan = { name: 'NS Dữ liệu', cells };
    const messages = planMessages(1, [plan]);
    expect(messages.map((m) => m.type)).toEqual(['plan-cells', 'plan-cells', 'plan-cells', 'plans']);
    const sent = messages.flatMap((m) => (m.type === 'plan-cells' ? m.cells : []));
    expect(sent.length).toBe(cells.length);
    expect(sent[CELLS_PER_MESSAGE + 3]).toEqual({ address: `A${CELLS_PER_MESSAGE + 4}`, value: { decimal: String(CELLS_PER_MESSAGE + 3) } });
  });
});

describe('finding groups', () => {
  const f = (code: SheetFinding['finding']['code'], severity: SheetFinding['finding']['severity'], cell: string | null): SheetFinding => ({
    sheet: 'PL IV', table: 'PL IV!A5:E9',
    finding: { code, severity, cell, row: null, message: code, expected: null, actual: null, suggestion: null, related: [] },
  });
  const items = [f('OUTSIDE_PERIOD', 'info', 'C7'), f('OUTSIDE_PERIOD', 'info', 'C8'), f('SUBTOTAL_MISMATCH', 'error', 'D6'), f('SECURITY_SHARE_LOW', 'warning', null)];

  it('groups by code, errors first, with every finding in its group', () => {
    const groups = groupFindings(items, new Set(['error', 'warning', 'info']), 'all');
    expect(groups.map((g) => [g.code, g.items.length])).toEqual([['SUBTOTAL_MISMATCH', 1], ['SECURITY_SHARE_LOW', 1], ['OUTSIDE_PERIOD', 2]]);
    expect(countBySeverity(items)).toEqual({ error: 1, warning: 1, info: 2 });
  });

  it('filters by severity, by column and to table-wide findings', () => {
    expect(groupFindings(items, new Set(['info']), 'all').map((g) => g.code)).toEqual(['OUTSIDE_PERIOD']);
    expect(groupFindings(items, new Set(['error', 'warning', 'info']), 'col:D').map((g) => g.code)).toEqual(['SUBTOTAL_MISMATCH']);
    expect(groupFindings(items, new Set(['error', 'warning', 'info']), 'whole').map((g) => g.code)).toEqual(['SECURITY_SHARE_LOW']);
    expect(findingColumns([...items, f('STT_SEQUENCE', 'warning', 'AA3')])).toEqual(['C', 'D', 'AA']);
  });
});

describe('findings on their way back from the worker', () => {
  // They cross as columns (encodeFindings) and are objects again on the pane's side: every
  // field of every finding must come back, none added, none lost, on a plan with many kinds.
  it('come back as the core gave them, on a 3,000-item plan and on the small plan', () => {
    const plan = largePlan(3000);
    plan.formulas = plan.values.map((row, r) => row.map((_, c) => (c === 4 && r % 50 === 3 ? `=SUM(E${r + 2}:E${r + 3})` : null)));
    const findings = [...checkGrid(plan, defaultSettings()), ...checkGrid(grid, defaultSettings())].flatMap((t) => t.findings);
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(3);
    expect(findings.some((f) => f.related.length > 0)).toBe(true);
    expect(decodeFindings(structuredClone(encodeFindings(findings)))).toEqual(findings);
  });
});
