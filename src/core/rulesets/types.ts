// What a rule set is: the legal thresholds the checks and the scenario read, each with the
// text it comes from and the date it took effect, so a finding can cite its law and a new
// decree is a new rule set rather than a code change.
import type { Decimal } from '../decimal';

export interface Threshold<T = Decimal> {
  value: T;
  /** The legal text, precise enough to look up ("Nghị định 73/2019/NĐ-CP, Điều 51 khoản 1"). */
  source: string;
  /** ISO date the source took effect. */
  effectiveFrom: string;
  /** Anything a reader should know, e.g. a date not yet checked against the gazette. */
  note?: string;
}

export interface RuleSet {
  id: string;
  name: string;
  /** The decree the set implements and when it applies; effectiveTo null = still in force. */
  source: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Recurrent-spending (CTX) activity at or below this (in đồng): procurement rules only. */
  procurementOnlyMaxDong: Threshold;
  /** CTX activity above procurementOnlyMaxDong up to this: outline and detailed estimate; above: project procedure. */
  outlineEstimateMaxDong: Threshold;
  /** Investment (ĐTPT) project at or below this: one-step design (báo cáo kinh tế - kỹ thuật). */
  oneStepDesignMaxDong: Threshold;
  /** Lease term of a custom-built service, whole years. */
  leaseTermMinYears: Threshold<number>;
  leaseTermMaxYears: Threshold<number>;
  /** State share at or above which the decree applies (when it is not the largest share). */
  minStateShare: Threshold;
  /** Largest contingency rate an estimate may carry. */
  maxContingencyRate: Threshold;
}
