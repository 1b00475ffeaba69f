// Just enough XML for the parts of an .xlsx: tag scanning with quote-aware tag ends, and text /
// attribute decoding that gives what the saxes parser (under ExcelJS) gives. Anything this does
// not understand throws, and the caller falls back to ExcelJS.

/** Something the fast reader does not handle: the caller falls back to ExcelJS. */
export class Unsupported extends Error {}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

function entity(_m: string, body: string): string {
  if (body.charCodeAt(0) === 35 /* # */) {
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!(code >= 0 && code <= 0x10ffff)) throw new Unsupported(`xml: bad character reference &${body};`);
    return String.fromCodePoint(code);
  }
  const named = NAMED[body];
  if (named === undefined) throw new Unsupported(`xml: undefined entity &${body};`);
  return named;
}

function entities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  if (s.replace(ENTITY, '').indexOf('&') >= 0) throw new Unsupported('xml: stray "&"');
  return s.replace(ENTITY, entity);
}

/** Character data as saxes reports it: line ends normalised to \n, references resolved. */
export function decodeText(s: string): string {
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return entities(s);
}

/** An attribute value as saxes reports it: literal tabs and line ends become spaces. */
export function decodeAttr(s: string): string {
  if (/[\r\n\t]/.test(s)) s = s.replace(/\r\n?/g, ' ').replace(/[\n\t]/g, ' ');
  return entities(s);
}

/** Index of the ">" that ends the tag opened at `lt`, skipping quoted attribute values. */
export function tagEnd(xml: string, lt: number): number {
  let q = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (q) {
      if (c === q) q = 0;
    } else if (c === 34 || c === 39) q = c;
    else if (c === 62) return i;
  }
  throw new Unsupported('xml: unterminated tag');
}

/** Name of the tag whose "<" (or "</") is at `lt`; `start` is where the name begins. */
export function tagName(xml: string, start: number): string {
  let i = start;
  for (; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) break;
  }
  return xml.slice(start, i);
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of the tag text between its name and ">" (decoded). */
export function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(tag)) !== null) out.set(m[1], decodeAttr(m[2] ?? m[3] ?? ''));
  return out;
}

export interface Tag {
  name: string;
  /** Raw text of the tag from after its name to before ">" or "/>". */
  attrText: string;
  close: boolean;
  selfClosing: boolean;
  start: number;
  /** Index just after ">". */
  end: number;
}

/** The next tag at or after `from`, or null. Comments, CDATA and processing instructions are refused. */
export function nextTag(xml: string, from: number): Tag | null {
  const lt = xml.indexOf('<', from);
  if (lt < 0) return null;
  const c1 = xml.charCodeAt(lt + 1);
  if (c1 === 33 /* ! */) throw new Unsupported('xml: comment, CDATA or doctype');
  if (c1 === 63 /* ? */) {
    const e = xml.indexOf('?>', lt);
    if (e < 0) throw new Unsupported('xml: unterminated declaration');
    return nextTag(xml, e + 2);
  }
  const close = c1 === 47;
  const nameStart = close ? lt + 2 : lt + 1;
  const name = tagName(xml, nameStart);
  const gt = tagEnd(xml, lt);
  const selfClosing = !close && xml.charCodeAt(gt - 1) === 47;
  const attrText = xml.slice(nameStart + name.length, selfClosing ? gt - 1 : gt);
  return { name, attrText, close, selfClosing, start: lt, end: gt + 1 };
}

/** Position of the "</name>" that closes an element whose content starts at `from` (no nesting of the same name). */
export function closeOf(xml: string, name: string, from: number): number {
  const i = xml.indexOf(`</${name}>`, from);
  if (i < 0) throw new Unsupported(`xml: <${name}> not closed`);
  return i;
}

/** UTF-8 text of a package part; a byte-order mark is not handled. */
export function partText(buf: Buffer): string {
  const s = buf.toString('utf8');
  if (s.charCodeAt(0) === 0xfeff) throw new Unsupported('xml: byte-order mark');
  return s;
}
