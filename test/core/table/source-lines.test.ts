// A project's money by source written in lines under it, without "Trong đó:" ("1 | Dự án … |
// 30.000" over "- Ngân sách trung ương | 20.000", "- Ngân sách địa phương | 10.000"), as public
// investment plans write it, the bullet in the STT cell or in the name. Before, the lines were
// parts of the project: its money was counted by the lines, all of it "Chưa rõ" by source, and
// the table got a false SOURCE_MISSING ("no source column"); with the bullet in the name (and no
// "-" in the STT cell) they chained into false SUBTOTAL_MISMATCH errors. Figures by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, nonZero } from '../../helpers/grid';

const plan = (rows: CellValue[][]) => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [
    ['KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2026 - 2030 (LĨNH VỰC CNTT)'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Danh mục dự án', 'Thời gian thực hiện', 'Tổng mức đầu tư', 'Ghi chú'],
    ...rows,
  ],
});

/** Errors and warnings; the security share is beside the point here. */
const said = (t: ReturnType<typeof plan>) => t.findings
  .filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW')
  .map((f) => `${f.code} ${f.cell ?? ''}`.trim());

describe('lines that name a source under a project', () => {
  for (const [how, bullet] of [['in the name', (s: string) => ['', `- ${s}`]], ['in the STT cell', (s: string) => ['-', s]]] as const) {
    it(`are its split by source, the bullet ${how}`, () => {
      const line = (source: string, amount: number): CellValue[] => [...bullet(source), null, amount, null];
      const t = plan([
        ['', 'TỔNG SỐ', null, 38000, null],
        ['1', 'Dự án Trung tâm điều hành thông minh tỉnh', '2026-2028', 30000, null],
        line('Ngân sách trung ương', 20000),
        line('Ngân sách địa phương', 10000),
        ['2', 'Dự án Nền tảng dữ liệu số tỉnh', '2027-2028', 8000, null],
        line('Ngân sách địa phương', 8000),
      ]);
      expect(said(t)).toEqual([]);
      // Two items, not five: the lines are no rows of the table.
      expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.row)).toEqual([5, 8]);
      // NSTW: 20.000; NSĐP: 10.000 + 8.000.
      expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '20000', 'NSĐP': '18000' });
    });
  }

  it('that do not make the project are told, as a split in words is', () => {
    // 20.000 + 5.000 = 25.000 of 30.000.
    const t = plan([
      ['1', 'Dự án Trung tâm điều hành thông minh tỉnh', '2026-2028', 30000, null],
      ['', '- Ngân sách trung ương', null, 20000, null],
      ['', '- Ngân sách địa phương', null, 5000, null],
    ]);
    expect(t.findings.filter((f) => f.code === 'SOURCE_SPLIT_MISMATCH').map((f) => [f.expected, f.actual])).toEqual([['30000', '25000']]);
  });

  it('a task that names its source, or a cost, is still a part of the project', () => {
    const t = plan([
      ['1', 'Dự án Trung tâm điều hành thông minh tỉnh', '2026-2028', 30000, null],
      ['', '- Mua sắm thiết bị (NSTW)', null, 20000, null],
      ['', '- Chi phí tư vấn', null, 10000, null],
    ]);
    expect(said(t).filter((s) => !s.startsWith('SOURCE_MISSING'))).toEqual([]);
    expect(t.rows.filter((r) => r.parentRow === 4).map((r) => r.row)).toEqual([5, 6]);
  });

  it('a project with no lines among projects with them is the one missing its source', () => {
    const t = plan([
      ['1', 'Dự án Trung tâm điều hành thông minh tỉnh', '2026-2028', 30000, null],
      ['', '- Ngân sách trung ương', null, 30000, null],
      ['2', 'Dự án Nền tảng dữ liệu số tỉnh', '2027-2028', 8000, null],
    ]);
    expect(said(t)).toEqual(['SOURCE_MISSING D6']);
  });
});
