// Runs the CLI in-process with a fake terminal, as a user would run it.
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';

export interface Run { code: number; out: string; err: string }

export async function run(args: string[], stdin = ''): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    readStdin: async () => stdin,
  };
  const code = await main(args, io);
  return { code, out, err };
}

export { FIXTURE_II, FIXTURE_III } from '../helpers/fixtures';
