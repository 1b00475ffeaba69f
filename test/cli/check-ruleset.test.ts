// `ngansach check --ruleset` and the law each table was judged by, end to end: the JSON's
// `ruleSet` / `ruleSetInfo`, the report's line, the "NS Kiểm tra" sheet's line, and a bad id.
// The workbooks' title lines carry the date ("Kèm theo Kế hoạch số 123/KH-UBND ngày 01/10/2020").
import ExcelJS from 'exceljs';
import { SMALL_PLAN, tempDir, writePlanWorkbook } from '../helpers/workbooks';
import { run } from './run';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function plan(name: string, titles?: string[]): Promise<string> {
  const file = tmp.file(name);
  await writePlanWorkbook(file, SMALL_PLAN, titles ? { titles } : {});
  return file;
}

describe('check: the law each table is judged by', () => {
  it('by the date in the titles (01/10/2020 → ND 73), said in the JSON', async () => {
    const r = await run(['check', await plan('dated.xlsx'), '--json']);
    const table = JSON.parse(r.out).tables[0];
    expect(table.ruleSet).toBe('nd73-2019');
    expect(table.ruleSetInfo).toEqual({
      id: 'nd73-2019', name: 'Nghị định 73/2019/NĐ-CP', from: '2020-01-01', to: '2026-02-28', status: 'confirmed',
      why: 'theo ngày ghi trong tiêu đề "ngày 01/10/2020"',
    });
  });
  it('--ruleset nd224-2026 wins over the date; the routes follow it (the 1.000 triệu investment: one-step design under Điều 42)', async () => {
    const r = await run(['check', await plan('forced.xlsx'), '--ruleset', 'nd224-2026', '--json', '--lang', 'en']);
    const table = JSON.parse(r.out).tables[0];
    expect(table.ruleSetInfo).toMatchObject({ id: 'nd224-2026', status: 'transcription', why: 'chosen by the user' });
    const hints = table.findings.filter((f: { code: string }) => f.code === 'PROCEDURE_HINT');
    expect(hints[0].message).toContain('Điều 42 khoản 2 điểm a');
    expect(table.findings.some((f: { code: string }) => f.code === 'RULESET_UNCONFIRMED')).toBe(true);
  });
  it('the report says the law in words, in the reader\'s language', async () => {
    const file = await plan('report.xlsx', ['Phụ lục IV', 'DANH MỤC DỰ ÁN GIAI ĐOẠN 2026 - 2030', '(Kèm theo Kế hoạch số 5/KH-UBND ngày 15/09/2026)']);
    expect((await run(['check', file])).out).toMatch(/Căn cứ áp dụng: Nghị định 224\/2026\/NĐ-CP \(hiệu lực 01\/07\/2026 – nay;/);
    expect((await run(['check', file, '--lang', 'en'])).out).toMatch(/Law applied: Nghị định 224\/2026\/NĐ-CP \(in force 01\/07\/2026 – now;/);
  });
  it('"NS Kiểm tra" names the law under its title', async () => {
    const out = tmp.file('checked.xlsx');
    expect((await run(['check', await plan('sheet.xlsx'), '--out', out])).code).toBeLessThan(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(String(wb.getWorksheet('NS Kiểm tra')!.getCell('A3').value)).toMatch(/^Căn cứ áp dụng: Nghị định 73\/2019\/NĐ-CP .*"ngày 01\/10\/2020"/);
  });
  it('an unknown id: exit 2, one line listing the ids', async () => {
    const r = await run(['check', await plan('bad.xlsx'), '--ruleset', 'constructor']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('auto, nd73-2019, nd45-2026, nd224-2026');
  });
});
