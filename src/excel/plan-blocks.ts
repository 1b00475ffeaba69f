// Groups a SheetPlan's cells into rectangles, so writing a sheet is one values/formulas
// assignment per block instead of one round trip per cell. A block holds only formulas or only
// constants, because Excel takes them through different properties.
import type { PlanCell } from '../core/sheetplan';
import { parseCellAddress } from './a1';
import { runAtOnce } from './slices';

export type BlockKind = 'formula' | 'value';

export interface PlanBlock {
  kind: BlockKind;
  /** 1-based sheet row and column of the top-left cell. */
  top: number;
  left: number;
  /** cells[r][c]; every slot is filled (blocks have no holes). */
  cells: PlanCell[][];
}

function kindOf(cell: PlanCell): BlockKind {
  return cell.formula ? 'formula' : 'value';
}

interface Run {
  kind: BlockKind;
  left: number;
  cells: PlanCell[];
}

/** Cells or rows between two points where planBlockSteps may pause. */
const STEP = 2000;

/** Rectangles covering exactly the plan's cells; a later cell with the same address wins. */
export function planBlocks(cells: readonly PlanCell[]): PlanBlock[] {
  return runAtOnce(planBlockSteps(cells));
}

/** planBlocks, pausing every few thousand cells (a data sheet has hundreds of thousands): run it with runSliced. */
export function* planBlockSteps(cells: readonly PlanCell[]): Generator<void, PlanBlock[], void> {
  const byRow = new Map<number, Map<number, PlanCell>>();
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const { row, col } = parseCellAddress(cell.address);
    let line = byRow.get(row);
    if (!line) byRow.set(row, (line = new Map()));
    line.set(col, cell);
    if (i % STEP === STEP - 1) yield;
  }

  const done: PlanBlock[] = [];
  // Blocks that ended on the previous row, by their column span and kind, so the next row can extend them.
  let open = new Map<string, PlanBlock>();
  let previousRow = -1;
  let rowsDone = 0;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    if (++rowsDone % STEP === 0) yield;
    const line = byRow.get(row) as Map<number, PlanCell>;
    const runs: Run[] = [];
    for (const col of [...line.keys()].sort((a, b) => a - b)) {
      const cell = line.get(col) as PlanCell;
      const last = runs[runs.length - 1];
      if (last && last.kind === kindOf(cell) && last.left + last.cells.length === col) last.cells.push(cell);
      else runs.push({ kind: kindOf(cell), left: col, cells: [cell] });
    }
    const next = new Map<string, PlanBlock>();
    for (const run of runs) {
      const key = `${run.kind}:${run.left}:${run.cells.length}`;
      const block = row === previousRow + 1 ? open.get(key) : undefined;
      if (block) {
        block.cells.push(run.cells);
        open.delete(key);
        next.set(key, block);
      } else {
        const fresh: PlanBlock = { kind: run.kind, top: row, left: run.left, cells: [run.cells] };
        done.push(fresh);
        next.set(key, fresh);
      }
    }
    open = next;
    previousRow = row;
  }
  return done;
}
