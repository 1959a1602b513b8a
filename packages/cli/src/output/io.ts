/** Where a command writes: injected so the runner can be used from tests and other programs. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard output is a terminal (progress bars only then). */
  readonly isTTY?: boolean;
  /** Width of the terminal in cells, when it is one. */
  readonly columns?: number;
  /** Redraws a one-line progress display on the terminal (stderr); '' clears it. */
  progress?(line: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  get isTTY() {
    return process.stdout.isTTY === true && process.stderr.isTTY === true;
  },
  get columns() {
    return process.stdout.isTTY ? process.stdout.columns : undefined;
  },
  progress: (line) => {
    process.stderr.write(`\r\x1b[2K${line}`);
  },
};
