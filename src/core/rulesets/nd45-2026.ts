// Nghị định 45/2026/NĐ-CP (26/01/2026), reported in force 01/3/2026 and ended on 01/7/2026 by
// ND 224/2026 Điều 90 khoản 2 điểm a (transcription). We have no text of it, so every rule is
// unknown: the checks that need one are not made, and the user is told which. Its thresholds
// are NOT ND 73's: news reports a new grouping of projects (incl. lease projects) under the
// Public Investment Law, so borrowing ND 73's numbers would state a law that may not exist.
import type { RuleSet, Unknown } from './types';

const UNKNOWN: Unknown = { unknown: true };

export const nd45_2026: RuleSet = {
  id: 'nd45-2026',
  name: 'Nghị định 45/2026/NĐ-CP',
  from: '2026-03-01',
  to: '2026-06-30',
  status: 'reported',
  dates: { document: 'Nghị định 45/2026/NĐ-CP', article: 'Điều 41 (hiệu lực)', status: 'reported', from: '2026-03-01' },
  rules: {
    stateShare: UNKNOWN,
    oneStepDesignMax: UNKNOWN,
    procurementOnlyMax: UNKNOWN,
    outlineEstimateMax: UNKNOWN,
    recurrentProject: UNKNOWN,
    recurrentPurchase: UNKNOWN,
    marketLease: UNKNOWN,
    customLease: UNKNOWN,
    // News (vietnamplus.vn, vneconomy.vn, 28/01/2026) reports "dự án thuê dịch vụ CNTT" as a
    // group of public-investment projects: a lease on investment capital is not flagged.
    leaseOnInvestment: { document: 'Nghị định 45/2026/NĐ-CP', article: '(nhóm dự án thuê dịch vụ CNTT, theo báo chí)', status: 'reported', from: '2026-03-01', value: true },
    leaseTermMin: UNKNOWN,
    leaseTermMax: UNKNOWN,
    contingencyFeasibility: UNKNOWN,
    contingencyBckt: UNKNOWN,
    contingencyOutline: UNKNOWN,
    contingencyLease: UNKNOWN,
    leasePrice: UNKNOWN,
  },
};
