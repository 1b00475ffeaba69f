// Load/sync semantics of Office.js, which the fake exists to enforce: every call only queues an
// operation; context.sync() runs the queue in order; a property can be read only after a load()
// of it AND the sync that carried that load. Reading too early throws PropertyNotLoaded, so an
// adapter that forgets a load or a sync fails its tests instead of getting a plausible value.
// A sync also obeys Excel on the web's payload limit: the request and the response are each
// weighed as JSON, and one over 5 MB fails with the code Excel uses, delivering nothing.
// Excel answers from its own process: the request is carried out in a task of its own and the
// answer arrives in another, so the add-in's code between two syncs is one task of the page, as
// in Excel, and the stand-in's own work is never counted as the add-in's (RequestRecord.span).
import { FakeOfficeError, notLoaded } from './errors';
import { ACTION_BYTES, OBJECT_PATH_BYTES, PAYLOAD_LIMIT, RESULT_BYTES, jsonBytes, type RequestRecord } from './payload';
import type { FakeWorkbook } from './state';
import type { ClientResultApi } from '../../excel/office-api';
// Excel's answer comes as a message from another process: in a later task, as nextTask resolves.
import { nextTask, now } from '../../excel/slices';

/** An operation's answer: its JSON (weighed) and what to do with it once the response arrives. */
export type Reply = (value: unknown, deliver: () => void) => void;
export type Operation = (reply: Reply) => void;


/**
 * Bytes an action sends: its envelope plus its arguments as JSON, weighed when the request is
 * sent (in the stand-in's task, not in the add-in's code that queued it).
 */
export function actionBytes(args?: unknown): () => number {
  return () => ACTION_BYTES + jsonBytes(args);
}

export interface BatchOptions {
  /** Excel.run({ delayForCellEdit: true }): wait for the user to leave the cell instead of failing. */
  delayForCellEdit: boolean;
}

export class Batch {
  private queue: { op: Operation; bytes: number | (() => number) }[] = [];
  /** Run after a successful sync, in order (events Excel raises for the add-in's own writes). */
  private afterSync: (() => void)[] = [];

  constructor(readonly book: FakeWorkbook, readonly options: BatchOptions = { delayForCellEdit: false }) {}

  /**
   * Queues an operation; `bytes` is what it adds to the request (default: a bare action), or how
   * to weigh it when the request is sent (a large matrix is weighed then, in Excel's task).
   */
  enqueue(op: Operation, bytes: number | (() => number) = ACTION_BYTES): void {
    this.queue.push({ op, bytes });
  }

  /** Queues the creation of an object path (getItem, getRange…), resolved at sync time. */
  enqueuePath(op: Operation, args?: unknown): void {
    this.enqueue(op, () => OBJECT_PATH_BYTES + jsonBytes(args));
  }

  /** Something to do once the current sync has succeeded. */
  onSynced(task: () => void): void {
    this.afterSync.push(task);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Runs a request's operations in order; returns what to deliver when the answer arrives. */
  private carryOut(ops: readonly { op: Operation; bytes: number | (() => number) }[], record: RequestRecord): (() => void)[] {
    const book = this.book;
    record.sent = ops.reduce((n, o) => n + (typeof o.bytes === 'function' ? o.bytes() : o.bytes), 0);
    const injected = book.fault?.(book.syncCount) ?? null;
    if (injected) throw new FakeOfficeError(injected, `Injected by the test (sync ${book.syncCount}).`);
    if (record.sent > PAYLOAD_LIMIT) {
      // Refused before Excel runs any of it.
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${record.sent} bytes).`);
    }
    const deliveries: (() => void)[] = [];
    const reply: Reply = (value, deliver) => {
      record.received += RESULT_BYTES + jsonBytes(value);
      deliveries.push(deliver);
    };
    // Like Excel, operations before a failing one stay applied; the rest of the batch is dropped
    // and nothing is answered.
    for (const { op } of ops) op(reply);
    if (record.received > PAYLOAD_LIMIT) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${record.received} bytes).`);
    }
    return deliveries;
  }

  async sync(): Promise<void> {
    const book = this.book;
    book.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.afterSync = [];
    // A round trip is asynchronous in Excel: the request is carried out in a task of its own.
    await nextTask();
    if (book.editMode) {
      if (!this.options.delayForCellEdit) {
        book.requests.push({ sent: 0, received: 0, failed: true });
        throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
      }
      await book.cellEditEnded();
    }
    const record: RequestRecord = { sent: 0, received: 0, failed: true };
    book.requests.push(record);
    const start = now();
    let answer: { deliveries: (() => void)[] } | { error: unknown };
    try {
      answer = { deliveries: this.carryOut(ops, record) };
    } catch (error) {
      // A refusal travels back like an answer: the add-in sees it in the next task.
      answer = { error };
    }
    record.span = { start, end: now() };
    // The answer arrives in another task, where the add-in's code goes on.
    await nextTask();
    if ('error' in answer) throw answer.error;
    for (const deliver of answer.deliveries) deliver();
    record.failed = false;
    const tasks = this.afterSync;
    this.afterSync = [];
    for (const task of tasks) task();
  }
}

function propertyList(names: string | string[] | undefined, all: readonly string[]): string[] {
  if (names === undefined) return [...all];
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((n) => n.trim()).filter((n) => n !== '');
}

export abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  /** Known while the sync runs, so later operations in the same batch can act on it. */
  private resolvedNull: boolean | undefined;
  /** What the add-in may read: set only when the response arrives. */
  private deliveredNull: boolean | undefined;

  /** `existing`: an item a collection load already delivered, which needs no resolution of its own. */
  constructor(protected readonly batch: Batch, pathArgs?: unknown, existing = false) {
    if (existing) {
      this.resolvedNull = false;
      this.deliveredNull = false;
      return;
    }
    // Resolution (does the sheet / item exist?) happens at sync time, in queue order, as in Excel.
    batch.enqueuePath((reply) => {
      const isNull = this.resolve();
      this.resolvedNull = isNull;
      reply(null, () => {
        this.deliveredNull = isNull;
      });
    }, pathArgs);
  }

  /** Scalar properties load() accepts. */
  protected abstract readonly loadable: readonly string[];
  /** The property's current value in the workbook, taken when the load runs. */
  protected abstract snapshot(property: string): unknown;
  /** At sync: true for a null object; throws ItemNotFound for a missing item. */
  protected abstract resolve(): boolean;

  get isNullObject(): boolean {
    if (this.deliveredNull === undefined) throw notLoaded('isNullObject');
    return this.deliveredNull;
  }

  load(propertyNames?: string | string[]): this {
    const list = propertyList(propertyNames, this.loadable);
    this.batch.enqueue((reply) => {
      const values: Record<string, unknown> = {};
      for (const p of list) {
        if (!this.loadable.includes(p)) throw new FakeOfficeError('InvalidArgument', `Property '${p}' cannot be loaded here (the fake supports: ${this.loadable.join(', ')}).`);
        values[p] = this.resolvedNull ? null : this.snapshot(p);
      }
      reply(this.wire(values), () => {
        for (const [p, v] of Object.entries(values)) this.loaded.set(p, v);
      });
    }, actionBytes(list));
    return this;
  }

  /** The loaded values as the response carries them (collections override: their items are data). */
  protected wire(values: Record<string, unknown>): unknown {
    return values;
  }

  protected isLoaded(property: string): boolean {
    return this.loaded.has(property);
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** For collection items: Excel loads their scalars along with the collection. */
  markLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
    this.resolvedNull = false;
    this.deliveredNull = false;
  }

  /** Inside a sync: whether this object resolved to a null object. */
  protected isNull(): boolean {
    return this.resolvedNull === true;
  }
}

export class FakeClientResult<T> implements ClientResultApi<T> {
  private state: { value: T } | null = null;

  set(value: T): void {
    this.state = { value };
  }

  get value(): T {
    if (!this.state) throw notLoaded('value');
    return this.state.value;
  }
}
