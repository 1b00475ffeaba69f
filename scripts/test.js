#!/usr/bin/env node
// `npm test`: everything a change must pass, in the order that fails fastest.
// typecheck → lint → build the CLI → build the add-in → jest (unit, CLI end-to-end,
// LibreOffice recalculation, manifest schema, task pane in Chromium).
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
// A fresh clone has no node_modules: install exactly what the lockfile says first.
const fs = require('fs');
if (!fs.existsSync(bin('tsc'))) {
  process.stdout.write('== npm ci (first run on this checkout)\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}

const steps = [
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('eslint'), ['--max-warnings', '0', 'src', 'test', 'scripts']],
  ['build:cli', bin('tsc'), ['-p', 'tsconfig.cli.json']],
  ['build', bin('webpack'), ['--mode', 'production']],
  ['jest', bin('jest'), process.argv.slice(2)],
];

for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n== ${name}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stdout.write(`\n== ${name} FAILED (${secs}s)\n`);
    process.exit(r.status || 1);
  }
  process.stdout.write(`== ${name} ok (${secs}s)\n`);
}
