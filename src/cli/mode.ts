// `ngansach mode [--json]`: one "Tự đầu tư/Thuê" text a line on stdin, one answer a line out.
// Every input line gets exactly one output line (blank lines too), so the output can be pasted
// back next to the input column.
import { cliText } from '../core/i18n/cli';
import { modeToJSON, parseMode } from '../core/mode';
import { parseArgs } from './args';
import { CliIO, UsageError } from './io';
import { printable } from './printable';

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
      io.out(`${printable(line)}\t→ ${reading.mode} (${cliText.modeWords[reading.mode]})${vendor}\n`);
    }
    if (++count % 1000 === 0) await io.drain?.();
  }
  return 0;
}
