/** Messages between the file-mode UI and check.worker.ts. Everything is structured-clone data. */
import type { Lang, Settings } from '../../engine/settings';
import type { FileResult } from '../../xlsx/file-check';
import type { FileComparison } from '../../xlsx/file-compare';
import type { Change } from '../../engine/compare';
import type { AcrossResult } from '../../xlsx/file-across';

/** A file to compare: its name and bytes. */
export interface Version {
  name: string;
  data: ArrayBuffer;
}

export type WorkerRequest =
  | { kind: 'check'; seq: number; name: string; data: ArrayBuffer; settings?: Partial<Settings> }
  | { kind: 'annotate'; seq: number; data: ArrayBuffer; result: FileResult; lang: Lang }
  | { kind: 'summary'; seq: number; results: FileResult[]; lang: Lang }
  | { kind: 'compare'; seq: number; older: Version; newer: Version; settings?: Partial<Settings> }
  | { kind: 'changes'; seq: number; newer: Version; changes: Change[]; lang: Lang }
  | { kind: 'across'; seq: number; files: Version[]; settings?: Partial<Settings> };

export type WorkerResponse =
  | { kind: 'checked'; seq: number; result: FileResult }
  | { kind: 'bytes'; seq: number; bytes: Uint8Array }
  | { kind: 'compared'; seq: number; comparison: FileComparison }
  | { kind: 'across'; seq: number; files: AcrossResult[] }
  | { kind: 'failed'; seq: number; message: string };

/** What the UI needs from whoever checks files: the worker in the browser, a fake in tests. */
export interface Checker {
  check(name: string, data: ArrayBuffer, settings?: Partial<Settings>): Promise<FileResult>;
  annotate(data: ArrayBuffer, result: FileResult, lang: Lang): Promise<Uint8Array>;
  summary(results: FileResult[], lang: Lang): Promise<Uint8Array>;
  /** Two versions compared (the Bandingkan view); a checker without it has no such view. */
  compare?(older: Version, newer: Version, settings?: Partial<Settings>): Promise<FileComparison>;
  /** The new version with its changes marked, and the changes sheet. */
  changes?(newer: Version, changes: Change[], lang: Lang): Promise<Uint8Array>;
  /** The files compared with each other: each file's cross.* findings among them all. */
  across?(files: Version[], settings?: Partial<Settings>): Promise<AcrossResult[]>;
}

/** The browser refused to start the checking worker (a page opened from disk, a blocking policy). */
export class WorkerUnavailableError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'WorkerUnavailableError';
  }
}

/** The transfer list for bytes: only a view that covers its whole buffer can give the buffer away. */
export function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const buf = bytes.buffer;
  return buf instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buf.byteLength ? [buf] : [];
}
