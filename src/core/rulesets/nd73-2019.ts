// Nghị định 73/2019/NĐ-CP (05/9/2019, in force 20/11/2019) on IT spending from the state budget,
// with the circulars that set its numbers. Values are in đồng (money) or plain fractions (rates).
import { Decimal } from '../decimal';
import type { RuleSet } from './types';

const ND73 = 'Nghị định 73/2019/NĐ-CP';
const ND73_FROM = '2019-11-20';

export const nd73_2019: RuleSet = {
  id: 'nd73-2019',
  name: 'Nghị định 73/2019/NĐ-CP',
  source: `${ND73} quy định quản lý đầu tư ứng dụng CNTT sử dụng nguồn vốn ngân sách nhà nước`,
  effectiveFrom: ND73_FROM,
  effectiveTo: null,
  procurementOnlyMaxDong: {
    value: new Decimal('200000000'),
    source: `${ND73}, Điều 51 khoản 1`,
    effectiveFrom: ND73_FROM,
  },
  outlineEstimateMaxDong: {
    value: new Decimal('15000000000'),
    source: `${ND73}, Điều 51 khoản 2`,
    effectiveFrom: ND73_FROM,
  },
  oneStepDesignMaxDong: {
    value: new Decimal('15000000000'),
    source: `${ND73}, Điều 10`,
    effectiveFrom: ND73_FROM,
  },
  leaseTermMinYears: {
    value: 1,
    source: `${ND73}, Điều 54`,
    effectiveFrom: ND73_FROM,
    note: 'Dưới 1 năm cần được cấp có thẩm quyền cho phép riêng.',
  },
  leaseTermMaxYears: {
    value: 5,
    source: `${ND73}, Điều 54`,
    effectiveFrom: ND73_FROM,
  },
  minStateShare: {
    value: new Decimal('0.3'),
    source: `${ND73}, Điều 1`,
    effectiveFrom: ND73_FROM,
  },
  maxContingencyRate: {
    value: new Decimal('0.1'),
    source: 'Thông tư 03/2020/TT-BTTTT (đề cương và dự toán chi tiết), chi phí dự phòng',
    effectiveFrom: '2020-04-10',
    note: 'Ngày hiệu lực chưa đối chiếu với công báo.',
  },
};
