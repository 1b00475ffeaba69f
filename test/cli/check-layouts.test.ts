// `ngansach check --json` end to end on real .xlsx files laid out as officers lay them out: merged
// two- and three-row headers (the reader's mergeCells → Grid.merges), year and source columns, two
// tables on a sheet behind a cover sheet, and the national survey fixture.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { FIXTURE_SURVEY } from '../helpers/fixtures';
import { calculatedCopy, describeWithLibreOffice, recalculate } from '../helpers/recalc';
import { investmentPlan, YEAR_PLAN_ITEMS, yearPlan, yearSourceCellsPlan, yearTotalSourcesPlan } from '../helpers/layouts';
import { writeSheets } from '../helpers/sheets';
import { tempDir } from '../helpers/workbooks';
import { run } from './run';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

interface Json {
  tables: {
    sheet: string; range: string; headerRow: number; headerEnd: number; layout: string; unit: string;
    period: { from: number; to: number } | null;
    columns: { col: string; role: string; header: string; year: number | null; source: string | null }[];
    rows: {
      row: number; stt: string; kind: string; name: string; amount: string | null; place: string | null; system: string | null;
      years: Record<string, string>; allocation: Record<string, string>; allocationBasis: string;
      sources: { code: string; amount: string | null }[]; mode: { mode: string; vendor: string | null } | null;
    }[];
    summary: { total: string; bySource: Record<string, string>; byYear: Record<string, string> };
    findings: { code: string; cell: string | null; expected: string | null; actual: string | null }[];
  }[];
}

async function check(file: string): Promise<{ code: number; json: Json }> {
  const r = await run(['check', file, '--json']);
  expect(r.err).toBe('');
  return { code: r.code, json: JSON.parse(r.out) as Json };
}

const codes = (t: Json['tables'][number]) => t.findings.map((f) => `${f.code}@${f.cell}`).sort();

it('a multi-year plan with merged year headers: years are the allocation, a wrong year is an error', async () => {
  const right = tmp.file('nam.xlsx');
  const wrong = tmp.file('nam-sai.xlsx');
  await writeSheets(right, [yearPlan(YEAR_PLAN_ITEMS)]);
  await writeSheets(wrong, [yearPlan(YEAR_PLAN_ITEMS, { I10: 600 })]);
  const ok = await check(right);
  expect(ok.code).toBe(0);
  const t = ok.json.tables[0];
  expect(t.headerEnd).toBe(6);
  expect(t.columns.filter((c) => c.role === 'year').map((c) => [c.col, c.year])).toEqual([['F', 2021], ['G', 2022], ['H', 2023], ['I', 2024], ['J', 2025]]);
  // By year: 1.000 + 240, 2.000 + 240, 1.500 + 240, 500 + 240, 500 + 240.
  expect(t.summary.byYear).toEqual({ 2021: '1240', 2022: '2240', 2023: '1740', 2024: '740', 2025: '740' });
  expect(t.rows.find((r) => r.row === 9)).toMatchObject({ years: { 2021: '1000', 2022: '2000' }, allocationBasis: 'columns' });
  expect(codes(t)).toEqual(['PROCEDURE_HINT@E10', 'PROCEDURE_HINT@E12', 'PROCEDURE_HINT@E9']);
  const bad = await check(wrong);
  expect(bad.code).toBe(1);
  expect(codes(bad.json.tables[0]).filter((c) => !c.startsWith('PROCEDURE'))).toEqual(['SUBTOTAL_MISMATCH@I13', 'SUBTOTAL_MISMATCH@I8', 'YEARS_SUM_MISMATCH@E10']);
});

it('a three-row header with sources under "Trong đó" and the total on top', async () => {
  const file = tmp.file('nguon.xlsx');
  await writeSheets(file, [investmentPlan()]);
  const { code, json } = await check(file);
  expect(code).toBe(0);
  const t = json.tables[0];
  expect([t.headerRow, t.headerEnd]).toEqual([5, 7]);
  expect(t.columns.filter((c) => c.role === 'source').map((c) => [c.col, c.source, c.header])).toEqual([
    ['H', 'NSTW', 'Kế hoạch vốn giai đoạn 2021-2025 / Trong đó / NSTW'],
    ['I', 'NSĐP', 'Kế hoạch vốn giai đoạn 2021-2025 / Trong đó / NSĐP'],
    ['J', 'Khác', 'Kế hoạch vốn giai đoạn 2021-2025 / Trong đó / Khác'],
  ]);
  expect(t.summary.total).toBe('65000');
  expect(t.summary.bySource).toEqual({ NSTW: '30000', NSĐP: '31000', ODA: '0', Khác: '4000', 'Chưa rõ': '0' });
  // Changed on purpose: "đầu tư công" in the title makes every project ĐTPT, so the two new ones
  // are told their procedure by TMĐT under ND 73 (one-step up to 15 tỷ): 30.000 over, 10.000 within.
  // The carried-over ones (section I) were decided before the plan.
  expect(t.findings.map((f) => [f.code, f.cell, f.expected])).toEqual([
    ['PROCEDURE_HINT', 'E13', 'feasibility-study'], ['PROCEDURE_HINT', 'E14', 'one-step-design'],
  ]);
});

it('a cover sheet, then two appendices on one sheet', async () => {
  const file = tmp.file('hai-bang.xlsx');
  await writeSheets(file, [
    { name: 'Bìa', rows: [['ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA'], ['KẾ HOẠCH ứng dụng CNTT giai đoạn 2021 - 2025'], ['Tổng kinh phí: 300 triệu đồng', 'Nguồn vốn: ngân sách tỉnh']] },
    {
      name: 'Phụ lục',
      rows: [
        ['PHỤ LỤC II'], ['DANH MỤC DỰ ÁN GIAI ĐOẠN 2021-2025'], ['Đơn vị tính: triệu đồng'],
        ['STT', 'Tên dự án', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
        ['1', 'Giám sát an toàn thông tin', '2021', 300, 'NSĐP'],
        ['PHỤ LỤC III'], ['DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2026-2030'], ['Đơn vị tính: tỷ đồng'],
        ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
        ['1', 'Duy trì SOC', 'Hàng năm', 5, 'NSĐP'],
      ],
    },
  ]);
  const { json } = await check(file);
  expect(json.tables.map((t) => [t.sheet, t.range, t.unit, t.period])).toEqual([
    ['Phụ lục', 'A4:E5', 'triệu đồng', { from: 2021, to: 2025 }],
    ['Phụ lục', 'A9:E10', 'tỷ đồng', { from: 2026, to: 2030 }],
  ]);
});

describe('the national survey fixture (khao-sat-mau.xlsx)', () => {
  let t: Json['tables'][number];
  beforeAll(async () => {
    const { json } = await check(FIXTURE_SURVEY);
    expect(json.tables).toHaveLength(1);
    t = json.tables[0];
  });

  it('reads as one survey table of 96 rows', () => {
    expect(t.layout).toBe('survey');
    expect(t.rows).toHaveLength(96);
    expect(t.rows.every((r) => r.kind === 'item')).toBe(true);
  });

  it('puts every row in its province, with the row counts test/fixtures/README.md gives', () => {
    const counts: Record<string, number> = {};
    for (const r of t.rows) counts[r.place ?? '?'] = (counts[r.place ?? '?'] ?? 0) + 1;
    expect(counts).toEqual({
      'Bạc Liêu': 1, 'Bắc Giang': 10, 'Bắc Kạn': 2, 'Bến Tre': 3, 'Bình Phước': 7, 'Cà Mau': 12, 'Cần Thơ': 2,
      'Điện Biên': 10, 'Hà Giang': 6, 'Kon Tum': 14, 'Quảng Ninh': 9, 'Sóc Trăng': 12, 'Thái Nguyên': 8,
    });
    // Hà Giang's rows 51-53 come before its numbered row 54: the province column, not the number, decides.
    expect(t.rows.filter((r) => r.row >= 51 && r.row <= 56).map((r) => r.place)).toEqual(Array(6).fill('Hà Giang'));
  });

  it('reads systems, modes and money as the provinces wrote them', () => {
    const at = (row: number) => t.rows.find((r) => r.row === row);
    expect(at(7)).toMatchObject({ system: 'HOC', mode: { mode: 'lease', vendor: 'VNPT' } });
    expect(at(93)).toMatchObject({ system: 'Cơ sở dữ liệu ngành Giáo dục và đào tạo', amount: '500', mode: { mode: 'invest' } });
    expect(at(94)?.amount).toBe('6371.62097'); // "6.371.620.970 đồng" in triệu đồng
    expect(at(60)?.amount).toBe('4649'); // "4,649 tỷ đồng"
    expect(at(93)?.sources.map((s) => s.code)).toEqual(['NSĐP']); // "Nguồn vốn Địa phương dành cho giáo dục"
  });

  it('raises no structural alarm on a survey: no subtotal, numbering or security-share finding', () => {
    const structural = t.findings.filter((f) => /^(SUBTOTAL|STT_SEQUENCE|SECURITY_SHARE|AMOUNT_MISSING|FORMULA)/.test(f.code));
    expect(structural).toEqual([]);
  });

  it('flags the one bare year typed as an amount: Bắc Giang\'s "2021" in G9 with F9 empty', () => {
    // Read off the sheet: G9 holds 2021 under "Tổng kinh phí đề xuất", F9 ("Năm đầu tư/thuê") is blank,
    // and the province's next rows hold "2022/2024-2026" and "Năm đầu tư 2020" in G: answers shifted a column.
    // No other G cell of the survey is a bare four-digit year.
    expect(t.findings.filter((f) => f.code === 'AMOUNT_LOOKS_LIKE_YEAR').map((f) => f.cell)).toEqual(['G9']);
  });
});

describeWithLibreOffice('check --out over year and source columns: live formulas LibreOffice recalculates', () => {
  /** Every formula cell of our sheets: LibreOffice's value against the one we cached. */
  async function wrongFormulas(file: string): Promise<{ wrong: string[]; count: number; wb: ExcelJS.Workbook }> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rec = await recalculate(file);
    const wrong: string[] = [];
    let count = 0;
    for (const name of ['NS Tổng hợp', 'NS Dữ liệu']) {
      (wb.getWorksheet(name) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((cell) => {
        const v = cell.value as { formula?: string; result?: unknown } | null;
        if (!v || typeof v !== 'object' || !('formula' in v)) return;
        // Links (HYPERLINK to the user's cell) compute to their label, not to a figure.
        if (/^HYPERLINK\(/.test(v.formula ?? '')) return;
        count++;
        const got = rec.get(name)?.get(cell.address) ?? 0;
        const want = typeof v.result === 'number' ? v.result : 0;
        if (typeof got !== 'number' || Math.abs(got - want) > 1e-9) wrong.push(`${name}!${cell.address} =${v.formula}: ${want} vs ${String(got)}`);
      }));
    }
    return { wrong, count, wb };
  }

  it('the multi-year plan: each year piece is the user\'s year cell', async () => {
    const input = tmp.file('nam-out.xlsx');
    await writeSheets(input, [yearPlan(YEAR_PLAN_ITEMS)]);
    const out = tmp.file('nam-out-checked.xlsx');
    expect((await run(['check', input, '--out', out])).err).toBe('');
    const { wrong, count, wb } = await wrongFormulas(out);
    expect(wrong).toEqual([]);
    expect(count).toBeGreaterThan(20);
    const data = wb.getWorksheet('NS Dữ liệu') as ExcelJS.Worksheet;
    // Years 2021-2025 are columns I..M, "Chưa rõ năm" N; one source per item, so LGSP (row 9) is
    // data row 2, IOC (row 10) row 3, SOC (row 12) row 4, each year cell the user's year cell.
    expect(['I1', 'M1', 'N1'].map((a) => data.getCell(a).value)).toEqual(['Năm 2021', 'Năm 2025', 'Chưa rõ năm']);
    const formulas = [2, 3, 4].map((r) => ['I', 'J', 'K', 'L', 'M', 'N'].flatMap((c) => {
      const v = data.getCell(`${c}${r}`).value as { formula?: string } | null;
      return v && typeof v === 'object' && v.formula ? [`${c}${r} ${v.formula}`] : [];
    }));
    expect(formulas).toEqual([
      ["I2 'PL I'!F9", "J2 'PL I'!G9"],
      ["K3 'PL I'!H10", "L3 'PL I'!I10", "M3 'PL I'!J10"],
      ["I4 'PL I'!F12", "J4 'PL I'!G12", "K4 'PL I'!H12", "L4 'PL I'!I12", "M4 'PL I'!J12"],
    ]);
    // Cộng: the row's years and its no-year cell, 1.000 + 2.000 for LGSP.
    expect(data.getCell('H2').value).toMatchObject({ formula: 'SUM(I2:N2)', result: 3000 });
  });

  it('years and sources in columns: each year shared among the source cells, exactly, as formulas', async () => {
    const input = tmp.file('nam-nguon.xlsx');
    await writeSheets(input, [{
      name: 'Biểu 2',
      rows: [
        ['KẾ HOẠCH GIAI ĐOẠN 2021 - 2023'], ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Tổng số', 'Kinh phí theo năm', null, null, 'Nguồn vốn', null],
        [null, null, null, 2021, 2022, 2023, 'NSTW', 'NSĐP'],
        ['1', 'Giám sát an toàn thông tin', 600, 100, 200, 300, 200, 400],
        ['2', 'Số hóa hồ sơ', 1000, 333.3, 333.3, 333.4, 700, 300],
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:H3'],
    }, yearSourceCellsPlan(1)]);
    const out = tmp.file('nam-nguon-checked.xlsx');
    expect((await run(['check', input, '--out', out])).err).toBe('');
    const { wrong, wb } = await wrongFormulas(out);
    expect(wrong).toEqual([]);
    const data = wb.getWorksheet('NS Dữ liệu') as ExcelJS.Worksheet;
    // Years 2021-2023 (Biểu 2) and 2021-2022 (KH vốn): I..K, "Chưa rõ năm" L. Biểu 2's item 1 is
    // data rows 2 (NSTW) and 3 (NSĐP), item 2 rows 4 and 5; KH vốn's item rows 6 and 7.
    expect(['F2', 'F3', 'K1', 'L1'].map((a) => data.getCell(a).value)).toEqual(['NSTW', 'NSĐP', 'Năm 2023', 'Chưa rõ năm']);
    const formula = (a: string): string => (data.getCell(a).value as { formula: string }).formula;
    expect(formula('I2')).toBe("ROUNDDOWN('Biểu 2'!D5*'Biểu 2'!G5/'Biểu 2'!C5,3)");
    // NSĐP's 2021 is the year cell less NSTW's, the row above in the same year column.
    expect(formula('I3')).toBe("'Biểu 2'!D5-I2");
    // NSTW's years 33,333 + 66,666 + 100 = 199,999: 0,001 with no year keeps NSTW at its cell's
    // 200, a formula over that cell less the same row's years; NSĐP's 66,667 + 133,334 + 200 =
    // 400,001 gets −0,001 the same way.
    expect(formula('L2')).toBe("'Biểu 2'!G5-SUM(I2:K2)");
    expect(formula('L3')).toBe("'Biểu 2'!H5-SUM(I3:K3)");
    expect(data.getCell('H2').value).toMatchObject({ formula: 'SUM(I2:L2)', result: 200 });
    // Item 2's NSTW years 233,31 + 233,31 + 233,38 = 700 exactly: nothing without a year.
    expect(data.getCell('L4').value).toBeNull();
    const refs: string[] = [];
    data.eachRow((row) => {
      if (row.getCell(2).value !== 'KH vốn') return;
      for (const c of [9, 10, 11]) {
        const v = row.getCell(c).value as { formula?: string } | null;
        if (v && typeof v === 'object' && v.formula) refs.push(v.formula);
      }
    });
    // Row 6 NSTW: 2021 D5, 2022 F5; row 7 NSĐP: E5, G5.
    expect(refs).toEqual(["'KH vốn'!D5", "'KH vốn'!F5", "'KH vốn'!E5", "'KH vốn'!G5"]);
  });

  it('each year\'s total beside its sources ("Năm 2026 / Tổng số | NSTW | NSĐP"): each piece is the user\'s source cell of that year', async () => {
    // Before: the sources under each year were figures of their own: all 5.000 "Chưa rõ" and a
    // false SOURCE_MISSING ("không có cột nguồn vốn").
    const input = tmp.file('nam-tong-nguon.xlsx');
    await writeSheets(input, [yearTotalSourcesPlan()]);
    const { json } = await check(input);
    // By hand: NSTW 400 + 800 + 400 + 200 = 1.800; NSĐP 600 + 1.200 + 600 + 800 = 3.200.
    expect(json.tables[0].summary.bySource).toMatchObject({ NSTW: '1800', 'NSĐP': '3200', 'Chưa rõ': '0' });
    expect(codes(json.tables[0]).filter((c) => !c.startsWith('FORMULA_HARDCODED') && !c.startsWith('SECURITY'))).toEqual([]);
    const out = tmp.file('nam-tong-nguon-checked.xlsx');
    expect((await run(['check', input, '--out', out])).err).toBe('');
    const { wrong, wb } = await wrongFormulas(out);
    expect(wrong).toEqual([]);
    const data = wb.getWorksheet('NS Dữ liệu') as ExcelJS.Worksheet;
    const refs: string[] = [];
    data.eachRow((row, n) => {
      if (n === 1) return;
      for (const c of [9, 10]) refs.push((row.getCell(c).value as { formula: string }).formula);
    });
    // Item 1 NSTW (E6, H6), NSĐP (F6, I6); item 2 the same on row 7.
    expect(refs).toEqual(["'KH'!E6", "'KH'!H6", "'KH'!F6", "'KH'!I6", "'KH'!E7", "'KH'!H7", "'KH'!F7", "'KH'!I7"]);
    const summary = wb.getWorksheet('NS Tổng hợp') as ExcelJS.Worksheet;
    const rec = await recalculate(out);
    // LibreOffice's totals by source over those formulas: 1.800 and 3.200.
    const at = (label: string): unknown => {
      let addr = '';
      summary.eachRow((row) => { if (row.getCell(1).value === label && !addr) addr = row.getCell(2).address; });
      return rec.get('NS Tổng hợp')?.get(addr);
    };
    expect([at('NSTW'), at('NSĐP')]).toEqual([1800, 3200]);
  });

  it('a lone source column beside the total ("Trong đó: NSTW hỗ trợ"): that source is its cell, the rest the total less it', async () => {
    // Before: both pieces were constants ("Chia theo nguồn vốn"), not following the user's cells.
    const input = tmp.file('mot-nguon.xlsx');
    await writeSheets(input, [{
      name: 'KH',
      rows: [
        ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2027'], ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nội dung', 'Thời gian', 'Tổng kinh phí', 'Trong đó'],
        [null, null, null, null, 'NSTW hỗ trợ'],
        ['1', 'Nâng cấp mạng LAN', '2026-2027', 1001, 600.5],
        ['2', 'Giám sát an toàn thông tin', '2026', 2000, 0],
        [null, 'Tổng cộng', null, 3001, 600.5],
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4'],
    }]);
    const out = tmp.file('mot-nguon-checked.xlsx');
    expect((await run(['check', input, '--out', out])).err).toBe('');
    const { wrong, wb } = await wrongFormulas(out);
    expect(wrong).toEqual([]);
    const data = wb.getWorksheet('NS Dữ liệu') as ExcelJS.Worksheet;
    const formula = (a: string): string => (data.getCell(a).value as { formula: string }).formula;
    // Item 1 over 2026-2027: NSTW 600,5 spread evenly (300,25 a year) from its cell E5; the rest,
    // 1.001 − 600,5 = 400,5 (200,25 a year), from D5 less E5.
    expect(['F2', 'F3'].map((a) => data.getCell(a).value)).toEqual(['NSTW', 'Chưa rõ']);
    expect([formula('I2'), formula('J2')]).toEqual(["ROUNDDOWN('KH'!E5/2,3)", "'KH'!E5-I2"]);
    expect([formula('I3'), formula('J3')]).toEqual(["ROUNDDOWN(('KH'!D5-'KH'!E5)/2,3)", "('KH'!D5-'KH'!E5)-I3"]);
    const rec = await recalculate(out);
    expect(['I2', 'J2', 'I3', 'J3'].map((a) => rec.get('NS Dữ liệu')?.get(a))).toEqual([300.25, 300.25, 200.25, 200.25]);
  });

  it('a column of money a year ("Kinh phí/năm"): each year of a row is its own cell', async () => {
    // Before: each figure was the row's whole money, spread thin (the plan came to 350, not 1.660),
    // as constants.
    const input = tmp.file('moi-nam.xlsx');
    await writeSheets(input, [{
      name: 'KH',
      rows: [
        ['KẾ HOẠCH DUY TRÌ HỆ THỐNG CNTT GIAI ĐOẠN 2026 - 2030'], ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí/năm', 'Nguồn vốn'],
        ['1', 'Duy trì cổng thông tin điện tử', 'Hàng năm', 200, 'NSĐP'],
        ['2', 'Gia hạn chứng thư số', '2027-2028', 30, 'NSĐP'],
        [null, 'Cộng', null, 230, null],
      ],
    }]);
    const out = tmp.file('moi-nam-checked.xlsx');
    expect((await run(['check', input, '--out', out])).err).toBe('');
    const { wrong, wb } = await wrongFormulas(out);
    expect(wrong).toEqual([]);
    const data = wb.getWorksheet('NS Dữ liệu') as ExcelJS.Worksheet;
    const formula = (a: string): string | undefined => (data.getCell(a).value as { formula?: string } | null)?.formula;
    // Years 2026-2030 are columns I to M: item 1 in each, item 2 in 2027 and 2028 (J, K).
    expect(['I2', 'M2', 'J3', 'K3'].map(formula)).toEqual(["'KH'!D4", "'KH'!D4", "'KH'!D5", "'KH'!D5"]);
    // LibreOffice's row totals over them: 200 × 5 = 1.000 and 30 × 2 = 60.
    const rec = await recalculate(out);
    expect(['H2', 'H3'].map((a) => rec.get('NS Dữ liệu')?.get(a))).toEqual([1000, 60]);
  });

  it('invest and lease columns with no total column: each item is the SUM of its own cells', async () => {
    const input = tmp.file('dau-tu-thue.xlsx');
    const source = 'NSĐP (chi thường xuyên)';
    await writeSheets(input, [{
      name: 'KH 2026',
      rows: [
        ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026'], ['Đơn vị tính: triệu đồng'],
        ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí đầu tư', 'Kinh phí thuê', 'Nguồn vốn'],
        ['1', 'Nâng cấp trung tâm dữ liệu', '2026', 1200, null, source],
        ['2', 'Thuê máy chủ ảo', '2026', null, 240, source],
        ['3', 'Hệ thống giám sát an toàn thông tin', '2026', 200, 120, source],
        [null, 'Tổng cộng', null, 1400, 360, null],
      ],
      formulas: { D7: 'SUM(D4:D6)', E7: 'SUM(E4:E6)' },
    }]);
    const out = tmp.file('dau-tu-thue-checked.xlsx');
    expect((await run(['check', input, '--out', out])).err).toBe('');
    const { wrong, wb } = await wrongFormulas(out);
    expect(wrong).toEqual([]);
    const data = wb.getWorksheet('NS Dữ liệu') as ExcelJS.Worksheet;
    // One source, one year (2026 is column I): the lease item is its lease cell, the mixed item
    // the sum of both of its cells; "Ô gốc" (K) is the cell that holds the money. Before, these
    // were constants noted as read from the (empty) invest cell's text.
    const formula = (a: string): string | undefined => (data.getCell(a).value as { formula?: string } | null)?.formula;
    expect(['I2', 'I3', 'I4'].map(formula)).toEqual(["'KH 2026'!D4", "'KH 2026'!E5", "SUM('KH 2026'!D6,'KH 2026'!E6)"]);
    expect(formula('K3')).toBe('HYPERLINK("#\'KH 2026\'!E5","KH 2026!E5")');
    // The stated total is the total row's two cells: 1.400 + 360 = 1.760, as LibreOffice adds them.
    const summary = wb.getWorksheet('NS Tổng hợp') as ExcelJS.Worksheet;
    let statedRow = 0;
    summary.eachRow((row, r) => { if (row.getCell(1).value === 'Tổng cộng ghi trong bảng') statedRow = r; });
    expect(summary.getCell(`B${statedRow}`).value).toMatchObject({ formula: "SUM('KH 2026'!D7,'KH 2026'!E7)", result: 1760 });
  });
});

// A file written by another program: formulas without the results Excel saves beside them. Items
// "Số lượng × Đơn giá" (=D5*E5) and the total =SUM(F5:F6): 10 × 15 = 150, 4 × 5 = 20, 150 + 20 = 170.
async function writeUncalculated(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KH');
  ws.addRow(['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026']);
  ws.addRow(['Đơn vị tính: triệu đồng']);
  ws.addRow(['STT', 'Tên nhiệm vụ', 'Thời gian', 'Số lượng', 'Đơn giá', 'Kinh phí', 'Nguồn vốn']);
  ws.addRow(['', 'Tổng cộng', '', null, null, null, '']);
  ws.addRow(['1', 'Máy tính để bàn', '2026', 10, 15, null, 'NSĐP']);
  ws.addRow(['2', 'Máy in', '2026', 4, 5, null, 'NSĐP']);
  ws.getCell('F4').value = { formula: 'SUM(F5:F6)' } as ExcelJS.CellFormulaValue;
  ws.getCell('F5').value = { formula: 'D5*E5' } as ExcelJS.CellFormulaValue;
  ws.getCell('F6').value = { formula: 'D6*E6' } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(file);
}

it('formulas a file never calculated are said once (FORMULA_UNCALCULATED), not as a missing subtotal and two missing amounts', async () => {
  const file = tmp.file('chua-tinh.xlsx');
  await writeUncalculated(file);
  const { code, json } = await check(file);
  expect(code).toBe(0);
  expect(codes(json.tables[0])).toEqual(['FORMULA_UNCALCULATED@F4']);
  expect(json.tables[0].findings[0].actual).toBe('3');
});

describeWithLibreOffice('a never-calculated file once a spreadsheet has calculated it', () => {
  it('has no FORMULA_UNCALCULATED and totals 170 (10 × 15 + 4 × 5)', async () => {
    const file = tmp.file('chua-tinh-2.xlsx');
    await writeUncalculated(file);
    const calculated = await calculatedCopy(file, fs.mkdtempSync(tmp.file('calc-')));
    const { json } = await check(calculated);
    expect(codes(json.tables[0])).not.toContain('FORMULA_UNCALCULATED@F4');
    expect(json.tables[0].summary.total).toBe('170');
    expect(json.tables[0].findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH' || f.code === 'AMOUNT_MISSING')).toEqual([]);
  });
});
