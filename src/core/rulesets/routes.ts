// Which procedure a budget line leads to under a rule set (CONTRACT route ids). A lease is routed
// by the lease articles (market service or custom-built), never by the recurrent-spending
// amount tiers; recurrent spending is tiered by amount only for building or upgrading a system
// (ND 73 Điều 51), and under ND 224 not at all (Điều 65). A route resting on an unknown rule is
// not given: null, and the caller says the check could not be made.
import { Decimal } from '../decimal';
import { routeWords, type RouteWording } from '../i18n/rules';
import { convertUnit } from '../money';
import type { MoneyUnit, SpendingType } from '../types';
import { ruleOn } from './choose';
import { isKnown } from './types';
import type { Rule, RuleKey, RuleSet } from './types';

export type ProcedureRoute =
  | 'procurement-only'
  | 'outline-estimate'
  | 'project'
  | 'one-step-design'
  | 'feasibility-study'
  | 'market-lease'
  | 'lease-plan';

/** What a recurrent-spending line pays for: building or upgrading a system, buying, or running one. */
export type WorkKind = 'build' | 'purchase' | 'operate';
/** A lease of a market service, of one built to the agency's requirements, or not said. */
export type LeaseKind = 'market' | 'custom' | 'unknown';

export interface RouteQuery {
  /** In the router's unit. */
  amount: Decimal;
  type: SpendingType;
  work?: WorkKind;
  /** Set for a lease (thuê dịch vụ); absent or null for anything else. */
  lease?: LeaseKind | null;
}

export interface ProcedureHint {
  route: ProcedureRoute;
  vi: string;
  en: string;
  /** The rules the route rests on (a finding citing them says so when one is not confirmed). */
  rules: Rule<unknown>[];
}

export type Router = (q: RouteQuery) => ProcedureHint | null;

const routers = new WeakMap<RuleSet, Map<string, Router>>();

/**
 * procedureHint for many lines in one unit: thresholds converted once, each route worded once,
 * so a plan of thousands of rows compares Decimals. `date` drops rules not yet in force then.
 */
export function procedureRouter(unit: MoneyUnit, ruleSet: RuleSet, date: string | null = null): Router {
  let byKey = routers.get(ruleSet);
  if (!byKey) routers.set(ruleSet, (byKey = new Map()));
  const key = `${unit}|${date ?? ''}`;
  let router = byKey.get(key);
  if (!router) byKey.set(key, (router = makeRouter(unit, ruleSet, date)));
  return router;
}

/** One line's route (the scenario's two options). */
export function procedureHint(q: RouteQuery, unit: MoneyUnit, ruleSet: RuleSet, date: string | null = null): ProcedureHint | null {
  return procedureRouter(unit, ruleSet, date)(q);
}

function makeRouter(unit: MoneyUnit, ruleSet: RuleSet, date: string | null): Router {
  const rule = (k: RuleKey): Rule<unknown> | null => {
    const p = ruleOn(ruleSet, k, date);
    return isKnown(p as Rule<unknown>) ? (p as Rule<unknown>) : null;
  };
  const amountRule = (k: 'oneStepDesignMax' | 'procurementOnlyMax' | 'outlineEstimateMax') => rule(k) as Rule<Decimal | null> | null;
  const inUnit = (r: Rule<Decimal | null> | null) => (r && r.value !== null ? convertUnit(r.value, 'đồng', unit) : null);
  const oneStep = amountRule('oneStepDesignMax');
  const low = amountRule('procurementOnlyMax');
  const high = amountRule('outlineEstimateMax');
  const oneStepValue = inUnit(oneStep);
  const lowValue = inUnit(low);
  const highValue = inUnit(high);

  const worded = new Map<string, ProcedureHint>();
  const hint = (route: ProcedureRoute, wording: RouteWording, rules: (Rule<unknown> | null)[]): ProcedureHint => {
    let h = worded.get(wording);
    if (!h) {
      const cited = rules.filter((r): r is Rule<unknown> => r !== null);
      const thresholds = { oneStep: oneStep?.value ?? null, low: low?.value ?? null, high: high?.value ?? null };
      h = { route, rules: cited, ...routeWords(wording, ruleSet, cited, thresholds) };
      worded.set(wording, h);
    }
    return h;
  };

  // The rules each route rests on, looked up once: the router runs once per row of a plan.
  const leaseOnInvestment = rule('leaseOnInvestment');
  const market = rule('marketLease');
  const custom = rule('customLease');
  const recurrentPurchase = rule('recurrentPurchase');
  const project = rule('recurrentProject');

  return (q) => {
    if (q.lease) {
      if (q.type === 'ĐTPT') {
        const r = leaseOnInvestment;
        return r && r.value === true ? hint('project', 'leaseOnInvestment', [r]) : null;
      }
      if (q.lease === 'market') return market ? hint('market-lease', 'marketLease', [market]) : null;
      if (q.lease === 'custom') return custom ? hint('lease-plan', 'customLease', [custom]) : null;
      // Not said which: the stricter route (a lease plan), with both explained.
      return market && custom ? hint('lease-plan', 'leaseEither', [custom, market]) : null;
    }
    if (q.type === 'ĐTPT') {
      if (!oneStep || oneStepValue === null) return null;
      return q.amount.lte(oneStepValue) ? hint('one-step-design', 'oneStep', [oneStep]) : hint('feasibility-study', 'twoStep', [oneStep]);
    }
    const work = q.work ?? 'build';
    if (work !== 'build') {
      const r = recurrentPurchase;
      return r ? hint('procurement-only', work === 'purchase' ? 'purchase' : 'operate', [r]) : null;
    }
    if (!low || !high || !project) return null;
    // The law has no amount tiers (ND 224 Điều 65): building or upgrading is a project.
    if (lowValue === null || highValue === null) return hint('project', 'recurrentProjectByKind', [project]);
    if (q.amount.lte(lowValue)) return hint('procurement-only', 'tierLow', [low]);
    if (q.amount.lte(highValue)) return hint('outline-estimate', 'tierOutline', [high]);
    return hint('project', 'tierProject', [project]);
  };
}
