// PERCENT_MISMATCH: a disbursement report states, row by row, what was disbursed as a share of
// the plan ("Tỷ lệ giải ngân (%)"); an auditor divides the two figures and compares. Every expected
// figure below is that division, done by hand in the comments.
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkOne, codes } from '../../helpers/grid';

/** A table of five columns under its title and the unit line (triệu đồng). */
function table(title: string, header: CellValue[], rows: CellValue[][]): Grid {
  return { sheet: 'BC', top: 1, left: 1, values: [[title, null, null, null, null], ['Đơn vị tính: triệu đồng', null, null, null, null], header, ...rows] };
}

function report(rows: CellValue[][], shareHeader = 'Tỷ lệ giải ngân (%)'): Grid {
  return table('BÁO CÁO TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG LĨNH VỰC CNTT NĂM 2026', ['STT', 'Tên dự án', 'Kế hoạch vốn năm 2026', 'Giải ngân đến 30/9/2026', shareHeader], rows);
}

// 6.000 / 12.000 = 50%; 4.000 / 5.000 = 80%; 1.500 / 3.000 = 50%; 11.500 / 20.000 = 57,5%.
const RIGHT: CellValue[][] = [
  ['', 'TỔNG CỘNG', 20000, 11500, 57.5],
  ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', 12000, 6000, 50],
  ['2', 'Hệ thống camera giám sát giao thông', 5000, 4000, 80],
  ['3', 'Nền tảng tích hợp dữ liệu (LGSP)', 3000, 1500, 50],
];

test('a right report raises nothing; the percentages are no money (not added up under the total)', () => {
  const t = checkOne(report(RIGHT));
  expect(t.share).toEqual({ col: 5, part: 4, whole: 3 });
  expect(t.moneyColumns.map((c) => c.col)).toEqual([3, 4]);
  expect(codes(t).filter((c) => c !== 'FORMULA_HARDCODED')).toEqual([]);
});

test('a percentage that is not the row\'s share is named with the division that shows it', () => {
  const rows = RIGHT.map((r) => [...r]);
  rows[2][4] = 60; // the camera row (sheet row 6): 4.000 / 5.000 = 80%, written 60
  const t = checkOne(report(rows));
  const f = t.findings.filter((x) => x.code === 'PERCENT_MISMATCH');
  expect(f.map((x) => [x.cell, x.actual, x.expected, x.severity])).toEqual([['E6', '60', '80', 'warning']]);
  expect(f[0].message).toContain('tỷ lệ ghi 60% nhưng 4.000 triệu đồng / 5.000 triệu đồng = 80%');
  expect(f[0].related).toEqual(['D6', 'C6']);
});

test('rounded figures, text with "%" and cells formatted as percentages are right', () => {
  // 1.000 / 3.000 = 33,33…%: written 33,3 (one decimal), "33%" (none) or 0,3333 (a percentage cell).
  for (const written of [33.3, '33%', 0.3333, '33,33 %']) {
    const t = checkOne(report([['1', 'Số hóa hồ sơ', 3000, 1000, written]]));
    expect([String(written), codes(t)]).toEqual([String(written), []]);
  }
  // 0,575 formatted as a percentage is 57,5%: 11.500 / 20.000.
  expect(codes(checkOne(report([['1', 'Dự án A', 20000, 11500, 0.575]])))).toEqual([]);
  // 34 is not 33,33…% to a whole percent.
  expect(codes(checkOne(report([['1', 'Số hóa hồ sơ', 3000, 1000, 34]])))).toEqual(['PERCENT_MISMATCH']);
});

test('a percentage of something else ("Tỷ lệ hoàn thành (%)") is not taken for a disbursement rate', () => {
  const rows = RIGHT.map((r) => [...r]);
  rows[2][4] = 60;
  const t = checkOne(report(rows, 'Tỷ lệ hoàn thành khối lượng (%)'));
  expect(t.share).toBeUndefined();
  expect(codes(t)).not.toContain('PERCENT_MISMATCH');
});

describe('"So sánh 2027/2026 (%)" beside the two years\' estimates', () => {
  const estimate = (rate: number) => checkOne(table('DỰ TOÁN KINH PHÍ ỨNG DỤNG CNTT, CHUYỂN ĐỔI SỐ NĂM 2027',
    ['STT', 'Nội dung', 'Dự toán năm 2026', 'Dự toán năm 2027', 'So sánh 2027/2026 (%)'], [
      ['', 'TỔNG CỘNG (A+B)', 5000, 6500, 130],
      ['A', 'CHI THƯỜNG XUYÊN', 3000, 3500, 116.7],
      ['1', 'Duy trì, vận hành hệ thống thông tin', 2000, 2200, rate],
      ['2', 'Thuê đường truyền', 1000, 1300, 130],
      ['B', 'CHI ĐẦU TƯ PHÁT TRIỂN', 2000, 3000, 150],
      ['1', 'Nâng cấp trung tâm dữ liệu', 2000, 3000, 150],
    ]));

  it('is the 2027 figure over the 2026 one: 6.500 / 5.000 = 130 %, 3.500 / 3.000 = 116,7 % (one decimal)', () => {
    const t = estimate(110);
    expect(t.share).toEqual({ col: 5, part: 4, whole: 3 });
    expect(codes(t)).not.toContain('PERCENT_MISMATCH');
  });

  it('names a row whose comparison is off: 2.200 / 2.000 = 110 %, written 115', () => {
    const f = estimate(115).findings.filter((x) => x.code === 'PERCENT_MISMATCH');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['E6', '110']]);
  });

  it('counts the items under "A. CHI THƯỜNG XUYÊN" and "B. CHI ĐẦU TƯ PHÁT TRIỂN" as those types, though they name no source', () => {
    const t = estimate(110);
    // 2.200 + 1.300 = 3.500 recurrent; 3.000 investment.
    expect(Object.fromEntries(Object.entries(t.summary.byType).filter(([, v]) => !v?.isZero()).map(([k, v]) => [k, v?.toFixed()]))).toEqual({ CTX: '3500', 'ĐTPT': '3000' });
    // Their source is still unknown.
    expect(t.summary.bySource['Chưa rõ'].toFixed()).toBe('6500');
  });
});

describe('"So sánh DT 2027/ƯTH 2026 (%)" beside three columns, two of them 2026\'s', () => {
  // Before: two columns of 2026 ("Dự toán" and "Ước thực hiện") and the comparison was not checked at all.
  const estimate = (rate: number) => checkOne({ sheet: 'DT', top: 1, left: 1, values: [
    ['DỰ TOÁN CHI ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2027', null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null],
    ['STT', 'Nội dung', 'Dự toán năm 2026', 'Ước thực hiện năm 2026', 'Dự toán năm 2027', 'So sánh DT 2027/ƯTH 2026 (%)'],
    ['', 'TỔNG SỐ', 5000, 4500, 6000, 133.3],
    ['1', 'Duy trì cổng thông tin điện tử', 3000, 2700, 3600, rate],
    ['2', 'Thuê đường truyền số liệu chuyên dùng', 2000, 1800, 2400, 133.3],
  ] });

  it('is the 2027 estimate over the 2026 expected figure: 6.000 / 4.500 = 133,3 %, 3.600 / 2.700 = 133,3 %, 2.400 / 1.800 = 133,3 %', () => {
    const t = estimate(133.3);
    expect(t.share).toEqual({ col: 6, part: 5, whole: 4 });
    expect(codes(t)).not.toContain('PERCENT_MISMATCH');
  });

  it('names a row whose comparison is off: 3.600 / 2.700 = 133,33 %, written 120 (3.600 / 3.000, the 2026 estimate)', () => {
    const f = estimate(120).findings.filter((x) => x.code === 'PERCENT_MISMATCH');
    expect(f.map((x) => [x.cell, x.expected])).toEqual([['F5', '133.33']]);
  });
});

describe('"Tỷ lệ thực hiện (%)" beside a year\'s plan and what was done', () => {
  const report = (rate: number) => checkOne(table('BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026',
    ['STT', 'Nhiệm vụ', 'Kế hoạch năm 2026', 'Thực hiện năm 2026', 'Tỷ lệ thực hiện (%)'], [
      ['', 'TỔNG CỘNG', 3000, 2400, 80],
      ['1', 'Nâng cấp cổng thông tin điện tử', 1000, 1000, 100],
      ['2', 'Số hóa hồ sơ lưu trữ', 2000, 1400, rate],
    ]));

  it('is what was done over the plan: 2.400 / 3.000 = 80 %, 1.000 / 1.000 = 100 %, 1.400 / 2.000 = 70 %', () => {
    const t = report(70);
    expect(t.share).toEqual({ col: 5, part: 4, whole: 3 });
    expect(codes(t)).not.toContain('PERCENT_MISMATCH');
  });

  it('names 75 written for 70 (the writer of this test slipped so, and the check caught it)', () => {
    expect(report(75).findings.filter((f) => f.code === 'PERCENT_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['E6', '70', '75']]);
  });
});

describe('"Tỷ trọng (%)": each row\'s amount as a share of the table\'s total', () => {
  // Before: the column was read and never checked; 300 of 1.000 written as 20% passed.
  const plan = (rows: CellValue[][], header = 'Tỷ trọng (%)'): Grid => table('KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026-2030', ['STT', 'Nội dung', 'Kinh phí', header, 'Nguồn vốn'], rows);
  // 3.000 in all: I 2.000 (66,67%), its items 1.000 each (50% of I, 33,33% of all); II 1.000
  // (33,3%, cut), its items 600 (20% of all, 60% of II) and 400 (13,33% of all).
  const right: CellValue[][] = [
    ['', 'TỔNG CỘNG', 3000, 100, ''],
    ['I', 'Hạ tầng số', 2000, 66.67, ''],
    ['1', 'Mạng diện rộng', 1000, 50, 'NSĐP'],
    ['2', 'Trung tâm dữ liệu', 1000, 33.33, 'NSĐP'],
    ['II', 'Ứng dụng', 1000, 33.3, ''],
    ['1', 'Một cửa điện tử', 600, 20, 'NSĐP'],
    ['2', 'An toàn thông tin', 400, 13.33, 'NSĐP'],
  ];

  it('shares of the total or of the section above, rounded or cut, and 100 on the total line: nothing said', () => {
    const t = checkOne(plan(right));
    expect(t.share).toEqual({ col: 4, part: 3, whole: 3, ofTotal: true });
    expect(codes(t)).not.toContain('PERCENT_MISMATCH');
  });

  it('a share that is neither is named, with the amount over the total', () => {
    const rows = right.map((r) => [...r]);
    rows[5][3] = 30; // "Một cửa điện tử" (sheet row 9): 600 / 3.000 = 20%, 600 / 1.000 = 60%; written 30
    const t = checkOne(plan(rows));
    const f = t.findings.filter((x) => x.code === 'PERCENT_MISMATCH');
    expect(f.map((x) => [x.cell, x.actual, x.expected])).toEqual([['D9', '30', '20']]);
    expect(f[0].message).toContain('tỷ trọng ghi 30% nhưng 600 triệu đồng trên tổng 3.000 triệu đồng là 20%');
  });

  it('shares typed as fractions (0,6 shown as 60%) under "Tỷ trọng so với tổng số (%)"', () => {
    // 600 / 1.000 = 0,6; 300 / 1.000 = 0,3; 100 / 1.000 written 0,2 (it is 0,1: 10%).
    const t = checkOne(plan([
      ['1', 'Hạ tầng số', 600, 0.6, 'NSĐP'],
      ['2', 'Nền tảng số', 300, 0.3, 'NSĐP'],
      ['3', 'An toàn thông tin', 100, 0.2, 'NSĐP'],
      ['', 'Tổng cộng', 1000, 1, ''],
    ], 'Tỷ trọng so với tổng số (%)'));
    expect(t.findings.filter((x) => x.code === 'PERCENT_MISMATCH').map((x) => [x.cell, x.expected])).toEqual([['D6', '10']]);
  });
});

describe('an execution report ("Dự toán năm 2026 | Thực hiện 9 tháng | Ước thực hiện cả năm | So với dự toán (%)")', () => {
  // 2.850 / 3.000 = 95%; 1.000 / 1.000 = 100%; 1.400 / 1.500 = 93,33…% (93,3 as written); 450 /
  // 500 = 90%. "Thực hiện 9 tháng" adds up to 700 + 800 + 300 = 1.800.
  const rows = (share2: number, nine2 = 800): CellValue[][] => [
    ['', 'Tổng cộng', 3000, 1800, 2850, 95],
    ['1', 'Duy trì hệ thống văn bản điều hành', 1000, 700, 1000, 100],
    ['2', 'Nâng cấp cổng dịch vụ công', 1500, nine2, 1400, share2],
    ['3', 'Đào tạo kỹ năng số', 500, 300, 450, 90],
  ];
  const report = (r: CellValue[][]): Grid => ({
    sheet: 'BC', top: 1, left: 1, values: [
      ['BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN CHI ỨNG DỤNG CNTT 9 THÁNG NĂM 2026', null, null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null, null],
      ['STT', 'Nội dung', 'Dự toán năm 2026', 'Thực hiện 9 tháng', 'Ước thực hiện cả năm', 'So với dự toán (%)'],
      ...r,
    ],
  });

  it('a right report: the figures done are money, the shares right', () => {
    // Before: "Thực hiện 9 tháng" and "Ước thực hiện cả năm" were no money and the share unchecked.
    const t = checkOne(report(rows(93.3)));
    expect(t.moneyColumns.map((c) => c.col)).toEqual([3, 4, 5]);
    expect(t.share).toEqual({ col: 6, part: 5, whole: 3, orParts: [4] });
    expect(codes(t).filter((c) => c !== 'FORMULA_HARDCODED')).toEqual([]);
  });

  it('a share of what was done in nine months (800 / 1.500 = 53,3%) is as right as of the year\'s expected figure', () => {
    expect(codes(checkOne(report(rows(53.3))))).not.toContain('PERCENT_MISMATCH');
  });

  it.each(['Tỷ lệ (%)', 'Tỷ lệ thực hiện (%)'])('"%s" there is the same share', (header) => {
    const withHeader = (r: CellValue[][]): Grid => {
      const g = report(r);
      g.values[2] = [...g.values[2].slice(0, 5), header];
      return g;
    };
    expect(codes(checkOne(withHeader(rows(93.3))))).not.toContain('PERCENT_MISMATCH');
    expect(checkOne(withHeader(rows(80))).findings.filter((f) => f.code === 'PERCENT_MISMATCH').map((f) => f.cell)).toEqual(['F6']);
  });

  it('a share that is neither is named against the year\'s expected figure; a wrong nine months is found in its column', () => {
    const t = checkOne(report(rows(80, 900)));
    expect(t.findings.filter((f) => f.code === 'PERCENT_MISMATCH').map((f) => [f.cell, f.expected])).toEqual([['F6', '93.33']]);
    // 700 + 900 + 300 = 1.900, not the 1.800 written.
    expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => f.cell)).toEqual(['D4']);
  });
});

it('"Thực hiện 6 tháng đầu năm" holding what was done in words ("Đang triển khai") is no money', () => {
  const t = checkOne(table('BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ỨNG DỤNG CNTT 6 THÁNG ĐẦU NĂM 2026',
    ['STT', 'Nhiệm vụ', 'Kinh phí được giao', 'Thực hiện 6 tháng đầu năm', 'Ghi chú'], [
      ['1', 'Nâng cấp cổng thông tin', 500, 'Đã hoàn thành lựa chọn nhà thầu', null],
      ['2', 'Số hóa hồ sơ', 800, 'Đang triển khai', null],
    ]));
  expect(t.moneyColumns.map((c) => c.col)).toEqual([3]);
});
