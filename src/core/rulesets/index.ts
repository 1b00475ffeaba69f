// The rule set registry and the ND 73 route for an amount. A new decree (e.g. the reported
// Nghị định 45/2026) is added as a new file and one line here; choosing it is a setting.
import { Decimal } from '../decimal';
import type { MoneyUnit, SpendingType } from '../types';
import { convertUnit } from '../money';
import { nd73_2019 } from './nd73-2019';
import type { RuleSet, Threshold } from './types';

export type { RuleSet, Threshold } from './types';

export const defaultRuleSetId = 'nd73-2019';

const registry: ReadonlyMap<string, RuleSet> = new Map([[nd73_2019.id, nd73_2019]]);

export function ruleSetIds(): string[] {
  return [...registry.keys()];
}

export function hasRuleSet(id: string): boolean {
  return registry.has(id);
}

/** The rule set with this id; throws for an unknown id (callers validate user input with hasRuleSet first). */
export function getRuleSet(id: string = defaultRuleSetId): RuleSet {
  const set = registry.get(id);
  if (!set) throw new Error(`unknown rule set "${id}" (known: ${ruleSetIds().join(', ')})`);
  return set;
}

export type ProcedureRoute =
  /** CTX ≤ 200 triệu: procurement rules only. */
  | 'procurement-only'
  /** CTX > 200 triệu to 15 tỷ: outline and detailed estimate (TT 03/2020). */
  | 'outline-estimate'
  /** CTX > 15 tỷ: the project procedure. */
  | 'project'
  /** ĐTPT ≤ 15 tỷ: one-step design, báo cáo kinh tế - kỹ thuật. */
  | 'one-step-design'
  /** ĐTPT > 15 tỷ: feasibility study, two-step design. */
  | 'feasibility-study';

export interface ProcedureHint {
  route: ProcedureRoute;
  vi: string;
  en: string;
  /** The threshold that decided the route, with its legal source. */
  threshold: Threshold;
}

/**
 * Which ND 73 route an amount and its funding type lead to. Pure and standalone, so the table
 * check can call it for PROCEDURE_HINT on plan rows as the scenario does for its two options.
 */
export function procedureHint(amount: Decimal, unit: MoneyUnit, spendingType: SpendingType, ruleSet: RuleSet = getRuleSet()): ProcedureHint {
  return procedureRouter(unit, ruleSet)(amount, spendingType);
}

/**
 * procedureHint for many amounts in one unit: the thresholds are converted into that unit once,
 * so a plan of thousands of rows compares Decimals instead of converting each amount to đồng.
 */
export function procedureRouter(unit: MoneyUnit, ruleSet: RuleSet = getRuleSet()): (amount: Decimal, spendingType: SpendingType) => ProcedureHint {
  const inUnit = (t: Threshold) => convertUnit(t.value, 'đồng', unit);
  const oneStep = inUnit(ruleSet.oneStepDesignMaxDong);
  const low = inUnit(ruleSet.procurementOnlyMaxDong);
  const high = inUnit(ruleSet.outlineEstimateMaxDong);
  const hint = (route: ProcedureRoute, threshold: Threshold): ProcedureHint => ({ route, threshold, ...hintTexts(route, ruleSet) });
  return (amount, spendingType) => {
    if (spendingType === 'ĐTPT') return hint(amount.lte(oneStep) ? 'one-step-design' : 'feasibility-study', ruleSet.oneStepDesignMaxDong);
    if (amount.lte(low)) return hint('procurement-only', ruleSet.procurementOnlyMaxDong);
    return hint(amount.lte(high) ? 'outline-estimate' : 'project', ruleSet.outlineEstimateMaxDong);
  };
}

// A plan checks thousands of rows against the same few routes: word each route once per rule set.
const textCache = new WeakMap<RuleSet, Map<ProcedureRoute, { vi: string; en: string }>>();

function hintTexts(route: ProcedureRoute, ruleSet: RuleSet): { vi: string; en: string } {
  let byRoute = textCache.get(ruleSet);
  if (!byRoute) {
    byRoute = new Map();
    textCache.set(ruleSet, byRoute);
  }
  let texts = byRoute.get(route);
  if (!texts) {
    texts = wordRoute(route, ruleSet);
    byRoute.set(route, texts);
  }
  return texts;
}

function wordRoute(route: ProcedureRoute, ruleSet: RuleSet): { vi: string; en: string } {
  const t = ruleSet.oneStepDesignMaxDong;
  const low = ruleSet.procurementOnlyMaxDong;
  const high = ruleSet.outlineEstimateMaxDong;
  switch (route) {
    case 'one-step-design':
      return {
        vi: `Tổng mức đầu tư không quá ${tyText(t.value)}: được lập báo cáo kinh tế - kỹ thuật, thiết kế một bước (${t.source}).`,
        en: `Total investment at most ${tyTextEn(t.value)}: an economic-technical report with one-step design is allowed (${t.source}).`,
      };
    case 'feasibility-study':
      return {
        vi: `Tổng mức đầu tư trên ${tyText(t.value)}: lập báo cáo nghiên cứu khả thi, không được thiết kế một bước (${t.source}).`,
        en: `Total investment above ${tyTextEn(t.value)}: a feasibility study is required, one-step design is not allowed (${t.source}).`,
      };
    case 'procurement-only':
      return {
        vi: `Kinh phí chi thường xuyên không quá ${tyText(low.value)}: chỉ thực hiện theo quy định về mua sắm (${low.source}).`,
        en: `Recurrent spending at most ${tyTextEn(low.value)}: procurement rules only (${low.source}).`,
      };
    case 'outline-estimate':
      return {
        vi: `Kinh phí chi thường xuyên trên ${tyText(low.value)} đến ${tyText(high.value)}: lập đề cương và dự toán chi tiết (${high.source}; Thông tư 03/2020/TT-BTTTT).`,
        en: `Recurrent spending above ${tyTextEn(low.value)} up to ${tyTextEn(high.value)}: an outline and detailed estimate (${high.source}; Circular 03/2020/TT-BTTTT).`,
      };
    case 'project':
      return {
        vi: `Kinh phí chi thường xuyên trên ${tyText(high.value)}: thực hiện theo trình tự của dự án (${high.source}).`,
        en: `Recurrent spending above ${tyTextEn(high.value)}: follow the project procedure (${high.source}).`,
      };
  }
}

// Thresholds read as the decree writes them: "200 triệu đồng", "15 tỷ đồng".
function tyText(dong: Decimal): string {
  return dong.gte(1e9) ? `${dong.div(1e9).toFixed()} tỷ đồng` : `${dong.div(1e6).toFixed()} triệu đồng`;
}
function tyTextEn(dong: Decimal): string {
  return dong.gte(1e9) ? `${dong.div(1e9).toFixed()} billion đồng` : `${dong.div(1e6).toFixed()} million đồng`;
}
