// One file's checked tables reduced to a FileDigest: every body row with its unit, its money cut
// by source and year exactly as the file's own totals cut it (summary.moneyParts), the system and
// mode of survey rows, and the file's findings. Plain data, so it crosses worker threads as is.
import { plain } from '../decimal';
import { columnLetter } from '../grid';
import type { CheckedTable } from '../model';
import { effectiveTotal, moneyParts } from '../summary';
import { classifySystem } from '../systems';
import type { DigestPart, DigestRow, DigestTable, FileDigest } from './types';
import { isSurveyTable, rowUnit, tableUnit } from './unit';

export function digestFile(file: string, tables: readonly CheckedTable[]): FileDigest {
  const digestTables: DigestTable[] = [];
  const rows: DigestRow[] = [];
  const findings: FileDigest['findings'] = [];
  tables.forEach((table, i) => {
    const tu = tableUnit(table, file);
    const survey = isSurveyTable(table);
    digestTables.push({ sheet: table.sheet, range: table.range, moneyUnit: table.unit, unitFrom: tu.from, survey });
    const amountCol = columnLetter(table.columns.amount);
    for (const row of table.rows) {
      if (row.kind === 'total') continue;
      const parts: DigestPart[] = [];
      if (row.kind === 'item') {
        for (const p of moneyParts(table, row)) {
          const years: [number, string][] = [...p.allocation.entries()].sort((a, b) => a[0] - b[0]).map(([y, v]) => [y, plain(v)]);
          parts.push({ code: p.code, type: p.type, amount: plain(p.amount), years });
        }
      }
      const total = row.kind === 'item' && parts.length ? effectiveTotal(row) : null;
      rows.push({
        unit: rowUnit(tu, row, file),
        table: i + 1,
        sheet: table.sheet,
        row: row.row,
        cell: `${amountCol}${row.row}`,
        stt: row.stt,
        name: row.name,
        kind: row.kind,
        system: survey ? classifySystem(row.system ?? row.name) : null,
        mode: row.mode ? row.mode.mode : survey ? 'unknown' : null,
        vendor: row.mode?.vendor ?? null,
        moneyUnit: table.unit,
        total: total ? plain(total) : null,
        parts,
      });
    }
    for (const f of table.findings) findings.push({ ...f, related: [...f.related], file, sheet: table.sheet });
  });
  return { ok: true, file, tables: digestTables, rows, findings };
}
