// "Tổng hợp nhiều tệp" off the pane's main thread: the officer's .xlsx files, as bytes, read one
// at a time with the one reader (src/xlsx/browser), checked and digested by the same core as the
// CLI, then consolidated. Only the digests stay (a file's grids are let go before the next is
// read); the files' bytes are kept so a language switch or another grouping re-runs without
// asking the officer to pick them again. Runs in the check worker, or on the main thread.
import { buildConsolidationSheets, consolidateDigests, consolidationToJSON, digestRead, WORKBOOK_UNIT_PREFIX } from '../../core/consolidate';
import type { ConsolidateJSON, ConsolidationResult, FileOutcome } from '../../core/consolidate';
import type { SheetPlan } from '../../core/sheetplan';
import type { Lang } from '../../core/types';
import { readWorkbookBytes, XlsxError } from '../../xlsx/browser';
import type { Phase } from '../check/protocol';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ConsolidateChoices {
  /** '2025': group the old provinces into the 34 of 01/7/2025. */
  provinces: '2025' | null;
  lang: Lang;
}

type Progress = (phase: Phase, done: number, total: number) => void;

function outcomeOf(file: PickedFile, lang: Lang): Promise<FileOutcome> {
  // Sheets ngansach wrote (a consolidation written into this workbook before) are not a unit's table.
  const read = () => readWorkbookBytes(file.bytes, { fileName: file.name, skipOwnSheets: true });
  return digestRead(file.name, read, (error): error is Error => error instanceof XlsxError, lang, true);
}

export class ConsolidateService {
  private files: PickedFile[] = [];
  private outcomes: FileOutcome[] = [];
  private readIn: Lang | null = null;
  private result: ConsolidationResult | null = null;

  /** `files` null: the files of the last run (another language or grouping). */
  async run(files: PickedFile[] | null, choices: ConsolidateChoices, progress: Progress): Promise<ConsolidateJSON> {
    if (files) {
      this.files = files;
      this.readIn = null;
    }
    // Findings are worded as each file is checked: another language checks the files again.
    if (this.readIn !== choices.lang) {
      this.outcomes = [];
      progress('read', 0, this.files.length);
      for (const [i, file] of this.files.entries()) {
        this.outcomes.push(await outcomeOf(file, choices.lang));
        progress('read', i + 1, this.files.length);
      }
      this.readIn = choices.lang;
    }
    progress('check', 0, 1);
    this.result = consolidateDigests(this.outcomes, { unit: null, provinces: choices.provinces, lang: choices.lang });
    return consolidationToJSON(this.result);
  }

  /**
   * The sheets to write into the open workbook, in the order to write them: the unit sheets
   * first, then "NS Hệ thống" and "NS Tổng hợp", whose formulas name them (Excel turns a formula
   * naming a sheet that does not exist yet into #REF! and never repairs it).
   */
  plans(lang: Lang): SheetPlan[] {
    if (!this.result) throw new Error('consolidation sheets before any consolidation');
    const [summary, systems, ...units] = buildConsolidationSheets(this.result, lang, { unitSheetPrefix: WORKBOOK_UNIT_PREFIX });
    return [...units, systems, summary];
  }
}
