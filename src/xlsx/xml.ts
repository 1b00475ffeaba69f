// A streaming XML scanner for the parts of an .xlsx: fed text in pieces, it gives start tags
// (with attributes), end tags and character data one at a time, checking what makes XML well
// formed (tags nest and match, attributes are quoted and unique, references are defined, no DTD,
// nothing but white space outside the root). Every step is linear in the input: no regular
// expression backtracks over a long attribute, and a token split across pieces is re-read only
// after the text behind it at least doubled.
import { MAX_TAG } from './limits';

export const START = 1;
export const END = 2;
export const TEXT = 3;
/** The scanner needs more input before it can say what comes next. */
export const NEED = 4;
/** The document ended, well formed. */
export const DONE = 5;

/** The part is not well-formed XML; `message` is a short English phrase. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// Characters XML 1.0 does not allow anywhere in a document, even escaped.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function reference(body: string): string {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body.charCodeAt(1) === 120; /* x */
    const digits = body.slice(hex ? 2 : 1);
    if (digits === '' || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw new XmlError(`bad character reference &${body};`);
    const code = parseInt(digits, hex ? 16 : 10);
    const ok = code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) throw new XmlError(`character reference &${body}; is not an XML character`);
    return String.fromCodePoint(code);
  }
  const named = NAMED[body];
  if (named === undefined) throw new XmlError(`undefined entity &${body};`);
  return named;
}

/** Resolves references in text known to hold an "&". */
function resolve(s: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const amp = s.indexOf('&', i);
    if (amp < 0) return out + s.slice(i);
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) throw new XmlError('"&" that does not start a reference');
    out += reference(s.slice(amp + 1, semi));
    i = semi + 1;
  }
}

/** Character data as XML gives it to an application: line ends as \n, references resolved. */
export function decodeText(raw: string): string {
  let s = raw;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (FORBIDDEN.test(s)) throw new XmlError('a character XML does not allow');
  return s.indexOf('&') >= 0 ? resolve(s) : s;
}

/** An attribute value as XML normalises it: literal line ends and tabs become spaces. */
function decodeAttr(raw: string): string {
  let s = raw;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ');
  if (FORBIDDEN.test(s)) throw new XmlError('a character XML does not allow');
  return s.indexOf('&') >= 0 ? resolve(s) : s;
}

/** XML white space: space, line feed, tab, carriage return. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0x80;
}

/** Characters that end a name: white space, "/", ">", "=", quotes, "<", "&", "!", "?". */
const NAME_END = new Uint8Array(128);
for (const ch of ' \t\r\n/>="\'<&!?') NAME_END[ch.charCodeAt(0)] = 1;

function endsName(c: number): boolean {
  return c < 128 && NAME_END[c] === 1;
}

/** An attribute value needs work (references, white space to normalise, characters to refuse). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const ATTR_SPECIAL = /[<&\u0000-\u001f\ufffe\uffff]/;

/** Local part of a qualified name ("x:c" → "c"). */
function localOf(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

export class XmlScanner {
  private buf = '';
  private pos = 0;
  private final = false;
  private readonly stack: string[] = [];
  private sawRoot = false;

  /** Qualified name of the START or END token, as written. */
  qname = '';
  /** Its local name (without the prefix). */
  local = '';
  /** A START token that is also its own end (`<c/>`). */
  selfClosing = false;
  attrCount = 0;
  readonly attrNames: string[] = [];
  readonly attrValues: string[] = [];
  /** Where the START or END token's "<" is, and just after its ">" (in the text fed so far). */
  start = 0;
  end = 0;
  /** Character data of a TEXT token (a piece of it when the input came in pieces). */
  text = '';
  /**
   * Whether the caller wants character data. When false, text is checked and skipped without
   * a TEXT token (white space between elements, text the caller does not read).
   */
  keepText = false;

  /** Level of the START or END token's element: 1 for the root, 2 for its children, … */
  level = 0;

  /** Open elements around the current position: 1 inside the root element. */
  get depth(): number {
    return this.stack.length;
  }

  /** Characters received but not yet given out as tokens. */
  pending(): number {
    return this.buf.length - this.pos;
  }

  /** The text fed so far and where the next token starts: for a caller's own fast path. */
  get buffer(): string {
    return this.buf;
  }
  get position(): number {
    return this.pos;
  }
  /**
   * Moves past text a caller's fast path has read: it must be whole, well-formed elements at
   * the current depth (nothing left open), which the caller has checked.
   */
  skipTo(position: number): void {
    this.pos = position;
  }

  /**
   * A caller's fast path read the start tag of `qname` itself (checked as startTag checks one):
   * the element is open now, and scanning goes on at `position`, inside it.
   */
  openElement(qname: string, position: number): void {
    this.stack.push(qname);
    this.pos = position;
  }

  /**
   * A caller's fast path read the end tag `</qname>`: false, and nothing moves, unless `qname`
   * is the open element (the tokens then read the tag and say what is wrong).
   */
  closeElement(qname: string, position: number): boolean {
    if (this.stack.length === 0 || this.stack[this.stack.length - 1] !== qname) return false;
    this.stack.pop();
    this.pos = position;
    return true;
  }

  feed(piece: string): void {
    // Joined, not added: "+" makes a rope, and every character read from a rope goes through it
    // (a fast path reads each character of a sheet's part once or twice).
    this.buf = this.pos < this.buf.length ? [this.buf.slice(this.pos), piece].join('') : piece;
    this.pos = 0;
  }

  /** No more input will come. */
  finish(): void {
    this.final = true;
  }

  /** The value of the attribute with this local name (any prefix), or undefined. */
  attr(local: string): string | undefined {
    const n = this.attrCount;
    for (let i = 0; i < n; i++) if (this.attrNames[i] === local) return this.attrValues[i];
    for (let i = 0; i < n; i++) {
      const name = this.attrNames[i];
      if (name.length > local.length && name.charCodeAt(name.length - local.length - 1) === 58 && name.endsWith(local)) {
        return this.attrValues[i];
      }
    }
    return undefined;
  }

  /** The value of the attribute with exactly this qualified name, or undefined. */
  attrQ(qname: string): string | undefined {
    for (let i = 0; i < this.attrCount; i++) if (this.attrNames[i] === qname) return this.attrValues[i];
    return undefined;
  }

  next(): number {
    for (;;) {
      const buf = this.buf;
      const pos = this.pos;
      if (pos >= buf.length) {
        if (!this.final) return NEED;
        if (this.stack.length) throw new XmlError(`unexpected end inside <${this.stack[this.stack.length - 1]}>`);
        if (!this.sawRoot) throw new XmlError('no root element');
        return DONE;
      }
      if (buf.charCodeAt(pos) !== 60 /* < */) {
        const kind = this.textToken(buf, pos);
        if (kind === 0) continue;
        return kind;
      }
      if (pos + 1 >= buf.length) {
        if (this.final) throw new XmlError('unexpected end in a tag');
        return NEED;
      }
      const c1 = buf.charCodeAt(pos + 1);
      if (c1 === 47 /* / */) return this.endTag(buf, pos);
      if (c1 === 33 /* ! */) {
        const kind = this.markup(buf, pos);
        if (kind === 0) continue;
        return kind;
      }
      if (c1 === 63 /* ? */) {
        const close = buf.indexOf('?>', pos + 2);
        if (close < 0) return this.incomplete('a processing instruction');
        this.pos = close + 2;
        continue;
      }
      return this.startTag(buf, pos);
    }
  }

  private incomplete(what: string): number {
    if (this.final) throw new XmlError(`unexpected end in ${what}`);
    if (this.pending() > MAX_TAG) throw new XmlError(`${what} longer than ${MAX_TAG} characters`);
    return NEED;
  }

  /** Character data from `pos`: a TEXT token, 0 when skipped, NEED when more must come first. */
  private textToken(buf: string, pos: number): number {
    let lt = buf.indexOf('<', pos);
    if (lt < 0) {
      if (this.final) lt = buf.length;
      else {
        // Give out what is certainly complete: not a reference cut in two, not half of "\r\n".
        lt = buf.length;
        const amp = buf.lastIndexOf('&');
        if (amp >= pos && buf.indexOf(';', amp) < 0) lt = amp;
        if (lt > pos && buf.charCodeAt(lt - 1) === 13) lt--;
        if (lt === pos) return NEED;
      }
    }
    const raw = buf.slice(pos, lt);
    this.pos = lt;
    if (this.stack.length === 0) {
      if (!/^[ \t\r\n]*$/.test(raw)) throw new XmlError('text outside the root element');
      return 0;
    }
    if (!this.keepText) {
      if (raw.indexOf('&') >= 0 || FORBIDDEN.test(raw)) decodeText(raw);
      return 0;
    }
    this.text = decodeText(raw);
    return TEXT;
  }

  private endTag(buf: string, pos: number): number {
    const gt = buf.indexOf('>', pos + 2);
    if (gt < 0) return this.incomplete('an end tag');
    let e = gt;
    while (e > pos + 2 && isSpace(buf.charCodeAt(e - 1))) e--;
    const qname = buf.slice(pos + 2, e);
    const open = this.stack.pop();
    if (open === undefined) throw new XmlError(`end tag </${qname}> without a start tag`);
    if (open !== qname) throw new XmlError(`end tag </${qname}> does not match <${open}>`);
    this.qname = qname;
    this.local = localOf(qname);
    this.level = this.stack.length + 1;
    this.start = pos;
    this.end = gt + 1;
    this.pos = gt + 1;
    return END;
  }

  /** "<!": a comment (skipped), CDATA (TEXT) or a DTD (refused). */
  private markup(buf: string, pos: number): number {
    if (buf.startsWith('<!--', pos)) {
      const close = buf.indexOf('-->', pos + 4);
      if (close < 0) return this.incomplete('a comment');
      this.pos = close + 3;
      return 0;
    }
    if (buf.startsWith('<![CDATA[', pos)) {
      const close = buf.indexOf(']]>', pos + 9);
      if (close < 0) return this.incomplete('a CDATA section');
      if (this.stack.length === 0) throw new XmlError('CDATA outside the root element');
      const raw = buf.slice(pos + 9, close);
      this.pos = close + 3;
      if (FORBIDDEN.test(raw)) throw new XmlError('a character XML does not allow');
      if (!this.keepText) return 0;
      this.text = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
      return TEXT;
    }
    if (pos + 9 > buf.length && !this.final) return NEED;
    if (buf.startsWith('<!DOCTYPE', pos)) throw new XmlError('a document type declaration (DTD), which Office files never hold');
    throw new XmlError('"<!" that starts neither a comment nor CDATA');
  }

  private startTag(buf: string, pos: number): number {
    const len = buf.length;
    let i = pos + 1;
    if (!isNameStart(buf.charCodeAt(i))) throw new XmlError('"<" that does not start a tag');
    while (i < len && !endsName(buf.charCodeAt(i))) i++;
    if (i >= len) return this.incomplete('a tag');
    const qname = buf.slice(pos + 1, i);
    let count = 0;
    let seen: Set<string> | null = null;
    for (;;) {
      const ws = i;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return this.incomplete('a tag');
      const c = buf.charCodeAt(i);
      if (c === 62 /* > */ || c === 47 /* / */) {
        let selfClosing = false;
        if (c === 47) {
          if (i + 1 >= len) return this.incomplete('a tag');
          if (buf.charCodeAt(i + 1) !== 62) throw new XmlError(`"/" inside <${qname}>`);
          selfClosing = true;
          i++;
        }
        this.qname = qname;
        this.local = localOf(qname);
        this.selfClosing = selfClosing;
        this.attrCount = count;
        if (this.stack.length === 0) {
          if (this.sawRoot) throw new XmlError('a second root element');
          this.sawRoot = true;
        }
        if (!selfClosing) this.stack.push(qname);
        this.level = this.stack.length + (selfClosing ? 1 : 0);
        this.start = pos;
        this.end = i + 1;
        this.pos = i + 1;
        return START;
      }
      if (ws === i) throw new XmlError(`attributes of <${qname}> not separated by white space`);
      if (!isNameStart(c)) throw new XmlError(`a bad attribute in <${qname}>`);
      const nameStart = i;
      while (i < len && !endsName(buf.charCodeAt(i))) i++;
      const name = buf.slice(nameStart, i);
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return this.incomplete('a tag');
      if (buf.charCodeAt(i) !== 61 /* = */) throw new XmlError(`attribute ${name} of <${qname}> without a value`);
      i++;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return this.incomplete('a tag');
      const q = buf.charCodeAt(i);
      if (q !== 34 && q !== 39) throw new XmlError(`attribute ${name} of <${qname}> not quoted`);
      const close = buf.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close < 0) return this.incomplete('a tag');
      const raw = buf.slice(i + 1, close);
      const special = ATTR_SPECIAL.test(raw);
      if (special && raw.indexOf('<') >= 0) throw new XmlError(`"<" in attribute ${name} of <${qname}>`);
      i = close + 1;
      // Duplicates: a scan for the usual few attributes, a set for a tag with many.
      if (count < 8) {
        for (let k = 0; k < count; k++) if (this.attrNames[k] === name) throw new XmlError(`attribute ${name} twice in <${qname}>`);
      } else {
        if (!seen) seen = new Set(this.attrNames.slice(0, count));
        if (seen.has(name)) throw new XmlError(`attribute ${name} twice in <${qname}>`);
        seen.add(name);
      }
      this.attrNames[count] = name;
      this.attrValues[count] = special ? decodeAttr(raw) : raw;
      count++;
    }
  }
}

/** Scans a whole document held in one string; token positions are offsets into `text`. */
export function scanWhole(text: string, handler: (kind: number, x: XmlScanner) => void): void {
  const x = new XmlScanner();
  x.feed(text);
  x.finish();
  for (;;) {
    const kind = x.next();
    if (kind === DONE) return;
    handler(kind, x);
  }
}

/** One change to a document: replace [start, end) with `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (any order) to `text`. */
export function applySplices(text: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** A start tag's text with one attribute set (added before ">" or "/>", or its value replaced). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${value}"${tag.slice(close)}`;
}
