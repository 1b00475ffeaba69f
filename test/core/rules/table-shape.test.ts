import { bodyRow, checkOne, codes, planGrid } from '../../helpers/grid';

describe('numbering, time, security share, units', () => {
  it('reports an "I" typed where "2" belongs, and keeps the tree and the subtotal right', () => {
    const t = checkOne(planGrid([
      ['I', 'Dự án', '', 300, ''],
      ['1', 'A', '2021', 100, 'NSĐP'],
      ['2', 'B', '2021', 200, 'NSĐP'],
      ['II', 'Nhiệm vụ', '', 700, ''],
      ['1', 'C', '2021', 300, 'NSĐP'],
      ['I', 'D', '2021', 400, 'NSĐP'],
    ]));
    const stt = t.findings.filter((f) => f.code === 'STT_SEQUENCE');
    expect(stt).toHaveLength(1);
    expect(stt[0]).toMatchObject({ cell: `A${bodyRow(5)}`, expected: '2' });
    expect(codes(t)).not.toContain('SUBTOTAL_MISMATCH'); // II = 300 + 400
  });

  it('reports numbers out of order and duplicated', () => {
    const t = checkOne(planGrid([
      ['1', 'A', '2021', 100, 'NSĐP'],
      ['2', 'B', '2021', 100, 'NSĐP'],
      ['2', 'C', '2021', 100, 'NSĐP'],
      ['5', 'D', '2021', 100, 'NSĐP'],
    ]));
    const stt = t.findings.filter((f) => f.code === 'STT_SEQUENCE').map((f) => [f.cell, f.expected]);
    expect(stt).toEqual([[`A${bodyRow(2)}`, null], [`A${bodyRow(3)}`, '3']]);
  });

  it('warns when time cannot be read and allocates nothing for that row', () => {
    const t = checkOne(planGrid([['1', 'A', 'chưa xác định', 100, 'NSĐP']]));
    expect(t.findings.find((f) => f.code === 'TIME_UNREADABLE')).toMatchObject({ cell: `C${bodyRow(0)}` });
    expect(t.rows[0].allocation.size).toBe(0);
  });

  it('warns when information security is under 10 % and not when it is above', () => {
    const low = checkOne(planGrid([
      ['1', 'Trung tâm giám sát ATTT (SOC)', '2021', 50, 'NSĐP'],
      ['2', 'LGSP', '2021', 950, 'NSĐP'],
    ]));
    expect(low.findings.find((f) => f.code === 'SECURITY_SHARE_LOW')).toMatchObject({ actual: '50', severity: 'warning' });
    const ok = checkOne(planGrid([
      ['1', 'Trung tâm giám sát ATTT (SOC)', '2021', 150, 'NSĐP'],
      ['2', 'LGSP', '2021', 850, 'NSĐP'],
    ]));
    expect(codes(ok)).not.toContain('SECURITY_SHARE_LOW');
  });

  it('suspects a unit when an amount in triệu đồng is really in đồng', () => {
    const t = checkOne(planGrid([['1', 'A', '2021', 8000000000, 'NSĐP']]));
    expect(codes(t)).toContain('UNIT_SUSPECT');
  });

  it('suspects a unit exactly at the bounds, 10.000 tỷ and 1.000 đồng, whatever the table\'s unit', () => {
    // triệu đồng: 10.000 tỷ is 10.000.000 triệu, 1.000 đồng is 0,001 triệu.
    const trieu = checkOne(planGrid([
      ['1', 'A', '2021', 10000000, 'NSĐP'], ['2', 'B', '2021', 9999999.999, 'NSĐP'], ['3', 'C', '2021', 9007199, 'NSĐP'],
      ['4', 'D', '2021', 0.0009, 'NSĐP'], ['5', 'E', '2021', 0.001, 'NSĐP'], ['6', 'F', '2021', -20000000, 'NSĐP'],
    ]));
    const suspects = (t: typeof trieu) => t.findings.filter((f) => f.code === 'UNIT_SUSPECT').map((f) => `${f.cell}:${f.message.includes('đồng') ? f.actual : ''}`);
    expect(suspects(trieu)).toEqual([`D${bodyRow(0)}:10000000`, `D${bodyRow(3)}:0.0009`, `D${bodyRow(5)}:-20000000`]);
    // tỷ đồng: 10.000 tỷ and 0,000001 tỷ.
    const ty = checkOne(planGrid([
      ['1', 'A', '2021', 10000, 'NSĐP'], ['2', 'B', '2021', 9999.999, 'NSĐP'], ['3', 'C', '2021', 0.0000009, 'NSĐP'], ['4', 'D', '2021', 0.000001, 'NSĐP'],
    ], { titles: ['Phụ lục IV', 'DANH MỤC DỰ ÁN GIAI ĐOẠN 2021 - 2025', 'Đơn vị tính: tỷ đồng'] }));
    expect(ty.unit).toBe('tỷ đồng');
    expect(suspects(ty)).toEqual([`D${bodyRow(0)}:10000`, `D${bodyRow(2)}:0.0000009`]);
  });

  it('reads the unit line and period from the titles, and flags years outside it', () => {
    const t = checkOne(planGrid([['1', 'A', '2019-2022', 400, 'NSĐP']]));
    expect(t.unit).toBe('triệu đồng');
    expect(t.period).toEqual({ from: 2021, to: 2025 });
    expect(t.findings.find((f) => f.code === 'OUTSIDE_PERIOD')).toMatchObject({ actual: '200' }); // 2019, 2020 of 4 years × 100
  });

  it('warns about an item without an amount among siblings that have one, but not about "-"', () => {
    const t = checkOne(planGrid([
      ['1', 'A', '2021', 100, 'NSĐP'],
      ['2', 'B', '2021', null, 'NSĐP'],
      ['3', 'C', '2021', '-', 'NSĐP'],
    ]));
    expect(t.findings.filter((f) => f.code === 'AMOUNT_MISSING').map((f) => f.cell)).toEqual([`D${bodyRow(1)}`]);
  });
});

describe('which rows are about information security', () => {
  // The rule reads names quickly first (rules/security.ts): every way of writing these must still count.
  it.each([
    'Trung tâm giám sát an toàn thông tin (SOC)', 'ĐẢM BẢO AN TOÀN, AN NINH MẠNG', 'Hệ thống bảo mật', 'Ung cuu su co ATTT',
    'Phòng chống tấn công mạng', 'Ứng cứu sự cố', 'Mua sắm tường lửa', 'Phần mềm chống mã độc', 'PHẦN MỀM CHỐNG MÃ ĐỘC', 'Bản quyền antivirus',
    'Giám sát an toàn'.normalize('NFD'), 'Bao mat du lieu',
  ])('"%s" counts', (name) => {
    const t = checkOne(planGrid([['1', name, '2021', 200, 'NSĐP'], ['2', 'Cổng dịch vụ công', '2021', 800, 'NSĐP']]));
    expect(codes(t)).not.toContain('SECURITY_SHARE_LOW');
  });
});
