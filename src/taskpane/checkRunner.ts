/**
 * One check in the add-in: read the grids in scope through the host, then the engine's check
 * pipeline (src/engine/check.ts), yielding to the event loop between sheets so the pane stays
 * responsive and Cancel is honoured promptly.
 */
import { CheckCancelled, checkWorkbook, type SheetAnalyser } from '../engine/check';
import type { Settings } from '../engine/settings';
import type { Analysis, SheetGrid, TableOverride } from '../engine/types';
import type { Scope, WorkbookHost } from '../excel/api';

export type { SheetAnalyser } from '../engine/check';

export type CheckProgress = { phase: 'reading'; done: number; total: number } | { phase: 'analysing'; index: number; count: number; sheet: string };

export interface CheckOptions {
  settings: Settings;
  overrides: TableOverride[];
  signal: AbortSignal;
  onProgress?: (p: CheckProgress) => void;
  analyse?: SheetAnalyser;
}

/** Which step failed, so the pane can say "could not read" rather than a generic error. */
export class CheckError extends Error {
  constructor(
    readonly stage: 'read' | 'analyse',
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'CheckError';
  }
}

/** A check the user cancelled: the engine's own cancel, under the name the pane uses. */
export const CancelledError = CheckCancelled;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function checkInPane(host: WorkbookHost, scope: Scope, opts: CheckOptions): Promise<Analysis> {
  const { signal, onProgress, settings, overrides } = opts;
  let grids: SheetGrid[];
  try {
    grids = await host.readGrids(scope, {
      signal,
      onProgress: (done, total) => onProgress?.({ phase: 'reading', done, total }),
    });
  } catch (e) {
    if (signal.aborted) throw new CancelledError();
    throw new CheckError('read', e);
  }
  try {
    return await checkWorkbook(grids, {
      settings,
      overrides,
      signal,
      analyse: opts.analyse,
      // The pane offers Fill on these results: its plan is closed (cells that read cells it fills are planned too).
      closeFill: true,
      pause: yieldToEventLoop,
      onSheet: (index, count, sheet) => onProgress?.({ phase: 'analysing', index, count, sheet }),
    });
  } catch (e) {
    if (e instanceof CheckCancelled) throw e;
    throw new CheckError('analyse', e);
  }
}
