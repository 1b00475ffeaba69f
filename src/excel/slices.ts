// Long work on the pane's own thread, cut into slices: between two slices the pane paints, shows
// its progress and answers clicks. Work that can pause is written as a generator that yields
// where it may stop; runSliced gives the event loop a turn once a slice has run SLICE_MS.

/** Well under the 50 ms a browser counts as a long task, so several slices rarely add up to one. */
export const SLICE_MS = 30;

export const now = (): number => (typeof performance === 'object' ? performance.now() : Date.now());

/** Resolves in a later task of the event loop (not a microtask: those run before any paint or click). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const scope = globalThis as { setImmediate?: (f: () => void) => unknown };
    // Node has setImmediate; a page has MessageChannel, which (unlike setTimeout) is not clamped to 4 ms.
    if (typeof scope.setImmediate === 'function') scope.setImmediate(resolve);
    else if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

/** Runs `steps` to its end, giving the event loop a turn whenever it has run `sliceMs` since the last. */
export async function runSliced<T>(steps: Generator<void, T, void>, sliceMs = SLICE_MS): Promise<T> {
  let started = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - started >= sliceMs) {
      await nextTask();
      started = now();
    }
  }
}

/** Runs `steps` to its end without pausing, for a caller that needs the answer at once. */
export function runAtOnce<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
