// Why a money text could not be read, in each language. The money reader says why as data
// (MoneyWhy); its English wording is also the `reason` that `ngansach money --json` prints, and a
// finding words it in the officer's language.
import type { Lang, MoneySkip, MoneyWhy } from '../types';

type Words = { [K in MoneyWhy['kind']]: (w: Extract<MoneyWhy, { kind: K }>) => string };

const SKIP: Record<Lang, Record<MoneySkip, string>> = {
  vi: {
    foreign: 'là số tiền ngoại tệ, không phải đồng', doc: 'là số hiệu văn bản, không phải số tiền',
    date: 'là ngày tháng, không phải số tiền', yearRange: 'là khoảng năm, không phải số tiền',
    year: 'là năm, không phải số tiền', invalid: 'không đúng dạng số', count: 'là số lượng hoặc nhãn, không phải số tiền',
  },
  en: {
    foreign: 'an amount in a foreign currency, not in đồng', doc: 'a document number, not an amount',
    date: 'a date, not an amount', yearRange: 'a range of years, not an amount',
    year: 'a year, not an amount', invalid: 'not a number shape', count: 'a count or label, not an amount',
  },
};

const WORDS: Record<Lang, Words> = {
  vi: {
    empty: () => 'ô trống',
    tooLong: () => 'chuỗi quá dài',
    notTextOrNumber: () => 'không phải chữ hay số',
    notFinite: (w) => `không phải số hữu hạn${w.text ? ` (${w.text})` : ''}`,
    tooManyDigits: () => 'quá nhiều chữ số để là số tiền',
    notNumberShape: (w) => `"${w.text}" không đúng dạng số${w.date ? ' (có thể là ngày tháng?)' : ''}`,
    exponent: (w) => `số viết dạng lũy thừa "${w.text}", không phải cách ghi số tiền`,
    noAmountStated: (w) => `ghi chưa có số tiền "${w.text}"`,
    noNumber: (w) => `không có con số trong "${w.text}"`,
    noAmountIn: (w) => `không có số tiền trong "${w.text}"`,
    years: (w) => `là các năm, không phải số tiền: "${w.text}"`,
    skipped: (w) => `${SKIP.vi[w.skip]}: "${w.text}"`,
    excelError: (w) => `ô báo lỗi ${w.text} của Excel: công thức không tính được, cần sửa công thức`,
  },
  en: {
    empty: () => 'empty',
    tooLong: () => 'too long',
    notTextOrNumber: () => 'not a text or a number',
    notFinite: (w) => `not a finite number${w.text ? ` (${w.text})` : ''}`,
    tooManyDigits: () => 'too many digits to be an amount',
    notNumberShape: (w) => `"${w.text}" is not a number shape${w.date ? ' (a date?)' : ''}`,
    exponent: (w) => `exponent notation in "${w.text}"`,
    noAmountStated: (w) => `no amount stated ("${w.text}")`,
    noNumber: (w) => `no number in "${w.text}"`,
    noAmountIn: (w) => `no amount in "${w.text}"`,
    years: (w) => `years, not an amount: "${w.text}"`,
    skipped: (w) => `${SKIP.en[w.skip]}: "${w.text}"`,
    excelError: (w) => `Excel's error ${w.text}: the formula could not be calculated and needs fixing`,
  },
};

/** Why a reading holds no amount, in `lang`. */
export function moneyReason(lang: Lang, why: MoneyWhy): string {
  const say = WORDS[lang][why.kind] as (w: MoneyWhy) => string;
  return say(why);
}
