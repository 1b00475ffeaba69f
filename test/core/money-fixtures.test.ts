// The fixture plans read cell by cell: every amount, numeric or annotated text, goes through
// parseMoney, and the items add up exactly to the totals fixtures/README.md states
// (PL II: I 168.686,5; II 10.838; III 2.031,1; IV 7.714,9; total 189.270,5. PL III: 87.751).
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Decimal } from '../../src/core/decimal';
import { parseMoney } from '../../src/core/money';
import { FIXTURES_DIR } from '../helpers/fixtures';

const FIXTURES = FIXTURES_DIR;
const AMOUNT_COLUMN = 7;
const FIRST_BODY_ROW = 6;

interface Line { stt: string; amount: Decimal | null; text: string }

async function readLines(file: string): Promise<Line[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES, file));
  const ws = wb.worksheets[0];
  const lines: Line[] = [];
  ws.eachRow((row, r) => {
    if (r < FIRST_BODY_ROW) return;
    const raw = row.getCell(AMOUNT_COLUMN).value;
    const input = typeof raw === 'number' || typeof raw === 'string' ? raw : null;
    const reading = parseMoney(input, { unit: 'triệu đồng' });
    lines.push({ stt: String(row.getCell(1).value ?? ''), amount: reading.value, text: String(input) });
  });
  return lines;
}

const ROMAN = /^[IVX]+$/;

describe('fixture PL II (Khánh Hòa 2016–2020)', () => {
  let lines: Line[];
  beforeAll(async () => { lines = await readLines('ke-hoach-2016-2020-phu-luc-ii.xlsx'); });

  test('every amount cell reads as money', () => {
    const unread = lines.filter((l) => l.amount === null).map((l) => `${l.stt}: ${l.text}`);
    expect(unread).toEqual([]);
  });

  test('items add up to each stated section and to the grand total', () => {
    const sections = new Map<string, { stated: Decimal; items: Decimal }>();
    let current = '';
    let all = new Decimal(0);
    let grand: Decimal | null = null;
    for (const l of lines) {
      if (ROMAN.test(l.stt)) {
        current = l.stt;
        sections.set(current, { stated: l.amount as Decimal, items: new Decimal(0) });
      } else if (l.stt === '') grand = l.amount;
      else {
        const s = sections.get(current);
        if (s) s.items = s.items.plus(l.amount as Decimal);
        all = all.plus(l.amount as Decimal);
      }
    }
    const expected: Record<string, string> = { I: '168686.5', II: '10838', III: '2031.1', IV: '7714.9' };
    for (const [code, s] of sections) {
      expect([code, s.items.toFixed()]).toEqual([code, expected[code]]);
      expect([code, s.stated.toFixed()]).toEqual([code, expected[code]]);
    }
    expect(all.toFixed()).toBe('189270.5');
    expect(grand?.toFixed()).toBe('189270.5');
  });
});

describe('fixture PL III (security items)', () => {
  test('17 items add up to 87.751, the annotated one included', async () => {
    const lines = await readLines('ke-hoach-2016-2020-phu-luc-iii.xlsx');
    const items = lines.filter((l) => l.stt !== '');
    expect(items).toHaveLength(17);
    const total = items.reduce((acc, l) => acc.plus(l.amount as Decimal), new Decimal(0));
    expect(total.toFixed()).toBe('87751');
    expect(lines.find((l) => l.stt === '')?.amount?.toFixed()).toBe('87751');
  });
});
