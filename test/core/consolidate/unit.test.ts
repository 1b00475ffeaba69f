// Whose table it is: the title lines, then a sheet named after a province, then the place column,
// then the file name (CONTRACT `unitFrom`).
import { unitFromFileName, unitFromTitles } from '../../../src/core/consolidate/unit';

describe('unitFromTitles', () => {
  it.each([
    [['UBND TỈNH KHÁNH HÒA', 'KẾ HOẠCH ỨNG DỤNG CNTT'], 'Khánh Hòa'],
    [['Phụ lục IV', '(Kèm theo Kế hoạch số 10693/KH-UBND ngày 09/10/2020 của UBND tỉnh Khánh Hòa)'], 'Khánh Hòa'],
    // A department's form: its own line wins over the province in the heading.
    [['UBND TỈNH KHÁNH HÒA', 'Đơn vị báo cáo: Sở Y tế', 'Đơn vị tính: Triệu đồng'], 'Sở Y tế'],
    [['Tên đơn vị: UBND tỉnh Bắc Ninh'], 'Bắc Ninh'],
    [['Tỉnh/Thành phố: TP. Đà Nẵng'], 'Đà Nẵng'],
    // A unit of money is not a unit of government.
    [['Đơn vị: triệu đồng', 'DANH MỤC DỰ ÁN'], null],
    [['Đơn vị tính: Triệu đồng'], null],
    [['Phụ lục II', 'DANH MỤC CÁC DỰ ÁN, NHIỆM VỤ ỨNG DỤNG CNTT TRIỂN KHAI GIAI ĐOẠN 2016-2020'], null],
    // The body whose plan the heading says it is, when it names no province.
    [['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026 CỦA SỞ Y TẾ'], 'SỞ Y TẾ'],
    [['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 CỦA UBND HUYỆN PHÚ VANG'], 'UBND HUYỆN PHÚ VANG'],
    // Not "of the units", nor who issued the plan an appendix goes with.
    [['TỔNG HỢP NHU CẦU KINH PHÍ NĂM 2027 CỦA CÁC ĐƠN VỊ'], null],
    [['Phụ lục I', '(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND tỉnh)'], null],
  ])('%j → %s', (titles, unit) => {
    expect(unitFromTitles(titles)).toBe(unit);
  });
});

describe('unitFromFileName', () => {
  it.each([
    ['so-lieu/an-giang.xlsx', 'An Giang'],
    ['C:\\Tong hop\\Ba_Ria_Vung_Tau.xlsx', 'Bà Rịa - Vũng Tàu'],
    ['KH CNTT tinh Kon Tum 2024.xlsx', 'Kon Tum'],
    ['so-y-te.xlsx', 'so-y-te'],
  ])('%s → %s', (file, unit) => {
    expect(unitFromFileName(file)).toBe(unit);
  });
});
