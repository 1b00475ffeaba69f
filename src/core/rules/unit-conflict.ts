// UNIT_SUSPECT, variant `conflict`: the unit line ("Đơn vị tính: triệu đồng") and the amount
// column's header ("Kinh phí (tỷ đồng)") name two different units. The figures
// are read in the header's unit (table.ts), and the officer is told, once for the table.
// Variant `assumed`: no unit is stated and every figure is too big for triệu đồng, so the table
// is read in đồng (unit-guess.ts); the officer is told so, once, at the amount column's header.
import { address } from '../grid';
import type { Finding } from '../types';
import type { Rule } from './context';

export const unitConflictRule: Rule = (ctx) => {
  const { table } = ctx;
  const assumed = table.unitAssumed;
  if (assumed) {
    return [ctx.say({
      code: 'UNIT_SUSPECT', variant: 'assumed', row: table.headerRow, cell: address(table.headerRow, table.columns.amount),
      expected: 'đồng', actual: null, params: { smallest: ctx.money(assumed.smallest) },
    })];
  }
  const conflict = table.unitConflict;
  if (!conflict) return [];
  const finding: Finding = ctx.say({
    code: 'UNIT_SUSPECT', variant: 'conflict', row: ctx.table.headerRow, cell: address(ctx.table.headerRow, conflict.col),
    expected: conflict.header, actual: conflict.line,
    params: { line: conflict.line, header: conflict.header },
  });
  return [finding];
};
