// Money and name columns under the names officers give them. Before, a table whose only money column was
// headed one of these was no budget table at all ("không tìm thấy bảng ngân sách"). The plan below
// is 1.000 + 2.000 = 3.000, its total row right.
import { classifyColumn } from '../../../src/core/columns';
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const plan = (header: string) => {
  const values: CellValue[][] = [
    ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null],
    ['STT', 'Nội dung', header, 'Nguồn vốn'],
    ['1', 'Nâng cấp mạng LAN', 1000, 'NSĐP'],
    ['2', 'Mua sắm máy chủ', 2000, 'NSĐP'],
    [null, 'Tổng cộng', 3000, null],
  ];
  return checkOne({ sheet: 'KH', top: 1, left: 1, values });
};

test.each([
  'KP đề xuất', 'KP', 'Vốn đề nghị', 'Vốn kế hoạch', 'Vốn bố trí', 'Số vốn', 'Mức vốn',
  'Đề nghị bố trí', 'Dự kiến bố trí', 'Số kiểm tra', 'Mức hỗ trợ', 'Ngân sách',
])('"%s" is the table\'s money', (header) => {
  const t = plan(header);
  expect(t.columnInfo[2]).toMatchObject({ role: 'amount', money: true });
  expect(t.summary.total.toFixed()).toBe('3000');
  expect(t.summary.statedTotal?.toFixed()).toBe('3000');
  expect(t.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

test.each([
  ['Vốn đã bố trí', 'allocated'], ['Số vốn còn lại', 'remaining'], ['Vốn NSTW', 'source'], ['Nguồn vốn', 'sourceText'],
])('"%s" keeps its own role (%s)', (header, role) => {
  expect(classifyColumn(3, [header]).role).toBe(role);
});

// The names column under other names: before, with none of these read as names, the total row was
// no total ("Tổng cộng" unread) and the section's items chained: two false SUBTOTAL_MISMATCH.
test.each(['Các nhiệm vụ, giải pháp', 'Công việc', 'Chương trình, đề án', 'Đề án, dự án, nhiệm vụ', 'Giải pháp'])('"%s" names the rows', (header) => {
  const values: CellValue[][] = [
    ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null],
    ['STT', header, 'Kinh phí', 'Nguồn vốn'],
    ['I', 'Hạ tầng', 3000, null],
    ['1', 'Nâng cấp mạng LAN', 1000, 'NSĐP'],
    ['2', 'Giám sát an toàn thông tin', 2000, 'NSĐP'],
    [null, 'Tổng cộng', 3000, null],
  ];
  const t = checkOne({ sheet: 'KH', top: 1, left: 1, values });
  expect(t.columnInfo[1].role).toBe('name');
  // 1.000 + 2.000 = 3.000 in section I and in the total.
  expect(t.summary.total.toFixed()).toBe('3000');
  expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH')).toEqual([]);
});

test('a names column under a header no pattern knows, right after STT, still names the rows', () => {
  // "Nhóm nội dung" is no known name header; it is the column right after the numbers and nothing
  // else. 1.000 + 2.000 = 3.000 in section I and in the total: no SUBTOTAL_MISMATCH.
  const values: CellValue[][] = [
    ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', null, null, null],
    ['STT', 'Nhóm nội dung', 'Kinh phí', 'Nguồn vốn'],
    ['I', 'Hạ tầng', 3000, null],
    ['1', 'Nâng cấp mạng LAN', 1000, 'NSĐP'],
    ['2', 'Giám sát an toàn thông tin', 2000, 'NSĐP'],
    [null, 'Tổng cộng', 3000, null],
  ];
  const t = checkOne({ sheet: 'KH', top: 1, left: 1, values });
  expect(t.columns.name).toBe(2);
  expect(t.rows.map((r) => r.name)).toEqual(['Hạ tầng', 'Nâng cấp mạng LAN', 'Giám sát an toàn thông tin', 'Tổng cộng']);
  expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH')).toEqual([]);
});

// Source columns named for the money a unit keeps or the government's bonds: before, "Nguồn thu để
// lại" under "Nguồn vốn" was read as a column of source words (no money at all) and "Vốn TPCP" as
// money of no known source.
test.each([
  ['Nguồn vốn / Nguồn thu để lại', 'Khác'],
  ['Nguồn vốn / Phí, lệ phí để lại', 'Khác'],
  ['Nguồn vốn / Vốn TPCP', 'NSTW'],
  ['Nguồn vốn / XSKT', 'NSĐP'],
])('"%s" is a source column of %s', (header, code) => {
  expect(classifyColumn(3, header.split(' / '))).toMatchObject({ role: 'source', money: true, source: code });
});
