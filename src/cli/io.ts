/** Where the CLI writes: the process's streams, or buffers in tests. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Progress lines only go to an interactive terminal. */
  errIsTTY: boolean;
  /** Colour only on an interactive terminal, and never with NO_COLOR set. */
  color: boolean;
}

/** The part of a Node stream the CLI writes to. */
export interface OutStream {
  write(s: string): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
  isTTY?: boolean;
}

export function processIo(): Io {
  return streamIo(process.stdout, process.stderr, process.env);
}

/**
 * Writes to two streams. A reader that goes away (`cermat check … | head`) makes the next write
 * fail with EPIPE, which Node raises as an unhandled 'error' event and a stack trace: such a stream
 * is dropped instead, and the run goes on quietly (the --report and --annotate files still get
 * written, the exit code is the run's).
 */
export function streamIo(stdout: OutStream, stderr: OutStream, env: Record<string, string | undefined> = {}): Io {
  const sink = (s: OutStream) => {
    let closed = false;
    s.on('error', (e) => {
      if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
      closed = true;
    });
    return (text: string) => {
      if (!closed) s.write(text);
    };
  };
  const out = sink(stdout);
  const err = sink(stderr);
  return { out, err, errIsTTY: !!stderr.isTTY, color: !!stdout.isTTY && !env.NO_COLOR };
}

/** Collects output in memory (tests, embedding). */
export function memoryIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), errIsTTY: false, color: false };
}
