/**
 * sum.total-row: a Jumlah/Total row equals the sum of the rows it closes — the items since the
 * group title or the previous Jumlah; in a program > kegiatan table, the top-level nodes only.
 */
import type { RowInfo } from '../types';
import type { CheckContext, RuleModule } from './common';
import { sumRelation } from '../relation';
import { cell, current, num, say, sumTolerance, val, yearTag } from './common';
import { summedColumns } from './sumColumns';
import { sumFormula } from '../formula';
import { effectiveAmount, type Amount } from './amounts';
import type { NumberValue } from '../number';

const DATA = new Set(['indicator', 'continuation', 'program', 'kegiatan', 'subkegiatan']);

/** Rows a Jumlah row at index i closes: since the group title (byHeading) or since the previous Jumlah. */
export function groupRows(rows: RowInfo[], i: number, byHeading: boolean): RowInfo[] {
  const out: RowInfo[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const x = rows[k];
    if (x.kind === 'total') {
      if (out.length === 0) return previousTotals(rows, k);
      break;
    }
    if (x.kind === 'heading' && x.level === undefined) {
      if (byHeading && out.length) break;
      continue;
    }
    // Collected backwards and reversed once: unshift made a Jumlah under 100,000 rows quadratic.
    if (DATA.has(x.kind) || (x.kind === 'heading' && x.level !== undefined)) out.push(x);
  }
  return out.reverse();
}

/** A grand total directly under subtotals adds the subtotals. */
function previousTotals(rows: RowInfo[], k: number): RowInfo[] {
  return rows.slice(0, k + 1).filter((x) => x.kind === 'total');
}

/** The terms of a group in one column: top-level nodes in a hierarchy, every data row otherwise. */
// The terms of a group do not depend on the column: worked out once per group array (the check
// asks for every money column of the Jumlah row, and a group can be the whole table).
const termCache = new WeakMap<RowInfo[], { terms: RowInfo[]; hierarchical: boolean }>();

function termsOf(group: RowInfo[]): { terms: RowInfo[]; hierarchical: boolean } {
  let t = termCache.get(group);
  if (!t) {
    const inGroup = new Set(group.map((x) => x.row));
    const hierarchical = group.some((x) => x.level !== undefined);
    const terms = hierarchical
      ? group.filter((x) => x.level !== undefined && x.kind !== 'continuation' && (x.parent === undefined || !inGroup.has(x.parent)))
      : group.filter((x) => x.kind !== 'continuation' || !x.parent || !inGroup.has(x.parent));
    t = { terms, hierarchical };
    termCache.set(group, t);
  }
  return t;
}

export function groupTerms(ctx: CheckContext, group: RowInfo[], col: number): { rows: RowInfo[]; amount: Amount | null } {
  const { table } = ctx;
  const { terms, hierarchical } = termsOf(group);
  let amount: Amount | null = null;
  for (const x of terms) {
    const a = hierarchical || x.kind === 'total' ? effectiveAmount(table, x, col) : ownOnly(ctx, x, col);
    if (!a) continue;
    amount = amount ?? { value: 0, cells: [], decimals: 0 };
    amount.value += a.value;
    for (const q of a.cells) amount.cells.push(q); // not push(...): long arrays overflow the argument limit
    amount.decimals = Math.max(amount.decimals, a.decimals);
  }
  return { rows: terms, amount };
}

function ownOnly(ctx: CheckContext, x: RowInfo, col: number): Amount | null {
  const v = num(ctx, x.row, col);
  return v ? { value: v.value, cells: [{ r: x.row, c: col }], decimals: v.decimals } : null;
}

export const sumTotalRow: RuleModule = {
  id: 'sum.total-row',
  family: 'sum',
  severity: 'error',
  arithmetic: true,
  title: { id: 'Baris Jumlah tidak sama dengan penjumlahan di atasnya', en: 'Total row differs from the sum above it' },
  check(ctx) {
    const { table } = ctx;
    const rows = table.info.rows;
    const cols = summedColumns(table);
    const totals = rows.filter((x) => x.kind === 'total').length;
    rows.forEach((x, i) => {
      if (x.kind !== 'total') return;
      const byHeading = groupRows(rows, i, true);
      const bySection = groupRows(rows, i, false);
      for (const col of cols) {
        const a = groupTerms(ctx, byHeading, col.col);
        const b = groupTerms(ctx, bySection, col.col);
        const stated = num(ctx, x.row, col.col);
        const best = a.amount ?? b.amount;
        if (!best) continue;
        if (!stated) {
          if (val(ctx, x.row, col.col).kind === 'empty') {
            ctx.plan({ cell: cell(x.row, col.col), formula: sumFormula(best.cells), value: best.value, rule: this.id, current: current(ctx, x.row, col.col), reason: say((_f, id) => (id ? 'Jumlah kolom' : 'Column total')) });
          }
          continue;
        }
        const ok = (m: Amount | null) => !!m && Math.abs(m.value - stated.value) <= sumTolerance(stated, partsOf(ctx, m));
        if (ok(a.amount) || ok(b.amount)) continue;
        // With several Jumlah rows the groups are the sections; a single Jumlah closes the whole table.
        const use = totals > 1 && a.amount ? a : b.amount ? b : a;
        const m = use.amount!;
        const tag = yearTag(col.year, col.period, true);
        ctx.emit({
          cell: cell(x.row, col.col),
          rule: this.id,
          severity: 'error',
          expected: m.value,
          actual: stated.value,
          related: m.cells.map((q) => cell(q.r, q.c)),
          relation: sumRelation(ctx.table.view, { r: x.row, c: col.col }, m.cells.map((q) => ({ ...q, sign: 1 as const })), sumTolerance(stated, partsOf(ctx, m))),
          message: say((f, id) => {
            const head = `${x.label || (id ? 'Baris Jumlah' : 'Total row')}${tag ? ` ${tag}` : ''}`;
            const n = use.rows.length;
            return id
              ? `${head}: ${n} baris di atasnya berjumlah ${f(m.value)}, tertulis ${f(stated.value)} (selisih ${f(stated.value - m.value)})`
              : `${head}: the ${n} rows above add up to ${f(m.value)}, ${f(stated.value)} is stated (difference ${f(stated.value - m.value)})`;
          }),
        });
      }
    });
  },
};

function partsOf(ctx: CheckContext, m: Amount): NumberValue[] {
  return m.cells.map((q) => num(ctx, q.r, q.c)).filter((v): v is NumberValue => v !== null);
}
