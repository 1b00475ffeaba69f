// PROCEDURE_HINT: which procedure a plan row leads to under the law in force on the plan's date
// (plan-ruleset.ts): a lease by the lease articles, an investment by the design-step threshold,
// recurrent spending by what it pays for and, for building or upgrading under ND 73, its amount;
// nothing for a contingency or tax line, and a project broken into cost lines once, as a whole
// (cost-lines.ts).
// Only where the spending type is known: guessing investment or recurrent would mislead. The
// table-wide notes on the law (no text, amended, before ND 73) come from here, once per table.
import { sizeIndex } from '../columns';
import { address } from '../grid';
import { costBreakdowns, isAddOnName } from '../cost-lines';
import type { Table, TableRow } from '../model';
import { nearestAbove } from '../row-index';
import { isProcurementPlan, isReport, rowsAreExpenses, rowsAreTasks } from '../plan-kind';
import { planRuleSet } from '../plan-ruleset';
import { procedureRouter, ruleDate } from '../rulesets';
import type { RouteQuery, Router, WorkKind } from '../rulesets';
import { ZERO } from '../decimal';
import { memo } from '../memo';
import { effectiveTotal, sourcesOf } from '../summary';
import { sumCells } from '../row-reader';
import { leavesOf } from '../tree';
import type { Finding, SourcePart, SpendingType } from '../types';
import { isNoApplication, leaseKind, statedWorkKind } from './activity';
import type { Rule, RuleContext } from './context';
import { leaseRows } from './lease';
import { lawNotes, RuleUse, unconfirmedNotes } from './law-notes';

const TYPE_LABEL: Record<SpendingType, { vi: string; en: string }> = {
  'ĐTPT': { vi: 'vốn đầu tư phát triển', en: 'development investment' },
  'CTX': { vi: 'chi thường xuyên', en: 'recurrent spending' },
};

/** A section of projects decided before the plan: "Dự án chuyển tiếp", "Dự án hoàn thành", "đã phê duyệt". */
const CARRIED_OVER = /\b(chuyen tiep|hoan thanh|da phe duyet|da co quyet dinh)\b/;

export const procedureRule: Rule = (ctx) => {
  const { table, settings } = ctx;
  const lang = settings.lang;
  // Rows that are units or sources and nothing more ("Sở Y tế | 2.600", "Ngân sách tỉnh | 10.000":
  // a summary of needs) are no tasks to procure.
  if (!rowsAreTasks(table)) return [];
  // A report of what was done or disbursed asks for no procedure: its projects are under way. Nor
  // does a contractor selection plan: its packages are of a project already decided.
  if (isReport(table.titles) || isProcurementPlan(table.titles)) return [];
  // Nor do the expenses of one undertaking ("Nội dung các khoản chi | Chi công lao động"): the
  // undertaking has one procedure, for its whole amount, not one per expense.
  if (rowsAreExpenses(table)) return [];
  const choice = planRuleSet(table, settings.ruleSet);
  const route = procedureRouter(table.unit, choice.ruleSet, ruleDate(choice));
  const leases = leaseRows(table, ctx.foldedName);
  const use = new RuleUse();
  const out: Finding[] = [];
  // A project broken into cost lines is asked as one, for its whole amount; its lines never.
  const projects = costBreakdowns(table, ctx.foldedName);
  const inProject = (row: TableRow): boolean => projects.size > 0 && nearestAbove(table.byRow, row, (r) => projects.has(r.row)) !== undefined;
  const carriedOver = (row: TableRow): boolean => nearestAbove(table.byRow, row, (r) => CARRIED_OVER.test(ctx.foldedName(r))) !== undefined;
  // One project on several lines under its merged name (lineOf): asked once, at its first line, for all of them.
  const lines = linesOf(table);
  // A capital plan gives each project's size (TMĐT) beside the year's money: the procedure goes by the size.
  const size = sizeIndex(table);
  // What each section or parent item says it pays for, read once (a plan's items share a few).
  const statedOf = new Map<TableRow, WorkKind | null>();
  const stated = (r: TableRow): WorkKind | null => memo(statedOf, r, (x) => statedWorkKind(ctx.foldedName(x)));
  // What the nearest item or section above a row says it pays for, or null when none says.
  const statedWorkAbove = (row: TableRow): WorkKind | null => {
    const above = nearestAbove(table.byRow, row, (r) => stated(r) !== null);
    return above ? stated(above) : null;
  };
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    const project = projects.has(row.row);
    if (project ? inProject(row) : row.kind !== 'item' || inProject(row) || row.lineOf !== undefined) continue;
    // A project carried over ("I. Dự án chuyển tiếp") was decided, its procedure done, before this plan.
    if (carriedOver(row)) continue;
    // A project that writes its investment decision has been through its procedure.
    if (row.decided) continue;
    const more = lines?.get(row.row);
    let amount = size >= 0 ? row.cells[size].value : project ? effectiveTotal(row) ?? row.computed : effectiveTotal(row);
    if (more) for (const line of more) amount = (amount ?? ZERO).plus(effectiveTotal(line) ?? ZERO);
    // Zero or less, without making a Decimal of 0 for each row.
    if (!amount || amount.isZero() || amount.isNegative()) continue;
    let sources = project ? projectSources(table, row) : sourcesOf(table, row);
    if (more) sources = [...sources, ...more.flatMap((line) => sourcesOf(table, line))];
    // A row naming no source under a section or title of one kind of money ("B. CHI ĐẦU TƯ PHÁT
    // TRIỂN", "KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027") is of that kind (section-types.ts).
    const type = sources.length ? sources[0].type : table.sectionTypes?.get(row.row) ?? null;
    if (!type || sources.some((s) => s.type !== type)) continue;
    const folded = ctx.foldedName(row);
    // A contingency or tax line is worked out from the items beside it, not a task with a procedure;
    // training, propaganda or a drill is no IT system to invest in, buy or lease.
    if (isAddOnName(folded) || isNoApplication(folded)) continue;
    // A line that does not say what it pays for is of the nearest item or section above that
    // does: "a. Bản quyền | b. Hỗ trợ kỹ thuật" under "Duy trì phần mềm quản lý văn bản" operate it.
    // When none says, building: the amount tiers apply.
    const work = statedWorkKind(folded) ?? statedWorkAbove(row) ?? 'build';
    if (row.mode?.mode === 'mixed') {
      // Investing and leasing on one row: each part has its own procedure, the investment by its
      // own size; unless the lease is part of the investment project (its cost in the project's size).
      const mixed = mixedHint(ctx, row, route, { amount, type, work, lease: leaseKind(folded) }, cellOf(ctx, row, size), use);
      if (mixed !== undefined) {
        if (mixed) out.push(mixed);
        continue;
      }
    }
    const hint = route({ amount, type, work, lease: leases.has(row.row) ? leaseKind(folded) : null });
    if (!hint) continue;
    const cell = cellOf(ctx, row, size);
    use.add(hint.rules, cell);
    out.push(ctx.say({
      code: 'PROCEDURE_HINT', row: row.row, cell, actual: amount, expected: hint.route, suggestion: hint.route,
      params: { amount: ctx.money(amount), type: TYPE_LABEL[type][lang], route: hint[lang] },
    }));
  }
  out.push(...unconfirmedNotes(ctx.say, choice, use, lang));
  out.push(...lawNotes(ctx.say, choice, use.size > 0, lang));
  return out;
};

/** The cell a row's procedure is said of: its project's size (TMĐT) when the table gives one, else its amount. */
function cellOf(ctx: RuleContext, row: TableRow, size: number): string {
  return size >= 0 ? address(row.row, ctx.table.moneyColumns[size].col) : ctx.amountCell(row);
}

/**
 * A row that both invests and leases (a mode "Đầu tư thiết bị và thuê đường truyền", or money in
 * both an invest and a lease column): the investment is routed by its own amount when its columns
 * give it, else by the row's whole amount as the most it can be; the lease by the lease articles.
 * Undefined when the row is one investment project after all (routed as any other row).
 */
function mixedHint(ctx: RuleContext, row: TableRow, route: Router, q: RouteQuery, cell: string, use: RuleUse): Finding | null | undefined {
  const { table, settings } = ctx;
  const lang = settings.lang;
  const columnsOf = (role: 'invest' | 'lease') => table.moneyColumns.flatMap((m, k) => (m.role === role ? [k] : []));
  const invested = sumCells(row.cells, columnsOf('invest'));
  const leased = sumCells(row.cells, columnsOf('lease'));
  const investAmount = invested !== null && leased !== null ? invested : q.amount;
  const leaseAmount = invested !== null && leased !== null ? leased : null;
  const leaseHint = route({ ...q, amount: leaseAmount ?? q.amount });
  // Leased with investment capital, the lease is done as (part of) the project and its cost is in
  // the project's size (ND 73 Điều 3 khoản 5, Điều 19 khoản 2 điểm đ): the row is one project.
  if (leaseHint?.route === 'project' && q.type === 'ĐTPT') return undefined;
  const investHint = route({ ...q, amount: investAmount, lease: null });
  if (!investHint && !leaseHint) return null;
  if (investHint) use.add(investHint.rules, cell);
  if (leaseHint) use.add(leaseHint.rules, cell);
  return ctx.say({
    code: 'PROCEDURE_HINT', row: row.row, cell, variant: leaseAmount ? 'split' : 'mixed', actual: q.amount,
    expected: investHint?.route ?? leaseHint?.route ?? null, suggestion: investHint?.route ?? leaseHint?.route ?? null,
    params: {
      amount: ctx.money(q.amount), type: TYPE_LABEL[q.type as SpendingType][lang], mode: row.mode?.input ?? '',
      invested: ctx.money(investAmount), leased: leaseAmount ? ctx.money(leaseAmount) : '',
      // '' where a part has no route of its own from this funding (the catalog says so).
      route: investHint ? investHint[lang] : '', leaseRoute: leaseHint ? leaseHint[lang] : '',
    },
  });
}

/** The further lines of each item written on several lines under one merged name, by the item's row; null when none is. */
function linesOf(table: Table): Map<number, TableRow[]> | null {
  let out: Map<number, TableRow[]> | null = null;
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    if (row.lineOf === undefined) continue;
    out ??= new Map();
    const list = out.get(row.lineOf);
    if (list) list.push(row);
    else out.set(row.lineOf, [row]);
  }
  return out;
}

/** A project's sources: its own words or a section's above it, else those its cost lines all name. */
function projectSources(table: Table, project: TableRow): SourcePart[] {
  const own = sourcesOf(table, project);
  if (own.length) return own;
  const lines = leavesOf(table, project).map((r) => sourcesOf(table, r)).filter((s) => s.length);
  return lines.length && lines.every((s) => s.length === 1 && s[0].type === lines[0][0].type) ? lines[0] : [];
}
