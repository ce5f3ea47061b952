/**
 * ratio.share: a column explained as each row's share of a total (Bobot = Pagu / Σ Pagu × 100;
 * "Realisasi (%)" weighted by the grand pagu; a share of the row's parent) holds on every row.
 * Which total, and that the column is a share at all, the column's rows said (relations.ts).
 */
import type { CheckContext } from './common';
import { cell, current, defineRule, figureRow, message, num, quoted, relationColumns, totalAbove } from './common';
import { quotientHolds } from '../ratio-math';
import { scopesOf } from '../recognise/totals';
import { childrenOf } from './amounts';
import type { NumberValue } from '../number';
import type { ColumnInfo } from '../types';
import { words } from '../text';
import { sumTolerance } from '../tolerance';
import { ratioRelation } from '../relation';
import { exactIfCount } from './ratio-pairs';
import { isGrandRow, RATE_OF_TOTAL } from '../recognise/rows';
import { rateScale } from '../recognise/columns';

/** The grand total cell of a column: its last total row holding a number (or the whole of the shares), if the table has one. */
function grandCell(ctx: CheckContext, col: number): { r: number; value: number } | null {
  const rows = ctx.table.info.rows;
  const { numericCols } = ctx.table.ctx;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (!isGrandRow(ctx.table.view, rows, i, numericCols)) continue;
    const v = num(ctx, rows[i].row, col);
    if (v) return { r: rows[i].row, value: v.value };
  }
  return null;
}

/** The sum of a parent's rows in column c (null when none states a figure). */
function siblingsSum(ctx: CheckContext, parent: number, c: number): number | null {
  const p = ctx.table.row(parent);
  if (!p) return null;
  let s = 0;
  let any = false;
  for (const y of childrenOf(ctx.table, p)) {
    const v = num(ctx, y.row, c);
    if (v) {
      s += v.value;
      any = true;
    }
  }
  return any ? s : null;
}

/** The outline's top rows that state figures (a grand total's parts). */
function topRows(ctx: CheckContext) {
  return ctx.table.info.rows.filter((x) => x.parent === undefined && figureRow(x));
}

/**
 * A Jumlah of shares that states the sum of the shares above it as shown (100,02 or 99,99 for shares
 * rounded to two decimals), or a program's weight stated as the sum of its kegiatan's: consistent when
 * that sum is as far from the exact value as the shares' rounding allows. Top-level rows by default.
 */
function sumsRoundedShares(ctx: CheckContext, col: number, stated: NumberValue, exact: number, rows = topRows(ctx)): boolean {
  const parts: NumberValue[] = [];
  let sum = 0;
  for (const x of rows) {
    const v = num(ctx, x.row, col);
    if (!v) continue;
    parts.push(v);
    sum += v.value;
  }
  if (parts.length < 2) return false;
  // (As far from its exact 100 as the parts' rounding allows, whatever they add up to: a wrong share among them is
  // said at that share, not again at the total.)
  if (Math.abs(stated.value - exact) <= sumTolerance(stated, parts)) return true;
  if (Math.abs(stated.value - sum) > sumTolerance(stated, parts)) return false;
  return Math.abs(sum - exact) <= sumTolerance(stated, parts);
}

function topSum(ctx: CheckContext, col: number): number | null {
  let s = 0;
  let any = false;
  for (const x of topRows(ctx)) {
    const v = num(ctx, x.row, col);
    if (v) {
      s += v.value;
      any = true;
    }
  }
  return any ? s : null;
}

/** A column of people counted: a row total of parts (L + P, the golongan), or a header naming people. */
function countsPeople(c: ColumnInfo | undefined): boolean {
  if (!c || c.rounded || c.percent) return false;
  if (c.role === 'rowTotal' && c.relation?.rel.kind === 'sum') return true;
  return /\b(orang|jiwa|pegawai|pns|asn|laki laki|perempuan|penduduk|peserta|siswa|murid)\b/.test(words(c.path.join(' ')));
}

/** A row of shares under a total: "Persentase (%)", "Prosentase", "%". */
const SHARE_ROW = /^(persentase|prosentase|proporsi)\b|^%$|\(\s*%\s*\)$/i;

/**
 * A "Persentase (%)" row right under the Jumlah row of a table with a row total (Baik | RR | RB | Jumlah): each part
 * is its column's total over the row total, × 100, and the row total says 100. Its row total is sum.row-total's.
 */
function shareRows(ctx: CheckContext): void {
  // (Asked of every row total only where a row of shares stands: most tables have none.)
  if (!ctx.table.info.rows.some((x) => x.kind !== 'total' && SHARE_ROW.test(x.label.trim()))) return;
  // (Each block's own: "Jumlah Jembatan (Unit) ▸ B | RR | RB | Jumlah" and "Panjang (m) ▸ B | RR | RB | Jumlah".)
  for (const whole of ctx.table.info.columns) if (whole.role === 'rowTotal') sharesOf(ctx, whole);
}

function sharesOf(ctx: CheckContext, whole: ColumnInfo): void {
  const { table } = ctx;
  // (Not of a balance taking columns off: its parts are no shares of it.)
  if (whole.relation?.rel.kind !== 'sum' || whole.relation.rel.minus) return;
  const parts = whole.relation.rel.parts;
  const rows = table.info.rows;
  rows.forEach((x, i) => {
    if (x.kind === 'total' || !SHARE_ROW.test(x.label.trim())) return;
    const total = totalAbove(rows, i);
    const T = total && num(ctx, total.row, whole.col);
    const H = num(ctx, x.row, whole.col);
    if (!total || !T || T.value === 0 || !H || Math.abs(H.value - 100) > 1) return;
    // (Whole counts in the Jumlah row, units or people, are exact: 24 of 120 is 20 %, never 21.)
    for (const c of parts) {
      const A = num(ctx, total.row, c);
      const S = num(ctx, x.row, c);
      if (!A || !S || quotientHolds(exactIfCount(A, true), exactIfCount(T, true), S, 100, ctx.tol.extra)) continue;
      const expected = (A.value / T.value) * 100;
      ctx.report('ratio.share', {
        cell: cell(x.row, c),
        expected: Math.round(expected * 100) / 100,
        actual: S.value,
        related: [cell(total.row, c), cell(total.row, whole.col)],
        messageId: 'row',
        relation: ratioRelation(
          table.view,
          { r: x.row, c, half: ctx.tol.ratio(S) },
          { r: total.row, c, half: ctx.tol.shown(A) },
          { r: total.row, c: whole.col, half: ctx.tol.shown(T) },
          100,
          ['ratio'],
        ),
        data: { row: quoted(x), part: cell(total.row, c), whole: cell(total.row, whole.col), expected, stated: S.value },
      });
    }
  });
}

/**
 * A row of rates under the Jumlah (a Profil Kesehatan's "ANGKA KEMATIAN (DILAPORKAN)" under "JUMLAH (KAB/KOTA)"): each
 * count's Jumlah over the base column its header shares a leaf with (Lahir Hidup ▸ L | P | L+P, whose rate cells are
 * empty), × the scale its label names (per 1.000 KH, per 100.000), else the one most of its cells bear out. Said where
 * that reading holds on the row's other cells (one at least, half of them).
 */
function rateRows(ctx: CheckContext): void {
  const { table } = ctx;
  const rows = table.info.rows;
  const cols = table.info.columns.filter((c) => (c.role === 'value' || c.role === 'rowTotal') && !c.percent);
  const leaf = (c: ColumnInfo) => words(c.path[c.path.length - 1] ?? '');
  rows.forEach((x, i) => {
    if (x.kind !== 'derived') return;
    const label = words(x.label);
    if (!RATE_OF_TOTAL.test(label)) return;
    const total = totalAbove(rows, i);
    if (!total) return;
    const bases = cols.filter((c) => !num(ctx, x.row, c.col) && num(ctx, total.row, c.col));
    const pairs = cols.flatMap((c) => {
      const S = num(ctx, x.row, c.col);
      const A = num(ctx, total.row, c.col);
      const den = bases.find((b) => b.col < c.col && leaf(b) === leaf(c)) ?? (bases.length === 1 ? bases[0] : undefined);
      const B = den && num(ctx, total.row, den.col);
      return S && A && B && B.value !== 0 ? [{ c, den: den!, S, A: exactIfCount(A, true), B: exactIfCount(B, true) }] : [];
    });
    if (pairs.length < 2) return;
    // (The scale its label names, "per 1.000 KH", or an AKI's by convention; else the one most cells bear out.)
    const scale = rateScale(x.label);
    const named = scale ? [scale] : [1000, 100000, 100];
    const holdsAt = (k: number) => pairs.map((q) => quotientHolds(q.A, q.B, q.S, k, ctx.tol.extra) !== false);
    const k = named.reduce((a, b) => (holdsAt(b).filter(Boolean).length > holdsAt(a).filter(Boolean).length ? b : a));
    const held = holdsAt(k);
    const n = held.filter(Boolean).length;
    if (n === 0 || n * 2 < pairs.length) return;
    pairs.forEach((q, m) => {
      if (held[m]) return;
      const expected = (q.A.value / q.B.value) * k;
      ctx.report('ratio.share', {
        cell: cell(x.row, q.c.col),
        messageId: 'rate',
        expected: Math.round(expected * 100) / 100,
        actual: q.S.value,
        related: [cell(total.row, q.c.col), cell(total.row, q.den.col)],
        relation: ratioRelation(
          table.view,
          { r: x.row, c: q.c.col, half: ctx.tol.ratio(q.S) },
          { r: total.row, c: q.c.col, half: ctx.tol.shown(q.A) },
          { r: total.row, c: q.den.col, half: ctx.tol.shown(q.B) },
          k,
          ['ratio'],
        ),
        data: { row: quoted(x), part: cell(total.row, q.c.col), whole: cell(total.row, q.den.col), k, expected, stated: q.S.value },
      });
    });
  });
}

export default defineRule({
  meta: {
    id: 'ratio.share',
    arithmetic: true,
    emits: {
      'ratio.share': {
        severity: 'error',
        title: { id: 'Bagian dari jumlah tidak sesuai', en: 'Share of the total does not match' },
        messages: {
          default: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: bagiannya dari ${d.base === 'rows' ? 'jumlah baris-barisnya' : d.base === 'grand' ? 'jumlah seluruhnya' : d.base === 'group' ? 'jumlah kelompoknya' : 'induknya'} ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.row || 'This row'}: its share of ${d.base === 'rows' ? "the rows' sum" : d.base === 'grand' ? 'the grand total' : d.base === 'group' ? "its group's sum" : 'its parent'} is ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
          ),
          /** A "Persentase (%)" row under the Jumlah row: each part's share of the row total beside it. */
          row: message(
            (d, w) => `${d.row}: ${d.part} / ${d.whole} × 100 = ${w.n(d.expected)} (bagiannya dari jumlah baris Jumlah), tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `${d.row}: ${d.part} / ${d.whole} × 100 = ${w.n(d.expected)} (its share of the Jumlah row's total), ${w.n(d.stated, 6)} is stated`,
          ),
          /** A row of rates under the Jumlah row: each count's total over its base's total, × its scale. */
          rate: message(
            (d, w) => `${d.row}: ${d.part} / ${d.whole} × ${w.n(d.k, 0)} = ${w.n(d.expected)} (angka dari baris Jumlah), tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `${d.row}: ${d.part} / ${d.whole} × ${w.n(d.k, 0)} = ${w.n(d.expected)} (the rate of the Jumlah row), ${w.n(d.stated, 6)} is stated`,
          ),
        },
      },
    },
    fills: {
      default: message(
        () => 'Bagian dari jumlah (bobot)',
        () => 'Share of the total (weight)',
      ),
    },
  },
  check(ctx) {
    const { table } = ctx;
    shareRows(ctx);
    rateRows(ctx);
    for (const { col, rel, byFormula } of relationColumns(ctx, 'share')) {
      const of = rel.of ?? rel.num;
      // (Shares of the rows' sum, the Jumlah under them typed wrong: no cell holds their base, and the Jumlah's own
      // share is that slip's, said at the Jumlah.)
      const grand = rel.base === 'grand' && !rel.rows ? grandCell(ctx, of) : null;
      const grandValue = grand?.value ?? (rel.base === 'grand' ? topSum(ctx, of) : null);
      // (A parent's rows summed once, not on each of its rows.)
      const groupSums = new Map<number, number | null>();
      const groupSum = (parent: number) => (groupSums.has(parent) ? groupSums.get(parent)! : groupSums.set(parent, siblingsSum(ctx, parent, of)).get(parent)!);
      for (const x of table.info.rows) {
        if (!figureRow(x, true)) continue;
        if (x.kind === 'total' && (rel.base === 'parent' || rel.rows)) continue;
        const A = num(ctx, x.row, rel.num);
        // (A parent stating nothing, a profile's block heading: the sum of its rows, no one cell.)
        const parentSum = rel.base === 'parent' && x.parent !== undefined && table.view.value(x.parent, of).kind === 'empty';
        const baseRow = rel.base === 'grand' ? grand?.r : parentSum ? undefined : x.parent;
        const B =
          rel.base === 'grand' ? grandValue : x.parent !== undefined ? (parentSum ? groupSum(x.parent) : (num(ctx, x.parent, of)?.value ?? null)) : null;
        if (!A || B === null || B === 0) continue;
        const at = cell(x.row, col.col);
        const S = num(ctx, x.row, col.col);
        const expected = (A.value / B) * rel.k;
        const baseRef = baseRow !== undefined ? cell(baseRow, of) : null;
        if (!S) {
          if (table.view.value(x.row, col.col).kind === 'empty' && baseRef) {
            const abs = baseRef.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
            ctx.plan({
              cell: at,
              formula: `=IFERROR(${cell(x.row, rel.num)}/${rel.base === 'grand' ? abs : baseRef}${rel.k === 100 ? '*100' : ''},"")`,
              value: Math.round(expected * 100) / 100,
              current: current(ctx, x.row, col.col),
            });
          }
          continue;
        }
        if (!byFormula && table.view.formula(x.row, col.col)) continue;
        // (Whole counts of people are exact: a pegawai rekap's Jumlah of L + P, a column of orang. A whole score or weight
        // may be a rounded one.)
        const whole = (v: NumberValue, c: number) => (v.decimals === 0 && Number.isInteger(v.value) && countsPeople(table.col(c)) ? { ...v, decimals: 12 } : v);
        const Bv = whole({ kind: 'number' as const, value: B, decimals: rel.rows ? 12 : 0, fromText: false }, of);
        if (quotientHolds(rel.rows ? { ...A, decimals: 12 } : whole(A, rel.num), Bv, S, rel.k, ctx.tol.extra)) continue;
        // A total's share as the sum of its parts' rounded shares: its parts by any of its scopes (the rows its
        // label lists, "Jumlah Alokasi (II.1 s.d. II.3)", or those it closes), or the table's top rows.
        if (
          x.kind === 'total' &&
          rel.base === 'grand' &&
          (sumsRoundedShares(ctx, col.col, S, expected) ||
            scopesOf(table.info.rows, table.info.rows.indexOf(x)).some((sc) => sumsRoundedShares(ctx, col.col, S, expected, sc.terms)))
        )
          continue;
        if (x.kind !== 'total' && rel.base === 'grand') {
          const kids = childrenOf(table, x);
          if (kids.length >= 2 && sumsRoundedShares(ctx, col.col, S, expected, kids)) continue;
          // A program of one kegiatan states that kegiatan's weight (the sum of its sub kegiatan's, rounded), judged there.
          const only = kids.length === 1 ? num(ctx, kids[0].row, col.col) : null;
          const same = only && num(ctx, kids[0].row, rel.num)?.value === A.value;
          if (only && same && only.value === S.value && childrenOf(table, kids[0]).length >= 2) continue;
        }
        const baseValue = baseRow !== undefined ? num(ctx, baseRow, of) : null;
        ctx.report('ratio.share', {
          cell: at,
          expected: Math.round(expected * 100) / 100,
          actual: S.value,
          related: [cell(x.row, rel.num), ...(baseRef ? [baseRef] : [])],
          // The share over its two cells: a wrong amount or total found elsewhere explains it (value.crossing).
          relation:
            baseRow !== undefined && baseValue
              ? ratioRelation(
                  table.view,
                  { r: x.row, c: col.col, half: ctx.tol.ratio(S) },
                  { r: x.row, c: rel.num, half: ctx.tol.shown(A) },
                  { r: baseRow, c: of, half: ctx.tol.shown(baseValue) },
                  rel.k,
                  ['ratio'],
                )
              : undefined,
          data: { row: quoted(x), base: rel.rows ? 'rows' : parentSum ? 'group' : rel.base, expected, stated: S.value },
        });
      }
    }
  },
});
