// The installed command on many files: the compiled build, in its own process, digesting files
// on worker threads. Threads or not, the answer must be the same, and it must be the one a
// single-threaded run gives.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/workbooks';
import { writeUnitFiles } from './consolidate-workbooks';

const root = path.resolve(__dirname, '..', '..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

beforeAll(async () => {
  // Other commands may be mid-edit and fail to type-check; tsc still emits what this test needs.
  spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'pipe' });
  expect(fs.existsSync(path.join(root, 'build', 'cli', 'consolidate-worker.js'))).toBe(true);
  await writeUnitFiles(tmp.dir);
}, 180000);

function ngansach(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'ngansach.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/ngansach.js consolidate', () => {
  it('gives the same JSON on 3 worker threads as on one thread', () => {
    const threads = ngansach('consolidate', tmp.dir, '--json', '--provinces', '2025', '--jobs', '3');
    const single = ngansach('consolidate', tmp.dir, '--json', '--provinces', '2025', '--jobs', '1');
    expect(threads.status).toBe(0);
    expect(threads.stdout).toBe(single.stdout);
    expect(threads.stderr).toBe(single.stderr);
    const json = JSON.parse(threads.stdout) as { total: { total: string }; files: { reason: string | null }[] };
    // 3.000 + 2.500 + 2.000 + 300 + 2.500 + 1.260 (consolidate-workbooks.ts)
    expect(json.total.total).toBe('11560');
    expect(json.files.filter((f) => f.reason !== null)).toHaveLength(1);
  });

  it('no usable file: exit 2, one line per file and one saying so, no stack trace', () => {
    const r = ngansach('consolidate', path.join(tmp.dir, 'hong.xlsx'), path.join(tmp.dir, 'none.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
