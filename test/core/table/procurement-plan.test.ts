// A contractor selection plan ("Kế hoạch lựa chọn nhà thầu"): the packages of a project already
// decided, each with its price ("Giá gói thầu"), source, bidding form and start. Before, no table
// was found in it ("Giá gói thầu" was no money column), so its total was never checked. Its
// packages are no tasks to be asked a procedure, and it is no plan of many tasks (no security share).
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const plan = (total: number) => checkOne({
  sheet: 'KHLCNT', top: 1, left: 1,
  values: [
    ['PHỤ LỤC: KẾ HOẠCH LỰA CHỌN NHÀ THẦU DỰ ÁN NÂNG CẤP TRUNG TÂM DỮ LIỆU TỈNH'],
    ['(Kèm theo Quyết định số 456/QĐ-UBND ngày 20/3/2027 của UBND tỉnh)'],
    ['Đơn vị tính: đồng'],
    ['STT', 'Tên gói thầu', 'Giá gói thầu', 'Nguồn vốn', 'Hình thức lựa chọn nhà thầu', 'Thời gian bắt đầu tổ chức lựa chọn nhà thầu', 'Loại hợp đồng', 'Thời gian thực hiện hợp đồng'],
    ['1', 'Gói thầu số 01: Tư vấn lập hồ sơ mời thầu và đánh giá hồ sơ dự thầu', 85000000, 'NSĐP', 'Chỉ định thầu rút gọn', 'Quý II/2027', 'Trọn gói', '30 ngày'],
    ['2', 'Gói thầu số 02: Cung cấp, lắp đặt thiết bị', 12500000000, 'NSĐP', 'Đấu thầu rộng rãi qua mạng', 'Quý II/2027', 'Trọn gói', '120 ngày'],
    ['3', 'Gói thầu số 03: Giám sát lắp đặt thiết bị', 150000000, 'NSĐP', 'Chỉ định thầu rút gọn', 'Quý III/2027', 'Trọn gói', '120 ngày'],
    ['', 'Tổng cộng', total, '', '', '', '', ''],
  ] as CellValue[][],
});

test('the packages\' prices are its money: totalled, checked, no procedure or plan-wide finding', () => {
  const t = plan(12735000000);
  expect(t.columnInfo.find((c) => c.col === 3)).toMatchObject({ role: 'amount', money: true });
  // 85.000.000 + 12.500.000.000 + 150.000.000 đồng.
  expect(t.summary.total.toFixed()).toBe('12735000000');
  expect(t.findings.filter((f) => f.severity !== 'info' || f.code === 'PROCEDURE_HINT')).toEqual([]);
  // The start of the selection dates the money: Quý II/2027 and Quý III/2027.
  expect([...t.summary.byYear.keys()]).toEqual([2027]);
});

test('a total that is not the sum of the packages is told', () => {
  expect(plan(12835000000).findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected])).toEqual([['C8', '12735000000']]);
});
