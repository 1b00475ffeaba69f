// Plan rows that write less than an item does: contingency and tax lines, rows of a one-year plan
// with no time, a project's cost lines, a time column under another name.
// Rows start at sheet row 5 (two title lines, a blank row, the header).
// Contingency and tax lines ("Dự phòng", "Thuế GTGT") are worked out from the items beside them and
// rarely write a time or a source of their own; a one-year plan's rows are that year's. Officers
// would dismiss "chưa ghi nguồn vốn" or "chưa ghi thời gian" on them. Totals worked out by hand below.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, nonZero, planGrid } from '../../helpers/grid';

const HEADER = ['STT', 'Nội dung', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'];
const codes = (t: ReturnType<typeof checkOne>): string[] => t.findings.map((f) => `${f.code} ${f.cell ?? ''}`.trim());

test('a contingency section under a one-year plan takes the items\' one source and the plan\'s year', () => {
  const body: CellValue[][] = [
    ['I', 'Hạ tầng kỹ thuật', null, 1_650, null],
    ['1', 'Mua sắm máy chủ', '2027', 1_500, 'NSĐP'],
    ['2', 'Thuê đường truyền', '2027', 150, 'NSĐP'],
    ['II', 'Phần mềm', null, 800, null],
    ['1', 'Nâng cấp phần mềm quản lý bệnh viện', '2027', 500, 'NSĐP'],
    ['2', 'Bảo đảm an toàn thông tin', '2027', 300, 'NSĐP'],
    ['III', 'Chi phí dự phòng (5%)', null, 122.5, null],
    [null, 'Tổng cộng', null, 2_572.5, null],
  ];
  const t = checkOne(planGrid(body, { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027 CỦA SỞ Y TẾ', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  const line = t.rows.find((r) => r.name.startsWith('Chi phí dự phòng'))!;
  expect(codes(t).filter((c) => /SOURCE_MISSING|TIME_UNREADABLE/.test(c))).toEqual([]);
  // 1.500 + 150 + 500 + 300 + 122,5 = 2.572,5, all NSĐP, all in 2027.
  expect(nonZero(t.summary.bySource)).toEqual({ 'NSĐP': '2572.5' });
  expect([...t.summary.byYear].map(([y, v]) => `${y}:${v.toFixed()}`)).toEqual(['2027:2572.5']);
  expect([...line.allocation].map(([y, v]) => `${y}:${v.toFixed()}`)).toEqual(['2027:122.5']);
});

test('a row with no time in a one-year plan is that year\'s; in a longer plan it is still asked for', () => {
  const body: CellValue[][] = [
    ['1', 'Mua sắm máy chủ', '2027', 1_500, 'NSĐP'],
    ['2', 'Đào tạo kỹ năng số', null, 200, 'NSĐP'],
    [null, 'Tổng cộng', null, 1_700, null],
  ];
  const one = checkOne(planGrid(body, { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  expect(codes(one).filter((c) => c.startsWith('TIME_UNREADABLE'))).toEqual([]);
  expect([...one.summary.byYear].map(([y, v]) => `${y}:${v.toFixed()}`)).toEqual(['2027:1700']);
  const five = checkOne(planGrid(body, { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2030', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  expect(codes(five).filter((c) => c.startsWith('TIME_UNREADABLE'))).toEqual(['TIME_UNREADABLE C6']);
});

test('a five-year plan: the reserve takes the source and years its items share', () => {
  const body: CellValue[][] = [
    ['1', 'Nâng cấp cổng thông tin', '2026-2030', 1_000, 'NSĐP (CTX)'],
    ['2', 'Số hóa hồ sơ', '2026-2030', 2_500, 'NSĐP (CTX)'],
    ['3', 'Đào tạo kỹ năng số', '2026-2030', 500, 'NSĐP (CTX)'],
    ['4', 'Dự phòng (5%)', null, 200, null],
    [null, 'Tổng cộng', null, 4_200, null],
  ];
  const t = checkOne(planGrid(body, { titles: ['KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026-2030', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  expect(codes(t).filter((c) => /SOURCE_MISSING|TIME_UNREADABLE/.test(c))).toEqual([]);
  // The reserve is no task: the items get a procedure hint, the reserve none; nor does the
  // training (D7), no IT system to invest in, buy or lease (procedure-activity.test.ts).
  expect(t.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => f.cell)).toEqual(['D5', 'D6']);
  // 4.200 over five years, 840 a year, all NSĐP recurrent.
  expect(nonZero(t.summary.byType)).toEqual({ CTX: '4200' });
  expect([...t.summary.byYear.values()].map((v) => v.toFixed())).toEqual(['840', '840', '840', '840', '840']);
});

test('items with different sources or years: the reserve must still say its own', () => {
  const body: CellValue[][] = [
    ['1', 'Mua sắm máy chủ', '2026-2027', 1_500, 'NSTW (ĐTPT)'],
    ['2', 'Thuê đường truyền', '2026-2030', 1_000, 'NSĐP (CTX)'],
    ['3', 'Thuế GTGT', null, 250, null],
    [null, 'Tổng cộng', null, 2_750, null],
  ];
  const t = checkOne(planGrid(body, { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2030', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  expect(codes(t).filter((c) => /SOURCE_MISSING|TIME_UNREADABLE/.test(c))).toEqual(['SOURCE_MISSING E7', 'TIME_UNREADABLE C7']);
  // And an ordinary item that writes nothing is asked, even when the others agree.
  const plain = checkOne(planGrid([
    ['1', 'Mua sắm máy chủ', '2026-2027', 1_500, 'NSĐP'],
    ['2', 'Thuê đường truyền', null, 1_000, null],
    [null, 'Tổng cộng', null, 2_500, null],
  ], { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2030', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  expect(codes(plain).filter((c) => /SOURCE_MISSING|TIME_UNREADABLE/.test(c))).toEqual(['SOURCE_MISSING E6', 'TIME_UNREADABLE C6']);
});

test('a project broken into cost lines is asked its procedure once, for its whole amount', () => {
  // ND 73/2019 Điều 10 khoản 2 điểm b: a project of at most 15 tỷ is designed in one step (báo cáo
  // kinh tế - kỹ thuật); above that it needs a feasibility study. 16.000 triệu = 14.000 + 2.000:
  // each line alone is under 15 tỷ, the project is not.
  const body: CellValue[][] = [
    ['1', 'Dự án trung tâm dữ liệu tỉnh', '2021-2023', 16_000, 'NSĐP (ĐTPT)'],
    ['1.1', 'Chi phí thiết bị', null, 14_000, null],
    ['1.2', 'Chi phí quản lý dự án, tư vấn và chi phí khác', null, 1_200, null],
    ['1.3', 'Chi phí dự phòng', null, 800, null],
    ['2', 'Nâng cấp cổng thông tin điện tử', '2022', 3_000, 'NSĐP (ĐTPT)'],
    [null, 'Tổng cộng', null, 19_000, null],
  ];
  const t = checkOne(planGrid(body, { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  expect(t.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => `${f.cell} ${f.actual} ${f.expected}`)).toEqual([
    'D5 16000 feasibility-study', 'D9 3000 one-step-design',
  ]);
  // A section of tasks is no project: each task is asked on its own.
  const tasks = checkOne(planGrid([
    ['I', 'Nhiệm vụ năm 2022', '2022', 19_000, 'NSĐP (ĐTPT)'],
    ['1', 'Xây dựng trung tâm dữ liệu', null, 16_000, null],
    ['2', 'Nâng cấp cổng thông tin điện tử', null, 3_000, null],
    [null, 'Tổng cộng', null, 19_000, null],
  ], { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  expect(tasks.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => `${f.cell} ${f.actual} ${f.expected}`)).toEqual([
    'D6 16000 feasibility-study', 'D7 3000 one-step-design',
  ]);
});

test('"Lộ trình thực hiện" dates each row as "Thời gian thực hiện" does', () => {
  const t = checkOne(planGrid([
    ['1', 'Số hóa hồ sơ', '2026-2027', 1_000, 'NSĐP'],
    [null, 'Tổng cộng', null, 1_000, null],
  ], { titles: ['KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026-2030', 'Đơn vị tính: triệu đồng'], header: ['STT', 'Nội dung', 'Lộ trình thực hiện', 'Kinh phí', 'Nguồn vốn'] }));
  expect(t.columnInfo[2].role).toBe('time');
  // 1.000 over two years: 500 a year.
  expect([...t.summary.byYear].map(([y, v]) => `${y}:${v.toFixed()}`)).toEqual(['2026:500', '2027:500']);
});

test('a numbered task that writes its time and source, in lettered lines that write neither, is asked its procedure once, as a whole', () => {
  // ND 73/2019 Điều 10 khoản 2 điểm b (as above): 16.000 triệu = 9.000 + 7.000 is over 15 tỷ, each
  // line alone is not. Before: each line was asked on its own, two "one-step design" hints for one project.
  const plan = (lineTime: string | null) => checkOne(planGrid([
    ['1', 'Nâng cấp hạ tầng mạng nội bộ', '2022', 16_000, 'NSĐP (ĐTPT)'],
    ['a)', 'Thiết bị chuyển mạch lõi', lineTime, 9_000, null],
    ['b)', 'Tường lửa thế hệ mới', null, 7_000, null],
    ['2', 'Nâng cấp cổng thông tin điện tử', '2022', 3_000, 'NSĐP (ĐTPT)'],
    [null, 'Tổng cộng', null, 19_000, null],
  ], { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  const hints = (t: ReturnType<typeof checkOne>) => t.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => `${f.cell} ${f.actual} ${f.expected}`);
  expect(hints(plan(null))).toEqual(['D5 16000 feasibility-study', 'D8 3000 one-step-design']);
  // A line that writes its own time is a task of its own: each is asked.
  expect(hints(plan('2023'))).toEqual(['D6 9000 one-step-design', 'D7 7000 one-step-design', 'D8 3000 one-step-design']);
});

test('the lines of a task under a section named for a type take that type with the task\'s source', () => {
  // Before: "a)" and "b)" took the task's "NSĐP" with no type and counted as "Chưa rõ" (1.800).
  const t = checkOne(planGrid([
    ['A', 'CHI ĐẦU TƯ PHÁT TRIỂN', null, 3_300, null],
    ['1.', 'Nâng cấp hạ tầng mạng nội bộ', '2027', 1_800, 'NSĐP'],
    ['a)', 'Thiết bị chuyển mạch lõi', null, 1_000, null],
    ['b)', 'Tường lửa thế hệ mới', null, 800, null],
    ['2.', 'Phần mềm quản lý tài sản', '2027', 1_500, 'NSĐP'],
    ['B', 'CHI THƯỜNG XUYÊN', null, 500, null],
    ['1.', 'Duy trì cổng thông tin điện tử', '2027', 500, 'NSĐP'],
    [null, 'TỔNG CỘNG (A+B)', null, 3_800, null],
  ], { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027', 'Đơn vị tính: triệu đồng'], header: HEADER }));
  // ĐTPT: 1.000 + 800 + 1.500 = 3.300; CTX: 500; all NSĐP.
  expect(nonZero(t.summary.byType)).toEqual({ 'ĐTPT': '3300', CTX: '500' });
  expect(nonZero(t.summary.bySource)).toEqual({ 'NSĐP': '3800' });
});
