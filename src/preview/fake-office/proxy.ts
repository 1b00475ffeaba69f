// Load/sync semantics of Office.js, which the fake exists to enforce: every call only queues an
// operation; context.sync() runs the queue in order; a property can be read only after a load()
// of it AND the sync that carried that load. Reading too early throws PropertyNotLoaded, so an
// adapter that forgets a load or a sync fails its tests instead of getting a plausible value.
import { FakeOfficeError, notLoaded } from './errors';
import type { FakeWorkbook } from './state';
import type { ClientResultApi } from '../../excel/office-api';

export class Batch {
  private queue: Array<() => void> = [];

  constructor(readonly book: FakeWorkbook) {}

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.book.syncCount++;
    const ops = this.queue;
    this.queue = [];
    // A round trip is asynchronous in Excel; keep it so here so ordering bugs show.
    await Promise.resolve();
    if (this.book.editMode) {
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.');
    }
    // Like Excel, operations before a failing one stay applied; the rest of the batch is dropped.
    for (const op of ops) op();
  }
}

function propertyList(names: string | string[] | undefined, all: readonly string[]): string[] {
  if (names === undefined) return [...all];
  const list = Array.isArray(names) ? names : names.split(',');
  return list.map((n) => n.trim()).filter((n) => n !== '');
}

export abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly batch: Batch) {
    // Resolution (does the sheet / item exist?) happens at sync time, in queue order, as in Excel.
    batch.enqueue(() => {
      this.nullState = this.resolve();
    });
  }

  /** Scalar properties load() accepts. */
  protected abstract readonly loadable: readonly string[];
  /** The property's current value in the workbook, taken when the load runs. */
  protected abstract snapshot(property: string): unknown;
  /** At sync: true for a null object; throws ItemNotFound for a missing item. */
  protected abstract resolve(): boolean;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  load(propertyNames?: string | string[]): this {
    const list = propertyList(propertyNames, this.loadable);
    this.batch.enqueue(() => {
      for (const p of list) {
        if (!this.loadable.includes(p)) throw new FakeOfficeError('InvalidArgument', `Property '${p}' cannot be loaded here (the fake supports: ${this.loadable.join(', ')}).`);
        this.loaded.set(p, this.nullState ? null : this.snapshot(p));
      }
    });
    return this;
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** For collection items: Excel loads their scalars along with the collection. */
  markLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
    this.nullState = false;
  }

  protected isNull(): boolean {
    return this.nullState === true;
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
