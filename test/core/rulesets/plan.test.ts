// A plan judged by the law in force on its date: the date read from its title lines, the rule
// set named in the check's JSON, and the lease, procedure and contingency findings on its rows
// under ND 73/2019, ND 45/2026 and ND 224/2026. Expected routes follow the articles quoted in
// rulesets.test.ts; amounts are the cells' own.
import { checkResultToJSON } from '../../../src/core/json';
import { planDate } from '../../../src/core/plan-date';
import { bodyRow, checkOne, planGrid } from '../../helpers/grid';
import type { CellValue } from '../../../src/core/grid';

const titlesOn = (date: string) => ['Phụ lục IV', `Kèm theo Kế hoạch số 123/KH-UBND ${date} của UBND tỉnh`, 'DANH MỤC DỰ ÁN GIAI ĐOẠN 2021 - 2025', 'Đơn vị tính: Triệu đồng'];
const plan = (rows: CellValue[][], titles: string[], ruleSet?: string) => checkOne(planGrid(rows, { titles }), ruleSet ? { ruleSet } : {});
const byCode = (t: ReturnType<typeof checkOne>, code: string) => t.findings.filter((f) => f.code === code);

describe('planDate: the date in the title lines', () => {
  it.each([
    ['Kèm theo Kế hoạch số 123/KH-UBND ngày 09/10/2020 của UBND tỉnh', '2020-10-09', 'ngày 09/10/2020'],
    ['(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 15 tháng 3 năm 2021)', '2021-03-15', 'ngày 15 tháng 3 năm 2021'],
    ['KÈM THEO KẾ HOẠCH SỐ 7/KH-UBND NGÀY 1-7-2026', '2026-07-01', 'NGÀY 1-7-2026'],
    ['Kèm theo Kế hoạch ngày\u00a009.10.2020', '2020-10-09', 'ngày 09.10.2020'],
  ])('%s → %s', (title, date, text) => {
    expect(planDate([title])).toEqual({ date, text });
  });
  it('reads decomposed (NFD) text pasted from a PDF', () => {
    expect(planDate(['Kèm theo Kế hoạch ngày 09/10/2020'.normalize('NFD')])?.date).toBe('2020-10-09');
  });
  it('a period, a document number or an impossible day is not a date', () => {
    expect(planDate(['GIAI ĐOẠN 2021 - 2025', 'Quyết định số 09/10/2020', 'Đơn vị tính: Triệu đồng'])).toBeNull();
    expect(planDate(['ngày 31/02/2021'])).toBeNull();
    expect(planDate(['ngày 31/02/2021; ngày 01/03/2021'])?.date).toBe('2021-03-01');
  });
});

describe('which law a table is judged by (check JSON ruleSet and ruleSetInfo)', () => {
  const rows: CellValue[][] = [['1', 'Nền tảng LGSP', '2021-2023', 18000, 'NSĐP (Vốn đầu tư)']];
  const info = (titles: string[], ruleSet?: string) => checkResultToJSON({ file: 'p.xlsx', tables: [plan(rows, titles, ruleSet)] }).tables[0];

  it('the date in the titles: 09/10/2020 → ND 73, and why', () => {
    const t = info(titlesOn('ngày 09/10/2020'));
    expect(t.ruleSet).toBe('nd73-2019');
    expect(t.ruleSetInfo).toEqual({
      id: 'nd73-2019', name: 'Nghị định 73/2019/NĐ-CP', from: '2020-01-01', to: '2026-02-28', status: 'confirmed',
      why: 'theo ngày ghi trong tiêu đề "ngày 09/10/2020"',
    });
  });
  it('15/09/2026 → ND 224 (transcription); 01/04/2026 → ND 45 (reported)', () => {
    expect(info(titlesOn('ngày 15/09/2026')).ruleSetInfo).toMatchObject({ id: 'nd224-2026', status: 'transcription', from: '2026-07-01', to: null });
    expect(info(titlesOn('ngày 01/04/2026')).ruleSetInfo).toMatchObject({ id: 'nd45-2026', status: 'reported' });
  });
  it('no date in the titles: 1 January of the period\'s first year', () => {
    const t = info(['Phụ lục IV', 'DANH MỤC DỰ ÁN GIAI ĐOẠN 2021 - 2025', 'Đơn vị tính: Triệu đồng']);
    expect(t.ruleSetInfo).toMatchObject({ id: 'nd73-2019' });
    expect(t.ruleSetInfo.why).toContain('năm đầu của giai đoạn kế hoạch');
  });
  it('the user\'s choice wins (--ruleset, the pane setting)', () => {
    expect(info(titlesOn('ngày 09/10/2020'), 'nd224-2026').ruleSetInfo).toMatchObject({ id: 'nd224-2026', why: 'do người dùng chọn' });
  });
});

describe('ND 73/2019 on a plan dated 09/10/2020', () => {
  const titles = titlesOn('ngày 09/10/2020');
  it('a lease is routed by the lease articles, not the recurrent tiers: 20.000 triệu → lease plan, not "project"', () => {
    const t = plan([['1', 'Thuê dịch vụ hệ thống giám sát SOC', '2021-2025', 20000, 'NSĐP (chi thường xuyên)']], titles);
    const [hint] = byCode(t, 'PROCEDURE_HINT');
    expect(hint).toMatchObject({ cell: `D${bodyRow(0, 4)}`, expected: 'lease-plan' });
    expect(hint.message).toContain('Điều 52');
    expect(hint.message).not.toContain('Điều 51');
  });
  it('a lease funded from investment capital is allowed (Điều 3 khoản 5, Điều 19 khoản 2 điểm đ): no warning, a project route', () => {
    const t = plan([['1', 'Thuê dịch vụ trung tâm dữ liệu', '2021-2023', 9000, 'NSĐP (Vốn đầu tư)']], titles);
    expect(byCode(t, 'LEASE_ON_INVESTMENT_CAPITAL')).toEqual([]);
    expect(byCode(t, 'PROCEDURE_HINT')[0]).toMatchObject({ expected: 'project' });
  });
  it('lease terms: 5 years (2021-2025) pass; 6 years (2021-2026) are over the 5 of Điều 54, with no "separate approval" way out', () => {
    const five = plan([['1', 'Thuê dịch vụ phần mềm một cửa', '2021-2025', 5000, 'NSĐP (chi thường xuyên)']], titles);
    expect(byCode(five, 'LEASE_TERM_OUT_OF_RANGE')).toEqual([]);
    const six = plan([['1', 'Thuê dịch vụ phần mềm một cửa', '2021-2026', 6000, 'NSĐP (chi thường xuyên)']], titles);
    const [f] = byCode(six, 'LEASE_TERM_OUT_OF_RANGE');
    expect(f).toMatchObject({ cell: `C${bodyRow(0, 4)}`, actual: '6', expected: '1-5', severity: 'warning' });
    expect(f.message).toContain('Điều 54 khoản 2 điểm đ');
    expect(f.message).not.toMatch(/phê duyệt riêng|cần được cấp có thẩm quyền/);
  });
  it('a market service (hosting) is not held to the custom-lease term', () => {
    const t = plan([['1', 'Thuê hosting cổng thông tin', '2021-2026', 600, 'NSĐP (chi thường xuyên)']], titles);
    expect(byCode(t, 'LEASE_TERM_OUT_OF_RANGE')).toEqual([]);
    expect(byCode(t, 'PROCEDURE_HINT')[0]).toMatchObject({ expected: 'market-lease' });
  });
  it('recurrent build at 15 tỷ: outline and estimate (khoản 2); at 15 tỷ + 1 triệu: project (khoản 3); upkeep at 20 tỷ: procurement', () => {
    const t = plan([
      ['1', 'Nâng cấp cổng dịch vụ công', '2021', 15000, 'NSĐP (chi thường xuyên)'],
      ['2', 'Xây dựng kho dữ liệu', '2022', 15001, 'NSĐP (chi thường xuyên)'],
      ['3', 'Duy trì, vận hành hệ thống mạng', '2021-2025', 20000, 'NSĐP (chi thường xuyên)'],
    ], titles);
    expect(byCode(t, 'PROCEDURE_HINT').map((f) => f.expected)).toEqual(['outline-estimate', 'project', 'procurement-only']);
  });
  it('every route rests on confirmed articles: no RULESET_UNCONFIRMED', () => {
    const t = plan([['1', 'Nền tảng LGSP', '2021-2023', 18000, 'NSĐP (Vốn đầu tư)']], titles);
    expect(byCode(t, 'RULESET_UNCONFIRMED')).toEqual([]);
  });
});

describe('ND 73 on other dates', () => {
  const rows: CellValue[][] = [['1', 'Nền tảng LGSP', '2021-2023', 18000, 'NSĐP (Vốn đầu tư)']];
  it('after its reported 2024 amendment (ND 82/2024): one note that the 2019 wording is used', () => {
    const t = plan(rows, titlesOn('ngày 01/05/2025'));
    const notes = byCode(t, 'RULESET_UNCONFIRMED');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain('82/2024');
  });
  it('a plan of 2016–2020 without a date: judged by ND 73 with a note that ND 102/2009 applied then', () => {
    const t = plan(rows, ['Phụ lục II', 'DANH MỤC DỰ ÁN GIAI ĐOẠN 2016 - 2020', 'Đơn vị tính: Triệu đồng']);
    expect(t.law?.choice).toMatchObject({ ruleSet: { id: 'nd73-2019' }, beforeKnown: true });
    expect(byCode(t, 'RULESET_UNCONFIRMED').map((f) => f.message).join(' ')).toContain('102/2009');
  });
});

describe('ND 224/2026 on a plan dated 15/09/2026 (transcription)', () => {
  const titles = titlesOn('ngày 15/09/2026');
  it('investment of 20.000 triệu: one-step design (Điều 42 khoản 2 điểm a); each route rests on a transcription, said once per rule with its cells', () => {
    const t = plan([
      ['1', 'Nền tảng LGSP', '2026-2027', 20000, 'NSĐP (Vốn đầu tư)'],
      ['2', 'Kho dữ liệu dùng chung', '2026-2027', 20001, 'NSĐP (Vốn đầu tư)'],
    ], titles);
    expect(byCode(t, 'PROCEDURE_HINT').map((f) => f.expected)).toEqual(['one-step-design', 'feasibility-study']);
    const notes = byCode(t, 'RULESET_UNCONFIRMED');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', actual: 'transcription', related: [`D${bodyRow(0, 4)}`, `D${bodyRow(1, 4)}`] });
    expect(notes[0].message).toContain('Nghị định 224/2026/NĐ-CP, Điều 42 khoản 2 điểm a');
  });
  it('a 6-year custom lease is no longer out of range ("trong nhiều năm", Điều 67 khoản 2 điểm e)', () => {
    const t = plan([['1', 'Thuê dịch vụ phần mềm một cửa', '2026-2031', 6000, 'NSĐP (chi thường xuyên)']], titles);
    expect(byCode(t, 'LEASE_TERM_OUT_OF_RANGE')).toEqual([]);
    expect(byCode(t, 'PROCEDURE_HINT')[0]).toMatchObject({ expected: 'lease-plan' });
  });
  it('recurrent build of 200 triệu: a project (no amount tiers, Điều 65 khoản 2)', () => {
    const t = plan([['1', 'Nâng cấp phần mềm quản lý văn bản', '2027', 200, 'NSĐP (chi thường xuyên)']], titles);
    expect(byCode(t, 'PROCEDURE_HINT')[0]).toMatchObject({ expected: 'project' });
  });
});

describe('ND 45/2026 on a plan dated 01/04/2026: the checks it cannot make are said, not borrowed', () => {
  it('no procedure hint, no lease-term finding; one note naming what is not checked', () => {
    const t = plan([
      ['1', 'Nền tảng LGSP', '2026-2027', 18000, 'NSĐP (Vốn đầu tư)'],
      ['2', 'Thuê dịch vụ phần mềm một cửa', '2026-2031', 6000, 'NSĐP (chi thường xuyên)'],
    ], titlesOn('ngày 01/04/2026'));
    expect(byCode(t, 'PROCEDURE_HINT')).toEqual([]);
    expect(byCode(t, 'LEASE_TERM_OUT_OF_RANGE')).toEqual([]);
    const notes = byCode(t, 'RULESET_UNCONFIRMED');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain('Nghị định 45/2026/NĐ-CP');
    expect(notes[0].message).toContain('PROCEDURE_HINT');
    expect(notes[0].message).toContain('LEASE_TERM_OUT_OF_RANGE');
  });
});

describe('CONTINGENCY_OVER_LIMIT on an estimate table', () => {
  // Items 1.000 + 2.000 + 500 + 300 + 200 = 4.000; contingency 420 = 10,5 %, 400 = 10 %, 240 = 6 %.
  const estimate = (contingency: number, source: string): CellValue[][] => [
    ['1', 'Chi phí xây lắp', '2021', 1000, source],
    ['2', 'Chi phí thiết bị', '2021', 2000, source],
    ['3', 'Chi phí quản lý', '2021', 500, source],
    ['4', 'Chi phí tư vấn', '2021', 300, source],
    ['5', 'Chi phí khác', '2021', 200, source],
    ['6', 'Chi phí dự phòng', '2021', contingency, source],
  ];
  const outline = ['ĐỀ CƯƠNG VÀ DỰ TOÁN CHI TIẾT', 'Kèm theo Quyết định ngày 10/06/2021', 'Đơn vị tính: Triệu đồng'];
  it('a recurrent-spending outline: 10 % is allowed (TT 03 Điều 5 khoản 2 điểm e), 10,5 % is over it', () => {
    expect(byCode(plan(estimate(400, 'NSĐP (chi thường xuyên)'), outline), 'CONTINGENCY_OVER_LIMIT')).toEqual([]);
    const [f] = byCode(plan(estimate(420, 'NSĐP (chi thường xuyên)'), outline), 'CONTINGENCY_OVER_LIMIT');
    expect(f).toMatchObject({ cell: `D${bodyRow(5)}`, expected: '0.1', actual: '0.105', severity: 'warning' });
    expect(f.message).toContain('Thông tư 03/2020/TT-BTTTT, Điều 5 khoản 2 điểm e');
  });
  it('a project with a báo cáo kinh tế - kỹ thuật: 6 % is over the reported 5 % (TT 04 Phụ lục 02), and the note says it is reported', () => {
    const titles = ['DỰ TOÁN BÁO CÁO KINH TẾ - KỸ THUẬT', 'Kèm theo Quyết định ngày 10/06/2021', 'Đơn vị tính: Triệu đồng'];
    const t = plan(estimate(240, 'NSĐP (Vốn đầu tư)'), titles);
    expect(byCode(t, 'CONTINGENCY_OVER_LIMIT')[0]).toMatchObject({ expected: '0.05', actual: '0.06' });
    expect(byCode(t, 'RULESET_UNCONFIRMED')[0]).toMatchObject({ actual: 'reported' });
  });
  it('a plan appendix\'s reserve line is not an estimate\'s contingency; ND 224 sets no cap', () => {
    const appendix = ['Phụ lục IV', 'DANH MỤC CÁC NHIỆM VỤ GIAI ĐOẠN 2021 - 2025', 'Đơn vị tính: Triệu đồng'];
    expect(byCode(plan(estimate(2000, 'NSĐP (chi thường xuyên)'), appendix), 'CONTINGENCY_OVER_LIMIT')).toEqual([]);
    const nd224 = ['ĐỀ CƯƠNG VÀ DỰ TOÁN CHI TIẾT', 'Kèm theo Quyết định ngày 10/09/2026', 'Đơn vị tính: Triệu đồng'];
    expect(byCode(plan(estimate(2000, 'NSĐP (chi thường xuyên)'), nd224), 'CONTINGENCY_OVER_LIMIT')).toEqual([]);
  });
});

describe('a summary of units\' needs is no list of tasks', () => {
  it('asks no procedure of a row that is a unit ("Sở Giáo dục và Đào tạo | 1.500" of recurrent spending)', () => {
    const values: CellValue[][] = [
      ['TỔNG HỢP NHU CẦU KINH PHÍ CHUYỂN ĐỔI SỐ NĂM 2027 CỦA CÁC ĐƠN VỊ', null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null],
      ['STT', 'Đơn vị', 'Tổng nhu cầu', 'Chi đầu tư phát triển', 'Chi thường xuyên'],
      ['1', 'Sở Tài chính', 1200, 500, 700],
      ['2', 'Sở Giáo dục và Đào tạo', 1500, 0, 1500],
    ];
    const t = checkOne({ sheet: 'TH', top: 1, left: 1, values });
    expect(t.findings.filter((f) => f.code === 'PROCEDURE_HINT' || f.code === 'RULESET_UNCONFIRMED')).toEqual([]);
    // The same 1.500 of recurrent spending as a task to set something up is asked its procedure.
    const task = checkOne({ sheet: 'TH', top: 1, left: 1, values: values.map((r, i) => (i === 2 ? ['STT', 'Nhiệm vụ', 'Tổng nhu cầu', 'Chi đầu tư phát triển', 'Chi thường xuyên'] : i === 4 ? ['2', 'Xây dựng kho dữ liệu ngành giáo dục', 1500, 0, 1500] : r)) });
    expect(task.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => f.row)).toEqual([5]);
  });
});
