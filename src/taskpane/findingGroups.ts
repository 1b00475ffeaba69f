// Findings as the pane lists them: filtered by severity and by where they are (a table, a
// column, or table-wide), then grouped by code with a count, errors first. Pure, so the tests
// check the grouping without a browser.
import type { Finding, FindingCode, Severity } from '../core/types';

export interface SheetFinding {
  sheet: string;
  /** "PL IV!A6:G66": which checked table it came from. */
  table: string;
  finding: Finding;
}

export interface FindingGroup {
  code: FindingCode;
  severity: Severity;
  items: SheetFinding[];
}

/** 'all', a table key, 'col:G', or 'whole' (findings about a table rather than a cell). */
export type Area = string;

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function columnOf(cell: string): string {
  const m = /^\$?([A-Z]+)/i.exec(cell);
  return m ? m[1].toUpperCase() : '';
}

export function inArea(item: SheetFinding, area: Area): boolean {
  if (area === 'all') return true;
  if (area === 'whole') return item.finding.cell === null;
  if (area.startsWith('col:')) return item.finding.cell !== null && columnOf(item.finding.cell) === area.slice(4);
  return item.table === area;
}

/** The columns that hold findings, in sheet order (A, B, …, Z, AA). */
export function findingColumns(items: SheetFinding[]): string[] {
  const cols = new Set<string>();
  for (const item of items) if (item.finding.cell) cols.add(columnOf(item.finding.cell));
  return [...cols].sort((a, b) => a.length - b.length || a.localeCompare(b));
}

export function groupFindings(items: SheetFinding[], severities: ReadonlySet<Severity>, area: Area): FindingGroup[] {
  const groups = new Map<FindingCode, FindingGroup>();
  for (const item of items) {
    if (!severities.has(item.finding.severity) || !inArea(item, area)) continue;
    let group = groups.get(item.finding.code);
    if (!group) {
      group = { code: item.finding.code, severity: item.finding.severity, items: [] };
      groups.set(item.finding.code, group);
    }
    // A code can carry more than one severity; the group shows the gravest.
    if (SEVERITY_ORDER.indexOf(item.finding.severity) < SEVERITY_ORDER.indexOf(group.severity)) group.severity = item.finding.severity;
    group.items.push(item);
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.items.length - a.items.length || a.code.localeCompare(b.code),
  );
}

export function countBySeverity(items: SheetFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const item of items) counts[item.finding.severity]++;
  return counts;
}
