/**
 * Writes computed cells. One read sync proves each target is still empty (or, with consent,
 * still holds what the user saw), then one write sync. A non-empty cell without consent is
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

export async function fill(ctx: Excel.RequestContext, items: FillItem[], options: FillOptions): Promise<FillResult> {
  const overwrite = new Set([...options.overwrite].map((c) => normaliseCell(c) ?? c));
  const probes = items.map((item) => {
    const cell = normaliseCell(item.cell);
    const range = cell ? ctx.workbook.worksheets.getItem(item.sheet).getRange(cell).load('values,formulas') : null;
    return { item, cell, range };
  });
  await ctx.sync();

  const result: FillResult = { written: [], skipped: [] };
  const seen = new Set<string>();
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
  }
  if (result.written.length > 0) await ctx.sync();
  return result;
}
