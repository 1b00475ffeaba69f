// The `consolidate --json` shape of CONTRACT.md. Amounts are plain decimal strings in the unit
// named beside them (`unitOfMoney`; a file's `total` in the file's own `unitOfMoney`).
import { plain, plainOrNull } from '../decimal';
import type { Decimal } from '../decimal';
import type { FindingJSON } from '../json';
import { Batched, findingToJSON, jsonPieces, listText } from '../json';
import { SOURCE_CODES, TYPE_KEYS } from '../source-codes';
import { SYSTEM_CODES, SystemCode } from '../systems';
import type { Mode, SourceCode } from '../types';
import { PROVINCES_2025_SOURCE } from '../units/provinces';
import { MODES } from './systems';
import type { ConsolidatedFinding, ConsolidationResult, Totals, TypeKey, UnitFrom } from './types';

export interface TotalsJSON {
  total: string;
  bySource: Record<SourceCode, string>;
  byType: Record<TypeKey, string>;
  byYear: Record<string, string>;
  byYearSource: Record<string, Partial<Record<SourceCode, string>>>;
}

export interface ConsolidateJSON {
  files: {
    file: string; unit: string | null; unitFrom: UnitFrom | null; tables: number; errors: number; warnings: number;
    total: string | null; unitOfMoney: string | null; units: string[]; reason: string | null;
  }[];
  unitOfMoney: string;
  provinces: { set: '2025'; source: string } | null;
  byUnit: Record<string, TotalsJSON & { members: string[]; membersFound: string[] }>;
  total: TotalsJSON;
  systems: Record<SystemCode, {
    units: number; byMode: Record<Mode, number>; byVendor: Record<string, number>; moneyByMode: Record<Mode, string>;
  }>;
  duplicates: { name: string; amount: string; cells: { file: string; sheet: string; cell: string; unit: string }[] }[];
  findings: (FindingJSON & { file: string; sheet: string | null })[];
  unmatched: string[];
  /** Added: the files' money a year or a month that no year takes (in no total), and the files; present only when there is some. */
  ratesWithoutYears?: { year: string | null; month: string | null; files: string[] };
}

function years<T, U>(map: Map<number, T>, f: (v: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [y, v] of map) out[String(y)] = f(v);
  return out;
}

function totalsToJSON(t: Totals): TotalsJSON {
  const bySource = {} as Record<SourceCode, string>;
  for (const c of SOURCE_CODES) bySource[c] = plain(t.bySource[c]);
  const byType = {} as Record<TypeKey, string>;
  for (const k of TYPE_KEYS) byType[k] = plain(t.byType[k]);
  return {
    total: plain(t.total),
    bySource,
    byType,
    byYear: years(t.byYear, plain),
    byYearSource: years(t.byYearSource, (parts) => {
      const out: Partial<Record<SourceCode, string>> = {};
      for (const c of SOURCE_CODES) {
        const v: Decimal | undefined = parts[c];
        if (v !== undefined) out[c] = plain(v);
      }
      return out;
    }),
  };
}

/** Everything but the findings and what follows them, in the contract's key order. */
function headToJSON(r: ConsolidationResult): Omit<ConsolidateJSON, 'findings' | 'unmatched'> {
  const byUnit: ConsolidateJSON['byUnit'] = {};
  for (const [name, t] of r.byUnit) byUnit[name] = { ...totalsToJSON(t), members: [...t.members], membersFound: [...t.membersFound] };
  const systems = {} as ConsolidateJSON['systems'];
  for (const s of SYSTEM_CODES) {
    const c = r.systems[s];
    const moneyByMode = {} as Record<Mode, string>;
    for (const m of MODES) moneyByMode[m] = plain(c.moneyByMode[m]);
    systems[s] = { units: c.units, byMode: { ...c.byMode }, byVendor: Object.fromEntries(c.byVendor), moneyByMode };
  }
  return {
    files: r.files.map((f) => ({
      file: f.file, unit: f.unit, unitFrom: f.unitFrom, tables: f.tables, errors: f.errors, warnings: f.warnings,
      total: plainOrNull(f.total), unitOfMoney: f.unitOfMoney, units: [...f.units], reason: f.reason,
    })),
    unitOfMoney: r.unitOfMoney,
    provinces: r.provinces ? { set: r.provinces, source: PROVINCES_2025_SOURCE } : null,
    byUnit,
    total: totalsToJSON(r.total),
    systems,
    duplicates: r.duplicates.map((d) => ({ name: d.name, amount: plain(d.amount), cells: d.cells.map((c) => ({ ...c })) })),
  };
}

type ConsolidatedFindingJSON = ConsolidateJSON['findings'][number];

// The finding's own JSON with its file and sheet added after: a spread copy of it ({...f, file})
// costs twice the time to make and to write out.
function findingJSON(f: ConsolidatedFinding): ConsolidatedFindingJSON {
  const json = findingToJSON(f) as ConsolidatedFindingJSON;
  json.file = f.file;
  json.sheet = f.sheet;
  return json;
}

export function consolidationToJSON(r: ConsolidationResult): ConsolidateJSON {
  return { ...headToJSON(r), findings: r.findings.map(findingJSON), unmatched: [...r.unmatched], ...ratesJSON(r) };
}

/**
 * Findings per batch: some 20.000 characters of two-byte text (Vietnamese messages, each with its
 * file and sheet), well under the size V8 allocates as a large object. A 200-finding batch was
 * over it, and cutting the brackets off such a string (which copies it) made writing the
 * findings four times slower.
 */
const FINDINGS_BATCH = 50;

/**
 * The `consolidate --json` text, exactly JSON.stringify(consolidationToJSON(r)), in pieces: the
 * findings (every file's, tens of thousands over a round of submissions) become JSON a batch at
 * a time, so they never exist all at once as one more object each and one string of tens of
 * megabytes, which cost more to build and collect than the text costs to write.
 */
export function consolidationJSONPieces(r: ConsolidationResult): Iterable<string> {
  return jsonPieces({ ...headToJSON(r), findings: new Batched(r.findings, listText(findingJSON), undefined, FINDINGS_BATCH), unmatched: r.unmatched, ...ratesJSON(r) });
}

/** `ratesWithoutYears` when some file states money a year no year takes; else nothing. */
function ratesJSON(r: ConsolidationResult): Pick<ConsolidateJSON, 'ratesWithoutYears'> {
  const rates = r.ratesWithoutYears;
  return rates ? { ratesWithoutYears: { year: plainOrNull(rates.year), month: plainOrNull(rates.month), files: [...rates.files] } } : {};
}
