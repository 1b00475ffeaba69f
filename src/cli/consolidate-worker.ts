// A worker thread of `ngansach consolidate`: reads, checks and digests one file per message and
// posts back the digest (plain data), so each thread holds one file's grids at a time.
import { parentPort } from 'worker_threads';
import type { Lang } from '../core/types';
import { digestWorkbook } from './consolidate-read';

export interface DigestJob { index: number; file: string; lang: Lang }

const port = parentPort;
if (port) {
  port.on('message', (job: DigestJob) => {
    void digestWorkbook(job.file, job.lang).then((outcome) => port.postMessage({ index: job.index, outcome }));
  });
}
