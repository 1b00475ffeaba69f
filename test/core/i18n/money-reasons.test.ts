// A finding quotes why a money text could not be read; in a Vietnamese message that reason must be
// Vietnamese too. The inputs are cell texts seen in the fixtures and in pasted plans (DOMAIN.md).
import { parseMoney } from '../../../src/core/money';
import { moneyReason } from '../../../src/core/i18n/money-reasons';
import { message } from '../../../src/core/i18n/findings';

const TEXTS = [
  '2022/2024-2026', 'Năm đầu tư 2020', 'Theo Công văn số 1383/VP-QT ngày 14/3/2024', '1e3', 'Chưa có',
  'Đang cập nhật', 'abc', '12/5/2023', '2021-2023', '100 USD', '1.2.3.4', '5 máy chủ', '3.000 - 4.000',
  '1.000 + 2.000', '3.000; 4.000', '9'.repeat(40), '', '2021, 2022',
];

// Words of the reader's English reasons; none may be left in a Vietnamese wording.
const ENGLISH = /\b(not|amount|number|year|date|range|read|first|count|empty|digits|exponent|stated|foreign|document)\b/;

describe('money reasons in a Vietnamese finding are Vietnamese', () => {
  test.each(TEXTS)('%p', (text) => {
    const r = parseMoney(text);
    // Every text here is one the reader explains (each a different reason shape).
    expect(r.reason).not.toBeNull();
    const vi = moneyReason(r.reason ?? '', 'vi');
    // What stays English is only what the officer typed, inside quotes.
    expect(vi.replace(/"[^"]*"/g, '""')).not.toMatch(ENGLISH);
  });

  test('a date is called a date, with the text quoted (worked out from the reader: "a date, not an amount")', () => {
    expect(moneyReason('a date, not an amount: "14/3/2024"', 'vi')).toBe('là ngày tháng, không phải số tiền: "14/3/2024"');
  });

  test('two reasons are worded one by one, a quoted "; " kept whole', () => {
    expect(moneyReason('"240/năm 2020; 526" is a range; read the first figure; 2 amounts joined by "+" were added up', 'vi'))
      .toBe('"240/năm 2020; 526" là một khoảng; đã đọc số đầu; đã cộng 2 số nối bằng dấu "+"');
  });

  test('English messages keep the reader\'s words; an unknown reason is quoted, not lost', () => {
    expect(moneyReason('a year, not an amount: "2020"', 'en')).toBe('a year, not an amount: "2020"');
    expect(moneyReason('something new', 'vi')).toBe('something new');
  });

  test('the AMOUNT_UNREADABLE message carries the Vietnamese reason', () => {
    const text = message('vi', 'AMOUNT_UNREADABLE', '', { cell: 'G11', text: 'Năm đầu tư 2020', reason: 'a year, not an amount: "2020"', suggestion: '' });
    expect(text).toContain('(là năm, không phải số tiền: "2020")');
  });
});
