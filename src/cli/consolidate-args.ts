// The arguments of `ngansach consolidate`: files, folders (their .xlsx files, as officers keep a
// folder per round of submissions) and simple wildcards (`*.xlsx`, which Windows' cmd.exe passes
// through unexpanded), plus the options. Every mistake is one line and exit 2.
import * as fs from 'fs';
import * as path from 'path';
import { CONSOLIDATE_TEXT } from '../core/i18n/consolidate';
import { parseUnit } from '../core/money';
import type { Lang, MoneyUnit } from '../core/types';
import { cliText } from '../core/i18n/cli';
import { parseArgs } from './args';
import { checkOutPath } from './out-path';
import { UsageError } from './io';

const SPEC = { values: ['out', 'lang', 'unit', 'provinces', 'jobs'], switches: ['json'] };

export interface ConsolidateArgs {
  /** The workbooks, in the order given (folders and wildcards expanded, sorted). */
  files: string[];
  /** Arguments that named nothing usable, with why (reported like unusable files). */
  skipped: { file: string; reason: string }[];
  json: boolean;
  out?: string;
  lang: Lang;
  unit: MoneyUnit | null;
  provinces: '2025' | null;
  /** Threads reading files (the main one included); null = as many as the cores and the input are worth. */
  jobs: number | null;
}

const WORKBOOK = /\.xls[xm]$/i;
/** Excel's lock file of an open workbook ("~$an-giang.xlsx") is not a workbook. */
const isWorkbookName = (name: string) => WORKBOOK.test(name) && !name.startsWith('~$') && !name.startsWith('.');

function wildcard(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

function expand(arg: string): { files: string[]; reason?: string } {
  const base = path.basename(arg);
  if (/[*?]/.test(base)) {
    const dir = path.dirname(arg);
    const re = wildcard(base);
    const names = fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? fs.readdirSync(dir).filter((n) => re.test(n) && isWorkbookName(n)) : [];
    if (!names.length) return { files: [], reason: CONSOLIDATE_TEXT.noMatch(arg) };
    return { files: names.sort().map((n) => path.join(dir, n)) };
  }
  if (fs.existsSync(arg) && fs.statSync(arg).isDirectory()) {
    const names = fs.readdirSync(arg).filter(isWorkbookName).sort();
    if (!names.length) return { files: [], reason: CONSOLIDATE_TEXT.emptyFolder(arg) };
    return { files: names.map((n) => path.join(arg, n)) };
  }
  return { files: [arg] };
}

export function parseConsolidateArgs(argv: string[]): ConsolidateArgs {
  const parsed = parseArgs(argv, SPEC);
  if (parsed.positional.length === 0) throw new UsageError(CONSOLIDATE_TEXT.missingFiles());
  const lang = parsed.values.get('lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(cliText.badLang(lang));
  const unitText = parsed.values.get('unit');
  const unit = unitText === undefined ? null : parseUnit(unitText);
  if (unitText !== undefined && !unit) throw new UsageError(cliText.badUnit(unitText));
  const provincesText = parsed.values.get('provinces');
  if (provincesText !== undefined && provincesText !== '2025') throw new UsageError(CONSOLIDATE_TEXT.badProvinces(provincesText));
  const jobsText = parsed.values.get('jobs');
  const jobs = jobsText === undefined ? null : Number(jobsText);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) throw new UsageError(CONSOLIDATE_TEXT.badJobs(jobsText ?? ''));

  const files: string[] = [];
  const skipped: ConsolidateArgs['skipped'] = [];
  const seen = new Set<string>();
  for (const arg of parsed.positional) {
    const { files: found, reason } = expand(arg);
    if (reason) skipped.push({ file: arg, reason });
    for (const f of found) {
      const key = path.resolve(f);
      if (seen.has(key)) {
        skipped.push({ file: f, reason: CONSOLIDATE_TEXT.listedTwice(f) });
        continue;
      }
      seen.add(key);
      files.push(f);
    }
  }
  const out = parsed.values.get('out');
  if (out !== undefined) checkOutPath(out, files, { several: true });
  return { files, skipped, json: parsed.switches.has('json'), out, lang, unit, provinces: provincesText === '2025' ? '2025' : null, jobs };
}
