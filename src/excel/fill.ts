/**
 * Writes computed cells. Items are gathered into column blocks (runs of nearby rows in one
 * column); one read sync loads each block and proves every target is still empty (or, with
 * consent, still holds what the user saw), then one write sync sets each block's formulas in a
 * single 2-D array, with null for the cells left alone (Excel leaves a cell unchanged when its
 * entry is null). A plan too big for one request goes in such pairs of syncs, each under Excel
 * on the web's 5 MB limit. A non-empty cell without consent is never written, whatever the caller
 * passes.
 */
import type { FillItem, Scalar } from '../engine/types';
import { parseA1, rangeA1 } from '../engine/address';
import { inPercentScale } from '../engine/fill-plans';
import { isPercentFormat } from '../engine/number';
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

interface Target {
  item: FillItem;
  /** Normalised A1 address. */
  cell: string;
  row: number;
  col: number;
}

/** Consecutive targets in one column of one sheet, rows r0..r1 (gaps are loaded but not written). */
interface Block {
  sheet: string;
  col: number;
  r0: number;
  r1: number;
  targets: Target[];
}

/**
 * Rows between two targets that still join one block: loading a few empty cells costs less
 * than another range with its object path (≈ 150 bytes). Indicator rows between funded rows
 * of a Tabel 6.1 are such gaps.
 */
const MAX_GAP = 8;
/** Rows per block, so that one block's probe and write stay a small share of a request. */
const MAX_BLOCK_ROWS = 20_000;

/**
 * Excel on the web refuses requests and responses over 5 MB. A block sends its object path and
 * actions plus its 2-D array (`["=…"],` per target, `[null],` per gap), and receives each row's
 * value and formula. Blocks are taken in chunks whose request and response each stay under 4 MB,
 * so a plan goes out in 1 + payload / 4 MB probe/write pairs at most.
 */
const CHUNK_BYTES = 4 * 1024 * 1024;
const BLOCK_BYTES = 400;
const GAP_BYTES = '[null],'.length;
/**
 * A probe's row is `[…],` for the value, again for the formula and for the number format: a target is empty
 * (10 bytes) or holds the number the user agreed to replace; a gap may hold anything, a short text say.
 */
const PROBE_TARGET_BYTES = 56;
const PROBE_GAP_BYTES = 120;

function blocksOf(targets: Target[]): Block[] {
  const sorted = [...targets].sort((a, b) => (a.item.sheet < b.item.sheet ? -1 : a.item.sheet > b.item.sheet ? 1 : a.col - b.col || a.row - b.row));
  const out: Block[] = [];
  let cur: Block | null = null;
  for (const t of sorted) {
    const joins = cur && cur.sheet === t.item.sheet && cur.col === t.col && t.row - cur.r1 <= MAX_GAP && t.row - cur.r0 < MAX_BLOCK_ROWS;
    if (cur && joins) {
      cur.r1 = Math.max(cur.r1, t.row);
      cur.targets.push(t);
    } else {
      cur = { sheet: t.item.sheet, col: t.col, r0: t.row, r1: t.row, targets: [t] };
      out.push(cur);
    }
  }
  return out;
}

interface Cost {
  sent: number;
  received: number;
}

function blockCost(b: Block): Cost {
  // Quoted sheet names in formulas may hold non-ASCII letters: up to 3 UTF-8 bytes each.
  const gaps = b.r1 - b.r0 + 1 - b.targets.length;
  let sent = BLOCK_BYTES + b.sheet.length * 3 + gaps * GAP_BYTES;
  for (const t of b.targets) sent += JSON.stringify(t.item.formula).length * (/[\u0080-\uffff]/.test(t.item.formula) ? 3 : 1) + 3;
  return { sent, received: BLOCK_BYTES + b.targets.length * PROBE_TARGET_BYTES + gaps * PROBE_GAP_BYTES };
}

function chunks(blocks: Block[]): Block[][] {
  const out: Block[][] = [];
  let cur: Block[] = [];
  let sent = 0;
  let received = 0;
  for (const b of blocks) {
    const cost = blockCost(b);
    if (cur.length > 0 && (sent + cost.sent > CHUNK_BYTES || received + cost.received > CHUNK_BYTES)) {
      out.push(cur);
      cur = [];
      sent = 0;
      received = 0;
    }
    cur.push(b);
    sent += cost.sent;
    received += cost.received;
  }
  if (cur.length) out.push(cur);
  return out;
}

export async function fill(ctx: Excel.RequestContext, items: FillItem[], options: FillOptions): Promise<FillResult> {
  const overwrite = new Set([...options.overwrite].map((c) => normaliseCell(c) ?? c));
  const result: FillResult = { written: [], skipped: [] };
  // Two items for one cell: the first (in the caller's order) wins.
  const first = new Map<string, Target>();
  const order = new Map<FillItem, number>();
  items.forEach((item, i) => order.set(item, i));
  for (const item of items) {
    const cell = normaliseCell(item.cell);
    const at = cell ? parseA1(cell) : null;
    const key = `${item.sheet}!${cell}`;
    if (!cell || !at || first.has(key)) {
      result.skipped.push({ item, reason: 'changed' });
      continue;
    }
    first.set(key, { item, cell, row: at.row, col: at.col });
  }
  for (const part of chunks(blocksOf([...first.values()]))) await fillChunk(ctx, part, options, overwrite, result);
  // Report in the caller's order, whatever the block order was.
  const byOrder = (a: FillItem, b: FillItem) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  result.written.sort(byOrder);
  result.skipped.sort((a, b) => byOrder(a.item, b.item));
  return result;
}

async function fillChunk(ctx: Excel.RequestContext, blocks: Block[], options: FillOptions, overwrite: Set<string>, result: FillResult): Promise<void> {
  // One worksheet proxy per sheet: each getItem would add its own object path to the request.
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => sheets.get(name) ?? sheets.set(name, ctx.workbook.worksheets.getItem(name)).get(name)!;
  const probes = blocks.map((block) => {
    const address = rangeA1(block.r0, block.col, block.r1, block.col);
    return { block, range: sheet(block.sheet).getRange(address).load('values,formulas,numberFormat') };
  });
  await ctx.sync();

  let writes = 0;
  for (const { block, range } of probes) {
    const out: Array<[unknown]> = Array.from({ length: block.r1 - block.r0 + 1 }, () => [null]);
    let any = false;
    for (const t of block.targets) {
      const i = t.row - block.r0;
      const value: unknown = range.values[i][0];
      const formula: unknown = range.formulas[i][0];
      let ok: boolean;
      if (isEmpty(value, formula)) ok = true;
      else if (!overwrite.has(t.cell)) {
        result.skipped.push({ item: t.item, reason: 'not-empty' });
        continue;
      } else ok = holds(t.item.current, value, formula);
      if (!ok) {
        result.skipped.push({ item: t.item, reason: 'changed' });
        continue;
      }
      // An empty cell already formatted as % (an office template's Capaian column) shows a fraction: written as one.
      const plan = isPercentFormat(range.numberFormat[i][0] as string) ? inPercentScale(t.item) : t.item;
      out[i][0] = options.formulas ? plan.formula : plan.value === null ? '' : plan.value;
      result.written.push(plan);
      any = true;
    }
    if (!any) continue;
    // null entries leave their cells as they are: gaps and refused targets are untouched.
    if (options.formulas) range.formulas = out as string[][];
    else range.values = out as Array<Array<string | number | boolean>>;
    writes++;
  }
  if (writes > 0) await ctx.sync();
}
