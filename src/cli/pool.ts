/**
 * Checks files in parallel on worker threads (exceljs parsing is CPU-bound and single-threaded),
 * keeping results in input order. One file, or --jobs 1, runs in-process. A worker that dies
 * (out of memory, failed start) never loses a file: the file is retried in-process or reported.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Settings } from '../engine';
import { failed, type CheckFileOptions, type FileResult } from '../xlsx/file-check';
import { readError } from '../xlsx/read/errors';
import { checkPath } from './check-path';
import type { Target } from './files';

export interface JobMessage {
  id: number;
  path: string;
  display: string;
  settings?: Partial<Settings>;
  options?: CheckFileOptions;
}

export interface ResultMessage {
  id: number;
  result: FileResult;
}

export type OnResult = (result: FileResult, done: number, total: number) => void;

export function defaultJobs(): number {
  const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, n);
}

export async function checkAll(
  targets: Target[],
  settings: Partial<Settings>,
  jobs = defaultJobs(),
  onResult?: OnResult,
  options?: CheckFileOptions,
): Promise<FileResult[]> {
  const n = Math.min(jobs, targets.length);
  // In this thread: never throws, an unexpected failure is the file's result.
  const here = (t: Target) => checkPath(t.path, t.display, settings, options).catch((e: unknown) => failed(t.display, e));
  if (n <= 1) return checkInProcess(targets, here, onResult);
  return checkOnWorkers(targets, settings, options, n, here, onResult);
}

type CheckHere = (t: Target) => Promise<FileResult>;

async function checkInProcess(targets: Target[], here: CheckHere, onResult?: OnResult): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const t of targets) {
    const r = await here(t);
    results.push(r);
    onResult?.(r, results.length, targets.length);
  }
  return results;
}

/** Starts a worker: the compiled worker.js, or worker.ts through tsx when running from source (tsx, jest). */
function spawn(): Worker {
  if (__filename.endsWith('.ts')) {
    const tsx = require.resolve('tsx/cjs');
    const entry = path.join(__dirname, 'worker.ts');
    return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { eval: true });
  }
  return new Worker(path.join(__dirname, 'worker.js'));
}

function checkOnWorkers(
  targets: Target[],
  settings: Partial<Settings>,
  options: CheckFileOptions | undefined,
  n: number,
  here: CheckHere,
  onResult?: OnResult,
): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = new Array(targets.length);
  let next = 0;
  let done = 0;
  let live = 0;

  return new Promise((resolve) => {
    const finish = (id: number, r: FileResult) => {
      if (results[id]) return;
      results[id] = r;
      done++;
      onResult?.(r, done, targets.length);
      if (done === targets.length) resolve(results as FileResult[]);
    };

    const start = () => {
      let worker: Worker;
      try {
        worker = spawn();
      } catch {
        drainInProcess();
        return;
      }
      live++;
      let current = -1;
      const feed = () => {
        if (next >= targets.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        const t = targets[current];
        worker.postMessage({ id: current, path: t.path, display: t.display, settings, options } satisfies JobMessage);
      };
      worker.on('message', (m: ResultMessage) => {
        finish(m.id, m.result);
        feed();
      });
      const onDeath = (err?: unknown) => {
        const id = current;
        current = -1;
        live--;
        if (id >= 0 && !results[id]) {
          const t = targets[id];
          const oom = typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
          if (oom) finish(id, failed(t.display, readError('too-large', t.display)));
          else void here(t).then((r) => finish(id, r));
        }
        // Replace the worker while work remains, unless workers cannot run here at all.
        if (next < targets.length && live === 0) drainInProcess();
      };
      worker.on('error', (err) => onDeath(err));
      worker.on('exit', () => {
        if (current >= 0) onDeath();
      });
      feed();
    };

    // Remaining files in this thread, one after another (workers unavailable).
    let draining = false;
    const drainInProcess = () => {
      if (draining) return;
      draining = true;
      void (async () => {
        while (next < targets.length) {
          const id = next++;
          const t = targets[id];
          finish(id, await here(t));
        }
      })();
    };

    for (let i = 0; i < n; i++) start();
  });
}
