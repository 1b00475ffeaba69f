// Where --out may write, checked before any work so a typo costs nothing: an .xlsx name (.xlsm
// too where the copy keeps the user's macros), never one of the inputs, in a folder that exists
// and can be written to. `several`: the command takes many inputs (consolidate).
import fs from 'fs';
import path from 'path';
import { cliText } from '../core/i18n/cli';
import { UsageError } from './io';

export function checkOutPath(out: string, inputs: readonly string[], options: { macros?: boolean; several?: boolean } = {}): void {
  const ext = path.extname(out).toLowerCase();
  const macros = options.macros === true;
  if (ext !== '.xlsx' && !(macros && ext === '.xlsm')) throw new UsageError(cliText.outNotXlsx(out, macros));
  const target = path.resolve(out);
  // Never change what the user typed: the inputs are read-only to us.
  if (inputs.some((f) => path.resolve(f) === target)) throw new UsageError(cliText.outIsInput(out, options.several === true));
  const dir = path.dirname(target);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(cliText.outNoFolder(out, dir));
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw new UsageError(cliText.outIsFolder(out));
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new UsageError(cliText.outNoPermission(out, dir));
  }
}
