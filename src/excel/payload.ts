// How much a request to Excel weighs, estimated before sending it. Excel on the web refuses a
// request or a response over about 5 MB (RequestPayloadSizeLimitExceeded /
// ResponsePayloadSizeLimitExceeded, "this error only occurs in Excel on the web"), so every read
// and write is cut into requests of at most REQUEST_BUDGET estimated bytes. The estimate walks
// the data as JSON would carry it, in UTF-8, without building the text.

/** What one request may carry, by our estimate: 4 MB, leaving a fifth of Excel's 5 MB for what we do not see. */
export const REQUEST_BUDGET = 4_000_000;

/** An object path or action's JSON envelope in an Office.js request (ids, type codes, names), generously. */
export const OP_BYTES = 200;

/** UTF-8 bytes of a string as a JSON string literal, quotes and escapes included. */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x20) bytes += 6; // \u00XX covers every control character
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of a value as JSON: scalars, arrays and plain objects (what Office.js sends and answers). */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string': return jsonStringBytes(value);
    // 17 significant digits, a sign, a point and an exponent at most.
    case 'number': return Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value).length : 24;
    case 'boolean': return 5;
    default: break;
  }
  if (Array.isArray(value)) {
    let bytes = 2 + Math.max(0, value.length - 1);
    for (const item of value) bytes += jsonBytes(item);
    return bytes;
  }
  let bytes = 2;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined) continue;
    bytes += jsonStringBytes(key) + 2 + jsonBytes(item);
  }
  return bytes;
}
