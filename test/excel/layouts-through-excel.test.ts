// This stop's layouts read through the add-in's door (the fake Office.js answers as Excel does,
// merged areas included) come out as the core reads them from the grid itself: the pane shows
// the same totals by year and by source as the CLI. Figures by hand in each layout's comment.
import { checkGrid, defaultSettings } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';
import { hostOver } from './helpers';

const grid = (values: CellValue[][], merges: string[] = []): Grid => ({ sheet: 'KH', top: 1, left: 1, values, merges });

const LAYOUTS: { name: string; grid: Grid; byYear: Record<string, string>; bySource: Record<string, string> }[] = [
  {
    // 6.000 over 2026-2027, 9.000 over 2028-2030: 3.000 a year.
    name: 'phases under "Phân kỳ đầu tư"',
    grid: grid([
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2030'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Tổng kinh phí', 'Phân kỳ đầu tư', null, 'Nguồn vốn'],
      [null, null, null, 'Giai đoạn 2026-2027', 'Giai đoạn 2028-2030', null],
      ['1', 'Trung tâm dữ liệu tỉnh', 15000, 6000, 9000, 'NSĐP'],
    ], ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4']),
    byYear: { 2026: '3000', 2027: '3000', 2028: '3000', 2029: '3000', 2030: '3000' },
    bySource: { 'NSĐP': '15000' },
  },
  {
    // 6.000 from 2026 to 2027: 3.000 a year.
    name: 'a time in two merged columns',
    grid: grid([
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2030'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Thời gian thực hiện', null, 'Kinh phí', 'Nguồn vốn'],
      [null, null, 'Bắt đầu', 'Hoàn thành', null, null],
      ['1', 'Xây dựng nền tảng dữ liệu tỉnh', 2026, 2027, 6000, 'NSĐP'],
    ], ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4']),
    byYear: { 2026: '3000', 2027: '3000' },
    bySource: { 'NSĐP': '6000' },
  },
  {
    // 70% and 30% of 5.000.
    name: 'source shares under "Cơ cấu nguồn vốn (%)"',
    grid: grid([
      ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Cơ cấu nguồn vốn (%)', null],
      [null, null, null, null, 'NSTW', 'NSĐP'],
      ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', '2027', 5000, 70, 30],
    ], ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3']),
    byYear: { 2027: '5000' },
    bySource: { NSTW: '3500', 'NSĐP': '1500' },
  },
  {
    // 20.000 NSTW and 10.000 NSĐP of a project of 30.000 over 2026-2028, each source spread evenly
    // (each year rounded down to 3 decimals, the remainder on 2028): 6.666,666 + 3.333,333 in 2026
    // and 2027, 6.666,668 + 3.333,334 in 2028.
    name: 'source lines under a project, the bullet in the name',
    grid: grid([
      ['KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2026 - 2030'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Danh mục dự án', 'Thời gian thực hiện', 'Tổng mức đầu tư'],
      ['1', 'Dự án Trung tâm điều hành thông minh tỉnh', '2026-2028', 30000],
      ['', '- Ngân sách trung ương', null, 20000],
      ['', '- Ngân sách địa phương', null, 10000],
    ]),
    byYear: { 2026: '9999.999', 2027: '9999.999', 2028: '10000.002' },
    bySource: { NSTW: '20000', 'NSĐP': '10000' },
  },
  {
    // Each year's total beside its sources: NSTW 400 + 800 = 1.200, NSĐP 600 + 1.200 = 1.800; by
    // year 1.000 and 2.000.
    name: 'each year\'s total beside its sources ("Năm 2026 / Tổng số | NSTW | NSĐP")',
    grid: grid([
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2027'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng kinh phí', 'Năm 2026', null, null, 'Năm 2027', null, null],
      [null, null, null, 'Tổng số', 'NSTW', 'NSĐP', 'Tổng số', 'NSTW', 'NSĐP'],
      ['1', 'Hạ tầng mạng', 3000, 1000, 400, 600, 2000, 800, 1200],
    ], ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:I3']),
    byYear: { 2026: '1000', 2027: '2000' },
    bySource: { NSTW: '1200', 'NSĐP': '1800' },
  },
];

const figures = (m: Iterable<[number | string, { toFixed(): string } | undefined]>) =>
  Object.fromEntries([...m].filter(([, v]) => v !== undefined && v.toFixed() !== '0').map(([k, v]) => [String(k), (v as { toFixed(): string }).toFixed()]));

describe.each(LAYOUTS)('$name, read through the add-in', ({ grid: g, byYear, bySource }) => {
  it('gives the totals the core gives on the grid itself', async () => {
    const { host } = hostOver([g]);
    const read = await host.readActiveSheet();
    const [viaExcel] = checkGrid(read, defaultSettings());
    const [direct] = checkGrid(g, defaultSettings());
    expect(figures(viaExcel.summary.byYear)).toEqual(byYear);
    expect(figures(Object.entries(viaExcel.summary.bySource))).toEqual(bySource);
    expect(figures(viaExcel.summary.byYear)).toEqual(figures(direct.summary.byYear));
    expect(viaExcel.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(direct.findings.map((f) => `${f.code}@${f.cell}`));
  });
});
