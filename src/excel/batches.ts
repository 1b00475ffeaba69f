// The one place the adapter syncs in a loop: work too big for one request is cut into requests
// of at most REQUEST_BUDGET estimated bytes, one sync each, in order. When Excel still refuses a
// request or its response as too large, the same items go again in halves, down to one item.
import { hostError } from './errors';
import type { RequestContextApi } from './office-api';
import { OP_BYTES, REQUEST_BUDGET } from './payload';
import { SLICE_MS, nextTask, now } from './slices';

export interface BatchedWork<T> {
  items: readonly T[];
  /**
   * Estimated bytes one item adds to the request and its response. Asked while a batch is being
   * formed, so it may learn from what earlier batches brought back.
   */
  bytes(item: T): number;
  /**
   * Queues the operations for these items on the context and returns what to do once their sync
   * has answered. Called again with fewer items after a refusal: Excel runs nothing of a request
   * it refuses, and a refused response only follows reads, so queuing the same items twice is safe.
   */
  queue(items: readonly T[]): () => void;
  /** Bytes every batch costs besides its items (default: one operation's envelope). */
  batchBytes?: number;
  /** Names an item for the message when even one item alone is too large ("dòng 12"). */
  describe?(item: T): string;
  /** After each answered batch: items done so far, of all. */
  progress?(done: number, total: number): void;
}

const PAYLOAD_REFUSALS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

export function isPayloadRefusal(e: unknown): boolean {
  return e instanceof Error && PAYLOAD_REFUSALS.has(String((e as { code?: unknown }).code));
}

/** Syncs `work` in payload-sized batches; returns how many syncs it took. */
export async function syncInBatches<T>(context: RequestContextApi, work: BatchedWork<T>, budget = REQUEST_BUDGET): Promise<number> {
  const { items } = work;
  let start = 0;
  let syncs = 0;
  // After a refusal, how many items a batch may hold; it doubles again with each success.
  let cap = Infinity;
  while (start < items.length) {
    let end = start;
    let size = work.batchBytes ?? OP_BYTES;
    let slice = now();
    while (end < items.length && end - start < cap) {
      const next = work.bytes(items[end]);
      if (end > start && size + next > budget) break;
      size += next;
      end++;
      // Weighing 4 MB of rows (and preparing them, for a write) is long work: let the pane paint meanwhile.
      if (now() - slice >= SLICE_MS) {
        await nextTask();
        slice = now();
      }
    }
    const batch = items.slice(start, end);
    const answered = work.queue(batch);
    syncs++;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized batch is the point of this loop
      await context.sync();
    } catch (e) {
      if (!isPayloadRefusal(e)) throw e;
      if (batch.length === 1) throw hostError('too-large', work.describe?.(batch[0]));
      cap = Math.ceil(batch.length / 2);
      continue;
    }
    answered();
    start = end;
    cap *= 2;
    work.progress?.(start, items.length);
  }
  return syncs;
}
