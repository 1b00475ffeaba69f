#!/usr/bin/env node
'use strict';
// The CLI is compiled from src/cli by `npm install` (the "prepare" script) into build/.
let main;
try {
  main = require('../build/cli/main.js').main;
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('ngansach: chưa build — chạy `npm install` (hoặc `npm run build:cli`) trong thư mục dự án.\n');
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
