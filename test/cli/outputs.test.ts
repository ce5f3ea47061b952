/**
 * Data loss: no output of `cermat check` (--report, --annotate) or `cermat fill -o` may land on an
 * input, however the path is spelled. Each case writes the would-be victim's bytes first and
 * proves they are unchanged after the refusal.
 */
import { copyFileSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { memoryIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import { annotatedPaths } from '../../src/cli/check-command';
import { FIXTURES, tempDir } from '../xlsx/helpers';

async function cli(argv: string[]) {
  const io = memoryIo();
  const code = await run(argv, io);
  return { code, out: io.stdout.join(''), err: io.stderr.join('') };
}

function setup() {
  const dir = tempDir('cermat-out-');
  const input = path.join(dir, 'masuk.xlsx');
  copyFileSync(path.join(FIXTURES, 'published/002_tabel_2_8.xlsx'), input);
  return { dir, input, bytes: readFileSync(input) };
}

describe('outputs never overwrite inputs', () => {
  it('check --report IN.xlsx is refused (exit 2, both paths named) and the input is untouched', async () => {
    const { input, bytes } = setup();
    const r = await cli(['check', input, '--report', input]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(input);
    expect(r.err.match(new RegExp(input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))!.length).toBeGreaterThanOrEqual(2);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  it('through a symlink, a ".." path and a hard link', async () => {
    const { dir, input, bytes } = setup();
    const link = path.join(dir, 'tautan.xlsx');
    symlinkSync(input, link);
    const hard = path.join(dir, 'keras.xlsx');
    linkSync(input, hard);
    mkdirSync(path.join(dir, 'sub'));
    const dotted = path.join(dir, 'sub', '..', 'masuk.xlsx');
    for (const out of [link, hard, dotted]) {
      const r = await cli(['check', input, '--report', out, '--json']);
      expect(r.code).toBe(2);
      expect(r.out).toBe(''); // refused before anything is checked or printed
      expect(r.err).toContain(out);
      expect(r.err).toContain(input);
      expect(readFileSync(input).equals(bytes)).toBe(true);
    }
  });

  it('fill -o LINK where LINK points at the input is refused', async () => {
    const { dir, input, bytes } = setup();
    const link = path.join(dir, 'tautan.xlsx');
    symlinkSync(input, link);
    for (const out of [link, input, path.join(dir, '.', 'masuk.xlsx')]) {
      const r = await cli(['fill', input, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(out);
      expect(r.err).toContain(input);
    }
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  it('--annotate into the inputs folder is refused when a copy would land on an input', async () => {
    const { dir, input, bytes } = setup();
    // The annotated copy of masuk.xlsx is masuk.cermat.xlsx: here that name is itself an input.
    const victim = path.join(dir, 'masuk.cermat.xlsx');
    writeFileSync(victim, bytes);
    const r = await cli(['check', dir, '--annotate', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(victim);
    expect(readFileSync(victim).equals(bytes)).toBe(true);
    expect(readFileSync(input).equals(bytes)).toBe(true);
    // An --annotate "folder" that is an input file is refused too.
    const r2 = await cli(['check', input, '--annotate', input]);
    expect(r2.code).toBe(2);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  it('--report r.csv and fill -o r.csv are refused: Cermat writes workbooks only', async () => {
    const { dir, input } = setup();
    const csv = path.join(dir, 'r.csv');
    const r = await cli(['check', input, '--report', csv]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.xlsx/);
    const f = await cli(['fill', input, '-o', csv]);
    expect(f.code).toBe(2);
    expect(() => readFileSync(csv)).toThrow();
  });

  it('an existing output that is not an input is replaced, and the CLI says so', async () => {
    const { dir, input } = setup();
    const out = path.join(dir, 'ringkasan.xlsx');
    writeFileSync(out, 'lama');
    const r = await cli(['check', input, '--report', out, '--exit-zero']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/berkas lama diganti/);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('annotated copies are numbered when two inputs share a name', () => {
    expect(annotatedPaths('o', ['a/x.xlsx', 'b/x.xlsx', 'c/X.xlsm'])).toEqual([
      path.join('o', 'x.cermat.xlsx'),
      path.join('o', 'x-2.cermat.xlsx'),
      path.join('o', 'X-3.cermat.xlsx'),
    ]);
  });
});
