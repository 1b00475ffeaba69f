// `ngansach consolidate FILE...`: many units' workbooks into one table. Each file is read and
// checked as `check` would (on worker threads, one file per thread at a time), reduced to a
// digest, and the digests are consolidated by the core. Unusable files are skipped with one line
// each; exit 2 only when no file could be used, else 1 if any file has error findings, else 0.
import { buildConsolidationSheets, consolidateDigests, consolidationJSONPieces } from '../core/consolidate';
import type { FileOutcome } from '../core/consolidate';
import { CONSOLIDATE_TEXT } from '../core/i18n/consolidate';
import { parseConsolidateArgs } from './consolidate-args';
import { digestAll } from './consolidate-pool';
import { formatConsolidateReport } from './consolidate-report';
import type { CliIO } from './io';
import { UsageError, writePieces } from './io';
import { writeNewWorkbook } from '../xlsx/write';

export async function runConsolidate(argv: string[], io: CliIO): Promise<number> {
  const args = parseConsolidateArgs(argv);
  // Each row's money by year is kept only for the workbook --out writes.
  const digested = await digestAll(args.files, args.lang, args.jobs, args.out !== undefined);
  const outcomes: FileOutcome[] = [...args.skipped.map((s): FileOutcome => ({ ok: false, file: s.file, reason: s.reason })), ...digested];
  for (const o of outcomes) if (!o.ok) io.err(CONSOLIDATE_TEXT.skipped(o.reason) + '\n');
  if (!outcomes.some((o) => o.ok)) throw new UsageError(CONSOLIDATE_TEXT.noUsableFile(outcomes.length));

  const result = consolidateDigests(outcomes, { unit: args.unit, provinces: args.provinces, lang: args.lang });
  let wrote: { file: string; sheets: number } | undefined;
  if (args.out) {
    const plans = buildConsolidationSheets(result, args.lang);
    await writeNewWorkbook(args.out, plans);
    wrote = { file: args.out, sheets: plans.length };
  }
  if (args.json) await writePieces(consolidationJSONPieces(result), io);
  else io.out(formatConsolidateReport(result, args.lang, { wrote }));
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
