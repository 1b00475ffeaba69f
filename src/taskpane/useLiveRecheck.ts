// Live re-check: after a whole-sheet check, edits inside the checked range re-check it (read
// again, checked in the worker) and refresh the findings and the marks. Edits come in bursts
// (a paste, a fill-down, typing cell after cell), so they are gathered for a short while and
// re-checked once. Offered only where the host can watch cells (WorkbookHost.watchRange).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Texts } from '../core/i18n/pane';
import type { RangeWatch, WorkbookHost } from '../excel/host';
import type { CheckView } from './check/protocol';
import type { ActionRunner } from './useActionRunner';

/** Long enough to gather a paste or a quick run of edits, short enough to feel immediate. */
export const LIVE_DEBOUNCE_MS = 600;

export interface LiveRecheckOptions {
  host: WorkbookHost;
  view: CheckView | null;
  run: ActionRunner['run'];
  /** Reads and checks again; null when the checked sheet is not the active one any more. */
  recheck: () => Promise<CheckView | null>;
  t: Texts;
}

export interface LiveRecheck {
  available: boolean;
  on: boolean;
  setOn: (on: boolean) => void;
  /** Starts watching what this check read (only whole-sheet checks: a selection moves). */
  watch: (view: CheckView, wholeSheet: boolean) => Promise<void>;
  /** Stops watching (a new check is about to start). */
  pause: () => void;
}

export function useLiveRecheck({ host, view, run, recheck }: LiveRecheckOptions): LiveRecheck {
  const available = typeof host.watchRange === 'function';
  const [on, setOnState] = useState(true);
  const onRef = useRef(on);
  const watching = useRef<{ watch: RangeWatch; sheet: string; range: string } | null>(null);
  const wholeSheet = useRef(false);
  const changed = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const busy = useRef(false);
  const recheckRef = useRef(recheck);
  recheckRef.current = recheck;

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    changed.current = [];
    const current = watching.current;
    watching.current = null;
    if (current) void current.watch.stop();
  }, []);

  const fire = useCallback(() => {
    timer.current = null;
    if (busy.current) {
      // A re-check is still running: try again once it is done.
      timer.current = setTimeout(() => fire(), LIVE_DEBOUNCE_MS);
      return;
    }
    const cells = [...new Set(changed.current)].join(', ');
    changed.current = [];
    busy.current = true;
    void run(async () => {
      try {
        const next = await recheckRef.current();
        if (!next) return;
        const current = watching.current;
        // Rows added at the end of the table widen what must be watched.
        if (current && (current.range !== next.range || current.sheet !== next.sheet)) await startWatch(next);
        return (tx) => tx.check.rechecked(cells);
      } finally {
        busy.current = false;
      }
    });
  }, [run]);

  const startWatch = useCallback(async (next: CheckView) => {
    stop();
    if (!host.watchRange || !onRef.current || !wholeSheet.current) return;
    const watch = await host.watchRange(next.sheet, next.range, (address) => {
      changed.current.push(address);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(fire, LIVE_DEBOUNCE_MS);
    });
    watching.current = { watch, sheet: next.sheet, range: next.range };
  }, [host, stop, fire]);

  const watch = useCallback(async (next: CheckView, whole: boolean) => {
    wholeSheet.current = whole;
    await startWatch(next);
  }, [startWatch]);

  const setOn = useCallback((value: boolean) => {
    onRef.current = value;
    setOnState(value);
    if (!value) stop();
    else if (view) void run(async () => startWatch(view));
  }, [view, run, stop, startWatch]);

  useEffect(() => stop, [stop]);

  return { available, on, setOn, watch, pause: stop };
}
