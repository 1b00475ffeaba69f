// PROCEDURE_HINT: which ND 73 route a row's amount and funding type lead to (Điều 10, 51).
// Only where the type is known: guessing investment or recurrent would mislead.
import { getRuleSet, hasRuleSet, procedureRouter } from '../rulesets';
import type { SpendingType } from '../types';
import { effectiveTotal, sourcesOf } from '../summary';
import type { Finding } from '../types';
import type { Rule } from './context';

const TYPE_LABEL: Record<SpendingType, { vi: string; en: string }> = {
  'ĐTPT': { vi: 'vốn đầu tư phát triển', en: 'development investment' },
  'CTX': { vi: 'chi thường xuyên', en: 'recurrent spending' },
};

export const procedureRule: Rule = (ctx) => {
  const { table, settings } = ctx;
  const out: Finding[] = [];
  const route = procedureRouter(table.unit, getRuleSet(hasRuleSet(settings.ruleSet) ? settings.ruleSet : undefined));
  for (const row of table.rows) {
    if (row.kind !== 'item') continue;
    const amount = effectiveTotal(row);
    if (!amount || amount.lte(0)) continue;
    const sources = sourcesOf(table, row);
    const type = sources.length ? sources[0].type : null;
    if (!type || sources.some((s) => s.type !== type)) continue;
    const hint = route(amount, type);
    out.push(ctx.say({
      code: 'PROCEDURE_HINT', row: row.row, cell: ctx.amountCell(row), actual: amount, suggestion: hint.route,
      params: { amount: ctx.money(amount), type: TYPE_LABEL[type][settings.lang], route: hint[settings.lang] },
    }));
  }
  return out;
};
