// The cell formats a result sheet needs, added to the user's xl/styles.xml: new fonts, fills,
// number formats and cell formats appended after the existing ones, whose indices never change
// (every user cell keeps pointing at its own format). Identical formats are added once.
import type { PlanRowCell } from '../core/sheetplan';
import { escapeAttr } from './sheet-xml';
import { END, START, applySplices, scanWhole, setAttr } from './xml';
import type { Splice } from './xml';

const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const;
type SectionName = (typeof ORDER)[number];

interface Section {
  /** The start tag [start, end), or null when the section is missing. */
  open: [number, number] | null;
  selfClosing: boolean;
  /** Where its end tag starts. */
  close: number;
  children: number;
}

/** Built-in number formats Excel knows by id (ECMA-376 18.8.30): no <numFmt> needed for these. */
const BUILT_IN_IDS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};

export const MINIMAL_STYLES = (mainNs: string): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${mainNs}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export class StyleBook {
  private readonly sections = new Map<SectionName, Section>();
  private prefix = '';
  private rootOpenEnd = 0;
  /** Font 0's content without bold, italic, underline or colour: the base of our fonts. */
  private baseFont = '<sz val="11"/><name val="Calibri"/>';
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly added: Record<SectionName, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellStyleXfs: [], cellXfs: [] };
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly xfIds = new Map<string, number>();
  private readonly formatOnly = new Map<string, number>();
  /** cellXfs ids of looks that are bold, italic, link and wrap flags only, by those four bits. */
  private readonly flagsOnly: number[] = [];

  constructor(private readonly xml: string) {
    let current: SectionName | null = null;
    const firstFont: { range: [number, number] | null } = { range: null };
    let fontStart = -1;
    scanWhole(xml, (kind, x) => {
      if (kind === START && x.level === 1) {
        const colon = x.qname.indexOf(':');
        this.prefix = colon < 0 ? '' : x.qname.slice(0, colon + 1);
        this.rootOpenEnd = x.end;
      } else if (kind === START && x.level === 2 && (ORDER as readonly string[]).includes(x.local)) {
        current = x.local as SectionName;
        this.sections.set(current, { open: [x.start, x.end], selfClosing: x.selfClosing, close: x.end, children: 0 });
        if (x.selfClosing) current = null;
      } else if (kind === START && x.level === 3 && current) {
        const section = this.sections.get(current) as Section;
        section.children++;
        if (current === 'numFmts' && x.local === 'numFmt') {
          const id = parseInt(x.attr('numFmtId') ?? '', 10);
          const code = x.attr('formatCode');
          if (id >= 0) {
            if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
            this.nextFormatId = Math.max(this.nextFormatId, id + 1);
          }
        }
        if (current === 'fonts' && section.children === 1 && !x.selfClosing) fontStart = x.end;
      } else if (kind === END && x.level === 3 && current === 'fonts' && fontStart >= 0 && !firstFont.range) {
        firstFont.range = [fontStart, x.start];
      } else if (kind === END && x.level === 2 && current && x.local === current) {
        (this.sections.get(current) as Section).close = x.start;
        current = null;
      }
    });
    if (firstFont.range) {
      const [a, b] = firstFont.range;
      this.baseFont = xml.slice(a, b).replace(/<([\w.-]+:)?(b|i|u|strike|color)(\s[^>]*)?\/>/g, '').replace(/<([\w.-]+:)?(b|i|u|strike|color)(\s[^>]*)?>\s*<\/([\w.-]+:)?\2>/g, '');
    }
  }

  private count(name: SectionName): number {
    return (this.sections.get(name)?.children ?? 0) + this.added[name].length;
  }

  private add(name: SectionName, element: string): number {
    const id = this.count(name);
    this.added[name].push(element);
    return id;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_IDS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.add('numFmts', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private fontId(bold: boolean, italic: boolean, link: boolean): number {
    if (!bold && !italic && !link) return 0;
    const key = `${+bold}${+italic}${+link}`;
    let id = this.fontIds.get(key);
    if (id === undefined) {
      const p = this.prefix;
      const extra = (bold ? `<${p}b/>` : '') + (italic ? `<${p}i/>` : '') + (link ? `<${p}u/><${p}color rgb="FF0563C1"/>` : '');
      id = this.add('fonts', `<${p}font>${extra}${this.baseFont}</${p}font>`);
      this.fontIds.set(key, id);
    }
    return id;
  }

  private fillId(rgb: string | undefined): number {
    if (!rgb) return 0;
    const color = rgb.replace(/^#/, '').toUpperCase();
    if (!/^[0-9A-F]{6}$/.test(color)) return 0;
    let id = this.fillIds.get(color);
    if (id === undefined) {
      const p = this.prefix;
      id = this.add('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${color}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
      this.fillIds.set(color, id);
    }
    return id;
  }

  /** The cellXfs index for a plan cell's look (0, the workbook's default, when it has none). */
  styleOf(pc: PlanRowCell): number {
    const link = !!pc.link;
    const plain = !pc.bold && !pc.italic && !link && !pc.fill && !pc.wrap && !pc.align;
    if (plain) {
      const format = pc.numberFormat;
      if (!format) return 0;
      // The common styled cell of a large sheet: an amount with its number format only.
      const known = this.formatOnly.get(format);
      if (known !== undefined) return known;
    }
    // A look made of flags alone (a link in every row of the data sheet): found by its flags,
    // without writing out the key below for every cell.
    const flagsOnly = !pc.numberFormat && !pc.fill && !pc.align;
    const flags = flagsOnly ? (+!!pc.bold) | (+!!pc.italic << 1) | (+link << 2) | (+!!pc.wrap << 3) : -1;
    if (flagsOnly) {
      const known = this.flagsOnly[flags];
      if (known !== undefined) return known;
    }
    const key = `${pc.numberFormat ?? ''}\u0001${+!!pc.bold}${+!!pc.italic}${+link}\u0001${pc.fill ?? ''}\u0001${+!!pc.wrap}${pc.align ?? ''}`;
    let id = this.xfIds.get(key);
    if (id !== undefined) {
      if (flagsOnly) this.flagsOnly[flags] = id;
      return id;
    }
    const p = this.prefix;
    const numFmtId = pc.numberFormat ? this.formatId(pc.numberFormat) : 0;
    const fontId = this.fontId(!!pc.bold, !!pc.italic, link);
    const fillId = this.fillId(pc.fill);
    if (this.count('borders') === 0) this.add('borders', `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`);
    const xfId = this.count('cellStyleXfs') > 0 ? ' xfId="0"' : '';
    const alignment = pc.wrap || pc.align
      ? `<${p}alignment${pc.align ? ` horizontal="${pc.align}"` : ''}${pc.wrap ? ' vertical="top" wrapText="1"' : ''}/>`
      : '';
    const applies = (numFmtId ? ' applyNumberFormat="1"' : '') + (fontId ? ' applyFont="1"' : '') + (fillId ? ' applyFill="1"' : '') + (alignment ? ' applyAlignment="1"' : '');
    const xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0"${xfId}${applies}`;
    id = this.add('cellXfs', alignment ? `${xf}>${alignment}</${p}xf>` : `${xf}/>`);
    this.xfIds.set(key, id);
    if (plain && pc.numberFormat) this.formatOnly.set(pc.numberFormat, id);
    if (flagsOnly) this.flagsOnly[flags] = id;
    return id;
  }

  get changed(): boolean {
    return ORDER.some((name) => this.added[name].length > 0);
  }

  /** The styles part with what was added. */
  render(): string {
    const splices: Splice[] = [];
    let after = this.rootOpenEnd;
    for (const name of ORDER) {
      const section = this.sections.get(name);
      const items = this.added[name].join('');
      if (section?.open) after = section.selfClosing ? section.open[1] : section.close + `</${this.prefix}${name}>`.length;
      if (!items) continue;
      const total = this.count(name);
      if (!section?.open) {
        splices.push({ start: after, end: after, text: `<${this.prefix}${name} count="${total}">${items}</${this.prefix}${name}>` });
        continue;
      }
      const [a, b] = section.open;
      const tag = setAttr(this.xml.slice(a, b), 'count', String(total));
      if (section.selfClosing) {
        splices.push({ start: a, end: b, text: `${tag.slice(0, -2)}>${items}</${this.prefix}${name}>` });
      } else {
        splices.push({ start: a, end: b, text: tag });
        splices.push({ start: section.close, end: section.close, text: items });
      }
    }
    return applySplices(this.xml, splices);
  }
}
