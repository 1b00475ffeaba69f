// A summary whose rows are the units that sent their plans ("Tên cơ quan, đơn vị | Sở Y tế |
// 3.000"): their tasks, their sources and their security spending are in those units' plans, not
// here. Before, it drew a false SECURITY_SHARE_LOW ("Chi an toàn thông tin mạng là 0") and a
// false table-wide SOURCE_MISSING, as a plan of tasks would.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, codes } from '../../helpers/grid';

const check = (nameHeader: string) => checkOne({
  sheet: 'TH', top: 1, left: 1,
  values: [
    ['TỔNG HỢP NHU CẦU KINH PHÍ ỨNG DỤNG CNTT NĂM 2027 CỦA CÁC SỞ, NGÀNH'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', nameHeader, 'Số nhiệm vụ', 'Tổng kinh phí đề xuất', 'Ghi chú'],
    ['1', 'Sở Tài chính', 3, 1200, null],
    ['2', 'Sở Nội vụ', 2, 650, null],
    ['3', 'Sở Y tế', 5, 3000, null],
    [null, 'Tổng cộng', 10, 4850, null],
  ] as CellValue[][],
});

test('rows named by unit are no tasks: no security share or source column asked of them', () => {
  const t = check('Tên cơ quan, đơn vị');
  expect(codes(t).filter((c) => c !== 'FORMULA_HARDCODED')).toEqual([]);
  // The totals stand as before: 1.200 + 650 + 3.000 = 4.850.
  expect(t.summary.total.toFixed()).toBe('4850');
});

test('the same table named by task is still asked for both (guard)', () => {
  expect(codes(check('Tên nhiệm vụ'))).toEqual(expect.arrayContaining(['SECURITY_SHARE_LOW', 'SOURCE_MISSING']));
});
