// The task pane loads inside Excel on every open: its scripts must stay small (tree-shaken
// Fluent UI, no chart library). Measured gzipped, as a browser downloads them: the pane's script
// and its check worker, what every open downloads. Chunks fetched on first use (the inline check
// where workers fail, the consolidation, the invest-or-lease computation) are not among them.
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { DIST, ensureBuilt } from './harness';

const LIMIT_KIB = 400;

it(`the task pane's scripts are under ${LIMIT_KIB} KiB gzipped`, () => {
  ensureBuilt();
  const scripts = fs.readdirSync(DIST).filter((f) => /^taskpane.*\.js$/.test(f));
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce((total, f) => total + gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
  console.warn(`task pane scripts (${scripts.join(', ')}): ${(bytes / 1024).toFixed(1)} KiB gzipped`);
  expect(bytes / 1024).toBeLessThan(LIMIT_KIB);
});
