// What a CLI command talks to. Tests pass their own; main() passes the process's.

/** One line of standard input. */
export interface InputLine {
  /** The line without its line end (at most MAX_LINE characters). */
  text: string;
  /** The line was longer than MAX_LINE; `text` is its beginning. */
  cut: boolean;
}

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, a line at a time: memory stays small however long the input is. */
  stdinLines(): AsyncIterable<InputLine>;
  /** Resolves when what was written so far has gone out (so a fast producer waits for a slow reader). */
  drain?(): Promise<void>;
}

/** Bad input or bad arguments: main() prints the one-line message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** No money or mode text is longer; a longer line is kept only this far and marked cut. */
export const MAX_LINE = 4096;

/** Lines of a byte or text stream (UTF-8, "\n" or "\r\n" ends, a leading byte-order mark dropped). */
export async function* linesOf(chunks: AsyncIterable<Uint8Array | string>): AsyncIterable<InputLine> {
  const decoder = new TextDecoder('utf-8');
  let line = '';
  let cut = false;
  let first = true;
  const add = (piece: string): void => {
    if (cut) return;
    if (line.length + piece.length > MAX_LINE) {
      line += piece.slice(0, MAX_LINE - line.length);
      cut = true;
    } else {
      line += piece;
    }
  };
  const finish = (): InputLine => {
    const text = line.endsWith('\r') && !cut ? line.slice(0, -1) : line;
    const out = { text, cut };
    line = '';
    cut = false;
    return out;
  };
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    let at = 0;
    for (;;) {
      const nl = text.indexOf('\n', at);
      if (nl < 0) {
        add(text.slice(at));
        break;
      }
      add(text.slice(at, nl));
      yield finish();
      at = nl + 1;
    }
  }
  add(decoder.decode());
  if (line !== '' || cut) yield finish();
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stdinLines: () => linesOf(process.stdin),
  drain: () =>
    process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once('drain', () => resolve())) : Promise.resolve(),
};

/**
 * Characters written at once. Each write makes its text one string; kept under 128 KiB (32K
 * characters of two-byte text) it is not a large-object string, which V8 makes at about 2 ms
 * apiece: 256K-character writes made `check --json` of the 50k plan into a file 0.4 s slower.
 */
const WRITE_CHARS = 1 << 15;

/** JSON pieces a few tens of kilobytes at a time, waiting for a slow reader (a pipe) as it goes; a newline at the end. */
export async function writePieces(pieces: Iterable<string>, io: CliIO): Promise<void> {
  let pending = '';
  for (const piece of pieces) {
    if (pending.length + piece.length <= WRITE_CHARS) {
      pending += piece;
      continue;
    }
    if (pending) io.out(pending);
    pending = piece;
    if (io.drain) await io.drain();
  }
  io.out(pending + '\n');
}
