// Plans that split into parts before their Roman sections: "A. DỰ ÁN ĐẦU TƯ", "B. NHIỆM VỤ CHI
// THƯỜNG XUYÊN", sometimes "C. DỰ PHÒNG", then "TỔNG CỘNG (A+B+C)". Before, "A" was no number at
// all: the part became an item beside its own items (the plan counted twice), "B" fell under the
// item above it, and five false findings buried the table. Figures typed by hand; sums in comments.
import type { CellValue } from '../../../src/core/grid';
import { checkPlanRows } from '../../helpers/sheets';

// Warnings and errors; none of these small plans has security items.
function check(rows: CellValue[][]) {
  return checkPlanRows([['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025'], ['Đơn vị tính: triệu đồng']], rows, { skip: ['SECURITY_SHARE_LOW'] });
}

describe('parts A, B, C above the Roman sections', () => {
  const plan: CellValue[][] = [
    ['A', 'DỰ ÁN ĐẦU TƯ', null, 150],
    ['I', 'Hạ tầng', null, 100],
    ['1', 'Nâng cấp mạng LAN', '2021', 100, 'NSĐP'],
    ['II', 'Phần mềm', null, 50],
    ['1', 'Cổng dịch vụ công', '2021', 50, 'NSĐP'],
    ['B', 'NHIỆM VỤ CHI THƯỜNG XUYÊN', null, 70],
    ['I', 'Duy trì', null, 70],
    ['1', 'Thuê đường truyền', '2022', 70, 'NSĐP'],
    ['C', 'DỰ PHÒNG', null, 10],
    ['1', 'Dự phòng phát sinh', '2022', 10, 'NSĐP'],
    [null, 'TỔNG CỘNG (A+B+C)', null, 230],
  ];

  it('reads each part as a section holding its Roman sections, each "I" again under a new part', () => {
    const { table, said } = check(plan);
    expect(said).toEqual([]);
    const kinds = table.rows.map((r) => `${r.stt}:${r.kind}:${r.parentRow ?? '-'}`);
    expect(kinds).toEqual([
      'A:section:-', 'I:section:4', '1:item:5', 'II:section:4', '1:item:7',
      'B:section:-', 'I:section:9', '1:item:10', 'C:section:-', '1:item:12', ':total:-',
    ]);
    // 100 + 50 + 70 + 10, each item once.
    expect(table.summary.total.toFixed()).toBe('230');
  });

  it('checks a part against its items and the grand total against all of them', () => {
    const wrong = plan.map((r) => (r[0] === 'A' ? ['A', 'DỰ ÁN ĐẦU TƯ', null, 160] : r));
    const { table, said } = check(wrong);
    expect(said).toEqual(['SUBTOTAL_MISMATCH D4']);
    // Part A's items: 100 + 50 = 150, not the 160 written.
    expect(table.findings.find((f) => f.code === 'SUBTOTAL_MISMATCH')).toMatchObject({ expected: '150', actual: '160' });
  });

  it('numbers parts in order: "D" right after "A" is out of sequence', () => {
    const { said } = check([
      ['A', 'DỰ ÁN ĐẦU TƯ', null, 100],
      ['1', 'Nâng cấp mạng LAN', '2021', 100, 'NSĐP'],
      ['D', 'NHIỆM VỤ CHI THƯỜNG XUYÊN', null, 70],
      ['1', 'Thuê đường truyền', '2022', 70, 'NSĐP'],
    ]);
    expect(said).toEqual(['STT_SEQUENCE A6']);
  });

  it('a plan of Roman sections alone reads as before', () => {
    const { table, said } = check([
      ['I', 'Hạ tầng', null, 100],
      ['1', 'Nâng cấp mạng LAN', '2021', 100, 'NSĐP'],
      ['II', 'Phần mềm', null, 50],
      ['1', 'Cổng dịch vụ công', '2021', 50, 'NSĐP'],
    ]);
    expect(said).toEqual([]);
    expect(table.rows.map((r) => r.kind)).toEqual(['section', 'item', 'section', 'item']);
  });
});
