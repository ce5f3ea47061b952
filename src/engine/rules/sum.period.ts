/**
 * sum.period: the akhir-periode Rp of a row is the sum of its yearly Rp (T-C.27). A table that
 * repeats the last year's Rp on every row gets one column warning (a convention, not an error
 * per row); a table that mixes the two is wrong on the rows that do not sum.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { CheckContext } from './common';
import { sumRelation } from '../relation';
import { half, partHalf, sumFloor, sumSlack, sumTolerance, unitRounding } from '../tolerance';
import { absent, cell, columnCell, current, defineRule, FIGURE_KINDS, levelOf, levelUnitOf, message, num, operand, quoted, val } from './common';
import type { NumberValue } from '../number';
import { ORIGINAL_VERSION, outsidePeriod } from '../recognise/columns';
import { childrenOf, pendingTerm } from './amounts';
import { words } from '../text';

interface Line {
  x: RowInfo;
  r: number;
  years: { c: number; v: NumberValue }[];
  /** Years typed "-": nothing to add, but a cell that may have been cleared by mistake (value.crossing may name it). */
  dashes: number[];
  sum: number;
  last: number | null;
  stated: NumberValue | null;
}

/** A row's yearly Rp and its stated akhir-periode Rp; null for a row that has none to compare. */
function line(ctx: CheckContext, x: RowInfo, akhir: ColumnInfo, yearCols: ColumnInfo[]): Line | null {
  if (x.kind === 'blank' || x.kind === 'headerRepeat') return null;
  const years: Line['years'] = [];
  const dashes: number[] = [];
  for (const y of yearCols) {
    const v = val(ctx, x.row, y.col);
    if (v.kind === 'number') years.push({ c: y.col, v });
    else if (!absent(v)) return null;
    else if (v.kind === 'dash') dashes.push(y.col);
  }
  if (years.length === 0) return null;
  const lastV = num(ctx, x.row, yearCols[yearCols.length - 1].col);
  return { x, r: x.row, years, dashes, sum: years.reduce((s, y) => s + y.v.value, 0), last: lastV ? lastV.value : null, stated: num(ctx, x.row, akhir.col) };
}

const enum Quick {
  /** line() is null: nothing to compare. */
  None,
  /** Needs line(): no stated value, or a sum beyond the stated value's own rounding. */
  Read,
  /** The stated value is the sum and not the last year's. */
  BySum,
  /** The stated value is the sum (and the last year's too, or there is no last year). */
  Holds,
}

/**
 * What line() and the convention count would make of a row, from numbers alone. A sum within
 * sumFloor holds whatever the parts' decimals (the full tolerance only adds to it); and the
 * last-year test has no parts, so sumFloor is its whole tolerance.
 */
function quickLine(ctx: CheckContext, x: RowInfo, akhir: ColumnInfo, yearCols: ColumnInfo[]): Quick {
  if (x.kind === 'blank' || x.kind === 'headerRepeat') return Quick.None;
  const view = ctx.table.view;
  let sum = 0;
  let any = false;
  for (const y of yearCols) {
    const n = view.numberAt(x.row, y.col);
    if (n !== undefined) {
      sum += n;
      any = true;
    } else {
      const k = view.kindAt(x.row, y.col);
      if (k !== 'empty' && k !== 'dash' && k !== 'na') return Quick.None;
    }
  }
  if (!any) return Quick.None;
  const stated = view.numberAt(x.row, akhir.col);
  if (stated === undefined) return Quick.Read;
  const floor = sumFloor({ value: stated, decimals: view.decimalsAt(x.row, akhir.col) });
  if (!(Math.abs(stated - sum) <= floor)) return Quick.Read;
  const last = view.numberAt(x.row, yearCols[yearCols.length - 1].col);
  if (last === undefined) return Quick.Holds;
  return Math.abs(stated - last) <= floor ? Quick.Holds : Quick.BySum;
}

export default defineRule({
  meta: {
    id: 'sum.period',
    arithmetic: true,
    emits: {
      'sum.period': {
        severity: 'error',
        title: { id: 'Rp akhir periode tidak sama dengan jumlah Rp per tahun', en: 'End-of-period Rp differs from the sum of the yearly Rp' },
        messages: {
          default: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: Rp akhir periode ${w.n(d.stated, 6)} ≠ jumlah Rp per tahun (${d.years.map((y: number) => w.n(y)).join(' + ')} = ${w.n(d.sum)})${d.isLast ? ' (nilai tertulis sama dengan Rp tahun terakhir)' : ''}`,
            (d, w) =>
              `${d.row || 'This row'}: end-of-period Rp ${w.n(d.stated, 6)} ≠ the sum of the yearly Rp (${d.years.map((y: number) => w.n(y)).join(' + ')} = ${w.n(d.sum)})${d.isLast ? " (the stated value equals the last year's Rp)" : ''}`,
          ),
          /** An indicator line repeating its node's Rp, one year's copy different where the node's figure makes the line add up. */
          copy: message(
            (d, w) =>
              `${d.row || 'Baris ini'} ${d.year}: Rp yang diketik ulang di baris indikator ini ${w.n(d.stated, 6)}, di baris pertamanya (${d.first}) ${w.n(d.expected)}; dengan ${w.n(d.expected)} Rp akhir periodenya cocok`,
            (d, w) =>
              `${d.row || 'This row'} ${d.year}: the Rp typed again on this indicator line is ${w.n(d.stated, 6)}, on its first line (${d.first}) ${w.n(d.expected)}; with ${w.n(d.expected)} its end-of-period Rp adds up`,
          ),
          /** A kondisi akhir target that is neither the last year's target nor their sum, where the table's other rows are. */
          target: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: target kondisi akhir ${w.n(d.stated, 6)} bukan target tahun terakhir (${w.n(d.last)}) dan bukan jumlah target per tahun (${w.n(d.sum)}), padahal ${w.count(d.agree, 'baris')} lain di tabel ini mengikuti salah satunya`,
            (d, w) =>
              `${d.row || 'This row'}: the end-of-period target ${w.n(d.stated, 6)} is neither the last year's target (${w.n(d.last)}) nor the sum of the yearly targets (${w.n(d.sum)}), while ${w.count(d.agree, { one: 'other row', other: 'other rows' })} of this table follow one of them`,
            'warning',
          ),
          /** The same of a level (%, an index) in a table too short to show a convention: a level's end is its last year. */
          targetLevel: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: target kondisi akhir ${w.n(d.stated, 6)} bukan target tahun terakhir (${w.n(d.last)}); kondisi akhir sebuah tingkat (%, indeks, rasio) adalah target tahun terakhirnya`,
            (d, w) =>
              `${d.row || 'This row'}: the end-of-period target ${w.n(d.stated, 6)} is not the last year's target (${w.n(d.last)}); a level's (%, index, ratio) end of period is its last year's target`,
            'warning',
          ),
        },
      },
      'column.akhir-periode': {
        severity: 'warning',
        title: { id: 'Kolom akhir periode memakai Rp tahun terakhir', en: "End-of-period column uses the last year's Rp" },
        messages: {
          default: message(
            (d, w) => `Kolom Rp akhir periode memuat Rp tahun terakhir (${w.count(d.n, 'baris')}), bukan jumlah Rp seluruh tahun sebagaimana format T-C.27`,
            (d, w) =>
              `The end-of-period Rp column holds the last year's Rp (${w.count(d.n, { one: 'row', other: 'rows' })}), not the sum of all years as the T-C.27 format asks`,
          ),
          /** Every row sums the years but the last column before it. */
          shorter: message(
            (d, w) =>
              `Kolom Rp akhir periode menjumlahkan Rp per tahun tanpa kolom "${d.left}" (${w.count(d.n, 'baris')}): bila itu tahun transisi, beri judul "Tahun Transisi"; bila bukan, setiap jumlahnya kurang satu tahun`,
            (d, w) =>
              `The end-of-period Rp column adds the yearly Rp without the column "${d.left}" (${w.count(d.n, { one: 'row', other: 'rows' })}): if that is a transition year, head it "Tahun Transisi"; if not, each sum is a year short`,
          ),
        },
      },
    },
    fills: {
      default: message(
        () => 'Jumlah Rp seluruh tahun',
        () => 'Sum of the yearly Rp',
      ),
      last: message(
        () => 'Rp tahun terakhir (konvensi tabel ini)',
        () => "Last year's Rp (this table's convention)",
      ),
    },
  },
  check(ctx) {
    akhirTargets(ctx);
    const { table } = ctx;
    const akhir = table.byRole('akhirRp')[0];
    if (!akhir) return;
    // The years of the period: a transition year before the akhir column is not in its sum.
    const yearCols = oneVersion(
      table.byRole('rp').filter((c, _i, all) => c.col < akhir.col && !outsidePeriod(c, akhir, all)),
      akhir,
    );
    if (yearCols.length < 2) return;
    const near = (a: number, b: number, s: NumberValue, parts: NumberValue[]) => Math.abs(a - b) <= ctx.tol.sum(s, parts) + unitRounding(akhir, parts);
    // The rows are read once to learn the convention, and the few that may need a word or a fill
    // again: a list of every row's line was the engine's largest garbage on long tables.
    const learn = (cols: ColumnInfo[]) => {
      let bySum = 0;
      let byLast = 0;
      let stated = 0;
      let off = 0;
      const revisit: RowInfo[] = [];
      for (const x of table.info.rows) {
        // Most rows sum within the stated value's own rounding: told from numbers alone, no objects.
        const quick = quickLine(ctx, x, akhir, cols);
        if (quick === Quick.None) continue;
        if (quick !== Quick.Read) stated++;
        if (quick === Quick.BySum) bySum++;
        if (quick !== Quick.Read) continue;
        const l = line(ctx, x, akhir, cols);
        if (!l) continue;
        if (!l.stated) {
          revisit.push(x);
          continue;
        }
        stated++;
        const s = near(
          l.stated.value,
          l.sum,
          l.stated,
          l.years.map((y) => y.v),
        );
        if (!s) {
          revisit.push(x);
          off++;
        }
        if (l.last === null) continue;
        const t = near(l.stated.value, l.last, l.stated, []);
        if (s && !t) bySum++;
        if (t && !s) byLast++;
      }
      return { bySum, byLast, held: stated - off, stated, revisit };
    };
    let seen = learn(yearCols);
    // No row sums its years, nor repeats the last: where three rows in four are the sum of the years but the
    // last (a transition year nobody labelled, or a SUM that stops a year short), that is the table's
    // reading, said once at the column; its rows are then held to it.
    if (seen.bySum === 0 && seen.byLast === 0 && seen.stated >= 3 && yearCols.length >= 3) {
      const shorter = learn(yearCols.slice(0, -1));
      const held = shorter.held;
      if (held >= 3 && held >= 0.75 * shorter.stated) {
        const left = yearCols[yearCols.length - 1];
        ctx.report('column.akhir-periode', {
          cell: columnCell(ctx, akhir.col),
          messageId: 'shorter',
          expected: null,
          actual: null,
          related: [columnCell(ctx, left.col)],
          data: { n: held, left: left.path.join(' / ') },
        });
        yearCols.pop();
        seen = shorter;
      }
    }
    const { bySum, byLast, revisit } = seen;
    const lastConvention = byLast > 0 && bySum === 0;
    if (lastConvention) {
      ctx.report('column.akhir-periode', { cell: columnCell(ctx, akhir.col), expected: null, actual: null, related: [], data: { n: byLast } });
    }
    for (const x of revisit) {
      const l = line(ctx, x, akhir, yearCols)!;
      // Addresses only where a finding or a fill needs them (most rows are right).
      const names = () => l.years.map((y) => cell(l.r, y.c));
      if (!l.stated) {
        // (Not while a year's cell of a program or kegiatan is empty and cannot be summed yet: its kegiatan are still
        // empty themselves. A year's cell this fill sums now is read at the value its plan gives (fill-plans.ts).)
        // A total row's empty year waits for the total rule's sum (or stays empty when that cannot be written).
        const waits = (y: ColumnInfo) => val(ctx, l.r, y.col).kind === 'empty' && (x.kind === 'total' || pendingTerm(ctx.table, childrenOf(ctx.table, x), y));
        if (val(ctx, l.r, akhir.col).kind === 'empty' && !yearCols.some(waits)) {
          const lastCell = cell(l.r, yearCols[yearCols.length - 1].col);
          // Every year's cell, filled or not: one still empty (which the same fill may write) is 0 to Excel
          // until it is, and the formula stays right once it is.
          const every = yearCols.map((y) => operand(ctx, l.r, y.col));
          ctx.plan({
            cell: cell(l.r, akhir.col),
            formula: lastConvention ? `=${lastCell}` : `=${every.join('+')}`,
            value: lastConvention ? l.last : l.sum,
            current: current(ctx, l.r, akhir.col),
            reasonId: lastConvention ? 'last' : 'default',
          });
        }
        continue;
      }
      const parts = l.years.map((y) => y.v);
      if (near(l.stated.value, l.sum, l.stated, parts)) continue;
      const isLast = l.last !== null && near(l.stated.value, l.last, l.stated, []);
      if (lastConvention && isLast) continue;
      const stated = l.stated;
      if (copySlipped(ctx, x, l, akhir, near)) continue;
      ctx.report('sum.period', {
        cell: cell(l.r, akhir.col),
        expected: l.sum,
        actual: stated.value,
        related: names(),
        relation: sumRelation(
          ctx.table.view,
          { r: l.r, c: akhir.col },
          [...l.years.map((y) => y.c), ...l.dashes].map((c) => ({ r: l.r, c, sign: 1 as const })),
          ctx.tol.sum(stated, parts) + unitRounding(akhir, parts),
        ),
        data: { row: quoted(l.x), stated: stated.value, years: l.years.map((y) => y.v.value), sum: l.sum, isLast },
      });
    }
  },
});

/**
 * The Rp typed again on each indicator line of a node (recognise/rows.ts dropRepeatedFigures): where one year of a line
 * differs from the node's own and the node's figure makes the line's end-of-period Rp add up, that year's copy is the
 * slip, said at its cell (the line's end Rp agrees with the node's). True when said, or when the line is the node's
 * figures again (said at the node).
 */
function copySlipped(
  ctx: CheckContext,
  x: RowInfo,
  l: NonNullable<ReturnType<typeof line>>,
  akhir: ColumnInfo,
  near: (a: number, b: number, s: NumberValue, parts: NumberValue[]) => boolean,
): boolean {
  if (x.kind !== 'continuation' || x.parent === undefined || !l.stated) return false;
  const owner = x.parent;
  const differ = l.years.filter((y) => {
    const o = num(ctx, owner, y.c);
    return o !== null && o.value !== y.v.value;
  });
  // A true copy of its node's Rp, years and end alike: the node's own finding says it once.
  if (differ.length === 0 && num(ctx, owner, akhir.col)?.value === l.stated.value) return true;
  if (differ.length !== 1 || num(ctx, owner, akhir.col)?.value !== l.stated.value) return false;
  const y = differ[0];
  const first = num(ctx, owner, y.c)!;
  if (
    !near(
      l.stated.value,
      l.sum - y.v.value + first.value,
      l.stated,
      l.years.map((v) => v.v),
    )
  )
    return false;
  const col = ctx.table.info.columns.find((c) => c.col === y.c);
  ctx.report('sum.period', {
    cell: cell(x.row, y.c),
    messageId: 'copy',
    expected: first.value,
    actual: y.v.value,
    related: [cell(owner, y.c), cell(x.row, akhir.col)],
    data: { row: quoted(x), year: col?.year ?? (col?.path ?? []).join(' / '), stated: y.v.value, expected: first.value, first: cell(owner, y.c) },
  });
  return true;
}

/**
 * Kondisi akhir targets (DOMAIN: the last year's target for rates and percentages; for counts it may
 * be the sum). Said only where the table shows its convention: at least three rows, and three in five of
 * them, equal to their last target or to the sum of their targets; the rows that are neither get a
 * warning each (a convention, never an error). Without such a majority, nothing is said.
 */
/**
 * The end target is the last year's copied: the same figure as far as the coarser of the two shows it (67 is no copy
 * of 66; 4,3 is one of 4,32). A copy is no computation: it gets no rounding of its own.
 */
function copied(stated: number, sd: number, last: number, ld: number): boolean {
  const d = Math.max(0, Math.min(sd, ld, 10));
  const k = 10 ** d;
  return Math.abs(Math.round(stated * k) - Math.round(last * k)) < 1e-9;
}

/**
 * Of a year stated twice (a Renstra Perubahan's "Semula | Menjadi", "Sebelum | Setelah Perubahan"), the version the end
 * of the period is made of: the one its own header names, else the revised one (the later column of the year).
 */
function oneVersion(cols: ColumnInfo[], akhir: ColumnInfo): ColumnInfo[] {
  const years = new Map<string, ColumnInfo[]>();
  for (const c of cols) {
    const key = c.year !== undefined || c.period !== undefined ? `${c.year ?? ''}|${c.period ?? ''}` : `col${c.col}`;
    years.set(key, [...(years.get(key) ?? []), c]);
  }
  if ([...years.values()].every((g) => g.length === 1)) return cols;
  const original = ORIGINAL_VERSION.test(words(akhir.path.join(' ')));
  return [...years.values()].map((g) => (original ? g[0] : g[g.length - 1])).sort((a, b) => a.col - b.col);
}

/** Level rows whose end target is not their last year's, some earlier year typed "-" (akhirTargets reads only full rows). */
function gappedLevels(ctx: CheckContext, akhir: ColumnInfo, targets: ColumnInfo[], rows: RowInfo[]): void {
  const { table } = ctx;
  const view = table.view;
  const lastCol = targets[targets.length - 1].col;
  for (const x of rows) {
    // (From numbers first: most rows state every year and are no gapped row.)
    if (!FIGURE_KINDS.has(x.kind) || view.numberAt(x.row, akhir.col) === undefined || view.numberAt(x.row, lastCol) === undefined) continue;
    let missing = 0;
    let dashes = true;
    for (let i = 0; i < targets.length - 1 && dashes; i++) {
      if (view.numberAt(x.row, targets[i].col) !== undefined) continue;
      missing++;
      dashes = view.kindAt(x.row, targets[i].col) === 'dash';
    }
    // (A level by its satuan: "%", an index. "Orang/Bulan" and the like may be summed by a plan.)
    if (missing === 0 || !dashes || !levelUnitOf(ctx, x)) continue;
    const stated = num(ctx, x.row, akhir.col);
    const last = num(ctx, x.row, lastCol);
    if (!stated || !last) continue;
    const sd = Math.max(stated.decimals, table.view.displayed(x.row, akhir.col) ?? 0);
    if (copied(stated.value, sd, last.value, last.decimals)) continue;
    const present = targets.map((c) => num(ctx, x.row, c.col)).filter((v): v is NumberValue => v !== null);
    if (Math.abs(stated.value - present.reduce((a, v) => a + v.value, 0)) <= ctx.tol.sum(stated, present)) continue;
    ctx.report('sum.period', {
      cell: cell(x.row, akhir.col),
      messageId: 'targetLevel',
      expected: last.value,
      actual: stated.value,
      related: targets.map((c) => cell(x.row, c.col)),
      data: { row: quoted(x), stated: stated.value, last: last.value },
    });
  }
}

/** How a kondisi akhir target ends its years: 1 the last year's target, 2 their sum (and not the last), 0 neither. */
type Ending = 0 | 1 | 2;

function akhirTargets(ctx: CheckContext): void {
  const { table } = ctx;
  const akhir = table.byRole('akhirTarget')[0];
  if (!akhir) return;
  const targets = oneVersion(
    table
      .byRole('target')
      .filter((c, _i, all) => c.col < akhir.col && (c.year !== undefined || c.period !== undefined) && !outsidePeriod(c, akhir, all))
      .sort((a, b) => a.col - b.col),
    akhir,
  );
  if (targets.length < 2) return;
  // ("Target Akhir Renstra (2023)" after the targets of 2020 … 2022: the target of a year the table does not show, no
  // end of the years it does.)
  const lastYear = targets[targets.length - 1].year;
  if (akhir.year !== undefined && lastYear !== undefined && akhir.year > lastYear) return;
  const read = (x: RowInfo) => {
    if (!FIGURE_KINDS.has(x.kind)) return null;
    const stated = num(ctx, x.row, akhir.col);
    if (!stated) return null;
    const vals: NumberValue[] = [];
    for (const c of targets) {
      const t = num(ctx, x.row, c.col);
      if (!t) return null;
      vals.push(t);
    }
    const last = vals[vals.length - 1];
    const sum = vals.reduce((a, t) => a + t.value, 0);
    // 1: the last year's target; 2: their sum (and not the last); 0: neither.
    // (Rounded to what it shows: an end target typed 1 in a cell showing "1,00" is no 0,70 rounded.)
    const sd = Math.max(stated.decimals, table.view.displayed(x.row, akhir.col) ?? 0);
    const how: Ending = copied(stated.value, sd, last.value, last.decimals) ? 1 : Math.abs(stated.value - sum) <= ctx.tol.sum(stated, vals) ? 2 : 0;
    return { x, stated, last: last.value, sum, how };
  };
  // read(x).how from numbers alone (null where read is null), in read's order of additions, where the
  // table uses the default tolerance: the counting pass makes no value objects.
  const view = table.view;
  const plain = ctx.tol.sum === sumTolerance && ctx.tol.shown === half;
  const quickHow = (x: RowInfo): Ending | null => {
    if (!FIGURE_KINDS.has(x.kind)) return null;
    const stated = view.numberAt(x.row, akhir.col);
    if (stated === undefined) return null;
    const sd = Math.max(view.decimalsAt(x.row, akhir.col), view.displayed(x.row, akhir.col) ?? 0);
    let sum = 0;
    let last = 0;
    let lastD = 0;
    let t = half({ decimals: sd });
    for (const c of targets) {
      const v = view.numberAt(x.row, c.col);
      if (v === undefined) return null;
      const d = view.decimalsAt(x.row, c.col);
      sum += v;
      last = v;
      lastD = d;
      t += partHalf(d, v);
    }
    return copied(stated, sd, last, lastD) ? 1 : Math.abs(stated - sum) <= sumSlack({ value: stated }, t) ? 2 : 0;
  };
  // Counted first; only the rows that are neither are read again, to report.
  let agree = 0;
  let seen = 0;
  const neither: RowInfo[] = [];
  const lastRows: RowInfo[] = [];
  const summed: RowInfo[] = [];
  // (Rows read as neither for want of a year: the gapped levels are among them.)
  const unread: RowInfo[] = [];
  for (const x of table.info.rows) {
    const how = plain ? quickHow(x) : (read(x)?.how ?? null);
    if (how === null) {
      unread.push(x);
      continue;
    }
    seen++;
    if (how === 0) neither.push(x);
    else {
      agree++;
      (how === 1 ? lastRows : summed).push(x);
    }
  }
  // Too few rows to show the table's convention: a level's end is still its last year's (a count's may be their sum),
  // where some row of the table bears the column out.
  const short = agree < 3 || agree / seen < 0.6;
  if (short && (agree === 0 || agree / seen < 0.5)) return;
  const report = (x: RowInfo, level: boolean) => {
    const r = read(x)!;
    ctx.report('sum.period', {
      cell: cell(r.x.row, akhir.col),
      messageId: level ? 'targetLevel' : 'target',
      expected: r.last,
      actual: r.stated.value,
      related: targets.map((c) => cell(r.x.row, c.col)),
      data: { row: quoted(r.x), stated: r.stated.value, last: r.last, sum: r.sum, agree },
    });
  };
  for (const x of neither) {
    if (short && !levelOf(ctx, x)) continue;
    report(x, short);
  }
  // A level with a year left "-" ("65 | 69 | - | 77 | 81" of a %): no sum to read, but its end is still its last year's
  // target, where the table's levels end so.
  if (unread.length && lastRows.filter((x) => levelOf(ctx, x)).length >= 2) gappedLevels(ctx, akhir, targets, unread);
  // A level (%, index, ratio) summing its years ("42,5 + 45 + … = 237,5 %") where the table's other levels end on their
  // last year's target, two at least and more of them: the sum is a count's convention, not this row's.
  // (By the satuan alone: "Orang/Bulan" or a "Jumlah pengukuran produktivitas" may be summed by a plan.)
  const levelSummed = summed.filter((x) => levelUnitOf(ctx, x));
  if (!levelSummed.length) return;
  const levelLast = lastRows.filter((x) => levelUnitOf(ctx, x)).length;
  if (levelLast >= 2 && levelLast > levelSummed.length) for (const x of levelSummed) report(x, true);
}
