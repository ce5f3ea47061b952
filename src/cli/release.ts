/**
 * Letting go of a read package before the analysis. Reading a large workbook inflates its sheets
 * into buffers of tens of MB that are garbage once the cells are packed; they outlive the read in
 * V8's old space until its next full collection, which comes during the analysis — on top of the
 * analysis's own peak (about 9 MB of a 20,000-row table's 150 MB, README Performance). One full
 * collection right after reading, while the heap is small (a few ms), frees them first.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Files from this size (compressed) are worth a collection; smaller ones inflate to little. */
export const RELEASE_FROM = 1 << 20;

let gc: (() => void) | null | undefined;

/** Runs a full garbage collection, when the runtime allows one; else does nothing. */
export function releaseGarbage(): void {
  if (gc === undefined) {
    try {
      // --expose-gc set now applies to contexts made after it: a fresh context's gc is the process's.
      setFlagsFromString('--expose-gc');
      const f: unknown = runInNewContext('gc');
      gc = typeof f === 'function' ? (f as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
