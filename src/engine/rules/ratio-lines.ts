/**
 * A table turned on its side ("Uraian | 2016 | 2017 | 2018 | 2019 | Rata-rata" over the lines Anggaran (Rp), Realisasi
 * (Rp), Persentase (%)): its arithmetic runs along the lines, not down the columns. A percentage line is its realisasi
 * line over its anggaran (or target) line × 100 in every year's column, where most years bear that out; the
 * upright table's column relations (relations.ts) read the same arithmetic the other way round.
 */
import type { ColumnInfo, RowInfo } from '../types';
import { toDecimals, type NumberValue } from '../number';
import type { CheckContext } from './rule';
import { cell, num, quoted } from './common';
import { quotientHolds, round2 } from '../ratio-math';
import { ratioRelation } from '../relation';
import { half } from '../tolerance';
import { words } from '../text';

/** A line of percentages: "Persentase (%)", "% Realisasi", "Realisasi (%)", "Serapan Anggaran", "Capaian". */
const PCT_LINE = /%|\b(persentase|prosentase|persen|capaian|serapan|penyerapan|rasio)\b/;
const MONEY = /\b(rp|rupiah)\b/;
/** The line divided by: a budget ("Anggaran", "Pagu", "APBD") or a plan ("Target", "Rencana", "Sasaran"). */
const BUDGET_LINE = /\b(anggaran|pagu|apbd|alokasi)\b/;
const PLAN_LINE = /\b(target|rencana|sasaran)\b/;
const DONE_LINE = /\b(realisasi|terlayani|tercapai)\b/;

export interface RatioLine {
  kind: 'capaian' | 'anggaran';
  line: RowInfo;
  num: RowInfo;
  den: RowInfo;
}

/** The year (or plan period) columns of a table whose every figure column is one, at least two of them. */
export function sidewaysYears(columns: ColumnInfo[]): ColumnInfo[] {
  const figures = columns.filter((c) => c.role === 'value' || c.role === 'rowTotal' || c.role === 'ratio');
  const years = figures.filter((c) => c.role === 'value' && (c.year !== undefined || c.period !== undefined));
  // (Besides the years only a Jumlah or Rata-rata across them; no column that names a target or a realisation.)
  const others = columns.filter(
    (c) => !figures.includes(c) && ['target', 'realisasi', 'anggaran', 'realisasiRp', 'rp', 'sisa', 'kondisiAwal', 'akhirTarget', 'akhirRp'].includes(c.role),
  );
  return years.length >= 2 && others.length === 0 ? years : [];
}

/** Each percentage line with the realisasi and anggaran/target lines right above it in its block. */
export function ratioLines(rows: RowInfo[], years: ColumnInfo[], has: (x: RowInfo) => boolean): RatioLine[] {
  if (!years.length) return [];
  const out: RatioLine[] = [];
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i];
    const name = words(line.label);
    if (line.kind !== 'indicator' || !PCT_LINE.test(name) || MONEY.test(name)) continue;
    // The two figure lines above it, no heading or total between.
    const above: RowInfo[] = [];
    for (let k = i - 1; k >= 0 && above.length < 2; k--) {
      const x = rows[k];
      if (x.kind === 'blank' || x.kind === 'continuation') continue;
      if (x.kind !== 'indicator' || !has(x)) break;
      above.push(x);
    }
    if (above.length < 2) continue;
    const plain = (x: RowInfo) => !PCT_LINE.test(words(x.label).replace(MONEY, ''));
    const num = above.find((x) => plain(x) && DONE_LINE.test(words(x.label)));
    const den = above.find(
      (x) => x !== num && plain(x) && (BUDGET_LINE.test(words(x.label)) || PLAN_LINE.test(words(x.label))) && !DONE_LINE.test(words(x.label)),
    );
    if (!num || !den) continue;
    out.push({ kind: BUDGET_LINE.test(words(den.label)) ? 'anggaran' : 'capaian', line, num, den });
  }
  return out;
}

/**
 * Checks each ratio line of this kind in every year's column where the three figures are numbers, once most of them
 * hold (two at least, all but one): a line that fits no year is some other percentage, said nothing of.
 */
export function checkRatioLines(ctx: CheckContext, kind: RatioLine['kind'], id: string): void {
  const years = sidewaysYears(ctx.table.info.columns);
  const has = (x: RowInfo) => years.some((c) => num(ctx, x.row, c.col) !== null);
  for (const l of ratioLines(ctx.table.info.rows, years, has)) {
    if (l.kind !== kind) continue;
    const cells: { c: ColumnInfo; R: NumberValue; T: NumberValue; S: NumberValue; ok: boolean }[] = [];
    for (const c of years) {
      const R = num(ctx, l.num.row, c.col);
      const T = num(ctx, l.den.row, c.col);
      const S = num(ctx, l.line.row, c.col);
      if (!R || !T || !S || T.value === 0) continue;
      cells.push({ c, R, T, S, ok: quotientHolds(R, T, S, 100) === true });
    }
    const held = cells.filter((x) => x.ok).length;
    if (held < 2 || held < cells.length - 1) continue;
    for (const x of cells) {
      if (x.ok) continue;
      reportLine(ctx, id, 'line', l, x.c, x.R, x.T, x.S, 100, round2((x.R.value / x.T.value) * 100)!);
    }
  }
}

/** A line naming a rate of two others (BPS's macro tables): "Persentase Penduduk Miskin", "TPT (%)", "PDRB Per Kapita". */
const RATE_LINE = /%|\b(persentase|prosentase|persen|rasio|tingkat|tpt|tpak|per ?kapita|angka)\b/;
/** Words a rate and its terms share that name no measure. */
const FILLER = new Set([
  'jumlah',
  'persentase',
  'prosentase',
  'persen',
  'tingkat',
  'rasio',
  'angka',
  'per',
  'kapita',
  'perkapita',
  'dan',
  'yang',
  'terhadap',
  'total',
  'tahun',
  'nilai',
  'atas',
  'dasar',
  'harga',
  'adhb',
  'adhk',
  'berlaku',
  'konstan',
]);
/** The scales a rate line may be stated at: a percentage, a plain quotient, per 1.000 or 100.000, in thousands or millions. */
const RATE_SCALES = [100, 1, 1000, 1e5, 1e6, 1e-3, 1e-6, 1e-4];

export interface RateLine {
  line: RowInfo;
  num: RowInfo;
  den: RowInfo;
  k: number;
}

/** The measure words of a line's name (its filler and markers left out). */
function measureWords(label: string): string[] {
  return words(label)
    .split(' ')
    .filter((w) => w.length >= 4 && !FILLER.has(w) && !/^\d/.test(w));
}

/**
 * A rate line's terms where the table does not name them as realisasi and target: the pair of its other lines whose
 * quotient the line is in nearly every year (two at least, all but one), the numerator named in the rate's words
 * ("Persentase Penduduk Miskin" over "Jumlah Penduduk Miskin") or by its definition (TPT: pengangguran over angkatan
 * kerja; TPAK: angkatan kerja over penduduk usia kerja; per kapita: over the penduduk). Only one pair and scale may fit
 * best: a line two readings explain equally is left alone.
 */
export function rateLines(rows: RowInfo[], years: ColumnInfo[], get: (x: RowInfo, c: ColumnInfo) => NumberValue | null, taken: Set<number>): RateLine[] {
  if (years.length < 2) return [];
  const lines = rows.filter((x) => x.kind === 'indicator' && years.filter((c) => get(x, c) !== null).length >= 2);
  if (lines.length < 3 || lines.length > 60) return [];
  const isRate = (x: RowInfo) => RATE_LINE.test(words(x.label));
  const out: RateLine[] = [];
  for (const line of lines) {
    if (taken.has(line.row) || !isRate(line)) continue;
    const name = words(line.label);
    const own = new Set(measureWords(line.label));
    const numOk = (x: RowInfo) => {
      const w = words(x.label);
      if (/\b(tpt|pengangguran)\b/.test(name)) return /\bpengangguran\b/.test(w);
      if (/\b(tpak|partisipasi angkatan kerja)\b/.test(name)) return /\bangkatan kerja\b/.test(w) && !/\bbukan\b/.test(w);
      return measureWords(x.label).some((m) => own.has(m));
    };
    const denOk = (x: RowInfo) => {
      const w = words(x.label);
      if (/\b(tpt|pengangguran)\b/.test(name)) return /\bangkatan kerja\b/.test(w) && !/\bbukan\b/.test(w);
      if (/\b(tpak|partisipasi angkatan kerja)\b/.test(name)) return /\busia kerja\b/.test(w);
      if (/\bper ?kapita\b/.test(name)) return /\bpenduduk\b/.test(w);
      return true;
    };
    let best: (RateLine & { held: number; cells: number }) | null = null;
    let tie = false;
    for (const n of lines) {
      if (n === line || isRate(n) || !numOk(n)) continue;
      for (const d of lines) {
        if (d === line || d === n || isRate(d) || !denOk(d)) continue;
        for (const k of RATE_SCALES) {
          let held = 0;
          let cells = 0;
          for (const c of years) {
            const R = get(n, c);
            const T = get(d, c);
            const S = get(line, c);
            if (!R || !T || !S || T.value === 0) continue;
            cells++;
            if (quotientHolds(R, T, S, k) === true) held++;
          }
          if (held < 2 || held < cells - 1) continue;
          if (best && held === best.held) tie = true;
          if (!best || held > best.held) {
            best = { line, num: n, den: d, k, held, cells };
            tie = false;
          }
        }
      }
    }
    if (best && !tie) out.push({ line, num: best.num, den: best.den, k: best.k });
  }
  return out;
}

/** Checks each rate line rateLines finds in every year where its three figures are numbers: a year it fails is a slip. */
export function checkRateLines(ctx: CheckContext, id: string): void {
  const years = sidewaysYears(ctx.table.info.columns);
  if (!years.length) return;
  const has = (x: RowInfo) => years.some((c) => num(ctx, x.row, c.col) !== null);
  const taken = new Set(ratioLines(ctx.table.info.rows, years, has).map((l) => l.line.row));
  for (const l of rateLines(ctx.table.info.rows, years, (x, c) => num(ctx, x.row, c.col), taken)) {
    for (const c of years) {
      const R = num(ctx, l.num.row, c.col);
      const T = num(ctx, l.den.row, c.col);
      const S = num(ctx, l.line.row, c.col);
      if (!R || !T || !S || T.value === 0 || quotientHolds(R, T, S, l.k) !== false) continue;
      reportLine(ctx, id, 'rateLine', l, c, R, T, S, l.k, toDecimals((R.value / T.value) * l.k, Math.max(2, S.decimals)));
    }
  }
}

/** A line's year that does not follow its two other lines: said at its cell, the quotient as the knock-on pass reads it. */
function reportLine(
  ctx: CheckContext,
  id: string,
  messageId: string,
  l: { line: RowInfo; num: RowInfo; den: RowInfo },
  c: ColumnInfo,
  R: NumberValue,
  T: NumberValue,
  S: NumberValue,
  k: number,
  expected: number,
): void {
  ctx.report(id, {
    cell: cell(l.line.row, c.col),
    messageId,
    expected,
    actual: S.value,
    related: [cell(l.num.row, c.col), cell(l.den.row, c.col)],
    relation: ratioRelation(
      ctx.table.view,
      { r: l.line.row, c: c.col, half: half(S) },
      { r: l.num.row, c: c.col, half: half(R) },
      { r: l.den.row, c: c.col, half: half(T) },
      k,
      ['ratio'],
    ),
    data: {
      year: c.year,
      period: c.period,
      row: quoted(l.line),
      num: quoted(l.num),
      den: quoted(l.den),
      R: R.value,
      T: T.value,
      k,
      value: expected,
      stated: S.value,
    },
  });
}
