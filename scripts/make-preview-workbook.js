#!/usr/bin/env node
// Writes src/preview/example-workbook.json: the fixture plan appendix (Phụ lục II, Khánh Hòa
// 2016-2020) as Grids, read by the CLI's own .xlsx reader, so the browser preview and the
// browser tests start from exactly what `ngansach check` reads. Run after `npm run build:cli`:
//   npm run build:cli && node scripts/make-preview-workbook.js
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'examples', 'ke-hoach-2016-2020-phu-luc-ii.xlsx');
const target = path.join(root, 'src', 'preview', 'example-workbook.json');

async function main() {
  const { readWorkbookGrids } = require(path.join(root, 'build', 'cli', 'xlsx-reader.js'));
  const grids = await readWorkbookGrids(source);
  // Formats, hidden rows and merges the fake can take are kept; empty trailing arrays are not.
  fs.writeFileSync(target, JSON.stringify({ source: path.relative(root, source), grids }) + '\n');
  console.log(`wrote ${path.relative(root, target)}: ${grids.map((g) => `${g.sheet} ${g.values.length}×${g.values[0]?.length ?? 0}`).join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
