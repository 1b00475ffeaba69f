// Why a money text could not be read, in the officer's language. The reader (core/money) states its
// reasons in English, which is also what `ngansach money --json` prints; a finding quotes the reason
// inside a Vietnamese sentence, so each reason shape the reader makes has its Vietnamese wording here.
// A reason with no wording here (a new one) is quoted as it is rather than lost.
import type { Lang } from '../types';

type Rule = [RegExp, (m: RegExpMatchArray) => string];

const VI: Rule[] = [
  [/^empty$/, () => 'ô trống'],
  [/^too long$/, () => 'chuỗi quá dài'],
  [/^not a text or a number$/, () => 'không phải chữ hay số'],
  [/^not a finite number(?: \((.*)\))?$/, (m) => `không phải số hữu hạn${m[1] ? ` (${m[1]})` : ''}`],
  [/^too many digits to be an amount$/, () => 'quá nhiều chữ số để là số tiền'],
  [/^exponent notation in (".*")$/, (m) => `số viết dạng lũy thừa ${m[1]}, không phải cách ghi số tiền`],
  [/^no amount stated \((".*")\)$/, (m) => `ghi chưa có số tiền ${m[1]}`],
  [/^no number in (".*")$/, (m) => `không có con số trong ${m[1]}`],
  [/^no amount in (".*")$/, (m) => `không có số tiền trong ${m[1]}`],
  [/^years, not an amount: (".*")$/, (m) => `là các năm, không phải số tiền: ${m[1]}`],
  [/^an amount in a foreign currency, not in đồng: (".*")$/, (m) => `là số tiền ngoại tệ, không phải đồng: ${m[1]}`],
  [/^a document number, not an amount: (".*")$/, (m) => `là số hiệu văn bản, không phải số tiền: ${m[1]}`],
  [/^a date, not an amount: (".*")$/, (m) => `là ngày tháng, không phải số tiền: ${m[1]}`],
  [/^a range of years, not an amount: (".*")$/, (m) => `là khoảng năm, không phải số tiền: ${m[1]}`],
  [/^a year, not an amount: (".*")$/, (m) => `là năm, không phải số tiền: ${m[1]}`],
  [/^not a number shape: (".*")$/, (m) => `không đúng dạng số: ${m[1]}`],
  [/^a count or label, not an amount: (".*")$/, (m) => `là số lượng hoặc nhãn, không phải số tiền: ${m[1]}`],
  [/^(".*") is not a number shape \(a date\?\)$/, (m) => `${m[1]} không đúng dạng số (có thể là ngày tháng?)`],
  [/^(".*") is not a number shape$/, (m) => `${m[1]} không đúng dạng số`],
  [/^(".*") is a range; read the first figure$/, (m) => `${m[1]} là một khoảng; đã đọc số đầu`],
  [/^(\d+) amounts joined by "\+" were added up$/, (m) => `đã cộng ${m[1]} số nối bằng dấu "+"`],
  [/^(\d+) different amounts in the text; read the first$/, (m) => `có ${m[1]} số tiền khác nhau trong ô; đã đọc số đầu`],
  [/^a number followed by words \((".*")\) may be a count, not money$/, (m) => `số đứng trước chữ (${m[1]}) có thể là số lượng, không phải tiền`],
];

function word(text: string): string | null {
  const note = /^note: (.*)$/.exec(text);
  if (note) {
    const inner = word(note[1]);
    return inner === null ? null : `ghi chú: ${inner}`;
  }
  for (const [pattern, say] of VI) {
    const m = text.match(pattern);
    if (m) return say(m);
  }
  return null;
}

/**
 * The reader's reason in `lang`. Several reasons are joined by "; ", which a quoted cell text may
 * hold too, so pieces are joined back until they make a reason we know.
 */
export function moneyReason(reason: string, lang: Lang): string {
  if (lang !== 'vi' || reason === '') return reason;
  const out: string[] = [];
  let buffer: string | null = null;
  for (const piece of reason.split('; ')) {
    buffer = buffer === null ? piece : `${buffer}; ${piece}`;
    const worded = word(buffer);
    if (worded !== null) {
      out.push(worded);
      buffer = null;
    }
  }
  if (buffer !== null) out.push(buffer);
  return out.join('; ');
}
