// A time column that counts a length ("Thời gian thuê (năm)": 3, "(tháng)": 12), as lease plans
// write it beside "Đơn giá thuê/năm". Before, each "3" was TIME_UNREADABLE (a year that is none),
// a false warning on every row of a right table.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const plan = (title: string, timeHeader: string, rows: CellValue[][]) => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [
    [title],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tên dịch vụ thuê', 'Đơn giá thuê (triệu đồng/năm)', timeHeader, 'Thành tiền', 'Nguồn kinh phí'],
    ...rows,
  ],
});

const LEASE_2027 = 'KẾ HOẠCH THUÊ DỊCH VỤ CÔNG NGHỆ THÔNG TIN NĂM 2027';

test('a length in years is no year: no TIME_UNREADABLE, and its years are not guessed', () => {
  const t = plan(LEASE_2027, 'Thời gian thuê (năm)', [
    ['1', 'Thuê dịch vụ trung tâm dữ liệu (máy chủ ảo)', 480, 3, 1440, 'NSĐP (chi thường xuyên)'],
    ['2', 'Thuê đường truyền số liệu chuyên dùng', 120, 3, 360, 'NSĐP (chi thường xuyên)'],
  ]);
  expect(t.findings.filter((f) => f.code === 'TIME_UNREADABLE')).toEqual([]);
  // Three years from when? The table does not say: the money is of no known year, not 2027's alone.
  expect(t.rows.map((r) => [r.time?.pattern, r.time?.years])).toEqual([['duration', []], ['duration', []]]);
});

test('a length that fits in the plan\'s one year is that year\'s', () => {
  const t = plan(LEASE_2027, 'Thời gian thuê (tháng)', [['1', 'Thuê đường truyền số liệu chuyên dùng', 120, 12, 120, 'NSĐP (chi thường xuyên)']]);
  expect(t.findings.filter((f) => f.code === 'TIME_UNREADABLE')).toEqual([]);
  expect(Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]))).toEqual({ 2027: '120' });
});

test('years written under such a header are years, and a word is still unreadable', () => {
  const t = plan('KẾ HOẠCH GIAI ĐOẠN 2026 - 2030', 'Thời gian thực hiện (năm)', [
    ['1', 'Thuê dịch vụ trung tâm dữ liệu (máy chủ ảo)', 480, '2026-2028', 1440, 'NSĐP (chi thường xuyên)'],
    ['2', 'Thuê đường truyền số liệu chuyên dùng', 120, 'sớm', 360, 'NSĐP (chi thường xuyên)'],
  ]);
  expect(t.rows[0].time?.years).toEqual([2026, 2027, 2028]);
  expect(t.findings.filter((f) => f.code === 'TIME_UNREADABLE').map((f) => f.cell)).toEqual(['D5']);
});
