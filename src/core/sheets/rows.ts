// A sheet given row by row (for a writer that streams) as the cells of a plan (for a writer that
// takes them one by one, the add-in): the one place a row's cells get their addresses.
import { columnLetter } from '../grid';
import type { PlanCell, PlanRow } from '../sheetplan';

export function* cellsOfRows(rows: Iterable<PlanRow>): Generator<PlanCell> {
  const letters: string[] = [];
  for (const { row, cells } of rows) {
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (c) yield { address: (letters[i] ??= columnLetter(i + 1)) + row, ...c };
    }
  }
}
