/**
 * Reads worksheets into the engine's SheetGrid in a fixed number of round trips per ~4 MB:
 * one probe sync (sheet list / used ranges / selection), then row blocks, each loading
 * everything the engine needs at once (values, text, formulas, number formats, bold, indent,
 * merged areas). Excel on the web refuses requests and responses over 5 MB, so blocks are sized
 * from the bytes per row measured so far, keeping the running total on a 4 MB-per-sync grid.
 */
import type { LocalText, MergeArea, SheetGrid } from '../engine/types';
import { cellStyle, Kind, packedGrid, RowWriter, type CellStyle } from '../engine/cells';
import { rangeA1 } from '../engine/address';
import type { ReadOptions, Scope } from './api';
import { intersect, parseAreas, type Rect } from './addresses';
import { errorCode, throwIfAborted } from './office';
import { isReportSheet } from '../present';

/**
 * More cells than Cermat reads from one sheet (≈ 100,000 rows × 50 columns). A used range this big
 * is nearly always a stray value or format far away (XFD1048576): reading it would take thousands
 * of round trips, so the user is asked to select the table instead.
 */
export const MAX_SHEET_CELLS = 5_000_000;

export class SheetTooLargeError extends Error {
  readonly text: LocalText;
  constructor(sheet: string, address: string, cells: number) {
    const n = (lang: 'id' | 'en') => cells.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
    const text = {
      id: `Lembar "${sheet}": area terpakai ${address} (${n('id')} sel) terlalu besar untuk dibaca; biasanya ada isi atau format tersesat jauh dari tabel. Pilih tabelnya lalu periksa "Pilihan", atau hapus isi sel yang tersesat.`,
      en: `Sheet "${sheet}": its used range ${address} (${n('en')} cells) is too large to read; usually a stray value or format sits far from the table. Select the table and check "Selection", or clear the stray cells.`,
    };
    super(text.en);
    this.name = 'SheetTooLargeError';
    this.text = text;
  }
}

export interface ReadTuning {
  /** Bytes one sync should carry on average. */
  targetBytes: number;
  /** Hard ceiling for one sync (Excel on the web: 5 MB). */
  maxBytes: number;
  /** Guess before anything was measured; deliberately high so the first block stays small enough. */
  initialBytesPerCell: number;
}

export const DEFAULT_TUNING: ReadTuning = {
  targetBytes: 4 * 1024 * 1024,
  maxBytes: 4.6 * 1024 * 1024,
  initialBytesPerCell: 130,
};

/** Cells of one merge lookup: Excel fails getMergedAreas above 512 areas, and a cell tops at most one. */
const MERGE_CHUNK_CELLS = 500;

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|TIMEOUT!)$/;

interface SheetPlan {
  name: string;
  /** Area to read (absolute, 0-based), null when the sheet is empty. */
  rect: Rect | null;
}

interface Block {
  sheet: number;
  rect: Rect;
}

type CellProps = { format?: { font?: { bold?: boolean }; indentLevel?: number } };

interface Loaded {
  block: Block;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<CellProps[][]>;
  merged: Excel.RangeAreas[];
  visible: Excel.RangeView;
  /** One cell of each of the block's columns, with whether its column is hidden (the sheet's first block only). */
  columns: Excel.Range[];
}

function usedRect(range: Excel.Range): Rect | null {
  if (range.isNullObject) return null;
  return { r0: range.rowIndex, c0: range.columnIndex, r1: range.rowIndex + range.rowCount - 1, c1: range.columnIndex + range.columnCount - 1 };
}

/** Probe: which sheets, and which rectangle of each, in one sync (two for the whole workbook). */
async function plan(ctx: Excel.RequestContext, scope: Scope): Promise<SheetPlan[]> {
  const geometry = 'rowIndex,columnIndex,rowCount,columnCount';
  if (scope === 'workbook') {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    await ctx.sync();
    // Cermat's own findings sheets (by name: reading their first rows would cost a sync) are not checked.
    const wanted = sheets.items.filter((s) => s.visibility !== 'VeryHidden' && !isReportSheet(s.name));
    const used = wanted.map((s) => s.getUsedRangeOrNullObject(true).load(geometry));
    await ctx.sync();
    return wanted.map((s, i) => ({ name: s.name, rect: usedRect(used[i]) }));
  }
  const sheet = ctx.workbook.worksheets.getActiveWorksheet().load('name');
  const used = sheet.getUsedRangeOrNullObject(true).load(geometry);
  const selection = scope === 'selection' ? ctx.workbook.getSelectedRanges().load('address') : null;
  await ctx.sync();
  let rect = usedRect(used);
  if (selection && rect) {
    // The selection's bounding box, clipped to the used range (whole columns stay cheap).
    const areas = parseAreas(selection.address);
    const box = areas.reduce<Rect | null>(
      (b, a) => (b ? { r0: Math.min(b.r0, a.r0), c0: Math.min(b.c0, a.c0), r1: Math.max(b.r1, a.r1), c1: Math.max(b.c1, a.c1) } : a),
      null,
    );
    rect = box ? intersect(box, rect) : null;
  }
  return [{ name: sheet.name, rect }];
}

function queueBlock(ctx: Excel.RequestContext, sheetName: string, block: Block, mergesInline: boolean, firstOfSheet: boolean): Loaded {
  const { rect } = block;
  const ws = ctx.workbook.worksheets.getItem(sheetName);
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  const range = ws.getRangeByIndexes(rect.r0, rect.c0, rows, cols);
  range.load('values,text,formulas,numberFormat');
  const props = range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } }) as OfficeExtension.ClientResult<CellProps[][]>;
  // The visible rows of the block's first column: the rows missing from it are hidden (a filter),
  // and SUBTOTAL leaves those out. One address per visible row.
  const visible = ws.getRangeByIndexes(rect.r0, rect.c0, rows, 1).getVisibleView().load('cellAddresses');
  // Hidden columns (last period's years, helpers): a property per column, a few bytes each, asked with
  // the sheet's first block only (every block spans the same columns).
  const columns: Excel.Range[] = [];
  if (firstOfSheet) for (let c = rect.c0; c <= rect.c1; c++) columns.push(ws.getRangeByIndexes(rect.r0, c, 1, 1).load('columnHidden'));
  const merged: Excel.RangeAreas[] = [];
  if (mergesInline) {
    merged.push(range.getMergedAreasOrNullObject().load('address'));
  } else {
    const step = Math.max(1, Math.floor(MERGE_CHUNK_CELLS / cols));
    for (let r = rect.r0; r <= rect.r1; r += step) {
      const n = Math.min(step, rect.r1 - r + 1);
      merged.push(ws.getRangeByIndexes(r, rect.c0, n, cols).getMergedAreasOrNullObject().load('address'));
    }
  }
  return { block, range, props, merged, visible, columns };
}

/**
 * One sheet being read: its cells go straight into packed storage (src/engine/cells.ts), the
 * displayed text kept beside each (the engine reads a number's decimals from it). One object per
 * cell with its text was ≈ 150 bytes; a 10,000-row table in the task pane held 30 MB for it.
 */
interface SheetSink {
  writer: RowWriter;
  styles: CellStyle[];
  styleIds: Map<string, number>;
  merges: MergeArea[];
  hiddenRows: number[];
  /** Columns hidden in the sheet: a visible row's cell addresses leave them out. */
  hiddenCols: Set<number>;
}

function newSink(): SheetSink {
  const styles: CellStyle[] = [cellStyle()];
  return { writer: new RowWriter([], styles), styles, styleIds: new Map([['||0', 0]]), merges: [], hiddenRows: [], hiddenCols: new Set() };
}

function styleId(sink: SheetSink, numFmt: string, p: CellProps | undefined): number {
  const fmt = numFmt && numFmt !== 'General' ? numFmt : '';
  const bold = !!p?.format?.font?.bold;
  const raw = p?.format?.indentLevel;
  const indent = typeof raw === 'number' && raw > 0 ? raw : 0;
  const key = `${fmt}|${bold ? 'b' : ''}|${indent}`;
  let id = sink.styleIds.get(key);
  if (id === undefined) {
    id = sink.styles.push(cellStyle(fmt || undefined, bold, indent)) - 1;
    sink.styleIds.set(key, id);
  }
  return id;
}

function putCell(sink: SheetSink, r: number, c: number, value: unknown, text: string, formula: unknown, numFmt: string, p: CellProps | undefined): void {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=');
  if ((value === '' || value === null || value === undefined) && !hasFormula) return;
  const w = sink.writer;
  let kind = Kind.Empty;
  let num = 0;
  if (typeof value === 'number') {
    kind = Kind.Number;
    num = value;
  } else if (typeof value === 'boolean') {
    kind = Kind.Bool;
    num = value ? 1 : 0;
  } else if (typeof value === 'string' && value !== '') {
    kind = ERROR_VALUE.test(value) ? Kind.Error : Kind.String;
    num = w.string(value);
  }
  w.add(r, c, kind, num, styleId(sink, numFmt, p), hasFormula ? (formula as string) : undefined, text !== '' ? text : undefined);
}

/** Copies one block into its sheet; returns the bytes the response carried (JSON, as sent). */
function absorb(l: Loaded, sink: SheetSink): number {
  const { rect } = l.block;
  const values = l.range.values as unknown[][];
  const text = l.range.text;
  const formulas = l.range.formulas as unknown[][];
  const formats = l.range.numberFormat as string[][];
  const props = l.props.value;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values[i].length; j++) putCell(sink, rect.r0 + i, rect.c0 + j, values[i][j], text[i][j], formulas[i][j], formats[i][j], props[i]?.[j]);
  }
  const shown = new Set<number>();
  for (const row of l.visible.cellAddresses) {
    const a = row[0] ? parseAreas(row[0])[0] : undefined;
    if (a) shown.add(a.r0);
  }
  l.columns.forEach((x, i) => x.columnHidden === true && sink.hiddenCols.add(rect.c0 + i));
  // The rows are told by the first column's visible cells: when that column is hidden itself, none are
  // visible and nothing is known of the rows (not every row hidden).
  if (!sink.hiddenCols.has(rect.c0)) for (let r = rect.r0; r <= rect.r1; r++) if (!shown.has(r)) sink.hiddenRows.push(r);
  let bytes = JSON.stringify(values).length + JSON.stringify(text).length + JSON.stringify(formulas).length + JSON.stringify(l.visible.cellAddresses).length;
  bytes += 24 * l.columns.length;
  bytes += JSON.stringify(formats).length + JSON.stringify(props).length;
  for (const m of l.merged) {
    if (m.isNullObject) continue;
    bytes += m.address.length + 2;
    for (const a of parseAreas(m.address)) {
      if (a.r0 === a.r1 && a.c0 === a.c1) continue;
      sink.merges.push(a satisfies MergeArea);
    }
  }
  return bytes;
}

function isPayloadError(e: unknown): boolean {
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(`${errorCode(e)} ${String(e)}`);
}

export async function readGrids(ctx: Excel.RequestContext, scope: Scope, options: ReadOptions = {}, tuning: ReadTuning = DEFAULT_TUNING): Promise<SheetGrid[]> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const sheets = await plan(ctx, scope);
  for (const s of sheets) {
    const r = s.rect;
    const cells = r ? (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1) : 0;
    if (r && cells > MAX_SHEET_CELLS) throw new SheetTooLargeError(s.name, rangeA1(r.r0, r.c0, r.r1, r.c1), cells);
  }
  const sinks = sheets.map(() => newSink());
  const totalCells = sheets.reduce((n, s) => n + (s.rect ? (s.rect.r1 - s.rect.r0 + 1) * (s.rect.c1 - s.rect.c0 + 1) : 0), 0);
  let doneCells = 0;
  onProgress?.(0, totalCells);

  let measuredBytes = 0;
  let measuredCells = 0;
  let syncs = 0;
  let target = tuning.targetBytes;
  const bytesPerCell = () => (measuredCells > 0 ? measuredBytes / measuredCells : tuning.initialBytesPerCell);

  // Cursor over the sheets' rows: each sync takes rows until its byte budget is spent.
  let sheetIdx = 0;
  let nextRow = sheets[0]?.rect?.r0 ?? 0;
  const advance = () => {
    while (sheetIdx < sheets.length && (!sheets[sheetIdx].rect || nextRow > (sheets[sheetIdx].rect as Rect).r1)) {
      sheetIdx++;
      nextRow = sheets[sheetIdx]?.rect?.r0 ?? 0;
    }
  };
  advance();

  while (sheetIdx < sheets.length) {
    throwIfAborted(signal);
    // Catch up with the 4 MB grid when earlier syncs came in light, never past maxBytes.
    let budget = Math.min(tuning.maxBytes, Math.max(target / 2, target * (syncs + 1) - measuredBytes));
    const startSheet = sheetIdx;
    const startRow = nextRow;
    const blocks: Block[] = [];
    while (sheetIdx < sheets.length && budget > 0) {
      const rect = sheets[sheetIdx].rect as Rect;
      const cols = rect.c1 - rect.c0 + 1;
      const rowBytes = cols * bytesPerCell();
      const rows = Math.max(1, Math.min(rect.r1 - nextRow + 1, Math.floor(budget / rowBytes)));
      if (blocks.length > 0 && rows * rowBytes > budget) break;
      blocks.push({ sheet: sheetIdx, rect: { r0: nextRow, c0: rect.c0, r1: nextRow + rows - 1, c1: rect.c1 } });
      budget -= rows * rowBytes;
      nextRow += rows;
      advance();
    }

    let loaded: Loaded[];
    try {
      loaded = blocks.map((b) => queueBlock(ctx, sheets[b.sheet].name, b, true, b.rect.r0 === sheets[b.sheet].rect?.r0));
      await ctx.sync();
      syncs++;
    } catch (e) {
      syncs++;
      if (isPayloadError(e) && blocks.some((b) => b.rect.r1 > b.rect.r0)) {
        // Rows heavier than measured: halve the budget and re-read from the same place.
        target /= 2;
        sheetIdx = startSheet;
        nextRow = startRow;
        continue;
      }
      // Most likely more than 512 merged areas: read merges in small chunks instead.
      throwIfAborted(signal);
      loaded = blocks.map((b) => queueBlock(ctx, sheets[b.sheet].name, b, false, b.rect.r0 === sheets[b.sheet].rect?.r0));
      await ctx.sync();
      syncs++;
    }
    for (const l of loaded) {
      const cells = (l.block.rect.r1 - l.block.rect.r0 + 1) * (l.block.rect.c1 - l.block.rect.c0 + 1);
      measuredBytes += absorb(l, sinks[l.block.sheet]);
      measuredCells += cells;
      doneCells += cells;
    }
    onProgress?.(doneCells, totalCells);
  }
  return sheets.map((s, i) => {
    const { writer, merges, hiddenRows, hiddenCols } = sinks[i];
    merges.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
    const cols = [...hiddenCols].sort((a, b) => a - b);
    return packedGrid(s.name, writer.finish(merges), merges, hiddenRows.length ? hiddenRows : undefined, cols.length ? cols : undefined);
  });
}
