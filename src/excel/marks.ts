// Removable marks on a checked sheet: a fill on each finding's cell, and for errors and warnings a
// note (ExcelApi 1.18) or, where the host has no notes, a comment, whose text names the severity
// and the code. What was there before is recorded (marks-record.ts), so "clear" puts back exactly
// the fills we covered and deletes exactly what we added, never a user's own fill, note or
// comment. Every step runs in payload-sized requests, so thousands of marks stay under 5 MB.
import { markText, type MarkLine } from '../core/i18n/marks';
import type { Finding, Severity } from '../core/types';
import { parseCellAddress } from './a1';
import { syncInBatches } from './batches';
import { hostError } from './errors';
import type { MarkOptions } from './host';
import type { ClientResultApi, CommentApi, NoteApi, RangeApi, RequestContextApi, WorksheetApi } from './office-api';
import { OP_BYTES, jsonStringBytes } from './payload';
import { textHash, type MarkRecord, type MarksLedger, type PreviousFill } from './marks-record';

export const MARK_COLORS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** Notes and comments stay readable; a cell with more to say is cut with an ellipsis. */
const MAX_TEXT = 1500;
const NO_FILL: PreviousFill = { color: '#FFFFFF', pattern: 'None' };
/** The colour recorded for a mark whose fill was already given back: no cell ever has it. */
const FILL_GIVEN_BACK = 'none';

export interface WantedMark {
  address: string;
  color: string;
  /** The note or comment; null for a fill only. */
  text: string | null;
}

/** One mark per cell: the most severe finding's colour; a text for its errors and warnings (and info when asked). */
export function wantedMarks(findings: readonly Finding[], options: MarkOptions = {}): WantedMark[] {
  const byCell = new Map<string, { severity: Severity; lines: MarkLine[] }>();
  for (const f of findings) {
    if (!f.cell) continue;
    const address = f.cell.replace(/\$/g, '').toUpperCase();
    parseCellAddress(address); // a finding always names one cell; anything else is a bug upstream
    const entry = byCell.get(address) ?? { severity: f.severity, lines: [] };
    byCell.set(address, entry);
    if (RANK[f.severity] > RANK[entry.severity]) entry.severity = f.severity;
    if (!entry.lines.some((l) => l.code === f.code && l.message === f.message)) entry.lines.push({ severity: f.severity, code: f.code, message: f.message });
  }
  return [...byCell].map(([address, e]) => {
    const lines = e.lines.filter((l) => l.severity !== 'info' || options.annotateInfo === true).sort((a, b) => RANK[b.severity] - RANK[a.severity]);
    let text = lines.length ? markText(options.lang ?? 'vi', lines) : null;
    if (text && text.length > MAX_TEXT) text = `${text.slice(0, MAX_TEXT - 1)}…`;
    return { address, color: MARK_COLORS[e.severity], text };
  });
}

// ---------------------------------------------------------------- one sheet's marking job
export interface SheetJob {
  sheet: WorksheetApi;
  name: string;
  /** Our marks on this sheet, undone first. */
  previous: MarkRecord[];
  /** The marks to make (none when clearing). */
  wanted: WantedMark[];
}

/** What a sheet looks like where we mark it. */
interface SheetView {
  fills: Map<string, PreviousFill>;
  /** Note text by cell, where the cell has one (only when notes are used). */
  notes: Map<string, string>;
  commentIds: Set<string>;
  /** Cells holding a comment that is not ours; we never add a note or comment there. */
  userCommentCells: Set<string>;
}

const FILL_OPTIONS: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true, patternColor: true } } };

function fillOf(props: Excel.CellProperties | undefined): PreviousFill {
  const fill = props?.format?.fill;
  const out: PreviousFill = { color: (fill?.color ?? '#FFFFFF').toUpperCase(), pattern: String(fill?.pattern ?? 'None') };
  if (out.pattern !== 'None' && out.pattern !== 'Solid' && fill?.patternColor) out.patternColor = fill.patternColor;
  return out;
}

function localAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').toUpperCase();
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Reads the fill and note of every cell we will touch, with each sheet's protection and comment
 * ids riding along in the first request (payload-sized syncs), then where the comments that are
 * not ours sit (only when there are any). Refuses protected sheets before anything is written.
 */
async function inspect(context: RequestContextApi, jobs: readonly SheetJob[], notes: boolean): Promise<SheetView[]> {
  const views: SheetView[] = jobs.map(() => ({ fills: new Map(), notes: new Map(), commentIds: new Set(), userCommentCells: new Set() }));
  type Probe = { job: number; cell: string; noteBytes: number } | { job: number; comment: CommentApi } | 'sheets';
  const cellProbes: Probe[] = ['sheets'];
  jobs.forEach((job, j) => {
    const recordedNote = new Set(job.previous.filter((m) => m.annotation?.kind === 'note').map((m) => m.address));
    const cells = new Set([...job.previous.map((m) => m.address), ...job.wanted.map((w) => w.address)]);
    // A note we wrote is at most MAX_TEXT long; someone else's, a guess that a refusal corrects.
    for (const cell of cells) cellProbes.push({ job: j, cell, noteBytes: recordedNote.has(cell) ? MAX_TEXT * 3 : 1024 });
  });
  const probeBytes = (p: Probe): number => {
    if (p === 'sheets') return jobs.length * OP_BYTES * 4;
    return 'cell' in p ? OP_BYTES * 2 + 200 + (notes ? OP_BYTES * 2 + p.noteBytes : 0) : OP_BYTES * 2 + 200;
  };
  const queueProbes = (batch: readonly Probe[]) => {
    const done = batch.map((p) => {
      if (p === 'sheets') {
        for (const job of jobs) {
          job.sheet.protection.load('protected');
          job.sheet.comments.load('items/id');
        }
        return () => undefined;
      }
      const view = views[p.job];
      if ('comment' in p) {
        const where = p.comment.getLocation().load('address');
        return () => view.userCommentCells.add(localAddress(where.address));
      }
      const sheet = jobs[p.job].sheet;
      const fill = sheet.getRange(p.cell).getCellProperties(FILL_OPTIONS);
      const note = notes ? sheet.notes.getItemOrNullObject(p.cell).load('content') : null;
      return () => record(view, p.cell, fill, note);
    });
    return () => done.forEach((d) => d());
  };
  await syncInBatches<Probe>(context, { items: cellProbes, bytes: probeBytes, queue: queueProbes });
  if (jobs.some((job) => job.sheet.protection.protected)) throw hostError('protected');

  const commentProbes: Probe[] = [];
  jobs.forEach((job, j) => {
    const ours = new Set(job.previous.flatMap((m) => (m.annotation?.kind === 'comment' ? [m.annotation.id] : [])));
    for (const item of job.sheet.comments.items) {
      views[j].commentIds.add(item.id);
      if (!ours.has(item.id)) commentProbes.push({ job: j, comment: item });
    }
  });
  await syncInBatches<Probe>(context, { items: commentProbes, bytes: probeBytes, queue: queueProbes });
  return views;
}

/** After the sync that carried the probes: a cell's fill and note as they are now. */
function record(view: SheetView, cell: string, fill: ClientResultApi<Excel.CellProperties[][]>, note: NoteApi | null): void {
  view.fills.set(cell, fillOf(fill.value[0]?.[0]));
  if (note && !note.isNullObject) view.notes.set(cell, note.content);
}

/** Fills a cell with our colour; returns the cell, for the note that goes with it. */
function fillCell(sheet: WorksheetApi, address: string, color: string): RangeApi {
  const cell = sheet.getRange(address);
  paint(cell, color);
  return cell;
}

function paint(cell: RangeApi, color: string): void {
  cell.format.fill.color = color;
}

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

function noteIsOurs(view: SheetView, mark: MarkRecord): boolean {
  const text = view.notes.get(mark.address);
  return mark.annotation?.kind === 'note' && text !== undefined && textHash(text) === mark.annotation.hash;
}

/** One queued change; what it returns records it once Excel has done it. */
interface Change {
  bytes: number;
  queue(): () => void;
}

export interface MarkCounts {
  /** Cells whose old mark we took off (a fill put back, or a note or comment deleted). */
  cleared: number;
  /** Cells marked now. */
  marked: number;
}

/**
 * Undoes each job's previous marks and makes its wanted ones, recording every change in the
 * ledger as soon as Excel has confirmed it. `notes`: whether the host has worksheet.notes.
 */
export async function markSheets(
  context: RequestContextApi, jobs: readonly SheetJob[], ledger: MarksLedger, notes: boolean,
  progress?: (done: number, total: number) => void,
): Promise<MarkCounts> {
  const views = await inspect(context, jobs, notes);
  const counts: MarkCounts = { cleared: 0, marked: 0 };
  const changes: Change[] = [];

  jobs.forEach((job, j) => {
    const view = views[j];
    const { sheet } = job;
    // Fills and notes we take back, so a cell marked again records what was there before us.
    const restored = new Map<string, PreviousFill>();
    const freed = new Set<string>();
    for (const mark of job.previous) {
      const fillBack = stillOurs(view.fills.get(mark.address), mark);
      const a = mark.annotation;
      const noteBack = a?.kind === 'note' && noteIsOurs(view, mark);
      const commentBack = a?.kind === 'comment' && view.commentIds.has(a.id);
      if (fillBack) restored.set(mark.address, mark.previous);
      if (noteBack) freed.add(mark.address);
      // A note written on a host with notes, cleared on one without: the fill goes back now,
      // the note stays recorded (with no fill of ours left) for a host that can remove it.
      const noteLeft = a?.kind === 'note' && !notes;
      changes.push({
        bytes: OP_BYTES * 6,
        queue: () => {
          // A fill or note the user changed after we marked is theirs now: leave it.
          if (fillBack) restoreFill(sheet.getRange(mark.address), mark.previous);
          if (noteBack) sheet.notes.getItem(mark.address).delete();
          if (a?.kind === 'comment' && commentBack) sheet.comments.getItem(a.id).delete();
          return () => {
            ledger.drop(mark);
            if (noteLeft) ledger.add({ ...mark, color: FILL_GIVEN_BACK });
            if (fillBack || noteBack || commentBack) counts.cleared++;
          };
        },
      });
    }
    for (const want of job.wanted) {
      const previous = restored.get(want.address) ?? view.fills.get(want.address) ?? NO_FILL;
      const userNote = view.notes.has(want.address) && !freed.has(want.address);
      const text = want.text !== null && !userNote && !view.userCommentCells.has(want.address) ? want.text : null;
      changes.push({
        bytes: OP_BYTES * 6 + (text ? jsonStringBytes(text) + jsonStringBytes(want.address) : 0),
        queue: () => {
          const cell = fillCell(sheet, want.address, want.color);
          let comment: CommentApi | null = null;
          if (text && notes) sheet.notes.add(cell, text);
          else if (text) comment = sheet.comments.add(`${quoteSheet(job.name)}!${want.address}`, text).load('id');
          return () => {
            const annotation = !text ? null : comment ? { kind: 'comment' as const, id: comment.id } : { kind: 'note' as const, hash: textHash(text) };
            ledger.add({ sheet: job.name, address: want.address, color: want.color, previous, annotation });
            counts.marked++;
          };
        },
      });
    }
  });

  await syncInBatches<Change>(context, {
    items: changes,
    bytes: (c) => c.bytes,
    progress,
    queue: (batch) => {
      const done = batch.map((c) => c.queue());
      return () => done.forEach((d) => d());
    },
  });
  return counts;
}
