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

/** UTF-8 length of a string, by the platform's own encoder (not the adapter's arithmetic). */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** Bytes of a value as JSON would carry it; nothing for undefined. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
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
