// DUPLICATE_ITEM within one table: the same task with the same amount twice among the items of one
// section (pasted twice), or under two sections by topic ("I. Hạ tầng", "II. An toàn thông tin":
// one system budgeted in both). Not across sections that are units, places, years or phases (each
// unit's "Mua sắm máy tính | 150" is its own), nor a survey's rows, nor the further lines of one
// project (lineOf). `consolidate` finds the same across files and says it once there
// (consolidate/duplicates.ts; digest.ts leaves this rule's findings out).
import type { Decimal } from '../decimal';
import { foldedHash, foldName } from '../text';
import { effectiveTotal } from '../summary';
import type { TableRow } from '../model';
import type { Finding } from '../types';
import type { Rule } from './context';

/** A section that is a unit, a place, a year or a phase: its items are its own, whatever others hold. */
const OWN_SECTION = /^(so|ubnd|uy ban|van phong|huyen|quan|thi xa|thanh pho|tp|xa|phuong|thi tran|tinh|bo|cuc|chi cuc|tong cuc|ban|benh vien|trung tam(?! (du lieu|giam sat|dieu hanh|tich hop))|truong|cong an|bo chi huy|dai|bao|hoi|lien doan|doan|tinh uy|thanh uy|huyen uy|dang uy|mat tran|vien|kho bac|thanh tra|toa an|vien kiem sat|don vi|co quan|phong|khoi|cac|cap)\b|\b(19|20)\d\d\b|\bnam thu\b|\bgiai doan\b|\bdot\b|\bphan ky\b/;

export const duplicateRule: Rule = (ctx) => {
  const { table } = ctx;
  if (table.layout === 'survey') return [];
  // Rows by a number made from the name first (foldedHash), in a table of slots of our own (a
  // Map of 100.000 keys cost a 100.000-row plan more than all its other checks of names); names
  // folded and amounts compared only among rows whose numbers meet.
  const rows = table.rows;
  let size = 16;
  while (size < rows.length * 2) size *= 2;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(size);
  let again: Map<TableRow, TableRow[]> | null = null;
  for (let rowAt = 0; rowAt < rows.length; rowAt++) {
    const row = rows[rowAt];
    if (row.kind !== 'item' || row.lineOf !== undefined || !row.name) continue;
    const h = foldedHash(row.name);
    let at = h & (size - 1);
    while (slots[at] !== 0 && hashes[at] !== h) at = (at + 1) & (size - 1);
    if (slots[at] === 0) {
      slots[at] = rowAt + 1;
      hashes[at] = h;
      continue;
    }
    const seen = rows[slots[at] - 1];
    again ??= new Map();
    const list = again.get(seen);
    if (list) list.push(row);
    else again.set(seen, [seen, row]);
  }
  if (again === null) return [];
  const scopeOf = (row: TableRow): number | null => {
    const parent = row.parentRow === null ? undefined : table.byRow.get(row.parentRow);
    // Under a unit's, place's or year's section: compared within that section only.
    return parent !== undefined && OWN_SECTION.test(ctx.foldedName(parent)) ? parent.row : null;
  };
  const out: Finding[] = [];
  for (const alike of again.values()) {
    const groups = new Map<string, { amount: Decimal; rows: TableRow[] }[]>();
    for (const row of alike) {
      const amount = effectiveTotal(row);
      if (!amount || amount.isZero()) continue;
      const key = `${scopeOf(row) ?? ''}\u0000${foldName(row.name)}`;
      let byAmount = groups.get(key);
      if (byAmount === undefined) groups.set(key, (byAmount = []));
      const group = byAmount.find((g) => g.amount.eq(amount));
      if (group) group.rows.push(row);
      else byAmount.push({ amount, rows: [row] });
    }
    for (const byAmount of groups.values()) {
      for (const { amount, rows } of byAmount) {
        if (rows.length < 2) continue;
        const cells = rows.map((r) => ctx.amountCell(r));
        rows.forEach((row, i) => {
          const others = cells.filter((_, j) => j !== i);
          out.push(ctx.say({
            code: 'DUPLICATE_ITEM', row: row.row, cell: cells[i], related: others, actual: amount,
            params: { name: row.name, amount: ctx.money(amount), others: others.join(', ') },
          }));
        });
      }
    }
  }
  return out;
};
