// The pane's side of the check worker. Each call is one request answered by one message, with
// progress messages in between. Where no worker can start (an old host, a page opened from
// file://, the script missing) the same service runs on the main thread after a yield, so the
// pane still works, only less smoothly.
import type { Grid } from '../../core/grid';
import type { PlanCell, SheetPlan } from '../../core/sheetplan';
import type { Lang } from '../../core/types';
import type { GridRows, StoredSettings } from '../../excel/host';
import {
  decodeCells, decodeView, encodeView, planMessages, type CheckView, type Phase, type Request, type ResultSheets, type Response,
} from './protocol';
import { RowsSent, decodeGrid, encodeGrid, encodeRows, streamedGrid, transferables } from './grid-wire';
import type { CheckService } from './service';
import { nextTask } from '../../excel/slices';
import type { ConsolidateJSON } from '../../core/consolidate';
import type { ConsolidateChoices, ConsolidateService, PickedFile } from '../consolidate/service';

export type ProgressListener = (phase: Phase, done: number, total: number) => void;

/** What the pane asks of the checker; App receives one as a prop so tests can swap it. */
export interface Checker {
  /**
   * Where a read about to start hands its rows, batch by batch, so the checker has them before
   * `check` is called with the grid; undefined when streaming gains nothing (no worker).
   */
  streamRows?(): ((rows: GridRows) => void) | undefined;
  check(grid: Grid, settings: StoredSettings, lang: Lang, onProgress?: ProgressListener): Promise<CheckView>;
  recheck(settings: StoredSettings, lang: Lang, onProgress?: ProgressListener): Promise<CheckView>;
  plans(sheets: ResultSheets, lang: Lang): Promise<SheetPlan[]>;
  /** Several workbooks into one; `files` null: the last ones again (another language or grouping). */
  consolidate(files: PickedFile[] | null, choices: ConsolidateChoices, onProgress?: ProgressListener): Promise<ConsolidateJSON>;
  /** The last consolidation's sheets, in the order to write them. */
  consolidationPlans(lang: Lang): Promise<SheetPlan[]>;
}

/** A request answered by a response (rows of a stream are not answered). */
type Body = Request extends infer R ? (R extends { id: number; type: infer T } ? (T extends 'grid-rows' ? never : Omit<R, 'id'>) : never) : never;

interface LastCheck {
  id: number;
  grid: Grid;
  settings: StoredSettings;
  lang: Lang;
}

interface Pending {
  /** Cells of each plan received so far (plan-cells messages), already decoded. */
  cells: PlanCell[][];
  resolve: (response: Response) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressListener;
  body: Body;
  /** A check's grid, for running it inline if the worker dies (its rows may have gone as a stream). */
  grid?: Grid;
}

export class WorkerChecker implements Checker {
  private worker: Worker | null = null;
  private inline: Promise<CheckService> | null = null;
  private inlineConsolidation: ConsolidateService | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Plan cells of answered plans requests, until plans() picks them up. */
  private readonly received = new Map<number, PlanCell[][]>();
  /** The last check, so a fallback service can be brought up to date. */
  private lastCheck: LastCheck | null = null;
  /** The rows the current read has streamed to the worker so far. */
  private sent: RowsSent | null = null;
  private nextStream = 1;

  constructor(private readonly scriptUrl = 'taskpane-worker.js') {
    if (typeof Worker === 'undefined') return;
    try {
      this.worker = new Worker(scriptUrl);
    } catch {
      // A SecurityError (file://, a sandboxed frame) means: run inline. Nothing to report.
      this.worker = null;
      return;
    }
    this.worker.onmessage = (event: MessageEvent<Response>) => this.receive(event.data);
    // The script could not load or crashed: finish what was asked inline, and stay inline.
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fallBack();
    };
  }

  /** True while the checks run in a worker (for the bench and the tests). */
  get usesWorker(): boolean {
    return this.worker !== null;
  }

  streamRows(): ((rows: GridRows) => void) | undefined {
    if (!this.worker) return undefined;
    const sent = new RowsSent(this.nextStream++);
    this.sent = sent;
    return (rows) => {
      // A later read started, or the worker died: these rows are of no use.
      if (!this.worker || this.sent !== sent) return;
      sent.add(rows);
      const wire = encodeRows(rows.values, rows.formulas, rows.bold);
      this.worker.postMessage({ id: 0, type: 'grid-rows', stream: sent.stream, rows: wire } satisfies Request, transferables(wire));
    };
  }

  async check(grid: Grid, settings: StoredSettings, lang: Lang, onProgress?: ProgressListener): Promise<CheckView> {
    const sent = this.sent;
    this.sent = null;
    // The rows already with the worker when they are the grid's, all of them; else the grid goes whole.
    const wire = this.worker && sent?.carries(grid) ? streamedGrid(grid, sent.stream) : encodeGrid(grid);
    this.lastCheck = { id: this.nextId, grid, settings, lang };
    return this.view(await this.send({ type: 'check', grid: wire, settings, lang }, onProgress, grid));
  }

  async recheck(settings: StoredSettings, lang: Lang, onProgress?: ProgressListener): Promise<CheckView> {
    return this.view(await this.send({ type: 'recheck', settings, lang }, onProgress));
  }

  plans(sheets: ResultSheets, lang: Lang): Promise<SheetPlan[]> {
    return this.planList({ type: 'plans', sheets, lang });
  }

  async consolidate(files: PickedFile[] | null, choices: ConsolidateChoices, onProgress?: ProgressListener): Promise<ConsolidateJSON> {
    const response = await this.send({ type: 'consolidate', files, choices }, onProgress);
    if (response.type !== 'consolidated') throw new Error(`check worker answered ${response.type} to consolidate`);
    return response.result;
  }

  consolidationPlans(lang: Lang): Promise<SheetPlan[]> {
    return this.planList({ type: 'consolidation-plans', lang });
  }

  private async planList(body: Body): Promise<SheetPlan[]> {
    const id = this.nextId;
    const response = await this.send(body);
    if (response.type !== 'plans') throw new Error(`check worker answered ${response.type} to ${body.type}`);
    const cells = this.received.get(id) ?? [];
    this.received.delete(id);
    return response.plans.map((plan, i) => ({ ...plan, cells: cells[i] ?? [] }));
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private view(response: Response): CheckView {
    if (response.type !== 'checked') throw new Error(`check worker answered ${response.type} to a check`);
    return decodeView(response.view);
  }

  private send(body: Body, onProgress?: ProgressListener, grid?: Grid): Promise<Response> {
    const id = this.nextId++;
    return new Promise<Response>((resolve, reject) => {
      this.pending.set(id, { cells: [], resolve, reject, onProgress, body, grid });
      if (this.worker) this.worker.postMessage({ ...body, id } as Request);
      else void this.runInline(id, body, grid);
    });
  }

  private receive(response: Response): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    if (response.type === 'progress') {
      waiting.onProgress?.(response.phase, response.done, response.total);
      return;
    }
    if (response.type === 'plan-cells') {
      const into = (waiting.cells[response.plan] ??= []);
      for (const cell of decodeCells(response.cells)) into.push(cell);
      return;
    }
    this.pending.delete(response.id);
    if (response.type === 'plans') this.received.set(response.id, waiting.cells);
    if (response.type === 'failed') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  }

  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending];
    for (const [id, p] of waiting) {
      p.cells = [];
      void this.runInline(id, p.body, p.grid);
    }
  }

  /** Loaded only where no worker runs, like the consolidation: the core's rules stay in the
   * worker's script, out of the one every pane downloads. Held as one promise, so requests that
   * come while it loads share one service. */
  private async startInline(id: number): Promise<CheckService> {
    const inline = new (await import('./service')).CheckService();
    // A worker that died after a check took that check's grid with it.
    const last = this.lastCheck;
    if (last && last.id !== id) inline.check(last.grid, last.settings, last.lang, () => undefined);
    return inline;
  }

  private async runInline(id: number, body: Body, grid?: Grid): Promise<void> {
    // A later task, so the pane paints its progress before the work starts on its own thread.
    await nextTask();
    const progress = (phase: Phase, done: number, total: number) => this.receive({ id, type: 'progress', phase, done, total });
    try {
      if (body.type === 'check' || body.type === 'recheck' || body.type === 'plans') {
        const service = await (this.inline ??= this.startInline(id));
        // Where no worker ever ran, the grid still makes the worker's trip (encoded, then decoded), so tests see what the worker would.
        if (body.type === 'check') this.receive({ id, type: 'checked', view: encodeView(service.check('rows' in body.grid ? decodeGrid(body.grid) : grid as Grid, body.settings, body.lang, progress)) });
        else if (body.type === 'recheck') this.receive({ id, type: 'checked', view: encodeView(service.recheck(body.settings, body.lang, progress)) });
        else for (const message of planMessages(id, service.plans(body.sheets, body.lang))) this.receive(message);
      } else {
        // Loaded only here, where no worker runs: the reader and the consolidation stay out of the
        // script every pane downloads. A worker that died took its consolidation with it: a
        // request for its sheets then fails plainly.
        const consolidation = (this.inlineConsolidation ??= new (await import('../consolidate/service')).ConsolidateService());
        if (body.type === 'consolidate') this.receive({ id, type: 'consolidated', result: await consolidation.run(body.files, body.choices, progress) });
        else for (const message of planMessages(id, consolidation.plans(body.lang))) this.receive(message);
      }
    } catch (error) {
      this.receive({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
}
