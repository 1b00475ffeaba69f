// A finding quotes why a money text could not be read; in a Vietnamese message that reason must be
// Vietnamese too. The inputs are cell texts seen in the fixtures and in pasted plans (DOMAIN.md).
import { parseMoney } from '../../../src/core/money';
import { moneyReason } from '../../../src/core/i18n/money-reasons';
import { checkOne, planGrid } from '../../helpers/grid';

const TEXTS = [
  '2022/2024-2026', 'Năm đầu tư 2020', 'Theo Công văn số 1383/VP-QT ngày 14/3/2024', '1e3', 'Chưa có',
  'Đang cập nhật', 'abc', '12/5/2023', '2021-2023', '100 USD', '1.2.3.4', '9'.repeat(40), '', '2021, 2022',
];

// Words of the reader's English reasons; none may be left in a Vietnamese wording.
const ENGLISH = /\b(not|amount|number|year|date|range|read|first|count|empty|digits|exponent|stated|foreign|document)\b/;

describe('money reasons in a Vietnamese finding are Vietnamese', () => {
  test.each(TEXTS)('%p', (text) => {
    const r = parseMoney(text);
    // Every text here holds no amount, each for a different reason the reader gives as data.
    expect(r.value).toBeNull();
    expect(r.why).toBeDefined();
    if (!r.why) return;
    // What stays English is only what the officer typed, inside quotes.
    expect(moneyReason('vi', r.why).replace(/"[^"]*"/g, '""')).not.toMatch(ENGLISH);
    // The English wording is the reason `ngansach money --json` prints.
    expect(moneyReason('en', r.why)).toBe(r.reason);
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
