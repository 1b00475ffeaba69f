// Money split by how it is spent, in columns of its own: "Kinh phí đầu tư | Kinh phí thuê" side
// by side, "Kinh phí / Đầu tư | Thuê dịch vụ" under one merged header, and "Tổng kinh phí |
// Trong đó: Đầu tư | Thuê dịch vụ". Before, one of the two was taken as the amount and the other
// ignored (the plan below read as 960 instead of 2.360), and "Kinh phí đầu tư" was even read as
// money already allocated ("kinh phí đã …" folds to the same letters).
import type { CheckedTable } from '../../../src/core/model';
import { checkSheet, findingList, rowAt, SheetSpec } from '../../helpers/sheets';

const SOURCE = 'NSĐP (chi thường xuyên)';

/** Warnings and errors as "CODE@CELL", sorted (each item's procedure notes are not the point). */
function said(t: CheckedTable, skip: string[] = []): string[] {
  return t.findings.filter((f) => f.severity !== 'info' && !skip.includes(f.code)).map((f) => `${f.code}@${f.cell ?? '-'}`).sort();
}

/**
 * A year plan with invest and lease money side by side, no total column. By hand:
 *   invest 1.200 (row 5) + 200 (row 7) = 1.400; lease 240 + 120 + 600 = 960; total 2.360.
 *   Section I: invest 1.400, lease 360; section II: lease 600. The security item (row 7, 320)
 *   is 13,6% of 2.360, above the 10% floor.
 */
function sideBySide(change: Partial<Record<string, number | null>> = {}): SheetSpec {
  const rows: (string | number | null)[][] = [
    ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí đầu tư', 'Kinh phí thuê', 'Nguồn vốn'],
    ['I', 'Hạ tầng', null, 1400, 360, null],
    ['1', 'Nâng cấp trung tâm dữ liệu', '2026', 1200, null, SOURCE],
    ['2', 'Thuê máy chủ ảo', '2026', null, 240, SOURCE],
    ['3', 'Hệ thống giám sát an toàn thông tin', '2026', 200, 120, SOURCE],
    ['II', 'Ứng dụng', null, null, 600, null],
    ['1', 'Phần mềm quản lý văn bản', '2026', null, 600, SOURCE],
    [null, 'Tổng cộng', null, 1400, 960, null],
  ];
  for (const [addr, v] of Object.entries(change)) {
    const col = addr.charCodeAt(0) - 65;
    rows[Number(addr.slice(1)) - 1][col] = v ?? null;
  }
  return { name: 'KH 2026', rows };
}

describe('invest and lease money columns side by side', () => {
  const t = checkSheet(sideBySide());

  it('reads both as the parts of the row\'s money, not one amount and a stray column', () => {
    expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'time', 'invest', 'lease', 'sourceText']);
    expect(t.moneyColumns.map((c) => c.col)).toEqual([4, 5]);
    expect(t.sums).toEqual([{ kind: 'modes', total: null, parts: [4, 5], stated: false }]);
  });

  it('totals both: 2.360, and each row is the sum of its two cells', () => {
    expect(t.summary.total.toFixed()).toBe('2360');
    expect(t.summary.statedTotal?.toFixed()).toBe('2360');
    expect(rowAt(t, 7).amount?.toFixed()).toBe('320');
    expect(rowAt(t, 4).computed?.toFixed()).toBe('1760');
  });

  it('tells each row\'s way of spending from where its money stands', () => {
    expect([5, 6, 7, 9].map((r) => rowAt(t, r).mode?.mode)).toEqual(['invest', 'lease', 'mixed', 'lease']);
    expect(rowAt(t, 6).mode).toEqual({ input: 'Kinh phí thuê', mode: 'lease', vendor: null });
  });

  it('raises no warning or error on the right table', () => {
    expect(said(t)).toEqual([]);
  });

  it('points a lease row\'s notes at its lease cell, not at the empty invest cell', () => {
    const hint = t.findings.find((f) => f.code === 'PROCEDURE_HINT' && f.row === 6);
    expect(hint?.cell).toBe('E6');
  });

  it('checks the lease column\'s subtotals on their own', () => {
    // Section I's lease typed 380: its items hold 240 + 120 = 360.
    expect(said(checkSheet(sideBySide({ E4: 380 })))).toEqual(['SUBTOTAL_MISMATCH@E4']);
  });

  it('judges a lease the column names as a lease, whatever the row is called', () => {
    // A custom-built system leased 2021-2027 (7 years) under ND 73 (a 2021-2025 plan): Điều 54
    // khoản 2 điểm đ allows 1 to 5 years. Its name says nothing of a lease; its column does.
    const spec = sideBySide();
    spec.rows[0] = ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN GIAI ĐOẠN 2021 - 2025'];
    spec.rows[8] = ['1', 'Phần mềm một cửa điện tử xây dựng theo yêu cầu riêng', '2021-2027', null, 600, SOURCE];
    for (const r of [4, 5, 6]) spec.rows[r][2] = '2021';
    expect(findingList(checkSheet(spec))).toContain('LEASE_TERM_OUT_OF_RANGE@C9');
  });
});

describe('invest and lease under a merged header', () => {
  it('"Kinh phí / Đầu tư | Thuê dịch vụ": the two sub-columns are the row\'s money', () => {
    const t = checkSheet({
      name: 'Biểu 1',
      rows: [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Kinh phí', null, 'Nguồn vốn'],
        [null, null, null, 'Đầu tư', 'Thuê dịch vụ', null],
        ['1', 'Trung tâm dữ liệu', '2026', 400, null, SOURCE],
        ['2', 'Hội nghị truyền hình', '2026', null, 120, SOURCE],
        [null, 'Tổng cộng', null, 400, 120, null],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:F3'],
    });
    // Before: "Đầu tư" was read as ĐTPT money and "Thuê dịch vụ" ignored (total 400, a false AMOUNT_MISSING).
    expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'time', 'invest', 'lease', 'sourceText']);
    expect(t.summary.total.toFixed()).toBe('520');
    // No security item in so short a table: its SECURITY_SHARE_LOW is right and beside the point.
    expect(said(t, ['SECURITY_SHARE_LOW'])).toEqual([]);
  });

  describe('"Tổng kinh phí | Trong đó: Đầu tư | Thuê dịch vụ"', () => {
    const spec = (investOfFirst: number): SheetSpec => ({
      name: 'Biểu 2',
      rows: [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Trong đó', null, 'Nguồn vốn'],
        [null, null, null, null, 'Đầu tư', 'Thuê dịch vụ', null],
        ['1', 'Trung tâm dữ liệu', '2026', 400, investOfFirst, null, SOURCE],
        ['2', 'Hội nghị truyền hình', '2026', 120, null, 120, SOURCE],
        [null, 'Tổng cộng', null, 520, investOfFirst, 120, null],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', 'G2:G3'],
    });

    it('the parts must add up to the total, row by row', () => {
      const t = checkSheet(spec(400));
      expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'time', 'amount', 'invest', 'lease', 'sourceText']);
      expect(t.sums).toEqual([{ kind: 'modes', total: 4, parts: [5, 6], stated: false }]);
      expect(findingList(t).filter((f) => f.startsWith('SOURCES_SUM_MISMATCH'))).toEqual([]);
    });

    it('says which row\'s invest and lease miss its total, and by how much', () => {
      // Row 4: 350 + 0 = 350 against 400 (off by 50); the total row: 350 + 120 = 470 against 520.
      const t = checkSheet(spec(350));
      const said = t.findings.filter((f) => f.code === 'SOURCES_SUM_MISMATCH');
      expect(said.map((f) => [f.cell, f.expected, f.actual])).toEqual([['D4', '400', '350'], ['D6', '520', '470']]);
      expect(said[0].message).toBe('Ô D4: các cột đầu tư và thuê dịch vụ (E, F) cộng lại được 350 triệu đồng nhưng tổng của dòng là 400 triệu đồng (lệch 50). Sửa số đầu tư, số thuê hoặc số tổng.');
    });
  });
});

describe('columns that only look like invest or lease money', () => {
  const plan = (headers: string[], first: number[], total: number[]): SheetSpec => ({
    name: 'KH',
    rows: [
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tên nhiệm vụ', 'Thời gian', ...headers, 'Nguồn vốn'],
      ['1', 'Trung tâm dữ liệu', '2026', ...first, SOURCE],
      [null, 'Tổng cộng', null, ...total, null],
    ],
  });

  it('"Thuế VAT" is tax, not a lease', () => {
    const t = checkSheet(plan(['Kinh phí', 'Thuế VAT'], [440, 40], [440, 40]));
    expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'time', 'amount', 'other', 'sourceText']);
    expect(t.summary.total.toFixed()).toBe('440');
  });

  it('"Vốn đầu tư" alone is the amount, as it always was', () => {
    const t = checkSheet(plan(['Vốn đầu tư'], [440], [440]));
    expect(t.columnInfo[3].role).toBe('amount');
    expect(t.rows.every((r) => r.mode === null)).toBe(true);
  });

  it('"Kinh phí đầu tư" beside "Kinh phí đã bố trí" is the amount, the other what was allocated', () => {
    const t = checkSheet(plan(['Kinh phí đầu tư', 'Kinh phí đã bố trí'], [400, 300], [400, 300]));
    expect(t.columnInfo.slice(3, 5).map((c) => c.role)).toEqual(['amount', 'allocated']);
    expect(t.summary.total.toFixed()).toBe('400');
  });

  it('a table with its own "Hình thức" column keeps that column\'s words as the mode', () => {
    const t = checkSheet({
      name: 'KH',
      rows: [
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Tên nhiệm vụ', 'Hình thức (đầu tư/thuê)', 'Kinh phí đầu tư', 'Kinh phí thuê', 'Nguồn vốn'],
        ['1', 'Hội nghị truyền hình', 'Thuê VNPT', null, 100, SOURCE],
      ],
    });
    expect(rowAt(t, 3).mode).toMatchObject({ input: 'Thuê VNPT', mode: 'lease', vendor: 'VNPT' });
  });
});
