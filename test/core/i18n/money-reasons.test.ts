// A finding quotes why a money text could not be read; in a Vietnamese message that reason must be
// Vietnamese too. The inputs are cell texts seen in the fixtures and in pasted plans (DOMAIN.md).
import { parseMoney } from '../../../src/core/money';
import { moneyReason } from '../../../src/core/i18n/money-reasons';
import { checkOne, planGrid } from '../../helpers/grid';

// Each with the English reason `ngansach money --json` has printed for it: the reader's wording from
// before the reasons became data (the skip kinds' phrases, "no amount stated (…)", "no number in
// …", "… is not a number shape (a date?)", "too many digits…", "empty", "years, not an amount:
// …"), written out here by hand; the exponent refusal is new, worded as it was added.
const TEXTS: [string, string][] = [
  ['2022/2024-2026', 'a date, not an amount: "2022/2024-2026"'],
  ['Năm đầu tư 2020', 'a year, not an amount: "2020"'],
  ['Theo Công văn số 1383/VP-QT ngày 14/3/2024', 'a document number, not an amount: "1383/VP-QT"'],
  ['1e3', 'exponent notation in "1e3"'],
  ['Chưa có', 'no amount stated ("Chưa có")'],
  ['Đang cập nhật', 'no amount stated ("Đang cập nhật")'],
  ['abc', 'no number in "abc"'],
  ['12/5/2023', 'a date, not an amount: "12/5/2023"'],
  ['2021-2023', 'a range of years, not an amount: "2021-2023"'],
  ['100 USD', 'an amount in a foreign currency, not in đồng: "100 USD"'],
  ['1.2.3.4', '"1.2.3.4" is not a number shape (a date?)'],
  ['9'.repeat(40), 'too many digits to be an amount'],
  ['', 'empty'],
  ['2021, 2022', 'years, not an amount: "2021, 2022"'],
];

// Words of the reader's English reasons; none may be left in a Vietnamese wording.
const ENGLISH = /\b(not|amount|number|year|date|range|read|first|count|empty|digits|exponent|stated|foreign|document)\b/;

describe('money reasons in a Vietnamese finding are Vietnamese', () => {
  test.each(TEXTS)('%p', (text, english) => {
    const r = parseMoney(text);
    // Every text here holds no amount, each for a different reason the reader gives as data.
    expect(r.value).toBeNull();
    expect(r.why).toBeDefined();
    if (!r.why) return;
    // What stays English is only what the officer typed, inside quotes.
    expect(moneyReason('vi', r.why).replace(/"[^"]*"/g, '""')).not.toMatch(ENGLISH);
    // The English wording is the reason `ngansach money --json` prints, unchanged.
    expect(r.reason).toBe(english);
    expect(moneyReason('en', r.why)).toBe(english);
  });

  test('a date is called a date, with the text quoted (the reader skips "14/3/2024" as a date)', () => {
    expect(moneyReason('vi', { kind: 'skipped', skip: 'date', text: '14/3/2024' })).toBe('là ngày tháng, không phải số tiền: "14/3/2024"');
  });

  test('English keeps the reader\'s words as money --json always printed them', () => {
    expect(parseMoney('Năm đầu tư 2020').reason).toBe('a year, not an amount: "2020"');
    expect(parseMoney('1.2.3.4').reason).toBe('"1.2.3.4" is not a number shape (a date?)');
  });

  test('the AMOUNT_UNREADABLE finding carries the reason in the table\'s language', () => {
    const grid = planGrid([['1', 'Hệ thống X', '2021', 'Năm đầu tư 2020', 'NSĐP']]);
    const vi = checkOne(grid).findings.find((f) => f.code === 'AMOUNT_UNREADABLE');
    expect(vi?.message).toContain('(là năm, không phải số tiền: "2020")');
    const en = checkOne(grid, { lang: 'en' }).findings.find((f) => f.code === 'AMOUNT_UNREADABLE');
    expect(en?.message).toContain('(a year, not an amount: "2020")');
  });
});
