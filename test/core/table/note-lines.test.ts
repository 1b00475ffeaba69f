// Lines of words alone inside or under a plan table: a note ("Ghi chú: …"), what an item covers
// ("- Phần mềm", "(mua sắm thiết bị)") with no money in any column. Officers write them on nearly
// every plan; they are no item (no amount is missing) and do not turn the item above into a
// section whose items add up to 0. Bullets that carry money are still the item's parts.
import type { CellValue } from '../../../src/core/grid';
import { checkPlanRows } from '../../helpers/sheets';

// Only warnings and errors: the procedure hints (info) each item gets are not the point here.
function check(rows: CellValue[][]) {
  return checkPlanRows([['Đơn vị tính: triệu đồng']], rows);
}

describe('note lines in a plan table', () => {
  it('bullets without money under an item leave it an item with its own amount', () => {
    const { table, said } = check([
      ['1', 'Nâng cấp cổng dịch vụ công', '2026', 100, 'NSĐP'],
      ['-', 'Mua sắm thiết bị'],
      ['-', 'Phần mềm'],
      ['2', 'Giám sát an toàn thông tin', '2026', 50, 'NSĐP'],
      [null, 'Tổng cộng', null, 150, null],
    ]);
    expect(said).toEqual([]);
    const first = table.rows.find((r) => r.row === 3);
    expect(first?.kind).toBe('item');
    // 100 + 50, as the total row says.
    expect(table.summary.total.toFixed()).toBe('150');
  });

  it('a note under the total, or after a blank row, is no item missing its amount', () => {
    for (const gap of [[], [[]]] as CellValue[][][]) {
      const { said } = check([
        ['1', 'Nâng cấp cổng dịch vụ công', '2026', 100, 'NSĐP'],
        ['2', 'Giám sát an toàn thông tin', '2026', 50, 'NSĐP'],
        [null, 'Tổng cộng', null, 150, null],
        ...gap,
        [null, 'Ghi chú: kinh phí dự kiến, chuẩn xác khi lập dự toán'],
      ]);
      expect(said).toEqual([]);
    }
  });

  it('a note right under the last item does not make it a section', () => {
    const { table, said } = check([
      ['1', 'Nâng cấp cổng dịch vụ công', '2026', 100, 'NSĐP'],
      ['2', 'Giám sát an toàn thông tin', '2026', 50, 'NSĐP'],
      [null, '(thực hiện theo Kế hoạch số 123/KH-UBND)'],
    ]);
    expect(said).toEqual([]);
    expect(table.rows.map((r) => r.kind)).toEqual(['item', 'item']);
  });

  it('bullets that carry money are the item\'s parts and are checked against it', () => {
    // 60 + 30 = 90 under an item of 100: 10 unexplained.
    const { said } = check([
      ['1', 'Nâng cấp cổng dịch vụ công', '2026', 100, 'NSĐP'],
      ['-', 'Mua sắm thiết bị', '2026', 60, 'NSĐP'],
      ['-', 'Phần mềm', '2026', 30, 'NSĐP'],
      ['2', 'Giám sát an toàn thông tin', '2026', 50, 'NSĐP'],
    ]);
    expect(said).toEqual(['SUBTOTAL_MISMATCH D3']);
  });

  it('numbered lines without money under an item describe it: its amount counts in the total', () => {
    // Dự án A 500 described by 1.1 and 1.2 (no money), Dự án B 100: the plan's total is 500 + 100 = 600.
    const { table, said } = check([
      ['1', 'Dự án A', '2026', 500, 'NSĐP'],
      ['1.1', 'Hạng mục phần cứng'],
      ['1.2', 'Hạng mục phần mềm'],
      ['2', 'Dự án B', '2026', 100, 'NSĐP'],
    ]);
    // Only the plan-wide note that no item is for information security (none is named so).
    expect(said).toEqual(['SECURITY_SHARE_LOW']);
    expect(table.summary.total.toFixed()).toBe('600');
  });

  it('a Roman section whose items lack their amounts is still a section, and says so', () => {
    const { said } = check([
      ['I', 'Nhóm 1', null, 150],
      ['1', 'Dự án A', '2026', null, 'NSĐP'],
      ['2', 'Dự án B', '2026', null, 'NSĐP'],
    ]);
    expect(said).toContain('SUBTOTAL_MISMATCH D3');
  });
});
