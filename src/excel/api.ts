/**
 * The contract between the task pane (React, UI only) and whatever hosts the workbook:
 * the Office.js adapter inside Excel, or a fake in tests. The task pane never calls Office.js.
 */
import type { Finding, FillItem, SheetGrid, TableInfo } from '../engine/types';
import type { Lang } from '../engine/settings';

export type Scope = 'sheet' | 'selection' | 'workbook';

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called as blocks arrive: cells read so far and in all (estimates are fine). */
  onProgress?: (done: number, total: number) => void;
}

export interface FillOptions {
  /** Cells (A1, on the item's sheet) whose current non-empty content the user agreed to replace. */
  overwrite: Set<string>;
  /** Write formulas (default) or their values. */
  formulas: boolean;
}

export interface FillResult {
  written: FillItem[];
  /** Items not written: non-empty without consent, or changed since the check. */
  skipped: { item: FillItem; reason: 'not-empty' | 'changed' }[];
}

export interface WorkbookHost {
  /** One grid per sheet in scope (the selection gives one grid holding only the selected block). */
  readGrids(scope: Scope, options?: ReadOptions): Promise<SheetGrid[]>;
  /** Colours each finding's cell by severity and attaches its message (note or comment). */
  highlight(findings: Finding[], lang: Lang): Promise<void>;
  /** Removes Cermat's colours and notes, restoring every cell's original fill exactly. */
  clearMarks(): Promise<void>;
  /** Writes (or rewrites) the "Temuan Cermat" sheet: one row per finding, linked to its cell. */
  writeReport(findings: Finding[], tables: TableInfo[], lang: Lang): Promise<void>;
  /** Writes fill items; never replaces a non-empty cell that is not in options.overwrite. */
  fill(items: FillItem[], options: FillOptions): Promise<FillResult>;
  /** Selects (and scrolls to) a cell. */
  select(sheet: string, cell: string): Promise<void>;
}
