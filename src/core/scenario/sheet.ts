// The "NS Phương án" sheet: the scenario as live formulas over its own input cells, so an
// officer can click any number and see where it comes from, change an input and watch the
// answer move, and print it for a proposal. Each formula carries the engine's value, which the
// formula must reproduce (the tests recalculate the sheet in LibreOffice and compare).
// Same present-value convention as compare.ts: NPV over the yearly totals, startYear = year 1.
import { Decimal, ZERO } from '../decimal';
import { columnLetter } from '../grid';
import { PERCENT_FORMAT, PlanCell, SheetPlan } from '../sheetplan';
import type { Lang } from '../types';
import { sheetLabels } from './sheet-labels';
import type { ScenarioInput, ScenarioResult } from './types';

export const SCENARIO_SHEET_NAME = 'NS Phương án';

const MONEY = '#,##0.000';
const YEAR = '0';
const INPUT_FILL = 'FFF2CC';
const SECTION_FILL = 'D9E1F2';
const FIRST_YEAR_COL = 3; // C

type Value = PlanCell['value'];

export function scenarioSheet(input: ScenarioInput, result: ScenarioResult, lang: Lang): SheetPlan {
  const L = sheetLabels(lang);
  const cells: PlanCell[] = [];
  const merges: string[] = [];
  const span = result.years.length;
  const lastCol = columnLetter(Math.max(FIRST_YEAR_COL + span - 1, 6));
  let row = 1;

  const put = (address: string, value: Value, extra: Partial<PlanCell> = {}) => cells.push({ address, value, ...extra });
  const formula = (address: string, f: string, value: Value, numberFormat?: string, extra: Partial<PlanCell> = {}) =>
    cells.push({ address, formula: f, value, numberFormat, ...extra });
  const section = (title: string) => {
    row++;
    put(`A${row}`, title, { bold: true, fill: SECTION_FILL });
    merges.push(`A${row}:${lastCol}${row}`);
    row++;
  };

  // ------------------------------------------------------------- title
  put('A1', L.title, { bold: true, align: 'center' });
  merges.push(`A1:${lastCol}1`);
  put('A2', input.name, { bold: true, align: 'center' });
  merges.push(`A2:${lastCol}2`);
  put('A3', L.unitLine(input.unit, result.ruleSet.name), { italic: true });
  merges.push(`A3:${lastCol}3`);
  put('A4', L.editable, { italic: true });
  merges.push(`A4:${lastCol}4`);
  row = 5;

  // ------------------------------------------------------------- inputs
  section(L.inputs);
  const ref: Record<string, string> = {};
  const inputRow = (name: string, label: string, key: string, value: Value, numberFormat?: string) => {
    put(`A${row}`, label);
    if (value !== null && value !== undefined) put(`B${row}`, value, { numberFormat, fill: INPUT_FILL });
    else put(`B${row}`, null, { fill: INPUT_FILL });
    put(`C${row}`, key, { italic: true });
    ref[name] = `$B$${row}`;
    row++;
  };
  const { invest, lease } = input;
  inputRow('startYear', L.startYear, 'startYear', input.startYear, YEAR);
  inputRow('horizonYears', L.horizonYears, 'horizonYears', input.horizonYears, YEAR);
  inputRow('discountRate', L.discountRate, 'discountRate', input.discountRate, PERCENT_FORMAT);
  for (const k of ['xayLap', 'thietBi', 'quanLyDuAn', 'tuVan', 'khac'] as const) {
    inputRow(k, L[k], `invest.costs.${k}`, invest.costs[k], MONEY);
  }
  inputRow('contingencyRate', L.contingencyRate, 'invest.contingencyRate', invest.contingencyRate, PERCENT_FORMAT);
  inputRow('investEscalation', L.investEscalation, 'invest.escalationRate', invest.escalationRate, PERCENT_FORMAT);
  inputRow('buildYears', L.buildYears, 'invest.buildYears', invest.buildYears, YEAR);
  inputRow('annualOperatingCost', L.annualOperatingCost, 'invest.annualOperatingCost', invest.annualOperatingCost, MONEY);
  inputRow('usefulLifeYears', L.usefulLifeYears, 'invest.usefulLifeYears', invest.usefulLifeYears, YEAR);
  inputRow('availability', L.availability, 'lease.availability', lease.availability);
  const custom = lease.availability === 'custom';
  if (custom) {
    inputRow('buildCost', L.buildCost, 'lease.buildCost', lease.buildCost, MONEY);
    inputRow('depositRate', L.depositRate, 'lease.depositRate', lease.depositRate, PERCENT_FORMAT);
    inputRow('periodsPerYear', L.periodsPerYear, 'lease.periodsPerYear', lease.periodsPerYear, YEAR);
  }
  inputRow('termYears', L.termYears, 'lease.termYears', lease.termYears, YEAR);
  if (custom) {
    inputRow('paymentType', L.paymentType, 'lease.payment', lease.payment === 'start' ? 1 : 0, YEAR);
    inputRow('residualValue', L.residualValue, 'lease.residualValue', lease.residualValue, MONEY);
    inputRow('vatRate', L.vatRate, 'lease.vatRate', lease.vatRate, PERCENT_FORMAT);
  } else {
    inputRow('marketPrice', L.marketPricePerYear, 'lease.marketPricePerYear', lease.marketPricePerYear ?? ZERO, MONEY);
  }
  inputRow('annualAdminCost', L.annualAdminCost, 'lease.annualAdminCost', lease.annualAdminCost, MONEY);
  inputRow('annualMaintenanceCost', L.annualMaintenanceCost, 'lease.annualMaintenanceCost', lease.annualMaintenanceCost, MONEY);
  inputRow('otherCost', L.otherCost, 'lease.otherCost', lease.otherCost, MONEY);
  inputRow('leaseEscalation', L.leaseEscalation, 'lease.escalationRate', lease.escalationRate, PERCENT_FORMAT);

  // Sections II and III have fixed row counts, so the year table's rows (which their formulas
  // refer to) are known before they are written: blank + title + rows, twice, then blank + title.
  const firstYearCol = columnLetter(FIRST_YEAR_COL);
  const lastYearCol = columnLetter(FIRST_YEAR_COL + span - 1);
  const investRowsCount = 6;
  const leaseRowsCount = custom ? 10 : 7;
  const flowsStart = row + 2 + investRowsCount + 2 + leaseRowsCount + 2;
  const T = {
    year: flowsStart, index: flowsStart + 1, investDTPT: flowsStart + 2, investCTX: flowsStart + 3, investYear: flowsStart + 4,
    leaseFixed: flowsStart + 5, leaseEscalating: flowsStart + 6, leaseYear: flowsStart + 7,
    cumInvest: flowsStart + 8, cumLease: flowsStart + 9, crossing: flowsStart + 10,
  };
  const rng = (r: number) => `$${firstYearCol}$${r}:$${lastYearCol}$${r}`;
  const idxRange = rng(T.index);

  // ------------------------------------------------------------- II. invest
  section(L.invest);
  const I: Record<string, string> = {};
  const calcRow = (name: string, label: string, f: string, value: Value, fmt = MONEY, bold = false) => {
    put(`A${row}`, label, bold ? { bold } : {});
    formula(`B${row}`, f, value, fmt, bold ? { bold } : {});
    I[name] = `$B$${row}`;
    row++;
  };
  const r = result;
  calcRow('base', L.baseCost, `SUM(${ref.xayLap}:${ref.khac})`, r.invest.baseCost);
  calcRow('contingency', L.contingency, `${I.base}*${ref.contingencyRate}`, r.invest.contingency);
  calcRow('escalation', L.escalation,
    `SUMPRODUCT((${idxRange}<=${ref.buildYears})*(${I.base}/${ref.buildYears})*((1+${ref.investEscalation})^${idxRange}-1))`, r.invest.escalation);
  calcRow('V', L.totalInvestment, `${I.base}+${I.contingency}+${I.escalation}`, r.invest.totalInvestment, MONEY, true);
  calcRow('investTotal', L.investTotal, `SUM(${rng(T.investYear)})`, r.invest.total);
  calcRow('investPv', L.pv, `NPV(${ref.discountRate},${rng(T.investYear)})`, r.invest.pv, MONEY, true);

  // ------------------------------------------------------------- III. lease
  section(L.lease);
  const growthAt = (g: string, idx: string) => `(1+${g})^(${idx}-1)`;
  if (custom) {
    calcRow('r', L.ratePerPeriod, `${ref.depositRate}/${ref.periodsPerYear}`, r.lease.ratePerPeriod, '0.000000%');
    calcRow('n', L.periods, `${ref.periodsPerYear}*${ref.termYears}`, r.lease.periods, YEAR);
    calcRow('S', L.residual,
      `IF(${ref.residualValue}="",${ref.buildCost}*MAX(0,1-${ref.termYears}/${ref.usefulLifeYears}),${ref.residualValue})`, r.lease.residual);
    calcRow('Gdv', L.periodPayment, `PMT(${I.r},${I.n},-${ref.buildCost},${I.S},${ref.paymentType})*(1+${ref.vatRate})`, r.lease.periodPayment, MONEY, true);
    calcRow('Gtdv', L.serviceTotalCustom, `${I.Gdv}*${I.n}`, r.lease.serviceTotal);
  } else {
    calcRow('first', L.marketFirst, `${ref.marketPrice}`, r.lease.periodPayment);
    calcRow('Gtdv', L.serviceTotalMarket,
      `SUMPRODUCT((${idxRange}<=${ref.termYears})*${ref.marketPrice}*${growthAt(ref.leaseEscalation, idxRange)})`, r.lease.serviceTotal);
  }
  calcRow('Gv', L.adminTotal, `SUMPRODUCT((${idxRange}<=${ref.termYears})*${ref.annualAdminCost}*${growthAt(ref.leaseEscalation, idxRange)})`, r.lease.adminTotal);
  calcRow('Gbt', L.maintenanceTotal,
    `SUMPRODUCT((${idxRange}<=${ref.termYears})*${ref.annualMaintenanceCost}*${growthAt(ref.leaseEscalation, idxRange)})`, r.lease.maintenanceTotal);
  calcRow('Gk', L.otherTotal, `${ref.otherCost}`, r.lease.otherCost);
  calcRow('Gt', L.leaseTotal, `${I.Gtdv}+${I.Gv}+${I.Gbt}+${I.Gk}`, r.lease.total, MONEY, true);
  calcRow('leasePv', L.pv, `NPV(${ref.discountRate},${rng(T.leaseYear)})`, r.lease.pv, MONEY, true);
  // A layout slip here would make every formula point at the wrong row: fail loudly.
  if (row + 2 !== flowsStart) throw new Error(`scenario sheet layout: year table expected at row ${flowsStart}, found ${row + 2}`);

  // ------------------------------------------------------------- IV. yearly needs
  section(L.flows);
  const escalatingBase = custom
    ? `(${ref.annualAdminCost}+${ref.annualMaintenanceCost})`
    : `(${ref.marketPrice}+${ref.annualAdminCost}+${ref.annualMaintenanceCost})`;
  const labelRows: [number, string, boolean][] = [
    [T.year, L.year, true], [T.index, L.index, false], [T.investDTPT, L.investDTPT, false], [T.investCTX, L.investCTX, false],
    [T.investYear, L.investYear, true], [T.leaseFixed, L.leaseFixed, false], [T.leaseEscalating, L.leaseEscalating, false],
    [T.leaseYear, L.leaseYear, true], [T.cumInvest, L.cumInvest, false], [T.cumLease, L.cumLease, false], [T.crossing, L.crossing, false],
  ];
  for (const [rr, label, bold] of labelRows) put(`A${rr}`, label, { bold });
  put(`B${T.year}`, L.sum, { bold: true, align: 'center' });
  let cumI = ZERO;
  let cumL = ZERO;
  result.years.forEach((year, i) => {
    const col = columnLetter(FIRST_YEAR_COL + i);
    const prev = i > 0 ? columnLetter(FIRST_YEAR_COL + i - 1) : null;
    const idx = `${col}$${T.index}`;
    const inv = result.invest.byYear.get(year)!;
    const fixed = result.lease.fixedByYear.get(year)!;
    const lyear = result.lease.byYear.get(year)!.CTX;
    cumI = cumI.plus(inv['ĐTPT']).plus(inv.CTX);
    cumL = cumL.plus(lyear);
    formula(`${col}${T.year}`, `${ref.startYear}+${idx}-1`, year, YEAR, { bold: true, align: 'center' });
    put(`${col}${T.index}`, i + 1, { numberFormat: YEAR, align: 'center' });
    formula(`${col}${T.investDTPT}`,
      `IF(${idx}<=${ref.buildYears},${I.base}/${ref.buildYears}*(1+${ref.contingencyRate})+${I.base}/${ref.buildYears}*((1+${ref.investEscalation})^${idx}-1),0)`,
      inv['ĐTPT'], MONEY);
    formula(`${col}${T.investCTX}`, `IF(AND(${idx}>${ref.buildYears},${idx}<=${ref.horizonYears}),${ref.annualOperatingCost},0)`, inv.CTX, MONEY);
    formula(`${col}${T.investYear}`, `${col}${T.investDTPT}+${col}${T.investCTX}`, inv['ĐTPT'].plus(inv.CTX), MONEY, { bold: true });
    const fixedF = custom
      ? `IF(${idx}<=${ref.termYears},${I.Gdv}*${ref.periodsPerYear},0)+IF(${idx}=1,${ref.otherCost},0)`
      : `IF(${idx}=1,${ref.otherCost},0)`;
    formula(`${col}${T.leaseFixed}`, fixedF, fixed, MONEY);
    formula(`${col}${T.leaseEscalating}`, `IF(${idx}<=${ref.termYears},${escalatingBase}*${growthAt(ref.leaseEscalation, idx)},0)`, lyear.minus(fixed), MONEY);
    formula(`${col}${T.leaseYear}`, `${col}${T.leaseFixed}+${col}${T.leaseEscalating}`, lyear, MONEY, { bold: true });
    formula(`${col}${T.cumInvest}`, prev ? `${prev}${T.cumInvest}+${col}${T.investYear}` : `${col}${T.investYear}`, cumI, MONEY);
    formula(`${col}${T.cumLease}`, prev ? `${prev}${T.cumLease}+${col}${T.leaseYear}` : `${col}${T.leaseYear}`, cumL, MONEY);
    formula(`${col}${T.crossing}`, `IF(${col}${T.cumLease}>${col}${T.cumInvest},${col}${T.year},"")`, cumL.gt(cumI) ? year : '', YEAR, { align: 'center' });
  });
  const sumRow = (rr: number, value: Decimal, bold = false) => formula(`B${rr}`, `SUM(${rng(rr)})`, value, MONEY, { bold });
  const sumOf = (m: Map<number, Decimal>) => [...m.values()].reduce((a, b) => a.plus(b), ZERO);
  sumRow(T.investDTPT, sumOf(new Map([...result.invest.byYear].map(([y, n]) => [y, n['ĐTPT']]))));
  sumRow(T.investCTX, sumOf(new Map([...result.invest.byYear].map(([y, n]) => [y, n.CTX]))));
  sumRow(T.investYear, result.invest.total, true);
  const fixedTotal = sumOf(result.lease.fixedByYear);
  sumRow(T.leaseFixed, fixedTotal);
  sumRow(T.leaseEscalating, result.lease.total.minus(fixedTotal));
  sumRow(T.leaseYear, result.lease.total, true);
  row = T.crossing + 1;

  // ------------------------------------------------------------- V. result
  section(L.result);
  const R: Record<string, string> = {};
  const resultRow = (name: string, label: string, f: string, value: Value, fmt?: string) => {
    put(`A${row}`, label, { bold: true });
    formula(`B${row}`, f, value, fmt, { bold: true });
    R[name] = `$B$${row}`;
    row++;
  };
  resultRow('investPv', L.investPv, I.investPv, r.invest.pv, MONEY);
  resultRow('leasePv', L.leasePv, I.leasePv, r.lease.pv, MONEY);
  resultRow('difference', L.difference, `${R.leasePv}-${R.investPv}`, r.difference, MONEY);
  const cheaperText = { invest: L.cheaperInvest, lease: L.cheaperLease, equal: L.cheaperEqual }[r.cheaper];
  resultRow('cheaper', L.cheaper,
    `IF(${R.difference}>0,"${L.cheaperInvest}",IF(${R.difference}<0,"${L.cheaperLease}","${L.cheaperEqual}"))`, cheaperText);
  resultRow('breakEven', L.breakEven, `IF(COUNT(${rng(T.crossing)})=0,"${L.none}",MIN(${rng(T.crossing)}))`,
    r.breakEvenYear ?? L.none, YEAR);

  // ------------------------------------------------------------- VI. sensitivity
  section(L.sensitivity);
  const grid = r.sensitivity.grid;
  const steps = [-2, -1, 0, 1, 2];
  put(`A${row}`, L.gridCorner, { italic: true });
  const headerRow = row;
  steps.forEach((s, j) => {
    const col = columnLetter(2 + j);
    formula(`${col}${row}`, `${ref.leaseEscalation}${s < 0 ? '-' : '+'}${Math.abs(s) / 100}`, grid.escalationRates[j], PERCENT_FORMAT, { bold: true, align: 'center' });
  });
  row++;
  steps.forEach((s, i) => {
    formula(`A${row}`, `${ref.discountRate}${s < 0 ? '-' : '+'}${Math.abs(s) / 100}`, grid.discountRates[i], PERCENT_FORMAT, { bold: true, align: 'right' });
    steps.forEach((_, j) => {
      const col = columnLetter(2 + j);
      const d = `$A${row}`;
      const g = `${col}$${headerRow}`;
      const leasePart = `SUMPRODUCT((${rng(T.leaseFixed)}+(${idxRange}<=${ref.termYears})*${escalatingBase}*${growthAt(g, idxRange)})/(1+${d})^${idxRange})`;
      const investPart = `SUMPRODUCT(${rng(T.investYear)}/(1+${d})^${idxRange})`;
      formula(`${col}${row}`, `${leasePart}-${investPart}`, grid.difference[i][j], MONEY, s === 0 && steps[j] === 0 ? { bold: true } : {});
    });
    row++;
  });

  // ------------------------------------------------------------- VII. notes
  section(L.notes);
  const noteLines = [...r.notes, ...r.findings.map((f) => `${f.code}: ${f.message}`)];
  for (const line of noteLines) {
    put(`A${row}`, line, { wrap: true });
    merges.push(`A${row}:${lastCol}${row}`);
    row++;
  }

  const columnWidths: Record<string, number> = { A: 62, B: 18 };
  for (let c = FIRST_YEAR_COL; c <= FIRST_YEAR_COL + Math.max(span, 4) - 1; c++) columnWidths[columnLetter(c)] = 15;
  return { name: SCENARIO_SHEET_NAME, cells, columnWidths, merges, landscape: true };
}
