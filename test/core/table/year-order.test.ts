// Year columns in the order the officer put them: a row's years come out in year order whatever
// the columns' order, and two columns of one year add up (worked by hand in each case).
import { checkOne, planGrid } from '../../helpers/grid';
import { plainYears } from '../../helpers/sheets';

const header = (years: string[]) => ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Thời gian triển khai', 'Tổng mức đầu tư', ...years];

describe('year columns out of order', () => {
  it('2023, 2021, 2022: the years read 2021, 2022, 2023', () => {
    const t = checkOne(planGrid([['1', 'Nhiệm vụ A', '2021-2023', 600, 300, 100, 200]], { header: header(['Năm 2023', 'Năm 2021', 'Năm 2022']) }));
    const row = t.rows.find((r) => r.stt === '1');
    expect([...(row?.years.keys() ?? [])]).toEqual([2021, 2022, 2023]);
    expect(plainYears(row?.years ?? new Map())).toEqual({ 2021: '100', 2022: '200', 2023: '300' });
  });
  it('2023, 2021, 2023: the two 2023 cells add up (300 + 200 = 500)', () => {
    const t = checkOne(planGrid([['1', 'Nhiệm vụ A', '2021-2023', 600, 300, 100, 200]], { header: header(['Năm 2023', 'Năm 2021', 'Năm 2023']) }));
    const row = t.rows.find((r) => r.stt === '1');
    expect([...(row?.years.keys() ?? [])]).toEqual([2021, 2023]);
    expect(plainYears(row?.years ?? new Map())).toEqual({ 2021: '100', 2023: '500' });
  });
});
