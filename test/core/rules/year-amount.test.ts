// AMOUNT_LOOKS_LIKE_YEAR is for surveys only: a plan item of exactly 2.020 triệu đồng is a real
// amount and must raise nothing (no false alarm on a right table).
import { checkOne, codes, planGrid } from '../../helpers/grid';

describe('AMOUNT_LOOKS_LIKE_YEAR', () => {
  it('a plan item of 2.020 with its years stated is money, not a year', () => {
    const t = checkOne(planGrid([['1', 'Hệ thống X', '2021-2022', '2020', 'NSĐP']]));
    expect(codes(t)).not.toContain('AMOUNT_LOOKS_LIKE_YEAR');
  });
  it('nor is a plan item of 2.024 without a time', () => {
    const t = checkOne(planGrid([['1', 'Hệ thống X', '', '2024', 'NSĐP']]));
    expect(codes(t)).not.toContain('AMOUNT_LOOKS_LIKE_YEAR');
  });
});
