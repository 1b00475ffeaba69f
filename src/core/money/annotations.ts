// What officers write in brackets after an amount, read as structured notes so the allocation
// and the checks can use them: "(600/năm)", "(240/năm 2020; 526/năm còn lại)",
// "(năm 2020 giải ngân 3.000)", "(quy mô hạng mục CNTT: 41.974; quy mô dự án 200.000 triệu đồng)".
// Whatever is not understood is kept as a remark, never dropped.
import type { Decimal } from '../decimal';
import type { MoneyNote } from '../types';
import { findAmounts, findYears, type FoundAmount } from './amounts';
import type { ScanText, Token } from './scan';

export interface NoteContext {
  /** Exponent for figures with no unit: the main amount's unit if it named one, else the default. */
  inheritedExponent: number;
  /** Converts a figure to the requested unit. */
  toRequested(value: Decimal, exponent: number): Decimal;
}

export interface NotesResult {
  notes: MoneyNote[];
  /** Doubts met while reading the notes ("1,234" inside a bracket). */
  reasons: string[];
}

function hasWords(tokens: readonly Token[], a: string, b: string): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text === a && tokens[i + 1].text === b) return true;
  }
  return false;
}

function sliceText(scan: ScanText, tokens: readonly Token[]): string {
  return scan.source.slice(tokens[0].start, tokens[tokens.length - 1].end);
}

function valueOf(amount: FoundAmount, ctx: NoteContext): Decimal {
  return ctx.toRequested(amount.value, amount.exponent ?? ctx.inheritedExponent);
}

function readSegment(scan: ScanText, tokens: readonly Token[], ctx: NoteContext, out: NotesResult): void {
  const text = sliceText(scan, tokens);
  const { amounts } = findAmounts(tokens);
  const amount = amounts[0];
  for (const a of amounts) out.reasons.push(...a.reasons.map((r) => `note: ${r}`));

  if (amount && hasWords(tokens, 'giai', 'ngan')) {
    const years = findYears(tokens.filter((_, idx) => idx < amount.first || idx >= amount.next));
    if (years.length > 0) {
      out.notes.push({ kind: 'disbursed', year: years[0], value: valueOf(amount, ctx), text });
      return;
    }
  }
  if (amount && hasWords(tokens, 'quy', 'mo')) {
    const labelTokens = tokens.slice(0, amount.first).filter((t) => !(t.kind === 'punct' && t.text === ':'));
    const label = labelTokens.length > 0 ? sliceText(scan, labelTokens) : 'quy mô';
    out.notes.push({ kind: 'scope', label, value: valueOf(amount, ctx), text });
    return;
  }
  if (amount && (amount.per === 'year' || amount.per === 'month')) {
    const rest = tokens.slice(amount.next);
    const note: MoneyNote = { kind: 'rate', value: valueOf(amount, ctx), per: amount.per, text };
    if (hasWords(rest, 'con', 'lai')) note.years = 'rest';
    else {
      const years = findYears(rest);
      if (years.length > 0) note.years = years;
    }
    out.notes.push(note);
    return;
  }
  if (amount && amount.spanYears !== null) {
    out.notes.push({ kind: 'span', years: amount.spanYears, text });
    return;
  }
  out.notes.push({ kind: 'remark', text });
}

/** Notes from one bracket's tokens (without the brackets); parts split at ";". */
export function readNotes(scan: ScanText, tokens: readonly Token[], ctx: NoteContext, out: NotesResult): void {
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (i < tokens.length && !(t.kind === 'punct' && t.text === ';')) continue;
    if (i > from) readSegment(scan, tokens.slice(from, i), ctx, out);
    from = i + 1;
  }
}
