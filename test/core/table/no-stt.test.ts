// Plans with no STT column at all: a list of items, one under another, perhaps grouped under bold
// headings, perhaps with bulleted lines of what an item covers. Before, every unnumbered line
// with money was read as a breakdown of the line above, so such a plan's items nested under its
// first one: a right list of 300 + 100 = 400 gave two false SUBTOTAL_MISMATCH and a total of 100.
import type { CellValue } from '../../../src/core/grid';
import type { CheckedTable } from '../../../src/core/model';
import { checkSheet, rowAt } from '../../helpers/sheets';

const TITLES: CellValue[][] = [['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021 - 2025'], ['Đơn vị tính: triệu đồng']];
const HEADER: CellValue[] = ['Tên nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'];

function plan(rows: CellValue[][], bold: number[] = []): CheckedTable {
  return checkSheet({ name: 'KH', rows: [...TITLES, HEADER, ...rows], bold: [3, ...bold] });
}

/** Warnings and errors as "CODE@CELL" (the plans have no security item: SECURITY_SHARE_LOW is right and beside the point). */
function said(t: CheckedTable): string[] {
  return t.findings.filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW').map((f) => `${f.code}@${f.cell ?? '-'}`).sort();
}

describe('a plan without STT', () => {
  it('reads its lines as items side by side: 300 + 100 = 400, nothing to report', () => {
    const t = plan([
      ['Nâng cấp mạng LAN', '2021', 300, 'NSĐP'],
      ['Mua máy tính', '2022', 100, 'NSĐP'],
      ['Tổng cộng', null, 400, null],
    ]);
    expect(t.rows.map((r) => [r.row, r.kind, r.parentRow])).toEqual([[4, 'item', null], [5, 'item', null], [6, 'total', null]]);
    expect(t.summary.total.toFixed()).toBe('400');
    expect(said(t)).toEqual([]);
  });

  it('takes a bold line with money as the heading of the lines under it', () => {
    // Hạ tầng 400 = 300 + 100; Ứng dụng 50 = 50; the total 450.
    const t = plan([
      ['Hạ tầng', null, 400, null],
      ['Nâng cấp mạng LAN', '2021', 300, 'NSĐP'],
      ['Mua máy tính', '2022', 100, 'NSĐP'],
      ['Ứng dụng', null, 50, null],
      ['Cổng thông tin điện tử', '2022', 50, 'NSĐP'],
      ['Tổng cộng', null, 450, null],
    ], [4, 7, 9]);
    expect(rowAt(t, 4).kind).toBe('section');
    expect(rowAt(t, 4).children).toEqual([5, 6]);
    expect(rowAt(t, 8).parentRow).toBe(7);
    expect(t.summary.total.toFixed()).toBe('450');
    expect(said(t)).toEqual([]);
    // and still checks them: Hạ tầng typed 500 against its 400.
    const wrong = plan([
      ['Hạ tầng', null, 500, null],
      ['Nâng cấp mạng LAN', '2021', 300, 'NSĐP'],
      ['Mua máy tính', '2022', 100, 'NSĐP'],
      ['Tổng cộng', null, 400, null],
    ], [4, 7]);
    expect(said(wrong)).toEqual(['SUBTOTAL_MISMATCH@C4']);
  });

  it('keeps bulleted lines under the item they break down, side by side', () => {
    // LAN 300 = 200 + 100; the plan's items are LAN's two lines and Mua máy tính: 400.
    const t = plan([
      ['Nâng cấp mạng LAN', '2021', 300, 'NSĐP'],
      ['- Thiết bị', '2021', 200, null],
      ['- Lắp đặt', '2021', 100, null],
      ['Mua máy tính', '2022', 100, 'NSĐP'],
      ['Tổng cộng', null, 400, null],
    ]);
    expect(rowAt(t, 4).children).toEqual([5, 6]);
    expect(rowAt(t, 7).parentRow).toBeNull();
    expect(t.summary.total.toFixed()).toBe('400');
    expect(said(t)).toEqual([]);
  });
});
