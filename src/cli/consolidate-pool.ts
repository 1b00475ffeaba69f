// Digesting many files on threads: the main thread and `jobs − 1` worker threads take files from
// one queue, so a slow file does not hold the others up; results come back in the order given.
// The main thread works too because a new thread starts cold (it loads and compiles the core
// again), and a worker keeps two files in hand so it never waits while the main thread is busy
// with one. Where the compiled worker is not beside us (running from the TypeScript sources),
// every file is digested on the main thread.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { FileOutcome } from '../core/consolidate';
import { CONSOLIDATE_TEXT } from '../core/i18n/consolidate';
import type { Lang } from '../core/types';
import { digestWorkbook } from './consolidate-read';
import type { DigestJob } from './consolidate-worker';

const WORKER_FILE = path.join(__dirname, 'consolidate-worker.js');
/** Files a worker holds at once: one it reads, one waiting. */
const IN_HAND = 2;
/**
 * A worker starts cold: loading and compiling the core costs it about as much as reading a
 * megabyte of workbooks. Left to choose, we start one only for every 2 MB of input, so a handful
 * of small files is not slowed by threads that would spend most of their time starting.
 */
const BYTES_PER_WORKER = 2 * 1024 * 1024;

function cores(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

function totalBytes(files: readonly string[]): number {
  let n = 0;
  // A file that is not there costs nothing to read; the reader reports it.
  for (const f of files) n += fs.statSync(f, { throwIfNoEntry: false })?.size ?? 0;
  return n;
}

/**
 * Cores no one else is using: the machine's, less ours and the threads others keep running (the
 * load average counts our own thread too). A worker on a core that is already busy only takes
 * turns with the main thread, and starting cold (loading and compiling the core) it costs more
 * than it reads: 500 small files on two busy cores took 5.7 s with one worker, 3.3 s without.
 * Where there is no load average (Windows: zeros) every core counts as free.
 */
export function freeCores(cores: number, load: number): number {
  return Math.max(0, Math.round(cores - 1 - Math.max(0, load - 1)));
}

/** Worker threads to start besides the main thread: `jobs − 1`, or when not told, what the input and the machine are worth. */
function workerCount(files: readonly string[], jobs: number | null): number {
  if (!fs.existsSync(WORKER_FILE) || files.length < 2) return 0;
  if (jobs !== null) return Math.min(jobs - 1, files.length - 1);
  return Math.min(freeCores(cores(), os.loadavg()[0]), files.length - 1, Math.floor(totalBytes(files) / BYTES_PER_WORKER));
}

/** `jobs`: threads to use (the main one included); null = decide from the machine and the input. */
export async function digestAll(files: readonly string[], lang: Lang, jobs: number | null, detail: boolean): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(files.length);
  let next = 0;
  const workers = workerCount(files, jobs);

  const threads: Promise<void>[] = [];
  for (let i = 0; i < workers; i++) {
    threads.push(new Promise((resolve) => {
      const worker = new Worker(WORKER_FILE);
      const inHand = new Set<number>();
      const feed = (): void => {
        while (inHand.size < IN_HAND && next < files.length) {
          const index = next++;
          inHand.add(index);
          const job: DigestJob = { index, file: files[index], lang, detail };
          worker.postMessage(job);
        }
        if (inHand.size === 0) {
          void worker.terminate();
          resolve();
        }
      };
      worker.on('message', (m: { index: number; outcome: FileOutcome }) => {
        inHand.delete(m.index);
        results[m.index] = m.outcome;
        feed();
      });
      // A thread that dies (out of memory on one huge file) loses the files in its hands, each
      // reported as skipped; the rest of the queue goes on in the other threads.
      const lose = (why: string): void => {
        for (const index of inHand) results[index] = { ok: false, file: files[index], reason: CONSOLIDATE_TEXT.workerLost(files[index], why) };
        inHand.clear();
        resolve();
      };
      worker.on('error', (err) => lose(err.message));
      worker.on('exit', (code) => lose(`exit ${code}`));
      feed();
    }));
  }

  // The main thread's share; it yields between files so the workers' messages are handled.
  while (next < files.length) {
    const index = next++;
    results[index] = await digestWorkbook(files[index], lang, detail);
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(threads);
  return results;
}
