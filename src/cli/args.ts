// A small, strict flag parser: unknown flags are errors (exit 2), never silently ignored.
import { cliText } from '../core/i18n/cli';
import { UsageError } from './io';

export interface FlagSpec {
  /** Flags that take a value: --sheet NAME or --sheet=NAME. */
  values: string[];
  /** Flags that are on/off: --json. */
  switches: string[];
}

export interface ParsedArgs {
  positional: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (spec.switches.includes(name)) {
      if (eq >= 0) throw new UsageError(cliText.switchTakesNoValue(name));
      parsed.switches.add(name);
    } else if (spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(cliText.needsValue(name));
      parsed.values.set(name, value);
    } else {
      const known = [...spec.values, ...spec.switches].map((f) => `--${f}`).join(', ');
      throw new UsageError(cliText.unknownOption(name, known));
    }
  }
  return parsed;
}
