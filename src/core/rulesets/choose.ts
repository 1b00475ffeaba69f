// Choosing the law in force on a date, and a rule of it as it stood then: the plan's date (its
// title lines), the scenario's decisionDate, or the user's explicit choice.
import { AUTO_RULESET, getRuleSet, REGISTRY } from './registry';
import { isKnown } from './types';
import type { Provision, RuleKey, RuleSet, RuleSetRules, Unknown } from './types';

/** How the law was chosen, in the words CONTRACT's `ruleSetInfo.why` explains. */
export type ChoiceBasis =
  /** The user named it (--ruleset, the pane setting, the scenario's "ruleSet"). */
  | 'forced'
  /** The date in the plan's title lines ("Kèm theo Kế hoạch số … ngày 09/10/2020"). */
  | 'title'
  /** No date in the titles: 1 January of the plan's first year. */
  | 'period'
  /** The scenario's decisionDate. */
  | 'decisionDate'
  /** No decisionDate: 1 January of the scenario's startYear. */
  | 'startYear'
  /** No date at all: the rule set in force now. */
  | 'none';

export interface RuleSetChoice {
  ruleSet: RuleSet;
  basis: ChoiceBasis;
  /** ISO date the law was chosen for; null when forced without a date, or none known. */
  date: string | null;
  /** The date as written ("ngày 09/10/2020"), when read from a text. */
  dateText: string | null;
  /** The date falls before the oldest rule set we know (ND 102/2009 applied then). */
  beforeKnown: boolean;
}

export interface DatedBasis {
  date: string;
  basis: Exclude<ChoiceBasis, 'forced' | 'none'>;
  text?: string | null;
}

/** The rule set in force on an ISO date (dates compare as text). */
export function ruleSetOn(date: string): { ruleSet: RuleSet; beforeKnown: boolean } {
  const found = REGISTRY.find((s) => s.from <= date && (s.to === null || date <= s.to));
  if (found) return { ruleSet: found, beforeKnown: false };
  // Only a date before the oldest set falls through: judged by the oldest, and the choice says so.
  return { ruleSet: REGISTRY[0], beforeKnown: true };
}

/**
 * The law to apply: the one named (a valid id other than "auto"), else the one in force on the
 * date, else the one in force now. `forced` is validated by the caller (hasRuleSet).
 */
export function chooseRuleSet(forced: string | null, dated: DatedBasis | null): RuleSetChoice {
  if (forced !== null && forced !== AUTO_RULESET) {
    return { ruleSet: getRuleSet(forced), basis: 'forced', date: dated?.date ?? null, dateText: dated?.text ?? null, beforeKnown: false };
  }
  if (dated) {
    const { ruleSet, beforeKnown } = ruleSetOn(dated.date);
    return { ruleSet, basis: dated.basis, date: dated.date, dateText: dated.text ?? null, beforeKnown };
  }
  const current = REGISTRY.find((s) => s.to === null) ?? REGISTRY[REGISTRY.length - 1];
  return { ruleSet: current, basis: 'none', date: null, dateText: null, beforeKnown: false };
}

/** A rule of the set as it stood on `date` (null = any date). */
export function ruleOn<K extends RuleKey>(set: RuleSet, key: K, date: string | null): RuleSetRules[K] | Unknown {
  const p = set.rules[key] as Provision<unknown>;
  if (isKnown(p) && date !== null && date < p.from) return { unknown: true, notYet: p };
  return set.rules[key];
}

/** The date ND 82/2024/NĐ-CP amended ND 73 (reported; its content is not known here). */
export const ND82_AMENDMENT_DATE = '2024-07-10';

/** CONTRACT `ruleSetInfo`: the law applied, its dates, how sure we are of it, and why it was chosen. */
export interface RuleSetInfo {
  id: string;
  name: string;
  from: string;
  to: string | null;
  status: RuleSet['status'];
  why: string;
}

export function ruleSetInfo(choice: RuleSetChoice, why: string): RuleSetInfo {
  const s = choice.ruleSet;
  return { id: s.id, name: s.name, from: s.from, to: s.to, status: s.status, why };
}

/**
 * The date a chosen set's rules are read at (ruleOn): the choice's date, so a circular later than
 * its decree is not applied early; none when the user named the law (its rules as written, whatever
 * the plan's date) or when the date precedes every set we know (judged by the oldest as written).
 */
export function ruleDate(choice: RuleSetChoice): string | null {
  return choice.basis === 'forced' || choice.beforeKnown ? null : choice.date;
}
