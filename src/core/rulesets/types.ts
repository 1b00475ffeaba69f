// What a rule set is: the law in force over a span of dates, as data. Every rule carries the
// document and article it comes from, the date it took effect and how sure we are of its text
// (the labels of the legal reference: confirmed, transcription, reported), so a finding can
// cite its law and say when that law is not yet checked against the official gazette. What a
// rule set does not know is `unknown`, never a value borrowed from another decree.
import type { Decimal } from '../decimal';

/** How sure we are of a text: verbatim in the legal code, a third-party transcription, or a report. */
export type LegalStatus = 'confirmed' | 'transcription' | 'reported';

export type RuleSetId = 'nd73-2019' | 'nd45-2026' | 'nd224-2026';

/** Where a rule comes from, precise enough to look up. */
export interface Citation {
  /** "Nghị định 73/2019/NĐ-CP", "Thông tư 03/2020/TT-BTTTT". */
  document: string;
  /** "Điều 51 khoản 1 điểm d". */
  article: string;
  status: LegalStatus;
  /** ISO date the document (or this article) took effect. */
  from: string;
}

/**
 * A known rule: its value and its citation. `value: null` means the law itself sets no such
 * bound (ND 224 puts no cap on a lease term), which is different from not knowing.
 */
export interface Rule<T> extends Citation {
  value: T;
}

/** A rule of a decree we have no text of: the checks that need it are not made, and the user is told. */
export interface Unknown {
  unknown: true;
  /** Set when the rule exists but took effect after the date asked about (a circular later than its decree). */
  notYet?: Rule<unknown>;
}

export type Provision<T> = Rule<T> | Unknown;

export function isKnown<T>(p: Provision<T>): p is Rule<T> {
  return !('unknown' in p);
}

export interface RuleSetRules {
  /** State share at or above which the decree applies when it is not the largest share. */
  stateShare: Provision<Decimal>;
  /** Investment project at or below this total (đồng): one-step design, báo cáo kinh tế - kỹ thuật. */
  oneStepDesignMax: Provision<Decimal>;
  /** Recurrent-spending build or upgrade at or below this (đồng): procurement rules only; null = no amount tiers. */
  procurementOnlyMax: Provision<Decimal | null>;
  /** Recurrent-spending build or upgrade up to this (đồng): outline and detailed estimate; null = no amount tiers. */
  outlineEstimateMax: Provision<Decimal | null>;
  /** Recurrent-spending build or upgrade above the tiers (or, without tiers, any): the project procedure. */
  recurrentProject: Provision<null>;
  /** Purchases and operation paid from recurrent spending: procurement rules whatever the amount. */
  recurrentPurchase: Provision<null>;
  /** A service available on the market: bought at market price under procurement rules. */
  marketLease: Provision<null>;
  /** A service built to the agency's requirements: a lease plan, appraised and approved. */
  customLease: Provision<null>;
  /** Whether a lease may be funded from development investment (as, or inside, a project). */
  leaseOnInvestment: Provision<boolean>;
  /** Lease term of a custom-built service, whole years; null = no bound. */
  leaseTermMin: Provision<number | null>;
  leaseTermMax: Provision<number | null>;
  /** Contingency caps as a share of the other cost items; null = the law sets no percentage cap. */
  contingencyFeasibility: Provision<Decimal | null>;
  contingencyBckt: Provision<Decimal | null>;
  contingencyOutline: Provision<Decimal | null>;
  contingencyLease: Provision<Decimal | null>;
  /** How the price of a custom-built service is set: TT 12/2020's annuity, or quotes and appraisals. */
  leasePrice: Provision<'annuity' | 'quotes'>;
}

export type RuleKey = keyof RuleSetRules;

export interface RuleSet {
  id: RuleSetId;
  /** The decree, as a reader names it. */
  name: string;
  /** ISO dates the set governs; to null = still in force. */
  from: string;
  to: string | null;
  /** How sure we are of the decree's text and dates. */
  status: LegalStatus;
  /** Where its dates come from. */
  dates: Citation;
  rules: RuleSetRules;
}
