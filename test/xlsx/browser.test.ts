// The browser door (src/xlsx/browser.ts): the same Grids from bytes, inflated by the platform's
// DecompressionStream (Node 20 has it too, so it runs here), and no Node module anywhere in
// what it imports, so the task pane can bundle it.
import * as fs from 'fs';
import * as path from 'path';
import { XlsxError, readWorkbookBytes } from '../../src/xlsx/browser';
import { readWorkbookFile } from '../../src/xlsx/node';
import { FIXTURE_II, FIXTURE_SURVEY } from '../helpers/fixtures';

const SRC = path.join(__dirname, '..', '..', 'src');

/** Every module src/xlsx/browser.ts reaches, and every bare import among them. */
function reach(file: string, seen = new Set<string>(), bare = new Set<string>()): { seen: Set<string>; bare: Set<string> } {
  if (seen.has(file)) return { seen, bare };
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
    const spec = m[1];
    if (spec.startsWith('.')) reach(path.resolve(path.dirname(file), `${spec}.ts`), seen, bare);
    else bare.add(spec);
  }
  return { seen, bare };
}

describe('readWorkbookBytes (browser entry)', () => {
  it('gives the Node door’s Grids for the fixtures', async () => {
    for (const file of [FIXTURE_II, FIXTURE_SURVEY]) {
      const grids = await readWorkbookBytes(new Uint8Array(fs.readFileSync(file)));
      expect(grids).toEqual((await readWorkbookFile(file)).grids);
    }
  });

  it('refuses a damaged file with the same one-line XlsxError', async () => {
    const bytes = fs.readFileSync(FIXTURE_II);
    await expect(readWorkbookBytes(new Uint8Array(bytes.subarray(0, bytes.length >> 1)), { fileName: 'half.xlsx' })).rejects.toThrow(XlsxError);
  });

  it('imports nothing from Node', () => {
    const { seen, bare } = reach(path.join(SRC, 'xlsx', 'browser.ts'));
    expect(seen.size).toBeGreaterThan(5);
    expect([...bare].sort()).toEqual(['decimal.js'].filter((b) => bare.has(b)));
    expect([...seen].some((f) => f.endsWith(`${path.sep}node.ts`))).toBe(false);
  });
});
