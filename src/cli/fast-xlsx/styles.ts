// xl/styles.xml as far as the Grid needs it: per cellXfs index, the number format ExcelJS gives
// the cell (custom <numFmt> or a built-in id) and whether its font is bold (ExcelJS takes any
// <b> element as bold, whatever its val).
import { Unsupported, attrs, closeOf, nextTag } from './xml';

/** The parts of an ExcelJS style model the Grid reads. `font` says a font is set at all. */
export interface Style {
  numFmt?: string;
  font?: { bold: boolean };
}

export const NO_STYLE: Style = {};

/** ExcelJS's built-in number formats (lib/xlsx/defaultnumformats.js, the ids with an `f`). */
const BUILT_IN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy',
  18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

export interface Styles {
  /** ExcelJS's getStyleModel(id): null when the cellXfs entry does not exist. */
  get(id: number): Style | null;
}

/** [start, end) of the content of the first <name>...</name> section, or null when absent. */
function section(xml: string, name: string): [number, number] | null {
  let p = 0;
  for (;;) {
    const i = xml.indexOf(`<${name}`, p);
    if (i < 0) return null;
    const tag = nextTag(xml, i);
    if (tag && tag.name === name && !tag.close) {
      if (tag.selfClosing) return [tag.end, tag.end];
      return [tag.end, closeOf(xml, name, tag.end)];
    }
    p = i + 1;
  }
}

/** Direct children named `child` of a section: their attributes and the [start, end) of their content. */
function children(xml: string, range: [number, number], child: string): { attrs: Map<string, string>; from: number; to: number }[] {
  const out: { attrs: Map<string, string>; from: number; to: number }[] = [];
  let p = range[0];
  for (;;) {
    const tag = nextTag(xml, p);
    if (!tag || tag.start >= range[1]) break;
    if (tag.close) throw new Unsupported(`styles: unexpected </${tag.name}>`);
    if (tag.name !== child) throw new Unsupported(`styles: <${tag.name}> among <${child}>`);
    if (tag.selfClosing) {
      out.push({ attrs: attrs(tag.attrText), from: tag.end, to: tag.end });
      p = tag.end;
    } else {
      const close = closeOf(xml, child, tag.end);
      out.push({ attrs: attrs(tag.attrText), from: tag.end, to: close });
      p = close + child.length + 3;
    }
  }
  return out;
}

export function parseStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  const numFmts = section(xml, 'numFmts');
  if (numFmts) {
    for (const nf of children(xml, numFmts, 'numFmt')) {
      const code = nf.attrs.get('formatCode');
      if (code === undefined) throw new Unsupported('styles: numFmt without formatCode'); // ExcelJS fails
      custom.set(parseInt(nf.attrs.get('numFmtId') ?? '', 10), code.replace(/[\\](.)/g, '$1'));
    }
  }
  const fontsRange = section(xml, 'fonts');
  const xfsRange = section(xml, 'cellXfs');
  if (!fontsRange || !xfsRange) throw new Unsupported('styles: no <fonts> or <cellXfs>');
  const fonts = children(xml, fontsRange, 'font').map((f) => {
    const inner = xml.slice(f.from, f.to);
    return { bold: /<b[\s/>]/.test(inner) };
  });
  if (fonts.length === 0) throw new Unsupported('styles: no fonts');
  const xfs = children(xml, xfsRange, 'xf').map((x) => ({
    numFmtId: parseInt(x.attrs.get('numFmtId') ?? '', 10),
    fontId: parseInt(x.attrs.get('fontId') ?? '', 10),
  }));
  if (xfs.length === 0) throw new Unsupported('styles: no cellXfs');
  const cache = new Map<number, Style>();
  return {
    get(id: number): Style | null {
      const xf = xfs[id];
      if (!xf) return null;
      let model = cache.get(id);
      if (model) return model;
      model = {};
      if (xf.numFmtId) {
        const fmt = custom.get(xf.numFmtId) || BUILT_IN[xf.numFmtId];
        if (fmt) model.numFmt = fmt;
      }
      if (xf.fontId || xf.fontId === 0) {
        const font = fonts[xf.fontId];
        if (font) model.font = font;
      }
      cache.set(id, model);
      return model;
    },
  };
}
