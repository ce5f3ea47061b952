/**
 * The browser Checker: one lazily started Web Worker, request/response matched by sequence number.
 * Kept apart from the UI so tests (CommonJS, no import.meta) never load it.
 */
import type { Lang, Settings } from '../../engine/settings';
import type { FileResult } from '../../xlsx/file-check';
import type { Change } from '../../engine/compare';
import type { FileComparison } from '../../xlsx/file-compare';
import type { AcrossResult } from '../../xlsx/file-across';
import { WorkerUnavailableError, type Checker, type Version, type WorkerRequest, type WorkerResponse } from './protocol';

type Pending = { resolve: (res: WorkerResponse) => void; reject: (e: Error) => void };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Request = DistributiveOmit<WorkerRequest, 'seq'>;

export class WorkerChecker implements Checker {
  private worker?: Worker;
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    if (this.worker) return this.worker;
    let worker: Worker;
    try {
      // webpack 5 recognises this exact form and emits the worker as its own chunk.
      worker = new Worker(new URL('./check.worker.ts', import.meta.url));
    } catch (e) {
      // Chromium and Firefox refuse workers on a page opened from disk (file://): say so, not "Failed to construct 'Worker'".
      throw new WorkerUnavailableError(e instanceof Error ? e.message : String(e));
    }
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const p = this.pending.get(event.data.seq);
      if (!p) return;
      this.pending.delete(event.data.seq);
      if (event.data.kind === 'failed') p.reject(new Error(event.data.message));
      else p.resolve(event.data);
    };
    // A crashed worker (out of memory, chunk failed to load) fails what it held; the next call starts a new one.
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.stop(new Error(event.message || 'worker error'));
    };
    this.worker = worker;
    return worker;
  }

  private call(req: Request, transfer: Transferable[]): Promise<WorkerResponse> {
    const seq = ++this.seq;
    const worker = this.start();
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ ...req, seq } as WorkerRequest, transfer);
    });
  }

  async check(name: string, data: ArrayBuffer, settings?: Partial<Settings>): Promise<FileResult> {
    const res = await this.call({ kind: 'check', name, data, settings }, [data]);
    if (res.kind !== 'checked') throw new Error('unexpected worker reply');
    return res.result;
  }

  async annotate(data: ArrayBuffer, result: FileResult, lang: Lang): Promise<Uint8Array> {
    const res = await this.call({ kind: 'annotate', data, result, lang }, [data]);
    if (res.kind !== 'bytes') throw new Error('unexpected worker reply');
    return res.bytes;
  }

  async summary(results: FileResult[], lang: Lang): Promise<Uint8Array> {
    const res = await this.call({ kind: 'summary', results, lang }, []);
    if (res.kind !== 'bytes') throw new Error('unexpected worker reply');
    return res.bytes;
  }

  async compare(older: Version, newer: Version, settings?: Partial<Settings>): Promise<FileComparison> {
    const res = await this.call({ kind: 'compare', older, newer, settings }, [...new Set([older.data, newer.data])]);
    if (res.kind !== 'compared') throw new Error('unexpected worker reply');
    return res.comparison;
  }

  async changes(newer: Version, changes: Change[], lang: Lang): Promise<Uint8Array> {
    const res = await this.call({ kind: 'changes', newer, changes, lang }, [newer.data]);
    if (res.kind !== 'bytes') throw new Error('unexpected worker reply');
    return res.bytes;
  }

  async across(files: Version[], settings?: Partial<Settings>): Promise<AcrossResult[]> {
    const res = await this.call({ kind: 'across', files, settings }, [...new Set(files.map((f) => f.data))]);
    if (res.kind !== 'across') throw new Error('unexpected worker reply');
    return res.files;
  }

  /** Ends the worker and fails whatever it still held. */
  stop(reason = new Error('stopped')): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(reason);
    this.pending.clear();
  }
}
