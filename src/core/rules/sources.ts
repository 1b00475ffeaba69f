// SOURCE_SPLIT_MISMATCH, SOURCE_MISSING, SOURCE_UNKNOWN: every row with money names where the
// money comes from (in source columns or in words), and a split written in words adds up to the
// row. Source columns that do not add up are SOURCES_SUM_MISMATCH (column-sums.ts).
import { address } from '../grid';
import { effectiveTotal, sourcesOf } from '../summary';
import { ZERO } from '../decimal';
import type { Decimal } from '../decimal';
import { parseMoney } from '../money';
import { fold } from '../text';
import type { TableRow } from '../model';
import type { Finding, SourcePart } from '../types';
import type { Rule, RuleContext } from './context';
import { isPlanOfMany } from '../plan-kind';
import { isMatrixColumn } from '../row-reader';

// A survey's answer that names no source on purpose: "Không", "Chưa ĐX", "Đang xây dựng kế hoạch".
const NO_ANSWER = /^(khong|chua|dang|x$|n\/a$|-+$)/;
const STATE_BUDGET = /^(nguon )?(von )?(ngan sach nha nuoc|nsnn)\.?$/;
// A national target programme names what the money is for, not whose it is: NSTW's support and the
// locality's counterpart (NSĐP) both fund it.
const PROGRAMME = /\b(chuong trinh muc tieu quoc gia|ct ?mtqg|mtqg)\b/;

/** Why a source could not be placed, as the message's variant. */
function unknownVariant(part: SourcePart): string {
  // An amount where the source belongs ("11.853.224.938 đồng"): the row's answers have likely
  // slipped a column, which is what the officer needs to hear, not "name a source".
  const money = parseMoney(part.text);
  if (money.value !== null && !money.ambiguous) return 'money';
  const folded = fold(part.text).trim();
  // "Ngân sách nhà nước" is both NSTW and NSĐP: the officer must say which share is which.
  if (STATE_BUDGET.test(folded)) return 'state';
  if (PROGRAMME.test(folded)) return 'programme';
  // "Vốn sự nghiệp KH&CN", "Nguồn CCHC": the kind of spending is read, the budget it is in is not.
  if (part.type !== null) return 'level';
  return '';
}

export const sourcesRule: Rule = (ctx) => {
  const { table } = ctx;
  const out: Finding[] = [];
  // The source words, or the shares in percent that stand for them ("Cơ cấu nguồn vốn (%) / NSTW").
  const textCol = table.columns.source ?? table.columns.sourceShares?.[0] ?? null;
  // Source columns, or year × source columns ("Năm 2021 / NSTW"), name the sources too.
  const counted = new Set(table.sums.flatMap((s) => s.parts));
  const sourceColumns = [
    ...(table.sums.find((s) => s.kind === 'sources')?.parts ?? []),
    ...table.moneyColumns.filter((m) => isMatrixColumn(m, counted)).map((m) => m.col),
  ];
  if (textCol === null && sourceColumns.length === 0) {
    // The title names the one source of all of it (title-source.ts).
    if (table.titleSources) return out;
    // One task's estimate or a report states no sources by its form (plan-kind.ts).
    if (!isPlanOfMany(table)) return out;
    // Items may name their sources in lines under them ("- Ngân sách trung ương | 20.000",
    // of-which.ts): only those that do not are missing one; when none does, the table is.
    // A zero ("0" beside "Đã bố trí năm 2026") is no money to find a source for.
    const withMoney = table.rows.filter((r) => r.kind === 'item' && r.amount && !r.amount.isZero());
    const unsourced = withMoney.filter((r) => sourcesOf(table, r).length === 0);
    if (unsourced.length > 0 && unsourced.length === withMoney.length) {
      out.push(ctx.say({ code: 'SOURCE_MISSING', variant: 'table', params: { range: `${table.sheet}!${table.range}` } }));
      return out;
    }
    for (const row of unsourced) {
      out.push(ctx.say({ code: 'SOURCE_MISSING', row: row.row, cell: ctx.amountCell(row), params: { name: row.name, amount: ctx.money(row.amount as Decimal) } }));
    }
    // Those lines are a split written in words, checked as one (said at the item's amount).
    for (const row of withMoney) {
      const wrong = splitMismatch(ctx, row, ctx.amountCell(row));
      if (wrong) out.push(wrong);
    }
    return out;
  }
  const survey = table.layout === 'survey';
  const missingCol = textCol ?? sourceColumns[0];
  // Named only for a finding: most rows have none, and a long plan has tens of thousands.
  const cellOf = (row: TableRow): string => (textCol !== null ? address(row.row, textCol) : '');
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    // A total line's words in the source column ("Tổng cộng" in a summary by source) name no source.
    if (row.sourcesFrom === 'text' && row.kind !== 'total') {
      for (const part of row.sources) {
        if (part.code !== 'Chưa rõ') continue;
        if (survey && !/\d/.test(part.text) && NO_ANSWER.test(fold(part.text))) continue;
        const variant = unknownVariant(part);
        // A plan's task with no money to place ("Lồng ghép | Lồng ghép trong kinh phí của đơn vị"):
        // its source words place nothing. An amount written there instead is still said (`money`).
        if (!survey && variant !== 'money' && !holdsMoney(row)) continue;
        const params: Record<string, string> = { text: part.text };
        if (variant === 'level') params.type = part.type === 'ĐTPT' ? 'ĐTPT' : 'CTX';
        out.push(ctx.say({ code: 'SOURCE_UNKNOWN', variant, row: row.row, cell: cellOf(row), actual: part.text, params }));
      }
    }
    if (row.kind !== 'item') continue;
    const amount = effectiveTotal(row);
    if (!amount) continue;
    if (sourcesOf(table, row).length === 0) {
      // A zero ("0" beside "Đã bố trí năm 2026") is no money to find a source for.
      if (amount.isZero()) continue;
      if (survey && row.sourceText && NO_ANSWER.test(fold(row.sourceText))) continue;
      out.push(ctx.say({ code: 'SOURCE_MISSING', row: row.row, cell: address(row.row, missingCol), params: { name: row.name, amount: ctx.money(amount) } }));
      continue;
    }
    const parts = row.sources;
    // "NSTW và NSĐP" with one amount: the totals by source cannot place it (summary.ts counts it
    // as "Chưa rõ"), which the officer must hear. One source in two types ("NSĐP (ĐTPT, CTX)")
    // still has its source known.
    if (row.sourcesFrom === 'text' && parts.length > 1 && parts.every((p) => p.amount === null && p.code !== 'Chưa rõ') && parts.some((p) => p.code !== parts[0].code)) {
      const codes = [...new Set(parts.map((p) => p.code))];
      out.push(ctx.say({
        code: 'SOURCE_MISSING', variant: 'unsplit', row: row.row, cell: cellOf(row), actual: row.sourceText,
        params: { name: row.name, sources: codes.join(', '), amount: ctx.money(amount), example: codes.map((c) => `${c}: …`).join('; ') },
      }));
      continue;
    }
    const wrong = splitMismatch(ctx, row, cellOf(row));
    if (wrong) out.push(wrong);
  }
  return out;
};

/** Whether a row has money the totals by source must place: an amount (its own or its items') that is not zero. */
function holdsMoney(row: TableRow): boolean {
  const amount = effectiveTotal(row);
  return amount !== null && !amount.isZero();
}

/** SOURCE_SPLIT_MISMATCH of an item whose words split it by source with amounts that do not make its amount; null when they do or it has none. */
function splitMismatch(ctx: RuleContext, row: TableRow, cell: string): Finding | null {
  const amount = effectiveTotal(row);
  const parts = row.sources;
  if (!amount || row.sourcesFrom !== 'text' || parts.length < 2 || !parts.every((p) => p.amount)) return null;
  let s = ZERO;
  for (const p of parts) s = s.plus(p.amount ?? ZERO);
  if (s.eq(amount)) return null;
  return ctx.say({
    code: 'SOURCE_SPLIT_MISMATCH', row: row.row, cell, expected: amount, actual: s,
    related: [ctx.amountCell(row)],
    params: { expected: ctx.money(amount), actual: ctx.money(s), diff: ctx.num(s.minus(amount).abs()) },
  });
}
