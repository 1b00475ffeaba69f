// Runs the CLI in-process with a fake terminal, as a user would run it.
import { main } from '../../src/cli/main';
import { linesOf } from '../../src/cli/io';
import type { CliIO } from '../../src/cli/io';

export interface Run { code: number; out: string; err: string }

async function* once(text: string): AsyncIterable<string> {
  if (text) yield text;
}

/** A CliIO's standard input holding `text`. */
export function stdinOf(text: string): CliIO['stdinLines'] {
  return () => linesOf(once(text));
}

export async function run(args: string[], stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    stdinLines: stdinOf(stdin),
  };
  const code = await main(args, io);
  return { code, out, err };
}

export { FIXTURE_II, FIXTURE_III } from '../helpers/fixtures';
