// Two provinces' surveys whose leases are money a year with no years ("Kinh phí thuê hằng năm"):
// `consolidate` converts that money to its one unit and says it apart, with the files that state
// it, instead of dropping it without a word. By hand: An Giang 200 + 600 = 800 triệu a year;
// Bắc Ninh 500.000.000 đồng = 500 triệu a year; 1.300 triệu a year in all. The totals are what
// was invested: 3.000 + 5.000 (5.000.000.000 đồng) = 8.000 triệu.
import { LEASE_SURVEYS } from '../helpers/layouts';
import { writeSheets } from '../helpers/sheets';
import { tempDir } from '../helpers/workbooks';
import { run } from './run';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

it('says the money a year no year takes, in one unit, with the files', async () => {
  const a = tmp.file('an-giang.xlsx');
  const b = tmp.file('bac-ninh.xlsx');
  await writeSheets(a, [LEASE_SURVEYS.anGiang]);
  await writeSheets(b, [LEASE_SURVEYS.bacNinh]);
  const json = await run(['consolidate', a, b, '--json']);
  const j = JSON.parse(json.out);
  expect(j.unitOfMoney).toBe('triệu đồng');
  expect(j.total.total).toBe('8000');
  expect(j.ratesWithoutYears).toEqual({ year: '1300', month: null, files: [a, b] });
  const text = await run(['consolidate', a, b]);
  // The line names the files after the figure (wrapped at the report's width: the paths are long).
  expect(text.out.replace(/\n\s*/g, ' ')).toContain(`Chưa cộng vào tổng (không rõ số năm): 1.300 triệu đồng/năm (${a}, ${b})`);
});

it('says nothing of the kind when every file\'s money has its years', async () => {
  const a = tmp.file('ke-hoach.xlsx');
  await writeSheets(a, [{ name: 'KH', rows: [
    ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'], ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tên nhiệm vụ', 'Kinh phí', 'Nguồn vốn'], ['1', 'Cổng dịch vụ công', 1000, 'NSĐP'],
  ] }]);
  const j = JSON.parse((await run(['consolidate', a, '--json'])).out);
  expect(j.ratesWithoutYears).toBeUndefined();
});
