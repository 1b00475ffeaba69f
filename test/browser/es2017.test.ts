// Excel builds that still run add-ins in the EdgeHTML webview parse nothing newer than ES2017
// (no object spread, optional chaining, ??, lookbehind or \p{…} in regular expressions): one such
// construct anywhere in a bundle and the pane stays blank. Every script the build ships is parsed
// here at that level, as that engine would.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { DIST, ensureBuilt } from './harness';

describe('the built scripts parse as ES2017', () => {
  ensureBuilt();
  const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));

  it('ships the pane, its worker, the functions, the commands and the preview', () => {
    expect(scripts).toEqual(expect.arrayContaining(['taskpane.js', 'taskpane-worker.js', 'functions.js', 'commands.js', 'preview.js']));
  });

  it.each(scripts)('%s', (file) => {
    const source = fs.readFileSync(path.join(DIST, file), 'utf8');
    expect(() => parse(source, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
  });

  it('would catch ES2018 syntax (the check is not vacuous)', () => {
    expect(() => parse('const a = { ...b };', { ecmaVersion: 2017 })).toThrow();
    expect(() => parse('const r = /(?<=x)y/;', { ecmaVersion: 2017 })).toThrow();
    expect(() => parse('const r = /\\p{L}/u;', { ecmaVersion: 2017 })).toThrow();
  });
});
