/** The cermat command. `main` sets process.exitCode; `run` returns the code (tests, embedding). */
import { parseArgs, usage, UsageError } from './args';
import { checkCommand } from './check-command';
import { compareCommand } from './compare-command';
import { fillCommand } from './fill-command';
import { processIo, type Io } from './io';
import { version } from './version';

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  let cmd;
  try {
    cmd = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`cermat: ${e.message}\n\n${usage(e.lang)}`);
      return 2;
    }
    throw e;
  }
  try {
    switch (cmd.cmd) {
      case 'help':
        io.out(usage(cmd.lang));
        return 0;
      case 'version':
        io.out(`cermat ${version()}\n`);
        return 0;
      case 'check':
        return await checkCommand(cmd, io);
      case 'fill':
        return await fillCommand(cmd, io);
      case 'compare':
        return await compareCommand(cmd, io);
    }
  } catch (e) {
    // Last resort: a one-line message, never a stack trace (CERMAT_DEBUG=1 shows it).
    io.err(`cermat: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.CERMAT_DEBUG && e instanceof Error && e.stack) io.err(e.stack + '\n');
    return 2;
  }
}

export async function main(argv: string[]): Promise<void> {
  process.exitCode = await run(argv);
}
