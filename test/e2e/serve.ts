/**
 * E2E helpers: make sure the production bundle in dist/ is current, and serve it over plain
 * http on 127.0.0.1 (a static server, not webpack serve: this is what a reviewer's browser gets).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Debian's Chromium, which the browser suites drive (a test tool's own browser download does not work here). */
export const CHROMIUM = '/usr/bin/chromium';
/** Headless and quiet: no sandbox (containers), no GPU, no background traffic. */
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

/**
 * `describe` when Chromium is there, else `describe.skip` with a notice; under CI=true a missing
 * Chromium fails the run (.ci/run installs it).
 */
export function browserSuite(): jest.Describe {
  const available = existsSync(CHROMIUM);
  if (!available && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing on CI: install Debian's chromium package (.ci/run does).`);
  if (!available) console.warn(`e2e: ${CHROMIUM} not found, browser tests skipped (apt-get install -y chromium to run them).`);
  return available ? describe : describe.skip;
}
export const DIST = path.join(ROOT, 'dist');

/** Newest modification time of a file or of anything below a directory. */
function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(p)) max = Math.max(max, newest(path.join(p, e)));
  return max;
}

/** The task pane page: taskpane.html as webpack.config.js names it, else the only page there is. */
export function pageName(): string | undefined {
  if (!existsSync(DIST)) return undefined;
  if (existsSync(path.join(DIST, 'taskpane.html'))) return 'taskpane.html';
  return readdirSync(DIST).find((f) => f.endsWith('.html'));
}

/**
 * Written into dist/ after each build here: webpack leaves a file whose content did not change
 * untouched (compareBeforeEmit), so taskpane.html alone can look older than a source edited since.
 */
const STAMP = path.join(DIST, '.e2e-build');

/** What dist/ is built from, besides node_modules. */
const BUILD_INPUTS = ['src', 'assets', path.join('docs', 'rules'), 'webpack.config.js', 'tsconfig.json', 'manifest.xml'];

/** Whether dist/ holds a production build at least as new as its sources. */
function fresh(): boolean {
  const page = pageName();
  const built = page ? Math.max(statSync(path.join(DIST, page)).mtimeMs, statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0) : 0;
  const sources = Math.max(...BUILD_INPUTS.map((p) => newest(path.join(ROOT, p))));
  // A development build (npm run build:dev) names its entry taskpane.js, without a content hash.
  const production = !existsSync(path.join(DIST, 'taskpane.js'));
  return !!page && production && built >= sources;
}

/**
 * Runs `fn` while holding a lock on this checkout's dist/: Jest runs the e2e files in parallel
 * workers, and two webpack builds into one dist/ (which webpack empties first) would clobber each other.
 */
function withBuildLock<T>(fn: () => T): T {
  const lock = path.join(tmpdir(), `cermat-dist-${createHash('sha1').update(DIST).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (!held) continue; // released just now
      // Left by a run that was killed mid-build: older than any build takes.
      if (Date.now() - held.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`e2e: waited 5 minutes for another build of dist/ (${lock})`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds dist/ as `webpack --mode production` does (build-dist.js: same config, same files, without the
 * type check, which is `npm run typecheck`'s) when it is missing, older than its inputs, or a development
 * build. A clean checkout, as on CI, has no dist/: there it always builds.
 */
export function ensureBuild(log: (msg: string) => void = console.log): void {
  if (fresh()) return;
  withBuildLock(() => {
    // Another worker may have built it while this one waited.
    if (fresh()) return;
    log(
      pageName()
        ? 'e2e: dist/ is older than its sources, rebuilding (webpack --mode production, transpile only)…'
        : 'e2e: building dist/ (webpack --mode production, transpile only)…',
    );
    try {
      execFileSync(process.execPath, [path.join(__dirname, 'build-dist.js')], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
    } catch (e) {
      const out = e as { stdout?: Buffer; stderr?: Buffer; message: string };
      throw new Error(`webpack build failed: ${out.message}\n${out.stdout?.toString() ?? ''}\n${out.stderr?.toString() ?? ''}`.slice(0, 8000));
    }
    if (!pageName()) throw new Error('webpack built no HTML page into dist/');
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Serves `dir` read-only on 127.0.0.1 at a free port; resolves with the server and its base URL. */
export function serveStatic(dir: string): Promise<{ server: Server; base: string }> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.resolve(root, '.' + decodeURIComponent(url.pathname));
    const inside = file === root || file.startsWith(root + path.sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile() || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}/` });
    });
  });
}
