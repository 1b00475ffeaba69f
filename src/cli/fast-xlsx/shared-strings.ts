// xl/sharedStrings.xml as ExcelJS's SharedStringXform reads it: a plain <t> gives a string
// (with _xHHHH_ escapes resolved), <r> runs give rich text (the runs' texts joined), an <si>
// with neither gives an object that is a value but no text. Phonetic runs (<rPh>) are ignored.
import type { CellValue } from '../../core/grid';
import { Unsupported, closeOf, decodeText, nextTag } from './xml';

export interface SharedString {
  /** What the Grid shows. */
  value: CellValue;
  /** Whether ExcelJS counts the cell as holding a value (an empty plain string does not). */
  present: boolean;
}

const ESCAPE = /_x([0-9A-F]{4})_/g;

/** TextXform's model: the text with _xHHHH_ escapes resolved. */
export function unescapeText(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text content of an element whose content is [from, to) and holds no child elements. */
function leafText(xml: string, from: number, to: number): string {
  const inner = xml.slice(from, to);
  if (inner.indexOf('<') >= 0) throw new Unsupported('xml: markup inside a text element');
  return decodeText(inner);
}

/** One rich-text run <r>...</r>, content [from, to): the text of its (last) <t>, or '' without one. */
export function runText(xml: string, from: number, to: number): string {
  let text = '';
  let p = from;
  for (;;) {
    const tag = nextTag(xml, p);
    if (!tag || tag.start >= to) break;
    if (tag.close) { p = tag.end; continue; }
    if (tag.name === 't') {
      if (tag.selfClosing) { text = ''; p = tag.end; continue; }
      const close = closeOf(xml, 't', tag.end);
      text = unescapeText(leafText(xml, tag.end, close));
      p = close + 4;
    } else if (tag.name === 'rPr') {
      p = tag.selfClosing ? tag.end : closeOf(xml, 'rPr', tag.end) + 6;
    } else {
      throw new Unsupported(`sharedStrings: <${tag.name}> in a run`);
    }
  }
  return text;
}

export function parseSharedStrings(xml: string): SharedString[] {
  const out: SharedString[] = [];
  const sst = xml.indexOf('<sst');
  if (sst < 0) throw new Unsupported('sharedStrings: no <sst>');
  let p = sst;
  const first = nextTag(xml, p);
  if (!first || first.name !== 'sst') throw new Unsupported('sharedStrings: no <sst>');
  if (first.selfClosing) return out;
  p = first.end;
  for (;;) {
    const tag = nextTag(xml, p);
    if (!tag) throw new Unsupported('sharedStrings: not closed');
    if (tag.close) {
      if (tag.name === 'sst') break;
      throw new Unsupported(`sharedStrings: unexpected </${tag.name}>`);
    }
    if (tag.name !== 'si') throw new Unsupported(`sharedStrings: unexpected <${tag.name}>`); // ExcelJS throws too
    if (tag.selfClosing) {
      out.push({ value: null, present: true });
      p = tag.end;
      continue;
    }
    const end = closeOf(xml, 'si', tag.end);
    out.push(parseSi(xml, tag.end, end));
    p = end + 5;
  }
  return out;
}

function parseSi(xml: string, from: number, to: number): SharedString {
  let plain: string | null = null;
  let runs: string[] | null = null;
  let p = from;
  for (;;) {
    const tag = nextTag(xml, p);
    if (!tag || tag.start >= to) break;
    if (tag.close) throw new Unsupported(`sharedStrings: unexpected </${tag.name}>`);
    if (tag.name === 't') {
      if (tag.selfClosing) plain = '';
      else {
        const close = closeOf(xml, 't', tag.end);
        plain = unescapeText(leafText(xml, tag.end, close));
        p = close + 4;
        continue;
      }
      p = tag.end;
    } else if (tag.name === 'r') {
      // ExcelJS fails on a run after a plain <t> (it adds a property to a string).
      if (plain !== null) throw new Unsupported('sharedStrings: <r> after <t>');
      if (tag.selfClosing) throw new Unsupported('sharedStrings: empty <r/>');
      const close = closeOf(xml, 'r', tag.end);
      (runs ??= []).push(runText(xml, tag.end, close));
      p = close + 4;
    } else if (tag.name === 'rPh') {
      p = tag.selfClosing ? tag.end : closeOf(xml, 'rPh', tag.end) + 6;
    } else if (tag.name === 'phoneticPr') {
      if (!tag.selfClosing) throw new Unsupported('sharedStrings: <phoneticPr> with content');
      p = tag.end;
    } else {
      throw new Unsupported(`sharedStrings: <${tag.name}> in <si>`);
    }
  }
  // A later <t> replaces the model, runs and all.
  if (plain !== null) return { value: plain, present: plain !== '' };
  if (runs !== null) return { value: runs.join(''), present: true };
  return { value: null, present: true };
}
