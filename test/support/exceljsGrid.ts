/**
 * exceljs → SheetGrid: the second, independent reading of a workbook that the package reader
 * (src/xlsx/read/ooxml.ts) is compared against (test/xlsx/ooxml.test.ts), and what the benchmark
 * times as the exceljs path. It was Cermat's reader until exceljs's memory use at 100,000 rows
 * (≈ 1 GB) made it the reference rather than the product.
 */
import type { Cell, CellValue as XlValue, Workbook, Worksheet } from 'exceljs';
import type { CellInput, MergeArea, Scalar, SheetGrid } from '../../src/engine/types';

export function workbookToGrids(wb: Workbook): SheetGrid[] {
  const date1904 = !!wb.properties?.date1904;
  return wb.worksheets.map((ws) => worksheetToGrid(ws, date1904));
}

// exceljs ValueType numbers (a runtime enum in exceljs; compared by value to keep the import type-only).
const T_NULL = 0;
const T_MERGE = 1;

export function worksheetToGrid(ws: Worksheet, date1904 = false): SheetGrid {
  const cells: SheetGrid['cells'] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: Array<CellInput | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells covered by a merge (not its top-left) read empty, as in Excel and Office.js.
      if ((cell.type as number) === T_MERGE || (cell.type as number) === T_NULL) return;
      const input = toCellInput(cell, date1904);
      if (input) out[colNumber - 1] = input;
    });
    if (out.length) cells[rowNumber - 1] = out;
  });
  return { name: ws.name, cells, merges: readMerges(ws) };
}

function toCellInput(cell: Cell, date1904: boolean): CellInput | undefined {
  const raw = cell.value;
  let input: CellInput;
  if (isFormula(raw)) {
    const formula = cell.formula; // exceljs translates shared formulas from their master here
    const res = scalarOf(raw.result, date1904);
    input = { value: res.value };
    if (res.error) input.error = true;
    if (formula) input.formula = '=' + formula;
  } else {
    const res = scalarOf(raw, date1904);
    if (res.value === null) return undefined;
    input = { value: res.value };
    if (res.error) input.error = true;
  }
  const s = styleOf(cell);
  if (s.numFmt) input.numFmt = s.numFmt;
  if (s.bold) input.bold = true;
  if (s.indent) input.indent = s.indent;
  return input;
}

interface StyleBits {
  numFmt?: string;
  bold?: boolean;
  indent?: number;
}

// exceljs hands out one style object per style id, so the bits are worked out once per style.
const styleCache = new WeakMap<object, StyleBits>();
const NO_STYLE: StyleBits = {};

function styleOf(cell: Cell): StyleBits {
  const style = cell.style;
  if (!style) return NO_STYLE;
  let bits = styleCache.get(style);
  if (!bits) {
    bits = {};
    if (style.numFmt && style.numFmt !== 'General') bits.numFmt = style.numFmt;
    if (style.font?.bold) bits.bold = true;
    if (style.alignment?.indent) bits.indent = style.alignment.indent;
    styleCache.set(style, bits);
  }
  return bits;
}

interface FormulaLike {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
}

function isFormula(v: XlValue): v is XlValue & FormulaLike {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);
}

/** A stored value as the engine's Scalar. Dates become their Excel serial, as Office.js reports them. */
function scalarOf(v: unknown, date1904: boolean): { value: Scalar; error?: boolean } {
  if (v === null || v === undefined) return { value: null };
  switch (typeof v) {
    case 'number':
    case 'boolean':
      return { value: v };
    case 'string':
      return { value: v };
    case 'object':
      break;
    default:
      return { value: String(v) };
  }
  if (v instanceof Date) return { value: dateToSerial(v, date1904) };
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { value: o.error, error: true };
  if (Array.isArray(o.richText)) return { value: flattenRich(o.richText) };
  if ('hyperlink' in o || 'text' in o) return { value: textOf(o.text) };
  return { value: null };
}

function flattenRich(parts: unknown[]): string {
  let s = '';
  for (const p of parts) if (p && typeof p === 'object' && typeof (p as { text?: unknown }).text === 'string') s += (p as { text: string }).text;
  return s;
}

function textOf(t: unknown): string {
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) return flattenRich((t as { richText: unknown[] }).richText);
  return t === undefined || t === null ? '' : String(t);
}

/** Excel serial date (1900 system, or 1904 when the workbook says so). */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = 25569 + d.getTime() / 86400000 - (date1904 ? 1462 : 0);
  // exceljs builds dates from serials in UTC; undo float noise so 44196 stays 44196.
  return Math.round(serial * 1e8) / 1e8;
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Merges from exceljs's merge index (one Range per master cell). `ws.model.merges` would give the
 * same but rebuilds the whole sheet model, which is slow on big sheets, so it is only the fallback.
 */
function readMerges(ws: Worksheet): MergeArea[] {
  const index = (ws as unknown as { _merges?: Record<string, RangeLike> })._merges;
  const out: MergeArea[] = [];
  if (index && typeof index === 'object') {
    for (const key of Object.keys(index)) {
      const r = index[key];
      if (r && typeof r.top === 'number') out.push({ r0: r.top - 1, c0: r.left - 1, r1: r.bottom - 1, c1: r.right - 1 });
    }
    return out;
  }
  for (const ref of ws.model.merges ?? []) {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref);
    if (m) out.push({ r0: Number(m[2]) - 1, c0: colIndex(m[1]), r1: Number(m[4]) - 1, c1: colIndex(m[3]) });
  }
  return out;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}
