/**
 * sum.average: a "Rata-rata" row holds, column by column, the mean of the rows it closes (LKjIP
 * tables close capaian columns so). In a ratio column the ratio of that row's own averages
 * (mean realisasi / mean target = Σ realisasi / Σ target) is accepted too.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { NumberValue } from '../number';
import type { Substitution } from '../relation';
import type { CheckContext } from './common';
import { cell, current, defineRule, message, num, tableNotes, val, yearTag } from './common';
import { isNumericRole, isWeight } from '../recognise/columns';
import { averageFormula } from '../formula';
import { parseFormula, refsOf } from '../formula-parse';
import { words } from '../text';
import { relationCheck } from '../recognise/relations';
import { growthRates } from './ratio.pertumbuhan';

const DATA = new Set(['indicator', 'program', 'kegiatan', 'subkegiatan']);

/**
 * The rows an average row at index i averages: back to the previous Jumlah / Rata-rata (a Rata-rata under a
 * Jumlah skips it), top level only; with `every`, their children too (=AVERAGE(H3:H7) over programs and their
 * kegiatan, the other reading of the same mean). Not totals.ts closedRows, which is what a total sums.
 */
export function averagedRows(rows: RowInfo[], i: number, every = false): RowInfo[] {
  const out: RowInfo[] = [];
  let k = i - 1;
  while (k >= 0 && (rows[k].kind === 'total' || rows[k].kind === 'average')) k--;
  // A further indicator line under a name merged down over it ("Angka kematian ibu" in kasus, then per 100.000 KH;
  // no name of its own, or its own indicator beside a sasaran merged down) is a line of its own in the mean; a row typed
  // again with its name (SIPD's fill-down) is not.
  const labelOf = (row: number | undefined, from: number) => {
    for (let j = from; j >= 0; j--) if (rows[j].row === row) return rows[j].label;
    return undefined;
  };
  const line = (x: RowInfo, at: number) => x.kind === 'continuation' && (x.label === '' || (x.parent !== undefined && labelOf(x.parent, at) !== x.label));
  for (; k >= 0; k--) {
    const x = rows[k];
    if (x.kind === 'total' || x.kind === 'average') break;
    if (DATA.has(x.kind) || line(x, k)) out.push(x);
  }
  out.reverse(); // collected bottom-up; unshift would be quadratic under a long table
  if (every) return out;
  const inGroup = new Set(out.map((x) => x.row));
  return out.filter((x) => x.parent === undefined || x.kind === 'continuation' || !inGroup.has(x.parent));
}

/**
 * An average row right under another one closes the blocks above: the rows it may average are the block means above it
 * (back to a Jumlah), or every row of the blocks (their indicators, under sasaran headings or not). None for an average
 * row that follows its own rows.
 */
function overallGroups(rows: RowInfo[], i: number): { means: RowInfo[]; all: RowInfo[]; every: RowInfo[] } | null {
  let k = i - 1;
  while (k >= 0 && rows[k].kind === 'blank') k--;
  if (k < 0 || rows[k].kind !== 'average') return null;
  const means: RowInfo[] = [];
  const all: RowInfo[] = [];
  // (Back to the mean of the same rank before it: "Rata-rata Capaian Misi 2" closes misi 2's blocks, not misi 1's too.)
  const rank = (x: RowInfo) =>
    words(x.label)
      .replace(/\b(\d+(\.\d+)*|[ivx]+|[a-h])\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const own = rank(rows[i]);
  for (; k >= 0 && rows[k].kind !== 'total'; k--) {
    const x = rows[k];
    if (x.kind === 'average' && own && rank(x) === own) break;
    if (x.kind === 'average') means.push(x);
    else if (DATA.has(x.kind)) all.push(x);
  }
  const inBlocks = new Set(all.map((x) => x.row));
  all.reverse();
  // (Every row too, a child or not: "▪ Nilai Tukar Petani" bulleted under the indicator above is an indicator of its own.)
  return { means: means.reverse(), all: all.filter((x) => x.parent === undefined || !inBlocks.has(x.parent)), every: all };
}

/**
 * Right under a block's Jumlah, the Jumlah rows of every block above (two or more): a region's index as the mean of its
 * bidang indices, each stated on its bidang's Jumlah row ("Jumlah Bidang …" with the bidang's mean index). A reading
 * beside the rows of the last block; none elsewhere.
 */
function closers(rows: RowInfo[], i: number): RowInfo[][] {
  let k = i - 1;
  while (k >= 0 && rows[k].kind === 'blank') k--;
  if (k < 0 || rows[k].kind !== 'total') return [];
  const totals = rows.slice(0, k + 1).filter((x) => x.kind === 'total');
  return totals.length >= 2 ? [totals] : [];
}

/** Whether S is the mean of these rows' figures in column c (two or more), within the mean's rounding. */
export function statesMeanOf(ctx: CheckContext, rows: RowInfo[], c: number, S: NumberValue): boolean {
  const parts = rows.map((y) => num(ctx, y.row, c)).filter((v): v is NumberValue => v !== null);
  if (parts.length < 2) return false;
  const mean = parts.reduce((t, v) => t + v.value, 0) / parts.length;
  return Math.abs(S.value - mean) <= ctx.tol.mean(S, parts, mean);
}

/**
 * The figures a mean row averages in column c: its group's, or where the group's rows state none there (a "Program …"
 * heading over the sasaran's indicators, its own cells empty), the rows under them that do.
 */
function meanTerms(ctx: CheckContext, group: RowInfo[], every: RowInfo[] | undefined, c: number): { r: number; c: number; v: NumberValue }[] {
  const of = (rows: RowInfo[]) =>
    rows.map((g) => ({ r: g.row, c, v: num(ctx, g.row, c) })).filter((t): t is { r: number; c: number; v: NumberValue } => t.v !== null);
  const own = of(group);
  if (own.length >= 2 || !every) return own;
  const inBlock = new Set(every.map((x) => x.row));
  // (A row whose parent in the block states a figure there is inside that figure, not a term beside it.)
  return of(every.filter((x) => x.parent === undefined || !inBlock.has(x.parent) || !num(ctx, x.parent, c)));
}

/** A total row labelled as a mean too ("Jumlah / Rata-rata", "Total/Rerata"): the sums of its counts, the mean of its percentages. */
export function totalAndMean(x: RowInfo): boolean {
  return x.kind === 'total' && /\b(rata\s*-?\s*rata|rerata|rata2)\b/i.test(x.label) && /\b(jumlah|total|jml)\b/i.test(x.label);
}

/** A "Jumlah / Rata-rata" row (rows[i]) stating the mean of the rows it closes in column c: a reading of it beside the sum. */
export function statesMeanAsTotal(ctx: CheckContext, rows: RowInfo[], i: number, c: number, S: NumberValue): boolean {
  return totalAndMean(rows[i]) && statesMeanOf(ctx, averagedRows(rows, i), c, S);
}

/**
 * Whether `stated` is the compound yearly growth of a growth column's series down the rows (years down the rows): the
 * figure of its base in the row before the first growth, its last in the last growth's row.
 */
function compoundGrowthHolds(ctx: CheckContext, rows: RowInfo[], col: ColumnInfo, terms: { r: number }[], stated: NumberValue): boolean {
  const rel = col.relation?.rel;
  if (rel?.kind !== 'growth' || !rel.above || terms.length < 2) return false;
  const first = rows.findIndex((y) => y.row === terms[0].r);
  let k = first - 1;
  while (k >= 0 && !num(ctx, rows[k].row, rel.a)) k--;
  const base = k >= 0 ? num(ctx, rows[k].row, rel.a) : null;
  const series = terms.map((t) => num(ctx, t.r, rel.a));
  if (!base || series.some((v) => !v)) return false;
  const { cagr } = growthRates([base.value, ...series.map((v) => v!.value)]);
  return cagr !== null && Math.abs(stated.value - cagr) <= ctx.tol.shown(stated) + 0.01;
}

/** Whether `stated` is the mean of these rows' figures in column c (two or more), some of them corrected by `sub`. */
function meanUnder(ctx: CheckContext, rows: RowInfo[], c: number, stated: number, sub: Substitution, tol: number): boolean {
  const parts = rows.map((y) => sub.get(cell(y.row, c)) ?? num(ctx, y.row, c)?.value).filter((v): v is number => v !== undefined);
  return parts.length >= 2 && Math.abs(stated - parts.reduce((t, v) => t + v, 0) / parts.length) <= tol;
}

/** The column's own ratio on the row's own figures (Produktivitas (Ku/Ha) = Produksi / Luas × 10; Baik + Sedang over Panjang). */
function ownRatio(ctx: CheckContext, x: RowInfo, col: ColumnInfo): number | null {
  // (A ratio pair exists only for a column whose relation is a ratio: ratio-pairs.ts reads it from there.)
  const rel = col.relation?.rel;
  if (rel?.kind !== 'ratio') return null;
  const side = (cols: number[]) => {
    let total = 0;
    for (const c of cols) {
      const v = num(ctx, x.row, c);
      if (!v) return null;
      total += v.value;
    }
    return total;
  };
  const R = side(rel.numParts ?? [rel.num]);
  const T = side(rel.denParts ?? [rel.den]);
  return R !== null && T !== null && T !== 0 ? (R / T) * rel.k : null;
}

/** Of the amounts a mean may be weighted by, the one its label names ("tertimbang sasaran"), else the first. */
function weighedBy(label: string, amounts: ColumnInfo[]): ColumnInfo | undefined {
  const after = /\b(?:tertimbang|weighted)\s+(?:by\s+|dengan\s+)?(\w{4,})/.exec(words(label))?.[1];
  return (after && amounts.find((c) => words(c.path.join(' ')).includes(after))) || amounts[0];
}

/** Row r's formula in column c is AVERAGE over cells of other columns only, and what it gives is what is stated. */
function averagesOtherColumn(ctx: CheckContext, r: number, c: number, stated: NumberValue, tol: number): boolean {
  const f = ctx.table.view.formula(r, c);
  if (!f || !/^=?\s*AVERAGE\s*\(/i.test(f)) return false;
  const n = parseFormula(f);
  if (!n || n.t !== 'fn') return false;
  const refs = refsOf(n);
  if (refs.length === 0 || refs.some((q) => !!q.sheet || (q.t === 'ref' ? q.c === c : q.c0 <= c && q.c1 >= c))) return false;
  const values: number[] = [];
  const add = (rr: number, cc: number) => {
    const v = num(ctx, rr, cc);
    if (v) values.push(v.value);
  };
  for (const q of refs)
    if (q.t === 'ref') add(q.r, q.c);
    else for (let rr = q.r0; rr <= q.r1; rr++) for (let cc = q.c0; cc <= q.c1; cc++) add(rr, cc);
  return values.length >= 2 && Math.abs(values.reduce((a, b) => a + b, 0) / values.length - stated.value) <= tol;
}

/** A mean said to be weighted. */
const WEIGHTED = /\b(tertimbang|weighted)\b|σ\s*\(?\s*\w+\s*[x×*]/;

/** A mean row's label naming the figure it averages, not the row as a whole. */
const NAMES_ITS_MEAN = /\b(capaian|pencapaian|indeks|ikm|ikk)\b/;

/**
 * The mean of these rows' figures in column c weighted by the weight column w (Indeks SPM = Σ bobot × indeks / Σ bobot
 * over the bidang): null without two rows holding both.
 */
function weightedMean(ctx: CheckContext, rows: RowInfo[], c: number, w: number): number | null {
  let sw = 0;
  let swv = 0;
  let n = 0;
  for (const y of rows) {
    const v = num(ctx, y.row, c);
    const b = num(ctx, y.row, w);
    if (!v || !b) continue;
    sw += b.value;
    swv += b.value * v.value;
    n++;
  }
  return n >= 2 && sw !== 0 ? swv / sw : null;
}

function ownDifferenceHolds(ctx: CheckContext, x: RowInfo, col: ColumnInfo, stated: NumberValue): boolean {
  const rel = col.relation?.rel;
  if (rel?.kind !== 'difference') return false;
  const A = num(ctx, x.row, rel.a);
  const B = num(ctx, x.row, rel.b);
  if (!A || !B) return false;
  return Math.abs(stated.value - (A.value - B.value)) <= ctx.tol.shown(stated) + ctx.tol.shown(A) + ctx.tol.shown(B);
}

export default defineRule({
  meta: {
    id: 'sum.average',
    arithmetic: true,
    emits: {
      'sum.average': {
        severity: 'error',
        title: { id: 'Baris rata-rata bukan rata-rata baris di atasnya', en: 'Average row is not the mean of the rows above' },
        messages: {
          default: message(
            (d, w) => {
              const tag = yearTag(d.year, d.period, w.lang);
              const over = d.means ? `${w.n(d.n, 0)} rata-rata blok` : w.count(d.n, 'baris');
              const of = d.n === 1 && !d.means ? 'satu-satunya baris di atasnya' : `rata-rata ${over} di atasnya`;
              return `${d.label || 'Rata-rata'}${tag ? ` ${tag}` : ''}: ${of} ${w.n(d.mean, 2)}, tertulis ${w.n(d.stated, 6)}${d.isSum ? ' — nilai itu adalah penjumlahannya, bukan rata-ratanya' : ''}`;
            },
            (d, w) => {
              const tag = yearTag(d.year, d.period, w.lang);
              const over = d.means ? `${w.n(d.n, 0)} block means` : w.count(d.n, { one: 'row', other: 'rows' });
              const of = d.n === 1 && !d.means ? 'the one row above' : `the mean of the ${over} above`;
              return `${d.label || 'Average'}${tag ? ` ${tag}` : ''}: ${of} is ${w.n(d.mean, 2)}, ${w.n(d.stated, 6)} is stated${d.isSum ? ' — that is their sum, not their mean' : ''}`;
            },
          ),
          /** A mean its label calls weighted, not the weighted mean of its rows. */
          weighted: message(
            (d, w) => {
              const tag = yearTag(d.year, d.period, w.lang);
              return `${d.label || 'Rata-rata'}${tag ? ` ${tag}` : ''}: rata-rata ${w.count(d.n, 'baris')} di atasnya tertimbang "${d.by}" ${w.n(d.mean, 2)}, tertulis ${w.n(d.stated, 6)}`;
            },
            (d, w) => {
              const tag = yearTag(d.year, d.period, w.lang);
              return `${d.label || 'Average'}${tag ? ` ${tag}` : ''}: the mean of the ${w.count(d.n, { one: 'row', other: 'rows' })} above weighted by "${d.by}" is ${w.n(d.mean, 2)}, ${w.n(d.stated, 6)} is stated`;
            },
          ),
          /**
           * A "Rata-rata" row holding the column's sum, to the unit (a Jumlah row mislabelled, most often in its money
           * columns): the figure is right for what it is, its label is not.
           */
          sum: message(
            (d, w) => {
              const tag = yearTag(d.year, d.period, w.lang);
              return `${d.label || 'Rata-rata'}${tag ? ` ${tag}` : ''}: ${w.n(d.stated, 6)} adalah jumlah ${w.count(d.n, 'baris')} di atasnya, bukan rata-ratanya (${w.n(d.mean, 2)}); bila ini baris Jumlah, ganti labelnya`;
            },
            (d, w) => {
              const tag = yearTag(d.year, d.period, w.lang);
              return `${d.label || 'Average'}${tag ? ` ${tag}` : ''}: ${w.n(d.stated, 6)} is the sum of the ${w.count(d.n, { one: 'row', other: 'rows' })} above, not their mean (${w.n(d.mean, 2)}); if this is a total row, relabel it`;
            },
            'warning',
          ),
        },
      },
    },
    fills: {
      default: message(
        () => 'Rata-rata kolom',
        () => 'Column mean',
      ),
    },
  },
  check(ctx) {
    const rows = ctx.table.info.rows;
    const cols = ctx.table.info.columns.filter((c) => isNumericRole(c.role));
    // Per row: the rows it averages, and the other readings its figure may bear out. Under the block means, the overall
    // is read over them (or over every row of the blocks, with fewer than two), so a wrong block mean explains it.
    const readings = rows.map((x, i) => {
      if (x.kind !== 'average' && !totalAndMean(x)) return null;
      const block = averagedRows(rows, i);
      const overall = overallGroups(rows, i);
      if (!overall) {
        const every = averagedRows(rows, i, true);
        return { group: block, others: closers(rows, i), every: every.length > block.length ? every : undefined, means: false };
      }
      const means = overall.means.length >= 2;
      const others = [block, means ? overall.all : overall.means];
      if (overall.every.length > overall.all.length) others.push(overall.every);
      return { group: means ? overall.means : overall.all, others, means };
    });
    // A block mean over one row is that row's figure, in a column where another block mean holds over its rows (the
    // table closes its blocks with means there).
    const blockMeans = new Set<number>();
    for (const col of cols)
      rows.forEach((x, i) => {
        const r = readings[i];
        const stated = r && r.others.length === 0 ? num(ctx, x.row, col.col) : null;
        if (stated && statesMeanOf(ctx, r!.group, col.col, stated)) blockMeans.add(col.col);
      });
    let explains: ReturnType<typeof relationCheck> | undefined;
    // A weight column (Bobot): its figures add up on a mean row (to 100), and the row's means may be weighted by it.
    const weight = cols.find((c) => isWeight(c.path));
    // A mean the table calls weighted ("Indeks Bidang (rata-rata tertimbang)", a note "Σ(sasaran × indeks) / Σ sasaran"):
    // weighted by one of its amounts, the one that gives it (the Jumlah Sasaran).
    const info = ctx.table.info;
    const weightedTable = WEIGHTED.test(words([...info.title, ...tableNotes(info)].join(' ')));
    const amounts = cols.filter((c) => c !== weight && !c.percent && c.role !== 'ratio' && c.role !== 'pertumbuhan');
    rows.forEach((x, i) => {
      const reading = readings[i];
      if (!reading) return;
      const group = reading.group;
      // The rows of the group that hold a number in each column, and the row's own figure there, read once.
      // (A "Jumlah / Rata-rata" row adds the counts up and averages the percentages: its means are in those alone.)
      // (Its growth rates are ratio.pertumbuhan's, which takes the growth of the row's own amounts or the mean of the rates.)
      const read = (x.kind === 'average' ? cols : cols.filter((c) => (c.role === 'ratio' || c.percent) && c.role !== 'pertumbuhan')).map((col) => ({
        col,
        terms: meanTerms(ctx, group, reading.every, col.col),
        stated: num(ctx, x.row, col.col),
      }));
      // A mean the row states in another column of the same kind ("Nilai IKM 2022" stated, 2023 left empty): the row
      // averages that kind, so its empty cell there is planned too, not only a capaian's.
      const averagedRoles = new Set<ColumnInfo['role']>();
      const weights = weight ? [weight] : weightedTable || WEIGHTED.test(words(x.label)) ? amounts : [];
      const weighted = (col: ColumnInfo, stated: NumberValue, tol: number) =>
        weights.some((w) => {
          const m = w !== col ? weightedMean(ctx, group, col.col, w.col) : null;
          return m !== null && Math.abs(stated.value - m) <= tol;
        });
      // Whether the row averages its percentages (plainly or by the weights) under a label naming the figure it averages
      // ("Indeks Capaian SPM", "Rata-rata Capaian"): then it closes both kinds, and its counts summed ("Jumlah Jenis
      // Layanan" 30 beside the index) are no mislabelled Jumlah, as they are under a bare "Rata-rata".
      let averagesRates = false;
      for (const { col, terms, stated } of read) {
        if (!stated || terms.length < 2) continue;
        const m = terms.reduce((t, q) => t + q.v.value, 0) / terms.length;
        const holds = Math.abs(stated.value - m) <= ctx.tol.shown(stated) + 1e-9;
        if (holds) averagedRoles.add(col.role);
        if ((col.role === 'ratio' || col.percent) && (holds || weighted(col, stated, ctx.tol.shown(stated) + 1e-9)))
          averagesRates = NAMES_ITS_MEAN.test(words(x.label));
      }
      for (const { col, terms, stated } of read) {
        const parts = terms.map((t) => t.v);
        if (parts.length < (stated && reading.others.length === 0 && blockMeans.has(col.col) ? 1 : 2)) continue;
        const summed = parts.reduce((s, v) => s + v.value, 0);
        const mean = summed / parts.length;
        const refs = terms.map((t) => cell(t.r, t.c));
        if (!stated) {
          // Proposed only for capaian/rasio columns: a mean of targets or amounts is rarely wanted there.
          if (val(ctx, x.row, col.col).kind === 'empty' && (col.role === 'ratio' || col.percent || averagedRoles.has(col.role))) {
            ctx.plan({ cell: cell(x.row, col.col), formula: averageFormula(terms), value: mean, current: current(ctx, x.row, col.col) });
          }
          continue;
        }
        const tol = ctx.tol.mean(stated, parts, mean);
        // A row its own label calls weighted ("… (rata-rata tertimbang)") is held to its weighted mean, not the plain one:
        // by the amount the label names, else the first (the Jumlah Sasaran).
        const by = WEIGHTED.test(words(x.label))
          ? weighedBy(
              x.label,
              weights.filter((w) => w !== col),
            )
          : undefined;
        const wm = by ? weightedMean(ctx, group, col.col, by.col) : null;
        if (wm !== null && by) {
          if (weighted(col, stated, tol)) continue;
          ctx.report('sum.average', {
            cell: cell(x.row, col.col),
            messageId: 'weighted',
            expected: Math.round(wm * 100) / 100,
            actual: stated.value,
            related: [...refs, ...group.map((g) => cell(g.row, by.col))],
            data: { label: x.label, year: col.year, period: col.period, n: parts.length, mean: wm, stated: stated.value, by: by.path.join(' / ') },
          });
          continue;
        }
        if (Math.abs(stated.value - mean) <= tol) continue;
        // A mean over the block means above it ("Rata-rata capaian seluruh sasaran" under each sasaran's), or over every
        // row since the last total: the reading the figure bears out.
        if (reading.others.some((g) => statesMeanOf(ctx, g, col.col, stated))) continue;
        // Or over every row it closes, the children with their parents.
        if (reading.every && statesMeanOf(ctx, reading.every, col.col, stated)) continue;
        // The ratio of the row's own means, shown rounded: a hundredth of a point for the rounding of the means.
        // A mean growth stated as the compound rate over the series the column grows: the other reading of "Rata-rata
        // Pertumbuhan" (((last / base)^(1/n) − 1) × 100, the base the year before the first growth).
        if (compoundGrowthHolds(ctx, rows, col, terms, stated)) continue;
        const own = col.role === 'ratio' ? ownRatio(ctx, x, col) : null;
        if (own !== null && Math.abs(stated.value - own) <= ctx.tol.shown(stated) + 0.01) continue;
        // A "Jumlah / Rata-rata" row's percentage read as its Jumlah reads it: the column's relation over the row's own
        // totals (the province's Mantap = (Σ Baik + Σ Sedang) / Σ Panjang), which a plain total row is held to.
        if (totalAndMean(x) && col.relation && (explains ??= relationCheck(ctx.table))(col.col, x) === true) continue;
        // A difference of the row's own cells (Efisiensi = Capaian − Serapan) holds on the mean row as on the others.
        if (ownDifferenceHolds(ctx, x, col, stated)) continue;
        // Its own formula averaging the means another column states (=AVERAGE(H4,H6) over a merged "Capaian Sasaran (%)"),
        // and giving what is stated: the table's reading of its overall, each of those means checked where it stands.
        if (averagesOtherColumn(ctx, x.row, col.col, stated, tol)) continue;
        // The weights add up; a figure weighted by them is their weighted mean.
        const isSum = Math.abs(stated.value - summed) <= tol * parts.length;
        if ((col === weight && isSum) || weighted(col, stated, tol)) continue;
        if (isSum && averagesRates && !col.percent && col.role !== 'ratio') continue;
        const at = cell(x.row, col.col);
        // stated = Σ terms / n: a wrong term found elsewhere explains this mean (value.crossing).
        const meanOf = (sub: Substitution) => terms.reduce((s, t, k) => s + (sub.get(refs[k]) ?? t.v.value), 0) / terms.length;
        ctx.report('sum.average', {
          cell: at,
          // Percentages summed under "Rata-rata" stay the classic slip (an error); amounts summed there are a label's.
          ...(isSum && !col.percent && col.role !== 'ratio' ? { messageId: 'sum' } : {}),
          expected: Math.round(mean * 100) / 100,
          actual: stated.value,
          related: refs,
          // (Or one of its other readings, once their cells are corrected: an overall over every indicator follows a wrong
          // indicator as its block mean does.)
          relation: {
            inputs: [...new Set([...refs, ...reading.others.flatMap((g) => g.map((y) => cell(y.row, col.col)))])],
            holds: (sub) =>
              Math.abs((sub.get(at) ?? stated.value) - meanOf(sub)) <= tol ||
              reading.others.some((g) => meanUnder(ctx, g, col.col, sub.get(at) ?? stated.value, sub, tol)),
            solve: (input) => (refs.includes(input) ? stated.value * terms.length - (summed - terms[refs.indexOf(input)].v.value) : null),
          },
          data: {
            label: x.label,
            year: col.year,
            period: col.period,
            n: parts.length,
            means: reading.means,
            mean,
            stated: stated.value,
            isSum,
          },
        });
      }
    });
  },
});
