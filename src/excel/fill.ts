/**
 * Writes computed cells. One read sync proves each target is still empty (or, with consent,
 * still holds what the user saw), then one write sync; a plan too big for one request goes in
 * such pairs of syncs, each under Excel on the web's 5 MB limit. A non-empty cell without consent is
 * never written, whatever the caller passes.
 */
import type { FillItem, Scalar } from '../engine/types';
import type { FillOptions, FillResult } from './api';
import { normaliseCell } from './addresses';

function isEmpty(value: unknown, formula: unknown): boolean {
  const hasFormula = typeof formula === 'string' && formula.startsWith('=');
  return (value === '' || value === null || value === undefined) && !hasFormula;
}

/** Does the cell still hold what the user agreed to replace? */
function holds(current: Scalar, value: unknown, formula: unknown): boolean {
  if (current === null) return isEmpty(value, formula);
  if (typeof current === 'number') {
    return typeof value === 'number' && Math.abs(value - current) <= 1e-9 * Math.max(1, Math.abs(current));
  }
  if (typeof current === 'boolean') return value === current;
  const c = current.trim();
  return String(value).trim() === c || (typeof formula === 'string' && formula.trim() === c);
}

/**
 * Excel on the web refuses requests over 5 MB. A cell's probe and its write each cost roughly a
 * fixed envelope plus the formula; items are taken in chunks well under the limit, so a plan of
 * 100,000 formulas goes out as a few probe+write pairs instead of one request that fails.
 */
const CHUNK_BYTES = 3.5 * 1024 * 1024;
const ITEM_BYTES = 260;

function chunks(items: FillItem[]): FillItem[][] {
  const out: FillItem[][] = [];
  let cur: FillItem[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = ITEM_BYTES + item.sheet.length * 2 + item.formula.length * 2;
    if (cur.length > 0 && bytes + b > CHUNK_BYTES) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(item);
    bytes += b;
  }
  if (cur.length) out.push(cur);
  return out;
}

export async function fill(ctx: Excel.RequestContext, items: FillItem[], options: FillOptions): Promise<FillResult> {
  const overwrite = new Set([...options.overwrite].map((c) => normaliseCell(c) ?? c));
  const result: FillResult = { written: [], skipped: [] };
  const seen = new Set<string>();
  for (const part of chunks(items)) await fillChunk(ctx, part, options, overwrite, seen, result);
  return result;
}

async function fillChunk(ctx: Excel.RequestContext, items: FillItem[], options: FillOptions, overwrite: Set<string>, seen: Set<string>, result: FillResult): Promise<void> {
  // One worksheet proxy per sheet: each getItem would add its own object path to the request.
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => sheets.get(name) ?? sheets.set(name, ctx.workbook.worksheets.getItem(name)).get(name)!;
  const probes = items.map((item) => {
    const cell = normaliseCell(item.cell);
    const range = cell ? sheet(item.sheet).getRange(cell).load('values,formulas') : null;
    return { item, cell, range };
  });
  await ctx.sync();

  let writes = 0;
  for (const { item, cell, range } of probes) {
    if (!cell || !range) {
      result.skipped.push({ item, reason: 'changed' });
      continue;
    }
    const key = `${item.sheet}!${cell}`;
    const value: unknown = range.values[0][0];
    const formula: unknown = range.formulas[0][0];
    let ok: boolean;
    if (seen.has(key)) ok = false; // two items for one cell: the first wins
    else if (isEmpty(value, formula)) ok = true;
    else if (!overwrite.has(cell)) {
      result.skipped.push({ item, reason: 'not-empty' });
      continue;
    } else ok = holds(item.current, value, formula);
    if (!ok) {
      result.skipped.push({ item, reason: 'changed' });
      continue;
    }
    seen.add(key);
    if (options.formulas) range.formulas = [[item.formula]];
    else range.values = [[item.value === null ? '' : item.value]];
    result.written.push(item);
    writes++;
  }
  if (writes > 0) await ctx.sync();
}
