// An estimate laid out by the budget's classification ("Nội dung | Mã số | Dự toán năm 2027": mục
// 6900 "Mua sắm, sửa chữa tài sản", 6750 "Chi phí thuê mướn"): its rows are kinds of expense, not
// tasks. Before, it was asked for a source column (SOURCE_MISSING) and told its security share was
// "0 triệu đồng (0%) trên tổng 2.000" (SECURITY_SHARE_LOW): no security task can be among expense kinds.
import { checkSheet } from '../../helpers/sheets';

const estimate = (codeHeader: string, time = false) => checkSheet({
  name: 'DT',
  rows: [
    ['DỰ TOÁN CHI NGÂN SÁCH NHÀ NƯỚC NĂM 2027 CHO ỨNG DỤNG CÔNG NGHỆ THÔNG TIN CỦA SỞ Y TẾ'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', codeHeader, ...(time ? ['Thời gian thực hiện'] : []), 'Dự toán năm 2027'],
    ['1', 'Mua sắm, sửa chữa tài sản phục vụ công tác chuyên môn', 6900, ...(time ? ['2027'] : []), 1200],
    ['2', 'Chi phí thuê mướn', 6750, ...(time ? ['2027'] : []), 300],
    ['3', 'Chi nghiệp vụ chuyên môn', 7000, ...(time ? ['2027'] : []), 500],
    [null, 'Tổng cộng', null, ...(time ? [null] : []), 2000],
  ],
});
const said = (t: ReturnType<typeof estimate>) => t.findings.filter((f) => f.severity !== 'info').map((f) => f.code);

it('asks no source column nor security share of an estimate by classification codes', () => {
  for (const header of ['Mã số', 'Mục', 'Tiểu mục']) {
    const t = estimate(header);
    expect(said(t)).toEqual([]);
    // The figures are read as ever: 1.200 + 300 + 500 = 2.000; the codes are no money.
    expect(t.summary.total.toFixed()).toBe('2000');
  }
});

it('a plan of tasks with a time column and a code column is still a plan: asked as before', () => {
  expect(said(estimate('Mã số', true))).toEqual(['SOURCE_MISSING', 'SECURITY_SHARE_LOW']);
});
