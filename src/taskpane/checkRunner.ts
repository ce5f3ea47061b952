/**
 * One check: read the grids in scope, then analyse them one sheet at a time, yielding to the
 * event loop between sheets so the pane stays responsive and Cancel is honoured promptly.
 */
import { analyseSheet } from '../engine/analyse';
import type { Settings } from '../engine/settings';
import type { Analysis, SheetAnalysis, SheetGrid, TableOverride } from '../engine/types';
import type { Scope, WorkbookHost } from '../excel/api';

export type SheetAnalyser = (grid: SheetGrid, settings: Settings, overrides: TableOverride[]) => SheetAnalysis;

export type CheckProgress =
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'analysing'; index: number; count: number; sheet: string };

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

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'AbortError';
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Joins per-sheet results; a finding's `table` index is re-based onto the joined table list. */
export function mergeSheets(sheets: SheetAnalysis[]): Analysis {
  const tables: Analysis['tables'] = [];
  const findings: Analysis['findings'] = [];
  const fill: Analysis['fill'] = [];
  for (const s of sheets) {
    const base = tables.length;
    tables.push(...s.tables);
    for (const f of s.findings) findings.push(f.table === undefined ? f : { ...f, table: f.table + base });
    fill.push(...s.fill);
  }
  return { sheets, tables, findings, fill };
}

export async function runCheck(host: WorkbookHost, scope: Scope, opts: CheckOptions): Promise<Analysis> {
  const { signal, onProgress, settings, overrides } = opts;
  const analyse = opts.analyse ?? analyseSheet;
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
  const sheets: SheetAnalysis[] = [];
  for (let i = 0; i < grids.length; i++) {
    if (signal.aborted) throw new CancelledError();
    onProgress?.({ phase: 'analysing', index: i, count: grids.length, sheet: grids[i].name });
    await yieldToEventLoop();
    if (signal.aborted) throw new CancelledError();
    try {
      sheets.push(analyse(grids[i], settings, overrides));
    } catch (e) {
      throw new CheckError('analyse', e);
    }
  }
  return mergeSheets(sheets);
}
