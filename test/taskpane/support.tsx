/**
 * Test support for the task pane: a fake WorkbookHost serving SheetGrids read from the real
 * fixture workbooks (through src/xlsx, as the browser file mode reads them), and a render helper.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, FillItem, SheetGrid, TableInfo } from '../../src/engine/types';
import type { Lang, Settings } from '../../src/engine/settings';
import type { FillOptions, FillResult, ReadOptions, Scope, WorkbookHost } from '../../src/excel/api';
import { readWorkbook } from '../../src/xlsx/read';
import { App } from '../../src/taskpane/App';
import type { SheetAnalyser } from '../../src/taskpane/checkRunner';
import { memorySettingsStore } from '../../src/taskpane/settingsStore';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** Grids of a fixture workbook, e.g. fixtureGrids('published/002_tabel_2_6.xlsx'). */
export async function fixtureGrids(path: string): Promise<SheetGrid[]> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, path)));
  return readWorkbook(bytes, path);
}

/** A copy of a grid with some cells emptied (A1 addresses), e.g. to make the engine propose a fill. */
export function withEmptied(grid: SheetGrid, cells: string[]): SheetGrid {
  const copy: SheetGrid = { ...grid, cells: grid.cells.map((row) => (row ? [...row] : row)) };
  for (const a1 of cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) throw new Error(a1);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    const r = copy.cells[row];
    if (r) r[col] = undefined;
  }
  return copy;
}

type Call =
  | { op: 'readGrids'; scope: Scope; signal?: AbortSignal }
  | { op: 'highlight'; findings: Finding[]; lang: Lang }
  | { op: 'clearMarks' }
  | { op: 'writeReport'; findings: Finding[]; tables: TableInfo[]; lang: Lang }
  | { op: 'fill'; items: FillItem[]; options: FillOptions }
  | { op: 'select'; sheet: string; cell: string };

/**
 * Records every call; `failWith` makes one operation reject; `hang` makes readGrids wait for abort;
 * `readDelayMs` makes it take that long (a slow workbook or a loaded machine).
 */
export class FakeHost implements WorkbookHost {
  calls: Call[] = [];
  failWith: Partial<Record<Call['op'], unknown>> = {};
  hang = false;
  readDelayMs = 0;

  constructor(public grids: SheetGrid[]) {}

  of<K extends Call['op']>(op: K): Extract<Call, { op: K }>[] {
    return this.calls.filter((c): c is Extract<Call, { op: K }> => c.op === op);
  }

  private maybeFail(op: Call['op']): void {
    if (op in this.failWith) throw this.failWith[op];
  }

  async readGrids(scope: Scope, options?: ReadOptions): Promise<SheetGrid[]> {
    this.calls.push({ op: 'readGrids', scope, signal: options?.signal });
    this.maybeFail('readGrids');
    options?.onProgress?.(1, 2);
    if (this.readDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.readDelayMs));
    if (this.hang) {
      await new Promise<void>((_, reject) => {
        options?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    }
    return this.grids;
  }

  async highlight(findings: Finding[], lang: Lang): Promise<void> {
    this.calls.push({ op: 'highlight', findings, lang });
    this.maybeFail('highlight');
  }

  async clearMarks(): Promise<void> {
    this.calls.push({ op: 'clearMarks' });
    this.maybeFail('clearMarks');
  }

  async writeReport(findings: Finding[], tables: TableInfo[], lang: Lang): Promise<void> {
    this.calls.push({ op: 'writeReport', findings, tables, lang });
    this.maybeFail('writeReport');
  }

  async fill(items: FillItem[], options: FillOptions): Promise<FillResult> {
    this.calls.push({ op: 'fill', items, options });
    this.maybeFail('fill');
    return { written: items, skipped: [] };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.calls.push({ op: 'select', sheet, cell });
    this.maybeFail('select');
  }
}

export function renderApp(host: WorkbookHost | null, opts: { analyse?: SheetAnalyser; settings?: Partial<Settings> } = {}) {
  const store = memorySettingsStore(opts.settings ?? null);
  const onError = jest.fn();
  const utils = render(<App host={host} store={store} analyse={opts.analyse} onError={onError} />);
  return { ...utils, store, onError };
}

/**
 * The open dialog, once its surface is accessible (its buttons found by role). Under load jsdom can
 * focus the surface before tabster has registered its modalizer; tabster then hides the surface
 * (aria-hidden) and, focus never moving again, leaves it so. A keyboard user's next Tab
 * re-activates it; this does the same. A loaded machine may also take longer than Testing
 * Library's default second. `ready` throws until the dialog holds what the caller waits for.
 */
export async function accessibleDialog(ready: (dialog: HTMLElement) => void = () => {}): Promise<HTMLElement> {
  const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
  await waitFor(
    () => {
      // Content first: a dialog whose content arrives later (a fetched rule page) can be hidden
      // again while it loads, so accessibility is judged once the content is there.
      ready(dialog);
      if (dialog.getAttribute('aria-hidden') === 'true') {
        act(() => {
          const button = within(dialog).getAllByRole('button', { hidden: true })[0];
          (document.activeElement === button ? dialog : button).focus();
        });
      }
      expect(dialog).not.toHaveAttribute('aria-hidden');
    },
    { timeout: 10_000 },
  );
  return dialog;
}
