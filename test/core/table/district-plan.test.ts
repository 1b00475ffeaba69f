// A district's plan as its People's Committee issues it: "KẾ HOẠCH" on a line of its own over
// "Ứng dụng công nghệ thông tin, chuyển đổi số năm 2027 của UBND huyện Phú Vang", and units paying
// from their own recurrent budget ("Kinh phí thường xuyên của đơn vị"). Before: no period found
// (the year and "Kế hoạch" were on two lines), so "Thường xuyên" was TIME_UNREADABLE and its 120 had
// no year; and the unit's own budget was SOURCE_UNKNOWN ("Ghi rõ NSTW hay NSĐP"), its money "Chưa
// rõ". A local unit's budget is the local budget (NSĐP), a ministry's unit's the central (NSTW). By hand: NSĐP 350 + 120 + 150 = 620; all
// 620 in 2027.
import { checkSheet } from '../../helpers/sheets';
import type { CellValue } from '../../../src/core/grid';

const plan = (issuer: string, ownSource = 'Kinh phí thường xuyên của đơn vị') => checkSheet({
  name: 'KH',
  rows: [
    [issuer],
    ['KẾ HOẠCH'],
    ['Ứng dụng công nghệ thông tin, chuyển đổi số năm 2027'],
    ['ĐVT: Triệu đồng'],
    ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Kinh phí dự kiến', 'Nguồn kinh phí'],
    ['1', 'Nâng cấp mạng LAN tại UBND huyện', 'Văn phòng UBND huyện', 'Quý II/2027', 350, 'Ngân sách huyện'],
    ['2', 'Duy trì hệ thống quản lý văn bản và điều hành', 'Văn phòng UBND huyện', 'Thường xuyên', 120, ownSource],
    ['3', 'Thuê dịch vụ giám sát an toàn thông tin', 'Phòng VH-TT', '2027', 150, 'Ngân sách huyện'],
    [null, 'TỔNG CỘNG', null, null, 620, null],
  ] as CellValue[][],
});
const said = (t: ReturnType<typeof plan>) => t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);

it('reads the period from "KẾ HOẠCH" and the line under it, and puts "Thường xuyên" in 2027', () => {
  const t = plan('ỦY BAN NHÂN DÂN HUYỆN PHÚ VANG');
  expect(t.period).toEqual({ from: 2027, to: 2027 });
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2027, '620']]);
});

it('a unit\'s own budget in a local government\'s plan is NSĐP, of the type its words give', () => {
  for (const own of ['Kinh phí thường xuyên của đơn vị', 'Dự toán được giao của đơn vị', 'Nguồn kinh phí tự chủ của cơ quan']) {
    const t = plan('ỦY BAN NHÂN DÂN HUYỆN PHÚ VANG', own);
    expect(said(t)).toEqual([]);
    expect(t.summary.bySource['NSĐP'].toFixed()).toBe('620');
  }
  expect(plan('ỦY BAN NHÂN DÂN HUYỆN PHÚ VANG').rows[1].sources.map((p) => [p.code, p.type])).toEqual([['NSĐP', 'CTX']]);
});

it('a ministry\'s unit budget is the central budget; a plan whose issuer is not named is still asked', () => {
  const t = plan('BỘ TƯ PHÁP');
  expect(said(t)).toEqual([]);
  expect(t.rows[1].sources.map((p) => [p.code, p.type])).toEqual([['NSTW', 'CTX']]);
  expect(said(plan('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toEqual(['SOURCE_UNKNOWN@F7']);
});
