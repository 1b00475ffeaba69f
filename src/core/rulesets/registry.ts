// The rule set registry: every decree we know, oldest first. A new decree is a new data file and
// one line in REGISTRY.
import { nd224_2026 } from './nd224-2026';
import { nd45_2026 } from './nd45-2026';
import { nd73_2019 } from './nd73-2019';
import type { RuleSet } from './types';

/** Oldest first: the order dates are matched in. */
export const REGISTRY: readonly RuleSet[] = [nd73_2019, nd45_2026, nd224_2026];

/** The setting that lets the date decide (the default everywhere). */
export const AUTO_RULESET = 'auto';

export function ruleSetIds(): string[] {
  return REGISTRY.map((s) => s.id);
}

/** Own ids only: "constructor" or "__proto__" is not a rule set. */
export function hasRuleSet(id: string): boolean {
  return REGISTRY.some((s) => s.id === id);
}

/** The rule set with this id; throws for an unknown id (callers validate user input with hasRuleSet first). */
export function getRuleSet(id: string): RuleSet {
  const set = REGISTRY.find((s) => s.id === id);
  if (!set) throw new Error(`unknown rule set "${id}" (known: ${ruleSetIds().join(', ')})`);
  return set;
}

