// `ngansach money [--unit U] [--json]`: one text a line on stdin, one reading a line on stdout.
// With --json each line is the CONTRACT's JSON object; without it, a compact line an officer can
// read: the amount as Vietnamese write it, its unit, and the text it came from.
import { cliText } from '../core/i18n/cli';
import { formatVnd } from '../core/format';
import { moneyToJSON, parseMoney, parseUnit } from '../core/money';
import type { MoneyReading, MoneyUnit } from '../core/types';
import { parseArgs } from './args';
import { CliIO, MAX_LINE, UsageError } from './io';
import { printable } from './printable';

const PER_SUFFIX = { total: '', year: '/năm', month: '/tháng' } as const;

/** Lines are read and written in batches so a million-line input never sits in memory. */
const BATCH = 1000;

function unitOption(text: string | undefined): MoneyUnit {
  if (text === undefined) return 'triệu đồng';
  const unit = parseUnit(text);
  if (!unit) throw new UsageError(cliText.badUnit(text));
  return unit;
}

export function humanLine(r: MoneyReading): string {
  const source = `← ${printable(JSON.stringify(r.input))}`;
  if (r.dash) return `-  ${cliText.moneyDash}  ${source}`;
  if (r.value === null) return `?  (${r.reason ?? 'no amount'})  ${source}`;
  const amount = `${formatVnd(r.value)} ${r.unit}${PER_SUFFIX[r.per]}`;
  const doubt = r.ambiguous ? `  [?] ${r.reason ?? ''}` : '';
  return `${amount}  ${source}${doubt}`;
}

export async function runMoney(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, { values: ['unit'], switches: ['json'] });
  if (parsed.positional.length > 0) {
    throw new UsageError(cliText.moneyNoFile());
  }
  const unit = unitOption(parsed.values.get('unit'));
  const json = parsed.switches.has('json');

  let batch: string[] = [];
  for await (const line of io.stdinLines()) {
    const reading = line.cut
      ? { ...parseMoney('', { unit }), input: line.text, reason: cliText.lineTooLong(MAX_LINE) }
      : parseMoney(line.text, { unit });
    batch.push(json ? JSON.stringify(moneyToJSON(reading)) : humanLine(reading));
    if (batch.length >= BATCH) {
      io.out(batch.join('\n') + '\n');
      batch = [];
      await io.drain?.();
    }
  }
  if (batch.length > 0) io.out(batch.join('\n') + '\n');
  return 0;
}
