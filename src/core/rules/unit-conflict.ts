// UNIT_SUSPECT, variant `conflict`: the unit line ("Đơn vị tính: triệu đồng") and the amount
// column's header ("Kinh phí (tỷ đồng)") name two different units. The figures
// are read in the header's unit (table.ts), and the officer is told, once for the table.
import { address } from '../grid';
import type { Finding } from '../types';
import type { Rule } from './context';

export const unitConflictRule: Rule = (ctx) => {
  const conflict = ctx.table.unitConflict;
  if (!conflict) return [];
  const finding: Finding = ctx.say({
    code: 'UNIT_SUSPECT', variant: 'conflict', row: ctx.table.headerRow, cell: address(ctx.table.headerRow, conflict.col),
    expected: conflict.header, actual: conflict.line,
    params: { line: conflict.line, header: conflict.header },
  });
  return [finding];
};
