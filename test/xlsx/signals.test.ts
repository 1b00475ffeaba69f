// Ctrl+C (SIGINT) or a kill (SIGTERM) while --out writes: the temporary file beside the target
// is removed and the process ends with the signal's status. Runs the compiled writer
// (build/xlsx/write.js, made by `npm run build:cli`) in a child process.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../helpers/workbooks';

const ROOT = path.join(__dirname, '..', '..');
const WRITER = path.join(ROOT, 'build', 'xlsx', 'write.js');
const tmp = tempDir('ngansach-signals-');
afterAll(() => tmp.cleanup());

const available = fs.existsSync(WRITER) || process.env.CI === 'true';
if (!available) console.warn('SKIPPED the signal tests: build the CLI first (npm run build:cli)');

function interrupted(signal: NodeJS.Signals): Promise<{ code: number | null; left: string[] }> {
  const dir = tmp.file(signal);
  fs.mkdirSync(dir);
  const target = path.join(dir, 'out.xlsx');
  // A write that stops half way and waits, as a large copy would while being written.
  const script = `
    const { writeAtomically } = require(${JSON.stringify(WRITER)});
    setInterval(() => undefined, 1000);
    writeAtomically(${JSON.stringify(target)}, async (sink) => {
      sink.write(Buffer.alloc(4096));
      process.stdout.write('writing\\n');
      await new Promise(() => undefined);
    });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = false;
    child.stdout.on('data', (d: Buffer) => {
      if (seen || !d.toString().includes('writing')) return;
      seen = true;
      // The temporary file is there, hidden, beside the target.
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('.out.xlsx.') && f.endsWith('.tmp'))).toHaveLength(1);
      child.kill(signal);
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, left: fs.readdirSync(dir) }));
  });
}

(available ? describe : describe.skip)('an interrupted --out leaves nothing behind', () => {
  it('SIGINT', async () => {
    expect(await interrupted('SIGINT')).toEqual({ code: 130, left: [] });
  });
  it('SIGTERM', async () => {
    expect(await interrupted('SIGTERM')).toEqual({ code: 143, left: [] });
  });
});
