// What a request and its response weigh on the wire, the way Excel on the web counts them: the
// JSON text, in UTF-8 bytes. The fake counts that text exactly by JSON's own rules (held to
// JSON.stringify and the platform's encoder by its tests), independently of the adapter's own
// estimate (src/excel/payload.ts), so an estimate that runs low fails a test here instead of
// failing for an officer on the web.

/** "5MB" in Microsoft's resource-limits page, read strictly (5,000,000 rather than 5 MiB). */
export const PAYLOAD_LIMIT = 5_000_000;

// Office.js wraps every call in a JSON envelope; these are generous sizes of the envelopes
// (ids, type codes, property names) observed in its requests and responses.
export const OBJECT_PATH_BYTES = 100;
export const ACTION_BYTES = 80;
export const RESULT_BYTES = 30;

const encoder = new TextEncoder();
/** Reused, so weighing a 4 MB request does not leave 4 MB of garbage behind each time. */
let scratch = new Uint8Array(1 << 16);

/** UTF-8 length of a string, by the platform's own encoder (not the adapter's arithmetic). */
export function utf8Length(text: string): number {
  // A UTF-16 unit never takes more than 3 bytes in UTF-8.
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  return encoder.encodeInto(text, scratch).written;
}

/**
 * Bytes of a value as JSON would carry it; nothing for undefined. Counted, not written out:
 * making the text (a load of values and formulas is one object of two matrices, megabytes of
 * it) and encoding it again was most of the stand-in's time in a read. Lists and plain objects
 * are walked; texts, numbers and flags are counted by JSON's own rules (jsonTextBytes); anything
 * else (a Date, a class instance, a value with toJSON) is written out by JSON.stringify and
 * measured by the platform's encoder. test/preview/payload.test.ts holds the count to the whole
 * text's, value by value over random ones.
 */
export function jsonBytes(value: unknown): number {
  return isSkipped(value) ? 0 : itemBytes(value, 0);
}

/** What JSON.stringify leaves out of an object and writes as null in a list. */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Bytes of a value that is written (not skipped); `depth` guards the walk against a cycle, which JSON.stringify refuses. */
function itemBytes(value: unknown, depth: number): number {
  if (value === null) return 4;
  switch (typeof value) {
    case 'string': return jsonTextBytes(value);
    // JSON writes a finite number as String() does (ASCII); NaN and ±Infinity as null.
    case 'number': return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean': return value ? 4 : 5;
    case 'object': break;
    default: return stringifiedBytes(value);
  }
  if (depth > 64) return stringifiedBytes(value);
  if (Array.isArray(value)) {
    // "[" and "]", a comma between items; an item JSON cannot hold (undefined, a function) is "null".
    let bytes = 2 + Math.max(0, value.length - 1);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      bytes += isSkipped(item) ? 4 : itemBytes(item, depth + 1);
    }
    return bytes;
  }
  if (!isPlainObject(value)) return stringifiedBytes(value);
  // "{" and "}", and for each written entry its key, a colon, its value and a comma between.
  let bytes = 2;
  let entries = 0;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (isSkipped(item)) continue;
    bytes += jsonTextBytes(key) + 1 + itemBytes(item, depth + 1);
    entries++;
  }
  return bytes + Math.max(0, entries - 1);
}

/**
 * UTF-8 bytes of a text as a JSON string: its quotes, two bytes for \" \\ \b \f \n \r \t,
 * six for another control character or a lone surrogate (\u00XX, \udXXX, as JSON.stringify
 * writes them), and each character's own UTF-8 length (a surrogate pair is one of four bytes).
 */
function jsonTextBytes(text: string): number {
  let bytes = 2;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20) bytes += c === 0x22 || c === 0x5c ? 2 : 1;
      else bytes += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    } else if (c < 0x800) bytes += 2;
    else if (c < 0xd800 || c > 0xdfff) bytes += 3;
    else if (c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 6;
  }
  return bytes;
}

function stringifiedBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 4 : utf8Length(text);
}

/** One request or response, as the fake's log keeps it. */
export interface RequestRecord {
  /** Bytes sent to Excel: object paths, actions and their arguments. */
  sent: number;
  /** Bytes Excel answered with: loaded properties and method results. */
  received: number;
  /** The sync failed (any reason, including the payload limit). */
  failed: boolean;
  /** When the stand-in carried the request out (performance.now()), for telling its time from the add-in's. */
  span?: { start: number; end: number };
}
