// `ngansach money` driven through main() with a fake terminal, as a script or a user would.
import { main } from '../../src/cli/main';
import { stdinOf } from './run';
import type { CliIO } from '../../src/cli/io';

function fakeIO(stdin: string): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    stdinLines: stdinOf(stdin),
    stdout: () => out,
    stderr: () => err,
  };
}

describe('ngansach money --json', () => {
  test('one JSON object per input line, as CONTRACT.md documents', async () => {
    const io = fakeIO('2,5 tỷ đồng/1 năm\n35.388,5\nChưa có\n-\n');
    expect(await main(['money', '--json'], io)).toBe(0);
    const lines = io.stdout().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      input: '2,5 tỷ đồng/1 năm', value: '2500', unit: 'triệu đồng', per: 'year', unitExplicit: true, ambiguous: false,
    });
    expect(lines[1]).toMatchObject({ input: '35.388,5', value: '35388.5', per: 'total', unitExplicit: false });
    expect(lines[2]).toMatchObject({ input: 'Chưa có', value: null });
    expect(lines[2].reason).toEqual(expect.any(String));
    expect(lines[3]).toMatchObject({ input: '-', value: null, dash: true, reason: null });
    expect(io.stderr()).toBe('');
  });

  test('--unit sets the unit of plain numbers and of the result', async () => {
    const io = fakeIO('1,26 tỷ\n2,812,145,000\n');
    expect(await main(['money', '--unit', 'đồng', '--json'], io)).toBe(0);
    const [a, b] = io.stdout().trimEnd().split('\n').map((l) => JSON.parse(l));
    // 1,26 tỷ = 1.260.000.000 đồng; the plain number is already in đồng.
    expect(a).toMatchObject({ value: '1260000000', unit: 'đồng' });
    expect(b).toMatchObject({ value: '2812145000', unit: 'đồng' });
  });

  test('--unit accepts the ways officers write units ("tỷ", --unit=VNĐ)', async () => {
    const io = fakeIO('500 triệu\n');
    expect(await main(['money', '--unit=tỷ', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout())).toMatchObject({ value: '0.5', unit: 'tỷ đồng' });
    const io2 = fakeIO('1 triệu\n');
    expect(await main(['money', '--unit=VNĐ', '--json'], io2)).toBe(0);
    expect(JSON.parse(io2.stdout())).toMatchObject({ value: '1000000', unit: 'đồng' });
  });

  test('Windows line endings and a missing final newline', async () => {
    const io = fakeIO('1.200\r\n3 tỷ/năm');
    await main(['money', '--json'], io);
    const lines = io.stdout().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.input, l.value, l.per])).toEqual([['1.200', '1200', 'total'], ['3 tỷ/năm', '3000', 'year']]);
  });

  test('an empty line in the middle keeps its place (value null, reason empty)', async () => {
    const io = fakeIO('1\n\n2\n');
    await main(['money', '--json'], io);
    const lines = io.stdout().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.value)).toEqual(['1', null, '2']);
    expect(lines[1].reason).toBe('empty');
  });

  test('no input, no output', async () => {
    const io = fakeIO('');
    expect(await main(['money', '--json'], io)).toBe(0);
    expect(io.stdout()).toBe('');
  });

  test('many lines are all answered, in order', async () => {
    const input = Array.from({ length: 2500 }, (_, i) => `${i + 1},5`).join('\n');
    const io = fakeIO(input);
    await main(['money', '--json'], io);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(2500);
    expect(JSON.parse(lines[2499]).value).toBe('2500.5');
  });
});

describe('ngansach money (human lines)', () => {
  test('amounts in Vietnamese notation with their unit and the text they came from', async () => {
    const io = fakeIO('35.388,5\n3 tỷ/năm\n-\nChưa có\n1,234\n');
    expect(await main(['money'], io)).toBe(0);
    const lines = io.stdout().trimEnd().split('\n');
    expect(lines[0]).toBe('35.388,5 triệu đồng  ← "35.388,5"');
    expect(lines[1]).toBe('3.000 triệu đồng/năm  ← "3 tỷ/năm"');
    expect(lines[2]).toMatch(/^-\s.*← "-"$/);
    expect(lines[3]).toMatch(/^\?\s.*no amount stated.*← "Chưa có"$/);
    expect(lines[4]).toMatch(/^1,234 triệu đồng {2}← "1,234" {2}\[\?\] /);
  });
});

describe('ngansach money: bad arguments exit 2 with one line', () => {
  test.each([
    [['money', '--unit', 'đô la']],
    [['money', '--unit']],
    [['money', '--currency', 'USD']],
    [['money', 'file.txt']],
    [['money', '--json=yes']],
  ])('%j', async (argv) => {
    const io = fakeIO('1\n');
    expect(await main(argv, io)).toBe(2);
    expect(io.stdout()).toBe('');
    const err = io.stderr();
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^ngansach money: /);
  });
  test('the bad unit message names the units that work', async () => {
    const io = fakeIO('');
    await main(['money', '--unit', 'USD'], io);
    expect(io.stderr()).toMatch(/"đồng", "nghìn đồng", "triệu đồng" or "tỷ đồng"/);
  });
});
