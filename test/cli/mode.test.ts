// `ngansach mode`: stdin lines in, one line out per input line, through a fake CliIO.
import { runMode } from '../../src/cli/mode';
import { stdinOf } from './run';
import { CliIO, UsageError } from '../../src/cli/io';
import { main } from '../../src/cli/main';

function fakeIO(stdin: string): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdinLines: stdinOf(stdin),
    stdout: () => out,
    stderr: () => err,
  };
}

describe('ngansach mode --json', () => {
  test('one JSON object per input line, in the contract shape', async () => {
    const io = fakeIO('Thuê dịch vụ (VNPT)\nTự đầu tư\nĐầu tư kết hợp thuê dịch vụ\n');
    expect(await runMode(['--json'], io)).toBe(0);
    expect(io.stdout().split('\n')).toEqual([
      '{"input":"Thuê dịch vụ (VNPT)","mode":"lease","vendor":"VNPT"}',
      '{"input":"Tự đầu tư","mode":"invest","vendor":null}',
      '{"input":"Đầu tư kết hợp thuê dịch vụ","mode":"mixed","vendor":null}',
      '',
    ]);
    expect(io.stderr()).toBe('');
  });

  test('blank lines in the middle still get a line, so output stays aligned with input', async () => {
    const io = fakeIO('Thuê VNPT\n\nMiễn phí');
    await runMode(['--json'], io);
    const lines = io.stdout().trimEnd().split('\n').map((l) => JSON.parse(l) as { input: string; mode: string });
    expect(lines.map((l) => [l.input, l.mode])).toEqual([
      ['Thuê VNPT', 'lease'],
      ['', 'unknown'],
      ['Miễn phí', 'free'],
    ]);
  });

  test('Windows line ends and a byte-order mark are not part of the text', async () => {
    const io = fakeIO('\uFEFFThuê Viettel\r\nĐang thử nghiệm\r\n');
    await runMode(['--json'], io);
    expect(io.stdout()).toBe(
      '{"input":"Thuê Viettel","mode":"lease","vendor":"Viettel"}\n{"input":"Đang thử nghiệm","mode":"pilot","vendor":null}\n',
    );
  });

  test('empty stdin prints nothing and succeeds', async () => {
    const io = fakeIO('');
    expect(await runMode(['--json'], io)).toBe(0);
    expect(io.stdout()).toBe('');
  });
});

describe('ngansach mode (human lines)', () => {
  test('the text, the mode with its Vietnamese word, the vendor', async () => {
    const io = fakeIO('Thuê VNPT\nTự đầu tư\n-\n');
    expect(await runMode([], io)).toBe(0);
    expect(io.stdout()).toBe('Thuê VNPT\t→ lease (thuê) · VNPT\nTự đầu tư\t→ invest (đầu tư)\n-\t→ unknown (chưa rõ)\n');
  });
});

describe('bad arguments', () => {
  test('an unknown flag is a usage error', async () => {
    await expect(runMode(['--jsn'], fakeIO(''))).rejects.toThrow(UsageError);
  });
  test('a file argument is a usage error that says to pipe the texts', async () => {
    await expect(runMode(['cells.txt'], fakeIO(''))).rejects.toThrow(/pipe/);
  });
  test('--json takes no value', async () => {
    await expect(runMode(['--json=yes'], fakeIO(''))).rejects.toThrow(UsageError);
  });
  test('through main: exit 2 with one line on stderr', async () => {
    const io = fakeIO('');
    expect(await main(['mode', '--bogus'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^ngansach mode: không có tùy chọn --bogus \/ unknown option --bogus[^\n]*\n$/);
    expect(io.stdout()).toBe('');
  });
  test('through main: a good run exits 0', async () => {
    const io = fakeIO('Thuê\n');
    expect(await main(['mode', '--json'], io)).toBe(0);
    expect(io.stdout()).toBe('{"input":"Thuê","mode":"lease","vendor":null}\n');
  });
});

describe('--help after a command', () => {
  it('prints the usage and exits 0 instead of calling --help an unknown option', async () => {
    const io = fakeIO('');
    expect(await main(['check', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('ngansach check FILE.xlsx');
    expect(io.stderr()).toBe('');
  });
});
