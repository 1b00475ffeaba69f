// RULESET_UNCONFIRMED: the findings that rest on a rule we hold only as a transcription or a
// report say so, one note per rule and table naming the cells (not one per row, which would
// double a plan's findings); and a table judged by a decree we have no text of, by ND 73 after
// its reported 2024 amendment, or by ND 73 for a date before it, says that once.
import { dmy, statusWords, ruleName, cite, UNKNOWN_CHECKS } from '../i18n/rules';
import { isKnown, ND82_AMENDMENT_DATE, type Rule, type RuleKey, type RuleSetChoice } from '../rulesets';
import type { Finding, Lang } from '../types';
import type { FindingInput } from '../findings';

const MAX_CELLS_NAMED = 8;

/** The rules some findings rested on, with the cells of those findings. */
export class RuleUse {
  private readonly cells = new Map<Rule<unknown>, string[]>();

  add(rules: readonly Rule<unknown>[], cell: string | null): void {
    for (const r of rules) {
      const list = this.cells.get(r) ?? [];
      if (cell !== null) list.push(cell);
      this.cells.set(r, list);
    }
  }

  get size(): number {
    return this.cells.size;
  }

  entries(): [Rule<unknown>, string[]][] {
    return [...this.cells];
  }
}

function keyOf(choice: RuleSetChoice, rule: Rule<unknown>): RuleKey | null {
  for (const [k, v] of Object.entries(choice.ruleSet.rules)) if (v === rule) return k as RuleKey;
  return null;
}

function cellsText(cells: string[], lang: Lang): string {
  const shown = cells.slice(0, MAX_CELLS_NAMED).join(', ');
  const more = cells.length - MAX_CELLS_NAMED;
  if (more <= 0) return shown;
  return lang === 'vi' ? `${shown} và ${more} ô khác` : `${shown} and ${more} more`;
}

/** One note per unconfirmed rule used. */
export function unconfirmedNotes(say: (f: FindingInput) => Finding, choice: RuleSetChoice, use: RuleUse, lang: Lang): Finding[] {
  const out: Finding[] = [];
  for (const [rule, cells] of use.entries()) {
    if (rule.status === 'confirmed') continue;
    const key = keyOf(choice, rule);
    out.push(say({
      code: 'RULESET_UNCONFIRMED', related: cells, actual: rule.status, expected: 'confirmed',
      params: { rule: key ? ruleName(key, lang) : rule.article, cells: cellsText(cells, lang), cite: cite(rule), status: statusWords(rule.status, lang) },
    }));
  }
  return out;
}

/** Table-wide notes about the law itself: no text of it, amended since, or not yet in force. */
export function lawNotes(say: (f: FindingInput) => Finding, choice: RuleSetChoice, used: boolean, lang: Lang): Finding[] {
  const set = choice.ruleSet;
  const out: Finding[] = [];
  if (Object.values(set.rules).some((p) => !isKnown(p))) {
    const span = `${dmy(set.from)} – ${set.to ? dmy(set.to) : lang === 'vi' ? 'nay' : 'now'}`;
    out.push(say({ code: 'RULESET_UNCONFIRMED', variant: 'unknown', actual: set.status, params: { ruleSet: set.name, span, status: statusWords(set.status, lang), checks: UNKNOWN_CHECKS[lang] } }));
  }
  if (!used || !choice.date) return out;
  if (choice.beforeKnown) {
    out.push(say({ code: 'RULESET_UNCONFIRMED', variant: 'before', params: { ruleSet: set.name, date: dmy(choice.date), from: dmy(set.from) } }));
  } else if (set.id === 'nd73-2019' && choice.date >= ND82_AMENDMENT_DATE) {
    out.push(say({ code: 'RULESET_UNCONFIRMED', variant: 'amended', actual: 'reported', params: { ruleSet: set.name, date: dmy(choice.date) } }));
  }
  return out;
}
