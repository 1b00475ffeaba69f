// The installed command, as a user runs it: the compiled build behind bin/ngansach.js, in a
// separate process, with real exit codes and stderr.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/workbooks';
import { FIXTURE_II } from './run';

const root = path.resolve(__dirname, '..', '..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

beforeAll(() => {
  // Other commands may be mid-edit and fail to type-check; tsc still emits, and only the check
  // command has to be in the build for these tests.
  spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'pipe' });
  expect(fs.existsSync(path.join(root, 'build', 'cli', 'check.js'))).toBe(true);
}, 180000);

function ngansach(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'ngansach.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/ngansach.js check', () => {
  it('prints the contract JSON with the fixture’s total', () => {
    const r = ngansach('check', FIXTURE_II, '--json');
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    const json = JSON.parse(r.stdout) as { tables: { summary: { total: string; bySource: Record<string, string> } }[] };
    expect(json.tables[0].summary.total).toBe('189270.5');
    expect(json.tables[0].summary.bySource['NSĐP']).toBe('180354.5');
  });

  it('writes --out and says so', () => {
    const out = tmp.file('out.xlsx');
    const r = ngansach('check', FIXTURE_II, '--out', out, '--lang', 'en');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Wrote');
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('bad input: exit 2, one line on stderr, no stack trace', () => {
    const notXlsx = tmp.file('notes.xlsx');
    fs.writeFileSync(notXlsx, 'hello');
    for (const args of [['check', tmp.file('missing.xlsx')], ['check', notXlsx], ['check', FIXTURE_II, '--lang', 'de'], ['check']]) {
      const r = ngansach(...args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('is what npx runs (package.json bin)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.ngansach).toBe('bin/ngansach.js');
  });
});
