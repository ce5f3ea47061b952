/**
 * `cermat check … | head`: the reader closes the pipe early. The CLI must not die on EPIPE with a
 * stack trace; it stops writing to the pipe and finishes (report written, the run's exit code).
 */
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { copyFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { streamIo } from '../../src/cli/io';
import { FIXTURES, ROOT, tempDir } from '../xlsx/helpers';

/** Runs the CLI from source in a child process whose stdout reader is gone before it writes. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; signal: string | null; err: string }> {
  const main = path.join(ROOT, 'src', 'cli', 'main.ts');
  const script = `require(${JSON.stringify(main)}).main(process.argv.slice(1))`;
  const child = spawn(process.execPath, ['-r', require.resolve('tsx/cjs'), '-e', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Closing our end of the pipe now makes every write of the child fail with EPIPE, as after `head` exits.
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, err })));
}

describe('a closed stdout (cermat check … | head)', () => {
  it('exits with the run’s code, no EPIPE, no stack trace, and still writes the report', async () => {
    const dir = tempDir('cermat-epipe-');
    const input = path.join(dir, 'a.xlsx');
    copyFileSync(path.join(FIXTURES, 'published/002_tabel_2_8.xlsx'), input);
    const report = path.join(dir, 'ringkasan.xlsx');
    const r = await runWithClosedStdout(['check', input, '--report', report, '--jobs', '1']);
    expect(r.err).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(r.signal).toBeNull();
    // The published table has errors: 1, as when the output is read to the end.
    expect(r.code).toBe(1);
    expect(existsSync(report)).toBe(true);
  }, 60_000);

  it('the io layer drops a stream that reported EPIPE and rethrows other errors', () => {
    const written: string[] = [];
    const fake = Object.assign(new EventEmitter(), { write: (s: string) => void written.push(s) });
    const io = streamIo(fake, fake);
    io.out('a');
    fake.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    io.out('b');
    io.err('c');
    expect(written).toEqual(['a']);
    expect(() => fake.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' }))).toThrow('EIO');
  });
});
