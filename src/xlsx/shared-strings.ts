// xl/sharedStrings.xml: the text of each shared string, plain (<t>) or rich (the runs' <t>s
// joined); phonetic runs (<rPh>) are not part of the text.
import { xlsxText } from '../core/i18n/xlsx';
import { XlsxError } from './errors';
import { MAX_CELL_TEXT } from './limits';
import type { XlsxPackage } from './package';
import { END, START, TEXT } from './xml';

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** ST_Xstring escapes: "_x000D_" is a carriage return, "_x005F_" an underscore. */
export function unescapeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export async function readSharedStrings(pkg: XlsxPackage, part: string | null): Promise<string[]> {
  const out: string[] = [];
  if (!part) return out;
  let text = '';
  let inRun = false;
  let taking = false;
  await pkg.scan(part, (kind, x) => {
    if (kind === TEXT) {
      text += x.text;
      if (text.length > MAX_CELL_TEXT) throw new XlsxError(xlsxText.cellTooLong(pkg.fileName, part, MAX_CELL_TEXT));
      return;
    }
    if (kind === START) {
      if (x.level === 2 && x.local === 'si') {
        text = '';
        if (x.selfClosing) out.push('');
      } else if (x.local === 't' && (x.level === 3 || (x.level === 4 && inRun))) {
        taking = !x.selfClosing;
        x.keepText = taking;
      } else if (x.level === 3 && x.local === 'r') {
        inRun = !x.selfClosing;
      }
    } else if (kind === END) {
      if (x.local === 't' && taking) {
        taking = false;
        x.keepText = false;
      } else if (x.level === 3 && x.local === 'r') {
        inRun = false;
      } else if (x.level === 2 && x.local === 'si') {
        out.push(unescapeXstring(text));
      }
    }
  });
  return out;
}
