// xl/sharedStrings.xml: the text of each shared string, plain (<t>) or rich (the runs' <t>s
// joined); phonetic runs (<rPh>) are not part of the text.
import { xlsxText } from '../core/i18n/xlsx';
import { XlsxError } from './errors';
import { MAX_CELL_TEXT } from './limits';
import type { XlsxPackage } from './package';
import { END, START, TEXT } from './xml';
import type { XmlScanner } from './xml';

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
/** Text the fast path leaves to the tokens: references, line ends, characters XML refuses. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const SPECIAL = /[&\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

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
  /** The usual entry, <si><t>text</t></si>, read without tokens. */
  const fastEntry = (x: XmlScanner): boolean => {
    if (x.depth !== 1) return false;
    const b = x.buffer;
    let k = x.position;
    if (!b.startsWith('<si><t', k)) return false;
    k += 6;
    if (b.startsWith('>', k)) k += 1;
    else if (b.startsWith(' xml:space="preserve">', k)) k += 22;
    else return false;
    const lt = b.indexOf('<', k);
    if (lt < 0 || !b.startsWith('</t></si>', lt)) return false;
    const text = b.slice(k, lt);
    if (SPECIAL.test(text)) return false;
    if (text.length > MAX_CELL_TEXT) throw new XlsxError(xlsxText.cellTooLong(pkg.fileName, part, MAX_CELL_TEXT));
    out.push(unescapeXstring(text));
    x.skipTo(lt + 9);
    return true;
  };
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
  }, fastEntry);
  return out;
}
