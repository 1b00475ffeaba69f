// What a CLI command talks to. Tests pass their own; main() passes the process's.
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** All of standard input as text. */
  readStdin(): Promise<string>;
}

/** Bad input or bad arguments: main() prints the one-line message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: () =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      process.stdin.on('data', (c: Buffer) => chunks.push(c));
      process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      process.stdin.on('error', reject);
    }),
};
