/**
 * sum.total-row: a Jumlah/Total row equals the sum of the rows it closes. Which rows those are is
 * the total's scope (recognise/totals.ts); a total is reported only when no plausible scope holds.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { CheckContext } from './common';
import type { Data, Words } from './rule';
import { sumRelation, type Relation } from '../relation';
import { absent, cell, current, defineRule, followsTerms, message, num, val, yearTag } from './common';
import { distributionColumns, realisedAmounts, summedColumns } from './sumColumns';
import { sumFormula } from '../formula';
import { blankLeaves, effectiveAmount, effectiveHalves, effectiveValue, pendingTerm, type Amount } from './amounts';
import { scopesOf, type ScopeName } from '../recognise/totals';
import { commonSum, isPartitionTotal, partitionGroups, type PartGroup } from '../recognise/partition';
import { isNumericRole } from '../recognise/columns';
import type { NumberValue } from '../number';
import { downRounding, half, sumFloor, sumSlack, sumTolerance } from '../tolerance';
import { statesMeanAsTotal } from './sum.average';

/**
 * The amount of a scope's terms in one column: a blank parent counts as the sum of its children.
 * Under SUBTOTAL, rows a filter hides are left out, as Excel leaves them out.
 */
function scopeAmount(ctx: CheckContext, terms: RowInfo[], col: number, visibleOnly = false): Amount | null {
  let amount: Amount | null = null;
  for (const x of terms) {
    if (visibleOnly && ctx.table.view.isHidden(x.row)) continue;
    const a = effectiveAmount(ctx.table, x, col);
    if (!a) continue;
    amount = amount ?? { value: 0, cells: [], decimals: 0 };
    amount.value += a.value;
    for (const q of a.cells) amount.cells.push(q); // not push(...): long arrays overflow the argument limit
    amount.decimals = Math.max(amount.decimals, a.decimals);
  }
  return amount;
}

/** scopeAmount's value alone, added in the same order (amounts.ts: effectiveValue). */
function scopeValue(ctx: CheckContext, terms: RowInfo[], col: number, visibleOnly: boolean): number | null {
  let total: number | null = null;
  for (const x of terms) {
    if (visibleOnly && ctx.table.view.isHidden(x.row)) continue;
    const a = effectiveValue(ctx.table, x, col);
    if (a !== null) total = (total ?? 0) + a;
  }
  return total;
}

const SCOPE_WORDS: Record<ScopeName, { id: string; en: [string, string] }> = {
  stated: { id: 'baris yang ditandai di labelnya', en: ['row its label lists', 'rows its label lists'] },
  named: { id: 'baris yang disebut labelnya', en: ['row its label names', 'rows its label names'] },
  section: {
    id: 'baris di atasnya sejak judul kelompok atau Jumlah sebelumnya',
    en: ['row above it since the group heading or the previous total', 'rows above it since the group heading or the previous total'],
  },
  'since-total': { id: 'baris di atasnya sejak Jumlah sebelumnya', en: ['row above it since the previous total', 'rows above it since the previous total'] },
  subtotals: { id: 'sub-jumlah di atasnya', en: ['sub-total above it', 'sub-totals above it'] },
  'top-level': { id: 'baris tingkat teratas di atasnya', en: ['top-level row above it', 'top-level rows above it'] },
  'all-rows': { id: 'baris rincian di atasnya', en: ['detail row above it', 'detail rows above it'] },
  below: { id: 'baris di bawahnya', en: ['row below it', 'rows below it'] },
};

/** " 2019" after the row's label, or nothing. */
function tagOf(d: Data, w: Words): string {
  const t = yearTag(d.year, d.period, w.lang);
  return t ? ` ${t}` : '';
}

/**
 * A difference column's Jumlah worked out on its own row (Selisih = Jumlah Realisasi − Jumlah Target) where a row of the
 * scope says "-" though its inputs differ (a new tax with no target: Target "-", Realisasi 45.200.750, Selisih "-"): both
 * readings of the total are the office's, and the row's own relation holds.
 */
function ownRowWhereDashed(ctx: CheckContext, terms: RowInfo[], x: RowInfo, col: ColumnInfo, stated: NumberValue): boolean {
  const rel = col.relation?.rel;
  if (!rel || col.relation?.assumed || rel.kind !== 'difference') return false;
  const a = num(ctx, x.row, rel.a);
  const b = num(ctx, x.row, rel.b);
  if (!a || !b || Math.abs(a.value - b.value - stated.value) > ctx.tol.sum(stated, [a, b])) return false;
  return terms.some((t) => val(ctx, t.row, col.col).kind === 'dash' && (num(ctx, t.row, rel.a)?.value ?? 0) - (num(ctx, t.row, rel.b)?.value ?? 0) !== 0);
}

export default defineRule({
  meta: {
    id: 'sum.total-row',
    arithmetic: true,
    emits: {
      'sum.total-row': {
        severity: 'error',
        title: { id: 'Baris Jumlah tidak sama dengan penjumlahan di atasnya', en: 'Total row differs from the sum above it' },
        messages: {
          default: message(
            (d, w) =>
              `${d.label || 'Baris Jumlah'}${tagOf(d, w)}: ${w.count(d.n, SCOPE_WORDS[d.scope as ScopeName].id)} berjumlah ${w.n(d.sum)}, tertulis ${w.n(d.stated, 6)} (selisih ${w.n(d.stated - d.sum)})`,
            (d, w) => {
              const [one, other] = SCOPE_WORDS[d.scope as ScopeName].en;
              return `${d.label || 'Total row'}${tagOf(d, w)}: the ${w.count(d.n, { one, other })} add${d.n === 1 ? 's' : ''} up to ${w.n(d.sum)}, ${w.n(d.stated, 6)} is stated (difference ${w.n(d.stated - d.sum)})`;
            },
          ),
          /** A term typed so it cannot be read ("1.021.77.000"): the difference may be that cell, said by number.text. */
          unread: message(
            (d, w) =>
              `${d.label || 'Baris Jumlah'}${tagOf(d, w)}: ${w.count(d.n, SCOPE_WORDS[d.scope as ScopeName].id)} berjumlah ${w.n(d.sum)}, tertulis ${w.n(d.stated, 6)} (selisih ${w.n(d.stated - d.sum)}); ${d.unread} tidak terbaca sebagai angka ("${d.text}") dan tidak ikut dijumlah: betulkan sel itu dahulu`,
            (d, w) => {
              const [one, other] = SCOPE_WORDS[d.scope as ScopeName].en;
              return `${d.label || 'Total row'}${tagOf(d, w)}: the ${w.count(d.n, { one, other })} add${d.n === 1 ? 's' : ''} up to ${w.n(d.sum)}, ${w.n(d.stated, 6)} is stated (difference ${w.n(d.stated - d.sum)}); ${d.unread} cannot be read as a number ("${d.text}") and is left out: correct that cell first`;
            },
            'warning',
          ),
          /** A total each group above it adds up to (partition.ts), but not every group. */
          group: message(
            (d, w) =>
              `${d.label || 'Baris Jumlah'}${tagOf(d, w)}: ${offGroups(d, w, 'berjumlah', 'dan')}, tertulis ${w.n(d.stated, 6)}; ${w.count(d.agree, 'kelompok lain')} di atasnya masing-masing berjumlah ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${d.label || 'Total row'}${tagOf(d, w)}: ${offGroups(d, w, 'adds up to', 'and')}, ${w.n(d.stated, 6)} is stated; ${w.count(d.agree, { one: 'other group', other: 'other groups' })} above it each add up to ${w.n(d.stated, 6)}`,
          ),
          /** The groups above agree on their whole; the total states another. */
          groups: message(
            (d, w) =>
              `${d.label || 'Baris Jumlah'}${tagOf(d, w)}: ${w.count(d.agree, 'kelompok')} di atasnya (${d.names}) masing-masing berjumlah ${w.n(d.sum)}, tertulis ${w.n(d.stated, 6)} (selisih ${w.n(d.stated - d.sum)})`,
            (d, w) =>
              `${d.label || 'Total row'}${tagOf(d, w)}: ${w.count(d.agree, { one: 'group', other: 'groups' })} above it (${d.names}) each add up to ${w.n(d.sum)}, ${w.n(d.stated, 6)} is stated (difference ${w.n(d.stated - d.sum)})`,
          ),
          /** Typed values that hold only for the rows a filter shows: copied from a filtered view. */
          visibleOnly: message(
            (d, w) =>
              `${d.label || 'Baris Jumlah'}${tagOf(d, w)}: ${w.n(d.stated, 6)} adalah jumlah baris yang tampil saja; ${w.count(d.hidden, 'baris tersembunyi')} (${d.rows}) tidak ikut dijumlah, sehingga semua baris berjumlah ${w.n(d.sum)}. Bila baris itu memang tidak dihitung, hapus dari tabel atau gunakan SUBTOTAL`,
            (d, w) =>
              `${d.label || 'Total row'}${tagOf(d, w)}: ${w.n(d.stated, 6)} is the sum of the rows a filter shows; ${w.count(d.hidden, { one: 'hidden row', other: 'hidden rows' })} (${d.rows}) ${d.hidden === 1 ? 'is' : 'are'} left out, and all rows add up to ${w.n(d.sum)}. If they do not count, remove them from the table or use SUBTOTAL`,
            'warning',
          ),
        },
      },
    },
    fills: {
      default: message(
        () => 'Jumlah kolom',
        () => 'Column total',
      ),
    },
  },
  check(ctx) {
    const { table } = ctx;
    const rows = table.info.rows;
    const cols = [...summedColumns(table), ...distributionColumns(table), ...realisedAmounts(table)];
    const totals = rows.filter((x) => x.kind === 'total').length;
    // Columns a row total adds (Baik | Rusak Ringan | Rusak Berat | Jumlah): counts, where a "-" in a total row is 0
    // stated, a slip when its items add up to something ("-" under one Rusak Berat).
    const rowParts = new Set(table.info.columns.flatMap((c) => (c.role === 'rowTotal' && c.relation?.rel.kind === 'sum' ? c.relation.rel.parts : [])));
    const statedAt = (r: number, c: number): NumberValue | null =>
      num(ctx, r, c) ?? (rowParts.has(c) && val(ctx, r, c).kind === 'dash' ? { kind: 'number', value: 0, decimals: 0, fromText: true } : null);
    rows.forEach((x, i) => {
      if (x.kind !== 'total') return;
      if (sumAcrossAbove(ctx, rows, i, cols)) return;
      if (eachGroupsWhole(ctx, rows, i, cols, statedAt)) return;
      // Every plausible scope of this total (its section, the rows since the last total, the
      // sub-totals, the top-level rows, the rows below it): a cell is right when one holds, and
      // the scope holding in most of the row's columns is the one a wrong cell is measured by.
      const scopes = scopesOf(rows, i);
      if (scopes.length === 0) return;
      const perCol = cols.map((col) => {
        const stated = statedAt(x.row, col.col);
        const code = ctx.table.view.hasHiddenRows ? subtotalCode(ctx.table.view.formula(x.row, col.col)) : null;
        let subtotal = code !== null;
        // Values first (no list of cells): a grand total's scopes run over the whole table, and
        // their cells are needed only to weigh a sum that is off, to plan a fill or to report.
        let values = scopes.map((s) => scopeValue(ctx, s.terms, col.col, subtotal));
        if (code !== null && code < 100 && stated) {
          // SUBTOTAL(9, …) leaves out the rows a filter hides but counts rows hidden by hand, and a
          // grid does not say which hid them: all rows, when the stated total is nearer their sum.
          const all = scopes.map((s) => scopeValue(ctx, s.terms, col.col, false));
          const gap = (v: number | null) => (v === null ? Infinity : Math.abs(v - stated.value));
          if (all.some((v, k) => v !== null && (within(v, stated) || gap(v) < gap(values[k])))) {
            values = all;
            subtotal = false;
          }
        }
        const amounts: (Amount | null | undefined)[] = [];
        const amount = (k: number) => (amounts[k] === undefined ? (amounts[k] = scopeAmount(ctx, scopes[k].terms, col.col, subtotal)) : amounts[k]);
        const holds = values.map(
          (v, k) =>
            // A 0 closing rows all written "–" or left blank (nothing that year, none in that condition): right as stated.
            (v === null && !!stated && stated.value === 0 && nilScope(ctx, scopes[k].terms, col.col, true)) ||
            (v !== null &&
              !!stated &&
              (within(v, stated) ||
                (Math.abs(v - stated.value) <= toleranceCeiling(ctx, stated, rows.length, col) &&
                  Math.abs(v - stated.value) <= scopeTolerance(ctx, scopes[k].terms, col.col, subtotal, stated, () => amount(k) as Amount)))),
        );
        return { col, stated, values, amount, holds, subtotal };
      });
      const wins = scopes.map((_s, k) => perCol.filter((p) => p.holds[k]).length);
      // A total naming the block it closes ("Jumlah Belanja Langsung" under "B. Belanja Langsung"), that block adding up to
      // it in a column at least: the block is its scope. Another reading holding in one column (the block with the
      // sub-total before it, "=SUM(D7:D11)") does not make that column right.
      const namedAt = scopes.findIndex((s) => s.name === 'named');
      // (Where the block holds in most of the row's columns and no other reading holds in more.)
      const stating = perCol.filter((p) => p.stated).length;
      const bound = namedAt >= 0 && 2 * wins[namedAt] >= stating && wins.every((w) => w <= wins[namedAt]) ? namedAt : -1;
      // Where no column says which scope the row uses: a table's only total closes the whole
      // table, one of several closes its section.
      // A label that lists its parts by marker ("(II+III+IV)") says it.
      const stated = scopes.findIndex((s) => s.name === 'stated');
      let best =
        stated >= 0
          ? stated
          : Math.max(
              0,
              scopes.findIndex((s) => s.name === (totals === 1 ? 'since-total' : 'section')),
            );
      for (let k = 0; k < scopes.length; k++) if (wins[k] > wins[best]) best = k;
      for (const { col, stated, values, amount, holds, subtotal } of perCol) {
        // The best scope's amount, or else the first scope that has one (a scope has an amount
        // exactly when it has a value: scopeValue adds what scopeAmount adds, in the same order).
        const k = values[best] !== null ? best : values.findIndex((v) => v !== null);
        if (k < 0) {
          // Every row of its scope '-' (none of it): the total is 0, whatever is typed there.
          const sc = scopes[best];
          if (stated && stated.value !== 0 && sc.terms.length >= 2 && nilScope(ctx, sc.terms, col.col))
            ctx.report('sum.total-row', {
              cell: cell(x.row, col.col),
              expected: 0,
              actual: stated.value,
              related: sc.terms.map((t) => cell(t.row, col.col)),
              relation: sumRelation(
                ctx.table.view,
                { r: x.row, c: col.col },
                sc.terms.map((t) => ({ r: t.row, c: col.col, sign: 1 as const })),
                ctx.tol.shown(stated),
              ),
              data: { label: x.label, year: col.year, period: col.period, n: sc.terms.length, scope: sc.name, sum: 0, stated: stated.value },
            });
          continue;
        }
        if (!stated) {
          const m = amount(k) as Amount;
          if (val(ctx, x.row, col.col).kind === 'empty' && !pendingTerm(ctx.table, scopes[k].terms, col)) {
            // Rows of the scope holding '-' or NA today are in the range too (SUM skips them): a figure typed
            // there later is counted.
            const nil = scopes[k].terms
              .filter((t) => {
                const v = val(ctx, t.row, col.col);
                return v.kind !== 'empty' && absent(v);
              })
              .map((t) => ({ r: t.row, c: col.col }));
            // And the leaves not typed yet (a sub kegiatan's realisasi): the Jumlah follows once they are.
            const blank = blankLeaves(ctx.table, scopes[k].terms, col.col);
            const formula = sumFormula([...m.cells, ...nil, ...blank], nil.length + blank.length > 0);
            ctx.plan({ cell: cell(x.row, col.col), formula, value: m.value, current: current(ctx, x.row, col.col) });
          }
          continue;
        }
        if (bound >= 0 ? holds[bound] || holds.some((h, k) => h && scopes[k].name === 'stated') : holds.some(Boolean)) continue;
        // A "Jumlah / Rata-rata" row may average a column that is no count (an IKSI, a width in metres): the mean of the
        // rows, which its label announces, is a reading of it as well as the sum.
        if (statesMeanAsTotal(ctx, rows, i, col.col, stated)) continue;
        if (ownRowWhereDashed(ctx, scopes[k].terms, x, col, stated)) continue;
        const m = amount(k) as Amount;
        const scope = scopes[k];
        // Typed values that hold for the visible rows only (a filter was on when the total was typed or
        // pasted): said as a warning naming the hidden rows, not an error at a total that adds up as shown.
        let visible = false;
        if (ctx.table.view.hasHiddenRows && !subtotal) {
          const shown = scopeValue(ctx, scope.terms, col.col, true);
          const shownHolds = (v: number | null, S: NumberValue) => v !== null && Math.abs(v - S.value) <= sumFloor(S) + 1e-9 * Math.max(1, Math.abs(S.value));
          // Far nearer the visible rows' sum than all rows', or nearer where another column of the row is the visible
          // rows' sum as typed (a filter was on): measured by the rows the filter shows. (Not a slip of about the hidden
          // rows' size in a column whose total counts them, as SUM does: measured by all its rows.)
          const gap = (v: number) => Math.abs(v - stated.value);
          visible =
            shown !== null &&
            gap(shown) < gap(m.value) &&
            (gap(shown) <= gap(m.value) / 2 ||
              perCol.some(
                (q) =>
                  q.col !== col && !!q.stated && !q.holds.some(Boolean) && !q.subtotal && shownHolds(scopeValue(ctx, scope.terms, q.col.col, true), q.stated),
              ));
          if (shownHolds(shown, stated)) {
            const hidden = scope.terms.filter((t) => ctx.table.view.isHidden(t.row)).map((t) => t.row + 1);
            ctx.report('sum.total-row', {
              cell: cell(x.row, col.col),
              messageId: 'visibleOnly',
              expected: m.value,
              actual: stated.value,
              related: m.cells.map((q) => cell(q.r, q.c)),
              data: {
                label: x.label,
                year: col.year,
                period: col.period,
                sum: m.value,
                stated: stated.value,
                hidden: hidden.length,
                rows: hidden.slice(0, 8).join(', '),
              },
            });
            continue;
          }
        }
        const by = visible ? (scopeAmount(ctx, scope.terms, col.col, true) as Amount) : m;
        // The cells the sum covers: a heading term with its lines counts its lines ("the 4 rows above it").
        const n = Math.max(1, by.cells.length);
        const parts = partsOf(ctx, by);
        const tol = ctx.tol.sum(stated, parts) + downRounding(col, parts);
        // A term of the scope typed so it cannot be read: the total is not shown wrong, only unchecked until it is mended
        // (no relation: the knock-on pass has no figure to try for it).
        const unread = unreadTerm(ctx, scope.terms, col.col);
        const at = unread && cell(unread.row, col.col);
        const data = { label: x.label, year: col.year, period: col.period, n, scope: scope.name, sum: by.value, stated: stated.value };
        const related = by.cells.map((q) => cell(q.r, q.c));
        ctx.report(
          'sum.total-row',
          unread && at
            ? {
                cell: cell(x.row, col.col),
                messageId: 'unread',
                expected: by.value,
                actual: stated.value,
                related: [at, ...related],
                data: { ...data, unread: at, text: ctx.table.view.shownText(unread.row, col.col).trim() },
              }
            : {
                cell: cell(x.row, col.col),
                expected: by.value,
                actual: stated.value,
                related,
                relation: followsOwnRow(
                  ctx,
                  x.row,
                  col,
                  stated,
                  sumRelation(
                    ctx.table.view,
                    { r: x.row, c: col.col },
                    by.cells.map((q) => ({ ...q, sign: 1 as const })),
                    tol,
                  ),
                ),
                data,
              },
        );
      }
    });
  },
});

/**
 * A total row's cell in a column computed from its own row (a Sisa = Anggaran − Realisasi, a row Total of its parts) that
 * its row bears out: it follows those cells of the total row (common.ts followsTerms).
 */
function followsOwnRow(ctx: CheckContext, row: number, col: ColumnInfo, stated: NumberValue, rel: Relation): Relation {
  const terms =
    col.role === 'sisa' && col.parts?.length === 2
      ? [
          { r: row, c: col.parts[0], sign: 1 as const },
          { r: row, c: col.parts[1], sign: -1 as const },
        ]
      : col.role === 'rowTotal' && col.parts
        ? [...col.parts.map((c) => ({ r: row, c, sign: 1 as const })), ...(col.minus ?? []).map((c) => ({ r: row, c, sign: -1 as const }))]
        : [];
  return followsTerms(ctx, stated, { r: row, c: col.col }, terms, rel, true);
}

/**
 * Every row of the scope states nothing in the column but "-" / "–" (none empty): a section with nothing that year. With
 * `orBlank`, blanks too: what a 0 typed under them closes.
 */
/**
 * A term typed so it cannot be read, or a line under a term with no figure of its own ("Pendapatan Transfer Pemerintah
 * Pusat" adds its lines, "239.72l.382.009" among them).
 */
function unreadTerm(ctx: CheckContext, terms: RowInfo[], col: number): RowInfo | undefined {
  const rows = ctx.table.info.rows;
  for (const t of terms) {
    const own = val(ctx, t.row, col).kind;
    if (own === 'text') return t;
    // (Only a term with no figure of its own adds its lines.)
    if (t.level === undefined || own !== 'empty') continue;
    for (let i = rows.indexOf(t) + 1; i < rows.length && rows[i].level !== undefined && rows[i].level! > t.level; i++)
      if (val(ctx, rows[i].row, col).kind === 'text') return rows[i];
  }
  return undefined;
}

function nilScope(ctx: CheckContext, terms: RowInfo[], col: number, orBlank = false): boolean {
  return terms.length > 0 && terms.every((t) => val(ctx, t.row, col).kind === 'dash' || (orBlank && val(ctx, t.row, col).kind === 'empty'));
}

/** The function code of a SUBTOTAL formula (9, 109 …), or null for any other cell. */
function subtotalCode(formula: string | undefined): number | null {
  const m = formula ? /^=?\s*SUBTOTAL\s*\(\s*(\d+)/i.exec(formula) : null;
  return m ? Number(m[1]) : null;
}

/**
 * A sum within the stated value's own rounding holds whatever its parts' decimals (tolerance.sumFloor):
 * most totals agree, and partsOf then no longer reads every one of a grand total's 10,000 cells
 * once per scope and column. ctx.tol.sum is sumTolerance (analyse.ts: toleranceFor).
 */
function within(sum: number, stated: NumberValue): boolean {
  return Math.abs(sum - stated.value) <= sumFloor(stated);
}

/**
 * The most scopeTolerance can be for a scope of at most `rows` cells: each part adds at most half
 * of its first decimal (0,05), or half a unit in a column of rounded thousands (tolerance.unitRounding; a whole one down a Sisa, downRounding).
 * A sum further off than this fails without walking the scope's cells (a grand total's other scopes
 * run over the whole table). Infinite for a custom tolerance, which has no such bound.
 */
function toleranceCeiling(ctx: CheckContext, stated: NumberValue, rows: number, col: ColumnInfo): number {
  if (ctx.tol.sum !== sumTolerance) return Infinity;
  // (A Sisa in rounded units: a whole unit a row and one more half, downRounding.)
  const slack = col.rounded && col.role === 'sisa' ? 0.5 + 1.05 * rows : 0.55 * rows;
  return (sumFloor(stated) + slack) * (1 + 1e-9) + 1e-9;
}

/**
 * ctx.tol.sum over a scope's cells. With the default sum tolerance, the halves are added while
 * walking the scope as scopeAmount does, in its order (identical value), without building its
 * list of cells: a total's other scopes mostly do not hold, and each was a list of a whole column.
 */
function scopeTolerance(ctx: CheckContext, terms: RowInfo[], col: number, visibleOnly: boolean, stated: NumberValue, amount: () => Amount): number {
  const rounded = ctx.table.col(col)?.rounded ? ctx.table.col(col) : undefined;
  if (ctx.tol.sum !== sumTolerance || rounded) {
    const parts = partsOf(ctx, amount());
    return ctx.tol.sum(stated, parts) + downRounding(rounded, parts);
  }
  const acc = { t: half(stated) };
  for (const x of terms) {
    if (visibleOnly && ctx.table.view.isHidden(x.row)) continue;
    effectiveHalves(ctx.table, x, col, acc);
  }
  return sumSlack(stated, acc.t);
}

function partsOf(ctx: CheckContext, m: Amount): NumberValue[] {
  return m.cells.map((q) => num(ctx, q.r, q.c)).filter((v): v is NumberValue => v !== null);
}

/**
 * A Jumlah whose one figure sits under a full row of parts that add up to it ("Jumlah NRR Tertimbang" 3,275 under
 * the nine NRR Tertimbang of U1 … U9): the sum across the row above, not a column's total.
 */
function sumAcrossAbove(ctx: CheckContext, rows: RowInfo[], i: number, cols: ColumnInfo[]): boolean {
  const own = cols.map((c) => num(ctx, rows[i].row, c.col)).filter((v): v is NumberValue => !!v);
  if (own.length !== 1) return false;
  let k = i - 1;
  while (k >= 0 && rows[k].kind === 'blank') k--;
  if (k < 0) return false;
  const parts = cols.map((c) => num(ctx, rows[k].row, c.col)).filter((v): v is NumberValue => !!v);
  if (parts.length < 3) return false;
  const sum = parts.reduce((t, v) => t + v.value, 0);
  return Math.abs(sum - own[0].value) <= ctx.tol.sum(own[0], parts);
}

/** "kelompok "Pendidikan" berjumlah 216 dan "Usia" 218": the groups that do not add up to the total, with their sums. */
function offGroups(d: Data, w: Words, verb: string, and: string): string {
  const list = (d.off as { name: string; sum: number }[]).map((g, k) => (k === 0 ? `"${g.name}" ${verb} ${w.n(g.sum)}` : `"${g.name}" ${w.n(g.sum)}`));
  const head = w.lang === 'id' ? 'kelompok' : list.length === 1 ? 'group' : 'groups';
  return `${head} ${list.length > 1 ? `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1]}` : list[0]}`;
}

/**
 * A total that is the whole of each group above it (partition.ts: a profile's "Jumlah Responden", one "Jumlah Pegawai"
 * under "Menurut Golongan" and "Menurut Pendidikan"), where the figures say so: checked group by group, at the total's
 * cell. False, checking nothing, where they do not.
 */
function eachGroupsWhole(ctx: CheckContext, rows: RowInfo[], i: number, cols: ColumnInfo[], statedAt: (r: number, c: number) => NumberValue | null): boolean {
  const x = rows[i];
  const numeric = ctx.table.info.columns.filter((c) => isNumericRole(c.role)).map((c) => c.col);
  const groups = partitionGroups(ctx.table.view, ctx.table.info.columns, rows, i, numeric);
  if (!groups) return false;
  const sumOf = (g: PartGroup, c: number) => scopeValue(ctx, g.terms, c, false);
  const fits = (g: PartGroup, c: number, S: NumberValue | null) => {
    const v = sumOf(g, c);
    if (v === null || !S) return false;
    if (within(v, S)) return true;
    const m = scopeAmount(ctx, g.terms, c);
    return !!m && Math.abs(v - S.value) <= ctx.tol.sum(S, partsOf(ctx, m));
  };
  const stated = new Map(cols.map((col) => [col.col, statedAt(x.row, col.col)]));
  if (
    !isPartitionTotal(
      groups,
      [...stated.keys()],
      (g, c) => fits(g, c, stated.get(c) ?? null),
      sumOf,
      (c) => stated.get(c)?.value ?? null,
    )
  )
    return false;
  for (const col of cols) {
    const S = stated.get(col.col);
    if (!S) continue;
    const agree = groups.filter((g) => fits(g, col.col, S));
    if (agree.length === groups.length) continue;
    const cellsOf = (gs: PartGroup[]) => gs.flatMap((g) => g.terms.map((t) => cell(t.row, col.col)));
    const base = { label: x.label, year: col.year, period: col.period, stated: S.value };
    if (agree.length < 2) {
      // The groups agree among themselves, on another whole: the total is the slip.
      const first = commonSum(groups, col.col, sumOf);
      if (first !== null) {
        ctx.report('sum.total-row', {
          cell: cell(x.row, col.col),
          messageId: 'groups',
          expected: first,
          actual: S.value,
          related: cellsOf(groups),
          data: { ...base, sum: first, agree: groups.length, names: groups.map((g) => g.name).join(', ') },
        });
        continue;
      }
    }
    const off = groups.filter((g) => !agree.includes(g));
    ctx.report('sum.total-row', {
      cell: cell(x.row, col.col),
      messageId: 'group',
      // (The total is not shown wrong: which row of the group is, its sum does not say.)
      expected: null,
      actual: S.value,
      related: cellsOf(off),
      data: { ...base, agree: agree.length, off: off.map((g) => ({ name: g.name, sum: sumOf(g, col.col) })) },
    });
  }
  return true;
}
