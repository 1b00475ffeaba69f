// `ngansach`: the command line door. Each command lives in its own module; this file only
// dispatches and turns bad input into exit 2 with one line, never a stack trace.
import { XlsxError } from '../xlsx/errors';
import { cliText } from '../core/i18n/cli';
import { CliIO, UsageError, processIO } from './io';

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check')).runCheck,
  money: async () => (await import('./money')).runMoney,
  mode: async () => (await import('./mode')).runMode,
  scenario: async () => (await import('./scenario')).runScenario,
  consolidate: async () => (await import('./consolidate')).runConsolidate,
};

export const USAGE = `ngansach — kiểm tra và tổng hợp ngân sách CNTT (Vietnamese public IT budgets)

  ngansach check FILE.xlsx [--sheet NAME] [--json] [--out OUT.xlsx] [--lang vi|en] [--period 2021-2025] [--unit "triệu đồng"] [--ruleset auto|nd73-2019|nd45-2026|nd224-2026]
  ngansach money [--unit U] [--json]        (one text a line on stdin)
  ngansach mode [--json]                    (one text a line on stdin)
  ngansach scenario FILE.json|FILE.xlsx [--json] [--out OUT.xlsx] [--lang vi|en]
  ngansach consolidate FILE|FOLDER... [--json] [--out OUT.xlsx] [--provinces 2025] [--unit U] [--lang vi|en] [--jobs N]
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(`ngansach: ${cliText.unknownCommand(name)}\n`);
    return 2;
  }
  // "ngansach check --help": the usage, not an unknown-option error.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof XlsxError) {
      io.err(`ngansach ${name}: ${err.message}\n`);
      return 2;
    }
    // Not a user's mistake: still one line, plus where to look, never a raw stack.
    const message = err instanceof Error ? err.message : String(err);
    io.err(`ngansach ${name}: ${cliText.internal(message)}\n`);
    if (process.env.NGANSACH_DEBUG && err instanceof Error && err.stack) io.err(err.stack + '\n');
    return 2;
  }
}
