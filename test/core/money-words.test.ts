// Amounts written in words, as estimates state their total under the figures ("Bằng chữ: …").
// Each expected value is the amount read aloud, worked out by hand.
import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal';
import { amountToWords, parseAmountWords, wordsAfterLabel } from '../../src/core/money/words';

test.each([
  ['Một tỷ chín trăm triệu đồng chẵn', '1900000000'],
  // A larger scale takes in what was said before it: (1.000 + 800) triệu.
  ['Một nghìn tám trăm triệu đồng', '1800000000'],
  ['Hai mươi lăm triệu, bốn trăm linh năm nghìn đồng', '25405000'],
  ['Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn đồng', '1234567000'],
  ['Một nghìn không trăm năm mươi đồng', '1050'],
  ['Mười lăm triệu', '15000000'],
  ['Hai mươi mốt tỷ', '21000000000'],
  ['Hai nghìn tỷ', '2000000000000'],
  ['Một trăm lẻ năm triệu', '105000000'],
  ['Ba trăm triệu đồng./.', '300000000'],
  ['Năm tỷ không trăm linh tư triệu', '5004000000'],
  ['MỘT TỶ ĐỒNG', '1000000000'],
])('%s → %s đồng', (text, dong) => {
  expect(parseAmountWords(text)?.toFixed()).toBe(dong);
});

test.each(['Một tỷ chín trăm tr đồng', 'Theo dự toán được duyệt', 'hai ba triệu', ''])('"%s" is not read (no amount guessed)', (text) => {
  expect(parseAmountWords(text)).toBeNull();
});

test('the words after the label, in or out of brackets', () => {
  expect(wordsAfterLabel('(Bằng chữ: Một tỷ đồng)')).toBe('Một tỷ đồng');
  expect(wordsAfterLabel('Số tiền bằng chữ: Ba trăm triệu đồng.')).toBe('Ba trăm triệu đồng');
  expect(wordsAfterLabel('Tổng cộng')).toBeNull();
});

test('every whole amount up to a million tỷ written in words reads back to itself', () => {
  // The writer (=NGANSACH.BANGCHU) and the reader (AMOUNT_WORDS_MISMATCH) agree on every figure,
  // so a line the add-in wrote is never called wrong by its check.
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), (n) => {
      const words = amountToWords(new Decimal(n.toString()));
      expect(words).not.toBeNull();
      expect(parseAmountWords(words as string)?.toFixed()).toBe(n.toString());
    }),
    { numRuns: 2000 },
  );
});
