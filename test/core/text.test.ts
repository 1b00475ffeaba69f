import fc from 'fast-check';
import { fold } from '../../src/core/text';

describe('fold', () => {
  it.each([
    ['Thời gian  triển khai', 'thoi gian trien khai'],
    ['NSĐP', 'nsdp'],
    ['Ngân sách địa phương', 'ngan sach dia phuong'],
    ['  Tổng   cộng:\u00a0', 'tong cong:'],
    ['ĐƠN VỊ TÍNH: TRIỆU ĐỒNG', 'don vi tinh: trieu dong'],
    ['Tự đầu tư/Thuê', 'tu dau tu/thue'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('folds decomposed text (as pasted from some documents) like composed text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđĐÁÀẢÃẠấầẩẫậéèẻẽẹ ớờởỡợúùủũụ THỜI'.split('')) }), (s) => {
      expect(fold(s.normalize('NFD'))).toBe(fold(s.normalize('NFC')));
    }));
  });

  it('agrees with Unicode normalization on Vietnamese letters', () => {
    const letters = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
    for (const ch of letters + letters.toUpperCase()) {
      expect(fold(ch)).toBe(ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
    }
  });

  // Short texts are made from a reused list of their own length (text.ts): a text must never
  // show what a longer or shorter one left in it, on either side of that length limit.
  it('folds texts of every length, one after another, as Unicode normalization does', () => {
    const reference = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
    const word = 'Thuê dịch vụ Đường truyền ';
    const lengths = [1, 2, 17, 127, 128, 129, 300, 3, 128, 40, 129, 1];
    for (const n of lengths) {
      const text = word.repeat(Math.ceil(n / word.length) + 1).slice(0, n);
      expect(fold(text)).toBe(reference(text));
    }
    fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom(...'aăâđĐÁẢỡợ THỜIx1.'.split('')), maxLength: 200 }), { maxLength: 6 }), (texts) => {
      for (const t of texts) expect(fold(t)).toBe(reference(t));
    }));
  });
});
