import { bodyRow, checkOne, codes, planGrid } from '../../helpers/grid';

describe('funding sources', () => {
  it('splits a row between sources with their amounts and totals them by source and type', () => {
    // 4.000 NSĐP investment + 11.000 private = 15.000.
    const t = checkOne(planGrid([['1', 'IOC', '2021-2022', 15000, '- NSĐP (Vốn đầu tư): 4.000; - Khác (XHH): 11.000']]));
    expect(codes(t)).not.toContain('SOURCE_SPLIT_MISMATCH');
    expect(t.summary.bySource['NSĐP'].toFixed()).toBe('4000');
    expect(t.summary.bySource['Khác'].toFixed()).toBe('11000');
    expect(t.summary.byType['ĐTPT'].toFixed()).toBe('4000');
    // 2021: 2.000 NSĐP + 5.500 Khác (each spread over two years).
    expect(t.summary.byYearSource.get(2021)?.['NSĐP']?.toFixed()).toBe('2000');
    expect(t.summary.byYearSource.get(2021)?.['Khác']?.toFixed()).toBe('5500');
    expect(t.summary.byYear.get(2021)?.toFixed()).toBe('7500');
  });

  it('asks no source of a task with no money to place, unless an amount was written where the source belongs', () => {
    // "Lồng ghép" (done within another budget) and "Không phát sinh kinh phí": nothing to total by
    // source, so their source words are not asked about. A figure in the source cell of a task with
    // no amount is still told: the row's cells have likely slipped.
    const t = checkOne(planGrid([
      ['1', 'Tuyên truyền về chuyển đổi số', '2021', 'Lồng ghép', 'Lồng ghép trong kinh phí tuyên truyền của đơn vị'],
      ['2', 'Rà soát quy trình nội bộ', '2021', 'Không phát sinh kinh phí', 'Vốn sự nghiệp'],
      ['3', 'Cổng dịch vụ công', '2021', null, '1.200 triệu đồng'],
      ['4', 'Trung tâm dữ liệu', '2021', 800, 'Vốn sự nghiệp'],
    ]));
    expect(t.findings.filter((f) => f.code === 'SOURCE_UNKNOWN').map((f) => f.cell)).toEqual([`E${bodyRow(2)}`, `E${bodyRow(3)}`]);
  });

  it('asks no source of a task whose amount is 0 (moved to another year, given free)', () => {
    // "0" beside "Đã bố trí năm 2026" is no money: nothing to total by source. Before, it was told
    // it "has money (0 triệu đồng) but no source". The 300 beside it still is asked.
    const t = checkOne(planGrid([
      ['1', 'Chuyển đổi IPv6', '2021', 0, null],
      ['2', 'Trung tâm dữ liệu', '2021', 300, null],
      ['3', 'Cổng dịch vụ công', '2021', 1200, 'NSĐP'],
    ]));
    expect(t.findings.filter((f) => f.code === 'SOURCE_MISSING').map((f) => f.cell)).toEqual([`E${bodyRow(1)}`]);
  });

  it('flags split sources that do not add up to the row', () => {
    const t = checkOne(planGrid([['1', 'IOC', '2021', 15000, '- NSĐP: 4.000; - Khác: 10.000']]));
    expect(t.findings.find((f) => f.code === 'SOURCE_SPLIT_MISMATCH')).toMatchObject({
      cell: `E${bodyRow(0)}`, expected: '15000', actual: '14000',
    });
  });

  it('warns when a row names two sources but not the share of each', () => {
    const t = checkOne(planGrid([
      ['1', 'IOC', '2021', 15000, 'NSTW và NSĐP'],
      // One source in two spending types: the source is known, nothing to say.
      ['2', 'LGSP', '2021', 3000, 'NSĐP (ĐTPT, CTX)'],
    ]));
    const said = t.findings.filter((f) => f.code === 'SOURCE_MISSING');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ cell: `E${bodyRow(0)}`, severity: 'warning', actual: 'NSTW và NSĐP' });
    expect(said[0].message).toContain('(NSTW, NSĐP)');
    // The 15.000 cannot be placed by source: it is what the totals show as "Chưa rõ".
    expect(t.summary.bySource['Chưa rõ'].toFixed()).toBe('15000');
    expect(t.summary.bySource['NSĐP'].toFixed()).toBe('3000');
  });

  it('warns about money with no source, and takes a section\'s source for its items', () => {
    const t = checkOne(planGrid([
      ['I', 'Vốn NSTW', '', 300, 'NSTW'],
      ['1', 'A', '2021', 300, ''],
      ['II', 'Khác', '', 200, ''],
      ['1', 'B', '2021', 200, ''],
    ]));
    const missing = t.findings.filter((f) => f.code === 'SOURCE_MISSING');
    expect(missing.map((f) => f.cell)).toEqual([`E${bodyRow(3)}`]);
    expect(t.summary.bySource['NSTW'].toFixed()).toBe('300');
    expect(t.summary.bySource['Chưa rõ'].toFixed()).toBe('200');
  });

  it('warns about a source it cannot classify', () => {
    const t = checkOne(planGrid([['1', 'A', '2021', 100, 'abc xyz']]));
    expect(t.findings.find((f) => f.code === 'SOURCE_UNKNOWN')).toMatchObject({ cell: `E${bodyRow(0)}` });
  });

  it('a lease funded as development investment is a project, not a fault (ND 73 Điều 3 khoản 5, Điều 19 khoản 2 điểm đ)', () => {
    const t = checkOne(planGrid([['1', 'Thuê dịch vụ phần mềm một cửa', '2021-2023', 900, 'NSĐP (Vốn đầu tư)']]));
    expect(codes(t)).not.toContain('LEASE_ON_INVESTMENT_CAPITAL');
    expect(t.findings.find((f) => f.code === 'PROCEDURE_HINT')?.expected).toBe('project');
  });

  it('flags a lease longer than five years', () => {
    const t = checkOne(planGrid([['1', 'Thuê dịch vụ SOC', '2021-2027', 700, 'NSĐP (chi thường xuyên)']]), { period: { from: 2021, to: 2027 } });
    expect(t.findings.find((f) => f.code === 'LEASE_TERM_OUT_OF_RANGE')).toMatchObject({ actual: '7' });
  });

  it('gives the ND 73 route for a recurrent amount above 200 triệu and up to 15 tỷ', () => {
    const t = checkOne(planGrid([['1', 'Nâng cấp', '2021', 900, 'NSĐP (vốn sự nghiệp)']]));
    const hint = t.findings.find((f) => f.code === 'PROCEDURE_HINT');
    expect(hint?.suggestion).toBe('outline-estimate');
  });
});

describe('SOURCE_UNKNOWN says what is wrong with the source cell', () => {
  const unknown = (source: string) =>
    checkOne(planGrid([['1', 'Hệ thống X', '2021', '1.000', source]])).findings.find((f) => f.code === 'SOURCE_UNKNOWN');

  it('an amount in the source column (khao-sat-mau.xlsx I10 holds "11.853.224.938 đồng") is called a slipped column', () => {
    const f = unknown('11.853.224.938 đồng');
    expect(f?.message).toContain('cột nguồn vốn lại ghi một số tiền');
    expect(f?.message).not.toContain('không xác định được nguồn vốn');
  });

  it('"Ngân sách nhà nước" is told it covers both NSTW and NSĐP', () => {
    expect(unknown('Ngân sách nhà nước')?.message).toContain('gồm cả ngân sách trung ương (NSTW) và ngân sách địa phương (NSĐP)');
  });

  it('a kind of spending without its budget ("Vốn sự nghiệp KH&CN", "Nguồn CCHC") is asked for the budget, not told it is unreadable', () => {
    const f = unknown('Vốn sự nghiệp KH&CN');
    expect(f?.message).toContain('ghi loại chi (chi thường xuyên) nhưng chưa ghi cấp ngân sách');
    expect(f?.message).toContain('"NSĐP (Vốn sự nghiệp KH&CN)"');
    expect(unknown('Nguồn CCHC')?.message).toContain('chưa ghi cấp ngân sách');
  });

  it('a national target programme is told it is funded by NSTW and NSĐP together', () => {
    expect(unknown('Chương trình MTQG')?.message).toContain('là một chương trình, chưa phải nguồn vốn');
    expect(unknown('Vốn CTMTQG xây dựng nông thôn mới')?.message).toContain('NSTW hỗ trợ và NSĐP đối ứng');
  });

  it('the budget named after the spending ("Sự nghiệp KHCN tỉnh", "Kinh phí CCHC của tỉnh") is the locality\'s: no finding, 1.000 in NSĐP', () => {
    for (const source of ['Sự nghiệp KHCN tỉnh', 'Kinh phí CCHC của tỉnh', 'Chi thường xuyên cấp huyện']) {
      const t = checkOne(planGrid([['1', 'Hệ thống X', '2021', '1.000', source]]));
      expect(codes(t)).not.toContain('SOURCE_UNKNOWN');
      expect(t.summary.bySource['NSĐP'].toFixed()).toBe('1000');
    }
  });

  it('a public service unit\'s own revenue ("Nguồn thu sự nghiệp") is no budget money: Khác, no finding', () => {
    const t = checkOne(planGrid([['1', 'Hệ thống X', '2021', '1.000', 'Nguồn thu sự nghiệp']]));
    expect(codes(t)).not.toContain('SOURCE_UNKNOWN');
    expect(t.summary.bySource['Khác'].toFixed()).toBe('1000');
  });

  it('other words keep the plain message', () => {
    const f = unknown('Nguồn chuyển đổi số');
    expect(f?.message).toContain('không xác định được nguồn vốn "Nguồn chuyển đổi số"');
  });
});

describe('a table with no source column', () => {
  const header = ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí'];
  const body = [['1', 'Nâng cấp cổng thông tin', '2026', 1_000], ['2', 'Số hóa hồ sơ', '2026', 500], [null, 'Tổng cộng', null, 1_500]];
  it('is asked for one when it is a plan of many tasks', () => {
    const t = checkOne(planGrid(body, { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'Đơn vị tính: triệu đồng'], header }));
    expect(t.findings.filter((f) => f.code === 'SOURCE_MISSING').map((f) => f.cell)).toEqual([null]);
  });
  it('is not when it reports what was done, or estimates one task', () => {
    for (const title of ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'DỰ TOÁN KINH PHÍ NHIỆM VỤ SỐ HÓA HỒ SƠ NĂM 2026']) {
      const t = checkOne(planGrid(body, { titles: [title, 'Đơn vị tính: triệu đồng'], header }));
      expect(codes(t)).not.toContain('SOURCE_MISSING');
    }
  });
  it('takes the source a name ends with, in brackets or after a dash (before: "Chưa rõ" and a false SOURCE_MISSING)', () => {
    const named = (first: string, second: string) => checkOne(planGrid([
      ['1', first, '2026', 1_000], ['2', second, '2026', 500], [null, 'Tổng cộng', null, 1_500],
    ], { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'Đơn vị tính: triệu đồng'], header }));
    const t = named('Nâng cấp cổng thông tin (vốn NSĐP)', 'Giám sát an toàn thông tin - nguồn NSTW');
    expect(codes(t)).not.toContain('SOURCE_MISSING');
    // NSĐP 1.000, NSTW 500.
    expect([t.summary.bySource['NSĐP'].toFixed(), t.summary.bySource['NSTW'].toFixed()]).toEqual(['1000', '500']);
    // A bracket that is no source ("(giai đoạn 2)", "(Trung ương)" naming whose system it is) leaves the table asked.
    expect(named('Nâng cấp cổng thông tin (giai đoạn 2)', 'Kết nối hệ thống (Trung ương)').findings.filter((f) => f.code === 'SOURCE_MISSING').map((f) => f.cell)).toEqual([null]);
  });
  it('takes a remark that names the sources and nothing else as the row\'s source cell (before: "Chưa rõ" and a false SOURCE_MISSING)', () => {
    const withNotes = (notes: (string | null)[]) => checkOne(planGrid([
      ['1', 'Nâng cấp cổng thông tin', '2026', 1_000, notes[0]],
      ['2', 'Số hóa hồ sơ', '2026', 500, notes[1]],
      [null, 'Tổng cộng', null, 1_500, null],
    ], { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'Đơn vị tính: triệu đồng'], header: [...header, 'Ghi chú'] }));
    const t = withNotes(['NSĐP', 'Nguồn NSTW hỗ trợ']);
    expect(codes(t)).not.toContain('SOURCE_MISSING');
    // NSĐP 1.000, NSTW 500.
    expect(t.summary.bySource['NSĐP'].toFixed()).toBe('1000');
    expect(t.summary.bySource['NSTW'].toFixed()).toBe('500');
    // A remark that says more than a source ("Chuyển tiếp từ năm 2025") is no source: that row is asked, at its amount.
    const partly = withNotes(['NSĐP', 'Chuyển tiếp từ năm 2025']);
    const second = partly.rows.find((r) => r.name === 'Số hóa hồ sơ')?.row;
    expect(partly.findings.filter((f) => f.code === 'SOURCE_MISSING').map((f) => f.cell)).toEqual([`D${second}`]);
    // Remarks that name no source leave the table asked once, as before.
    expect(withNotes(['Đã có chủ trương', null]).findings.filter((f) => f.code === 'SOURCE_MISSING').map((f) => f.cell)).toEqual([null]);
  });
});
