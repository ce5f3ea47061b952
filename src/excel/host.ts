/**
 * The Office.js implementation of WorkbookHost. Each method is one Excel.run batch; across
 * syncs only addresses and plain data are kept, never range proxies from another batch.
 */
import type { FillItem, Finding, TableInfo } from '../engine/types';
import type { Lang } from '../engine/settings';
import type { FillOptions, FillResult, ReadOptions, Scope, WorkbookHost } from './api';
import { normaliseCell } from './addresses';
import { fill } from './fill';
import { clearMarks, highlight } from './highlight';
import { officeEnv, type ExcelEnv } from './office';
import { DEFAULT_TUNING, readGrids, type ReadTuning } from './read';
import { writeReport } from './report';

export interface ExcelHostOptions {
  /** Defaults to the real Excel.run / Office requirement check. */
  env?: ExcelEnv;
  tuning?: Partial<ReadTuning>;
}

export function createExcelHost(options: ExcelHostOptions = {}): WorkbookHost {
  const env = options.env ?? officeEnv();
  const tuning: ReadTuning = { ...DEFAULT_TUNING, ...options.tuning };
  return {
    readGrids: (scope: Scope, read?: ReadOptions) => env.run((ctx) => readGrids(ctx, scope, read, tuning)),
    highlight: (findings: Finding[], lang: Lang) => env.run((ctx) => highlight(ctx, env, findings, lang)),
    clearMarks: () => env.run((ctx) => clearMarks(ctx, env)),
    writeReport: (findings: Finding[], tables: TableInfo[], lang: Lang) => env.run((ctx) => writeReport(ctx, findings, tables, lang)),
    fill: (items: FillItem[], fillOptions: FillOptions): Promise<FillResult> => env.run((ctx) => fill(ctx, items, fillOptions)),
    select: (sheet: string, cell: string) =>
      env.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(normaliseCell(cell) ?? cell).select();
        await ctx.sync();
      }),
  };
}
