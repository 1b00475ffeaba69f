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

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export async function digestAll(files: readonly string[], lang: Lang, jobs: number): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array(files.length);
  let next = 0;
  const workers = fs.existsSync(WORKER_FILE) ? Math.min(jobs - 1, Math.ceil(files.length / IN_HAND) - 1) : 0;

  const threads: Promise<void>[] = [];
  for (let i = 0; i < workers; i++) {
    threads.push(new Promise((resolve) => {
      const worker = new Worker(WORKER_FILE);
      const inHand = new Set<number>();
      const feed = (): void => {
        while (inHand.size < IN_HAND && next < files.length) {
          const index = next++;
          inHand.add(index);
          const job: DigestJob = { index, file: files[index], lang };
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
    results[index] = await digestWorkbook(files[index], lang);
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(threads);
  return results;
}
