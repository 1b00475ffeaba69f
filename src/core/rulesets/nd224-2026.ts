// Nghị định 224/2026/NĐ-CP (24/6/2026) detailing the Law on Digital Transformation
// (148/2025/QH15), in force 01/7/2026 (Điều 90 khoản 1). Every article here is from a
// third-party transcription not yet checked against the Công báo: status 'transcription'.
// What changed from ND 73: one-step design up to 20 tỷ; recurrent spending is routed by the kind
// of activity, not by amount (Điều 65); a lease term may run many years (Điều 67 khoản 2 điểm e);
// no percentage cap on contingency (Điều 49 khoản 7); lease prices from quotes, tender results,
// appraisal or list prices (Điều 67 khoản 3), not TT 12/2020's formula.
import { Decimal } from '../decimal';
import type { Rule, RuleSet } from './types';

const ND224 = 'Nghị định 224/2026/NĐ-CP';
const FROM = '2026-07-01';

const nd224 = <T>(article: string, value: T): Rule<T> => ({ document: ND224, article, status: 'transcription', from: FROM, value });

export const nd224_2026: RuleSet = {
  id: 'nd224-2026',
  name: ND224,
  from: FROM,
  to: null,
  status: 'transcription',
  dates: { document: ND224, article: 'Điều 90 khoản 1', status: 'transcription', from: FROM },
  rules: {
    stateShare: nd224('Điều 36 khoản 1', new Decimal('0.3')),
    oneStepDesignMax: nd224('Điều 42 khoản 2 điểm a', new Decimal('20000000000')),
    procurementOnlyMax: nd224('Điều 65', null),
    outlineEstimateMax: nd224('Điều 65', null),
    recurrentProject: nd224('Điều 65 khoản 2; Điều 66', null),
    recurrentPurchase: nd224('Điều 65 khoản 1 điểm a, e', null),
    marketLease: nd224('Điều 65 khoản 1 điểm b', null),
    customLease: nd224('Điều 65 khoản 3; Điều 67', null),
    leaseOnInvestment: nd224('Điều 40 khoản 1 điểm c; Điều 49 khoản 3', true),
    leaseTermMin: nd224('Điều 67 khoản 2 điểm e', null),
    leaseTermMax: nd224('Điều 67 khoản 2 điểm e', null),
    contingencyFeasibility: nd224('Điều 49 khoản 7', null),
    contingencyBckt: nd224('Điều 49 khoản 7', null),
    contingencyOutline: nd224('Điều 49 khoản 7', null),
    contingencyLease: nd224('Điều 67 khoản 2 điểm h', null),
    leasePrice: nd224('Điều 67 khoản 3', 'quotes'),
  },
};
