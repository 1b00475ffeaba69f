// What a request and its response weigh on the wire, the way Excel on the web counts them: the
// JSON text, in UTF-8 bytes. The fake measures with JSON.stringify itself, independently of the
// adapter's own estimate (src/excel/payload.ts), so an estimate that runs low fails a test here
// instead of failing for an officer on the web.

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
 * Bytes of a value as JSON would carry it; nothing for undefined. A list of lists (a range's
 * rows) is weighed a row at a time: the same count as its whole text, without making a text of
 * megabytes for each answer (the largest allocation of a read, and slow to make); a row is one
 * text, not one per cell (a text per cell was most of the stand-in's time in a read).
 */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  if (Array.isArray(value) && value.some(Array.isArray)) {
    // "[" and "]", a comma between items; an item JSON cannot hold (undefined, a function) is "null".
    let bytes = 2 + Math.max(0, value.length - 1);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      bytes += Array.isArray(item) ? jsonBytes(item) : itemBytes(item);
    }
    return bytes;
  }
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
}

function itemBytes(item: unknown): number {
  const text = JSON.stringify(item);
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
