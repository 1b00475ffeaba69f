// Removable marks: a fill and a comment on each finding's cell. What was there before is kept in
// the document settings, so "clear" puts back exactly the fills we covered and deletes exactly
// the comments we added — never a user's own fill or comment, even after the file is reopened.
// Comments (ExcelApi 1.10) rather than notes (1.18), so Excel 2021 can run the add-in.
import type { Finding, Severity } from '../core/types';
import { hostError } from './errors';
import type { CommentApi, RangeApi, RequestContextApi, SettingsApi, WorksheetApi } from './office-api';
import { parseCellAddress } from './plan-blocks';

export const MARKS_KEY = 'ngansach.marks';
/** Starts every comment we add, so a reader knows it came from the add-in and can be cleared. */
export const COMMENT_PREFIX = '[Ngân sách] ';
const MAX_COMMENT = 1500;

export const MARK_COLORS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A cell's fill as Excel reports it; pattern "None" = no fill. */
export interface PreviousFill {
  color: string;
  pattern: string;
  patternColor?: string;
}

export interface MarkRecord {
  sheet: string;
  address: string;
  /** The colour we filled with, to tell whether the user has changed it since. */
  color: string;
  previous: PreviousFill;
  commentId: string | null;
}

// ---------------------------------------------------------------- the record in settings
function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseMark(v: unknown): MarkRecord | null {
  if (!isRecord(v) || !isRecord(v.previous)) return null;
  const { sheet, address, color, commentId, previous } = v;
  if (typeof sheet !== 'string' || typeof address !== 'string' || typeof color !== 'string') return null;
  if (typeof previous.color !== 'string' || typeof previous.pattern !== 'string') return null;
  if (commentId !== null && typeof commentId !== 'string') return null;
  const prev: PreviousFill = { color: previous.color, pattern: previous.pattern };
  if (typeof previous.patternColor === 'string') prev.patternColor = previous.patternColor;
  return { sheet, address, color, previous: prev, commentId };
}

export function readMarks(settings: SettingsApi): MarkRecord[] {
  const raw = settings.get(MARKS_KEY);
  if (!isRecord(raw) || !Array.isArray(raw.marks)) return [];
  return raw.marks.map(parseMark).filter((m): m is MarkRecord => m !== null);
}

export function writeMarks(settings: SettingsApi, marks: MarkRecord[]): void {
  if (marks.length === 0) settings.remove(MARKS_KEY);
  else settings.set(MARKS_KEY, { version: 1, marks });
}

// ---------------------------------------------------------------- what a sheet looks like now
const FILL_OPTIONS: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true, patternColor: true } } };

function fillOf(props: Excel.CellProperties | undefined): PreviousFill {
  const fill = props?.format?.fill;
  const out: PreviousFill = { color: (fill?.color ?? '#FFFFFF').toUpperCase(), pattern: String(fill?.pattern ?? 'None') };
  if (out.pattern !== 'None' && out.pattern !== 'Solid' && fill?.patternColor) out.patternColor = fill.patternColor;
  return out;
}

function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').toUpperCase();
}

export interface SheetProbe {
  sheet: WorksheetApi;
  addresses: string[];
  /** Comment ids we recorded on this sheet. */
  ours: Set<string>;
}

export interface SheetView {
  fills: Map<string, PreviousFill>;
  commentIds: Set<string>;
  /** Cells holding a comment that is not ours; we never add a second one there. */
  userCommentCells: Set<string>;
}

/** Fills, comments and protection of several sheets in at most two round trips; refuses protected sheets. */
export async function inspectSheets(context: RequestContextApi, probes: SheetProbe[]): Promise<SheetView[]> {
  const pending = probes.map((p) => {
    p.sheet.protection.load('protected');
    p.sheet.comments.load('items');
    return { probe: p, fills: p.addresses.map((a) => [a, p.sheet.getRange(a).getCellProperties(FILL_OPTIONS)] as const) };
  });
  await context.sync();
  if (pending.some((p) => p.probe.sheet.protection.protected)) throw hostError('protected');

  const located = pending.map((p) => {
    const items = p.probe.sheet.comments.items;
    const others = items.filter((c) => !p.probe.ours.has(c.id)).map((c) => c.getLocation().load('address'));
    return { ids: new Set(items.map((c) => c.id)), others };
  });
  if (located.some((l) => l.others.length > 0)) await context.sync();

  return pending.map((p, i) => ({
    fills: new Map(p.fills.map(([a, result]) => [a, fillOf(result.value[0]?.[0])])),
    commentIds: located[i].ids,
    userCommentCells: new Set(located[i].others.map((r) => localAddress(r.address))),
  }));
}

// ---------------------------------------------------------------- undo and do
function stillOurs(current: PreviousFill | undefined, mark: MarkRecord): boolean {
  return current !== undefined && current.pattern === 'Solid' && current.color === mark.color.toUpperCase();
}

function restoreFill(range: RangeApi, previous: PreviousFill): void {
  if (previous.pattern === 'None') {
    range.format.fill.clear();
    return;
  }
  // The pattern name is one Excel itself reported for this cell.
  const pattern = previous.pattern as Excel.CellPropertiesFill['pattern'];
  range.setCellProperties([[{ format: { fill: { color: previous.color, pattern, ...(previous.patternColor ? { patternColor: previous.patternColor } : {}) } } }]]);
}

/** Queues the undo of `marks` on one sheet; returns how many cells it touches and the fills it restores. */
export function queueUndo(sheet: WorksheetApi, view: SheetView, marks: MarkRecord[]): { cells: number; restored: Map<string, PreviousFill> } {
  const restored = new Map<string, PreviousFill>();
  let cells = 0;
  for (const mark of marks) {
    let touched = false;
    // A fill the user changed after we marked is theirs now: leave it.
    if (stillOurs(view.fills.get(mark.address), mark)) {
      restoreFill(sheet.getRange(mark.address), mark.previous);
      restored.set(mark.address, mark.previous);
      touched = true;
    }
    if (mark.commentId && view.commentIds.has(mark.commentId)) {
      sheet.comments.getItem(mark.commentId).delete();
      touched = true;
    }
    if (touched) cells++;
  }
  return { cells, restored };
}

export interface WantedMark {
  address: string;
  color: string;
  text: string;
}

/** One mark per cell: the most severe finding's colour, every finding's message in the comment. */
export function wantedMarks(findings: Finding[]): WantedMark[] {
  const byCell = new Map<string, { severity: Severity; messages: string[] }>();
  for (const f of findings) {
    if (!f.cell) continue;
    const address = f.cell.replace(/\$/g, '').toUpperCase();
    parseCellAddress(address); // a finding always names one cell; anything else is a bug upstream
    const entry = byCell.get(address);
    if (!entry) byCell.set(address, { severity: f.severity, messages: [f.message] });
    else {
      if (RANK[f.severity] > RANK[entry.severity]) entry.severity = f.severity;
      if (!entry.messages.includes(f.message)) entry.messages.push(f.message);
    }
  }
  return [...byCell].map(([address, e]) => {
    const text = COMMENT_PREFIX + e.messages.join('\n');
    return { address, color: MARK_COLORS[e.severity], text: text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT - 1)}…` : text };
  });
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Queues the new marks; the returned records are complete (comment ids) after the next sync. */
export function queueMarks(
  sheet: WorksheetApi, sheetName: string, view: SheetView, restored: Map<string, PreviousFill>, wanted: WantedMark[],
): () => MarkRecord[] {
  const queued: { mark: WantedMark; previous: PreviousFill; comment: CommentApi | null }[] = [];
  for (const mark of wanted) {
    const previous = restored.get(mark.address) ?? view.fills.get(mark.address) ?? { color: '#FFFFFF', pattern: 'None' };
    sheet.getRange(mark.address).format.fill.color = mark.color;
    const comment = view.userCommentCells.has(mark.address) ? null : sheet.comments.add(`${quoteSheet(sheetName)}!${mark.address}`, mark.text);
    if (comment) comment.load('id');
    queued.push({ mark, previous, comment });
  }
  return () => queued.map(({ mark, previous, comment }) => ({
    sheet: sheetName, address: mark.address, color: mark.color, previous, commentId: comment ? comment.id : null,
  }));
}
