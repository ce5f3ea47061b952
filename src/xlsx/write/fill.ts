/**
 * Writes the engine's fill plan into a copy of the workbook: each formula with its cached
 * result, only into cells that are empty. Everything else is written back as exceljs read it.
 */
import type { Cell, Worksheet } from 'exceljs';
import { a1, parseA1 } from '../../engine/address';
import { FORMAT_LOOKBACK, inPercentScale, readsAny } from '../../engine/fill-plans';
import { isPercentFormat } from '../../engine/number';
import type { FillItem, Scalar } from '../../engine/types';
import { loadWorkbook, writeXlsx } from './load';
import { recalcDependents } from './recalc';

export interface FillOutcome {
  bytes: Uint8Array;
  written: FillItem[];
  /** Items not written; `current` says what the cell holds (a non-empty cell is never overwritten). */
  skipped: FillItem[];
}

const T_NULL = 0;

export async function fillWorkbook(data: ArrayBuffer | Uint8Array, items: FillItem[], fileName = 'workbook.xlsx'): Promise<FillOutcome> {
  const wb = await loadWorkbook(data, fileName);
  const written: FillItem[] = [];
  const skipped: FillItem[] = [];
  const done = new Set<string>();
  // First what each planned cell allows; then the plans reading a planned cell left empty are left out too (a Jumlah
  // over a program's Sisa the user noted "isi setelah audit" would add the others alone), to a fixed point.
  const writable: FillItem[] = [];
  // Planned cells that stay empty.
  const left = new Set<string>();
  for (const item of items) {
    const key = `${item.sheet}!${item.cell}`;
    const ws = wb.getWorksheet(item.sheet);
    const ref = parseA1(item.cell);
    if (item.current !== null || !ws || !ref || done.has(key)) {
      skipped.push(item);
      continue;
    }
    const cell = ws.getCell(ref.row + 1, ref.col + 1);
    if ((cell.type as number) !== T_NULL) {
      // The plan was made on other data, or the cell sits under a merge: leave it.
      skipped.push({ ...item, current: describe(cell) });
      continue;
    }
    // A note on the empty cell is the user's word about it ("isi setelah data BPS terbit"): not empty.
    if (cell.note) {
      skipped.push({ ...item, current: `catatan/note: "${noteText(cell.note)}"` });
      left.add(key);
      continue;
    }
    done.add(key);
    writable.push(item);
  }
  // An empty cell the user noted ("isi setelah audit") is left empty on purpose, planned or not: nothing reading it is
  // written. Looked up for the cells the plans read only (a sheet's every cell is not walked for its notes).
  const emptyNoted = (sheet: string, r: number, c: number) => {
    const cell = wb.getWorksheet(sheet)?.findCell(r + 1, c + 1);
    return !!cell?.note && (cell.type as number) === T_NULL;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let k = writable.length - 1; k >= 0; k--) {
      const item = writable[k];
      let read = '';
      if (!readsAny(item.formula, (r, c) => left.has(`${item.sheet}!${(read = a1(r, c))}`) || emptyNoted(item.sheet, r, c))) continue;
      writable.splice(k, 1);
      skipped.push({ ...item, current: `${read} kosong/empty` });
      left.add(`${item.sheet}!${item.cell}`);
      changed = true;
    }
  }
  for (const item of writable) {
    const ws = wb.getWorksheet(item.sheet)!;
    const ref = parseA1(item.cell)!;
    const cell = ws.getCell(ref.row + 1, ref.col + 1);
    // The cell's own format, else the one it takes from the number above. Shown as % (an office template's Capaian
    // column, or the cell above it written so), it shows a fraction: written as one.
    const fmt = cell.numFmt ? undefined : columnFormat(ws, ref.row + 1, ref.col + 1);
    const plan = isPercentFormat(cell.numFmt || fmt) ? inPercentScale(item) : item;
    const formula = plan.formula.replace(/^=/, '');
    cell.value = { formula, result: plan.value ?? '' };
    // A fresh style object: exceljs shares one style object between cells of the same style id.
    if (fmt) cell.style = { ...cell.style, numFmt: fmt };
    written.push(plan);
  }
  // The formulas already there that read a written cell: their saved results worked out again.
  recalcDependents(
    wb,
    written.map((w) => {
      const at = parseA1(w.cell)!;
      return { sheet: w.sheet, r: at.row, c: at.col };
    }),
  );
  // Cached results come from Cermat; let Excel recompute them on open all the same.
  wb.calcProperties.fullCalcOnLoad = true;
  return { bytes: await writeXlsx(wb), written, skipped };
}

/** The number format of the nearest numeric cell above in the same column, so 99.69 shows like its neighbours. */
function columnFormat(ws: Worksheet, row: number, col: number): string | undefined {
  // As far up as the engine looked when it chose the cell's scale (a % column gets fractions).
  for (let r = row - 1; r >= 1 && r >= row - FORMAT_LOOKBACK; r--) {
    const c = ws.findCell(r, col);
    if (!c) continue;
    const v = c.value;
    const isNumber = typeof v === 'number' || (typeof v === 'object' && v !== null && 'formula' in v && typeof v.result === 'number');
    if (isNumber && c.numFmt) return c.numFmt;
  }
  return undefined;
}

function noteText(note: Cell['note']): string {
  const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function describe(cell: Cell): Scalar {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  // A formula (its result, else the formula), rich text, a hyperlink: what the cell shows, never "[object Object]".
  if (typeof v === 'object') {
    if ('result' in v && v.result !== undefined && v.result !== null && typeof v.result !== 'object') return v.result as Scalar;
    if ('formula' in v && typeof v.formula === 'string') return `=${v.formula}`;
    if ('sharedFormula' in v && typeof v.sharedFormula === 'string') return `=${v.sharedFormula}`;
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
  }
  const text = cell.text;
  return typeof text === 'string' && !text.includes('[object') ? text : '…';
}
