// A finance department's report on the year's budget by unit: "Dự toán giao đầu năm | Bổ sung
// trong năm | Tổng dự toán được giao | Đã thực hiện đến 30/9 | Còn lại | Tỷ lệ thực hiện (%)".
// Before: the money was the figure given at the start of the year (4.700, not the 5.200 the year
// came to), the supplement and "Đã thực hiện" were no money, nothing was held to add up, and
// 2.000 triệu for a department was taken for a year typed one column over. Figures by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkSheet, SheetSpec } from '../../helpers/sheets';

const HEADER = ['STT', 'Đơn vị', 'Dự toán giao đầu năm', 'Bổ sung trong năm', 'Tổng dự toán được giao', 'Đã thực hiện đến 30/9/2026', 'Còn lại', 'Tỷ lệ thực hiện (%)'];

// By hand: Sở KHCN 2.000 + 500 = 2.500, spent 1.500 (60%), left 1.000; Sở Tài chính 1.000, spent
// 700 (70%); VP UBND 500, spent 300 (60%); section I 3.500 + 500 = 4.000, spent 2.500 (62,5%).
// Huyện A 700, spent 400 (57,14%); huyện B 500, spent 200 (40%); section II 1.200, spent 600.
// In all 4.700 + 500 = 5.200, spent 3.100 (59,62%), left 2.100.
const ROWS: CellValue[][] = [
  ['I', 'Khối sở, ngành', 3500, 500, 4000, 2500, 1500, 62.5],
  ['1', 'Sở Khoa học và Công nghệ', 2000, 500, 2500, 1500, 1000, 60],
  ['2', 'Sở Tài chính', 1000, null, 1000, 700, 300, 70],
  ['3', 'Văn phòng UBND tỉnh', 500, null, 500, 300, 200, 60],
  ['II', 'Khối huyện', 1200, 0, 1200, 600, 600, 50],
  ['1', 'UBND huyện A', 700, null, 700, 400, 300, 57.14],
  ['2', 'UBND huyện B', 500, null, 500, 200, 300, 40],
  [null, 'Tổng cộng', 4700, 500, 5200, 3100, 2100, 59.62],
];

function report(rows: CellValue[][], numbers = true): SheetSpec {
  const head: CellValue[][] = [
    ['BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN KINH PHÍ CHUYỂN ĐỔI SỐ NĂM 2026'],
    ['Đơn vị tính: triệu đồng'],
    HEADER,
    ...(numbers ? [['A', 'B', '1', '2', '3=1+2', '4', '5=3-4', '6=4/3']] : []),
  ];
  const first = head.length + 1;
  return { name: 'TH', rows: [...head, ...rows], bold: [first, first + 4, first + 7] };
}

const told = (t: ReturnType<typeof checkSheet>): string[] => t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.cell}`).sort();

describe.each([['with the column-number row', true], ['without it', false]])('a report on the year\'s budget by unit, %s', (_, numbers) => {
  const t = checkSheet(report(ROWS, numbers));

  it('reads the total the year came to as the money, the start and the supplement its parts, what was spent and what is left', () => {
    expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'place', 'other', 'other', 'amount', 'disbursed', 'remaining', 'other']);
    expect(t.sums).toEqual([
      { kind: 'adjust', total: 5, parts: [3, 4], stated: false },
      { kind: 'balance', total: 5, parts: [6, 7], stated: false },
    ]);
    expect(t.summary.total.toFixed()).toBe('5200');
    // A report on the 2026 budget: its money is 2026's.
    expect([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()])).toEqual([[2026, '5200']]);
  });

  it('a right report: nothing to warn of (2.000 for a department is money, not a year)', () => {
    expect(told(t)).toEqual([]);
  });
});

it('a supplement that does not make the total, a remainder that is not the total less what was spent, a wrong rate: each told in its words', () => {
  const rows = ROWS.map((r) => [...r]);
  // Sở Tài chính: 1.000 + 200 = 1.200, its total says 1.000 (and section I's supplements 500 + 200 = 700, written 500).
  rows[2][3] = 200;
  // Huyện B: 500 − 200 = 300 left, written 200 (section II: 300 + 200 = 500, written 600); its rate 200 / 500 = 40%, written 50.
  rows[6][6] = 200;
  rows[6][7] = 50;
  const t = checkSheet(report(rows));
  // Rows: 5 section I, 7 Sở Tài chính, 9 section II, 11 huyện B, 12 the total.
  expect(told(t)).toEqual(['PERCENT_MISMATCH@H11', 'SOURCES_SUM_MISMATCH@E11', 'SOURCES_SUM_MISMATCH@E7', 'SUBTOTAL_MISMATCH@D12', 'SUBTOTAL_MISMATCH@D5', 'SUBTOTAL_MISMATCH@G12', 'SUBTOTAL_MISMATCH@G9']);
  const said = (cell: string): string | undefined => t.findings.find((f) => f.code === 'SOURCES_SUM_MISMATCH' && f.cell === cell)?.message;
  expect(said('E7')).toBe('Ô E7: số giao đầu năm và số bổ sung (C, D) cộng lại được 1.200 triệu đồng nhưng tổng dự toán là 1.000 triệu đồng (lệch 200). Sửa số bổ sung hoặc tổng dự toán.');
  expect(said('E11')).toBe('Ô E11: số đã thực hiện (đã chi, giải ngân) và số còn lại (F, G) cộng lại được 400 triệu đồng nhưng tổng của dòng là 500 triệu đồng (lệch 100). Sửa số đã thực hiện, số còn lại hoặc số tổng.');
});

it('spending more than the budget is told', () => {
  const rows = ROWS.map((r) => [...r]);
  // Văn phòng UBND: 500 given, 600 spent, −100 left (section I spent 2.800, left 1.200; in all 3.400 and 1.800).
  rows[3] = ['3', 'Văn phòng UBND tỉnh', 500, null, 500, 600, -100, 120];
  rows[0] = ['I', 'Khối sở, ngành', 3500, 500, 4000, 2800, 1200, 70];
  rows[7] = [null, 'Tổng cộng', 4700, 500, 5200, 3400, 1800, 65.38];
  const t = checkSheet(report(rows));
  // Văn phòng UBND is row 8.
  expect(told(t)).toEqual(['DISBURSED_EXCEEDS@F8']);
});

it('"Đã thực hiện" holding words in a plan is a status, not money spent (no unreadable amount)', () => {
  const t = checkSheet({ name: 'KH', rows: [
    ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026'], ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tên nhiệm vụ', 'Kinh phí', 'Nguồn vốn', 'Đã thực hiện'],
    ['1', 'Nâng cấp cổng thông tin', '1.200', 'NSĐP', 'Hoàn thành'],
    ['2', 'Giám sát an toàn thông tin', '300', 'NSĐP', 'Đang triển khai'],
  ] });
  expect(t.columnInfo[4]).toMatchObject({ role: 'other', money: false });
  // 1.200 + 300.
  expect(t.summary.total.toFixed()).toBe('1500');
  expect(told(t)).toEqual([]);
});

it('the same report under a merged "Dự toán năm 2026 / Giao đầu năm | Bổ sung | Tổng cộng": the same reading', () => {
  const head: CellValue[][] = [
    ['BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN KINH PHÍ CHUYỂN ĐỔI SỐ NĂM 2026'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Đơn vị', 'Dự toán năm 2026', null, null, 'Đã thực hiện đến 30/9/2026', 'Còn lại', 'Tỷ lệ thực hiện (%)'],
    [null, null, 'Giao đầu năm', 'Bổ sung', 'Tổng cộng', null, null, null],
  ];
  const t = checkSheet({ name: 'TH', rows: [...head, ...ROWS], bold: [5, 9, 12], merges: ['A3:A4', 'B3:B4', 'C3:E3', 'F3:F4', 'G3:G4', 'H3:H4'] });
  expect(t.columnInfo.map((c) => [c.role, c.money])).toEqual([
    ['stt', false], ['place', false], ['other', true], ['other', true], ['amount', true], ['disbursed', true], ['remaining', true], ['other', false],
  ]);
  expect(t.sums.map((s) => [s.kind, s.total, s.parts])).toEqual([['adjust', 5, [3, 4]], ['balance', 5, [6, 7]]]);
  expect(t.summary.total.toFixed()).toBe('5200');
  expect(told(t)).toEqual([]);
});
