// Nghị định 73/2019/NĐ-CP (05/9/2019, in force 01/01/2020 by its Điều 62) with the circulars
// that set its numbers: TT 03/2020 and TT 04/2020 (in force 09/4/2020), TT 12/2020 (14/7/2020).
// Article texts: the legal code (Bộ pháp điển) copy, 2019 wording, no ND 82/2024 amendment notes.
// Replaced by ND 45/2026 from 01/3/2026 (reported). Money in đồng, rates as fractions.
import { Decimal } from '../decimal';
import type { Citation, Rule, RuleSet } from './types';

const ND73 = 'Nghị định 73/2019/NĐ-CP';
const TT03 = 'Thông tư 03/2020/TT-BTTTT';
const TT04 = 'Thông tư 04/2020/TT-BTTTT';
const TT12 = 'Thông tư 12/2020/TT-BTTTT';
const FROM = '2020-01-01';
const CIRCULARS_FROM = '2020-04-09';
const TT12_FROM = '2020-07-14';

const nd73 = <T>(article: string, value: T): Rule<T> => ({ document: ND73, article, status: 'confirmed', from: FROM, value });

const dates: Citation = { document: ND73, article: 'Điều 62 khoản 1', status: 'confirmed', from: FROM };

export const nd73_2019: RuleSet = {
  id: 'nd73-2019',
  name: ND73,
  from: FROM,
  // The day before ND 45/2026 took effect (reported: 01/3/2026).
  to: '2026-02-28',
  status: 'confirmed',
  dates,
  rules: {
    stateShare: nd73('Điều 1 khoản 2', new Decimal('0.3')),
    oneStepDesignMax: nd73('Điều 10 khoản 2 điểm b', new Decimal('15000000000')),
    procurementOnlyMax: nd73('Điều 51 khoản 1 điểm d', new Decimal('200000000')),
    outlineEstimateMax: nd73('Điều 51 khoản 2', new Decimal('15000000000')),
    recurrentProject: nd73('Điều 51 khoản 3', null),
    recurrentPurchase: nd73('Điều 51 khoản 1 điểm a, b, c', null),
    marketLease: nd73('Điều 52 khoản 1', null),
    customLease: nd73('Điều 52 khoản 2; Điều 53–58', null),
    // A project is the money to buy, lease or build (Điều 3 khoản 5), and its total investment
    // counts the cost of leasing IT services among other costs (Điều 19 khoản 2 điểm đ).
    leaseOnInvestment: nd73('Điều 3 khoản 5; Điều 19 khoản 2 điểm đ', true),
    leaseTermMin: nd73('Điều 54 khoản 2 điểm đ', 1),
    leaseTermMax: nd73('Điều 54 khoản 2 điểm đ', 5),
    // Phụ lục 02 mục 6 of TT 04 is not in our copy; the 7 % / 5 % caps rest on one legal Q&A site.
    contingencyFeasibility: { document: TT04, article: 'Phụ lục 02 mục 6 (Điều 5 khoản 6)', status: 'reported', from: CIRCULARS_FROM, value: new Decimal('0.07') },
    contingencyBckt: { document: TT04, article: 'Phụ lục 02 mục 6 (Điều 5 khoản 6)', status: 'reported', from: CIRCULARS_FROM, value: new Decimal('0.05') },
    contingencyOutline: { document: TT03, article: 'Điều 5 khoản 2 điểm e', status: 'confirmed', from: CIRCULARS_FROM, value: new Decimal('0.1') },
    contingencyLease: nd73('Điều 55 khoản 1 điểm đ', null),
    leasePrice: { document: TT12, article: 'Điều 6', status: 'confirmed', from: TT12_FROM, value: 'annuity' },
  },
};
