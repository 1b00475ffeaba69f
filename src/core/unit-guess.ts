// How large one IT budget line can plausibly be, and the unit a table that states none is in.
// A table with no unit line and no unit in its headers is read in triệu đồng; but when every
// figure in it would then be above any line a province budgets (10.000 tỷ), the figures were
// typed in đồng ("1.500.000.000" for 1,5 tỷ), and reading them so is what the officer meant.
import { Decimal } from './decimal';
import { convertUnit } from './money';
import type { TableRow } from './model';
import type { MoneyUnit } from './types';

/** Above 10.000 tỷ for one IT row is not a provincial budget line: most likely typed in đồng. */
export const TOO_BIG_DONG = new Decimal('1e13');
/** Below 1.000 đồng in a triệu-đồng table: most likely typed in triệu into a đồng table. */
export const TOO_SMALL_DONG = new Decimal('1000');

/** The unit a table that states none is read in, first. */
export const UNSTATED_UNIT: MoneyUnit = 'triệu đồng';

/** TOO_BIG_DONG in that unit. */
const TOO_BIG_UNSTATED = convertUnit(TOO_BIG_DONG, 'đồng', UNSTATED_UNIT);

/**
 * The smallest figure of rows read in triệu đồng when every non-zero figure in their money cells
 * is too big for that unit (at least TOO_BIG_UNSTATED): the table is in đồng. Null when any figure
 * is plausible in triệu (a figure written with its own unit, "1,5 tỷ", is read so), or there is none.
 */
export function figuresInDong(rows: readonly TableRow[]): Decimal | null {
  let smallest: Decimal | null = null;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i].cells;
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k];
      if (cell.value === null) continue;
      // A figure held in billionths (cell-billionths.ts) is below 2^53 billionths, 9 triệu triệu: too small.
      const b = cell.billionths;
      if (b === b) {
        if (b !== 0) return null;
        continue;
      }
      const size = cell.value.abs();
      if (size.isZero()) continue;
      if (size.lt(TOO_BIG_UNSTATED)) return null;
      if (smallest === null || size.lt(smallest)) smallest = size;
    }
  }
  return smallest;
}
