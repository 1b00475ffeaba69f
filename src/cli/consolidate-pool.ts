// Digesting many files on worker threads: each thread takes the next file when it is done with
// one, so a slow file does not hold the others up; results come back in the order given. Where
// the compiled worker is not beside us (running from TypeScript sources), or one thread would
// do, files are digested here, one after another.
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

export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export async function digestAll(files: readonly string[], lang: Lang, jobs: number): Promise<FileOutcome[]> {
  const threads = Math.min(jobs, files.length);
  if (threads <= 1 || !fs.existsSync(WORKER_FILE)) {
    const out: FileOutcome[] = [];
    for (const file of files) out.push(await digestWorkbook(file, lang));
    return out;
  }
  return new Promise((resolve) => {
    const results: (FileOutcome | undefined)[] = new Array(files.length);
    let next = 0;
    let done = 0;
    const start = (): void => {
      const worker = new Worker(WORKER_FILE);
      let current = -1;
      const feed = (): void => {
        if (next >= files.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        const job: DigestJob = { index: current, file: files[current], lang };
        worker.postMessage(job);
      };
      const finish = (index: number, outcome: FileOutcome): void => {
        results[index] = outcome;
        if (++done === files.length) resolve(results as FileOutcome[]);
      };
      worker.on('message', (m: { index: number; outcome: FileOutcome }) => {
        current = -1;
        finish(m.index, m.outcome);
        feed();
      });
      // A thread that dies (out of memory on one huge file) loses only its file; a new one goes on.
      const lose = (why: string): void => {
        if (current < 0) return;
        const lost = current;
        current = -1;
        finish(lost, { ok: false, file: files[lost], reason: CONSOLIDATE_TEXT.workerLost(files[lost], why) });
        if (next < files.length) start();
      };
      worker.on('error', (err) => lose(err.message));
      worker.on('exit', (code) => lose(`exit ${code}`));
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
}
