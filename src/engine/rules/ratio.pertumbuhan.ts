/**
 * ratio.pertumbuhan / column.pertumbuhan: "Rata-rata Pertumbuhan" is an average growth rate in %
 * (mean of year-on-year growth, or the compound rate). Real tables often put the mean of the
 * years (or a formula slip like y1+y2+y3+y4/4) there: that is a column whose content does not
 * match its header — one warning on the column, not an arithmetic error per row.
 */
import type { Relation } from '../relation';
import type { ColumnInfo } from '../types';
import { cell, columnCell, current, defineRule, figureRow, message, num, quoted } from './common';
import type { CheckContext } from './common';
import type { NumberValue } from '../number';
import { words, YEAR_SPAN } from '../text';
import { measureSeries } from '../recognise/relations';
import { half } from '../tolerance';
import { CUT_FORMULA, FLOOR_FORMULA } from '../ratio-math';
import { statesMeanAsTotal } from './sum.average';

/** The series, within the years the growth's header spans ("Laju Pertumbuhan 2022-2023 (%)" after 2021 | 2022 | 2023). */
function seriesFor(cols: ColumnInfo[], g: ColumnInfo, index: number): ColumnInfo[] {
  const all = allSeriesFor(cols, g, index);
  // (Or the two years it compares: "Pertumbuhan 2022 thd 2021 (%)".)
  const span = YEAR_SPAN.exec(g.path.join(' ')) ?? YEARS_COMPARED.exec(words(g.path.join(' ')));
  if (!span) return all;
  const [a, b] = [Math.min(Number(span[1]), Number(span[2])), Math.max(Number(span[1]), Number(span[2]))];
  const within = all.filter((c) => c.year !== undefined && c.year >= a && c.year <= b);
  return within.length >= 2 ? within : all;
}

const YEARS_COMPARED = /\b((?:19|20)\d\d) (?:thd|terhadap|dibanding(?:kan)?|vs|ke) (?:tahun )?((?:19|20)\d\d)\b/;

/** A series holding several figures of a year: one series per measure, its Jumlah's too (relations.ts measureSeries); the rows say which the growth is of. */
function perMeasure(cols: ColumnInfo[], series: ColumnInfo[], g: ColumnInfo): ColumnInfo[][] {
  const years = series.map((c) => c.year ?? c.period);
  if (new Set(years).size === years.length) return [];
  const totals = cols.filter((c) => c.role === 'rowTotal' && c.col < g.col && c.year !== undefined && years.includes(c.year));
  return measureSeries([...series, ...totals]);
}

/**
 * A projection's base year right before its series ("Kondisi Awal 2024 | Proyeksi 2025 … 2029 | Rata-rata Pertumbuhan"):
 * some offices average the growth from the base, some over the projections alone. The window more rows fit is the
 * table's (the series alone on a tie).
 */
function fittestSeries(ctx: CheckContext, series: ColumnInfo[], g: ColumnInfo): ColumnInfo[] {
  if (series.length < 2) return series;
  const cols = ctx.table.info.columns;
  const first = series[0];
  const base = cols.filter((c) => c.col < first.col).sort((a, b) => b.col - a.col)[0];
  const hasBase = !!base && BASE_ROLES.has(base.role) && !base.percent && !(base.year !== undefined && first.year !== undefined && base.year >= first.year);
  // (Or the years the print shows: an earlier year kept in hidden columns is no term of a growth typed over the shown ones.)
  const shown = series.filter((c) => !ctx.table.view.isHiddenCol(c.col));
  const others = [
    ...(hasBase ? [[base, ...series]] : []),
    ...(shown.length >= 2 && shown.length < series.length ? [shown] : []),
    ...perMeasure(cols, series, g),
  ];
  if (others.length === 0) return series;
  const fits = new Map<ColumnInfo[], number>([[series, 0], ...others.map((o): [ColumnInfo[], number] => [o, 0])]);
  for (const x of ctx.table.info.rows) {
    if (!figureRow(x, true)) continue;
    const S = num(ctx, x.row, g.col);
    if (!S) continue;
    for (const cs of fits.keys()) {
      const values = cs.map((c) => num(ctx, x.row, c.col)?.value);
      if (values.some((v) => v === undefined)) continue;
      if (growthReadings(values as number[], S.value, ctx.tol.ratio(S) + 0.01).length > 0) fits.set(cs, fits.get(cs)! + 1);
    }
  }
  // The series as read unless another fits more rows.
  let best = series;
  for (const [cs, n] of fits) if (n > fits.get(best)!) best = cs;
  return best;
}
const BASE_ROLES = new Set<ColumnInfo['role']>(['kondisiAwal', 'anggaran', 'realisasiRp', 'rp', 'value']);

function allSeriesFor(cols: ColumnInfo[], g: ColumnInfo, index: number): ColumnInfo[] {
  // In time order, whatever the columns' ("Realisasi 2025 | … | Realisasi 2024 | Pertumbuhan (%)": 2024 first).
  const time = (c: ColumnInfo) => c.year ?? c.period ?? 0;
  const yearly = (role: ColumnInfo['role']) =>
    cols.filter((c) => c.role === role && (c.year !== undefined || c.period !== undefined)).sort((a, b) => time(a) - time(b) || a.col - b.col);
  // A growth that names its series ("Rata-rata Pertumbuhan Proyeksi (%)" after Proyeksi 2025 … 2027, beside a
  // Realisasi block): the yearly figures on its left named so, when they are one series.
  const named = /\b(proyeksi|prakiraan|perkiraan|realisasi|anggaran|pagu|target)\b/.exec(words(g.path.join(' ')));
  if (named) {
    const word = new RegExp(`\\b${named[1]}\\b`);
    const own = cols
      .filter(
        (c) =>
          c.col < g.col &&
          (c.year !== undefined || c.period !== undefined) &&
          !c.percent &&
          c.role !== 'ratio' &&
          word.test(words(c.path.join(' '))) &&
          // ("Realisasi Anggaran pada Tahun ke-" names the budget it realises: the spending, no series of the budget's growth.)
          (named[1] === 'realisasi' || !/\brealisasi\b/.test(words(c.path.join(' ')))),
      )
      .sort((a, b) => time(a) - time(b) || a.col - b.col);
    if (own.length >= 2 && own.every((c) => c.role === own[0].role)) return own;
  }
  const money = yearly(g.of ?? (index === 0 ? 'anggaran' : 'realisasiRp'));
  if (money.length >= 2) return money;
  // A lone growth column after the realisation alone (Realisasi (Rp) 2019 … 2023 | Rata-rata Pertumbuhan).
  if (index === 0 && !g.of) {
    const spent = yearly('realisasiRp').filter((c) => c.col < g.col);
    if (spent.length >= 2) return spent;
  }
  // Without money, the yearly counts or indicator values on its left (Jumlah koperasi aktif 2019 … 2023).
  for (const role of ['realisasi', 'value', 'target'] as const) {
    const series = yearly(role).filter((c) => c.col < g.col);
    if (series.length >= 2) return series;
  }
  return money;
}

/**
 * The readings of an average growth rate: the mean of the year-on-year rates, the compound rate,
 * and the whole period's growth spread evenly over its years ((last − first) / first / (n − 1), or / n,
 * the "rata-rata pertumbuhan" of offices that do not compound).
 */
export function growthRates(
  values: number[],
  years?: (number | undefined)[],
): { mean: number | null; cagr: number | null; linear: number | null; perYear: number | null; exp: number | null; adjacent: number | null } {
  const yoy: number[] = [];
  // Over a year left out ("-" for 2019), also the mean of the growths of the years that follow one another: a row of
  // yearly growths =IFERROR(E/D-1,"") has none on either side of the gap, and AVERAGE skips them.
  const adj: number[] = [];
  let gap = false;
  for (let i = 1; i < values.length; i++) {
    if (values[i - 1] === 0) continue;
    const g = (values[i] / values[i - 1] - 1) * 100;
    yoy.push(g);
    const y0 = years?.[i - 1];
    const y1 = years?.[i];
    if (y0 !== undefined && y1 !== undefined && y1 - y0 > 1) gap = true;
    else adj.push(g);
  }
  const mean = yoy.length ? yoy.reduce((s, v) => s + v, 0) / yoy.length : null;
  const adjacent = gap && adj.length ? adj.reduce((s, v) => s + v, 0) / adj.length : null;
  const first = values[0];
  const last = values[values.length - 1];
  // Per year over the years the figures are apart: two censuses ten years apart (SP2010, SP2020) give a yearly
  // rate over ten years, not one step.
  const y0 = years?.[0];
  const y1 = years?.[values.length - 1];
  const span = y0 !== undefined && y1 !== undefined && y1 > y0 ? y1 - y0 : values.length - 1;
  const cagr = values.length > 1 && first > 0 && last >= 0 ? ((last / first) ** (1 / span) - 1) * 100 : null;
  const linear = (values.length > 2 || span > 1) && first > 0 ? ((last - first) / first / span) * 100 : null;
  // The same over the number of years counted rather than the steps between them ("… / 5 tahun" for 2019–2023): an
  // office's formula, stated in its note, that a reviewer takes as the table's own.
  const perYear = values.length > 2 && first > 0 ? ((last - first) / first / (span + 1)) * 100 : null;
  // The demographers' exponential rate, ln(last / first) / years (BPS's laju pertumbuhan penduduk between censuses).
  const exp = span > 1 && first > 0 && last > 0 ? (Math.log(last / first) / span) * 100 : null;
  return { mean, cagr, linear, perYear, exp, adjacent };
}

type Reading = 'mean' | 'cagr' | 'linear' | 'perYear' | 'exp';
const READINGS: Reading[] = ['mean', 'cagr', 'linear', 'perYear', 'exp'];

/**
 * The readings of the series' average growth a stated rate is (empty: none). A program that starts
 * in a later year (its first years 0), or stops (its last years 0), is also read over the years it has.
 */
export function growthReadings(
  values: number[],
  stated: number,
  tol: number,
  years?: (number | undefined)[],
  cut = 0,
  /** How the figure was cut: toward zero (ROUNDDOWN, TRUNC), toward −∞ (INT, FLOOR); `formula`: its own formula says so. */
  how: { floor?: boolean; formula?: boolean } = {},
): Reading[] {
  // (Cut toward zero to its decimals, as a ROUNDDOWN shows it: −20,4 for −20,478; by INT toward −∞: −16 for −15,47.
  // `cut` is half the shown unit. A 0 is a cut only where the cell's own formula cuts.)
  const dirs = how.floor ? [1] : stated !== 0 ? [Math.sign(stated)] : how.formula ? [1, -1] : [];
  const near = (g: number) => Math.abs(stated - g) <= tol || (cut > 0 && dirs.some((d) => Math.abs(stated + d * cut - g) <= tol));
  const fits = (series: number[], from: number) => {
    const at = (ys: (number | undefined)[] | undefined) => {
      const g = growthRates(series, ys);
      return READINGS.filter((k) => (g[k] !== null && near(g[k]!)) || (k === 'mean' && g.adjacent !== null && near(g.adjacent)));
    };
    const dated = at(years?.slice(from, from + series.length));
    // A year left out ("-" for 2022) is counted out by the sheet's own formula too: =(G/C)^(1/(COUNT(C:G)-1))-1
    // spreads the growth over the figures given, not the years they span.
    // (Not two figures a census apart: SP2010 and SP2020 are ten years of growth, whatever was typed.)
    return dated.length || !years || series.length < 3 ? dated : at(undefined);
  };
  const own = fits(values, 0);
  if (own.length) return own;
  // (Or one that stops: its last years 0, not budgeted any more, the growth over the years it has.)
  let start = 0;
  while (start < values.length && values[start] === 0) start++;
  let end = values.length;
  while (end > start && values[end - 1] === 0) end--;
  return (start > 0 || end < values.length) && end - start >= 2 ? fits(values.slice(start, end), start) : [];
}

/**
 * How far the amounts' rounding (half a unit of the last decimal each shows) can move an average growth rate, in points:
 * each relative error at most once in a step's quotient, scaled by the growth. Nothing for amounts typed to the rupiah.
 */
function inputSlack(values: NumberValue[], growth: number): number {
  let rel = 0;
  for (const v of values) if (v.value !== 0) rel += (0.5 * 10 ** -v.decimals) / Math.abs(v.value);
  return 100 * rel * (1 + Math.abs(growth) / 100);
}

/** Whether a stated rate is one of the readings of the series' average growth. */
export function isGrowthOf(values: number[], stated: number, tol: number, years?: (number | undefined)[]): boolean {
  return growthReadings(values, stated, tol, years).length > 0;
}

/** stated = the mean year-on-year growth (or the compound rate) of the series, for the knock-on pass. */
function growthRelation(inputs: string[], values: number[], stated: number, tol: number, years: (number | undefined)[]): Relation {
  return {
    inputs,
    holds: (sub) => {
      return isGrowthOf(
        values.map((v, i) => (sub.has(inputs[i]) ? sub.get(inputs[i])! : v)),
        stated,
        tol,
        years,
      );
    },
    // No single amount is solved for: a growth rate names no one cell to correct.
    solve: () => null,
  };
}

export default defineRule({
  meta: {
    id: 'ratio.pertumbuhan',
    arithmetic: true,
    emits: {
      'ratio.pertumbuhan': {
        severity: 'error',
        title: { id: 'Rata-rata pertumbuhan tidak sesuai', en: 'Average growth does not match' },
        messages: {
          default: message(
            (d, w) => `${d.row || 'Baris ini'}: rata-rata pertumbuhan ${w.n(d.growth)}%, tertulis ${w.n(d.stated)}`,
            (d, w) => `${d.row || 'This row'}: average growth is ${w.n(d.growth)}%, ${w.n(d.stated)} is stated`,
          ),
          /** One cell of a growth column holding a mean, a bracket slip or an amount. */
          notRate: message(
            (d, w) =>
              `${d.row || 'Baris ini'}: rata-rata pertumbuhan ${w.n(d.growth)}%, tertulis ${w.n(d.stated)} — ${d.what === 'mean' ? 'rata-rata nilai per tahun' : d.what === 'slip' ? 'y1+…+yn/n (tanda kurung terlupa pada rumus rata-rata)' : 'nilai rupiah'}, bukan laju pertumbuhan`,
            (d, w) =>
              `${d.row || 'This row'}: average growth is ${w.n(d.growth)}%, ${w.n(d.stated)} is stated — ${d.what === 'mean' ? 'the mean of the yearly values' : d.what === 'slip' ? 'y1+…+yn/n (a missing bracket in an average formula)' : 'an amount'}, not a growth rate`,
          ),
        },
      },
      'column.pertumbuhan': {
        severity: 'warning',
        title: { id: 'Isi kolom pertumbuhan tidak sesuai judulnya', en: 'Growth column does not hold growth rates' },
        messages: {
          default: message(
            (d, w) => {
              const parts: string[] = [];
              if (d.mean) parts.push(`${w.count(d.mean, 'sel')} berisi rata-rata nilai per tahun`);
              if (d.slip) parts.push(`${w.count(d.slip, 'sel')} berisi y1+…+yn/n (tanda kurung terlupa pada rumus rata-rata)`);
              if (d.amount) parts.push(`${w.count(d.amount, 'sel')} berisi nilai rupiah lain`);
              return `Kolom "${d.col}" seharusnya laju pertumbuhan rata-rata (%), tetapi ${parts.join('; ')}`;
            },
            (d, w) => {
              const cells = { one: 'cell', other: 'cells' };
              const parts: string[] = [];
              if (d.mean) parts.push(`${w.count(d.mean, cells)} hold${d.mean === 1 ? 's' : ''} the mean of the yearly values`);
              if (d.slip) parts.push(`${w.count(d.slip, cells)} hold${d.slip === 1 ? 's' : ''} y1+…+yn/n (a missing bracket in an average formula)`);
              if (d.amount) parts.push(`${w.count(d.amount, cells)} hold${d.amount === 1 ? 's' : ''} other amounts`);
              return `Column "${d.col}" should be an average growth rate (%), but ${parts.join('; ')}`;
            },
          ),
          /** No cell is a reading of average growth Cermat knows: the column is not checked, said once. */
          unread: message(
            (d, w) =>
              `Kolom "${d.col}": ${w.count(d.n, 'sel')} tidak cocok dengan cara hitung rata-rata pertumbuhan mana pun dari angka per tahunnya (rata-rata pertumbuhan tahunan, laju majemuk, laju eksponensial, atau (akhir − awal) / awal / (jumlah tahun − 1) atau / jumlah tahun), dan terlalu sedikit sel yang cocok untuk menunjukkan cara hitung kolom ini; kolom ini tidak diperiksa per sel. Periksa rumus yang dipakai`,
            (d, w) =>
              `Column "${d.col}": ${w.count(d.n, { one: 'cell', other: 'cells' })} match no reading of average growth of the yearly figures (mean year-on-year growth, compound rate, exponential rate, or (last − first) / first / (years − 1) or / years), and too few cells match one to show the column's way; the column is not checked cell by cell. Check the formula used`,
          ),
        },
      },
    },
    fills: {
      default: message(
        () => 'Rata-rata pertumbuhan tahunan (%)',
        () => 'Mean year-on-year growth (%)',
      ),
    },
  },
  check(ctx) {
    const { table } = ctx;
    const cols = table.info.columns;
    table.byRole('pertumbuhan').forEach((g, gi) => {
      const series = fittestSeries(ctx, seriesFor(cols, g, gi), g);
      if (series.length < 2) return;
      type Verdict = 'growth' | 'mean' | 'slip' | 'amount' | 'neither';
      const verdicts: {
        r: number;
        v: Verdict;
        s: NumberValue;
        rates: ReturnType<typeof growthRates>;
        cells: string[];
        values: number[];
        years: (number | undefined)[];
        tol: number;
      }[] = [];
      // Which reading of average growth the column's right cells use: the one a wrong cell is measured by.
      const used: Record<Reading, number> = { mean: 0, cagr: 0, linear: 0, perYear: 0, exp: 0 };
      // The series' columns in juta or ribu, whose amounts are rounded to that unit.
      const roundedCols = new Set(series.filter((c) => c.rounded).map((c) => c.col));
      table.info.rows.forEach((x, i) => {
        if (!figureRow(x, true)) return;
        const pts = series.map((c) => ({ c: c.col, v: num(ctx, x.row, c.col) })).filter((p): p is { c: number; v: NumberValue } => p.v !== null);
        const S = num(ctx, x.row, g.col);
        const values = pts.map((p) => p.v.value);
        const years = pts.map((p) => cols.find((c) => c.col === p.c)?.year);
        if (!S) {
          if (pts.length === series.length && ctx.table.view.value(x.row, g.col).kind === 'empty' && values.slice(0, -1).every((v) => v !== 0)) {
            const terms = pts.slice(1).map((p, i) => `${cell(x.row, p.c)}/${cell(x.row, pts[i].c)}-1`);
            const { mean } = growthRates(values);
            ctx.plan({
              cell: cell(x.row, g.col),
              formula: `=IFERROR(AVERAGE(${terms.join(',')})*100,"")`,
              value: mean === null ? null : Math.round(mean * 100) / 100,
              current: current(ctx, x.row, g.col),
            });
          }
          return;
        }
        if (values.length < 2) return;
        // A year typed so it cannot be read ("1.021.77.000", said by number.text): the growth cannot be checked without it.
        if (series.some((c) => ctx.table.view.value(x.row, c.col).kind === 'text')) return;
        // (The rates a wrong cell is measured by: over the years the row has, its first or last years 0 left out as
        // growthReadings reads them; a growth to or from 0 has none.)
        let from = 0;
        let to = values.length;
        while (from < to && values[from] === 0) from++;
        while (to > from && values[to - 1] === 0) to--;
        const rates = to - from >= 2 ? growthRates(values.slice(from, to), years.slice(from, to)) : growthRates(values, years);
        // A hundredth of a point beyond the shown rounding: growth rates are rounded from rounded amounts. And the
        // amounts' own rounding carried through (30,01 → 24,29 in juta is −19,04 to −19,07 before them).
        // (Only amounts that show a fraction, or in a column in juta or ribu: whole rupiah are exact.)
        const rounded = pts.every((p) => p.v.decimals > 0 || roundedCols.has(p.c));
        const tol =
          ctx.tol.ratio(S) +
          0.01 +
          (rounded
            ? inputSlack(
                pts.map((p) => p.v),
                S.value,
              )
            : 0);
        // Means and the bracket slip count missing years as 0, as the spreadsheet that made them did.
        const all = series.map((c) => num(ctx, x.row, c.col)?.value ?? 0);
        const n = all.length;
        const avg = all.reduce((s, v) => s + v, 0) / n;
        const slip = all.slice(0, -1).reduce((s, v) => s + v, 0) + all[n - 1] / n;
        const avgPresent = values.reduce((s, v) => s + v, 0) / values.length;
        let v: Verdict = 'neither';
        // (Any figure its own formula cuts, a whole one too: =INT((D4-C4)/C4*100).)
        const formula = ctx.table.view.formula(x.row, g.col) ?? '';
        const byFormula = CUT_FORMULA.test(formula);
        const readings = growthReadings(values, S.value, tol, years, S.decimals >= 1 || byFormula ? half(S) : 0, {
          floor: byFormula && FLOOR_FORMULA.test(formula),
          formula: byFormula,
        });
        for (const k of readings) used[k]++;
        if (readings.length) v = 'growth';
        // A "Jumlah / Rata-rata" row may state the mean of the rates above it rather than its own amounts' growth.
        else if (statesMeanAsTotal(ctx, table.info.rows, i, g.col, S)) return;
        else if (Math.abs(S.value - avg) <= Math.max(1, ctx.tol.shown(S)) || Math.abs(S.value - avgPresent) <= Math.max(1, ctx.tol.shown(S))) v = 'mean';
        else if (Math.abs(S.value - slip) <= Math.max(1, ctx.tol.shown(S))) v = 'slip';
        else if (Math.abs(S.value) >= 1000 && Math.abs(S.value) >= Math.min(...values.map(Math.abs)) / 10) v = 'amount';
        verdicts.push({ r: x.row, v, s: S, rates, cells: pts.map((p) => cell(x.row, p.c)), values, years, tol });
      });
      const count = (v: Verdict) => verdicts.filter((d) => d.v === v).length;
      const notRates = count('mean') + count('slip') + count('amount');
      // Most cells hold something other than growth rates: the column's convention, said once.
      // A few among growth rates: those cells are wrong, each at its cell.
      if (notRates > 0 && notRates >= count('growth')) {
        ctx.report('column.pertumbuhan', {
          cell: columnCell(ctx, g.col),
          expected: null,
          actual: null,
          related: verdicts
            .filter((d) => d.v !== 'growth')
            .slice(0, 50)
            .map((d) => cell(d.r, g.col)),
          data: { col: g.path.join(' / '), mean: count('mean'), slip: count('slip'), amount: count('amount') },
        });
        return;
      }
      // A reading none of Cermat's for most rows, one or two matching one by chance (a growth near 0 every reading
      // gives, a row where two readings meet): the column's own method, said once, not each other row a slip.
      const unknown = count('neither') >= 3 && count('neither') > 2 * count('growth');
      if (count('growth') === 0 || unknown) {
        // Figures that are no reading of average growth, and nothing to tell a slip from a convention
        // Cermat does not know: said once, on the column, rather than guessed cell by cell.
        const unread = verdicts.filter((d) => d.v === 'neither');
        if (unread.length)
          ctx.report('column.pertumbuhan', {
            cell: columnCell(ctx, g.col),
            messageId: 'unread',
            expected: null,
            actual: null,
            related: unread.slice(0, 50).map((d) => cell(d.r, g.col)),
            data: { col: g.path.join(' / '), n: unread.length },
          });
        return;
      }
      // Most used first; on a tie, the mean of the yearly growth (DOMAIN's first reading), then the compound rate.
      const convention = READINGS.reduce((best, k) => (used[k] > used[best] ? k : best), 'mean' as Reading);
      for (const d of verdicts) {
        const growth = d.rates[convention] ?? d.rates.mean ?? d.rates.cagr;
        if (d.v === 'growth' || growth === null) continue;
        const x = table.row(d.r);
        ctx.report('ratio.pertumbuhan', {
          cell: cell(d.r, g.col),
          messageId: d.v === 'neither' ? 'default' : 'notRate',
          expected: Math.round(growth * 100) / 100,
          actual: d.s.value,
          related: d.cells,
          data: { row: quoted(x), growth, stated: d.s.value, what: d.v },
          // A growth rate computed from a wrong amount follows from it: with that amount corrected it holds.
          relation: d.v === 'neither' ? growthRelation(d.cells, d.values, d.s.value, d.tol, d.years) : undefined,
        });
      }
    });
  },
});
