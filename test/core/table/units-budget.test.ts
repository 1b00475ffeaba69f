// A summary of the units' estimates for one year ("Tổng hợp dự toán … năm 2027": "Đơn vị | Kinh phí
// đề xuất | Kinh phí thẩm định") has a unit column, so it is read as a table by place, like a
// survey, and a survey's title year is when it was taken: the summary had no money by year
// ("Tổng theo năm: —"). Titled as a budget, its money is that year's; a survey's stays unplaced.
import { checkSheet } from '../../helpers/sheets';

const table = (title: string) => checkSheet({
  name: 'TH',
  rows: [
    [title],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Đơn vị', 'Số nhiệm vụ', 'Kinh phí đề xuất', 'Kinh phí thẩm định'],
    ['1', 'Sở Y tế', 5, 3200, 2800],
    ['2', 'Sở Giáo dục và Đào tạo', 3, 2100, 2100],
    ['3', 'Sở Tư pháp', 2, 600, 450],
    [null, 'Tổng cộng', 10, 5900, 5350],
  ],
});

it('puts a one-year budget by unit in its year: 3.200 + 2.100 + 600 = 5.900 in 2027', () => {
  const t = table('TỔNG HỢP DỰ TOÁN KINH PHÍ ỨNG DỤNG CNTT NĂM 2027 CỦA CÁC SỞ, BAN, NGÀNH');
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2027, '5900']]);
});

it.each([
  'TỔNG HỢP NHU CẦU KINH PHÍ CHUYỂN ĐỔI SỐ NĂM 2027 CỦA CÁC SỞ, BAN, NGÀNH',
  'DỰ KIẾN KINH PHÍ ỨNG DỤNG CNTT NĂM 2027 CỦA CÁC SỞ, BAN, NGÀNH',
])('so is a summary of what the units ask for in a year (%j): 5.900 in 2027', (title) => {
  // Before, "nhu cầu kinh phí" was no budget word: the summary had no money by year.
  const t = table(title);
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2027, '5900']]);
});

it('leaves a survey\'s money out of the years: its title year is when it was taken', () => {
  const t = table('KHẢO SÁT HIỆN TRẠNG ỨNG DỤNG CNTT NĂM 2027 CỦA CÁC SỞ, BAN, NGÀNH');
  expect(t.summary.byYear.size).toBe(0);
  // Also when it asks for needs: "Khảo sát hiện trạng và nhu cầu kinh phí …" is still a survey.
  expect(table('KHẢO SÁT HIỆN TRẠNG VÀ NHU CẦU KINH PHÍ CNTT NĂM 2027 CỦA CÁC SỞ').summary.byYear.size).toBe(0);
});
