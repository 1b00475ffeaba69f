// The preview's stand-in weighs every request and answer as Excel on the web counts them (the
// JSON text in UTF-8) and refuses one over 5 MB. It weighs a range's rows a row at a time; the
// count must be the whole text's, measured here by Node's own encoder on JSON.stringify.
import { jsonBytes } from '../../src/preview/fake-office/payload';

const whole = (value: unknown): number => {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
};

describe('the stand-in weighs answers as their whole JSON text', () => {
  it('counts rows of values, formulas and flags exactly', () => {
    const rows = [
      ['STT', 'Tên dự án "Cổng dịch vụ công"', 'Thời gian', 35388.5, null, true],
      ['1', 'Nâng cấp hệ thống\nđường truyền \\ máy chủ', '2021-2023', -1e21, 0.1 + 0.2, false],
      ['', '=SUM(D2:D9)', '😀 ký tự ngoài BMP', 3, undefined, () => 1],
      [],
    ];
    expect(jsonBytes(rows)).toBe(whole(rows));
  });

  it('counts holes, nested lists, objects and single values exactly', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3];
    for (const value of [sparse, [[['a']], { k: 'ư', n: [1, 2] }], { address: 'A1:B2', values: [[1, 'đ']] }, 'Hà Nội', 42, null, [undefined], []]) {
      expect(jsonBytes(value)).toBe(whole(value));
    }
    expect(jsonBytes(undefined)).toBe(0);
  });

  it('weighs 20,000 rows as one text would', () => {
    const rows = Array.from({ length: 20000 }, (_, i) => [String(i + 1), `Nhiệm vụ số ${i + 1}`, '2021-2025', i * 1.5, i % 7 === 0 ? null : 'NSĐP']);
    expect(jsonBytes(rows)).toBe(whole(rows));
  });
});
