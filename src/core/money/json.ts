// The `money --json` line (CONTRACT.md), plus the additive fields reason, notes and dash.
// Amounts are plain decimal strings in the reading's unit.
import { plain, plainOrNull } from '../decimal';
import type { MoneyNote, MoneyReading } from '../types';

export type MoneyNoteJSON =
  | { kind: 'rate'; value: string; per: 'year' | 'month'; years?: number[] | 'rest'; text: string }
  | { kind: 'disbursed'; year: number; value: string; text: string }
  | { kind: 'scope'; label: string; value: string; text: string }
  | { kind: 'span'; years: number; text: string }
  | { kind: 'remark'; text: string };

export interface MoneyJSON {
  input: string;
  value: string | null;
  unit: string;
  per: string;
  unitExplicit: boolean;
  ambiguous: boolean;
  reason: string | null;
  notes: MoneyNoteJSON[];
  dash: boolean;
}

export function noteToJSON(note: MoneyNote): MoneyNoteJSON {
  switch (note.kind) {
    case 'rate': {
      const out: MoneyNoteJSON = { kind: 'rate', value: plain(note.value), per: note.per, text: note.text };
      if (note.years !== undefined) out.years = note.years === 'rest' ? 'rest' : [...note.years];
      return out;
    }
    case 'disbursed':
      return { kind: 'disbursed', year: note.year, value: plain(note.value), text: note.text };
    case 'scope':
      return { kind: 'scope', label: note.label, value: plain(note.value), text: note.text };
    case 'span':
      return { kind: 'span', years: note.years, text: note.text };
    case 'remark':
      return { kind: 'remark', text: note.text };
  }
}

export function moneyToJSON(r: MoneyReading): MoneyJSON {
  return {
    input: r.input,
    value: plainOrNull(r.value),
    unit: r.unit,
    per: r.per,
    unitExplicit: r.unitExplicit,
    ambiguous: r.ambiguous,
    reason: r.reason,
    notes: r.notes.map(noteToJSON),
    dash: r.dash,
  };
}
