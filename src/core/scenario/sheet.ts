// The "NS Phương án" sheet: the scenario as live formulas over its own input cells, so an
// officer can click any number and see where it comes from, change an input (the conventions
// too: 1/0 cells) and watch the answer move, and print it for a proposal. Each formula carries
// the engine's value, which the formula must reproduce (the tests recalculate the sheet in
// LibreOffice and compare). The formulas are the closed forms of compare.ts: payments discounted
// when paid are a PV() annuity at the period rate (1 + d)^(1/k) − 1, everything else NPV over
// the budget years. The switching values of the discount rate and the useful life have no closed
// form: they are the engine's numbers, and the sheet says so.
import { Decimal, ZERO } from '../decimal';
import { columnLetter } from '../grid';
import { ruleSetLine } from '../i18n/rules';
import { scenarioSheetLabels, type ScenarioSheetLabels } from '../i18n/scenario-sheet';
import { SWITCHING_NAMES } from '../i18n/scenario';
import { PERCENT_FORMAT, PlanCell, SheetPlan } from '../sheetplan';
import type { Lang } from '../types';
import { compare } from './compare';
import { Discounter } from './discount';
import { SWITCHING_LEASE_ONLY } from './types';
import type { ScenarioInput, ScenarioResult, SwitchingKey } from './types';

export const SCENARIO_SHEET_NAME = 'NS Phương án';

const MONEY = '#,##0.000';
const YEAR = '0';
const FACTOR = '0.000000';
const INPUT_FILL = 'FFF2CC';
const SECTION_FILL = 'D9E1F2';
const FIRST_YEAR_COL = 3; // C
const FIRST_ROW = 6;

type Value = PlanCell['value'];

/** Where each named line landed, so formulas written before a line exists can point at it. */
class Refs {
  constructor(private readonly rows: Map<string, number>, private readonly firstCol: string, private readonly lastCol: string) {}
  row(name: string): number {
    const r = this.rows.get(name);
    if (r === undefined) throw new Error(`scenario sheet: no line "${name}"`);
    return r;
  }
  /** The value cell of a line ($B$n). */
  b(name: string): string {
    return `$B$${this.row(name)}`;
  }
  /** A line's year cells ($C$n:$X$n). */
  years(name: string): string {
    const r = this.row(name);
    return `$${this.firstCol}$${r}:$${this.lastCol}$${r}`;
  }
}

type Draw = (row: number, R: Refs) => void;

export function scenarioSheet(input: ScenarioInput, result: ScenarioResult, lang: Lang): SheetPlan {
  const L = scenarioSheetLabels(lang);
  const c = compare(input);
  const cells: PlanCell[] = [];
  const merges: string[] = [];
  const span = result.years.length;
  const lastCol = columnLetter(Math.max(FIRST_YEAR_COL + span - 1, 6));
  const firstYearCol = columnLetter(FIRST_YEAR_COL);
  const lastYearCol = columnLetter(FIRST_YEAR_COL + span - 1);
  const put = (address: string, value: Value, extra: Partial<PlanCell> = {}) => cells.push({ address, value, ...extra });
  const formula = (address: string, f: string, value: Value, numberFormat?: string, extra: Partial<PlanCell> = {}) =>
    cells.push({ address, formula: f, value, numberFormat, ...extra });

  // ------------------------------------------------------------- lines, laid out before drawing
  const lines: { name: string | null; draw: Draw }[] = [];
  const line = (name: string | null, draw: Draw) => lines.push({ name, draw });
  const blank = () => line(null, () => undefined);
  const section = (title: string) => {
    blank();
    line(null, (row) => {
      put(`A${row}`, title, { bold: true, fill: SECTION_FILL });
      merges.push(`A${row}:${lastCol}${row}`);
    });
  };
  const inputLine = (name: string, label: string, key: string, value: Value, numberFormat?: string) =>
    line(name, (row) => {
      put(`A${row}`, label);
      put(`B${row}`, value === undefined ? null : value, { numberFormat, fill: INPUT_FILL });
      put(`C${row}`, key, { italic: true });
    });
  const calc = (name: string, label: string, f: (R: Refs) => string, value: Value, fmt = MONEY, bold = false) =>
    line(name, (row, R) => {
      put(`A${row}`, label, bold ? { bold } : {});
      formula(`B${row}`, f(R), value, fmt, bold ? { bold } : {});
    });

  const { invest, lease } = input;
  const custom = lease.availability === 'custom';
  const r = result;

  // ------------------------------------------------------------- I. inputs
  section(L.inputs);
  inputLine('startYear', L.startYear, 'startYear', input.startYear, YEAR);
  inputLine('horizonYears', L.horizonYears, 'horizonYears', input.horizonYears, YEAR);
  inputLine('discountRate', L.discountRate, 'discountRate', input.discountRate, PERCENT_FORMAT);
  line(null, (row) => {
    put(`A${row}`, L.decisionDate);
    put(`B${row}`, input.decisionDate ?? `${input.startYear}-01-01`);
    put(`C${row}`, 'decisionDate', { italic: true });
  });
  for (const k of ['xayLap', 'thietBi', 'quanLyDuAn', 'tuVan', 'khac'] as const) inputLine(k, L[k], `invest.costs.${k}`, invest.costs[k], MONEY);
  inputLine('contingencyRate', L.contingencyRate, 'invest.contingencyRate', invest.contingencyRate, PERCENT_FORMAT);
  inputLine('investEscalation', L.investEscalation, 'invest.escalationRate', invest.escalationRate, PERCENT_FORMAT);
  inputLine('buildYears', L.buildYears, 'invest.buildYears', invest.buildYears, YEAR);
  inputLine('annualOperatingCost', L.annualOperatingCost, 'invest.annualOperatingCost', invest.annualOperatingCost, MONEY);
  inputLine('usefulLifeYears', L.usefulLifeYears, 'invest.usefulLifeYears', invest.usefulLifeYears, YEAR);
  if (invest.documentType) inputLine('documentType', L.documentType, 'invest.documentType', invest.documentType);
  inputLine('availability', L.availability, 'lease.availability', lease.availability);
  if (custom) {
    inputLine('buildCost', L.buildCost, 'lease.buildCost', lease.buildCost, MONEY);
    const banks = lease.depositRates;
    if (banks) {
      banks.forEach((b, i) => {
        inputLine(`bank${i}one`, L.bankRate(i + 1, b.bank, 'oneYear'), `lease.depositRates.${i + 1}.oneYear`, b.oneYear, PERCENT_FORMAT);
        inputLine(`bank${i}term`, L.bankRate(i + 1, b.bank, 'term'), `lease.depositRates.${i + 1}.term`, b.term, PERCENT_FORMAT);
      });
      calc('depositRate', L.depositRateMean, (R) => `AVERAGE(${R.b('bank0one')}:${R.b(`bank${banks.length - 1}term`)})`, lease.depositRate, PERCENT_FORMAT);
    } else inputLine('depositRate', L.depositRate, 'lease.depositRate', lease.depositRate, PERCENT_FORMAT);
    inputLine('periodsPerYear', L.periodsPerYear, 'lease.periodsPerYear', lease.periodsPerYear, YEAR);
  }
  inputLine('termYears', L.termYears, 'lease.termYears', lease.termYears, YEAR);
  inputLine('paymentType', L.paymentType, 'lease.payment', lease.payment === 'start' ? 1 : 0, YEAR);
  if (custom) {
    inputLine('residualValue', L.residualValue, 'lease.residualValue', lease.residualValue, MONEY);
    inputLine('lessorLife', L.lessorUsefulLifeYears, 'lease.lessorUsefulLifeYears', lease.lessorUsefulLifeYears, YEAR);
    inputLine('vatRate', L.vatRate, 'lease.vatRate', lease.vatRate, PERCENT_FORMAT);
  } else {
    inputLine('marketPrice', L.marketPricePerYear, 'lease.marketPricePerYear', lease.marketPricePerYear ?? ZERO, MONEY);
  }
  inputLine('annualAdminCost', L.annualAdminCost, 'lease.annualAdminCost', lease.annualAdminCost, MONEY);
  inputLine('annualMaintenanceCost', L.annualMaintenanceCost, 'lease.annualMaintenanceCost', lease.annualMaintenanceCost, MONEY);
  inputLine('otherCost', L.otherCost, 'lease.otherCost', lease.otherCost, MONEY);
  inputLine('managementCost', L.managementCost, 'lease.managementCost', lease.managementCost, MONEY);
  inputLine('consultingCost', L.consultingCost, 'lease.consultingCost', lease.consultingCost, MONEY);
  inputLine('otherEstimateCost', L.otherEstimateCost, 'lease.otherEstimateCost', lease.otherEstimateCost, MONEY);
  inputLine('leaseContingency', L.leaseContingency, 'lease.contingencyRate', lease.contingencyRate, PERCENT_FORMAT);
  inputLine('leaseEscalation', L.leaseEscalation, 'lease.escalationRate', lease.escalationRate, PERCENT_FORMAT);
  inputLine('residualCredit', L.residualCredit, 'compare.residualCredit', input.compare.residualCredit ? 1 : 0, YEAR);
  inputLine('discounting', L.discounting, 'compare.discounting', input.compare.discounting === 'payment' ? 1 : 0, YEAR);
  inputLine('sameServiceYears', L.sameServiceYears, 'compare.sameServiceYears', input.compare.sameServiceYears ? 1 : 0, YEAR);

  // Short names for formulas: each is "$B$n".
  const d = (R: Refs) => R.b('discountRate');
  const idx = (R: Refs) => R.years('index');
  const m = (R: Refs) => `(1+${R.b('leaseContingency')})`;

  // ------------------------------------------------------------- II. invest
  section(L.invest);
  calc('base', L.baseCost, (R) => `SUM(${R.b('xayLap')}:${R.b('khac')})`, r.invest.baseCost);
  calc('contingency', L.contingency, (R) => `${R.b('base')}*${R.b('contingencyRate')}`, r.invest.contingency);
  calc('escalation', L.escalation,
    (R) => `SUMPRODUCT((${idx(R)}<=${R.b('buildYears')})*(${R.b('base')}/${R.b('buildYears')})*((1+${R.b('investEscalation')})^${idx(R)}-1))`, r.invest.escalation);
  calc('V', L.totalInvestment, (R) => `${R.b('base')}+${R.b('contingency')}+${R.b('escalation')}`, r.invest.totalInvestment, MONEY, true);
  calc('R', L.residual,
    (R) => `${R.b('V')}*MAX(${R.b('usefulLifeYears')}-(${R.b('horizonYears')}-${R.b('buildYears')}),0)/${R.b('usefulLifeYears')}`, r.invest.residualValue);
  calc('residualPv', L.residualPv, (R) => `IF(${R.b('residualCredit')}=1,${R.b('R')}/(1+${d(R)})^${R.b('horizonYears')},0)`, r.invest.residualPv);
  calc('investTotal', L.investTotal, (R) => `SUM(${R.years('investYear')})`, r.invest.total);
  calc('investPv', L.pv, (R) => `NPV(${d(R)},${R.years('investYear')})-${R.b('residualPv')}`, r.invest.pv, MONEY, true);

  // ------------------------------------------------------------- III. lease
  section(L.lease);
  const disc = new Discounter(input.discountRate);
  const offset = c.lease.offset;
  let annuity = ZERO;
  if (custom) {
    calc('lessorLifeUsed', L.lessorLifeUsed, (R) => `IF(${R.b('lessorLife')}="",${R.b('usefulLifeYears')},${R.b('lessorLife')})`, r.lease.lessorUsefulLifeYears, YEAR);
    calc('r', L.ratePerPeriod, (R) => `${R.b('depositRate')}/${R.b('periodsPerYear')}`, r.lease.ratePerPeriod, '0.000000%');
    calc('n', L.periods, (R) => `${R.b('periodsPerYear')}*${R.b('termYears')}`, r.lease.periods, YEAR);
    calc('S', L.residualS,
      (R) => `IF(${R.b('residualValue')}="",${R.b('buildCost')}*MAX(${R.b('lessorLifeUsed')}-${R.b('termYears')},0)/${R.b('lessorLifeUsed')},${R.b('residualValue')})`, r.lease.residual);
    calc('Gdv', L.periodPayment, (R) => `PMT(${R.b('r')},${R.b('n')},-${R.b('buildCost')},${R.b('S')},${R.b('paymentType')})*(1+${R.b('vatRate')})`, r.lease.periodPayment, MONEY, true);
    calc('Gtdv', L.serviceTotalCustom, (R) => `${R.b('Gdv')}*${R.b('n')}`, r.lease.serviceTotal);
  } else {
    calc('first', L.marketFirst, (R) => R.b('marketPrice'), r.lease.periodPayment);
    calc('Gtdv', L.serviceTotalMarket, (R) => `SUM(${R.years('leasePayments')})`, r.lease.serviceTotal);
  }
  const grow = (R: Refs, g: string) => `(1+${g})^(${R.years('leaseYear')}-1)`;
  calc('Gv', L.adminTotal, (R) => `SUMPRODUCT(${R.years('active')}*${R.b('annualAdminCost')}*${grow(R, R.b('leaseEscalation'))})`, r.lease.adminTotal);
  calc('Gbt', L.maintenanceTotal, (R) => `SUMPRODUCT(${R.years('active')}*${R.b('annualMaintenanceCost')}*${grow(R, R.b('leaseEscalation'))})`, r.lease.maintenanceTotal);
  calc('Gk', L.otherTotal, (R) => R.b('otherCost'), r.lease.otherCost);
  calc('Gt', L.leaseTotal, (R) => `${R.b('Gtdv')}+${R.b('Gv')}+${R.b('Gbt')}+${R.b('Gk')}`, r.lease.total, MONEY, true);
  calc('mgmt', L.managementTotal, (R) => R.b('managementCost'), r.lease.managementCost);
  calc('consult', L.consultingTotal, (R) => R.b('consultingCost'), r.lease.consultingCost);
  calc('otherEst', L.otherEstimateTotal, (R) => R.b('otherEstimateCost'), r.lease.otherEstimateCost);
  calc('leaseContingencyTotal', L.leaseContingencyTotal,
    (R) => `${R.b('leaseContingency')}*(${R.b('Gt')}+${R.b('mgmt')}+${R.b('consult')}+${R.b('otherEst')})`, r.lease.contingency);
  calc('estimate', L.estimateTotal, (R) => `${R.b('Gt')}+${R.b('mgmt')}+${R.b('consult')}+${R.b('otherEst')}+${R.b('leaseContingencyTotal')}`, r.lease.estimateTotal, MONEY, true);
  calc('offset', L.offset, (R) => `IF(${R.b('sameServiceYears')}=1,${R.b('buildYears')},0)`, offset, YEAR);
  /** Σ of the payment dates' discount factors per unit payment, at discount rate `rate`. */
  const annuityAt = (R: Refs, rate: string) =>
    `IF(${R.b('discounting')}=1,PV((1+${rate})^(1/${R.b('periodsPerYear')})-1,${R.b('n')},-1,0,${R.b('paymentType')})/(1+${rate})^${R.b('offset')},` +
    `${R.b('periodsPerYear')}*SUMPRODUCT(${R.years('active')}*(1+${rate})^(-${idx(R)})))`;
  /** Present value of the market prices at discount rate `rate` and growth `g`. */
  const marketAt = (R: Refs, rate: string, g: string) =>
    `IF(AND(${R.b('discounting')}=1,${R.b('paymentType')}=1),1+${rate},1)*SUMPRODUCT(${R.years('active')}*${R.b('marketPrice')}*${grow(R, g)}*(1+${rate})^(-${idx(R)}))`;
  if (custom) {
    annuity = input.compare.discounting === 'payment'
      ? disc.annuity(offset, c.lease.periods, lease.periodsPerYear, lease.payment === 'start')
      : Array.from({ length: lease.termYears }, (_, i) => disc.at(offset + i + 1)).reduce((a, b) => a.plus(b), ZERO).times(lease.periodsPerYear);
    calc('AF', L.annuityFactor, (R) => annuityAt(R, d(R)), annuity, FACTOR);
  }
  calc('paymentsPv', L.paymentsPv, (R) => `${m(R)}*${custom ? `${R.b('Gdv')}*${R.b('AF')}` : marketAt(R, d(R), R.b('leaseEscalation'))}`, r.lease.paymentsPv);
  calc('leasePv', L.pv, (R) => `${R.b('paymentsPv')}+${m(R)}*(NPV(${d(R)},${R.years('leaseCosts')})+NPV(${d(R)},${R.years('leaseOneOffs')}))`, r.lease.pv, MONEY, true);

  // ------------------------------------------------------------- IV. yearly needs
  section(L.flows);
  const yearCells: { name: string; label: string; bold?: boolean; sum?: boolean; fmt?: string; cell: (i: number, R: Refs, col: string, prev: string | null) => [string, Value] }[] = [];
  const yearLine = (spec: (typeof yearCells)[number]) => {
    yearCells.push(spec);
    line(spec.name, (row, R) => {
      put(`A${row}`, spec.label, spec.bold ? { bold: true } : {});
      result.years.forEach((_, i) => {
        const col = columnLetter(FIRST_YEAR_COL + i);
        const prev = i > 0 ? columnLetter(FIRST_YEAR_COL + i - 1) : null;
        const [f, v] = spec.cell(i, R, col, prev);
        if (spec.name === 'index') put(`${col}${row}`, i + 1, { numberFormat: YEAR, align: 'center' });
        else formula(`${col}${row}`, f, v, spec.fmt ?? MONEY, spec.bold ? { bold: true, ...(spec.name === 'year' ? { align: 'center' } : {}) } : {});
      });
      if (spec.sum) formula(`B${row}`, `SUM(${R.years(spec.name)})`, sumOf(spec, R), MONEY, spec.bold ? { bold: true } : {});
      if (spec.name === 'year') put(`B${row}`, L.sum, { bold: true, align: 'center' });
    });
  };
  const sumOf = (spec: (typeof yearCells)[number], R: Refs): Value => {
    let total = ZERO;
    result.years.forEach((_, i) => { total = total.plus(spec.cell(i, R, '', null)[1] as Decimal); });
    return total;
  };
  const at = (name: string, col: string, R: Refs) => `${col}$${R.row(name)}`;
  const li = (i: number) => i + 1 - offset;
  const inTerm = (i: number) => li(i) >= 1 && li(i) <= lease.termYears;
  const leaseAt = <T>(list: T[], i: number, none: T) => (inTerm(i) ? list[li(i) - 1] : none);
  const withC = lease.contingencyRate.plus(1);
  yearLine({ name: 'year', label: L.year, bold: true, fmt: YEAR, cell: (i, R, col) => [`${R.b('startYear')}+${at('index', col, R)}-1`, result.years[i]] });
  yearLine({ name: 'index', label: L.index, fmt: YEAR, cell: (i) => ['', i + 1] });
  yearLine({ name: 'df', label: L.discountFactor, fmt: FACTOR, cell: (i, R, col) => [`(1+${d(R)})^(-${at('index', col, R)})`, disc.at(i + 1)] });
  yearLine({ name: 'leaseYear', label: L.leaseYear, fmt: YEAR, cell: (i, R, col) => [`${at('index', col, R)}-${R.b('offset')}`, li(i)] });
  yearLine({ name: 'active', label: L.active, fmt: YEAR, cell: (i, R, col) => [`IF(AND(${at('leaseYear', col, R)}>=1,${at('leaseYear', col, R)}<=${R.b('termYears')}),1,0)`, inTerm(i) ? 1 : 0] });
  yearLine({
    name: 'investDTPT', label: L.investDTPT(invest.source), sum: true,
    cell: (i, R, col) => [`IF(${at('index', col, R)}<=${R.b('buildYears')},${R.b('V')}/${R.b('buildYears')},0)`, c.invest.capital[i]],
  });
  yearLine({
    name: 'investCTX', label: L.investCTX(invest.operatingSource), sum: true,
    cell: (i, R, col) => [`IF(AND(${at('index', col, R)}>${R.b('buildYears')},${at('index', col, R)}<=${R.b('horizonYears')}),${R.b('annualOperatingCost')},0)`, c.invest.operating[i]],
  });
  yearLine({ name: 'investYear', label: L.investYear, bold: true, sum: true, cell: (i, R, col) => [`${at('investDTPT', col, R)}+${at('investCTX', col, R)}`, c.invest.yearly[i]] });
  yearLine({
    name: 'leasePayments', label: L.leasePayments, sum: true,
    cell: (i, R, col) => [custom
      ? `${at('active', col, R)}*${R.b('Gdv')}*${R.b('periodsPerYear')}`
      : `${at('active', col, R)}*${R.b('marketPrice')}*(1+${R.b('leaseEscalation')})^(${at('leaseYear', col, R)}-1)`, leaseAt(c.lease.payments, i, ZERO)],
  });
  yearLine({
    name: 'leaseCosts', label: L.leaseCosts, sum: true,
    cell: (i, R, col) => [`${at('active', col, R)}*(${R.b('annualAdminCost')}+${R.b('annualMaintenanceCost')})*(1+${R.b('leaseEscalation')})^(${at('leaseYear', col, R)}-1)`, leaseAt(c.lease.yearlyCosts, i, ZERO)],
  });
  yearLine({
    name: 'leaseOneOffs', label: L.leaseOneOffs, sum: true,
    cell: (i, R, col) => [`IF(${at('leaseYear', col, R)}=1,${R.b('Gk')}+${R.b('mgmt')}+${R.b('consult')}+${R.b('otherEst')},0)`, leaseAt(c.lease.oneOffs, i, ZERO)],
  });
  yearLine({
    name: 'leaseContingencyRow', label: L.leaseContingencyRow, sum: true,
    cell: (i, R, col) => [`${R.b('leaseContingency')}*(${at('leasePayments', col, R)}+${at('leaseCosts', col, R)}+${at('leaseOneOffs', col, R)})`,
      c.lease.yearly[i].minus(c.lease.yearly[i].div(withC))],
  });
  yearLine({
    name: 'leaseYearTotal', label: L.leaseYearTotal(lease.source), bold: true, sum: true,
    cell: (i, R, col) => [`${at('leasePayments', col, R)}+${at('leaseCosts', col, R)}+${at('leaseOneOffs', col, R)}+${at('leaseContingencyRow', col, R)}`, c.lease.yearly[i]],
  });
  const cumulative = (list: Decimal[]) => list.reduce<Decimal[]>((acc, v) => [...acc, (acc[acc.length - 1] ?? ZERO).plus(v)], []);
  const cumI = cumulative(c.invest.yearly);
  const cumL = cumulative(c.lease.yearly);
  yearLine({ name: 'cumInvest', label: L.cumInvest, cell: (i, R, col, prev) => [prev ? `${prev}${R.row('cumInvest')}+${at('investYear', col, R)}` : at('investYear', col, R), cumI[i]] });
  yearLine({ name: 'cumLease', label: L.cumLease, cell: (i, R, col, prev) => [prev ? `${prev}${R.row('cumLease')}+${at('leaseYearTotal', col, R)}` : at('leaseYearTotal', col, R), cumL[i]] });
  yearLine({
    name: 'crossing', label: L.crossing, fmt: YEAR,
    cell: (i, R, col) => [`IF(${at('cumLease', col, R)}>${at('cumInvest', col, R)},${at('year', col, R)},"")`, cumL[i].gt(cumI[i]) ? result.years[i] : ''],
  });

  // ------------------------------------------------------------- V. result
  section(L.result);
  const resultLine = (name: string, label: string, f: (R: Refs) => string, value: Value, fmt?: string) =>
    line(name, (row, R) => {
      put(`A${row}`, label, { bold: true });
      formula(`B${row}`, f(R), value, fmt, { bold: true });
    });
  resultLine('resInvestPv', L.investPv, (R) => R.b('investPv'), r.invest.pv, MONEY);
  resultLine('resLeasePv', L.leasePv, (R) => R.b('leasePv'), r.lease.pv, MONEY);
  resultLine('difference', L.difference, (R) => `${R.b('resLeasePv')}-${R.b('resInvestPv')}`, r.difference, MONEY);
  const cheaperText = { invest: L.cheaperInvest, lease: L.cheaperLease, equal: L.cheaperEqual }[r.cheaper];
  resultLine('cheaper', L.cheaper,
    (R) => `IF(${R.b('difference')}>0,"${L.cheaperInvest}",IF(${R.b('difference')}<0,"${L.cheaperLease}","${L.cheaperEqual}"))`, cheaperText);
  resultLine('breakEven', L.breakEven, (R) => `IF(COUNT(${R.years('crossing')})=0,"${L.none}",MIN(${R.years('crossing')}))`, r.breakEvenYear ?? L.none, YEAR);

  // ------------------------------------------------------------- VI. switching values
  section(L.switching);
  line(null, (row) => L.switchingHead.forEach((h, j) => put(`${columnLetter(1 + j)}${row}`, h, { bold: true })));
  switchingLines(line, put, formula, result, L, lang, custom);

  // ------------------------------------------------------------- VII. sensitivity
  section(L.sensitivity);
  const grid = r.sensitivity.grid;
  const steps = [-2, -1, 0, 1, 2];
  line('gridHead', (row, R) => {
    put(`A${row}`, L.gridCorner, { italic: true });
    steps.forEach((s, j) => formula(`${columnLetter(2 + j)}${row}`, `${R.b('leaseEscalation')}${s < 0 ? '-' : '+'}${Math.abs(s) / 100}`, grid.escalationRates[j], PERCENT_FORMAT, { bold: true, align: 'center' }));
  });
  steps.forEach((s, i) => line(null, (row, R) => {
    formula(`A${row}`, `${d(R)}${s < 0 ? '-' : '+'}${Math.abs(s) / 100}`, grid.discountRates[i], PERCENT_FORMAT, { bold: true, align: 'right' });
    steps.forEach((_, j) => {
      const col = columnLetter(2 + j);
      const rate = `$A${row}`;
      const g = `${col}$${R.row('gridHead')}`;
      const payments = custom ? `${R.b('Gdv')}*${annuityAt(R, rate)}` : marketAt(R, rate, g);
      const leasePart = `${m(R)}*(${payments}+SUMPRODUCT(${R.years('active')}*(${R.b('annualAdminCost')}+${R.b('annualMaintenanceCost')})*${grow(R, g)}*(1+${rate})^(-${idx(R)}))` +
        `+SUMPRODUCT(${R.years('leaseOneOffs')}*(1+${rate})^(-${idx(R)})))`;
      const investPart = `SUMPRODUCT(${R.years('investYear')}*(1+${rate})^(-${idx(R)}))-IF(${R.b('residualCredit')}=1,${R.b('R')}*(1+${rate})^(-${R.b('horizonYears')}),0)`;
      formula(`${col}${row}`, `${leasePart}-(${investPart})`, grid.difference[i][j], MONEY, s === 0 && steps[j] === 0 ? { bold: true } : {});
    });
  }));

  // ------------------------------------------------------------- VIII. law, conventions, notes
  section(L.notes);
  const noteLines = [ruleSetLine(r.ruleSet, lang), ...r.notes, ...r.findings.map((f) => `${f.code}: ${f.message}`)];
  for (const text of noteLines) {
    line(null, (row) => {
      put(`A${row}`, text, { wrap: true });
      merges.push(`A${row}:${lastCol}${row}`);
    });
  }

  // ------------------------------------------------------------- layout, then draw
  const rows = new Map<string, number>();
  lines.forEach((l, i) => { if (l.name) rows.set(l.name, FIRST_ROW + i); });
  const R = new Refs(rows, firstYearCol, lastYearCol);
  put('A1', L.title, { bold: true, align: 'center' });
  merges.push(`A1:${lastCol}1`);
  put('A2', input.name, { bold: true, align: 'center' });
  merges.push(`A2:${lastCol}2`);
  put('A3', `${L.unitLine(input.unit)} ${ruleSetLine(r.ruleSet, lang)}`, { italic: true, wrap: true });
  merges.push(`A3:${lastCol}3`);
  put('A4', L.editable, { italic: true });
  merges.push(`A4:${lastCol}4`);
  lines.forEach((l, i) => l.draw(FIRST_ROW + i, R));

  const columnWidths: Record<string, number> = { A: 62, B: 18, C: 16, D: 16 };
  for (let col = FIRST_YEAR_COL; col <= FIRST_YEAR_COL + Math.max(span, 4) - 1; col++) columnWidths[columnLetter(col)] ??= 15;
  return { name: SCENARIO_SHEET_NAME, cells, columnWidths, merges, landscape: true };
}

/**
 * Section VI. The difference is affine in the build cost (S moving with it: the payments'
 * present value is proportional to it), in S and in the running cost, so those switching values
 * are closed forms; N is the rate at which the payment that zeroes the difference is due, which
 * is Excel's RATE. The discount rate and the useful life have no closed form: engine values.
 */
function switchingLines(
  line: (name: string | null, draw: Draw) => void,
  put: (address: string, value: Value, extra?: Partial<PlanCell>) => void,
  formula: (address: string, f: string, value: Value, fmt?: string, extra?: Partial<PlanCell>) => void,
  result: ScenarioResult, L: ScenarioSheetLabels, lang: Lang, custom: boolean,
): void {
  const within = (raw: string, base: string) => `IF(AND(${raw}>=0.5*${base},${raw}<=1.5*${base}),${raw},"")`;
  const spec: Record<SwitchingKey, { base: (R: Refs) => string; fmt: string; f: ((R: Refs) => string) | null }> = {
    buildCost: {
      base: (R) => R.b('buildCost'), fmt: MONEY,
      f: (R) => `IF(${R.b('difference')}=0,${R.b('buildCost')},IF(OR(${R.b('buildCost')}=0,${R.b('paymentsPv')}=0),"",` +
        `${within(`${R.b('buildCost')}*(1-${R.b('difference')}/${R.b('paymentsPv')})`, R.b('buildCost'))}))`,
    },
    residualValue: {
      base: (R) => R.b('S'), fmt: MONEY,
      f: (R) => {
        const slope = `((1+${R.b('leaseContingency')})*(1+${R.b('vatRate')})*PMT(${R.b('r')},${R.b('n')},0,1,${R.b('paymentType')})*${R.b('AF')})`;
        return `IF(${R.b('difference')}=0,${R.b('S')},IF(${R.b('S')}=0,"",${within(`(${R.b('S')}-${R.b('difference')}/${slope})`, R.b('S'))}))`;
      },
    },
    depositRate: {
      base: (R) => R.b('depositRate'), fmt: '0.000000%',
      f: (R) => {
        const target = `(${R.b('Gdv')}-${R.b('difference')}/((1+${R.b('leaseContingency')})*${R.b('AF')}))/(1+${R.b('vatRate')})`;
        const raw = `${R.b('periodsPerYear')}*RATE(${R.b('n')},${target},-${R.b('buildCost')},${R.b('S')},${R.b('paymentType')},${R.b('r')})`;
        return `IF(${R.b('difference')}=0,${R.b('depositRate')},IFERROR(IF(${target}<=0,"",${within(raw, R.b('depositRate'))}),""))`;
      },
    },
    discountRate: { base: (R) => R.b('discountRate'), fmt: '0.000000%', f: null },
    annualOperatingCost: {
      base: (R) => R.b('annualOperatingCost'), fmt: MONEY,
      f: (R) => {
        const years = `SUMPRODUCT((${R.years('index')}>${R.b('buildYears')})*(${R.years('index')}<=${R.b('horizonYears')})*${R.years('df')})`;
        return `IF(${R.b('difference')}=0,${R.b('annualOperatingCost')},IF(OR(${R.b('annualOperatingCost')}=0,${years}=0),"",` +
          `${within(`(${R.b('annualOperatingCost')}+${R.b('difference')}/${years})`, R.b('annualOperatingCost'))}))`;
      },
    },
    usefulLifeYears: { base: (R) => R.b('usefulLifeYears'), fmt: '0.000', f: null },
  };
  for (const key of Object.keys(spec) as SwitchingKey[]) {
    const s = spec[key];
    const value = result.switching[key].value;
    const cached: Value = value === null ? '' : value;
    line(null, (row, R) => {
      put(`A${row}`, SWITCHING_NAMES[key][lang]);
      if (SWITCHING_LEASE_ONLY.has(key) && !custom) {
        put(`D${row}`, L.notApplicable, { italic: true });
        return;
      }
      formula(`C${row}`, s.base(R), result.switching[key].base, s.fmt);
      if (s.f) formula(`B${row}`, s.f(R), cached, s.fmt, { bold: true });
      else put(`B${row}`, cached, { numberFormat: s.fmt, bold: true });
      put(`D${row}`, s.f ? L.byFormula : L.byEngine, { italic: true });
    });
  }
}
