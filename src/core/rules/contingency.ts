// CONTINGENCY_OVER_LIMIT on an estimate table (dự toán, tổng mức đầu tư, đề cương): a row of
// contingency (chi phí dự phòng) above the cap for that kind of estimate, against the other cost
// items beside it. The caps differ by kind (ND 73's circulars): 10 % for a recurrent-spending
// outline (TT 03/2020 Điều 5 khoản 2 điểm e), 7 % for a project, 5 % with a báo cáo kinh tế -
// kỹ thuật (TT 04/2020 Phụ lục 02 mục 6, reported); ND 224 sets no percentage (Điều 49 khoản 7).
// A plan appendix (a list of projects) is not an estimate: a "Dự phòng" line there is a reserve,
// so only tables whose titles say they are an estimate are checked, and only when the kind can
// be told; otherwise nothing is said rather than a guess.
import { CONTINGENCY_NAME } from '../cost-lines';
import type { Decimal } from '../decimal';
import { ZERO } from '../decimal';
import { formatPercent } from '../i18n';
import { cite } from '../i18n/rules';
import type { Table, TableRow } from '../model';
import { planRuleSet } from '../plan-ruleset';
import { isKnown, ruleOn, type Rule as LegalRule, ruleDate } from '../rulesets';
import { fold } from '../text';
import type { Finding, Lang } from '../types';
import type { Rule } from './context';
import { RuleUse, unconfirmedNotes } from './law-notes';

export type EstimateKind = 'outline' | 'bckt' | 'feasibility';

const ESTIMATE_TITLE = /du toan|tong muc dau tu|de cuong|kinh te - ky thuat|kinh te ky thuat/;

const KIND_WORDS: Record<EstimateKind, Record<Lang, string>> = {
  outline: { vi: 'đề cương, dự toán chi tiết (chi thường xuyên)', en: 'a recurrent-spending outline and estimate' },
  bckt: { vi: 'dự án lập báo cáo kinh tế - kỹ thuật', en: 'a project with an economic-technical report' },
  feasibility: { vi: 'dự án đầu tư', en: 'an investment project' },
};

/** What kind of estimate the table is, from its titles and funding type; null when it cannot be told. */
export function estimateKind(table: Table): EstimateKind | null {
  const titles = fold(table.titles.join(' '));
  if (!ESTIMATE_TITLE.test(titles)) return null;
  if (/de cuong/.test(titles)) return 'outline';
  if (/kinh te -? ?ky thuat/.test(titles)) return 'bckt';
  const types = new Set(table.rows.flatMap((r) => r.sources.map((s) => s.type)).filter((t) => t !== null));
  if (types.size !== 1) return null;
  return types.has('CTX') ? 'outline' : 'feasibility';
}

function amountOf(row: TableRow): Decimal | null {
  return row.amount ?? row.computed;
}

export const contingencyRule: Rule = (ctx) => {
  const { table, settings } = ctx;
  const kind = estimateKind(table);
  if (!kind) return [];
  const choice = planRuleSet(table, settings.ruleSet);
  const key = kind === 'outline' ? 'contingencyOutline' : kind === 'bckt' ? 'contingencyBckt' : 'contingencyFeasibility';
  const cap = ruleOn(choice.ruleSet, key, ruleDate(choice));
  if (!isKnown(cap) || cap.value === null) return [];
  const max = cap.value;
  const use = new RuleUse();
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.kind === 'total' || !CONTINGENCY_NAME.test(ctx.foldedName(row))) continue;
    const amount = amountOf(row);
    if (!amount || amount.lte(0)) continue;
    let base = ZERO;
    for (const other of table.rows) {
      if (other === row || other.parentRow !== row.parentRow || other.kind === 'total') continue;
      base = base.plus(amountOf(other) ?? ZERO);
    }
    if (base.lte(0) || amount.lte(base.times(max))) continue;
    const cell = ctx.amountCell(row);
    use.add([cap as LegalRule<unknown>], cell);
    const share = amount.div(base);
    out.push(ctx.say({
      code: 'CONTINGENCY_OVER_LIMIT', row: row.row, cell, expected: max, actual: share.toDecimalPlaces(6),
      params: {
        actual: ctx.money(amount), share: formatPercent(settings.lang, share), base: ctx.money(base), max: formatPercent(settings.lang, max),
        kind: KIND_WORDS[kind][settings.lang], source: cite(cap),
      },
    }));
  }
  out.push(...unconfirmedNotes(ctx.say, choice, use, settings.lang));
  return out;
};

