/**
 * The floor ratio (issue 13): `cermat check --jobs 1` against the floor script (bench/floor.ts:
 * fflate inflates the package, one pass over every byte), both as whole processes, on the generated
 * Tabel 6.1 of 20,000 and 100,000 rows. `npm run bench:floor` (builds first), or
 *
 *   node dist-cli/bench/floor-ratio.js [--reps N] [--sizes 20000,100000] [--folder] [--base DIR]
 *
 * CPU is user + system seconds of the whole process and peak memory its maximum resident set, both
 * from /usr/bin/time (GNU time; without it, from the process itself at exit through a preloaded
 * hook, which misses only Node's teardown). The floor and Cermat alternate within each repetition,
 * so that other work on a shared machine falls on both; medians are reported and the ratio is
 * taken between medians of the same run.
 *
 * --folder also checks a folder of 200 generated workbooks (mixed tables and sizes) with
 * `cermat check DIR` at the default --jobs (one per core): wall time and peak memory.
 *
 * --base DIR also runs another build of Cermat (a checkout with `npx tsc -p tsconfig.cli.json` run
 * in it, e.g. the commit before a change) in the same repetitions: before and after in one run.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { babII, generate, repoRoot, tabel29, tabel61, type BenchFile, type Generated } from './generate';

const ROOT = repoRoot();
const OUT = path.join(ROOT, 'bench', 'out');
const CLI = path.join(ROOT, 'bin', 'cermat.js');
const FLOOR = path.join(__dirname, 'floor.js');
const TIME = '/usr/bin/time';
const HOOK = path.join(__dirname, 'rusage-hook.js');

export interface Run {
  cpu: number;
  wall: number;
  peakMB: number;
  status: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `node ARGS` as a whole process; its CPU seconds, wall seconds and peak RSS. */
export function measure(args: string[]): Run {
  const tmp = path.join(os.tmpdir(), `cermat-rusage-${process.pid}-${Date.now()}.txt`);
  try {
    const useTime = fs.existsSync(TIME);
    const t0 = process.hrtime.bigint();
    const r = useTime
      ? spawnSync(TIME, ['-f', '%U %S %M', '-o', tmp, process.execPath, ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
      : spawnSync(process.execPath, ['-r', HOOK, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CERMAT_RUSAGE_OUT: tmp } });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const text = fs.readFileSync(tmp, 'utf8').trim().split('\n').pop() ?? '';
    const [user, sys, kb] = text.split(/\s+/).map(Number);
    return { cpu: user + sys, wall, peakMB: kb / 1024, status: r.status ?? -1 };
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

async function ensure(f: BenchFile): Promise<void> {
  if (fs.existsSync(f.file)) return;
  process.stderr.write(`generating ${path.relative(ROOT, f.file)} … `);
  const t = Date.now();
  await generate(f);
  process.stderr.write(`${((Date.now() - t) / 1000).toFixed(1)} s\n`);
}

const fmt = (x: number, d = 2) => x.toFixed(d);
const int = (x: number) => x.toLocaleString('en-US');

interface SizeResult {
  rows: number;
  mb: number;
  floor: Run[];
  cermat: Run[];
  base: Run[];
}

async function floorRatio(sizes: number[], reps: (rows: number) => number, baseCli?: string): Promise<SizeResult[]> {
  const out: SizeResult[] = [];
  for (const rows of sizes) {
    const f: BenchFile = { id: `tabel61-${rows}`, file: path.join(OUT, `tabel61-${rows}.xlsx`), make: () => tabel61(rows) };
    await ensure(f);
    const res: SizeResult = { rows, mb: fs.statSync(f.file).size / 1024 / 1024, floor: [], cermat: [], base: [] };
    // One unmeasured run of each warms the file cache.
    measure([FLOOR, f.file]);
    measure([CLI, 'check', f.file, '--jobs', '1', '--exit-zero']);
    const n = reps(rows);
    for (let i = 0; i < n; i++) {
      const a = () => res.floor.push(measure([FLOOR, f.file]));
      const b = () => {
        const r = measure([CLI, 'check', f.file, '--jobs', '1', '--exit-zero']);
        if (r.status !== 0) throw new Error(`cermat check ${f.file} exited with ${r.status}`);
        res.cermat.push(r);
      };
      const c = () => {
        if (baseCli) res.base.push(measure([baseCli, 'check', f.file, '--jobs', '1', '--exit-zero']));
      };
      for (const run of i % 2 ? [c, b, a] : [a, b, c]) run();
      const cm = res.cermat[res.cermat.length - 1];
      const fl = res.floor[res.floor.length - 1];
      const bs = res.base[res.base.length - 1];
      process.stderr.write(
        `${int(rows)} rows, run ${i + 1}/${n}: floor ${fmt(fl.cpu)} s ${Math.round(fl.peakMB)} MB, cermat ${fmt(cm.cpu)} s ${Math.round(cm.peakMB)} MB (× ${fmt(cm.cpu / fl.cpu, 1)})` +
          (bs ? `, base ${fmt(bs.cpu)} s ${Math.round(bs.peakMB)} MB (× ${fmt(bs.cpu / fl.cpu, 1)})` : '') +
          '\n',
      );
    }
    out.push(res);
  }
  return out;
}

/** 200 workbooks as a planning office has them: mostly small Tabel 6.1s, some Tabel 2.9s and Bab II sheets, a few large. */
function folderBooks(): Array<{ name: string; make: () => Generated }> {
  const books: Array<{ name: string; make: () => Generated }> = [];
  for (let i = 0; i < 200; i++) {
    const k = i % 10;
    if (k < 6) {
      const rows = [150, 300, 600, 1_200, 2_500, 5_000][(i * 7) % 6];
      books.push({ name: `renstra-${i}-tabel61-${rows}.xlsx`, make: () => tabel61(rows, 100 + i) });
    } else if (k < 8) books.push({ name: `renstra-${i}-tabel29.xlsx`, make: () => tabel29(100 + (i % 5) * 60, 200 + i) });
    else books.push({ name: `lkjip-${i}-bab2.xlsx`, make: () => babII(10 + (i % 4) * 10, 300 + i) });
  }
  books[17] = { name: 'renstra-17-tabel61-20000.xlsx', make: () => tabel61(20_000, 117) };
  return books;
}

async function folder(reps: number, baseCli?: string): Promise<{ dir: string; files: number; mb: number; runs: Run[]; base: Run[]; jobs: number }> {
  const dir = path.join(OUT, 'folder-200');
  fs.mkdirSync(dir, { recursive: true });
  for (const b of folderBooks()) await ensure({ id: b.name, file: path.join(dir, b.name), make: b.make });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.plants.json')) fs.rmSync(path.join(dir, f));
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
  const mb = files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) / 1024 / 1024;
  const runs: Run[] = [];
  const base: Run[] = [];
  for (let i = 0; i < reps; i++) {
    const r = measure([CLI, 'check', dir, '--exit-zero']);
    if (r.status !== 0) throw new Error(`cermat check ${dir} exited with ${r.status}`);
    process.stderr.write(`folder of ${files.length}, run ${i + 1}/${reps}: wall ${fmt(r.wall)} s, CPU ${fmt(r.cpu)} s, peak ${Math.round(r.peakMB)} MB\n`);
    runs.push(r);
    if (baseCli) {
      const b = measure([baseCli, 'check', dir, '--exit-zero']);
      process.stderr.write(`  base: wall ${fmt(b.wall)} s, CPU ${fmt(b.cpu)} s, peak ${Math.round(b.peakMB)} MB\n`);
      base.push(b);
    }
  }
  const jobs = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return { dir, files: files.length, mb, runs, base, jobs };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (opt('--sizes') ?? '20000,100000').split(',').map(Number);
  const repsArg = opt('--reps');
  const reps = (rows: number) => (repsArg ? Number(repsArg) : rows <= 20_000 ? 7 : 3);
  const load = os.loadavg()[0];
  const baseDir = opt('--base');
  const baseCli = baseDir ? path.join(path.resolve(baseDir), 'bin', 'cermat.js') : undefined;
  const results = await floorRatio(sizes, reps, baseCli);

  const cpus = os.cpus();
  const lines: string[] = [];
  lines.push('## Floor ratio', '');
  lines.push(
    `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}; ${new Date().toISOString().slice(0, 10)}; load average ${fmt(load, 1)} before, ${fmt(os.loadavg()[0], 1)} after.`,
    '',
    'Whole processes: the floor (`bench/floor.ts`: fflate inflates the package, one pass over every byte) and `cermat check FILE --jobs 1`, alternating; CPU = user + system seconds, medians (fastest in brackets).',
    '',
    '| file | size | floor CPU | floor peak | `cermat check` CPU | `cermat check` peak | CPU ratio | wall |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  const targets: string[] = [];
  for (const r of results) {
    const fc = median(r.floor.map((x) => x.cpu));
    const cc = median(r.cermat.map((x) => x.cpu));
    const fp = median(r.floor.map((x) => x.peakMB));
    const cp = median(r.cermat.map((x) => x.peakMB));
    const row = (label: string, runs: Run[]) =>
      `| Tabel 6.1, ${int(r.rows)} rows${label} | ${fmt(r.mb, 1)} MB | ${fmt(fc)} s (${fmt(Math.min(...r.floor.map((x) => x.cpu)))}) | ${Math.round(fp)} MB | ` +
      `${fmt(median(runs.map((x) => x.cpu)))} s (${fmt(Math.min(...runs.map((x) => x.cpu)))}) | ${Math.round(median(runs.map((x) => x.peakMB)))} MB | × ${fmt(median(runs.map((x) => x.cpu)) / fc, 1)} | ${fmt(median(runs.map((x) => x.wall)))} s |`;
    if (r.base.length) lines.push(row(`, base (${baseDir})`, r.base));
    lines.push(row(r.base.length ? ', this build' : '', r.cermat));
    if (r.rows === 20_000) {
      targets.push(
        `- ${cc / fc <= 3 ? 'PASS' : 'FAIL'} 20,000 rows: CPU ≤ 3 × the floor: ${fmt(cc)} s / ${fmt(fc)} s = × ${fmt(cc / fc, 2)} (medians of ${r.cermat.length})`,
      );
      targets.push(`- ${cp <= 150 ? 'PASS' : 'FAIL'} 20,000 rows: peak ≤ 150 MB: ${Math.round(cp)} MB (the floor: ${Math.round(fp)} MB)`);
    }
    if (r.rows === 100_000) targets.push(`- ${cp < 400 ? 'PASS' : 'FAIL'} 100,000 rows: peak < 400 MB: ${Math.round(cp)} MB`);
  }
  const r20 = results.find((r) => r.rows === 20_000);
  const r100 = results.find((r) => r.rows === 100_000);
  if (r20 && r100) {
    // Per row above the start-up cost (the process on an empty package is about the floor's).
    const per = (r: SizeResult) => (median(r.cermat.map((x) => x.cpu)) - median(r.floor.map((x) => x.cpu))) / r.rows;
    const growth = per(r100) / per(r20);
    targets.push(
      `- ${growth <= 1.5 ? 'PASS' : 'FAIL'} linear in rows: CPU above the floor per 1,000 rows ${fmt(per(r20) * 1000 * 1000, 0)} ms at 20k, ${fmt(per(r100) * 1000 * 1000, 0)} ms at 100k (× ${fmt(growth)})`,
    );
  }
  if (argv.includes('--folder')) {
    const f = await folder(Number(opt('--folder-reps') ?? 3), baseCli);
    const sum = (runs: Run[]) =>
      `wall ${fmt(median(runs.map((x) => x.wall)))} s, CPU ${fmt(median(runs.map((x) => x.cpu)))} s, peak ${Math.round(median(runs.map((x) => x.peakMB)))} MB`;
    lines.push(
      '',
      `Folder: \`cermat check ${path.relative(ROOT, f.dir)}\` (${f.files} generated workbooks, ${fmt(f.mb, 1)} MB: Tabel 6.1 of 150–5,000 rows and one of 20,000, Tabel 2.9, Bab II), default --jobs (${f.jobs}): ` +
        `${sum(f.runs)} (medians of ${f.runs.length})${f.base.length ? `; base: ${sum(f.base)}` : ''}.`,
    );
  }
  lines.push('', ...targets, '');
  process.stdout.write(lines.join('\n'));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
    process.exitCode = 1;
  });
}
