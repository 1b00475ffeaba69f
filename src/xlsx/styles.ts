// xl/styles.xml as far as a Grid needs it: for each cell format (cellXfs index), its number
// format text, whether it shows a date, and whether its font is bold.
import type { XlsxPackage } from './package';
import { END, START } from './xml';

export interface CellStyles {
  /** Number format text per cellXfs index ("General" when none). */
  numFmt: string[];
  isDate: boolean[];
  bold: boolean[];
}

/** Built-in number formats (ECMA-376 18.8.30), as Excel shows them in an en-US workbook. */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy',
  18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** Built-in ids that show dates or times (incl. the East Asian ones with locale-defined text). */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** Whether a format code shows a date or time: a d, m, y, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*]/g, '').replace(/\\./g, '').replace(/[_*]./g, '');
  // Only the first section decides (positive numbers); "General" holds none of these letters.
  const first = bare.split(';')[0];
  return /[dmyhs]/i.test(first) && !/^general$/i.test(first.trim());
}

function flag(value: string | undefined): boolean {
  return value === undefined || value === '1' || value === 'true';
}

export async function readStyles(pkg: XlsxPackage, part: string | null): Promise<CellStyles> {
  const custom = new Map<number, string>();
  const fonts: boolean[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = '';
  let fontBold = false;
  if (part) {
    await pkg.scan(part, (kind, x) => {
      if (kind === START) {
        if (x.level === 2) {
          section = x.local;
        } else if (x.level === 3) {
          if (section === 'numFmts' && x.local === 'numFmt') {
            const id = parseInt(x.attr('numFmtId') ?? '', 10);
            const code = x.attr('formatCode');
            if (id >= 0 && code !== undefined) custom.set(id, code);
          } else if (section === 'fonts' && x.local === 'font') {
            fontBold = false;
            if (x.selfClosing) fonts.push(false);
          } else if (section === 'cellXfs' && x.local === 'xf') {
            xfs.push({ numFmtId: parseInt(x.attr('numFmtId') ?? '0', 10) || 0, fontId: parseInt(x.attr('fontId') ?? '0', 10) || 0 });
          }
        } else if (x.level === 4 && section === 'fonts' && x.local === 'b') {
          fontBold = flag(x.attr('val'));
        }
      } else if (kind === END) {
        if (x.level === 2) section = '';
        else if (x.level === 3 && section === 'fonts' && x.local === 'font') fonts.push(fontBold);
      }
    });
  }
  const styles: CellStyles = { numFmt: [], isDate: [], bold: [] };
  if (xfs.length === 0) xfs.push({ numFmtId: 0, fontId: 0 });
  for (const xf of xfs) {
    const code = custom.get(xf.numFmtId) ?? BUILT_IN[xf.numFmtId] ?? 'General';
    styles.numFmt.push(code);
    styles.isDate.push(custom.has(xf.numFmtId) ? isDateFormat(code) : builtInDate(xf.numFmtId));
    styles.bold.push(fonts[xf.fontId] === true);
  }
  return styles;
}
