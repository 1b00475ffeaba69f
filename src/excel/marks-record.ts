// What the add-in remembers of its marks, in the document settings (so the file carries it):
// per cell, the colour it filled with, the fill that was there before, and the note or comment it
// added. "Clear" undoes exactly that. Thousands of marks must fit the settings, so the stored
// form is compact: one entry per sheet, the previous fills listed once and referred to by index.
import type { SettingsApi } from './office-api';

export const MARKS_KEY = 'ngansach.marks';

/** A cell's fill as Excel reports it; pattern "None" = no fill. */
export interface PreviousFill {
  color: string;
  pattern: string;
  patternColor?: string;
}

/** A note is found by its cell; we know it is still ours when its text still hashes the same. */
export type Annotation = { kind: 'comment'; id: string } | { kind: 'note'; hash: string } | null;

export interface MarkRecord {
  sheet: string;
  address: string;
  /** The colour we filled with, to tell whether the user has changed it since. */
  color: string;
  previous: PreviousFill;
  annotation: Annotation;
}

/** FNV-1a of the text as Excel may give it back (line ends and edge spaces normalised), in hex. */
export function textHash(text: string): string {
  const normal = text.replace(/\r\n?/g, '\n').trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    h ^= normal.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------- reading (both stored forms)
function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseFill(v: unknown): PreviousFill | null {
  if (Array.isArray(v)) {
    const [color, pattern, patternColor] = v;
    if (typeof color !== 'string' || typeof pattern !== 'string') return null;
    return typeof patternColor === 'string' ? { color, pattern, patternColor } : { color, pattern };
  }
  if (!isRecord(v) || typeof v.color !== 'string' || typeof v.pattern !== 'string') return null;
  return typeof v.patternColor === 'string' ? { color: v.color, pattern: v.pattern, patternColor: v.patternColor } : { color: v.color, pattern: v.pattern };
}

/** Version 1 (one object per mark, comments only), written by earlier releases. */
function parseV1(v: unknown): MarkRecord | null {
  if (!isRecord(v)) return null;
  const { sheet, address, color, commentId } = v;
  const previous = parseFill(v.previous);
  if (typeof sheet !== 'string' || typeof address !== 'string' || typeof color !== 'string' || !previous) return null;
  if (commentId !== null && typeof commentId !== 'string') return null;
  return { sheet, address, color, previous, annotation: commentId ? { kind: 'comment', id: commentId } : null };
}

/** Version 2: [address, colour, index of the previous fill, ("c", comment id) | ("n", note hash)]. */
function parseV2(sheet: string, fills: (PreviousFill | null)[], v: unknown): MarkRecord | null {
  if (!Array.isArray(v)) return null;
  const [address, color, fillIndex, kind, ref] = v;
  const previous = typeof fillIndex === 'number' ? fills[fillIndex] : null;
  if (typeof address !== 'string' || typeof color !== 'string' || !previous) return null;
  let annotation: Annotation = null;
  if (kind === 'c' && typeof ref === 'string') annotation = { kind: 'comment', id: ref };
  else if (kind === 'n' && typeof ref === 'string') annotation = { kind: 'note', hash: ref };
  else if (kind !== undefined) return null;
  return { sheet, address, color, previous, annotation };
}

/** Every well-formed mark recorded in the workbook; a malformed entry is dropped, not guessed. */
export function readMarks(settings: SettingsApi): MarkRecord[] {
  const raw = settings.get(MARKS_KEY);
  if (!isRecord(raw)) return [];
  if (raw.version === 2 && Array.isArray(raw.sheets)) {
    return raw.sheets.flatMap((entry) => {
      if (!isRecord(entry) || typeof entry.name !== 'string' || !Array.isArray(entry.fills) || !Array.isArray(entry.marks)) return [];
      const fills = entry.fills.map(parseFill);
      return entry.marks.map((m) => parseV2(entry.name as string, fills, m)).filter((m): m is MarkRecord => m !== null);
    });
  }
  if (!Array.isArray(raw.marks)) return [];
  return raw.marks.map(parseV1).filter((m): m is MarkRecord => m !== null);
}

// ---------------------------------------------------------------- writing (version 2)
export function writeMarks(settings: SettingsApi, marks: readonly MarkRecord[]): void {
  if (marks.length === 0) {
    settings.remove(MARKS_KEY);
    return;
  }
  const sheets = new Map<string, { fills: string[]; fillIndex: Map<string, number>; marks: unknown[] }>();
  for (const m of marks) {
    let entry = sheets.get(m.sheet);
    if (!entry) sheets.set(m.sheet, (entry = { fills: [], fillIndex: new Map(), marks: [] }));
    const fill = JSON.stringify(m.previous.patternColor ? [m.previous.color, m.previous.pattern, m.previous.patternColor] : [m.previous.color, m.previous.pattern]);
    let index = entry.fillIndex.get(fill);
    if (index === undefined) {
      index = entry.fills.length;
      entry.fills.push(fill);
      entry.fillIndex.set(fill, index);
    }
    const a = m.annotation;
    entry.marks.push(a === null ? [m.address, m.color, index] : a.kind === 'comment' ? [m.address, m.color, index, 'c', a.id] : [m.address, m.color, index, 'n', a.hash]);
  }
  settings.set(MARKS_KEY, {
    version: 2,
    sheets: [...sheets].map(([name, e]) => ({ name, fills: e.fills.map((f) => JSON.parse(f) as unknown), marks: e.marks })),
  });
}

/** The records as a marking run changes them, so what is saved matches the workbook even when the run stops half-way. */
export class MarksLedger {
  private readonly records: Set<MarkRecord>;
  changed = false;

  constructor(records: readonly MarkRecord[]) {
    this.records = new Set(records);
  }

  all(): MarkRecord[] {
    return [...this.records];
  }

  onSheet(sheet: string): MarkRecord[] {
    return this.all().filter((m) => m.sheet === sheet);
  }

  /** Our mark is gone from the workbook (undone, or its sheet deleted). */
  drop(record: MarkRecord): void {
    this.changed = this.records.delete(record) || this.changed;
  }

  add(record: MarkRecord): void {
    this.records.add(record);
    this.changed = true;
  }
}
