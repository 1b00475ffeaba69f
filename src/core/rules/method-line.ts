// RATE_LINE_MISMATCH, variant `method`: a cost breakdown that names its lines by symbols and says
// how each is worked out (cost-methods.ts), as an appraiser redoes it: a line whose figure is not
// what its method gives from the lines it names is said. A method that names what the table does
// not hold, or is words ("Theo bảng chi tiết", "Tạm tính"), is not asked. The figure checked is the
// one before tax where the table has one (a method gives the value before tax), else the amount;
// held to the result rounded to the figure's decimals, or within 0,1 % of it, as a stated rate is.
import { evaluateMethod } from '../cost-methods';
import type { Decimal } from '../decimal';
import type { Finding } from '../types';
import type { Rule } from './context';
import { matchesShare } from './rate-line';

export const methodLineRule: Rule = (ctx) => {
  const { table } = ctx;
  const methods = table.methods;
  if (!methods) return [];
  const tax = table.sums.find((s) => s.kind === 'tax');
  const col = tax ? tax.parts[0] : table.columns.amount;
  const k = ctx.moneyIndex(col);
  if (k < 0) return [];
  // Each symbol's figure; a symbol written on two lines names neither.
  const bySymbol = new Map<string, Decimal | null>();
  for (const row of table.rows) {
    const symbol = methods.get(row.row)?.symbol;
    if (symbol) bySymbol.set(symbol, bySymbol.has(symbol) ? null : row.cells[k]?.value ?? null);
  }
  if (bySymbol.size < 2) return [];
  const out: Finding[] = [];
  for (const row of table.rows) {
    const method = methods.get(row.row)?.method;
    const actual = row.cells[k]?.value;
    if (!method || !actual) continue;
    const expected = evaluateMethod(method, (name) => bySymbol.get(name) ?? null);
    if (expected === null || matchesShare(actual, expected)) continue;
    out.push(ctx.say({
      code: 'RATE_LINE_MISMATCH', variant: 'method', row: row.row, cell: ctx.cellOf(row, col), expected, actual, suggestion: expected,
      params: { name: row.name, method, actual: ctx.money(actual), expected: ctx.money(expected), diff: ctx.num(actual.minus(expected).abs()) },
    }));
  }
  return out;
};
