// Realistic plan layouts shared by the core tests and the end-to-end tests (the same sheet handed
// to the core as a Grid and written to a real .xlsx). Every figure is typed by hand; the sums are
// worked out in the comments.
import type { CellValue } from '../../src/core/grid';
import type { SheetSpec } from './sheets';

const YEAR_MERGES = ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:J5', 'K5:K6'];

/**
 * The standard multi-year form: "Dự kiến kinh phí thực hiện" merged over "Tổng số | Năm 2021 | …
 * | Năm 2025" (E-J), a column-number row, sections and the total as SUM formulas. `override`
 * replaces cells ("I10": 600) after the sums are made, to build a wrong table.
 */
export function yearPlan(items: { i: CellValue[][]; ii: CellValue[][] }, override: Record<string, CellValue> = {}): SheetSpec {
  const rows: CellValue[][] = [
    ['Phụ lục I'],
    ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN GIAI ĐOẠN 2021 - 2025'],
    ['Đơn vị tính: Triệu đồng'],
    [],
    ['STT', 'Tên dự án/nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Dự kiến kinh phí thực hiện', null, null, null, null, null, 'Nguồn vốn'],
    [null, null, null, null, 'Tổng số', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025', null],
    ['(1)', '(2)', '(3)', '(4)', '(5)=(6)+…+(10)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
  ];
  const money = ['E', 'F', 'G', 'H', 'I', 'J'];
  const formulas: Record<string, string> = {};
  const sectionRow = (stt: string, name: string, children: CellValue[][]): void => {
    const at = rows.length + 1;
    const first = at + 1;
    const last = at + children.length;
    const sums = money.map((_, k) => children.reduce<number>((a, c) => a + (typeof c[4 + k] === 'number' ? (c[4 + k] as number) : 0), 0));
    rows.push([stt, name, null, null, ...sums, null]);
    money.forEach((c) => { formulas[`${c}${at}`] = `SUM(${c}${first}:${c}${last})`; });
    rows.push(...children.map((c) => [...c]));
  };
  sectionRow('I', 'Dự án đầu tư', items.i);
  const sectionI = 8;
  sectionRow('II', 'Nhiệm vụ', items.ii);
  const sectionII = 8 + items.i.length + 1;
  const totalAt = rows.length + 1;
  const totals = money.map((_, k) => (rows[sectionI - 1][4 + k] as number) + (rows[sectionII - 1][4 + k] as number));
  rows.push([null, 'Tổng cộng', null, null, ...totals, null]);
  money.forEach((c) => { formulas[`${c}${totalAt}`] = `${c}${sectionI}+${c}${sectionII}`; });
  for (const [addr, v] of Object.entries(override)) {
    const col = addr.charCodeAt(0) - 65;
    rows[Number(addr.slice(1)) - 1][col] = v;
  }
  return { name: 'PL I', rows, merges: YEAR_MERGES, formulas, bold: [5, 6, sectionI, sectionII, totalAt] };
}

// I = LGSP 3.000 (1.000 + 2.000) + IOC 2.500 (1.500 + 500 + 500) = 5.500
// II = SOC 1.200 (240 a year)
// total 6.700; by year 1.240, 2.240, 1.740, 740, 740.
export const YEAR_PLAN_ITEMS: { i: CellValue[][]; ii: CellValue[][] } = {
  i: [
    ['1', 'Nền tảng tích hợp LGSP', 'Sở TTTT', '2021-2022', 3000, 1000, 2000, null, null, null, 'NSĐP (Vốn đầu tư)'],
    ['2', 'Trung tâm điều hành IOC', 'Sở TTTT', '2023-2025', 2500, null, null, 1500, 500, 500, 'NSĐP (Vốn đầu tư)'],
  ],
  ii: [
    ['1', 'Thuê dịch vụ giám sát ATTT (SOC)', 'Sở TTTT', 'Hàng năm', 1200, 240, 240, 240, 240, 240, 'NSĐP (chi thường xuyên)'],
  ],
};

const MONEY = ['E', 'F', 'G', 'H', 'I', 'J'];

/**
 * Rows 8 (TỔNG CỘNG, on top), 9 (I), 10-11, 12 (II), 13-14. Money: E TMĐT, F allocated to 2020,
 * G the 2021-2025 plan, H NSTW, I NSĐP, J Khác. Sections and the total are SUM formulas.
 *   I  = LGSP 40.000 (F 15.000; G 25.000 = 15.000 NSTW + 10.000 NSĐP)
 *      + TTDL 15.000 (F 5.000; G 10.000 = 5.000 + 5.000)
 *   II = Nền tảng số 30.000 (G 20.000 = 10.000 NSTW + 6.000 NSĐP + 4.000 Khác)
 *      + SOC 10.000 (G 10.000 NSĐP)
 *   total: E 95.000, F 20.000, G 65.000, H 30.000, I 31.000, J 4.000.
 */
export function investmentPlan(override: Record<string, CellValue> = {}): SheetSpec {
  const rows: CellValue[][] = [
    ['Phụ lục II'],
    ['DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG VỀ CÔNG NGHỆ THÔNG TIN GIAI ĐOẠN 2021-2025'],
    ['ĐVT: triệu đồng'],
    [],
    ['STT', 'Danh mục dự án', 'Chủ đầu tư', 'Thời gian thực hiện', 'TMĐT', 'Lũy kế vốn đã bố trí đến hết năm 2020', 'Kế hoạch vốn giai đoạn 2021-2025', null, null, null, 'Ghi chú'],
    [null, null, null, null, null, null, 'Tổng số', 'Trong đó', null, null, null],
    [null, null, null, null, null, null, null, 'NSTW', 'NSĐP', 'Khác', null],
    [null, 'TỔNG CỘNG', null, null, 95000, 20000, 65000, 30000, 31000, 4000],
    ['I', 'Dự án chuyển tiếp', null, null, 55000, 20000, 35000, 20000, 15000, null],
    ['1', 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)', 'Sở TTTT', '2021-2022', 40000, 15000, 25000, 15000, 10000, null],
    ['2', 'Hạ tầng Trung tâm dữ liệu tỉnh', 'VP UBND tỉnh', '2021-2022', 15000, 5000, 10000, 5000, 5000, null],
    ['II', 'Dự án khởi công mới', null, null, 40000, null, 30000, 10000, 16000, 4000],
    ['1', 'Nền tảng số dùng chung', 'Sở TTTT', '2022-2024', 30000, null, 20000, 10000, 6000, 4000],
    ['2', 'Trung tâm giám sát an toàn thông tin (SOC)', 'Sở TTTT', '2023-2025', 10000, null, 10000, null, 10000, null],
  ];
  const formulas: Record<string, string> = {};
  for (const c of MONEY) {
    formulas[`${c}8`] = `${c}9+${c}12`;
    formulas[`${c}9`] = `SUM(${c}10:${c}11)`;
    formulas[`${c}12`] = `SUM(${c}13:${c}14)`;
  }
  for (const [addr, v] of Object.entries(override)) rows[Number(addr.slice(1)) - 1][addr.charCodeAt(0) - 65] = v;
  return {
    name: 'PL II', rows, formulas, bold: [5, 6, 7, 8, 9, 12],
    merges: ['A5:A7', 'B5:B7', 'C5:C7', 'D5:D7', 'E5:E7', 'F5:F7', 'G5:J5', 'G6:G7', 'H6:J6', 'K5:K7'],
  };
}

/**
 * Year × source cells ("Năm 2021 / NSTW"): 1 = 2021 300 NSTW + 200 NSĐP, 2022 100 NSTW + 400 NSĐP
 * = 1.000; 2 = 600 NSĐP in 2021 (left out with `items: 1`).
 */
export function yearSourceCellsPlan(items = 2): SheetSpec {
  const rows: CellValue[][] = [
    ['KẾ HOẠCH VỐN GIAI ĐOẠN 2021-2022'], ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tên dự án', 'Tổng số', 'Năm 2021', null, 'Năm 2022', null],
    [null, null, null, 'NSTW', 'NSĐP', 'NSTW', 'NSĐP'],
    ['1', 'Giám sát an toàn thông tin', 1000, 300, 200, 100, 400],
    ['2', 'Cổng dịch vụ công', 600, null, 600, null, null],
  ];
  return { name: 'KH vốn', rows: rows.slice(0, 4 + items), merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3'] };
}

/**
 * Each year's total beside its sources ("Năm 2026 / Tổng số | NSTW | NSĐP"), the grand total on
 * top: 1 = 2026 400 NSTW + 600 NSĐP, 2027 800 + 1.200 (3.000); 2 = 2026 400 + 600, 2027 200 + 800
 * (2.000). `first2026NSDP` sets item 1's 2026 NSĐP (600 when right).
 */
export function yearTotalSourcesPlan(first2026NSDP = 600): SheetSpec {
  return {
    name: 'KH',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2027'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng kinh phí', 'Năm 2026', null, null, 'Năm 2027', null, null],
      [null, null, null, 'Tổng số', 'NSTW', 'NSĐP', 'Tổng số', 'NSTW', 'NSĐP'],
      [null, 'Tổng cộng', 5000, 2000, 800, 1200, 3000, 1000, 2000],
      ['1', 'Hạ tầng mạng', 3000, 1000, 400, first2026NSDP, 2000, 800, 1200],
      ['2', 'Phần mềm một cửa', 2000, 1000, 400, 600, 1000, 200, 800],
    ],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:I3'],
  };
}

/**
 * A survey whose leases are money a year ("Kinh phí đầu tư | Kinh phí thuê hằng năm") and which
 * states no year: An Giang invests 3.000 in its portal and leases 200 + 600 a year. Its total is
 * the 3.000; the 800 a year is in no total (summary `ratesWithoutYears`, cells E4, E5).
 */
export const LEASE_SURVEY: SheetSpec = {
  name: 'Khảo sát',
  rows: [
    ['BIỂU KHẢO SÁT HIỆN TRẠNG HỆ THỐNG THÔNG TIN'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tỉnh/thành phố', 'Tên hệ thống', 'Kinh phí đầu tư', 'Kinh phí thuê hằng năm'],
    ['1', 'An Giang', 'Cổng dịch vụ công', 3000, 200],
    [null, null, 'Hệ thống quản lý văn bản', null, 600],
  ],
};

/** One province's lease survey in its own unit: "STT | Tên hệ thống | Kinh phí đầu tư | Kinh phí thuê hằng năm". */
function provinceLeaseSurvey(province: string, unit: string, rows: CellValue[][]): SheetSpec {
  return {
    name: 'Khảo sát',
    rows: [
      [`BIỂU KHẢO SÁT HIỆN TRẠNG HỆ THỐNG THÔNG TIN TỈNH ${province}`],
      [`Đơn vị tính: ${unit}`],
      ['STT', 'Tên hệ thống', 'Kinh phí đầu tư', 'Kinh phí thuê hằng năm'],
      ...rows,
    ],
  };
}

/**
 * Two provinces' lease surveys for `consolidate`: An Giang in triệu đồng (3.000 invested; 200 +
 * 600 a year), Bắc Ninh in đồng (5.000.000.000 invested; 500.000.000 a year). In triệu đồng:
 * 8.000 invested, 800 + 500 = 1.300 a year that no year takes.
 */
export const LEASE_SURVEYS = {
  anGiang: provinceLeaseSurvey('AN GIANG', 'triệu đồng', [['1', 'Cổng dịch vụ công', 3000, 200], ['2', 'Hệ thống quản lý văn bản', null, 600]]),
  bacNinh: provinceLeaseSurvey('BẮC NINH', 'đồng', [['1', 'Cổng dịch vụ công', 5000000000, null], ['2', 'Trung tâm dữ liệu', null, 500000000]]),
};
