// A worker thread of `ngansach consolidate`: reads, checks and digests the files it is sent, one
// after another (a second file waits as a message, not as grids), and posts back each digest
// (plain data).
import { parentPort } from 'worker_threads';
import type { Lang } from '../core/types';
import { digestWorkbook } from './consolidate-read';

export interface DigestJob { index: number; file: string; lang: Lang; detail: boolean }

const port = parentPort;
if (port) {
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (job: DigestJob) => {
    queue = queue.then(async () => port.postMessage({ index: job.index, outcome: await digestWorkbook(job.file, job.lang, job.detail) }));
  });
}
