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
});
