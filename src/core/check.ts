// The one entry point every door calls: Grid(s) in, checked tables out.
import { acrossTables, checkSheetTotals } from './across-tables';
import { allocateItems } from './allocate';
import { checkAppendixRows } from './appendix-totals';
import { sourcesFromAmountNotes } from './amount-sources';
import { loneSourceParts } from './lone-source';
import { ownBudgetSources } from './own-budget';
import { sortFindings } from './findings';
import type { Grid } from './grid';
import type { CheckedTable, CheckResult, CheckSettings, Table } from './model';
import type { Finding } from './types';
import { makeContext, RULES } from './rules';
import { whyChosen } from './i18n/rules';
import { planRuleSet } from './plan-ruleset';
import { sourcesFromSectionNames } from './section-sources';
import { typesFromSections } from './section-types';
import { summarize } from './summary';
import { computeSubtotals, readTables } from './table';

// Kept here too: every door and test reaches the defaults through the check's entry point.
export { defaultSettings } from './settings';

/** Reads, allocates, totals and checks one table. */
export function checkTable(table: Table, settings: CheckSettings): CheckedTable {
  // A survey's "Năm đầu tư/thuê" says when a system was bought or leased, not when the money
  // it lists is spent: a survey row is spread over years only by year columns.
  sourcesFromAmountNotes(table);
  loneSourceParts(table);
  ownBudgetSources(table);
  sourcesFromSectionNames(table);
  typesFromSections(table);
  allocateItems(table, table.layout === 'plan' ? 'columns-or-words' : 'columns-only');
  computeSubtotals(table);
  const summary = summarize(table);
  const ctx = makeContext(table, settings, summary);
  // A loop, not flatMap: the engine's flatMap takes microseconds per finding, and a large plan has tens of thousands.
  const all: Finding[] = [];
  for (const rule of RULES) {
    const said = rule(ctx);
    for (let at = 0; at < said.length; at++) all.push(said[at]);
  }
  const findings = sortFindings(all);
  const choice = planRuleSet(table, settings.ruleSet);
  return { ...table, summary, findings, law: { choice, why: whyChosen(choice, settings.lang) } };
}

/** Finds every budget table in one sheet's grid, reads and checks it. Never throws on bad cells. */
export function checkGrid(grid: Grid, settings: CheckSettings): CheckedTable[] {
  const tables = readTables(grid, { period: settings.period, unit: settings.unit }).map((t) => checkTable(t, settings));
  return acrossTables(checkSheetTotals(tables, settings), settings);
}

/** A whole workbook: every sheet's grid, its tables then judged together where a plan spans them (across-tables.ts). */
export function checkWorkbook(file: string, grids: Grid[], settings: CheckSettings): CheckResult {
  const tables: CheckedTable[] = [];
  for (const grid of grids) tables.push(...checkGrid(grid, settings));
  return { file, tables: checkAppendixRows(acrossTables(tables, settings), settings) };
}
