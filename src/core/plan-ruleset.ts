// The law a plan table is judged by: the rule set the user forced (a known id other than
// "auto"), else the one in force on the plan's date (its title lines), else on 1 January of its
// period's first year, else the one in force now. Chosen once per table and remembered, so the
// rules, the JSON and the reports all name the same law.
import type { Table } from './model';
import { planDate } from './plan-date';
import { chooseRuleSet, hasRuleSet, type DatedBasis, type RuleSetChoice } from './rulesets';

const chosen = new WeakMap<Table, Map<string, RuleSetChoice>>();

export function planRuleSet(table: Pick<Table, 'titles' | 'period'>, setting: string): RuleSetChoice {
  const key = table as Table;
  let bySetting = chosen.get(key);
  if (!bySetting) chosen.set(key, (bySetting = new Map()));
  let choice = bySetting.get(setting);
  if (!choice) {
    const read = planDate(table.titles);
    const dated: DatedBasis | null = read
      ? { date: read.date, basis: 'title', text: read.text }
      : table.period ? { date: `${table.period.from}-01-01`, basis: 'period' } : null;
    // A setting that names no rule set (a workbook's settings can hold anything) lets the date decide.
    choice = chooseRuleSet(hasRuleSet(setting) ? setting : null, dated);
    bySetting.set(setting, choice);
  }
  return choice;
}
