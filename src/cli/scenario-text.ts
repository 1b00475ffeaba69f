// The readable summary `ngansach scenario` prints by default: what an officer would put in a
// proposal's explanation, in Vietnamese (or English with --lang en). Words from the catalog.
import type { Decimal } from '../core/decimal';
import { ruleSetLine } from '../core/i18n/rules';
import { CHEAPER, scenarioSummary, SWITCHING_NAMES } from '../core/i18n/scenario';
import { formatAmount, formatPercent, formatSwitching, SWITCHING_AMOUNTS, SWITCHING_KEYS, SWITCHING_LEASE_ONLY } from '../core/scenario';
import type { ScenarioInput, ScenarioResult } from '../core/scenario';
import type { Lang } from '../core/types';

export function scenarioText(input: ScenarioInput, r: ScenarioResult, lang: Lang): string {
  const T = scenarioSummary[lang];
  const a = (d: Decimal) => `${formatAmount(d, lang)} ${input.unit}`;
  const p = (d: Decimal) => formatPercent(d, lang);
  const lines: string[] = [];
  const years = `${r.years[0]}–${r.years[r.years.length - 1]}`;
  lines.push(T.head(input.name || T.unnamed, years, p(input.discountRate)));
  lines.push(ruleSetLine(r.ruleSet, lang));
  lines.push('');
  lines.push(T.invest(a(r.invest.totalInvestment), a(r.invest.contingency.plus(r.invest.escalation))));
  lines.push(T.investTotals(a(r.invest.total), a(r.invest.pv), a(r.invest.residualValue), input.compare.residualCredit));
  if (r.lease.availability === 'custom') {
    lines.push(T.custom(a(r.lease.periodPayment), r.lease.periods, p(r.lease.ratePerPeriod), p(r.lease.depositRate), a(r.lease.residual)));
  } else {
    lines.push(T.market(a(r.lease.periodPayment), input.lease.termYears));
  }
  lines.push(T.leaseTotals(a(r.lease.total), a(r.lease.estimateTotal), a(r.lease.pv)));
  lines.push('');
  lines.push(T.byYear);
  for (const y of r.years) {
    const i = r.invest.byYear.get(y)!;
    const l = r.lease.byYear.get(y)!;
    lines.push(T.year(y, formatAmount(i['ĐTPT'], lang), formatAmount(i.CTX, lang), formatAmount(l.CTX, lang)));
  }
  lines.push('');
  lines.push(T.result(CHEAPER[lang][r.cheaper], a(r.difference)));
  lines.push(T.breakEven(r.breakEvenYear));
  lines.push(T.switching);
  for (const key of SWITCHING_KEYS) {
    const s = r.switching[key];
    if (r.lease.availability !== 'custom' && SWITCHING_LEASE_ONLY.has(key)) continue;
    const show = (d: Decimal) => `${formatSwitching(key, d, lang)}${SWITCHING_AMOUNTS.has(key) ? ` ${input.unit}` : ''}`;
    lines.push(`  ${SWITCHING_NAMES[key][lang]}: ${show(s.base)} → ${s.value === null ? T.switchingNone : show(s.value)}`);
  }
  const sens = [...r.sensitivity.discountRate.map((s) => `${T.discount} ${p(s.rate)}: ${formatAmount(s.difference, lang)}`),
    ...r.sensitivity.leaseEscalation.map((s) => `${T.growth} ${p(s.rate)}: ${formatAmount(s.difference, lang)}`)];
  const flips = r.sensitivity.grid.difference.flat().some((d) => (d.gt(0) ? 'invest' : d.lt(0) ? 'lease' : 'equal') !== r.cheaper);
  lines.push(T.sensitivity(sens.join('; ')));
  lines.push(flips ? T.flips : T.holds);
  lines.push('');
  for (const f of r.findings) lines.push(`[${f.severity}] ${f.code}: ${f.message}`);
  for (const n of r.notes) lines.push(`${T.note}: ${n}`);
  return lines.join('\n') + '\n';
}
