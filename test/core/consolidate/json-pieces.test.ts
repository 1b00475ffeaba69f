// `consolidate --json` writes its text in pieces (consolidationJSONPieces); it must be, byte for
// byte, what one JSON.stringify of the contract's object gave, each finding its own fields then
// `file` and `sheet`. Checked against that simple reference over generated files whose findings
// fall on and around the batch edges, with text JSON must escape.
import { consolidateDigests, consolidationJSONPieces, consolidationToJSON } from '../../../src/core/consolidate';
import type { ConsolidatedFinding, FileDigest, FileOutcome } from '../../../src/core/consolidate';
import { findingToJSON } from '../../../src/core/json';

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const TEXTS = ['Ô E11: mức "3.000 (600/năm)" khác số tổng', 'tab\there, new\nline, back\\slash', 'plain', '', 'Hệ thống \u2028 lạ'];

function findingsOf(file: string, n: number, next: () => number): ConsolidatedFinding[] {
  const out: ConsolidatedFinding[] = [];
  for (let i = 0; i < n; i++) {
    const pick = (list: string[]) => list[Math.floor(next() * list.length)];
    out.push({
      code: pick(['ANNUAL_MISMATCH', 'PROCEDURE_HINT', 'DUPLICATE_ITEM']) as ConsolidatedFinding['code'],
      severity: pick(['error', 'warning', 'info']) as ConsolidatedFinding['severity'],
      row: next() < 0.2 ? null : 4 + i,
      cell: next() < 0.2 ? null : `E${4 + i}`,
      message: `${pick(TEXTS)} #${i}`,
      expected: next() < 0.5 ? null : String(Math.floor(next() * 1e6)),
      actual: next() < 0.5 ? null : pick(TEXTS),
      suggestion: next() < 0.7 ? null : pick(TEXTS),
      related: next() < 0.5 ? [] : [`F${i}`, `[${file}]PL!G${i}`],
      file,
      sheet: next() < 0.1 ? null : 'PL IV',
    });
  }
  return out;
}

/** A file of one row (its unit a department no province grouping knows) and `findings` findings. */
function digest(file: string, findings: number, next: () => number): FileDigest {
  return {
    ok: true,
    file,
    tables: [{ sheet: 'PL IV', range: 'A3:E9', moneyUnit: 'triệu đồng', unitFrom: 'title', survey: false }],
    rows: [{
      file, unit: 'Sở Y tế', table: 1, sheet: 'PL IV', row: 4, cell: 'E4', stt: '1', name: 'Nền tảng LGSP', kind: 'item',
      system: null, mode: null, vendor: null, moneyUnit: 'triệu đồng', total: null, duplicateKey: null, parts: null,
    }],
    totals: [],
    findings: findingsOf(file, findings, next),
  };
}

/** The contract's object as one JSON.stringify wrote it before the pieces: a spread copy of each finding. */
function reference(outcomes: FileOutcome[]): string {
  const r = consolidateDigests(outcomes, OPTIONS);
  const json = consolidationToJSON(r);
  return JSON.stringify({ ...json, findings: r.findings.map((f) => ({ ...findingToJSON(f), file: f.file, sheet: f.sheet })) });
}

// Grouped by province, so the department lands in `unmatched`, the key after the findings.
const OPTIONS = { unit: null, provinces: '2025', lang: 'vi' } as const;
const pieces = (outcomes: FileOutcome[]) => [...consolidationJSONPieces(consolidateDigests(outcomes, OPTIONS))].join('');

describe('consolidate --json in pieces is the JSON of the whole', () => {
  // Totals of findings on and around the edges of a batch (50): none, one, a batch, one over, two and one over, many.
  test.each([[[0]], [[1]], [[50]], [[30, 21]], [[0, 40, 0, 61]], [[3, 7, 390, 1]]])('files with %j findings', (counts: number[]) => {
    const next = random(counts.reduce((a, b) => a * 31 + b, 7));
    const outcomes: FileOutcome[] = counts.map((n, i) => digest(`don-vi-${i + 1}.xlsx`, n, next));
    outcomes.push({ ok: false, file: 'hong.xlsx', reason: 'không phải tệp .xlsx' });
    const text = pieces(outcomes);
    expect(text).toBe(reference(outcomes));
    const json = JSON.parse(text);
    expect(json.findings).toHaveLength(counts.reduce((a, b) => a + b, 0));
    expect(json.unmatched).toEqual(['Sở Y tế']);
  });

  test('each finding lists its own fields, then file and sheet', () => {
    const outcomes: FileOutcome[] = [digest('a.xlsx', 1, random(1))];
    const [finding] = JSON.parse(pieces(outcomes)).findings;
    expect(Object.keys(finding)).toEqual(['code', 'severity', 'row', 'cell', 'message', 'expected', 'actual', 'suggestion', 'related', 'file', 'sheet']);
  });
});
