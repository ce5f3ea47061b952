/** Where the CLI writes: the process's streams, or buffers in tests. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Progress lines only go to an interactive terminal. */
  errIsTTY: boolean;
  /** Colour only on an interactive terminal, and never with NO_COLOR set. */
  color: boolean;
}

export function processIo(): Io {
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    errIsTTY: !!process.stderr.isTTY,
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
  };
}

/** Collects output in memory (tests, embedding). */
export function memoryIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), errIsTTY: false, color: false };
}
