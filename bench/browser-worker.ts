/**
 * The browser's file mode on the same files as the floor ratio (issue 13): the production page in
 * headless Chromium (Debian's /usr/bin/chromium), one generated Tabel 6.1 opened through the file
 * input and checked in the page's Web Worker. `npm run bench:browser` (builds dist/ and the CLI first), or
 *
 *   node dist-cli/bench/browser-worker.js [--reps N] [--sizes 20000,100000]
 *
 * Time: from handing the file to the input until its list entry says done (read, check, result posted
 * back and drawn). Memory: the renderer process (the page and its worker live in it), sampled every
 * 20 ms from /proc; the peak above the page's idle size is what the check costs there. The same file
 * through `cermat check --jobs 1` (whole process, /usr/bin/time) is printed beside it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { measure, type Run } from './floor-ratio';
import { generate, repoRoot, tabel61 } from './generate';

const ROOT = repoRoot();
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'bench', 'out');
const CHROMIUM = '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.md': 'text/markdown',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Resident set of one process, in MB, or 0 once it is gone. */
function rssMB(pid: number): number {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Chromium's renderer processes (where a page and its dedicated workers run). */
function renderers(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmd.includes('chromium') && cmd.includes('--type=renderer');
      } catch {
        return false;
      }
    });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

interface BrowserRun {
  seconds: number;
  idleMB: number;
  peakMB: number;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const reps = Number(opt('--reps') ?? 3);
  const sizes = (opt('--sizes') ?? '20000').split(',').map(Number);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist/ is not built: npm run build (or node test/e2e/build-dist.js)');

  const server = createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const lines: string[] = [];
  try {
    for (const rows of sizes) {
      const file = path.join(OUT, `tabel61-${rows}.xlsx`);
      if (!fs.existsSync(file)) await generate({ id: `tabel61-${rows}`, file, make: () => tabel61(rows) });
      const bytes = fs.readFileSync(file);
      const runs: BrowserRun[] = [];
      const cli: Run[] = [];
      for (let i = 0; i < reps; i++) {
        const context = await browser.newContext();
        // Nothing leaves 127.0.0.1 (office.js is refused: the page falls back to file mode).
        await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
        const before = new Set(renderers());
        const page = await context.newPage();
        await page.goto(url);
        await page.locator('[data-mode="files"]').waitFor({ timeout: 30_000 });
        const mine = renderers().filter((pid) => !before.has(pid));
        await page.waitForTimeout(300);
        const idle = mine.reduce((s, pid) => s + rssMB(pid), 0);
        let peak = idle;
        const sampler = setInterval(
          () =>
            (peak = Math.max(
              peak,
              mine.reduce((s, pid) => s + rssMB(pid), 0),
            )),
          20,
        );
        const t0 = process.hrtime.bigint();
        await page.setInputFiles('input[type="file"]', { name: path.basename(file), mimeType: 'application/octet-stream', buffer: bytes });
        await page.locator(`li[data-file="${path.basename(file)}"][data-status="done"]`).waitFor({ timeout: 600_000 });
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        clearInterval(sampler);
        runs.push({ seconds, idleMB: idle, peakMB: peak });
        await context.close();
        cli.push(measure([path.join(ROOT, 'bin', 'cermat.js'), 'check', file, '--jobs', '1', '--exit-zero']));
      }
      const m = {
        s: median(runs.map((r) => r.seconds)),
        idle: median(runs.map((r) => r.idleMB)),
        peak: median(runs.map((r) => r.peakMB)),
        cliWall: median(cli.map((r) => r.wall)),
        cliCpu: median(cli.map((r) => r.cpu)),
        cliPeak: median(cli.map((r) => r.peakMB)),
      };
      lines.push(
        `| Tabel 6.1, ${rows.toLocaleString('en-US')} rows | ${m.s.toFixed(2)} s | ${m.idle.toFixed(0)} MB | ${m.peak.toFixed(0)} MB (+${(m.peak - m.idle).toFixed(0)}) | ${m.cliWall.toFixed(2)} s wall, ${m.cliCpu.toFixed(2)} s CPU | ${m.cliPeak.toFixed(0)} MB |`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();
  process.stdout.write(
    [
      `Browser file mode, ${chromiumVersion}, headless; Node ${process.version}; medians of ${reps}.`,
      '',
      '| file | browser: until listed as done | renderer idle | renderer peak (above idle) | `cermat check --jobs 1` | its peak RSS |',
      '|---|---:|---:|---:|---:|---:|',
      ...lines,
      '',
    ].join('\n'),
  );
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
