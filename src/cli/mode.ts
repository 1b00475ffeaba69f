// `ngansach mode [--json]`: one "Tự đầu tư/Thuê" text a line on stdin, one answer a line out.
// Every input line gets exactly one output line (blank lines too), so the output can be pasted
// back next to the input column.
import { cliText } from '../core/i18n/cli';
import { modeToJSON, parseMode } from '../core/mode';
import type { Mode } from '../core/types';
import { parseArgs } from './args';
import { CliIO, UsageError } from './io';
import { printable } from './printable';

/** Short Vietnamese words for the human line; the JSON keeps the contract's English codes. */
const MODE_WORDS: Record<Mode, string> = {
  invest: 'đầu tư',
  lease: 'thuê',
  mixed: 'đầu tư + thuê',
  provided: 'được cấp',
  free: 'miễn phí',
  pilot: 'thử nghiệm',
  unknown: 'chưa rõ',
};

export async function runMode(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, { values: [], switches: ['json'] });
  if (parsed.positional.length > 0) {
    throw new UsageError(cliText.modeNoFile());
  }
  const json = parsed.switches.has('json');
  let count = 0;
  for await (const { text: line } of io.stdinLines()) {
    const reading = parseMode(line);
    if (json) {
      io.out(JSON.stringify(modeToJSON(reading)) + '\n');
    } else {
      const vendor = reading.vendor ? ` · ${reading.vendor}` : '';
      io.out(`${printable(line)}\t→ ${reading.mode} (${MODE_WORDS[reading.mode]})${vendor}\n`);
    }
    if (++count % 1000 === 0) await io.drain?.();
  }
  return 0;
}
