/**
 * The own-row ratio rules (ratio.capaian, ratio.anggaran): a stated capaian / rasio equals
 * realisasi ÷ target × 100 (or realisasi ÷ anggaran × 100), within what the shown decimals allow.
 * Lower-is-better indicators accept (2·T − R)/T × 100 and T/R × 100; the one the table uses is
 * also what Cermat fills.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { CheckContext, Report, Rule } from './rule';
import { periodRows } from './sumColumns';
import { absent, cell, columnCell, current, defineRule, FIGURE_KINDS, message, quoted, tableNotes, val, yearTag } from './common';
import {
  CAPAIAN_CEILINGS,
  CUT_FORMULA,
  evaluate,
  isPercentUnit,
  matched,
  proportionTerm,
  round2,
  statesProportion,
  shownFrom,
  dayScales,
  targetValue,
  timesText,
  withinBand,
  writtenAsCeiling,
  type Formula,
} from '../ratio-math';
import { ratioRelation } from '../relation';
import { writtenScale } from '../recognise/relations';
import { parseFormula, refsOf } from '../formula-parse';
import { formulaValue } from './stale';
import { percentNamed, quarterColumns } from '../recognise/columns';
import { averagedRows, statesMeanOf } from './sum.average';
import type { NumberValue } from '../number';
import { isCriterion, thresholdOf } from '../text';
import { sameFigure } from '../tolerance';
import {
  countedTerms,
  lowerFormulaOf,
  wordsSayHigher,
  eitherPolarity,
  notesLowerFormula,
  exactIfCount,
  isLower,
  lostComma,
  saidPolarity,
  notedLowerFormula,
  setPolarity,
  lowerVotes,
  termsOf,
  ratioFormula,
  ratioPairs,
  type RatioPair,
} from './ratio-pairs';
import type { Data, Words } from './rule';
import type { Polarity } from '../polarity';
import { checkRateLines, checkRatioLines } from './ratio-lines';

const FORMULA_NAME: Record<Formula, string> = {
  ratio: 'realisasi/target×100',
  inverse: '(2×target−realisasi)/target×100',
  reciprocal: 'target/realisasi×100',
};

/** "2019: 'Indikator' " before a message. */
function head(d: Data, w: Words): string {
  const tag = yearTag(d.year, d.period, w.lang);
  return `${tag ? `${tag}: ` : ''}${d.row ? `${d.row} ` : ''}`;
}

/** The denominators a rule's own words name (target, anggaran); any other is named by its header. */
const DEN_ROLES: Record<'capaian' | 'anggaran', Set<ColumnInfo['role']>> = {
  capaian: new Set(['target', 'akhirTarget']),
  anggaran: new Set(['anggaran', 'rp', 'akhirRp']),
};

/** Per table, the rows whose own years settle their polarity (polarityByFigures), for the checks of each year. */
const byFigures = new WeakMap<object, Map<number, Polarity>>();

export function ratioRule(kind: 'capaian' | 'anggaran'): Rule {
  const id = kind === 'capaian' ? 'ratio.capaian' : 'ratio.anggaran';
  const denName = kind === 'capaian' ? 'target' : 'anggaran';
  const what = kind === 'capaian' ? { id: 'Capaian', en: 'Capaian' } : { id: 'Rasio', en: 'Ratio' };
  // The stated figure by the column's own name: a capaian is not called a ratio in its messages.
  const word = kind === 'capaian' ? { id: 'capaian', en: 'capaian' } : { id: 'rasio', en: 'ratio' };
  return defineRule({
    meta: {
      id,
      arithmetic: true,
      emits: {
        [id]: {
          severity: 'error',
          title:
            kind === 'capaian'
              ? { id: 'Capaian tidak sesuai realisasi ÷ target', en: 'Capaian does not match realisasi ÷ target' }
              : { id: 'Rasio tidak sesuai realisasi ÷ anggaran', en: 'Ratio does not match realisasi ÷ anggaran' },
          messages: {
            default: message(
              (d, w) =>
                `${head(d, w)}${d.num ?? 'realisasi'} ${w.n(d.R)} / ${d.den ?? denName} ${w.n(d.T)}${timesText(d.k)} = ${w.n(d.ratio)}; tertulis ${w.n(d.stated, 6)}` +
                (d.lower ? `. Indikator "makin kecil makin baik": (2T−R)/T = ${w.n(d.inverse)}, T/R = ${w.n(d.reciprocal)}, juga tidak sesuai` : ''),
              (d, w) =>
                `${head(d, w)}${d.num ?? 'realisasi'} ${w.n(d.R)} / ${d.den ?? denName} ${w.n(d.T)}${timesText(d.k)} = ${w.n(d.ratio)}; ${w.n(d.stated, 6)} is stated` +
                (d.lower ? `. Lower-is-better indicator: (2T−R)/T = ${w.n(d.inverse)}, T/R = ${w.n(d.reciprocal)}, no match either` : ''),
            ),
            /** Matches a formula of the other polarity: a convention question, not an arithmetic slip. */
            otherPolarity: message(
              (d, w) =>
                d.lower
                  ? `${head(d, w)}${d.byFigures ? `${d.quarters ? 'triwulan' : 'tahun'}-${d.quarters ? 'triwulan' : 'tahun'} lain baris ini dihitung sebagai indikator "makin kecil makin baik"` : 'indikator "makin kecil makin baik"'}, tetapi ${w.n(d.stated, 6)} dihitung sebagai realisasi/target; rumus ${FORMULA_NAME[d.alt as Formula]} memberi ${w.n(d.altValue)}`
                  : `${head(d, w)}${w.n(d.stated, 6)} sesuai rumus indikator "makin kecil makin baik" (${FORMULA_NAME[d.alt as Formula]}); realisasi/target memberi ${w.n(d.ratio)}. Tandai polaritas baris ini bila memang demikian`,
              (d, w) =>
                d.lower
                  ? `${head(d, w)}${d.byFigures ? `this row's other ${d.quarters ? 'quarters' : 'years'} are computed as lower-is-better` : 'a lower-is-better indicator'}, but ${w.n(d.stated, 6)} is computed as realisasi/target; ${FORMULA_NAME[d.alt as Formula]} gives ${w.n(d.altValue)}`
                  : `${head(d, w)}${w.n(d.stated, 6)} matches a lower-is-better formula (${FORMULA_NAME[d.alt as Formula]}); realisasi/target gives ${w.n(d.ratio)}. Set this row's polarity if that is intended`,
              'warning',
            ),
            /** A lower-is-better row computed by the other accepted formula, where the table's others all follow one. */
            otherLower: message(
              (d, w) =>
                `${head(d, w)}${w.n(d.stated, 6)} dihitung dengan ${FORMULA_NAME[d.used as Formula]}, padahal indikator "makin kecil makin baik" lainnya di tabel ini memakai ${FORMULA_NAME[d.usual as Formula]}, yang memberi ${w.n(d.usualValue)}`,
              (d, w) =>
                `${head(d, w)}${w.n(d.stated, 6)} is computed as ${FORMULA_NAME[d.used as Formula]}, while this table's other lower-is-better indicators use ${FORMULA_NAME[d.usual as Formula]}, which gives ${w.n(d.usualValue)}`,
              'warning',
            ),
            /** A ratio written as a proportion, "1 : n". */
            proportion: message(
              (d, w) =>
                `${head(d, w)}${d.den ?? denName} ${w.n(d.T)} / ${d.num ?? 'realisasi'} ${w.n(d.R)} = ${w.n(d.per)}, jadi 1 : ${w.n(d.per)}; tertulis ${d.stated}`,
              (d, w) =>
                `${head(d, w)}${d.den ?? denName} ${w.n(d.T)} / ${d.num ?? 'realisasi'} ${w.n(d.R)} = ${w.n(d.per)}, so 1 : ${w.n(d.per)}; ${d.stated} is stated`,
            ),
            /** An IKK whose own Rumus divides nothing (a count): its result is its A. */
            count: message(
              (d, w) => `${head(d, w)}dihitung sebagai jumlah (rumusnya tidak membagi): hasilnya ${d.num ?? 'A'} ${w.n(d.R)}; tertulis ${w.n(d.stated, 6)}`,
              (d, w) => `${head(d, w)}is a count (its formula divides nothing): its result is ${d.num ?? 'A'} ${w.n(d.R)}; ${w.n(d.stated, 6)} is stated`,
            ),
            /** A ratio stated where both inputs are blank: it cannot come from this row. */
            noInputs: message(
              (d, w) =>
                `${head(d, w)}${word.id} ${w.n(d.stated, 6)} tertulis, padahal ${d.den ?? denName} dan ${d.num ?? 'realisasi'} kosong: tidak dapat dihitung dari baris ini`,
              (d, w) =>
                `${head(d, w)}a ${word.en} of ${w.n(d.stated, 6)} is stated although ${d.den ?? denName} and ${d.num ?? 'realisasi'} are blank: it cannot come from this row`,
            ),
            /** One input blank or not a number: the stated ratio cannot be checked. */
            unchecked: message(
              (d, w) =>
                d.missing === 'zero'
                  ? `${head(d, w)}${word.id} ${w.n(d.stated, 6)} tertulis, padahal ${d.den ?? denName} 0: ${word.id}nya tidak terdefinisi`
                  : `${head(d, w)}${word.id} ${w.n(d.stated, 6)} tidak dapat diperiksa karena ${d.missing === 'den' ? (d.den ?? denName) : (d.num ?? 'realisasi')} kosong atau bukan angka`,
              (d, w) =>
                d.missing === 'zero'
                  ? `${head(d, w)}a ${word.en} of ${w.n(d.stated, 6)} is stated although the ${d.den ?? denName} is 0: no ${word.en} is defined`
                  : `${head(d, w)}the ${word.en} ${w.n(d.stated, 6)} cannot be checked: ${d.missing === 'den' ? (d.den ?? denName) : (d.num ?? 'realisasi')} is blank or not a number`,
              'warning',
            ),
            /**
             * A capaian column that writes every over-achievement as the same ceiling (100 or 120): an
             * office's cap, said once on the column; the capped cells are not errors one by one.
             */
            capped: message(
              (d, w) =>
                `Kolom "${d.col}" membatasi ${word.id} pada ${w.n(d.cap)}: ${w.count(d.n, 'baris')} yang realisasinya melampaui target ditulis ${w.n(d.cap)} (mis. ${d.first}: ${w.n(d.value)} → ${w.n(d.cap)}); bila itu bukan ketentuan yang berlaku, tulis ${word.id} sebenarnya`,
              (d, w) =>
                `Column "${d.col}" caps the ${word.en} at ${w.n(d.cap)}: ${w.count(d.n, { one: 'row', other: 'rows' })} whose realisation exceeds the target ${d.n === 1 ? 'is' : 'are'} written as ${w.n(d.cap)} (e.g. ${d.first}: ${w.n(d.value)} → ${w.n(d.cap)}); if no rule caps it, write the actual ${word.en}`,
              'warning',
            ),
            /** A row written above the ceiling the table's own note states, where its other rows over it are written at it. */
            overCap: message(
              (d, w) =>
                `${head(d, w)}${word.id} ${w.n(d.stated, 6)} melebihi batas ${w.n(d.cap)} yang dinyatakan tabel${d.n ? `; ${w.count(d.n, 'baris')} lain yang melampaui target ditulis ${w.n(d.cap)}` : ''}: seharusnya ${w.n(d.cap)}`,
              (d, w) =>
                `${head(d, w)}the ${word.en} ${w.n(d.stated, 6)} is above the ceiling of ${w.n(d.cap)} the table states${d.n ? `; ${w.count(d.n, { one: 'other row', other: 'other rows' })} exceeding the target ${d.n === 1 ? 'is' : 'are'} written as ${w.n(d.cap)}` : ''}: it would be ${w.n(d.cap)}`,
            ),
            /** A percentage line of a table turned on its side (ratio-lines.ts): its realisasi line over its anggaran/target line. */
            line: message(
              (d, w) => `${head(d, w)}${d.num} ${w.n(d.R)} / ${d.den} ${w.n(d.T)} × 100 = ${w.n(d.value)}, tertulis ${w.n(d.stated, 6)}`,
              (d, w) => `${head(d, w)}${d.num} ${w.n(d.R)} / ${d.den} ${w.n(d.T)} × 100 = ${w.n(d.value)}, ${w.n(d.stated, 6)} is stated`,
            ),
            /** A rate line of a table on its side whose terms its name or its definition gives (ratio-lines.ts rateLines). */
            rateLine: message(
              (d, w) =>
                `${head(d, w)}${d.num} ${w.n(d.R)} / ${d.den} ${w.n(d.T)}${d.k >= 1 ? timesText(d.k) : ` / ${w.n(1 / d.k)}`} = ${w.n(d.value, 4)}, tertulis ${w.n(d.stated, 6)}`,
              (d, w) =>
                `${head(d, w)}${d.num} ${w.n(d.R)} / ${d.den} ${w.n(d.T)}${d.k >= 1 ? timesText(d.k) : ` / ${w.n(1 / d.k)}`} = ${w.n(d.value, 4)}, ${w.n(d.stated, 6)} is stated`,
            ),
            /** '-' or NA where realisasi and target are filled. */
            blank: message(
              (d, w) =>
                `${head(d, w)}${d.den ?? denName} ${w.n(d.T)} dan ${d.num ?? 'realisasi'} ${w.n(d.R)} terisi, tetapi ${word.id}nya kosong ('-'); seharusnya ${w.n(d.value)}`,
              (d, w) =>
                `${head(d, w)}${d.den ?? denName} ${w.n(d.T)} and ${d.num ?? 'realisasi'} ${w.n(d.R)} are filled but the ${word.en} is blank ('-'); it would be ${w.n(d.value)}`,
              'warning',
            ),
          },
        },
      },
      fills: {
        default: message(
          (d) => `${what.id} = ${FORMULA_NAME[d.formula as Formula]}`,
          (d) => `${what.en} = ${FORMULA_NAME[d.formula as Formula]}`,
        ),
      },
    },
    check(ctx) {
      const rows = ctx.table.info.rows.filter((x) => FIGURE_KINDS.has(x.kind) || (x.kind === 'heading' && x.level !== undefined));
      const pairs = ratioPairs(ctx.table.info.columns).filter((q) => q.kind === kind);
      if (kind === 'capaian') byFigures.set(ctx.table, polarityByFigures(ctx, pairs, rows));
      // One convention per table for its lower-is-better rows, read from every year's stated values.
      const lower = kind === 'capaian' ? lowerVotes(ctx, pairs, rows) : null;
      const lowerF = lower ? lower.formula : 'ratio';
      // Clear when at least three cells follow it and one alone the other lower-is-better formula: that one
      // breaks the table's own convention, though either formula is accepted on its own.
      const other: Formula | null = lowerF === 'inverse' ? 'reciprocal' : lowerF === 'reciprocal' ? 'inverse' : null;
      const lone = lower && other && lower.votes[lowerF] >= 3 && lower.votes[other] === 1 ? other : null;
      // A row whose every year matches the other polarity is said once, at its first year.
      const polaritySaid = new Set<number>();
      // A ceiling one column writes is the table's habit: its other columns may write it once.
      const caps = pairs.map((p) => (kind === 'capaian' ? capOf(ctx, p, rows, lowerF) : null));
      const known = caps.find((c) => c !== null) ?? null;
      for (const [i, p] of pairs.entries()) {
        const cap = caps[i] ?? (known !== null ? capOf(ctx, p, rows, lowerF, known) : null);
        const slack = slackRow(ctx, p, rows);
        const cuts = cutsWhole(ctx, p, rows);
        for (const x of rows) checkRow(ctx, x, p, lowerF, cap, polaritySaid, x.row === slack, lone, cuts);
      }
      checkRatioLines(ctx, kind, id);
      if (kind === 'capaian') checkRateLines(ctx, id);
    },
  });

  /**
   * The one row of a column whose whole-number inputs need their rounding to hold, where at least four others with
   * whole inputs hold without it: the column was computed from its cells as typed (15 deaths are 15, not 14,5 to
   * 15,5), so that row's slack hides a slip (AKI 15 / 12.099 × 100.000 = 123,98, stated 127,08). Two or more such
   * rows are a table computed from figures more precise than it shows: they keep their slack, as do amounts in juta and
   * percentages.
   */
  function slackRow(ctx: CheckContext, p: RatioPair, rows: RowInfo[]): number | undefined {
    // Amounts in juta or ribu are figures rounded to the unit: their slack is real (tolerance.ts unitRounding). So is
    // a percentage typed whole ("Realisasi (%)" 86 for 85,9).
    if (p.num.rounded || p.den.rounded || [p.num, p.den].some((c) => c.percent ?? percentNamed(c.path))) return undefined;
    const satuan = ctx.table.ctx.satuanCol;
    let tight = 0;
    let loose = 0;
    let row: number | undefined;
    for (const x of rows) {
      const { S, lower, R, T, k, uncounted } = inputsOf(ctx, x, p);
      if (uncounted || !R || !T || S.kind !== 'number' || S.value === 0 || (!whole(R) && !whole(T))) continue;
      if (satuan !== undefined && isPercentUnit(ctx.table.view.shownText(x.row, satuan))) continue;
      if (otherConvention(ctx, x, p)) continue;
      const holds = (e: ReturnType<typeof evaluate>, tol: number) => {
        const m = e ? matched(e, S, tol) : [];
        return fits(m, lower);
      };
      const typedE = evaluate(exactIfCount(R, true), exactIfCount(T, true), k);
      // One unit of the last decimal it shows off the typed figures' quotient (86,65 for 86,656): rounding, not a slip.
      const unit = 10 ** -Math.max(S.decimals, ctx.table.view.displayed(x.row, p.ratio.col) ?? 0);
      const near = (v: number | null | undefined) => v !== null && v !== undefined && Math.abs(S.value - v) <= 1.5 * unit;
      const jitter = !!typedE && (lower ? near(typedE.exact.inverse) || near(typedE.exact.reciprocal) : near(typedE.exact.ratio));
      if (jitter || holds(typedE, ctx.tol.ratio(S))) tight++;
      else if (holds(evaluate(R, T, k), ctx.tol.ratio(S))) {
        loose++;
        row = x.row;
      }
    }
    return loose === 1 && tight >= 4 ? row : undefined;
  }

  /** A row's stated ratio, its inputs read as numbers (counts exact, a range target at its nearer bound) and their ratios. */
  function inputsOf(ctx: CheckContext, x: RowInfo, p: RatioPair, typed = false) {
    // A row's written formula (an IKK's Rumus) names its own scale, or that it divides nothing.
    const written = writtenScale(ctx.table.view, ctx.table.info.columns, x.row, p.num.col, p.den.col);
    const ks = dayScales(written ?? p.k, p.ratio.year, x.label);
    const S = val(ctx, x.row, p.ratio.col);
    const { numerator, denominator } = termsOf(ctx, x, p, S);
    const Rv = numerator.value;
    const Tv = denominator.value;
    // A one-sided target ("≤ 105", "≥ 82,00"): its bound is the target, its side the polarity, unless the user set one.
    const bound = Tv.kind === 'text' ? thresholdOf(Tv.text) : null;
    const lower = kind === 'capaian' && (bound && !setPolarity(ctx, x) ? bound.atMost : isLower(ctx, x, p) || byFigures.get(ctx.table)?.get(x.row) === 'lower');
    const counted = countedTerms(ctx, x, p);
    const R = Rv.kind === 'number' ? exactIfCount(Rv, counted.num) : null;
    const T0: NumberValue | null = bound
      ? { kind: 'number', value: bound.bound, decimals: bound.decimals, fromText: true }
      : R
        ? targetValue(Tv, R)
        : Tv.kind === 'number'
          ? Tv
          : null;
    // A target is set, not measured: a whole one (3, shown 3,00) is exactly that, not anything from 2,5 to 3,5.
    const T = T0 ? exactIfCount(T0, counted.den) : null;
    const at = (k: number) => (R && T && written !== null ? (typed ? evaluate(exactIfCount(R, true), exactIfCount(T, true), k) : evaluate(R, T, k)) : null);
    // (Of a leap year's two day counts, the one nearer what is stated.)
    const near = (k: number) => {
      const v = at(k)?.exact.ratio;
      return v === undefined || v === null || S.kind !== 'number' ? Infinity : Math.abs(v - S.value);
    };
    const k = ks.length > 1 && near(ks[1]) < near(ks[0]) ? ks[1] : ks[0];
    const e = at(k);
    // Offices write 100 for a one-sided target met, or a realisasi within its band.
    const met = (!!bound && !!R && (bound.atMost ? R.value <= bound.bound : R.value >= bound.bound)) || (!!R && withinBand(Tv, R));
    return { S, Rv, Tv, lower, R, T, e, numerator, denominator, k, uncounted: written === null, met };
  }

  /**
   * Rows whose words say nothing of their polarity and whose own years disagree: two years at least computed one way
   * alone (a lower-is-better formula, or realisasi / target), more than the other way, and one the other way at least
   * ("Angka Kejadian ISPA" at (2T − R)/T in four years, R/T in one). The row's majority is its polarity and the year
   * computed the other way the odd one, reported as a slip. Where three years or more agree on a lower formula and
   * none is R/T alone, that is the row's polarity too (with fewer, its polarity is asked once: otherPolarity). Not a
   * row the user or its own note gave a polarity, nor a band
   * indicator, nor one its words make lower-is-better (computed R/T, it is asked about).
   */
  function polarityByFigures(ctx: CheckContext, pairs: RatioPair[], rows: RowInfo[]): Map<number, Polarity> {
    const out = new Map<number, Polarity>();
    // Years down the rows ("Tahun | Target | Realisasi | Capaian (%)" under the title naming one indicator): its years
    // are its rows, and the same count decides for all of them.
    const yearsDown = pairs.length > 0 && periodRows(ctx.table) >= 3;
    // (A row's own words are read only where a table has pairs to vote: most rows of a long Tabel 6.1 have none.)
    if (!yearsDown && pairs.length < 3) return out;
    const open = rows.filter((x) => !saidPolarity(ctx, x) && !eitherPolarity(ctx, x));
    if (yearsDown) {
      let lowerOnly = 0;
      let ratioOnly = 0;
      for (const x of open) {
        const v = formulaVotes(ctx, x, pairs);
        lowerOnly += v.lowerOnly;
        ratioOnly += v.ratioOnly;
      }
      // (One year computed as realisasi/target among three lower-is-better ones is that year's slip.)
      if (lowerOnly >= 3 && ratioOnly <= 1) for (const x of open) out.set(x.row, 'lower');
      return out;
    }
    for (const x of open) {
      const { lowerOnly, ratioOnly } = formulaVotes(ctx, x, pairs);
      // (Three years and more, each only as lower-is-better: the office's convention for the row, whatever its words.)
      if (lowerOnly >= 3 && ratioOnly === 0) out.set(x.row, 'lower');
      if (Math.min(lowerOnly, ratioOnly) < 1) continue;
      if (lowerOnly >= 2 && lowerOnly > ratioOnly) out.set(x.row, 'lower');
      else if (ratioOnly >= 2 && ratioOnly > lowerOnly) out.set(x.row, 'higher');
    }
    return out;
  }

  /**
   * How many of a row's stated ratios only a lower-is-better formula explains, and how many only realisasi ÷ target
   * does (none counted once its words make the row lower-is-better: it needs no vote).
   */
  function formulaVotes(ctx: CheckContext, x: RowInfo, pairs: RatioPair[]): { lowerOnly: number; ratioOnly: number } {
    let lowerOnly = 0;
    let ratioOnly = 0;
    for (const p of pairs) {
      const { S, lower, e, met } = inputsOf(ctx, x, p);
      if (lower) break;
      if (S.kind !== 'number' || !e || (met && S.value === 100) || otherConvention(ctx, x, p)) continue;
      const m = matched(e, S, ctx.tol.ratio(S));
      if (m.includes('ratio')) ratioOnly += m.length === 1 ? 1 : 0;
      else if (m.length) lowerOnly++;
    }
    return { lowerOnly, ratioOnly };
  }

  /**
   * A column of whole capaian cut down (ROUNDDOWN(…; 0) typed as values: 73 for 73,68, 94 for 94,85): two rows at least
   * that rounding would have shown one higher, and none shown rounded up. Its rows are then read as cut.
   */
  function cutsWhole(ctx: CheckContext, p: RatioPair, rows: RowInfo[]): boolean {
    let cut = 0;
    for (const x of rows) {
      const { S, lower, e } = inputsOf(ctx, x, p);
      if (S.kind !== 'number' || S.decimals !== 0 || lower || !e || e.exact.ratio === null) continue;
      const d = e.exact.ratio - S.value;
      if (d < 0 && d >= -0.5) return false;
      if (d >= 0.5 && d < 1) cut++;
    }
    return cut >= 2;
  }

  /** What a row's stated ratio is next to its inputs, as checkRow judges it (null: nothing to judge). */
  function judge(ctx: CheckContext, x: RowInfo, p: RatioPair, lowerF: Formula) {
    const { S, lower, e, met } = inputsOf(ctx, x, p);
    if (S.kind !== 'number' || S.value === 0 || !e) return null;
    if (otherConvention(ctx, x, p)) return null;
    const m = matched(e, S, ctx.tol.ratio(S));
    // 100 for a one-sided target met is the office's way of saying so, not a cap.
    const ok = fits(m, lower) || (met && S.value === 100);
    return { S, ok, otherFormula: !ok && m.length > 0, value: round2(e.exact[lower ? lowerF : 'ratio']) };
  }

  /** Whether a capped row's own notes, or the table's title or notes, say capaian are capped at `cap`. */
  function capStated(ctx: CheckContext, x: RowInfo, cap: number): boolean {
    const says = capSays(cap);
    return rowSaysCap(ctx, x, says) || tableSaysCap(ctx, says);
  }

  /** Whether a text states `cap` as the ceiling of capaian ("maksimal 100%", "di atas 100% ditulis 100%"). */
  function capSays(cap: number): (text: string) => boolean {
    return (text: string) => {
      const m =
        /\b(maks(imal|imum)?|max(imum)?|paling tinggi|setinggi tingginya|dibatasi( paling tinggi)?|batas atas|tidak (lebih|melebihi) dari)\s*(sebesar\s*)?(\d+)\s*(%|persen)/i.exec(
          text,
        );
      // ("Capaian di atas 100% ditulis 100%": the ceiling as what an over-achievement is written as.)
      const written =
        /\b(?:di ?atas|lebih dari|melebihi)\s*(\d+)\s*(%|persen)\s*(ditulis|ditetapkan|dianggap|dicatat|dibulatkan|dihitung|dinilai|diakui|diberi nilai|dibatasi|menjadi)\s*(menjadi\s*|sebesar\s*)?(\d+)\s*(%|persen)?/i.exec(
          text,
        );
      return (!!m && Number(m[7]) === cap) || (!!written && Number(written[5]) === cap);
    };
  }

  /** Rows written above the ceiling their own remark states ("104,11 | capaian maksimal 100%"), no row at it: slips each. */
  function overOwnRemark(ctx: CheckContext, p: RatioPair, rows: RowInfo[], lowerF: Formula): void {
    const remarks = ctx.table.info.columns.filter((c) => c.role === 'text' || c.role === 'other');
    if (!remarks.length) return;
    for (const x of rows) {
      const at = ctx.table.view.numberAt(x.row, p.ratio.col);
      if (at === undefined || at <= CAPAIAN_CEILINGS[0]) continue;
      const c = CAPAIAN_CEILINGS.find((k) => at > k && rowSaysCap(ctx, x, capSays(k)));
      if (c === undefined || !judge(ctx, x, p, lowerF)?.ok) continue;
      reportOver(ctx, p, { x, at }, c, 0);
    }
  }

  /** A row written above the ceiling the table or its own remark states: its slip, the ceiling what it would be. */
  function reportOver(ctx: CheckContext, p: RatioPair, r: { x: RowInfo; at: number }, cap: number, n: number, capped: RowInfo[] = []): void {
    ctx.report(id, {
      cell: cell(r.x.row, p.ratio.col),
      messageId: 'overCap',
      expected: cap,
      actual: r.at,
      related: capped.slice(0, 20).map((x) => cell(x.row, p.ratio.col)),
      data: { row: quoted(r.x), stated: r.at, cap, n, year: p.ratio.year, period: p.ratio.period },
    });
  }

  /** The row's own remark says it ("capaian maksimal 100%" in its Keterangan). */
  function rowSaysCap(ctx: CheckContext, x: RowInfo, says: (text: string) => boolean): boolean {
    for (const c of ctx.table.info.columns) if ((c.role === 'text' || c.role === 'other') && says(ctx.table.view.shownText(x.row, c.col))) return true;
    return false;
  }

  /** The table's title or notes say it. */
  function tableSaysCap(ctx: CheckContext, says: (text: string) => boolean): boolean {
    return [...ctx.table.info.title, ...tableNotes(ctx.table.info)].some(says);
  }

  /**
   * The ceiling a capaian column writes over-achievements as, when it has one: at least two rows
   * stated as 100 (or 120) where their capaian is above it, all at one ceiling, and no row of the
   * column writing a capaian above that ceiling as it is. Other mismatches stay errors of their own.
   * One row is enough where the table says so, or where another of its columns writes that ceiling (`known`).
   */
  function capOf(ctx: CheckContext, p: RatioPair, rows: RowInfo[], lowerF: Formula, known: number | null = null): number | null {
    // A ceiling needs two rows stated as one: most columns are ruled out without judging a row.
    const stated = CAPAIAN_CEILINGS.map((ceiling) => rows.filter((x) => ctx.table.view.numberAt(x.row, p.ratio.col) === ceiling).length);
    // (One is enough where the table says so under it: "*) Capaian di atas 100% ditetapkan maksimal 100%".)
    // (By the table, or by the remark of a row written at it.)
    const noted = stated.map(
      (n, k) =>
        n >= 1 &&
        rows.length > 0 &&
        (CAPAIAN_CEILINGS[k] === known ||
          capStated(ctx, rows[0], CAPAIAN_CEILINGS[k]) ||
          rows.some((x) => ctx.table.view.numberAt(x.row, p.ratio.col) === CAPAIAN_CEILINGS[k] && rowSaysCap(ctx, x, capSays(CAPAIAN_CEILINGS[k])))),
    );
    if (stated.every((n, k) => n < 2 && !noted[k])) {
      overOwnRemark(ctx, p, rows, lowerF);
      return null;
    }
    let cap: number | null = null;
    let above = -Infinity;
    const capped: { x: RowInfo; value: number }[] = [];
    const right: { x: RowInfo; at: number }[] = [];
    for (const x of rows) {
      const j = judge(ctx, x, p, lowerF);
      if (!j) continue;
      const at = j.S.value;
      if (j.ok) {
        if (at > above) above = at;
        right.push({ x, at });
        continue;
      }
      if (j.otherFormula || j.value === null || !writtenAsCeiling(at, j.value)) continue;
      if (cap !== null && cap !== at) return null;
      cap = at;
      capped.push({ x, value: j.value });
    }
    if (cap === null) {
      overOwnRemark(ctx, p, rows, lowerF);
      return null;
    }
    if (capped.length < 2 && !noted[CAPAIAN_CEILINGS.indexOf(cap)]) return null;
    if (above > cap) {
      // Rows written above the ceiling the table states ("Catatan: capaian kinerja maksimal 100%") and fewer than the
      // rows written at it: the note is the table's rule, those rows its slips (computed right, but not capped).
      // (Or a row above it whose own remark states the ceiling: "104,11 | capaian maksimal 100%".)
      const says = capSays(cap);
      const byTable = tableSaysCap(ctx, says) || rowSaysCap(ctx, capped[0].x, says);
      const over = right.filter((r) => r.at > cap!);
      const slips = over.filter((r) => rowSaysCap(ctx, r.x, says) || (byTable && over.length < capped.length));
      if (!slips.length) return null;
      for (const r of slips)
        reportOver(
          ctx,
          p,
          r,
          cap,
          capped.length,
          capped.map((c) => c.x),
        );
      return cap;
    }
    // The table states the rule itself (Keterangan "Capaian dihitung maksimal 100%", a note under
    // it): the convention is the table's own, nothing to say.
    if (cap === known || capStated(ctx, capped[0].x, cap)) return cap;
    ctx.report(id, {
      cell: columnCell(ctx, p.ratio.col),
      messageId: 'capped',
      expected: null,
      actual: cap,
      related: capped.slice(0, 200).map((c) => cell(c.x.row, p.ratio.col)),
      data: { col: p.ratio.path.join(' / '), cap, n: capped.length, first: cell(capped[0].x.row, p.ratio.col), value: capped[0].value },
    });
    return cap;
  }

  /**
   * The stated ratio of a row without inputs is the mean of the rows it closes (sum.average's averagedRows), or of its
   * block back to the block's heading: a mean row named otherwise than "Rata-rata", judged as sum.average judges one.
   * Rows above stating a ratio without inputs close blocks of their own ("Indeks Bidang Perumahan", "Nilai Capaian
   * Sasaran I" however labelled): the rows since the last of them are a block too, and those rows themselves the block
   * means an overall ("Capaian Kinerja Organisasi") averages; or every row with inputs above.
   */
  function meanAbove(ctx: CheckContext, x: RowInfo, p: RatioPair, S: NumberValue): boolean {
    const rows = ctx.table.info.rows;
    const i = rows.indexOf(x);
    let h = i - 1;
    while (h >= 0 && FIGURE_KINDS.has(rows[h].kind)) h--;
    const block = rows[h]?.kind === 'heading' ? rows.slice(h + 1, i) : [];
    if ([block, averagedRows(rows, i)].some((group) => statesMeanOf(ctx, group, p.ratio.col, S))) return true;
    const stated = (y: RowInfo) => val(ctx, y.row, p.ratio.col).kind === 'number';
    // (A block's Jumlah stating its ratio closes it too: "Jumlah Bidang Sosial" before the city's index.)
    const closing = (y: RowInfo) =>
      ((y.kind === 'average' || y.kind === 'total') && stated(y)) ||
      (FIGURE_KINDS.has(y.kind) && stated(y) && absent(val(ctx, y.row, p.num.col)) && absent(val(ctx, y.row, p.den.col)));
    const since: RowInfo[] = [];
    const means: RowInfo[] = [];
    const all: RowInfo[] = [];
    let open = true;
    for (let k = i - 1; k >= 0; k--) {
      const y = rows[k];
      if (closing(y)) {
        means.push(y);
        open = false;
      } else if (FIGURE_KINDS.has(y.kind) && stated(y)) {
        all.push(y);
        if (open) since.push(y);
      }
    }
    // (A block of one row: its own figure.)
    const one = since.length === 1 ? val(ctx, since[0].row, p.ratio.col) : null;
    if (one?.kind === 'number' && Math.abs(one.value - S.value) <= ctx.tol.shown(S) + ctx.tol.shown(one)) return true;
    return [since, means, all].some((group) => statesMeanOf(ctx, group, p.ratio.col, S));
  }

  function checkRow(
    ctx: CheckContext,
    x: RowInfo,
    p: RatioPair,
    lowerF: Formula,
    cap: number | null,
    polaritySaid: Set<number>,
    typed: boolean,
    lone: Formula | null,
    cuts = false,
  ): void {
    const { S, Rv, Tv, lower, R, T, e, numerator, denominator, k, uncounted, met } = inputsOf(ctx, x, p, typed);
    const at = cell(x.row, p.ratio.col);
    if (uncounted) {
      // "Jumlah Puskesmas terakreditasi" with a Rumus of words: the count itself, A, is its result.
      if (S.kind === 'number' && R && !sameFigure(S, R))
        ctx.report(id, {
          cell: at,
          messageId: 'count',
          expected: R.value,
          actual: S.value,
          related: numerator.cells,
          data: { year: p.ratio.year, period: p.ratio.period, row: quoted(x), num: `"${p.num.path.join(' / ')}"`, R: R.value, stated: S.value },
        });
      return;
    }
    const rRef = numerator.ref;
    const tRef = denominator.ref;
    const fillF: Formula = lower ? lowerF : 'ratio';
    // The numerator by its column's role: a Sisa (%) is sisa / anggaran, not realisasi / anggaran.
    // In a rekap the terms are no realisasi and target ("Bayi IDL" / "Sasaran Bayi"): named by their headers.
    const named = (c: ColumnInfo) => `"${c.path.join(' / ')}"`;
    const partsNamed = () => p.numParts!.map((c) => `"${ctx.table.info.columns.find((x) => x.col === c)?.path.join(' / ') ?? ''}"`).join(' + ');
    const num =
      p.num.role === 'sisa'
        ? 'sisa'
        : p.num.role === 'realisasi' || p.num.role === 'realisasiRp'
          ? 'realisasi'
          : p.numParts && numerator.cells.length > 1
            ? partsNamed()
            : named(p.num);
    const den = DEN_ROLES[kind].has(p.den.role) ? undefined : named(p.den);
    const base = { year: p.ratio.year, period: p.ratio.period, row: quoted(x), lower, num, den };
    // Capaian findings say which polarity they were judged by, so the pane can offer to flip it.
    const report = (r: Report) => ctx.report(id, kind === 'capaian' ? { ...r, polarity: lower ? 'lower' : 'higher' } : r);

    if (S.kind === 'empty' || S.kind === 'dash' || S.kind === 'na') {
      if (!e || Tv.kind !== 'number') return;
      const value = round2(e.exact[fillF]);
      ctx.plan({ cell: at, formula: ratioFormula(fillF, rRef, tRef, k), value, current: current(ctx, x.row, p.ratio.col), data: { formula: fillF } });
      // A '-' where the ratio is 0 (nothing realised yet) says the same: nil.
      // (So does one for a lower-is-better indicator realised at 0: target ÷ realisasi has no value, and the offices that
      // compute it so write '-'.)
      const undefinedLower = lower && R?.value === 0;
      // (Nor is a '-' where a year its realisasi adds up is still '-': the count to date is not complete, "Capaian terhadap
      // Target Akhir Renstra" of a year not reported yet.)
      const partial = !!p.numParts && p.numParts.some((c) => ['dash', 'na', 'empty'].includes(val(ctx, x.row, c).kind));
      if (S.kind !== 'empty' && !(S.kind === 'dash' && (value === 0 || undefinedLower || partial)) && Number.isFinite(value)) {
        report({
          cell: at,
          messageId: 'blank',
          expected: value,
          actual: S.kind === 'dash' ? '-' : 'NA',
          related: [...numerator.cells, ...denominator.cells],
          data: { ...base, T: T!.value, R: R!.value, value },
        });
      }
      return;
    }
    // A ratio written as a proportion ("1 : 17" teachers to pupils, LPPD's IKK): its second term is the denominator
    // per one of the numerator, rounded as it is shown.
    if (S.kind === 'text' && R && T && R.value > 0) {
      const n = proportionTerm(S.text);
      const per = T.value / R.value;
      if (n && !statesProportion(per, n))
        ctx.report(id, {
          cell: at,
          messageId: 'proportion',
          expected: `1 : ${round2(per)}`,
          actual: S.text,
          related: [...numerator.cells, ...denominator.cells],
          data: { ...base, R: R.value, T: T.value, per: round2(per), stated: S.text.trim() },
        });
      return;
    }
    if (S.kind !== 'number') return;
    if (otherConvention(ctx, x, p)) return;
    if (!e) {
      if (S.value === 0) return;
      // A target of 0 (kasus kecelakaan kerja, temuan BPK) met exactly is written 100 %: the one
      // capaian an office can state for it (and 0 % for a lower-is-better one exceeded: above).
      if (Tv.kind === 'number' && Tv.value === 0 && Rv.kind === 'number' && Rv.value === 0 && S.value === 100) return;
      // Only a column whose header names this relation says where its figures must come from.
      if (p.ratio.relation?.by === 'data') return;
      // A graded figure ("70 (BB)") is a grade with its score, not an input (DOMAIN): nothing to say.
      if (Tv.kind === 'graded' || Rv.kind === 'graded') return;
      // So is a target or realisasi stated as a grade or a criterion ("WTP", "≥ 80", "80-85"): the
      // capaian was judged against it by a rule the table does not give.
      if ((Tv.kind === 'text' && isCriterion(Tv.text)) || (Rv.kind === 'text' && isCriterion(Rv.text))) return;
      // Words in both (Paripurna | Paripurna, Zona Hijau | Zona Kuning): a qualitative indicator, judged the same way.
      if (Tv.kind === 'text' && Rv.kind === 'text') return;
      const both = absent(Rv) && absent(Tv);
      // "Nilai Capaian Kinerja Sasaran" closing a block with the mean of its capaian: a mean row under another name.
      if (both && meanAbove(ctx, x, p, S)) return;
      report({
        cell: at,
        messageId: both ? 'noInputs' : 'unchecked',
        expected: null,
        actual: S.value,
        related: [...numerator.cells, ...denominator.cells],
        data: { ...base, stated: S.value, missing: Tv.kind === 'number' && Tv.value === 0 ? 'zero' : absent(Tv) || Tv.kind !== 'number' ? 'den' : 'num' },
      });
      return;
    }
    const tol = ctx.tol.ratio(S);
    // The column's ceiling, said once on the column (capOf).
    // (A lower-is-better row in a table with no convention of its own is read by the setting's formula.)
    const exact = e.exact[lower ? lowerFormulaOf(ctx, lowerF) : 'ratio'];
    if (cap !== null && S.value === cap && exact !== null && exact > cap) return;
    const m = matched(e, S, tol);
    // A capaian its own formula cuts to whole numbers (=ROUNDDOWN(E4/D4*100;0), =INT(…)): 90 for 90,59 is that cut.
    const cut = !lower && S.decimals === 0 && (cuts || CUT_FORMULA.test(ctx.table.view.formula(x.row, p.ratio.col) ?? '')) && shownFrom(e.hi, S, tol, true);
    const ok = fits(m, lower) || cut;
    if (ok && lower && lone && m.includes(lone) && !m.includes(lowerF) && !eitherPolarity(ctx, x)) {
      report({
        cell: at,
        messageId: 'otherLower',
        expected: round2(e.exact[lowerF]),
        actual: S.value,
        related: [...numerator.cells, ...denominator.cells],
        data: { ...base, stated: S.value, used: lone, usual: lowerF, usualValue: round2(e.exact[lowerF]) },
      });
      return;
    }
    if (ok || (met && S.value === 100)) return;
    // (Money has no polarity: a rasio realisasi/anggaran that matches anggaran/realisasi is divided the wrong way.)
    // (A row whose other years are R/T alone: this year's lower-is-better figure is the odd one, a slip said below.)
    // (Nor has a ratio of two counts a polarity, only a capaian of its target: L / P × 100 stated as P / L is divided the
    // wrong way, as money is.)
    const polar = p.den.role === 'target' || p.den.role === 'akhirTarget';
    if (m.length > 0 && kind === 'capaian' && polar && !(!lower && byFigures.get(ctx.table)?.get(x.row) === 'higher')) {
      if (eitherPolarity(ctx, x)) return;
      // (Computed as the table's note says its lower-is-better indicators are: one of them by the office's word — unless
      // its own words say it is not, "Persentase kasus TB yang ditemukan dan diobati" computed T/R.)
      // (Only by the formula the note names, where it names one; nor a row its Polaritas "+" says is higher-is-better.)
      // Of the lower-is-better formulas the value matches, the one that gives it most nearly (102,86 is
      // T/R = 102,86, not (2T−R)/T = 102,78, though both are within the rounding).
      const nearest = m.reduce((a, b) => (Math.abs((e.exact[b] ?? Infinity) - S.value) < Math.abs((e.exact[a] ?? Infinity) - S.value) ? b : a));
      const noted = notesLowerFormula(ctx) ? notedLowerFormula(ctx) : null;
      // (A numerator read from several cells, a running total s.d. this year, may meet another formula by chance: the
      // note's word stands there.)
      if (
        !lower &&
        notesLowerFormula(ctx) &&
        !wordsSayHigher(ctx, x) &&
        saidPolarity(ctx, x) !== 'higher' &&
        (!noted || noted === nearest || numerator.cols.length > 1)
      )
        return;
      // A year not reported yet, its realisasi typed 0 on every row and its capaian 0: nothing judged, nothing to say.
      if (S.value === 0 && R?.value === 0 && unreported(ctx, p.num.col, p.ratio.col)) return;
      if (polaritySaid.has(x.row)) return;
      polaritySaid.add(x.row);
      const alt: Formula = lower ? lowerFormulaOf(ctx, lowerF) : nearest;
      const fromFigures = lower && !isLower(ctx, x, p) && byFigures.get(ctx.table)?.get(x.row) === 'lower';
      report({
        cell: at,
        messageId: 'otherPolarity',
        // A row lower-is-better by its own words, computed R/T under the table's note stating how such rows are computed,
        // or stated lower-is-better itself (its Polaritas "−" or "Minimize", a remark, the user's setting): the table's own
        // convention broken, no polarity left to choose.
        ...(lower && !fromFigures && (notesLowerFormula(ctx) || saidPolarity(ctx, x) === 'lower') ? { severity: 'error' as const } : {}),
        expected: round2(e.exact[lower ? alt : 'ratio']),
        actual: S.value,
        related: [...numerator.cells, ...denominator.cells],
        data: {
          ...base,
          stated: S.value,
          alt,
          altValue: round2(e.exact[alt]),
          ratio: round2(e.exact.ratio),
          byFigures: fromFigures,
          // (The row's other figures are quarters where its ratio columns are: the message says so, not "years".)
          quarters: quarterColumns(ctx.table.info.columns).has(p.ratio.col),
        },
      });
      return;
    }
    // A realisasi or target typed without its decimal comma, which this capaian confirms: said there (value.decimal).
    if (kind === 'capaian' && lostComma(ctx, x, p)) return;
    const accepted: Formula[] = lower ? ['inverse', 'reciprocal'] : ['ratio'];
    report({
      cell: at,
      expected: round2(e.exact[lower ? lowerF : 'ratio']),
      actual: S.value,
      related: [...numerator.cells, ...denominator.cells],
      // A numerator read from several columns (quarters, Baik + Sedang) adds them: each part's rounding counts.
      relation: ratioRelation(
        ctx.table.view,
        { r: x.row, c: p.ratio.col, half: tol },
        { r: x.row, c: p.num.col, half: ctx.tol.shown(R!) * numerator.cols.length, cols: numerator.cols },
        { r: x.row, c: p.den.col, half: ctx.tol.shown(T!) * denominator.cols.length, cols: denominator.cols },
        k,
        accepted,
      ),
      data: {
        ...base,
        R: R!.value,
        T: T!.value,
        k,
        ratio: round2(e.exact.ratio),
        inverse: round2(e.exact.inverse),
        reciprocal: round2(e.exact.reciprocal),
        stated: S.value,
      },
    });
  }
}

const zeroColumns = new WeakMap<object, Map<string, boolean>>();

/**
 * A column of realisasi typed 0 on every row that states it (two rows at least), its capaian 0 or blank on most: a year
 * not reported yet. (Capaian of 200 on most of them say the year is reported: its zeros are achievements.)
 */
function unreported(ctx: CheckContext, col: number, ratio: number): boolean {
  let byCol = zeroColumns.get(ctx.table);
  if (!byCol) zeroColumns.set(ctx.table, (byCol = new Map()));
  const key = `${col}:${ratio}`;
  let zero = byCol.get(key);
  if (zero === undefined) {
    let n = 0;
    let stated = 0;
    zero = true;
    for (const x of ctx.table.info.rows) {
      const v = ctx.table.view.numberAt(x.row, col);
      if (v === undefined) continue;
      if (v !== 0) zero = false;
      if ((ctx.table.view.numberAt(x.row, ratio) ?? 0) !== 0) stated++;
      n++;
    }
    // (One capaian typed among the zeros is a slip of its own row, said there.)
    zero &&= n >= 2 && stated * 2 < n;
    byCol.set(key, zero);
  }
  return zero;
}

/** A whole number shown without decimals: exact as typed, or a figure rounded to it (tolerance.ts half). */
function whole(v: NumberValue): boolean {
  return v.decimals === 0 && Number.isInteger(v.value);
}

/** Whether the formulas a stated value matches include one of its row's polarity. */
function fits(m: Formula[], lower: boolean): boolean {
  return lower ? m.includes('inverse') || m.includes('reciprocal') : m.includes('ratio');
}

/**
 * A formula cell computes what its formula says: where the column's relation was read from its header or its rows
 * rather than its formulas, a formula that computes something else is another convention, not a slip (formula smells
 * are checked against the column's own formulas). Not one that reads the pair's own columns on another row
 * (=E5/D3*100 on row 3): that is this relation pointed at the wrong row, judged as typed.
 */
function otherConvention(ctx: CheckContext, x: RowInfo, p: RatioPair): boolean {
  if (p.ratio.relation?.by === 'formula') return false;
  const formula = ctx.table.view.formula(x.row, p.ratio.col);
  if (!formula) return false;
  const n = parseFormula(formula);
  const own = new Set([p.num.col, p.den.col, ...(p.numParts ?? []), ...(p.denParts ?? [])]);
  const refs = (n ? refsOf(n) : []).flatMap((q) => (q.t === 'ref' && !q.sheet ? [q] : []));
  if (refs.some((q) => !q.absR && own.has(q.c) && q.r !== x.row)) return false;
  // Nor one that reads one of its pair's columns and, for the other, a column of the same kind of another year
  // (=(2*E6-I6)/E6 under 2021, E the 2020 target): the relation pointed at the wrong year.
  const roleOf = (c: number) => ctx.table.info.columns.find((k) => k.col === c)?.role;
  const pairRoles = new Set([roleOf(p.num.col), roleOf(p.den.col)]);
  const here = refs.filter((q) => q.r === x.row);
  if (here.some((q) => own.has(q.c)) && here.some((q) => !own.has(q.c) && pairRoles.has(roleOf(q.c)))) return false;
  // Nor one that reads this row's own terms and nothing else (=(D7+E7)/C7*100 for Baik + Sedang over Panjang) and no
  // longer gives its saved value: that value is stale, judged by the relation (and said so). Giving it, the formula is
  // the row's own way, as above.
  const read = new Set(refs.map((q) => q.c));
  if (n && refs.length === refsOf(n).length && here.length === refs.length && [...own].every((c) => read.has(c)) && [...read].every((c) => own.has(c))) {
    const gives = formulaValue(ctx.table.view, formula);
    const saved = ctx.table.view.numberAt(x.row, p.ratio.col);
    if (gives !== null && saved !== undefined && Math.abs(gives - saved) > Math.max(0.005, 1e-6 * Math.abs(gives))) return false;
  }
  return true;
}
