/**
 * Explaining every computed column before accusing a cell. For each column that looks computed
 * (a %, a capaian, a bobot, a Sisa, a Jumlah) the candidate relations are tested on the table's
 * own rows: its own row's ratio, a share of the grand total or of its parent, a product, a
 * difference, a sum of sibling columns — and, first of all, the relation its formulas state.
 * The one that explains the column is kept (by its formulas; by its header when at least half
 * the rows agree; by the data alone only with a clear majority); the rows it does not explain
 * are what the rules report. A computed-looking column that nothing explains is marked
 * `unexplained`: one warning on the column, no finding per cell.
 */
import {
  isNumericRole,
  isWeight,
  levelRow,
  MONEY_WORDS,
  performanceLeaf,
  numbered,
  onlyPartOfYear,
  OTHER_LEVEL,
  partOfYear,
  PRICE_WORDS,
  quarterColumns,
  QUOTIENT_UNIT,
  yearOnly,
  FLOW_UNIT,
  RATE_NAME,
  RATE_WORDS,
  PER_SCALE,
  averageGrowth,
  letterPair,
  MONEY_ROLES,
  moneyUnit,
  PUBLISHED_GROWTH,
  PUBLISHED_INDEX,
  moneyUnitFirst,
  namesMoney,
  percentNamed,
  RUNNING,
  rateScale,
  statedDifference,
  statedQuotient,
  statedGrowth,
  statedRatio,
  statedFactor,
  statedWeights,
  VOLUME_WORDS,
  yearFromQuarters,
  TAX_WORDS,
  OTHER_LEVEL_WORDS,
} from './columns';
import type { ColumnInfo, ColumnRelation, Relation, RowInfo } from '../types';
import type { SheetView } from '../sheet';
import type { NumberValue } from '../number';
import { words } from '../text';
import { isLowerBetter } from '../polarity';
import {
  CAPAIAN_CEILINGS,
  evaluate,
  growthHolds,
  isPercentUnit,
  pointsHold,
  half,
  matched,
  productHolds,
  scaledHolds,
  linearHolds,
  quotientHolds,
  shownFrom,
  targetValue,
  withinBand,
  unsurWeights,
  writtenAsCeiling,
} from '../ratio-math';
import { parseFormula, refsOf, shapeOf, type Node } from '../formula-parse';
import { unitRounding } from '../tolerance';
import { dayScales, proportionTerm, statesProportion } from '../ratio-math';
import { growthBase } from './totals';
import { childrenByParent, isGrandRow } from './rows';

/** How many rows a candidate is tried on (spread over the table): enough to tell, bounded for 100,000-row tables. */
const SAMPLE = 240;
/** Data alone must explain this share of the rows it can be tested on, and at least MIN_ROWS of them. */
const DATA_MAJORITY = 0.8;
const MIN_ROWS = 3;
/** A header's relation stands when at least this share of testable rows agree. */
const HEADER_MAJORITY = 0.5;

const INPUT_ROLES = new Set<ColumnInfo['role']>([
  'target',
  'akhirTarget',
  'kondisiAwal',
  'anggaran',
  'rp',
  'akhirRp',
  'realisasiRp',
  'pertumbuhan',
  'predikat',
]);
/** Columns a relation may read or explain: the numeric roles (growth rates excepted), and unnamed columns. */
const NUMERIC = { has: (role: ColumnInfo['role']) => (isNumericRole(role) && role !== 'pertumbuhan') || role === 'other' };

export interface RelationContext {
  view: SheetView;
  columns: ColumnInfo[];
  rows: RowInfo[];
}

const NIL: NumberValue = { kind: 'number', value: 0, decimals: 0, fromText: true };

function num(view: SheetView, r: number, c: number): NumberValue | null {
  const v = view.value(r, c);
  return v.kind === 'number' ? v : null;
}

/** The header says the column holds percentages or a computed figure. */
function percentLike(col: ColumnInfo): boolean {
  if (col.role === 'pertumbuhan' || col.role === 'predikat') return false;
  return col.role === 'ratio' || (col.percent ?? percentNamed(col.path));
}

/**
 * "Persentase Penduduk Miskin (%)" beside "Jumlah Penduduk Miskin (ribu jiwa)", in a table with no total row (BPS's
 * poverty series, years down the rows): a percentage of an amount the table holds, out of a whole it does not
 * (the population). No relation can explain it from the table: a published figure, not a computation left
 * unexplained. (With a total row, its rows are parts of a whole and a share of it is the reading to test.)
 */
function wholeOutside(ctx: RelationContext, col: ColumnInfo): boolean {
  if (ctx.rows.some((x) => x.kind === 'total')) return false;
  const named = (c: ColumnInfo, re: RegExp) => {
    const w = words(c.path.join(' ').replace(/\([^)]*\)/g, ' '));
    const m = re.exec(w);
    return m ? w.slice(m[0].length).trim() : null;
  };
  const of = named(col, /^(persentase|prosentase|persen|proporsi)\b/);
  return !!of && ctx.columns.some((c) => c !== col && NUMERIC.has(c.role) && !percentLike(c) && named(c, /^(jumlah|jml|banyaknya)\b/) === of);
}

/** An indicator's own figures, inputs of its capaian even when its satuan is %. */
const INDICATOR_FIGURES = new Set<ColumnInfo['role']>(['target', 'realisasi', 'kondisiAwal', 'akhirTarget']);

// A table's column of formulas written out per row over its columns A and B (LPPD's IKK: "Rumus": "(A/B) x 100%"),
// found once per table's columns (-1: none).
const rumusCols = new WeakMap<ColumnInfo[], number>();
const termPairs = new WeakMap<ColumnInfo[], Map<number, boolean>>();
/** A formula over the columns named A and B ("(A/B) x 1.000", "A : B x 100%"), not words describing the indicator. */
const OVER_A_B = /\ba\s*[/:÷]\s*b\b/i;
/** The same formula in the words of its terms: "(Jumlah kematian ibu / Jumlah kelahiran hidup) x 100.000", "… dibagi … dikali 100%". */
// (Unbracketed too, its terms spaced apart: "Jumlah kematian ibu / Jumlah kelahiran hidup x 100.000".)
const QUOTIENT_IN_WORDS = /(\([^()]*[/:÷][^()]*\)|\bdibagi\b.*|\S\s+[/:÷]\s+\S.*)\s*([x×*]|\bdikali(kan)?\b|\bkali\b)\s*\d/i;

/**
 * The scale a row's own written formula states, in a table whose Rumus column writes formulas over its columns A and
 * B ("(A/B) x 100%" → 100, "(A/B) x 1.000" → 1000, "A/B" → 1): rows of one column may differ (AKI per 100.000 beside a
 * percentage). Null where the row's formula divides nothing (a count IKK: its result is its A); undefined where the
 * table or the row writes none (a Definisi Operasional in words describes the indicator, not its capaian).
 */
export function writtenScale(view: SheetView, cols: ColumnInfo[], row: number, num: number, den: number): number | null | undefined {
  let col = rumusCols.get(cols);
  if (col === undefined) {
    const rumus = cols.find((c) => /\b(rumus|formula|formulasi)\b/.test(words(c.path.join(' '))))?.col;
    let overAB = false;
    if (rumus !== undefined)
      for (let r = 0; r < view.rowCount && !overAB; r++) {
        const t = view.shownText(r, rumus);
        overAB = OVER_A_B.test(t) || QUOTIENT_IN_WORDS.test(t);
      }
    col = rumus !== undefined && overAB ? rumus : -1;
    rumusCols.set(cols, col);
  }
  // Only for the quotient of the columns the formula names (a capaian of Target and Realisasi beside an IKK's Rumus
  // keeps its own scale): "A" and "B", "Nilai A", "Pembilang (A)", "Pembilang | Penyebut".
  // (Asked per row: whether the pair is the table's A and B is read once per pair.)
  let pairs = termPairs.get(cols);
  if (!pairs) termPairs.set(cols, (pairs = new Map()));
  let terms = pairs.get(num * 100000 + den);
  if (terms === undefined) {
    const named = (c: number, letter: RegExp) => letter.test(words(cols.find((x) => x.col === c)?.path.join(' ') ?? ''));
    terms = named(num, /\ba\b|\bpembilang\b|\bnumerator\b/) && named(den, /\bb\b|\bpenyebut\b|\bdenominator\b/);
    pairs.set(num * 100000 + den, terms);
  }
  if (!terms) return undefined;
  // No Rumus: the row's Satuan says its scale where it names one ("%", "‰", "per 1.000", or "kali" and "hari": none).
  if (col < 0) return satuanScale(view, cols, row);
  const text = view.shownText(row, col).toLowerCase();
  if (!text.trim()) return undefined;
  if (!/[/:÷]|\bdibagi\b/.test(text)) return null;
  // A quotient of terms in words with no multiplier ("Produksi padi (ton) / Luas panen (ha)"): at a scale of 1.
  if (!OVER_A_B.test(text) && !QUOTIENT_IN_WORDS.test(text) && !/\s[/:÷]\s|\bdibagi\b/.test(text)) return undefined;
  // (The penyebut column holds the whole denominator: a factor inside its brackets, "/ (Jumlah TT x 365)", is in it.)
  const outer = text.replace(/([/:÷]|\bdibagi\b)\s*\([^()]*\)/g, '$1 b');
  const m = /(?:[x×*]|\bdikali(?:kan)?\b|\bkali\b)\s*(\d{1,3}(?:[.,]\d{3})+|\d+)\s*%?/.exec(outer);
  return m ? Number(m[1].replace(/[.,]/g, '')) : 1;
}

/** The scale a row's Satuan names for an IKK quotient of Pembilang and Penyebut, or undefined where it names none. */
function satuanScale(view: SheetView, cols: ColumnInfo[], row: number): number | undefined {
  const satuan = cols.find((c) => c.role === 'satuan');
  if (!satuan) return undefined;
  const t = view.shownText(row, satuan.col).trim().toLowerCase();
  if (t === '%' || t === 'persen') return 100;
  if (t === '‰' || t === 'permil' || t === 'per mil') return 1000;
  return rateScale(t) ?? (/^(kali|hari|x)$/.test(t) ? 1 : undefined);
}

/** A rate, density or mean by its header, not a percentage (columns.ts RATE_WORDS): a ratio of its row when one fits. */
function rateLike(col: ColumnInfo): boolean {
  const w = words(col.path.join(' '));
  return (
    col.role === 'value' &&
    !percentLike(col) &&
    (RATE_WORDS.test(w) || PER_SCALE.test(w) || (QUOTIENT_UNIT.test(col.path.join(' ')) && !FLOW_UNIT.test(col.path.join(' '))))
  );
}

/**
 * A column that may be computed from others. Targets, pagu, realisasi values are inputs, whatever
 * their header says ("Realisasi Capaian 2019" is a realisasi); a "Realisasi (%)" beside realisasi
 * in rupiah is the exception, a percentage of it.
 */
function candidate(col: ColumnInfo, cols: ColumnInfo[]): boolean {
  if (!NUMERIC.has(col.role) || INPUT_ROLES.has(col.role)) return false;
  // A column named by its quarter alone ("TW I" beside a Target Tahunan, holding 25% … 100%): the plan of that
  // quarter, typed, not computed.
  if (onlyPartOfYear(col)) return false;
  if (OTHER_LEVEL.test(words(col.path[col.path.length - 1] ?? ''))) return false;
  // BPS's source of growth, (ADHK t − ADHK t−1) / PDRB t−1 × 100: a change over last year's total, which no relation
  // tested here is; read as laju × this year's distribution it would accuse right cells. Left unchecked.
  if (/\bsumber pertumbuhan\b/.test(words(col.path.join(' ')))) return false;
  // An assumption ("Asumsi Pertumbuhan" before the projections it drives) is set, not computed.
  if (/\basumsi\b/.test(words(col.path.join(' ')))) return false;
  // An SPM's quality score ("Capaian Mutu Layanan (%)", "Mutu Barang/Jasa dan SDM (%)"): assessed, an input of the index.
  if (/\bmutu\b/.test(words(col.path.join(' '))) && !/\bindeks\b/.test(words(col.path.join(' ')))) return false;
  // A sex ratio with no count of men and of women in the table (BPS's "Penduduk, Distribusi dan Rasio Jenis Kelamin"):
  // published, not computed here.
  if (
    /\b(rasio jenis kelamin|sex ratio)\b/.test(words(col.path.join(' '))) &&
    !cols.some((c) => c !== col && /^(laki laki|perempuan|pria|wanita|lk|pr|l|p)\b/.test(words(c.path[c.path.length - 1] ?? '')))
  )
    return false;
  // A state surveyed on site ("Kondisi Jaringan (%)" of an irrigation area, "Kondisi Bangunan (%)"): assessed, an input.
  // (Its own name, not a group's: "Kondisi Jalan (Km) ▸ Baik ▸ %" is the share of the road in that state.)
  if (/^kondisi (jaringan|bangunan|fisik|jalan|saluran|gedung|irigasi)\b/.test(words(col.path[col.path.length - 1] ?? ''))) return false;
  // A physical progress ("Realisasi Fisik ▸ %") is measured on site, an input: its weighted figure is the computed one.
  if (/\b(realisasi|progres|kemajuan) fisik\b/.test(words(col.path.join(' '))) && !/\b(tertimbang|bobot|capaian)\b/.test(words(col.path.join(' '))))
    return false;
  // A target by its leaf ("Target Capaian" under "Hasil Analisis Kebutuhan", its cells "100%", "12 Dokumen") is set, never computed.
  if (/^target\b/.test(words(col.path[col.path.length - 1] ?? ''))) return false;
  // A line's tax (PPN 11 %, or its amount): set by law or read off the invoice, one of the Jumlah's inputs.
  if (TAX_WORDS.test(words(col.path.join(' ')))) return false;
  // An IKK's terms ("Data Capaian ▸ Pembilang | Penyebut"): the figures its realisasi is worked out from, whatever the
  // group's "capaian" says.
  if (/^(pembilang|penyebut|numerator|denominator)\b/.test(words(col.path[col.path.length - 1] ?? ''))) return false;
  // The mean of the years' capaian ("Tahun 2022 ▸ % | … | Tahun 2024 ▸ % | Rata-rata Capaian (%)"): no row ratio of one
  // year's figures, which it would match only by chance; the mean of those years (meanCandidates) or nothing.
  if (
    col.year === undefined &&
    /\b(rata rata|rerata) capaian\b/.test(words(col.path.join(' '))) &&
    cols.filter((c) => c.role === 'ratio' && c.year !== undefined).length >= 2
  )
    return meanCandidates(cols, col).length > 0;
  if (meanCandidates(cols, col).length) return true;
  // The baseline year's money ("Data Capaian pada Tahun Awal Perencanaan ▸ Dana (Juta Rp)"): an amount as typed, the
  // group's "capaian" no percentage of it.
  const leaf = col.path[col.path.length - 1] ?? '';
  if (col.role === 'value' && !leaf.includes('%') && /\bawal\b/.test(words(col.path.slice(0, -1).join(' '))) && namesMoney(moneyUnitFirst(words(leaf))))
    return false;
  if (unitPriceTerms(col, cols)) return true;
  if (abbreviatedRatio(cols, col).length) return true;
  if (factorCandidates(cols, col).length || weightedCandidates(cols, col).length || linearCandidates(cols, col).length) return true;
  // (A rate its name defines from two columns here, "Angka Partisipasi Kasar (APK) SD" beside the pupils and the children of
  // school age, whatever its header's unit.)
  if (definedRateCandidates(cols, col, [100]).length || statedQuotientCandidates(cols, col, [1]).length) return true;
  const full = col.path.join(' ').toLowerCase();
  // Fisik progress is an input; its weighted figure (× bobot) is computed.
  if (col.role === 'realisasi' && /tertimbang|bobot\s*x|x\s*bobot|×\s*bobot|bobot\s*×/.test(full)) return true;
  if (col.role === 'realisasi') return /%|persen/.test(full) && !/fisik|kinerja/.test(full) && cols.some((c) => c.role === 'realisasiRp' && sameTime(c, col));
  if (percentLike(col) || rateLike(col) || col.role === 'sisa' || col.role === 'rowTotal') return true;
  if (perTermsCandidates(cols, col, [1]).length) return true;
  // A plain amount is an input unless its header names a computed one.
  // "Kurang Baik" (Baik | Kurang Baik | Rusak Berat, the BMD condition set) is a count, not "less".
  return COMPUTED_AMOUNT.test(words(col.path.join(' ')).replace(CONDITION, ''));
}

const COMPUTED_AMOUNT = /\b(sisa|selisih|gap|kesenjangan|saldo|deviasi|bertambah|berkurang|kurang|lebih|belum|tidak terlayani|nilai buku|surplus|defisit)\b/;
const CONDITION = /\b(kurang|lebih|cukup|sangat) baik\b/g;
/**
 * A capaian column whose formulas are mostly target ÷ realisasi (its rows with formulas happen to be lower-is-better:
 * AKI, TPT, penduduk miskin) is still realisasi over target: each row's polarity says which way it divides
 * (ratio.capaian), and a higher-is-better row beside them is not read the other way round.
 */
function orientCapaian(rel: Relation, col: ColumnInfo, cols: ColumnInfo[]): void {
  // (A quarter's capaian under its group, "Capaian (%) ▸ Triwulan I", is still a value here: its path names it.)
  const capaian = col.role === 'ratio' || (col.role === 'value' && /\bcapaian\b/.test(words(col.path.join(' '))));
  if (rel.kind !== 'ratio' || !capaian || rel.numParts) return;
  const role = (c: number) => cols.find((x) => x.col === c)?.role;
  const num = role(rel.num);
  if ((num === 'target' || num === 'akhirTarget') && role(rel.den) === 'realisasi') [rel.num, rel.den] = [rel.den, rel.num];
}

/** Past this many computed-looking columns, only formulas and headers explain them (no search over pairs). */
const MAX_SEARCHED = 150;

/** Wide reports: a column is explained by its neighbours, not by columns forty places away. */
const NEAR = 16;

/** Columns of another year or period never explain this one. */
function sameYear(a: ColumnInfo, b: ColumnInfo): boolean {
  const ta = a.year ?? a.period;
  const tb = b.year ?? b.period;
  return ta === undefined || tb === undefined || (a.year === b.year && a.period === b.period);
}

/** The scales worth trying: fractions (0,9474) when the column's values are small, percents otherwise. */
function scalesOf(view: SheetView, col: ColumnInfo, rows: RowInfo[], cols: ColumnInfo[] = []): number[] {
  const base = baseScales(view, col, rows, cols);
  // Money in two units in one table ("Pagu (Rp juta)" beside "Realisasi (Rp)"): their ratio is off by the units'
  // quotient, tried too (the rows decide).
  const units = new Set(cols.filter((c) => MONEY_ROLES.has(c.role) && !c.percent).map((c) => moneyUnit(c.path)));
  // So are counts in two ("Penduduk Miskin (ribu jiwa)" beside "Jumlah Penduduk (jiwa)").
  // (The multiple a header names, "ribu jiwa", "juta jiwa", read as a money header's is.)
  const counts = new Set(cols.filter((c) => c !== col && NUMERIC.has(c.role) && !MONEY_ROLES.has(c.role) && !percentLike(c)).map((c) => moneyUnit(c.path)));
  const out = [...base];
  for (const set of [units, counts]) if (set.size >= 2) for (const u of set) for (const v of set) if (u !== v) for (const k of base) out.push((k * u) / v);
  return out;
}

function baseScales(view: SheetView, col: ColumnInfo, rows: RowInfo[], cols: ColumnInfo[]): number[] {
  const xs: number[] = [];
  for (const x of rows) {
    const v = num(view, x.row, col.col);
    if (v && v.value !== 0) xs.push(Math.abs(v.value));
  }
  const header = words(col.path.join(' '));
  // The scale a header names ("AKB per 1.000 KH", "Rasio per 100.000 Penduduk") wins over the word "rasio";
  // a rate without one is a plain quotient (jiwa per km², anggota per koperasi).
  const named = rateScale(header);
  // A hospital's BOR is bed-days used over bed-days available: hari perawatan / (TT × 365 or 366) × 100.
  if (BED_OCCUPANCY.test(header)) return [100 / 365, 100 / 366, 100];
  // (A percentage of the rate, "Capaian AKB (%)", is a percentage first: the rate's scale after.)
  if (named && /%|\bpersen/.test(header)) return [100, named];
  // A population counted in thousands ("Jumlah Penduduk (ribu jiwa)", "Penduduk (000)") takes a thousand off the rate's scale.
  if (named) return cols.some((c) => c !== col && /\b(ribu|ribuan|000)\b/.test(words(c.path.join(' ')))) ? [named, named / 1000] : [named];
  // A quotient in other units than its inputs' (Produktivitas (Ku/Ha) of Produksi (Ton) over Luas (Ha) is × 10,
  // kg per kapita of tonnes × 1.000): the rows decide.
  if (rateLike(col)) return [1, 10, 100, 1000];
  // A header that says % is tried at × 100 whatever the values (gizi buruk 0,42 %); a bare "Rasio" is as
  // often a plain quotient (murid per guru) as a percentage.
  const percent = /%|\bpersen|\bprosentase/.test(header);
  const bareRatio = !percent && /\b(rasio|ratio)\b/.test(header);
  if (!xs.length) return [100];
  xs.sort((a, b) => a - b);
  const m = xs[Math.floor(xs.length / 2)];
  if (m <= 1.5) return percent ? [100, 1] : [1];
  if (m <= 3) return [100, 1];
  return bareRatio ? [100, 1] : [100];
}

const BED_OCCUPANCY = /\b(bor|bed occupancy( rate)?)\b/;

/** Rows a relation is tested on: data rows (and totals for the row-wise relations), spread over the table. */
function sampleRows(rows: RowInfo[]): RowInfo[] {
  const data = rows.filter((x) => x.kind !== 'blank' && x.kind !== 'headerRepeat' && x.kind !== 'average' && !(x.kind === 'heading' && x.level === undefined));
  if (data.length <= SAMPLE) return data;
  const out: RowInfo[] = [];
  const step = data.length / SAMPLE;
  for (let i = 0; i < SAMPLE; i++) out.push(data[Math.floor(i * step)]);
  return out;
}

interface Bases {
  grand: Map<number, NumberValue | null>;
  rowsSum: Map<number, NumberValue | null>;
  /** Each parent's rows, built the first time a share of a parent that states nothing asks. */
  kids?: Map<number, RowInfo[]>;
  kidsSum?: Map<string, NumberValue | null>;
  byRow: Map<number, RowInfo>;
}

/** The table's numeric columns. */
const numericCols = (ctx: RelationContext) => ctx.columns.filter((c) => NUMERIC.has(c.role)).map((c) => c.col);

/** The grand total of a column: its value in the table's last total row, else the sum of the top-level rows. */
function grandOf(ctx: RelationContext, bases: Bases, c: number): NumberValue | null {
  if (bases.grand.has(c)) return bases.grand.get(c)!;
  let out: NumberValue | null = null;
  for (let i = ctx.rows.length - 1; i >= 0 && !out; i--) {
    const x = ctx.rows[i];
    // (Or the whole the shares are of, under the total: "TOTAL PAD" stating 100 under "Jumlah Pajak Daerah".)
    if (isGrandRow(ctx.view, ctx.rows, i, numericCols(ctx))) out = num(ctx.view, x.row, c);
  }
  if (!out) out = rowsSumOf(ctx, bases, c);
  bases.grand.set(c, out);
  return out;
}

/**
 * What a row is a share of in its parent: the parent's figure, or where the parent states none (a heading "A. Menurut
 * Golongan" over its rows, a profile's blocks each splitting the same staff) the sum of its rows.
 */
function parentBase(ctx: RelationContext, bases: Bases, x: RowInfo, c: number): NumberValue | null {
  if (x.parent === undefined) return null;
  const own = num(ctx.view, x.parent, c);
  if (own || ctx.view.value(x.parent, c).kind !== 'empty') return own;
  bases.kids ??= childrenByParent(ctx.rows);
  // (Once per parent and column: a long list under one heading asks for it on every row.)
  const key = `${x.parent}:${c}`;
  if (bases.kidsSum?.has(key)) return bases.kidsSum.get(key)!;
  let s = 0;
  let any = false;
  for (const y of bases.kids.get(x.parent) ?? []) {
    const v = num(ctx.view, y.row, c);
    if (v) {
      s += v.value;
      any = true;
    }
  }
  const out: NumberValue | null = any ? { kind: 'number', value: s, decimals: 0, fromText: false } : null;
  (bases.kidsSum ??= new Map()).set(key, out);
  return out;
}

/** The sum of a column's top-level rows, whatever Jumlah is stated under them. */
function rowsSumOf(ctx: RelationContext, bases: Bases, c: number): NumberValue | null {
  if (bases.rowsSum.has(c)) return bases.rowsSum.get(c)!;
  let s = 0;
  let any = false;
  // Shown to the finest decimals of its terms: "decimals 0" made a sum of 0,35 + 0,37 + … look rounded to
  // units, and any share of it hold (a column of P2 indices "explained" a percentage beside it).
  let decimals = 0;
  for (const x of ctx.rows) {
    if (x.kind === 'total' || x.kind === 'continuation' || x.kind === 'blank' || x.kind === 'headerRepeat' || x.kind === 'average' || x.kind === 'derived')
      continue;
    if (x.parent !== undefined) continue;
    const v = num(ctx.view, x.row, c);
    if (v) {
      s += v.value;
      any = true;
      if (v.decimals > decimals) decimals = v.decimals;
    }
  }
  const out: NumberValue | null = any ? { kind: 'number', value: s, decimals, fromText: false } : null;
  bases.rowsSum.set(c, out);
  return out;
}

/**
 * The candidates with, beside each share of a stated grand total, the same share of the rows' sum where the two
 * differ: a Jumlah typed wrong under shares worked out from the rows leaves the shares right (said at the Jumlah).
 */
function withRowsSums(ctx: RelationContext, bases: Bases, candidates: Relation[]): Relation[] {
  const out: Relation[] = [];
  for (const rel of candidates) {
    out.push(rel);
    if (rel.kind !== 'share' || rel.base !== 'grand' || rel.rows) continue;
    const of = rel.of ?? rel.num;
    const grand = grandOf(ctx, bases, of);
    const rows = rowsSumOf(ctx, bases, of);
    if (grand && rows && rows.value !== 0 && Math.abs(grand.value - rows.value) > 0.5 * 10 ** -Math.max(grand.decimals, rows.decimals))
      out.push({ ...rel, rows: true });
  }
  return out;
}

/** Whether row x states percentages: its satuan says %, or its figure is %-formatted. */
function inPercent(ctx: RelationContext, x: RowInfo, figure: NumberValue): boolean {
  if (figure.percent) return true;
  const satuan = ctx.columns.find((c) => c.role === 'satuan');
  return satuan !== undefined && isPercentUnit(ctx.view.shownText(x.row, satuan.col));
}

/** Whether a row's figures are levels (%, index, rate), whose quarters are cumulative. */
export function rowIsLevel(ctx: Pick<RelationContext, 'view' | 'columns'>, x: RowInfo): boolean {
  const satuan = ctx.columns.find((c) => c.role === 'satuan');
  const indicator = ctx.columns.find((c) => c.role === 'indicator');
  const name = indicator ? `${x.label} ${ctx.view.shownText(x.row, indicator.col)}` : x.label;
  return levelRow(satuan ? ctx.view.shownText(x.row, satuan.col) : '', name);
}

/** The row's indicator says lower is better ("Persentase penduduk miskin"). */
function rowIsLowerBetter(ctx: Pick<RelationContext, 'view' | 'columns'>, x: RowInfo): boolean {
  const indicator = ctx.columns.find((c) => c.role === 'indicator');
  return isLowerBetter(indicator ? `${x.label} ${ctx.view.shownText(x.row, indicator.col)}` : x.label);
}

/** Does the relation hold on row x of column c? null when it cannot be tested there. */
export function holdsOn(ctx: RelationContext, bases: Bases, rel: Relation, c: number, x: RowInfo, extra = 0, strict = false): boolean | null {
  const { view } = ctx;
  // A "-" in a sum or a difference is nil (Sisa "-" where the pagu was spent whole): it tests the relation as 0.
  const S = num(view, x.row, c) ?? ((rel.kind === 'difference' || rel.kind === 'sum') && view.value(x.row, c).kind === 'dash' ? NIL : null);
  if (!S) return null;
  switch (rel.kind) {
    case 'ratio': {
      // A row's own written formula names its scale (or says it divides nothing: not testable).
      const written = writtenScale(view, ctx.columns, x.row, rel.num, rel.den);
      if (written === null) return null;
      const kinerja = ctx.columns.find((q) => q.col === rel.num)?.role === 'realisasi';
      // (A BOR in a leap year over 365 or 366 days: both are tried.)
      const ks = dayScales(written ?? rel.k, ctx.columns.find((q) => q.col === c)?.year, x.label);
      // The year's realisasi from its quarters: the row's satuan or name says count or level; both are tried.
      const level = rel.numParts ? rowIsLevel(ctx, x) : false;
      const levels = rel.numParts ? [level, !level] : [false];
      let tested = false;
      for (const k of ks)
        for (const lv of levels) {
          const R = rel.numParts ? yearFromQuarters(view, x.row, rel.numParts, lv) : num(view, x.row, rel.num);
          if (!R) continue;
          // (The year's target from its own quarters, read the same way as the realisasi.)
          const Tv = view.value(x.row, rel.den);
          // (100 for a realisasi within its target's band: the band met.)
          if (!rel.denParts && withinBand(Tv, R) && S.value === k) return true;
          const T = rel.denParts ? yearFromQuarters(view, x.row, rel.denParts, lv) : targetValue(Tv, R);
          if (!T || T.value === 0) continue;
          const e = evaluate(R, T, k);
          // Lower-is-better indicators are computed three ways in practice: any of them explains the
          // cell of a column the header calls a capaian. A pair found in the data alone must divide
          // the way round it is found (T/R would be another pair).
          if (!e) continue;
          tested = true;
          const m = matched(e, S, half(S) + extra);
          // (Strict or not, a row whose words say lower is better may use its own formulas.)
          if (strict ? m.includes('ratio') || (m.length > 0 && rowIsLowerBetter(ctx, x)) : m.length > 0) return true;
          // A whole capaian cut down (73 for 73,68) is the ratio its header names, as far as what the column is goes: its rows
          // judge the cut. (Only a capaian of kinerja, and not a pair searched for in the data: whole figures near any
          // quotient of money would seem to hold.)
          if (!strict && kinerja && S.decimals === 0 && shownFrom(e.hi, S, half(S) + extra, true)) return true;
        }
      return tested ? false : null;
    }
    case 'share': {
      if (x.kind === 'total' && rel.base === 'parent') return null;
      const A = num(view, x.row, rel.num);
      if (!A) return null;
      const of = rel.of ?? rel.num;
      // (Of the rows' sum, a total's own share is not its own: the Jumlah is the slip.)
      if (rel.rows && x.kind === 'total') return null;
      const B = rel.base === 'grand' ? (rel.rows ? rowsSumOf(ctx, bases, of) : grandOf(ctx, bases, of)) : parentBase(ctx, bases, x, of);
      if (!B || B.value === 0) return null;
      // (A row that is the whole, the table's only one, is 100 % of it: it tests no share, and a capaian near 100 beside
      // its realisasi would seem one.)
      if (rel.base === 'grand' && x.kind !== 'total' && Math.abs(A.value - B.value) < 1e-9 * Math.max(1, Math.abs(B.value))) return null;
      // (Shares of the rows' sum hold on the figures as stored: the rounding a shown count allows would let a sum one
      // off, a row total typed wrong above a right Jumlah, pass for the base of shares worked out from that Jumlah.)
      if (rel.rows) return quotientHolds({ ...A, decimals: 12 }, { ...B, decimals: 12 }, S, rel.k, extra);
      // (Small whole counts are exact: 1 pegawai of 5 is 20 %, not anything from 9 to 33 % as ±0,5 on each would allow, which
      // let a column of ones and zeros "explain" the shares of the Jumlah beside it.)
      const whole = (v: NumberValue) => v.decimals === 0 && Number.isInteger(v.value) && Math.abs(v.value) < 10000;
      const counted = whole(A) && whole(B) && !MONEY_ROLES.has(ctx.columns.find((k) => k.col === rel.num)?.role ?? 'value');
      if (counted) return quotientHolds({ ...A, decimals: 12 }, { ...B, decimals: 12 }, S, rel.k, extra);
      return quotientHolds(A, B, S, rel.k, extra);
    }
    case 'product': {
      if (x.kind === 'total') return null;
      const A = num(view, x.row, rel.a);
      const B = num(view, x.row, rel.b);
      if (!A || !B) return null;
      return productHolds(A, B, S, rel.k, extra);
    }
    case 'scaled': {
      const A = num(view, x.row, rel.a);
      return A ? scaledHolds(A, S, rel.k, extra) : null;
    }
    case 'linear': {
      let terms = rel.terms.map((t) => ({ v: num(view, x.row, t.c), w: t.w }));
      // (A mean of the years is of the years the row states: 2023 not yet realised, the mean of 2020–2022.)
      if (rel.mean) {
        const given = terms.filter((t) => t.v);
        if (given.length < 2) return null;
        terms = given.map((t) => ({ ...t, w: 1 / given.length }));
      }
      if (terms.some((t) => !t.v)) return null;
      return linearHolds(
        terms.map((t) => ({ v: t.v!, w: t.w })),
        S,
        extra,
      );
    }
    case 'growth': {
      const A = num(view, x.row, rel.a);
      const prev = growthBase(ctx.rows, x, rel);
      const B = prev ? num(view, prev.row, rel.b) : null;
      if (!A || !B) return null;
      // A percentage grows in points on its own row (satuan %): the other reading of the column.
      if (rel.k === 100 && inPercent(ctx, x, A) && pointsHold(A, B, S, extra)) return true;
      if (B.value === 0) return null;
      return growthHolds(A, B, S, rel.k, extra);
    }
    case 'difference': {
      const A = num(view, x.row, rel.a);
      const B = num(view, x.row, rel.b);
      if (!A && !B) return null;
      const d = (A?.value ?? 0) - (B?.value ?? 0);
      // Figures rounded to thousands or millions each on its own ("dalam jutaan rupiah"): half a unit each.
      const rounded = ctx.columns.find((k) => k.col === c)?.rounded ? 1 : 0;
      const tol = half(S) + (A && A.decimals ? half(A) : 0) + (B && B.decimals ? half(B) : 0) + 1e-9 * Math.abs(d) + extra + rounded;
      return Math.abs(S.value - d) <= tol;
    }
    case 'sum': {
      let s = 0;
      let tol = half(S) + extra;
      let given = 0;
      const col = ctx.columns.find((k) => k.col === c);
      // Money each rounded to thousands or millions on its own ("Rp (000)"): half a unit per part, as sum.period allows.
      const rounded: NumberValue[] | undefined = col?.rounded ? [] : undefined;
      for (const p of rel.minus ? [...rel.parts, ...rel.minus] : rel.parts) {
        const v = num(view, x.row, p);
        if (v) {
          s += rel.minus?.includes(p) ? -v.value : v.value;
          given++;
          if (v.decimals) tol += half(v);
          rounded?.push(v);
        }
      }
      if (!given) return null;
      if (rounded) tol += unitRounding(col, rounded);
      if (Math.abs(S.value - s) <= tol + 1e-9 * Math.abs(s)) return true;
      // A running total ("Realisasi s.d. TW IV", "s.d. 2024") of a level row (%, index, rate) is its latest part;
      // a year from its quarters may be their last or their mean on any row.
      const last = num(view, x.row, rel.parts[rel.parts.length - 1]);
      if (!last || !col) return false;
      const near = (v: number, h: number) => Math.abs(S.value - v) <= half(S) + h + extra;
      if (col.ofQuarters) return near(last.value, half(last)) || near(s / given, tol - half(S));
      return RUNNING.test(words(col.path.join(' '))) && rowIsLevel(ctx, x) && near(last.value, half(last));
    }
  }
}

/**
 * Rows where the relation can be tested, and where it holds. With `discriminating`, rows whose
 * cell is 0 are left out: 0 = 0 / x holds for any x and would let any pair "explain" a column of zeros.
 */
function score(
  ctx: RelationContext,
  bases: Bases,
  rel: Relation,
  c: number,
  rows: RowInfo[],
  discriminating = false,
  // (Rows failing through a slip upstream read with it mended: for the header's readings and a growth down the rows,
  // not for the hundreds of pairs the data is searched for.)
  mend = !discriminating,
): { held: number; tested: number; nil: number } {
  let held = 0;
  let tested = 0;
  let nil = 0;
  let rowsFailed = 0;
  let totalsFailed = 0;
  for (const x of rows) {
    // Nothing over something ('-' or 0 where the numerator is '-' or 0: "Sedang (%)" of a road with no
    // stretch in that state) fits any ratio: counted apart, as support for a column of few figures.
    // (So does a share: nothing is no part of anything; a column of zeros must not vote for a share against a ratio.)
    const over = (rel.kind === 'ratio' && !rel.numParts) || rel.kind === 'share' ? rel.num : undefined;
    if (over !== undefined && isNil(ctx.view, x.row, c) && isNil(ctx.view, x.row, over) && x.kind !== 'total') {
      nil++;
      continue;
    }
    if (discriminating && num(ctx.view, x.row, c)?.value === 0) continue;
    // A Jumlah row of a ratio column has its own rule (ratio.total: summed percentages are the
    // classic slip there); it neither supports nor refutes the rows' relation.
    if (x.kind === 'total' && (rel.kind === 'ratio' || rel.kind === 'share')) continue;
    const h = holdsOn(ctx, bases, rel, c, x, 0, discriminating);
    if (h === null) continue;
    tested++;
    if (h || cappedAt(ctx, rel, c, x) || (mend && x.kind !== 'total' && holdsOnceInputsMended(ctx, bases, rel, c, x))) held++;
    else if (x.kind === 'total') totalsFailed++;
    else rowsFailed++;
  }
  // A Jumlah summed down its column carries a wrong row's slip across: with a row already against the
  // relation, the totals' failures are that one slip again, not more votes (small tables lost their check).
  if (rowsFailed > 0) tested -= totalsFailed;
  return { held, tested, nil };
}

/**
 * A row the relation fails only through a slip upstream: an input cell that breaks its own column's settled relation
 * (a Serapan typed 97 where Realisasi ÷ Pagu gives 95; a year's Jumlah typed 100 too high), read as that relation gives
 * it, makes the relation hold. That cell is its own column's finding; this one bears the column's reading out.
 */
function holdsOnceInputsMended(ctx: RelationContext, bases: Bases, rel: Relation, c: number, x: RowInfo): boolean {
  const cells: { r: number; c: number }[] =
    rel.kind === 'growth'
      ? [{ r: x.row, c: rel.a }, ...((b) => (b ? [{ r: b.row, c: rel.b }] : []))(growthBase(ctx.rows, x, rel))]
      : rel.kind === 'ratio' || rel.kind === 'difference' || rel.kind === 'product'
        ? operands(rel).map((q) => ({ r: x.row, c: q }))
        : [];
  const mended = new Map<string, NumberValue>();
  for (const q of cells) {
    const col = ctx.columns.find((k) => k.col === q.c);
    const own = col?.relation && !col.relation.assumed ? col.relation.rel : undefined;
    const at = own && bases.byRow.get(q.r);
    if (!own || !at || holdsOn(ctx, bases, own, q.c, at) !== false) continue;
    const v = ownValue(ctx.view, own, q.r);
    const was = num(ctx.view, q.r, q.c);
    if (v !== null && was) mended.set(`${q.r}:${q.c}`, { ...was, value: v });
  }
  if (mended.size === 0) return false;
  const base = ctx.view;
  const view = Object.create(base) as SheetView;
  view.value = (r: number, k: number) => mended.get(`${r}:${k}`) ?? base.value(r, k);
  return holdsOn({ ...ctx, view }, bases, rel, c, x) === true;
}

/** What a cell's own relation says it holds, for the few simple relations an input's slip is mended by. */
function ownValue(view: SheetView, rel: Relation, r: number): number | null {
  const v = (k: number) => num(view, r, k)?.value;
  switch (rel.kind) {
    case 'ratio': {
      if (rel.numParts || rel.denParts) return null;
      const a = v(rel.num);
      const b = v(rel.den);
      return a !== undefined && b ? (a / b) * rel.k : null;
    }
    case 'difference': {
      const a = v(rel.a);
      const b = v(rel.b);
      return a !== undefined && b !== undefined ? a - b : null;
    }
    case 'sum': {
      let t = 0;
      for (const p of rel.parts) t += v(p) ?? 0;
      for (const p of rel.minus ?? []) t -= v(p) ?? 0;
      return t;
    }
    default:
      return null;
  }
}

/** Every row's numerator and denominator are figures of 20 or more shown whole, or shown with decimals: a quotient within a tenth of a point. */
function sharp(ctx: RelationContext, rel: Extract<Relation, { kind: 'ratio' | 'growth' }>, rows: RowInfo[]): boolean {
  return rows.every((x) => {
    const below = rel.kind === 'growth' ? growthBase(ctx.rows, x, rel) : x;
    const R = num(ctx.view, x.row, rel.kind === 'ratio' ? rel.num : rel.a);
    const T = below ? num(ctx.view, below.row, rel.kind === 'ratio' ? rel.den : rel.b) : null;
    if (!R || !T || T.value === 0) return true;
    const width = rel.k * (half(R) / Math.abs(T.value) + (Math.abs(R.value) * half(T)) / (T.value * T.value));
    return width <= 0.1;
  });
}

/** An SPM's people served ("Terlayani", "Yang Dilayani", "Mendapat Layanan") and those entitled ("Sasaran", "Harus Dilayani"). */
// (And the cases handled, "Realisasi Penanganan", "Ditindaklanjuti": more handled is better, whatever the case is.)
export const SERVED = /\b(terlayani|dilayani|mendapat(kan)? (pe)?layanan|menerima (pe)?layanan|tertangani|ditangani|penanganan|ditindaklanjuti)\b/;
const ENTITLED = /\b(sasaran|harus dilayani|(yang )?berhak|wajib dilayani)\b/;
/** Those not served yet ("Belum Terlayani", "Tidak Tertangani"): what is left, no numerator of the capaian. */
const UNSERVED = /\b(belum|tidak|blm) (terlayani|dilayani|tertangani|ditangani|ditindaklanjuti)\b/;
const servedNamed = (name: string) => SERVED.test(name) && !ENTITLED.test(name) && !UNSERVED.test(name);

/**
 * An SPM capaian ("Capaian (%)" beside "Jumlah Sasaran | Jumlah Terlayani ▸ TW I … IV | Jumlah"): those served over
 * those entitled, of its own time. The served are their quarters' Jumlah where the quarters are given.
 */
function servedCandidates(cols: ColumnInfo[], col: ColumnInfo, scales: number[], dist: (c: ColumnInfo) => number): Relation[] {
  if (!/\b(capaian|cakupan|persentase)\b|%/.test(col.path.join(' ').toLowerCase())) return [];
  const named = (c: ColumnInfo) => words(c.path.join(' '));
  const left = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c) && sameYear(c, col)).sort((a, b) => dist(a) - dist(b));
  // ("Harus Dilayani" names those entitled, though it says dilayani.)
  const served = left.filter((c) => servedNamed(named(c)));
  const total = left.find((c) => c.role === 'rowTotal' && !!c.parts?.length && c.parts.every((p) => served.some((x) => x.col === p)));
  const num = total ?? served.find((c) => !partOfYear(c));
  const den = left.find((c) => ENTITLED.test(named(c)));
  return num && den ? scales.map((k): Relation => ({ kind: 'ratio', num: num.col, den: den.col, k })) : [];
}

/** An SPM ratio by its terms' names: those served over those entitled ("Dilayani" over "Harus Dilayani"). */
function servesEntitled(cols: ColumnInfo[], rel: Extract<Relation, { kind: 'ratio' }>): boolean {
  const named = (c: number) => words(cols.find((x) => x.col === c)?.path.join(' ') ?? '');
  const parts = rel.numParts ?? [rel.num];
  return parts.every((c) => servedNamed(named(c))) && ENTITLED.test(named(rel.den));
}

/**
 * A ratio's score on its column; on a table too short to judge it alone (an SPM bidang of two services over the years,
 * "Tahun 2022 ▸ Sasaran | Terlayani | %" beside 2023's), with the same ratio of each parallel year's own columns added:
 * one reading of the years' "%", borne out by all their rows together.
 */
function pooled(
  ctx: RelationContext,
  bases: Bases,
  cols: ColumnInfo[],
  rel: Relation,
  col: ColumnInfo,
  rows: RowInfo[],
): { held: number; tested: number; nil: number } {
  // (Past the first look: a row failing through a slip upstream is read with it mended.)
  const own = score(ctx, bases, rel, col.col, rows, true, true);
  if (own.tested >= MIN_ROWS || rel.kind !== 'ratio' || rel.numParts || (col.year === undefined && col.period === undefined)) return own;
  const num = cols.find((x) => x.col === rel.num);
  const den = cols.find((x) => x.col === rel.den);
  const out = { ...own };
  for (const twin of cols) {
    if (twin.col === col.col || twin.role !== col.role || sameTime(twin, col) || leafWords(twin) !== leafWords(col)) continue;
    const n = ownTime(cols, num, twin);
    const d = ownTime(cols, den, twin);
    if (!n || !d || n.col === d.col) continue;
    const s = score(ctx, bases, { ...rel, num: n.col, den: d.col }, twin.col, rows, true);
    out.held += s.held;
    out.tested += s.tested;
    out.nil += s.nil;
  }
  return out;
}

/**
 * A ratio its rows bear out only where its two figures are equal ("Tuntas 2 of 2 Jenis" beside a capaian of 100), two rows
 * or more against it: any percentage of an achievement fits the equal ones, so they say nothing of what the column divides ("Rata-rata Capaian (%)" of
 * a rekap, carried in from the services' own tables, is no Tuntas ÷ Jumlah Jenis).
 */
function onlyEqualTerms(ctx: RelationContext, rel: Extract<Relation, { kind: 'ratio' }>, col: ColumnInfo, rows: RowInfo[]): boolean {
  const { fit, against } = asTyped(ctx, rel, col, rows);
  // (One such row against it is a slip of its own: "Rasio 2021" 68,66 for 6,17 / 6,70 among capaian of 100.)
  return fit === 0 && against >= 2;
}

/** Whether a ratio holds as typed (either polarity, within a point) on a row whose two figures differ. */
function holdsAsTyped(ctx: RelationContext, rel: Extract<Relation, { kind: 'ratio' }>, col: ColumnInfo, rows: RowInfo[]): boolean {
  return asTyped(ctx, rel, col, rows).fit > 0;
}

/**
 * A ratio read as typed on each row (fitsAsTyped): the rows it fits whose two figures differ (and neither is 0: nothing
 * over something fits any reading), and the rows it does not fit. Its parts added where it adds several (Tuntas + Belum
 * Tuntas over Jumlah Jenis is 100 on every row); a 0 stated is nothing filled in yet.
 */
function asTyped(ctx: RelationContext, rel: Extract<Relation, { kind: 'ratio' }>, col: ColumnInfo, rows: RowInfo[]): { fit: number; against: number } {
  const sumOf = (row: number, cols: number[]) => {
    let t = 0;
    for (const c of cols) {
      const v = num(ctx.view, row, c);
      if (!v) return null;
      t += v.value;
    }
    return t;
  };
  let fit = 0;
  let against = 0;
  for (const x of rows) {
    const R = sumOf(x.row, rel.numParts ?? [rel.num]);
    const T = sumOf(x.row, rel.denParts ?? [rel.den]);
    const S = num(ctx.view, x.row, col.col);
    if (R === null || T === null || !S || S.value === 0 || T === 0) continue;
    if (!fitsAsTyped(R, T, rel.k, S)) against++;
    else if (R !== T && R !== 0) fit++;
  }
  return { fit, against };
}

/**
 * Whether S is R ÷ T × k as typed: two small counts' rounding (2 of 3 read as 1,5 … 2,5 over 2,5 … 3,5) would let almost
 * any figure agree. Either polarity's formula (a lower-is-better row's (2T − R) / T or T / R); within a point, so a
 * figure cut to whole numbers or to its decimals still fits.
 */
function fitsAsTyped(R: number, T: number, k: number, S: NumberValue): boolean {
  return [R / T, (2 * T - R) / T, R !== 0 ? T / R : NaN].some((q) => Math.abs(q * k - S.value) <= Math.max(1, half(S)) + 1e-9);
}

/** A '-' or a 0: no amount. */
function isNil(view: SheetView, r: number, c: number): boolean {
  const v = view.value(r, c);
  return v.kind === 'dash' || (v.kind === 'number' && v.value === 0);
}

/**
 * A capaian written as a ceiling (100, or 120) where realisasi ÷ target is above it: the office's
 * cap, which the ratio column's rule says once (rules/ratio-row.ts capOf); it does not refute the ratio.
 */
function cappedAt(ctx: RelationContext, rel: Relation, c: number, x: RowInfo): boolean {
  if (rel.kind !== 'ratio' || rel.k !== 100) return false;
  // Only a capaian (realisasi ÷ target): money spent beyond its budget is never written as 100.
  const role = (col: number) => ctx.columns.find((k) => k.col === col)?.role;
  if (role(rel.num) !== 'realisasi' || role(rel.den) !== 'target') return false;
  const s = num(ctx.view, x.row, c)?.value;
  if (s === undefined || !CAPAIAN_CEILINGS.includes(s)) return false;
  const r = num(ctx.view, x.row, rel.num)?.value;
  const t = num(ctx.view, x.row, rel.den)?.value;
  if (r === undefined || t === undefined || t <= 0) return false;
  // Lower-is-better rows (AKB, stunting) are above target the other way round: (2T − R)/T, or T/R. Which
  // one a row takes is its polarity, the rule's business (ratio-row capOf); any of them makes a written ceiling a cap.
  return [(r / t) * 100, ((2 * t - r) / t) * 100, r > 0 ? (t / r) * 100 : 0].some((v) => writtenAsCeiling(s, v));
}

const sameTime = (a: ColumnInfo, b: ColumnInfo) => a.year === b.year && a.period === b.period;

/** The amount column of an RKA form ("Jumlah" after "Volume | Satuan | Harga Satuan"): its lines' money, whether or not the unit prices are filled. */
export function isLineAmount(col: ColumnInfo, cols: ColumnInfo[]): boolean {
  return unitPriceTerms(col, cols) !== null;
}

/**
 * An RKA/DPA line: Jumlah = Volume × Harga Satuan, the two columns to its left. The amount column's
 * header names a total or a cost, and the table has a volume and a unit price.
 */
function unitPriceTerms(col: ColumnInfo, cols: ColumnInfo[]): [number, number] | null {
  if (percentLike(col) || !/\b(jumlah|total|nilai|biaya|pagu)\b/.test(words(col.path.join(' ')))) return null;
  // (Its own group's Volume and Harga first, "Setelah Perubahan ▸ Volume | … | Jumlah", else the nearest on its left.)
  const group = col.path.slice(0, -1).join('|');
  const left = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role)).reverse();
  const pick = (re: RegExp) => {
    const named = left.filter((c) => re.test(words(c.path.join(' '))));
    return named.find((c) => group !== '' && c.path.slice(0, -1).join('|') === group) ?? named[0];
  };
  const vol = pick(VOLUME_WORDS);
  const price = pick(PRICE_WORDS);
  return vol && price ? [vol.col, price.col] : null;
}

// The quarter columns of a table's header roles (explainColumns' `original`, never changed): read once per table,
// not once per computed column (a wide report has hundreds).
const quarterCache = new WeakMap<ColumnInfo[], Set<number>>();
function quartersOf(cols: ColumnInfo[]): Set<number> {
  let q = quarterCache.get(cols);
  if (!q) quarterCache.set(cols, (q = quarterColumns(cols)));
  return q;
}

/**
 * "BERTAMBAH/(BERKURANG) ▸ Rp | %" of an APBD Perubahan: the change over the sum it changes, the Sebelum Perubahan (APBD
 * Murni, Semula) — its total where the Sebelum side has parts ("Jumlah"). [change, base] or null.
 */
function changeOverBase(cols: ColumnInfo[], col: ColumnInfo): [number, number] | null {
  const leaf = (col.path[col.path.length - 1] ?? '').replace(/[()\s]/g, '').toLowerCase();
  if (col.path.length < 2 || !/^(%|persen|prosentase|persentase)$/.test(leaf)) return null;
  const group = col.path.slice(0, -1).join('|');
  if (!/\b(bertambah|berkurang|kenaikan|penurunan|selisih|perubahan)\b/.test(words(group)) || /\bsetelah\b/.test(words(group))) return null;
  const change = cols.find((c) => c.col < col.col && c.path.slice(0, -1).join('|') === group && NUMERIC.has(c.role) && !percentLike(c));
  const before = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c) && /\b(sebelum|murni|semula)\b/.test(words(c.path.join(' '))));
  const base =
    before.find((c) => c.path.length === 1 || /^(jumlah|total)\b/.test(words(c.path[c.path.length - 1]))) ?? (before.length === 1 ? before[0] : undefined);
  return change && base ? [change.col, base.col] : null;
}

/** The relation the header names: capaian = realisasi / target, rasio = realisasi / anggaran, Sisa = a − b, Jumlah = Σ parts. */
function headerCandidates(cols: ColumnInfo[], col: ColumnInfo, scales: number[]): Relation[] {
  const out: Relation[] = [];
  const unit = unitPriceTerms(col, cols);
  if (unit) out.push({ kind: 'product', a: unit[0], b: unit[1], k: 1 });
  const change = changeOverBase(cols, col);
  if (change) for (const k of scales) out.push({ kind: 'ratio', num: change[0], den: change[1], k });
  // Sisa = pagu − realisasi; a Selisih or Deviasi is as often realisasi − target ("5 = 4 − 3"): both
  // orders are candidates, the usual one first, and the rows decide.
  if (col.role === 'sisa' && col.parts?.length === 2) {
    out.push({ kind: 'difference', a: col.parts[0], b: col.parts[1] });
    out.push({ kind: 'difference', a: col.parts[1], b: col.parts[0] });
  }
  if (col.role === 'rowTotal' && col.parts?.length) out.push({ kind: 'sum', parts: col.parts, ...(col.minus ? { minus: col.minus } : {}) });
  out.push(...factorCandidates(cols, col));
  out.push(...weightedCandidates(cols, col));
  out.push(...linearCandidates(cols, col));
  out.push(...meanCandidates(cols, col));
  out.push(...definedRateCandidates(cols, col, scales));
  out.push(...perTermsCandidates(cols, col, scales));
  out.push(...bookValueCandidates(cols, col));
  out.push(...abbreviatedRatio(cols, col));
  out.push(...statedQuotientCandidates(cols, col, scales));
  if (!percentLike(col)) return [...out, ...namedDifference(cols, col)];
  // "% Peningkatan", "Kenaikan/Penurunan (%)": growth on the earlier figure, first (its stated formula
  // "(5-4)/4 x 100" would otherwise read as a ratio of 4 over itself).
  const growth = growthCandidates(cols, col, scales);
  if (growth.length) return [...out, ...growth];
  out.push(...gapCandidates(cols, col));
  // A ratio the column-number row or the header states ("(5)=(4)/(3)x100%", "Capaian (4/3 x 100)"): first.
  const ratio = statedRatio(col);
  if (ratio) {
    const num = numbered(cols, ratio.num, col);
    const den = numbered(cols, ratio.den, col);
    if (num && den) for (const k of ratio.times100 ? [100] : scales) out.push({ kind: 'ratio', num: num.col, den: den.col, k });
  }
  // Of several columns of the role and the year (two groups for one year), the nearest on the left.
  const pick = (role: ColumnInfo['role']) => {
    const all = cols.filter((c) => c.role === role && c.col !== col.col);
    // A quarter's or semester's capaian: that part's figures first ("Capaian TW II" over "Realisasi TW II").
    const part = partOfYear(col);
    const same = all.filter((c) => sameTime(c, col)).sort((a, b) => Number(partOfYear(b) === part) - Number(partOfYear(a) === part) || dist(a) - dist(b));
    // A ratio without a year beside columns of one year only ("Realisasi 2024 ▸ Kabupaten | Provinsi"): theirs.
    const oneTime = col.year === undefined && col.period === undefined && all.length > 0 && all.every((c) => sameTime(c, all[0]));
    // A table of one year: a dated ratio reads its undated columns as that year's ("Target 2025 | … | Realisasi Tahunan |
    // Capaian Tahun 2025 (%)"), an undated ratio of the year's whole its dated ones, before any quarter's ("Realisasi TW I
    // … TW IV | Realisasi … Renja 2024 ▸ K | Rp | Capaian (%) ▸ K | Rp").
    const years = new Set(cols.map((c) => c.year).filter((y) => y !== undefined));
    const ofTheYear =
      years.size === 1 && col.period === undefined && !part
        ? all.filter((c) => (c.year === undefined) !== (col.year === undefined) && c.period === undefined && !partOfYear(c)).sort((a, b) => dist(a) - dist(b))
        : [];
    // (Else, for a dated ratio, the year's undated whole on the left: "Realisasi … Renja PD yang Dievaluasi" under
    // "Capaian … Renja PD Tahun 2024 (%)", the year named once, in the target's header.)
    if (col.year !== undefined) return same[0] ?? ofTheYear[0] ?? wholeUndated(all);
    return ofTheYear[0] ?? same[0] ?? (oneTime ? [...all].sort((a, b) => dist(a) - dist(b))[0] : undefined);
  };
  const dist = (c: ColumnInfo) => (c.col < col.col ? col.col - c.col : 1000 + c.col - col.col);
  const wholeUndated = (all: ColumnInfo[]) =>
    all
      .filter((c) => c.col < col.col && c.year === undefined && c.period === undefined && !partOfYear(c) && !RUNNING.test(words(c.path.join(' '))))
      .sort((a, b) => dist(a) - dist(b))[0];
  const full = words(col.path.join(' '));
  // "Bobot" names its definition: the row's pagu as a share of the total pagu, and nothing else (with
  // every row empty, a generic ratio tried first would be assumed and filled as realisasi ÷ pagu).
  if (isWeight(col.path)) {
    const pagu = pick('anggaran') ?? cols.find((c) => c.role === 'anggaran' || c.role === 'rp');
    if (pagu) return [...out, ...scales.map((k): Relation => ({ kind: 'share', num: pagu.col, k, base: 'grand' }))];
  }
  // "Kontribusi terhadap PAD (%)", "Distribusi (%)", "Proporsi": the share of the column's total that the
  // nearest amount on its left is (the rows still decide against the ratios below).
  if (/\b(kontribusi|distribusi|proporsi|porsi|peranan)\b|\bterhadap (total|jumlah|pad|pdrb)\b/.test(full)) {
    // (Not a blank separator column: no header, nothing to share.)
    const amount = cols
      .filter((c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c) && sameYear(c, col) && c.path.some((p) => p.trim() !== ''))
      .sort((a, b) => dist(a) - dist(b))[0];
    if (amount) for (const k of scales) out.push({ kind: 'share', num: amount.col, k, base: 'grand' });
  }
  // "Tingkat Capaian Kinerja dan Realisasi Anggaran (%) ▸ K | Rp": the leaf says which of the two it is.
  const money = !performanceLeaf(col) && MONEY_WORDS.test(full);
  // Progress towards the end of the period ("Capaian s.d. 2023 terhadap Target Akhir Renstra (%)", "Tingkat
  // Kemajuan", "Capaian Renstra s.d. 2024 (%)"): the realisation to date (a cumulative column, else the latest) over the end target. First.
  // "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2024 (%) ▸ K | Rp" too: the K over the end
  // target, the Rp over the end Rp (the rows decide which).
  // (Or a bare "Tingkat Capaian (%)" of a T-C.29 with no year of its own, after the end targets and the running total:
  // the rows decide whether it is measured against them.)
  const undated =
    col.year === undefined && col.period === undefined && /\bcapaian\b/.test(full) && cols.some((c) => c.role === 'akhirTarget' && c.col < col.col);
  if (
    undated ||
    /\b(terhadap|thd)\b.*\b(akhir|renstra|rpjmd)\b|\bkemajuan\b|\bakhir renstra\b|\bcapaian (renstra|rpjmd)\b|\b(renstra|rpjmd)\b.*\bs d\b/.test(full)
  ) {
    const nearest = (role: ColumnInfo['role']) => cols.filter((c) => c.role === role && c.col !== col.col).sort((a, b) => dist(a) - dist(b))[0];
    // (Or the plan's target named so where the period's end has no column of its own: "Target Renstra PD 2025 ▸ Kinerja |
    // Anggaran (Rp)" beside "Target Renja PD 2025".)
    const plan = (roles: ColumnInfo['role'][]) =>
      cols.filter((c) => roles.includes(c.role) && c.col < col.col && /\b(renstra|rpjmd)\b/.test(words(c.path.join(' ')))).sort((a, b) => dist(a) - dist(b))[0];
    const ends = [nearest('akhirTarget') ?? plan(['target']), nearest('akhirRp') ?? plan(['anggaran', 'rp'])].filter((c): c is ColumnInfo => c !== undefined);
    const toDate = (roles: ColumnInfo['role'][]) => cols.filter((c) => roles.includes(c.role) && c.col < col.col).sort((a, b) => dist(a) - dist(b));
    for (const end of ends) {
      const nums = MONEY_ROLES.has(end.role) ? toDate(['rowTotal', 'realisasiRp']) : toDate(['rowTotal', 'realisasi']);
      // The realisasi of the years shown read to date: a count's summed (its end target the period's sum), a level's at its
      // latest year (each row's satuan and figures decide, so this reading holds wherever the latest year alone does).
      // (Not where the running total is a column of its own, "Realisasi s.d. 2023": that one.)
      const latest =
        nums[0]?.role === 'realisasi' || nums[0]?.role === 'realisasiRp'
          ? nums.find((c) => c.year !== undefined && !RUNNING.test(words(c.path.join(' '))))
          : undefined;
      const years = latest
        ? nums.filter((c) => c.role === latest.role && c.year !== undefined && c.year <= latest.year!).sort((a, b) => a.year! - b.year!)
        : [];
      if (years.length >= 2 && new Set(years.map((c) => c.year)).size === years.length)
        for (const k of scales) out.push({ kind: 'ratio', num: latest!.col, den: end.col, k, numParts: years.map((c) => c.col) });
      for (const n of nums.slice(0, 2)) for (const k of scales) out.push({ kind: 'ratio', num: n.col, den: end.col, k });
    }
  }
  // Against another government's target ("Capaian dibanding Target Nasional (%)", "Capaian thd Provinsi"): the region's
  // realisasi over the column of that level ("Nasional", "Target Nasional 2022"), whatever its role. First.
  const level = AGAINST_LEVEL.exec(full);
  if (level) {
    const den = cols
      .filter((c) => c.col !== col.col && NUMERIC.has(c.role) && !percentLike(c) && words(c.path.join(' ')).split(' ').includes(level[1]))
      .sort((a, b) => dist(a) - dist(b))[0];
    const num = pick('realisasi');
    if (den && num) for (const k of scales) out.push({ kind: 'ratio', num: num.col, den: den.col, k });
  }
  // Against a named year's target ("Capaian 2024 thd Target 2026 (%)", "Capaian thd Target Renstra 2026"):
  // the realisasi of the first year named (else the latest on the left) over that year's target. First.
  const against = /\b(?:terhadap|thd)\b.*\btarget\b\D*((?:19|20)\d\d)\b/.exec(full);
  if (against) {
    const year = Number(against[1]);
    const named = /^\D*?((?:19|20)\d\d)\b.*\b(?:terhadap|thd)\b/.exec(full);
    const den = cols.find((c) => (c.role === 'target' || c.role === 'akhirTarget') && c.year === year && c.col !== col.col);
    const real = cols.filter((c) => c.role === 'realisasi' && c.col < col.col);
    const num = (named ? real.find((c) => c.year === Number(named[1])) : undefined) ?? real.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || b.col - a.col)[0];
    if (den && num) for (const k of scales) out.push({ kind: 'ratio', num: num.col, den: den.col, k });
  }
  // A year's capaian is that year's realisation: a running total of the same year ("Realisasi s.d. 2024") only
  // when the capaian says so too (where every output met its target exactly, both fit).
  const toDate = (c: ColumnInfo) => RUNNING.test(words(c.path.join(' ')));
  const real = pick('realisasi');
  const sameYearReal =
    real && toDate(real) !== toDate(col)
      ? cols.filter((c) => c.role === 'realisasi' && c.col !== col.col && sameTime(c, real) && toDate(c) === toDate(col))
      : [];
  const target = pick('target');
  // A capaian naming no year beside a series of realisasi and one dated target ("Realisasi 2018 … 2022 | Target 2022 |
  // Capaian (%)"): the realisasi of the target's year.
  const ofTarget =
    !real && target?.year !== undefined && col.year === undefined && col.period === undefined
      ? cols.filter((c) => c.role === 'realisasi' && c.col !== col.col && sameTime(c, target)).sort((a, b) => dist(a) - dist(b))[0]
      : undefined;
  // No realisasi column, but one named by the indicator the target and the capaian name ("AKI per 100.000 KH | Target AKI
  // | Capaian AKI (%)"): that column is the realisasi, whatever its own quotient made of it.
  const namedReal = !real && !ofTarget && target ? measureNamed(cols, col, target, full) : undefined;
  const cap = { num: sameYearReal.sort((a, b) => dist(a) - dist(b))[0] ?? real ?? ofTarget ?? namedReal, den: target };
  // The money spent is the quarters' Jumlah where the quarters are given ("Realisasi Anggaran ▸ TW I … IV | Jumlah").
  // (Not a running total over the years, "s/d Tahun 2024" = 2023's s/d + this year's: no part of another year.)
  const ofThisYear = (role: ColumnInfo['role']) => (p: number) => {
    const part = cols.find((x) => x.col === p);
    return part?.role === role && (col.year === undefined || part.year === undefined || part.year === col.year);
  };
  const spentTotal = cols
    .filter((c) => c.role === 'rowTotal' && c.col < col.col && !!c.parts?.length && c.parts.every(ofThisYear('realisasiRp')))
    .sort((a, b) => dist(a) - dist(b))[0];
  const ang = { num: spentTotal ?? pick('realisasiRp'), den: pick('anggaran') ?? pick('rp') };
  // "Capaian Kinerja (%)" is never realisasi ÷ anggaran, whatever money the table holds, nor "Realisasi
  // Anggaran (%)" the performance's realisasi ÷ target where the money is there to divide.
  // A Rencana Aksi: Realisasi TW I … TW IV against the Target Tahunan. The year's realisasi is read from the
  // quarters (counts add up, levels are the last quarter's), before the last quarter over its own target.
  const quarter = quartersOf(cols);
  // The realisasi so far after its quarters ("Realisasi s.d. TW III", their total or the last reported level): the
  // capaian of a report stopping before TW IV divides it by the year's target.
  const doneTotal = cols
    .filter((c) => c.role === 'rowTotal' && c.col < col.col && !!c.parts?.length && c.parts.every(ofThisYear('realisasi')))
    .sort((a, b) => dist(a) - dist(b))[0];
  // "Capaian (%) ▸ thd Target s.d. TW III | thd Target Tahunan": the target its leaf names, first.
  const namedTarget = againstNamed(cols, col);
  if (!money && namedTarget && (doneTotal ?? cap.num))
    for (const k of scales) out.push({ kind: 'ratio', num: (doneTotal ?? cap.num)!.col, den: namedTarget.col, k });
  // (Not a quarter's own capaian, "Capaian per Triwulan ▸ TW IV": that quarter's realisasi, never the total so far.)
  const oneQuarter = !!partOfYear(col) && !RUNNING.test(words(col.path.join(' ')));
  if (!money && doneTotal && cap.den && !oneQuarter) for (const k of scales) out.push({ kind: 'ratio', num: doneTotal.col, den: cap.den.col, k });
  // Not where the year's own realisasi stands after its quarters: the capaian divides that figure.
  if (!money && cap.num && !quarter.has(col.col) && quarter.has(cap.num.col)) {
    const quarters = cols.filter((c) => c.role === 'realisasi' && quarter.has(c.col) && c.col < col.col && sameTime(c, cap.num!)).map((c) => c.col);
    const annual = cols
      .filter((c) => c.role === 'target' && !quarter.has(c.col) && !RUNNING.test(words(c.path.join(' '))) && c.col < col.col)
      .sort((a, b) => dist(a) - dist(b))[0];
    if (quarters.length >= 2 && annual)
      for (const k of scales) out.push({ kind: 'ratio', num: quarters[quarters.length - 1], den: annual.col, k, numParts: quarters });
    // No target of the year but one per quarter ("Target ▸ TW I … IV | Realisasi ▸ TW I … IV | Capaian"): the year's
    // target is read from its quarters as the realisasi is (Σ of counts, the last of levels).
    const targets = cols.filter((c) => c.role === 'target' && quarter.has(c.col) && c.col < col.col && sameTime(c, cap.num!)).map((c) => c.col);
    if (quarters.length >= 2 && !annual && targets.length === quarters.length)
      for (const k of scales)
        out.push({ kind: 'ratio', num: quarters[quarters.length - 1], den: targets[targets.length - 1], k, numParts: quarters, denParts: targets });
  }
  out.push(...servedCandidates(cols, col, scales, dist));
  // "CFR (%)", "Case Fatality Rate": the deaths over the cases (of the disease the table counts), × 100. The cases
  // are its nearest column of cases on the left (L+P before L and P: the rows decide).
  if (/\b(cfr|case fatality( rate)?)\b/.test(full)) {
    const named = (re: RegExp) =>
      cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c) && re.test(words(c.path.join(' ')))).sort((a, b) => dist(a) - dist(b));
    // (By sex, "CFR (%) ▸ L | P | L+P" under "Meninggal ▸ L | P | L+P": each sex's deaths over its own cases.)
    const ownLeaf = (c: ColumnInfo) => leafWords(c) === leafWords(col);
    const allDeaths = named(/\b(meninggal|kematian|mati|death|deaths)\b/);
    const deaths = (col.path.length > 1 ? allDeaths.find(ownLeaf) : undefined) ?? allDeaths[0];
    if (deaths) {
      const cases = named(/\b(kasus|penderita|cases|sakit)\b/).filter((c) => c !== deaths);
      const mine = ownLeaf(deaths) && col.path.length > 1 ? cases.filter(ownLeaf) : [];
      for (const c of mine.length ? mine : cases) for (const k of scales) out.push({ kind: 'ratio', num: deaths.col, den: c.col, k });
    }
  }
  // "Kemantapan (%)" of roads: the stretches in good and fair condition over the length (Baik + Sedang) / Panjang.
  if (/\bkemantapan\b/.test(full)) {
    const stretch = (re: RegExp) => cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c) && re.test(words(c.path.join(' '))));
    const fair = [...stretch(/\bbaik\b/), ...stretch(/\bsedang\b/)].filter((c) => !/\brusak\b/.test(words(c.path.join(' ')))).map((c) => c.col);
    const length = stretch(/\b(panjang|total|jumlah)\b/).sort((a, b) => dist(a) - dist(b))[0];
    if (fair.length === 2 && length)
      for (const k of scales) out.push({ kind: 'ratio', num: fair[1], den: length.col, k, numParts: fair.sort((a, b) => a - b) });
  }
  // The money spent read from its quarters where no Jumlah follows them ("Realisasi (Rp) ▸ TW I … IV | Realisasi (%)"):
  // their sum over the pagu (the rows decide against the last quarter alone, a running "s.d. TW IV").
  if (!spentTotal && ang.num && ang.den && quarter.has(ang.num.col) && !quarter.has(col.col)) {
    const spent = cols.filter((c) => c.role === 'realisasiRp' && quarter.has(c.col) && c.col < col.col && sameTime(c, ang.num!)).map((c) => c.col);
    if (spent.length >= 2) for (const k of scales) out.push({ kind: 'ratio', num: spent[spent.length - 1], den: ang.den.col, k, numParts: spent });
  }
  const order = money ? (ang.num && ang.den ? [ang] : [cap]) : /\bkinerja\b/.test(full) ? [cap] : [cap, ang];
  for (const p of order) if (p.num && p.den) for (const k of scales) out.push({ kind: 'ratio', num: p.num.col, den: p.den.col, k });
  // Running totals over the quarters ("Realisasi Keuangan ▸ s.d. TW I … s.d. TW IV | %"): a report made before the
  // year's end has "-" under the quarters still to come, and its % divides the latest one filled. Each earlier one
  // after the last; the rows decide.
  for (const p of order) {
    if (!p.num || !p.den || !partOfYear(p.num) || !RUNNING.test(words(p.num.path.join(' ')))) continue;
    const earlier = cols
      .filter((c) => c.role === p.num!.role && c.col < p.num!.col && sameTime(c, p.num!) && !!partOfYear(c) && RUNNING.test(words(c.path.join(' '))))
      .sort((a, b) => b.col - a.col);
    for (const c of earlier) for (const k of scales) out.push({ kind: 'ratio', num: c.col, den: p.den.col, k });
  }
  // Several realisasi of the year (Kabupaten | Provinsi | Nasional): each is a candidate after the
  // nearest, and the rows decide which one the capaian was taken from.
  if (cap.num && cap.den) {
    // (Never another quarter's: "Capaian TW I" is no figure of TW II.)
    const part = partOfYear(col);
    const others = cols.filter((c) => c.role === 'realisasi' && c !== cap.num && c.col < col.col && sameTime(c, cap.num!) && (!part || partOfYear(c) === part));
    for (const n of others) for (const k of scales) out.push({ kind: 'ratio', num: n.col, den: cap.den.col, k });
  }
  // "Tahun 2023 ▸ A | B | Hasil": B is no amount Hasil is the share of, but the denominator of its quotient.
  const letters = letterPair(cols, col);
  if (letters) return [...out, ...scales.map((k): Relation => ({ kind: 'ratio', num: letters[0].col, den: letters[1].col, k }))];
  const i = cols.findIndex((c) => c.col === col.col);
  // A % right after a difference ("Bertambah/(Berkurang) (Rp) | %", "Sisa | %"): the change over the budget it
  // started from (Sebelum Perubahan, the subtrahend), or the rest over the pagu (the minuend). The rows decide.
  const diff = i > 0 ? cols[i - 1] : undefined;
  if (diff && diff.role === 'sisa' && diff.parts?.length === 2)
    for (const den of [diff.parts[1], diff.parts[0]]) for (const k of scales) out.push({ kind: 'ratio', num: diff.col, den, k });
  // A percent twin beside an amount under one group ("Sisa Dana" ▸ Rp | %): that amount over the
  // pagu of its row, or over the grand total.
  const twin = twinOf(cols, col);
  if (twin) {
    const base = pick('anggaran') ?? cols.find((c) => c.role === 'anggaran' || c.role === 'rp');
    for (const k of scales) {
      if (base && base.col !== twin.col) out.push({ kind: 'ratio', num: twin.col, den: base.col, k });
      if (base && base.col !== twin.col) out.push({ kind: 'share', num: twin.col, k, base: 'grand', of: base.col });
      out.push({ kind: 'share', num: twin.col, k, base: 'grand' });
    }
  }
  // "Bobot" without a pagu to weigh by: what the rows say.
  return [...out, ...namedRatioCandidates(cols, col)];
}

/** The target a capaian's leaf names after "thd" / "terhadap" ("thd Target Tahunan"), by its header's words. */
function againstNamed(cols: ColumnInfo[], col: ColumnInfo): ColumnInfo | undefined {
  // (Or after what it measures, on one header row: "Capaian s.d. TW III thd Target Tahunan (%)".)
  const m =
    /^(?:thd|terhadap) (.+)$/.exec(words(col.path[col.path.length - 1] ?? '')) ??
    /\b(?:thd|terhadap) (target\b.*?)(?: %)?$/.exec(words(col.path[col.path.length - 1] ?? ''));
  if (!m) return undefined;
  return cols.find((c) => c.col < col.col && (c.role === 'target' || c.role === 'akhirTarget') && words(c.path.join(' ')) === m[1]);
}

/**
 * The column measuring the indicator a target names ("Target AKI" → "AKI per 100.000 KH"), where the capaian names it too
 * ("Capaian AKI (%)"): the nearest on the capaian's left, no target or capaian itself.
 */
function measureNamed(cols: ColumnInfo[], col: ColumnInfo, target: ColumnInfo, full: string): ColumnInfo | undefined {
  const subject = words(target.path.join(' ').replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((w) => w && w !== 'target' && !/^(19|20)\d\d$/.test(w));
  if (!subject.length || !` ${full} `.includes(` ${subject.join(' ')} `)) return undefined;
  return cols
    .filter((c) => c.col < col.col && c !== target && NUMERIC.has(c.role) && c.role !== 'target')
    .filter((c) => {
      const name = ` ${words(c.path.join(' '))} `;
      return name.includes(` ${subject.join(' ')} `) && !/ (target|capaian) /.test(name);
    })
    .sort((a, b) => b.col - a.col)[0];
}

/** Rates defined by their name: productivity is production over harvested area, density population over area. */
const DEFINED_RATES: { rate: RegExp; num: RegExp; den: RegExp }[] = [
  { rate: /\bproduktivitas\b/, num: /\bproduksi\b/, den: /\bluas\b/ },
  { rate: /\bkepadatan\b/, num: /\b(penduduk|jiwa)\b/, den: /\bluas\b/ },
  // (APK: pupils of any age over the children of school age; APM: those of school age only.)
  { rate: /\b(apk|angka partisipasi kasar)\b/, num: /\b(murid|siswa|peserta didik)\b(?!.*\busia\b)/, den: /\b(penduduk|anak)\b.*\busia\b|\busia sekolah\b/ },
  { rate: /\b(apm|angka partisipasi murni)\b/, num: /\b(murid|siswa|peserta didik)\b.*\busia\b/, den: /\b(penduduk|anak)\b.*\busia\b|\busia sekolah\b/ },
  // (Men per hundred women; people per household.)
  { rate: /\b(rasio jenis kelamin|sex ratio)\b/, num: /\b(laki laki|pria|lk)\b/, den: /\b(perempuan|wanita|pr)\b/ },
  { rate: /\brata rata (anggota|jiwa|penduduk)( per)? (rumah tangga|rt|keluarga|kk)\b/, num: /\b(penduduk|jiwa)\b/, den: /\b(rumah tangga|rt|keluarga|kk)\b/ },
];

/** A rate's defining quotient by the names of its columns (of its year), at each of its scales (Ku/Ha is ton/ha × 10). */
function definedRateCandidates(cols: ColumnInfo[], col: ColumnInfo, scales: number[]): Relation[] {
  const name = words(col.path.join(' '));
  const def = DEFINED_RATES.find((d) => d.rate.test(name));
  if (!def) return [];
  const amounts = cols.filter((c) => c !== col && NUMERIC.has(c.role) && !percentLike(c) && sameYear(c, col) && !def.rate.test(words(c.path.join(' '))));
  const num = amounts.find((c) => def.num.test(words(c.path.join(' '))));
  const den = amounts.find((c) => def.den.test(words(c.path.join(' '))));
  return num && den ? scales.map((k): Relation => ({ kind: 'ratio', num: num.col, den: den.col, k })) : [];
}

/**
 * A quotient its header names by two other columns: "Murid per Guru" of "Jumlah Murid" and "Jumlah Guru", "Penduduk per
 * Puskesmas". (Not "Sekolah per Kecamatan", a breakdown: no column counts the kecamatan.) At a plain scale or a rate's.
 */
function perTermsCandidates(cols: ColumnInfo[], col: ColumnInfo, scales: number[]): Relation[] {
  const m = perTerms(col);
  if (!m) return [];
  const named = (term: string) =>
    cols
      .filter(
        (c) =>
          c.col !== col.col &&
          NUMERIC.has(c.role) &&
          c.role !== 'ratio' &&
          !percentLike(c) &&
          // (Not another quotient naming the term: "Murid/Guru", "Murid terhadap Guru" is no count of murid.)
          !perTerms(c) &&
          sameYear(c, col) &&
          [term, ...(TERM_SPELLED[term] ?? [])].some((t) => ` ${words(c.path.join(' '))} `.includes(` ${t} `)),
      )
      // (The column named by the term alone first: "Murid" before "Murid Usia 7–12 Tahun".)
      .sort((a, b) => Number(exactly(b, term)) - Number(exactly(a, term)) || Math.abs(a.col - col.col) - Math.abs(b.col - col.col))[0];
  const exactly = (c: ColumnInfo, term: string) => [term, ...(TERM_SPELLED[term] ?? [])].includes(words(c.path[c.path.length - 1] ?? ''));
  const num = named(m[1]);
  const den = named(m[2]);
  if (!num || !den || num === den) return [];
  return [...new Set([1, ...scales])].map((k): Relation => ({ kind: 'ratio', num: num.col, den: den.col, k }));
}

/** A ratio's term in its short form, spelled out as a count's header spells it ("Murid/Rombel" beside "Rombongan Belajar" or "Kelas"). */
const TERM_SPELLED: Record<string, string[]> = {
  rombel: ['rombongan belajar', 'kelas'],
  kelas: ['rombongan belajar', 'rombel'],
  tt: ['tempat tidur'],
  nakes: ['tenaga kesehatan'],
  pddk: ['penduduk'],
  pend: ['penduduk'],
  // (A school's pupils by any of their names: "Rasio Siswa terhadap Guru" beside "Jumlah Murid".)
  siswa: ['murid', 'peserta didik'],
  murid: ['siswa', 'peserta didik'],
};

/**
 * The two terms a quotient's leaf names: "Murid per Guru", "Rasio Guru per Sekolah", or written "Murid/Guru", "Murid
 * terhadap Guru" (words, not a golongan's "IV/a"; not "Guru : Murid", a proportion 1 : 21,4 whose figure is murid per
 * guru: the rows say which way).
 */
function perTerms(col: ColumnInfo): RegExpExecArray | null {
  const leaf = col.path[col.path.length - 1] ?? '';
  return (
    /^(?:rasio |jumlah |rata rata )?([a-z]+(?: [a-z]+)?) per ([a-z]+(?: [a-z]+)?)$/.exec(words(leaf)) ??
    /^(?:rasio |jumlah |rata rata )?([a-z]{3,}(?: [a-z]+)?) ?(?:\/| terhadap | thd\.? | dibanding(?:kan)? ) ?([a-z]{3,}(?: [a-z]+)?)$/.exec(
      leaf
        .toLowerCase()
        .replace(/\([^)]*\)/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
  );
}

/**
 * A quotient its header writes over the other columns' short names: "NTP (It/Ib x 100)" beside "Indeks Diterima (It)" and
 * "Indeks Dibayar (Ib)" (or headed "It" and "Ib" alone). Each name must stand in exactly one other header.
 */
function abbreviatedRatio(cols: ColumnInfo[], col: ColumnInfo): Relation[] {
  const m = /\(\s*([A-Za-z]{1,6})\s*\/\s*([A-Za-z]{1,6})\s*(?:[x×*]\s*(100|1\.?000))?\s*\)/.exec(col.path.join(' '));
  if (!m) return [];
  const named = (term: string) => {
    const re = new RegExp(`\\(\\s*${term}\\s*\\)`, 'i');
    const bare = term.toLowerCase();
    const found = cols.filter(
      (c) => c.col !== col.col && NUMERIC.has(c.role) && (re.test(c.path.join(' ')) || words(c.path[c.path.length - 1] ?? '') === bare),
    );
    return found.length === 1 ? found[0] : undefined;
  };
  const num = named(m[1]);
  const den = named(m[2]);
  if (!num || !den || num === den) return [];
  const k = m[3] ? Number(m[3].replace('.', '')) : 1;
  return [{ kind: 'ratio', num: num.col, den: den.col, k }];
}

/** Nilai Buku = Nilai Perolehan − Akumulasi Penyusutan by definition (and + where the depreciation is typed negative). */
function bookValueCandidates(cols: ColumnInfo[], col: ColumnInfo): Relation[] {
  if (!/\bnilai buku\b/.test(words(col.path.join(' ')))) return [];
  const before = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c));
  const cost = before.find((c) => /\b(perolehan|harga perolehan|nilai aset)\b/.test(words(c.path.join(' '))));
  const dep = before.find((c) => /\b(penyusutan|amortisasi)\b/.test(words(c.path.join(' '))));
  return cost && dep ? [{ kind: 'difference', a: cost.col, b: dep.col }] : [];
}

/** Words of a subject its role already names (a realisasi over its pagu or target is read by its roles). */
const ROLE_SUBJECT =
  /\b(realisasi|target|capaian|anggaran|pagu|rencana|kinerja|keuangan|fisik|dana|belanja|pendapatan|sisa|jumlah|total|tw|triwulan|semester|bobot|rasio)\b/;

/**
 * A percentage named after another column of its table ("% Mantap" beside "Kondisi Mantap (km)"): that column over each
 * amount before it, the rows deciding which (a whole-km table may fit an odd pair as well on most rows).
 */
function namedRatioCandidates(cols: ColumnInfo[], col: ColumnInfo): Relation[] {
  const subject = words(col.path[col.path.length - 1] ?? '')
    .replace(/%|\b(persentase|prosentase|persen|proporsi|tingkat)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // (Only a subject of its own: the figures a role names, realisasi over pagu or target, are read by their roles.)
  if (subject.length < 4 || !/^[a-z ]+$/.test(subject) || ROLE_SUBJECT.test(subject)) return [];
  const named = new RegExp(`\\b${subject}\\b`);
  const amounts = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c) && sameYear(c, col));
  const out: Relation[] = [];
  for (const num of amounts.filter((c) => named.test(words(c.path.join(' ')))))
    for (const den of amounts) if (den !== num && !named.test(words(den.path.join(' ')))) out.push({ kind: 'ratio', num: num.col, den: den.col, k: 100 });
  return out;
}

/**
 * "Nilai Tertimbang" beside a Bobot (IKLH = Σ bobot × indeks, a composite index's components), or a SWOT score beside
 * its Bobot and Rating: the weight times each figure before it, the weight a fraction (0,376) or a percentage (37,6 %,
 * "(3 x 4)/100"): the rows decide.
 */
function weightedCandidates(cols: ColumnInfo[], col: ColumnInfo): Relation[] {
  // (Or a SWOT/IFAS score beside its Bobot and Rating: "Skor", "Nilai (Bobot × Rating)".)
  const scored =
    (/\b(skor|score|nilai)\b/.test(words(col.path.join(' '))) || /\bbobot\s*[x×*]\s*rating\b/i.test(col.path.join(' '))) &&
    cols.some((c) => c !== col && /\b(rating|peringkat)\b/.test(words(c.path.join(' '))));
  // (Or the product named: "Bobot x Fisik", "Fisik × Bobot".)
  const named = /\bbobot\s*[x×*]\s*\p{L}|\p{L}\s*[x×*]\s*bobot\b/iu.test(col.path.join(' '));
  if (!/\btertimbang\b/.test(words(col.path.join(' '))) && !scored && !named) return [];
  const weights = cols.filter((c) => c.col !== col.col && NUMERIC.has(c.role) && isWeight(c.path));
  const figures = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && !isWeight(c.path) && !/\btertimbang\b/.test(words(c.path.join(' '))));
  const out: Relation[] = [];
  for (const w of weights) for (const f of figures) for (const k of [1, 100]) out.push({ kind: 'product', a: w.col, b: f.col, k });
  return out;
}

/**
 * A weighted sum of other columns: as the header or the column-number row states it ("(80% x Kol.5) + (20% x Kol.6)",
 * columns by number or by words), else an SPM service's index ("Indeks Pencapaian SPM", "Nilai Indeks") beside its
 * capaian penerima layanan and its capaian mutu, as Permendagri 59/2021 sets it: 80 % of the one plus 20 % of the other.
 */
function linearCandidates(cols: ColumnInfo[], col: ColumnInfo): Relation[] {
  const figures = cols.filter((c) => c.col !== col.col && NUMERIC.has(c.role));
  const stated = statedWeights(col);
  if (stated) {
    const terms = stated.map((t) => {
      const c = t.number !== undefined ? numbered(cols, t.number, col) : namedIn(figures, t.words ?? '');
      return c ? { c: c.col, w: t.w } : null;
    });
    const found = terms.filter((t): t is { c: number; w: number } => !!t);
    return found.length === terms.length && new Set(found.map((t) => t.c)).size === found.length ? [{ kind: 'linear', terms: found }] : [];
  }
  const name = words(col.path.join(' '));
  if (!/\bindeks\b/.test(name) || /\bmutu\b/.test(name)) return [];
  const left = figures.filter((c) => c.col < col.col && percentLike(c)).sort((a, b) => b.col - a.col);
  const mutu = left.find((c) => /\bmutu\b/.test(words(c.path.join(' '))));
  const penerima = left.find((c) => !/\bmutu\b/.test(words(c.path.join(' '))) && /\b(penerima|penerimaan|capaian)\b/.test(words(c.path.join(' '))));
  return mutu && penerima
    ? [
        {
          kind: 'linear',
          terms: [
            { c: penerima.col, w: 0.8 },
            { c: mutu.col, w: 0.2 },
          ],
        },
      ]
    : [];
}

/**
 * "Rata-rata", "Rata-rata Capaian (%)" after the years ("Rasio Capaian ▸ 2021 | 2022 | 2023 | Rata-rata"): the mean of a
 * run of yearly columns of one kind on its left, the nearest run first (the rasio, then the realisasi, the target). Not
 * a mean growth ("Rata-rata Pertumbuhan", its own rule's) nor a figure per something ("Rata-rata per Bulan").
 */
function meanCandidates(cols: ColumnInfo[], col: ColumnInfo): Relation[] {
  if (col.year !== undefined || col.period !== undefined) return [];
  const leaf = words(col.path[col.path.length - 1] ?? '');
  if (!/^(rata rata|rerata)( (capaian|rasio|rasio capaian|realisasi|nilai|persentase))?( %)?$/.test(leaf)) return [];
  const out: Relation[] = [];
  const left = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role)).sort((a, b) => b.col - a.col);
  for (let i = 0; i < left.length && out.length < 3;) {
    const run = [left[i]];
    while (i + run.length < left.length) {
      const c = left[i + run.length];
      const prev = run[run.length - 1];
      if (c.year === undefined || prev.year === undefined || c.role !== prev.role || c.year === prev.year || c.col !== prev.col - 1) break;
      run.push(c);
    }
    i += run.length;
    if (run.length < 2 || run.some((c) => c.year === undefined)) continue;
    out.push({ kind: 'linear', terms: run.reverse().map((c) => ({ c: c.col, w: 1 / run.length })), mean: true });
  }
  // (Or the years' ratios apart, each beside its year's target and realisasi: "2019 ▸ T | R | Rasio … 2022 ▸ T | R |
  // Rasio | Rata-rata".)
  const yearly = left.filter((c) => c.role === 'ratio' && c.year !== undefined).sort((a, b) => a.col - b.col);
  if (yearly.length >= 2 && new Set(yearly.map((c) => c.year)).size === yearly.length && yearly.some((c, i) => i > 0 && c.col !== yearly[i - 1].col + 1))
    out.push({ kind: 'linear', terms: yearly.map((c) => ({ c: c.col, w: 1 / yearly.length })), mean: true });
  return out;
}

/** The column a formula's words name ("Capaian Mutu" in "(Capaian Mutu x 20%)"): the one with the longest name those words hold. */
function namedIn(cols: ColumnInfo[], text: string): ColumnInfo | undefined {
  const said = words(text);
  const names = cols
    .map((c) => ({ c, name: words(c.path[c.path.length - 1]?.replace(/\([^)]*\)/g, ' ') ?? '') }))
    .filter((x) => x.name && said.includes(x.name));
  return names.sort((a, b) => b.name.length - a.name.length)[0]?.c;
}

/**
 * A column its header states as another times a constant (columns.ts statedFactor): that column by its number or its
 * words, else each figure on its left, nearest first. "× 0,111" is how SKM sheets write 1/9: both are tried (the rows
 * decide).
 */
function factorCandidates(cols: ColumnInfo[], col: ColumnInfo): Relation[] {
  const f = statedFactor(col);
  // "NRR Tertimbang" with no factor written: an SKM's weight of each unsur, one over their number (nine under
  // Permenpan RB 14/2017, written 0,111; eleven; fourteen under Kepmenpan 25/2004, 0,071): the rows decide.
  if (!f && /\btertimbang\b/.test(words(col.path.join(' ')))) {
    const nrr = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && /\bnrr\b|nilai rata/.test(words(c.path.join(' '))));
    const ks = [9, 11, 14].flatMap((n) => unsurWeights(n));
    return nrr.flatMap((a) => ks.map((k): Relation => ({ kind: 'scaled', a: a.col, k })));
  }
  if (!f) return [];
  const left = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role)).sort((a, b) => b.col - a.col);
  const named = f.number !== undefined ? numbered(cols, f.number, col) : undefined;
  const byWords = f.words ? left.filter((c) => words(c.path.join(' ')).includes(words(f.words!))) : [];
  const operands = named ? [named] : f.number !== undefined ? [] : byWords.length ? byWords : left.slice(0, 3);
  const n = Math.round(1 / f.k);
  const ks = f.k < 1 && n >= 2 && Math.abs(f.k * n - 1) < 0.01 && f.k !== 1 / n ? [f.k, 1 / n] : [f.k];
  return operands.flatMap((a) => ks.map((k): Relation => ({ kind: 'scaled', a: a.col, k })));
}

/** The amount a percent column is the twin of: its left neighbour under the same group ("Sedang" ▸ km | %). */
function twinOf(cols: ColumnInfo[], col: ColumnInfo): ColumnInfo | undefined {
  const i = cols.findIndex((c) => c.col === col.col);
  const twin = i > 0 ? cols[i - 1] : undefined;
  const parent = (c: ColumnInfo) => c.path[c.path.length - 2];
  // (An amount: "Hasil Analisis Kebutuhan ▸ Indikator Kinerja | Target Capaian" puts text beside its target.)
  return twin && NUMERIC.has(twin.role) && twin.path.length >= 2 && col.path.length >= 2 && parent(twin) === parent(col) && !percentLike(twin)
    ? twin
    : undefined;
}

/**
 * The same reading on the other years of its group ("Rasio ▸ 2021 | 2022 | 2023", each year's realisasi over its own
 * anggaran): holding on every row of two other years or more (three rows each at least), it is this year's reading
 * too, whatever two slips among this year's few rows say.
 */
function yearTwinsBearOut(ctx: RelationContext, bases: Bases, cols: ColumnInfo[], col: ColumnInfo, rel: Relation, rows: RowInfo[]): boolean {
  if (rel.kind !== 'ratio' || rel.numParts || rel.denParts || col.year === undefined) return false;
  const shape = (c: ColumnInfo) => c.path.filter((p) => !yearOnly(p)).join('|');
  const num = cols.find((x) => x.col === rel.num);
  const den = cols.find((x) => x.col === rel.den);
  let twins = 0;
  for (const twin of cols) {
    if (twin.col === col.col || twin.role !== col.role || twin.year === undefined || twin.year === col.year || shape(twin) !== shape(col)) continue;
    // (Each year's own figure of the same role and header: "Realisasi (Rp) ▸ 2023" for "Realisasi (Rp) ▸ 2022".)
    const ofYear = (c: ColumnInfo | undefined) => (c ? cols.find((x) => x.role === c.role && x.year === twin.year && shape(x) === shape(c)) : undefined);
    const n = ofYear(num);
    const d = ofYear(den);
    if (!n || !d || n.col === d.col) return false;
    const s = score(ctx, bases, { ...rel, num: n.col, den: d.col }, twin.col, rows);
    if (s.tested < MIN_ROWS || s.held < s.tested) return false;
    twins++;
  }
  return twins >= 2;
}

/**
 * The relation its sibling twins settled on ("Baik ▸ km | %" read as km / Panjang × 100): the same over this
 * twin's amount, first. A column of one figure cannot tell a row ratio from a share of the total; its siblings can.
 */
function siblingCandidates(cols: ColumnInfo[], col: ColumnInfo, scales: number[]): Relation[] {
  const twin = twinOf(cols, col);
  if (!twin) return [];
  const out: Relation[] = [];
  for (const c of cols) {
    const rel = c.relation?.rel;
    if (c === col || rel?.kind !== 'ratio' || rel.numParts || c.relation!.by === 'header' || twinOf(cols, c)?.col !== rel.num) continue;
    // (A sibling of another year divides by its own year's figure: "Tahun 2020 ▸ Sasaran | Terlayani | %" beside 2021's
    // is 2021 Terlayani over 2021 Sasaran, named as 2020's is.)
    const den = ownTime(
      cols,
      cols.find((x) => x.col === rel.den),
      col,
    );
    if (den && den.col !== twin.col && !out.some((r) => r.kind === 'ratio' && r.den === den.col))
      for (const k of scales) out.push({ kind: 'ratio', num: twin.col, den: den.col, k });
  }
  return out;
}

/** Column c, or where it is of another year or period than col, the column of col's own time with its role and leaf. */
function ownTime(cols: ColumnInfo[], c: ColumnInfo | undefined, col: ColumnInfo): ColumnInfo | undefined {
  if (!c || sameYear(c, col)) return c;
  const leaf = leafWords(c);
  return cols.find((x) => x.role === c.role && sameTime(x, col) && leafWords(x) === leaf);
}

/** A column's own header cell, as words() folds it ("Sasaran" under "Tahun 2021"). */
const leafWords = (c: ColumnInfo) => words(c.path[c.path.length - 1] ?? '');
/**
 * Dated columns holding several figures of a year ("Tahun 2022 ▸ Wisnus | Wisman | Jumlah", the same under 2023): one
 * series per measure (its role and leaf), each over two years or more. None where each year has one column.
 */
export function measureSeries(dated: ColumnInfo[]): ColumnInfo[][] {
  const when = (c: ColumnInfo) => c.year ?? c.period;
  if (new Set(dated.map(when)).size === dated.length) return [];
  const by = new Map<string, ColumnInfo[]>();
  for (const c of dated) {
    const key = `${c.role}|${leafWords(c)}`;
    (by.get(key) ?? by.set(key, []).get(key)!).push(c);
  }
  return [...by.values()].filter((cs) => cs.length >= 2 && new Set(cs.map(when)).size === cs.length);
}

/** A header naming shares and nothing else: "%", "Persentase (%)", "Proporsi", "Kontribusi (%)". */
const SHARE_HEADER = /^(%|persentase|prosentase|persen|proporsi|kontribusi|distribusi|porsi)( %)?$/;

/** The quotient of two numbered columns its header or column-number row states ("Tingkat Efisiensi (3/6)"), at its scale. */
function statedQuotientCandidates(cols: ColumnInfo[], col: ColumnInfo, scales: number[]): Relation[] {
  const text = `${col.stated ?? ''} ${col.path[col.path.length - 1] ?? ''}`.trim();
  const q = statedQuotient(col.stated ?? '') ?? statedQuotient(col.path[col.path.length - 1] ?? '');
  if (!q || !text) return [];
  const num = numbered(cols, q.num, col);
  const den = numbered(cols, q.den, col);
  if (!num || !den || num === den) return [];
  return (q.times100 ? [100] : [...new Set([1, ...scales])]).map((k): Relation => ({ kind: 'ratio', num: num.col, den: den.col, k }));
}

/**
 * A count or amount its header names as what is left between the two before it ("Sasaran | Terlayani | Kesenjangan",
 * "Belum Terlayani", "Selisih"): one less the other, both ways round (the rows decide). Named, it stands on half the rows,
 * so a slip beside a typo in one of its inputs is still checked (as data alone, 6 rows of 8 explained nothing). (A food
 * balance's "Surplus/Defisit" is a Sisa by its words, columns.ts, with its two parts.)
 */
function namedDifference(cols: ColumnInfo[], col: ColumnInfo): Relation[] {
  const named = /\b(kesenjangan|gap|selisih|deviasi|belum terlayani|tidak terlayani|belum tertangani)\b/;
  if (col.role === 'sisa' || !named.test(words(col.path.join(' ')))) return [];
  const amounts = cols.filter(
    (c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c) && c.role !== 'sisa' && c.role !== 'rowTotal' && sameYear(c, col),
  );
  if (amounts.length < 2) return [];
  const [a, b] = amounts.slice(-2);
  return [
    { kind: 'difference', a: a.col, b: b.col },
    { kind: 'difference', a: b.col, b: a.col },
  ];
}

/**
 * A gap between two percentages ("Tingkat Efisiensi (%)" = capaian kinerja − capaian anggaran, a
 * deviasi of fisik and keuangan): the difference the column-number row states ("7 = 3 - 6"), else the
 * two nearest percentages on its left, both ways round (the rows decide).
 */
function gapCandidates(cols: ColumnInfo[], col: ColumnInfo): Relation[] {
  const stated = statedDifference(col.stated ?? '');
  if (stated) {
    const a = numbered(cols, stated[0], col);
    const b = numbered(cols, stated[1], col);
    if (a && b) return [{ kind: 'difference', a: a.col, b: b.col }];
  }
  const full = words(col.path.join(' '));
  if (!/\b(efisiensi|selisih|deviasi|gap|kesenjangan)\b/.test(full)) return [];
  const out: Relation[] = [];
  const pcts = cols.filter((c) => c.col < col.col && percentLike(c) && NUMERIC.has(c.role) && sameYear(c, col));
  if (pcts.length >= 2) {
    const [b, a] = pcts.slice(-2);
    out.push({ kind: 'difference', a: a.col, b: b.col }, { kind: 'difference', a: b.col, b: a.col });
    // Or their quotient ("Indeks Efisiensi" = capaian kinerja / serapan anggaran, 1,12; or × 100): the rows decide.
    // (The performance over the money first, whichever stands first: "Serapan (%) | Capaian Kinerja (%) | Indeks
    // Efisiensi" is capaian ÷ serapan, as its note says; the rows decide where both fit.)
    const money = (c: ColumnInfo) => /\b(serapan|anggaran|keuangan|dana|rp)\b/.test(words(c.path.join(' ')));
    const [num, den] = money(b) && !money(a) ? [a, b] : [b, a];
    if (/\befisiensi\b/.test(full))
      for (const k of [1, 100]) out.push({ kind: 'ratio', num: num.col, den: den.col, k }, { kind: 'ratio', num: den.col, den: num.col, k });
  }
  // Efisiensi anggaran as the unspent share of the pagu: (Anggaran − Realisasi) / Anggaran × 100 = 100 − serapan,
  // a growth of the money spent on the pagu, turned round (× −100).
  if (/\befisiensi\b/.test(full)) {
    const nearest = (roles: ColumnInfo['role'][]) => cols.filter((c) => c.col < col.col && roles.includes(c.role) && sameYear(c, col)).pop();
    const spent = nearest(['realisasiRp']);
    const pagu = nearest(['anggaran', 'rp']);
    if (spent && pagu) out.push({ kind: 'growth', a: spent.col, b: pagu.col, k: -100 });
  }
  return out;
}

/** A figure compared with another government's ("Capaian dibanding Target Nasional"): the level word is group 1. */
const AGAINST_LEVEL = new RegExp(`\\b(?:terhadap|thd|dibanding(?:kan)?|dengan)\\b.*${OTHER_LEVEL_WORDS.source}`);
/** The year a change is measured from, named in its header ("terhadap 2019", "thd 2023", "dibanding tahun 2022"). */
const BASE_YEAR = /\b(terhadap|thd|dibanding(?:kan)?|dari)\s+(?:tahun\s+)?((?:19|20)\d\d)\b/;
// (Inflasi: the growth of a price index, "Inflasi y-on-y (%)" beside the IHK.)
const GROWTH_WORDS = /\b(peningkatan|kenaikan|naik|pertumbuhan|perubahan|perkembangan|inflasi)\b/;

/**
 * A growth column's candidates: the formula the column-number row states ("(5-4)/4 x 100"), else the two
 * nearest figures of one role on its left, the later year (or the right one) over the earlier.
 */
function growthCandidates(cols: ColumnInfo[], col: ColumnInfo, scales: number[]): Relation[] {
  const text = `${col.stated ?? ''} ${col.path.join(' ')}`;
  const stated = statedGrowth(text);
  if (stated) {
    const a = numbered(cols, stated.a, col);
    const b = numbered(cols, stated.b, col);
    if (a && b) return (stated.times100 ? [100] : scales).map((k) => ({ kind: 'growth', a: a.col, b: b.col, k }));
  }
  if (!GROWTH_WORDS.test(words(text))) return [];
  const left = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c) && c.role !== 'sisa' && c.role !== 'rowTotal');
  const out: Relation[] = [];
  // Years down the rows ("Tahun | Jumlah Pegawai | Peningkatan (%)"): each figure column on its row above,
  // the nearest first; tried after the pairs of columns below, and the rows decide.
  const above: Relation[] = [];
  if (col.year === undefined && col.period === undefined) {
    // (A level's too, an index or a rate typed there: "Pertumbuhan IPM (%)" beside "Indeks Pembangunan Manusia", years
    // down the rows; not a column computed on its row.)
    const near = cols
      .filter((c) => c.col < col.col && NUMERIC.has(c.role) && (!percentLike(c) || c.role === 'value') && c.year === undefined && c.period === undefined)
      .reverse();
    for (const c of near) for (const k of scales) above.push({ kind: 'growth', a: c.col, b: c.col, k, above: true });
  }
  // A growth on a year it names as its base ("Peningkatan thd 2023 (%)", "Kenaikan dibanding 2022"): the latest year's
  // figure of a role over that year's.
  const base = BASE_YEAR.exec(words(col.path.join(' ')));
  if (base) {
    const year = Number(base[2]);
    for (const b of left.filter((c) => c.year === year)) {
      const later = left.filter((c) => c.role === b.role && c.year !== undefined && c.year > year).sort((x, y) => y.year! - x.year!)[0];
      if (later) for (const k of scales) out.push({ kind: 'growth', a: later.col, b: b.col, k });
    }
    if (out.length) return out;
  }
  // A growth of a year ("Pertumbuhan 2023 (%)"): that year's figure over the latest earlier year's of its role.
  if (col.year !== undefined) {
    for (const later of left.filter((c) => c.year === col.year)) {
      // (The same measure's, where years group several: "2021 ▸ Luas Panen | Produksi" under "Pertumbuhan Produksi 2022".)
      const same = (c: ColumnInfo) => Number(leafWords(c) === leafWords(later));
      const earlier = left
        .filter((c) => c.role === later.role && c.year !== undefined && c.year < col.year!)
        .sort((a, b) => same(b) - same(a) || b.year! - a.year!)[0];
      if (earlier) for (const k of scales) out.push({ kind: 'growth', a: later.col, b: earlier.col, k });
    }
    if (out.length) return out;
  }
  // Several figures a year ("Tahun 2022 ▸ Wisnus | Wisman | Jumlah", the same under 2023): each measure's latest year
  // over its year before, its Jumlah's too; the rows decide.
  const dated = cols.filter((c) => c.col < col.col && NUMERIC.has(c.role) && !percentLike(c) && c.role !== 'sisa' && c.year !== undefined);
  for (const cs of measureSeries(dated)) {
    const [later, earlier] = [...cs].sort((a, b) => b.year! - a.year!);
    for (const k of scales) out.push({ kind: 'growth', a: later.col, b: earlier.col, k });
  }
  if (out.length) return [...out, ...above];
  for (let i = left.length - 1; i > 0 && out.length === 0; i--) {
    const later = left[i];
    let j = i - 1;
    while (j >= 0 && left[j].role !== later.role) j--;
    if (j < 0) continue;
    const earlier = left[j];
    const [a, b] = earlier.year !== undefined && later.year !== undefined && earlier.year > later.year ? [earlier, later] : [later, earlier];
    for (const k of scales) out.push({ kind: 'growth', a: a.col, b: b.col, k });
    // One of them dated, the other not ("Realisasi (Rp) | … | Realisasi 2023 (Rp) | Pertumbuhan (%)"): the undated
    // one is the report's own year or the dated one is; the rows decide.
    if ((a.year === undefined) !== (b.year === undefined)) for (const k of scales) out.push({ kind: 'growth', a: b.col, b: a.col, k });
  }
  // The two nearest figures of two years, the later over the earlier ("Pagu Indikatif 2024 (Rp) | Prakiraan Maju 2025
  // (Rp) | Kenaikan (%)": the plan's year and the next one's, named apart, whatever counts of one role stand before
  // them — "Jumlah ▸ Program | Kegiatan | Sub Kegiatan"); the rows decide.
  const lastTwo = left.filter((c) => c.year !== undefined).slice(-2);
  if (lastTwo.length === 2 && lastTwo[0].year !== lastTwo[1].year) {
    const [a, b] = lastTwo[0].year! > lastTwo[1].year! ? lastTwo : [lastTwo[1], lastTwo[0]];
    if (!out.some((r) => r.kind === 'growth' && r.a === a.col && r.b === b.col)) for (const k of scales) out.push({ kind: 'growth', a: a.col, b: b.col, k });
  }
  return [...out, ...above];
}

/**
 * A percentage of a sum over another figure of its row, tried last, for a column nothing else explains:
 * Rasio Ketergantungan ((0–14 + 65+) / 15–64 × 100), Mantap ((Baik + Sedang) / Panjang). The amounts left of it.
 */
function sumRatioCandidates(cols: ColumnInfo[], col: ColumnInfo, scales: number[]): Relation[] {
  const amounts = cols
    .filter((c) => c.col < col.col && col.col - c.col <= SUM_RATIO_REACH && NUMERIC.has(c.role) && !percentLike(c) && !rateLike(c) && sameYear(c, col))
    .map((c) => c.col);
  const out: Relation[] = [];
  for (let i = 0; i < amounts.length; i++)
    for (let j = i + 1; j < amounts.length; j++)
      for (const den of amounts)
        if (den !== amounts[i] && den !== amounts[j])
          for (const k of scales) out.push({ kind: 'ratio', num: amounts[j], den, k, numParts: [amounts[i], amounts[j]] });
  return out;
}
/** How far left a sum's parts and base are looked for: a census or road table's own columns. */
const SUM_RATIO_REACH = 10;

/** Every relation the data might show for a percent-like column: ratios of two columns, shares, products. */
function dataCandidates(cols: ColumnInfo[], col: ColumnInfo, scales: number[]): Relation[] {
  const out: Relation[] = [];
  // A quarter's column is computed from that quarter's figures (or the year's), never another quarter's.
  const part = partOfYear(col);
  const others = cols.filter(
    (c) =>
      c.col !== col.col &&
      NUMERIC.has(c.role) &&
      c.role !== 'pertumbuhan' &&
      sameYear(c, col) &&
      Math.abs(c.col - col.col) <= NEAR &&
      (!part || partOfYear(c) === undefined || partOfYear(c) === part),
  );
  if (percentLike(col)) {
    const amounts = others.filter((c) => !percentLike(c));
    const budgets = amounts.filter((c) => c.role === 'anggaran' || c.role === 'rp');
    // A weight (Bobot) is a share of a total by definition, never one column over another on its row.
    const weight = isWeight(col.path);
    for (const k of scales) {
      for (const a of amounts) out.push({ kind: 'share', num: a.col, k, base: 'grand' });
      for (const a of amounts) for (const b of budgets) if (a !== b) out.push({ kind: 'share', num: a.col, k, base: 'grand', of: b.col });
      for (const a of amounts) out.push({ kind: 'share', num: a.col, k, base: 'parent' });
      if (weight) continue;
      // Two parts of the year of one series (Target TW I, Target TW II) are parts, never numerator and denominator.
      const parts = (a: ColumnInfo, b: ColumnInfo) => a.role === b.role && partOfYear(a) !== undefined && partOfYear(b) !== undefined;
      for (const a of others) for (const b of others) if (a !== b && !parts(a, b)) out.push({ kind: 'ratio', num: a.col, den: b.col, k });
      for (let i = 0; i < others.length; i++) for (let j = i + 1; j < others.length; j++) out.push({ kind: 'product', a: others[i].col, b: others[j].col, k });
      // "2021 ▸ Rp | %" after "2020 ▸ Rp": the % may be the year's growth, its amount over the year before's.
      if (col.year !== undefined)
        for (const a of amounts) {
          const b = cols
            .filter((c) => c.role === a.role && !percentLike(c) && c.year !== undefined && c.year < col.year! && c.col < a.col)
            .sort((x, y) => y.year! - x.year!)[0];
          if (b) out.push({ kind: 'growth', a: a.col, b: b.col, k });
        }
    }
  } else if (rateLike(col)) {
    // A rate of its own row: one amount over another (penduduk / luas, kematian / lahir hidup × 1.000).
    const amounts = others.filter((c) => !percentLike(c) && c.col < col.col);
    for (const k of scales) for (const a of amounts) for (const b of amounts) if (a !== b) out.push({ kind: 'ratio', num: a.col, den: b.col, k });
  } else {
    for (const a of others)
      for (const b of others)
        if (a !== b && !percentLike(a) && !percentLike(b) && a.col < col.col && b.col < col.col) out.push({ kind: 'difference', a: a.col, b: b.col });
  }
  return out;
}

// ---------------------------------------------------------------- formulas

interface FormulaCell {
  row: number;
  node: Node;
  skeleton: string;
  refs: Array<{ r: number; c: number; r1?: number; c1?: number }>;
}

/** A formula with its references blanked out: formulas filled down a column share one skeleton. */
function skeletonOf(n: Node): string {
  return shapeOf(n, 0, 0).replace(/('[^']*'!)?R(\[-?\d+\]|\d+)C(\[-?\d+\]|\d+)/g, '$1?');
}

/**
 * The formula text of each of these columns on these rows, read row by row: a row's cells sit
 * together in memory, and reading a whole column at a time for every numeric column was mostly
 * cache misses on a 100,000-row sheet. Rows without a formula are left out, rows kept in order.
 */
function formulaTexts(view: SheetView, cols: number[], rows: RowInfo[]): Map<number, { row: number; f: string }[]> {
  const out = new Map<number, { row: number; f: string }[]>(cols.map((c) => [c, []]));
  const lists = cols.map((c) => out.get(c)!);
  for (const x of rows) {
    for (let i = 0; i < cols.length; i++) {
      const f = view.formula(x.row, cols[i]);
      if (f) lists[i].push({ row: x.row, f });
    }
  }
  return out;
}

function readFormulas(texts: { row: number; f: string }[]): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const { row, f } of texts) {
    const node = parseFormula(f);
    if (!node) continue;
    const refs = refsOf(node).map((q) => (q.t === 'ref' ? { r: q.r, c: q.c } : { r: q.r0, c: q.c0, r1: q.r1, c1: q.c1 }));
    out.push({ row, node, skeleton: skeletonOf(node), refs });
  }
  return out;
}

/** The common shape of a column's formulas: their skeleton, and per reference whether it moves with the row or stays. */
export interface FormulaShape {
  skeleton: string;
  /** Per reference: its row offset from the cell (moves) or its fixed row; its column, always fixed per column. */
  refs: Array<{ dr?: number; r?: number; c: number }>;
  /** Rows whose formula has this shape. */
  rows: number[];
  /** The formula cells of the column. */
  total: number;
  /** One formula of the shape, as written in row `row0`: instantiated for other rows by its offsets. */
  node: Node;
  row0: number;
}

export function formulaShape(cells: FormulaCell[]): FormulaShape | null {
  if (cells.length < 2) return null;
  const bySkel = new Map<string, FormulaCell[]>();
  for (const f of cells) (bySkel.get(f.skeleton) ?? bySkel.set(f.skeleton, []).get(f.skeleton)!).push(f);
  let best: FormulaCell[] = [];
  for (const g of bySkel.values()) if (g.length > best.length) best = g;
  if (best.length < 2 || best.length < 0.6 * cells.length) return null;
  const n = best[0].refs.length;
  const refs: FormulaShape['refs'] = [];
  for (let i = 0; i < n; i++) {
    const dr = new Map<number, number>();
    const ar = new Map<number, number>();
    const cc = new Map<number, number>();
    for (const f of best) {
      const q = f.refs[i];
      if (!q) continue;
      dr.set(q.r - f.row, (dr.get(q.r - f.row) ?? 0) + 1);
      ar.set(q.r, (ar.get(q.r) ?? 0) + 1);
      cc.set(q.c, (cc.get(q.c) ?? 0) + 1);
    }
    const top = (m: Map<number, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])[0];
    const [d, dn] = top(dr);
    const [a, an] = top(ar);
    const [c] = top(cc);
    refs.push(dn >= an ? { dr: d, c } : { r: a, c });
  }
  const fits = (f: FormulaCell) =>
    f.skeleton === best[0].skeleton && f.refs.every((q, i) => q.c === refs[i].c && (refs[i].dr !== undefined ? q.r - f.row === refs[i].dr : q.r === refs[i].r));
  const fitting = cells.filter(fits);
  if (fitting.length === 0) return null;
  return { skeleton: best[0].skeleton, refs, rows: fitting.map((f) => f.row), total: cells.length, node: fitting[0].node, row0: fitting[0].row };
}

const CORE_WRAPPERS = new Set(['IFERROR', 'ROUND', 'ROUNDUP', 'ROUNDDOWN', 'TRUNC', 'INT']);

/** Strips wrappers that do not change what a cell computes: IFERROR(x, …), ROUND(x, n), TRUNC(x, n), INT(x), +x. */
function core(n: Node): Node {
  if (n.t === 'fn' && CORE_WRAPPERS.has(n.name) && n.args[0]) return core(n.args[0]);
  return n;
}

/** The relation a formula states, seen from its own row, when it is one of the known kinds. */
export function relationOfFormula(n0: Node, row: number, col: number, parentRow?: number, isTotalRowOf?: (r: number, c: number) => boolean): Relation | null {
  const n = core(n0);
  type Ref = Extract<Node, { t: 'ref' }>;
  // Not a type guard: a reference that fails it (another row) is still a reference.
  const same = (x: Node): boolean => x.t === 'ref' && !x.sheet && x.r === row && x.c !== col;
  const constant = (x: Node): number | null => (x.t === 'num' ? x.v : null);
  // a / b * k, a * k / b, k * a / b, a / b
  const quotient = (x: Node): { a: Node; b: Node; k: number } | null => {
    if (x.t !== 'bin') return null;
    if (x.op === '/') {
      if (x.l.t === 'bin' && x.l.op === '*') {
        const k = constant(x.l.r) ?? constant(x.l.l);
        const a = constant(x.l.r) !== null ? x.l.l : x.l.r;
        if (k !== null) return { a, b: x.r, k };
      }
      return { a: x.l, b: x.r, k: 1 };
    }
    if (x.op === '*') {
      const k = constant(x.r) ?? constant(x.l);
      const q = constant(x.r) !== null ? x.l : x.r;
      if (k !== null && q.t === 'bin' && q.op === '/') return { a: q.l, b: q.r, k };
    }
    return null;
  };
  const q = quotient(n);
  if (q && q.a.t === 'ref' && same(q.a)) {
    const a = q.a;
    const b = q.b;
    if (b.t === 'ref' && same(b)) return { kind: 'ratio', num: a.c, den: b.c, k: q.k };
    if (b.t === 'ref' && !b.sheet && b.c === a.c && b.r !== row) {
      if (parentRow !== undefined && b.r === parentRow) return { kind: 'share', num: a.c, k: q.k, base: 'parent' };
      if (!isTotalRowOf || isTotalRowOf(b.r, b.c)) return { kind: 'share', num: a.c, k: q.k, base: 'grand' };
    }
  }
  // a * b / k
  if (n.t === 'bin' && n.op === '/' && n.l.t === 'bin' && n.l.op === '*' && same(n.l.l) && same(n.l.r) && constant(n.r) !== null) {
    return { kind: 'product', a: (n.l.l as Ref).c, b: (n.l.r as Ref).c, k: constant(n.r)! };
  }
  if (n.t === 'bin' && n.op === '-' && same(n.l) && same(n.r)) return { kind: 'difference', a: (n.l as Ref).c, b: (n.r as Ref).c };
  // a * k, k * a, a / k: a figure times a constant (=C7*0,111).
  if (n.t === 'bin' && n.op === '*' && same(n.l) && constant(n.r)) return { kind: 'scaled', a: (n.l as Ref).c, k: constant(n.r)! };
  if (n.t === 'bin' && n.op === '*' && same(n.r) && constant(n.l)) return { kind: 'scaled', a: (n.r as Ref).c, k: constant(n.l)! };
  if (n.t === 'bin' && n.op === '/' && same(n.l) && constant(n.r)) return { kind: 'scaled', a: (n.l as Ref).c, k: 1 / constant(n.r)! };
  // w1 * a + w2 * b, weights adding up to one (=0,8*G7+0,2*H7, =(G7*80%)+(H7*20%)): an SPM index.
  const weights = (x: Node): number | null => (x.t === 'num' ? x.v : x.t === 'pct' && x.e.t === 'num' ? x.e.v / 100 : null);
  const terms: { c: number; w: number }[] = [];
  const weighted = (x: Node): boolean => {
    if (x.t === 'bin' && x.op === '+') return weighted(x.l) && weighted(x.r);
    if (x.t !== 'bin' || x.op !== '*') return false;
    const [ref, w] = same(x.l) ? [x.l, weights(x.r)] : same(x.r) ? [x.r, weights(x.l)] : [null, null];
    if (!ref || w === null || !(w > 0 && w < 1)) return false;
    terms.push({ c: (ref as Ref).c, w });
    return true;
  };
  if (weighted(n) && terms.length >= 2 && Math.abs(terms.reduce((t, x) => t + x.w, 0) - 1) < 1e-6) return { kind: 'linear', terms };
  // a + b + c, SUM(a:c) on the row
  const parts: number[] = [];
  const collect = (x: Node): boolean => {
    if (same(x)) {
      parts.push((x as Ref).c);
      return true;
    }
    if (x.t === 'bin' && x.op === '+') return collect(x.l) && collect(x.r);
    if (x.t === 'fn' && x.name === 'SUM')
      return x.args.every((a) => (a.t === 'range' && !a.sheet && a.r0 === row && a.r1 === row ? (pushRange(parts, a.c0, a.c1), true) : collect(a)));
    return false;
  };
  if ((n.t === 'bin' || n.t === 'fn') && collect(n) && parts.length >= 2 && !parts.includes(col)) return { kind: 'sum', parts };
  return null;
}

function pushRange(parts: number[], c0: number, c1: number): void {
  for (let c = c0; c <= c1; c++) parts.push(c);
}

// ---------------------------------------------------------------- the choice

export interface Explained {
  relation?: ColumnRelation;
  /** The column's formula shape, when most of its cells are formulas of one shape. */
  shape?: FormulaShape;
  unexplained?: boolean;
}

/**
 * "Target | Capaian | %": some offices call the achieved value Capaian and put the percentage
 * after it. Where no column says Realisasi, a Capaian column that the % column after it divides
 * by the target on most rows is the realisation (the data says which reading of "capaian" it is).
 */
function capaianAsRealisasi(ctx: RelationContext, bases: Bases, sample: RowInfo[]): void {
  const cols = ctx.columns;
  if (cols.some((c) => c.role === 'realisasi')) return;
  for (const c of cols) {
    if (c.role !== 'ratio' || !/^(capaian|capaian kinerja|nilai capaian)$/.test(words(c.path[c.path.length - 1] ?? ''))) continue;
    const target = cols.filter((t) => t.role === 'target' && t.col < c.col && sameTime(t, c)).pop();
    const pct = cols.find((p) => p.col > c.col && p.role === 'ratio' && percentLike(p) && sameTime(p, c));
    if (!target || !pct) continue;
    const s = score(ctx, bases, { kind: 'ratio', num: c.col, den: target.col, k: 100 }, pct.col, sample);
    if (s.held >= MIN_ROWS && s.held / s.tested >= HEADER_MAJORITY) {
      c.role = 'realisasi';
      delete c.percent;
    }
  }
}

/**
 * Explains each computed-looking column of a table. Mutates the columns: `relation`,
 * `unexplained`, and the role a relation implies (a % column explained as a ratio is a ratio
 * column, not an amount to be summed). Returns the formula shapes found, by column.
 */
export function explainColumns(ctx: RelationContext): Map<number, FormulaShape> {
  const shapes = new Map<number, FormulaShape>();
  const bases: Bases = { grand: new Map(), rowsSum: new Map(), byRow: new Map(ctx.rows.map((x) => [x.row, x])) };
  const sample = sampleRows(ctx.rows);
  const totalRows = new Set(ctx.rows.filter((x) => x.kind === 'total').map((x) => x.row));
  capaianAsRealisasi(ctx, bases, sample);
  // A column its cells show in % (0,9728 formatted 0.00%, "Cakupan KTP-el" with no % in its header) is a percentage.
  for (const col of ctx.columns) if (col.role === 'value' && !col.percent && shownInPercent(ctx.view, col, sample)) col.percent = true;
  // Decided on the roles as the header gave them: a column explained earlier must not change what the next one may use.
  const original = ctx.columns.map((c) => ({ ...c }));
  // (Not a column merged over groups of rows, "Capaian Sasaran (%)" beside its indicators' capaian: a figure of each group,
  // no row's, which no relation of a row's figures explains.)
  // (Unless the group's own figures are merged so, three columns or more: "Anggaran | Realisasi | Penyerapan (%) |
  // Tingkat Efisiensi (%)" each merged over a sasaran's indicator rows relate to each other on the group's first row.
  // A column among them nothing explains is the group's, as above: nothing is said of it.)
  // (The other columns are read for merges only where a candidate is merged so: most tables have none.)
  const data = dataRowsOf(ctx.rows);
  const candidates = original.filter((c) => candidate(c, original));
  const byGroup = new Set(candidates.filter((c) => mergedOverGroups(ctx.view, c.col, data)).map((c) => c.col));
  if (byGroup.size) for (const c of original) if (NUMERIC.has(c.role) && !candidates.includes(c) && mergedOverGroups(ctx.view, c.col, data)) byGroup.add(c.col);
  const todo = candidates.filter((c) => !byGroup.has(c.col) || byGroup.size >= 3).map((c) => c.col);
  // The formula each column's data rows share (totals have their own: a SUM down the column).
  const dataRows = ctx.rows.filter((x) => x.kind !== 'total' && x.kind !== 'average' && x.kind !== 'blank' && x.kind !== 'headerRepeat');
  const cellsOf = new Map<number, FormulaCell[]>();
  const texts = formulaTexts(ctx.view, [...new Set(ctx.columns.filter((col) => NUMERIC.has(col.role)).map((col) => col.col))], dataRows);
  for (const col of ctx.columns) {
    if (!NUMERIC.has(col.role)) continue;
    const cells = readFormulas(texts.get(col.col)!);
    cellsOf.set(col.col, cells);
    const shape = formulaShape(cells);
    if (shape) shapes.set(col.col, shape);
  }
  for (const col of ctx.columns) {
    // A ratio written "1 : n" on most rows (Rasio Guru : Murid): the two count columns its terms divide.
    const proportion = proportionRelation(ctx, col, dataRows);
    if (proportion) {
      col.relation = proportion;
      continue;
    }
    if (!todo.includes(col.col)) continue;
    const scales = scalesOf(ctx.view, col, sample, ctx.columns);
    const cells = cellsOf.get(col.col) ?? [];
    const shape = shapes.get(col.col);
    let chosen: ColumnRelation | undefined;
    // 1. The formulas, when most of the column is one formula.
    if (shape && shape.rows.length >= 2) {
      const at = ctx.rows.find((x) => x.row === shape.rows[0])!;
      const cell = cells.find((f) => f.row === at.row)!;
      const rel = relationOfFormula(
        cell.node,
        at.row,
        col.col,
        at.parent,
        (r) => totalRows.has(r) || !bases.byRow.has(r) || bases.byRow.get(r)!.kind === 'total',
      );
      if (rel) {
        orientCapaian(rel, col, original);
        // =F7/E7 in a cell formatted 0.00% reads as a percentage: the formula's scale times 100.
        const alt = 'k' in rel ? { ...rel, k: rel.k * 100 } : null;
        const s = score(ctx, bases, rel, col.col, sample);
        const t = alt ? score(ctx, bases, alt, col.col, sample) : null;
        chosen = alt && t && t.held > s.held ? { rel: alt, by: 'formula', ...t } : { rel, by: 'formula', ...s };
      }
    }
    // 2. The header's relation, when at least half the rows agree and the data shows nothing clearly better.
    const header = chosen
      ? []
      : withRowsSums(ctx, bases, [...siblingCandidates(ctx.columns, col, scales), ...headerCandidates(original, col, scales)]).map((rel) => ({
          rel,
          ...score(ctx, bases, rel, col.col, sample),
        }));
    const bestHeader = header.filter((h) => h.tested > 0).sort((a, b) => b.held / b.tested - a.held / a.tested || b.held - a.held)[0];
    // A Bobot of evaluation components (SAKIP's 30 | 30 | 15 | 25, or its sub-components) with no pagu to weigh by:
    // weights as set, whatever share of a year's scores they happen to come near.
    // (Its leaf names it: "SASARAN ▸ Bobot", "I K U ▸ Bobot" under the blocks' group row, "Bobot Bukti Dukung" of a KKE.)
    // (Not "Bobot x Rating": a product.)
    const leaf = words(col.path[col.path.length - 1] ?? '');
    const setWeights = /^bobot\b/.test(leaf) && !/\b(x|kali)\b/.test(leaf) && !ctx.columns.some((c) => c.role === 'anggaran' || c.role === 'rp');
    // Such weights are a share of their column's total only where nearly every row says so: set weights come near a share
    // on many rows (J ÷ J of the criterion × its weight, the KKE's way, among criteria of one bukti dukung).
    const majority = setWeights && bestHeader?.rel.kind === 'share' ? DATA_MAJORITY : HEADER_MAJORITY;
    // (A ratio of two columns its header names must hold as typed on a row whose figures differ: small counts' rounding,
    // 1 of 1 read as 0,5 … 1,5 over 0,5 … 1,5, lets a carried "Rata-rata Capaian" seem Belum Tuntas ÷ Tuntas.)
    // (Realisasi ÷ Target as named is the capaian whatever its rows show.)
    const canonical = (rel: Extract<Relation, { kind: 'ratio' }>) => dividesRoles(original, rel, 'realisasi', 'target');
    // (Realisasi ÷ the end target, "Capaian thd Target Akhir Renstra (%)": as named.)
    const toEndTarget = (rel: Extract<Relation, { kind: 'ratio' }>) => dividesRoles(original, rel, 'realisasi', 'akhirTarget');
    const untested =
      bestHeader?.rel.kind === 'ratio' &&
      !bestHeader.rel.numParts &&
      !bestHeader.rel.denParts &&
      !canonical(bestHeader.rel) &&
      !holdsAsTyped(ctx, bestHeader.rel, col, sample);
    // A capaian its header names beside its own Realisasi and Target ("2021 ▸ Target | Realisasi | Capaian (%)") has no
    // other reading: two rows and a third of those tested bearing it out are enough, so a short LKjIP table with three
    // slips in five rows is checked per row (unless the data clearly explains the column another way).
    const namedCapaian =
      !!bestHeader &&
      !setWeights &&
      bestHeader.rel.kind === 'ratio' &&
      (canonical(bestHeader.rel) || toEndTarget(bestHeader.rel)) &&
      /\bcapaian\b/.test(words(col.path.join(' '))) &&
      ((!bestHeader.rel.numParts && canonical(bestHeader.rel) && bestHeader.held >= 2 && bestHeader.held * 3 >= bestHeader.tested) ||
        // (Or a table of three or four indicators, one of them bearing it out: two slips in three rows are still slips. The
        // years realised so far over the end target, "Realisasi 2022 | 2023 | Target Akhir | Capaian thd Target Akhir".)
        (bestHeader.tested <= 4 && bestHeader.held >= 1 && (!bestHeader.rel.numParts || toEndTarget(bestHeader.rel))));
    if (
      !chosen &&
      bestHeader &&
      !untested &&
      ((bestHeader.held / bestHeader.tested >= majority && bestHeader.held >= 1) ||
        namedCapaian ||
        (!setWeights && bestHeader.held >= 1 && yearTwinsBearOut(ctx, bases, original, col, bestHeader.rel, sample)))
    ) {
      const share = bestHeader.held / bestHeader.tested;
      chosen = { rel: bestHeader.rel, by: 'header', held: bestHeader.held, tested: bestHeader.tested };
      // (Data that explains the column clearly better wins: by a margin over the header's share, and by the data's own
      // majority where that share is below the header's.)
      if (bestHeader.held < bestHeader.tested && todo.length <= MAX_SEARCHED) {
        const better = bestData(ctx, bases, original, col, sample, scales, Math.max(share + 0.3, share < majority ? DATA_MAJORITY : 0));
        // (On figures of its own, three rows at least: rows of nothing over nothing, a CFR where nobody died, fit any
        // reading and outvote none the header names.)
        if (better && better.held >= MIN_ROWS) chosen = better;
      }
    }
    // A column the header names whose rows cannot test it (empty, or '-' where its inputs are):
    // its relation is assumed from the header, for filling and for what later rows will hold.
    if (!chosen && header.length && header.every((h) => h.tested === 0)) chosen = { rel: header[0].rel, by: 'header', held: 0, tested: 0, assumed: true };
    // Too few rows to outvote the header (one or two testable, as in a one-indicator table or where the other targets
    // are NA): a "Capaian" is realisasi ÷ target as named, and its rows are checked against it.
    // (Never what is left over the served, "Belum Terlayani" ÷ "Ditindaklanjuti": no capaian's numerator, whatever a
    // "-" for its zeros leaves to test.)
    const leftOver = (rel: Relation) => rel.kind === 'ratio' && original.find((c) => c.col === rel.num)?.role === 'sisa';
    const named = header.find((h) => h.tested > 0 && !leftOver(h.rel));
    if (
      !chosen &&
      named &&
      named.tested < MIN_ROWS &&
      named.rel.kind === 'ratio' &&
      col.role === 'ratio' &&
      (/\bcapaian\b/.test(words(col.path.join(' '))) ||
        servesEntitled(original, named.rel) ||
        (spentOfBudget(original, named.rel) && figureRows(ctx, col, sample) < MIN_ROWS))
    )
      chosen = { rel: named.rel, by: 'header', held: named.held, tested: named.tested };
    // 3. The data alone, with a clear majority.
    // A column its header calls a ratio ("Capaian (%)" beside "Harus Dilayani | Terlayani") may show one slip
    // among four rows: SPM tables are that short.
    if (!chosen && !setWeights && todo.length <= MAX_SEARCHED)
      chosen = bestData(ctx, bases, original, col, sample, scales, DATA_MAJORITY, col.role === 'ratio');
    if (!chosen && !setWeights && todo.length <= MAX_SEARCHED && percentLike(col))
      chosen = bestData(ctx, bases, original, col, sample, scales, DATA_MAJORITY, false, sumRatioCandidates(original, col, scales));
    // 4. A capaian's lone formula (=E6/D6*100 on one row of three, the others typed) stating realisasi ÷ target as its
    // header names it, where nothing else explains the column: its relation, the typed rows that disagree the slips.
    if (!chosen && cells.length === 1 && /\bcapaian\b/.test(words(col.path.join(' ')))) {
      const at = ctx.rows.find((x) => x.row === cells[0].row);
      const rel = at ? relationOfFormula(cells[0].node, at.row, col.col, at.parent) : null;
      if (rel?.kind === 'ratio' && !rel.numParts) {
        orientCapaian(rel, col, original);
        const [num, den] = [original.find((x) => x.col === rel.num), original.find((x) => x.col === rel.den)];
        if (num?.role === 'realisasi' && den?.role === 'target' && sameYear(num, col))
          chosen = { rel, by: 'formula', ...score(ctx, bases, rel, col.col, sample) };
      }
    }
    if (chosen) {
      col.relation = chosen;
      settleRole(col, chosen.rel, ctx.columns);
      continue;
    }
    // Computed-looking but unexplained: a % column whose inputs are there, or a formula column.
    // Physical progress ("Fisik (%)") is reported from the field, not computed: an input, unless weighted.
    const progress = /\bfisik\b/.test(words(col.path.join(' '))) && !/\b(bobot|tertimbang)\b/.test(words(col.path.join(' ')));
    // A column most of whose rows share one formula the engine cannot read as a row relation (a VLOOKUP,
    // a SUM down a group) is explained by that formula; formula.* checks the cells that leave it.
    const byOwnFormula = !!shape && shape.rows.length >= MIN_ROWS;
    // A percentage with no other number in its table (a list of rates or weights) is an input: there
    // is nothing it could have been computed from.
    // (Other rates or percentages are no inputs of it: APK, APM and APS side by side are each the register's.)
    // Nor is an index or a rate (IPM beside TPT and % Penduduk Miskin, years down the rows): each is stated as published.
    const inputs = ctx.columns.some(
      (c) =>
        c.col !== col.col &&
        NUMERIC.has(c.role) &&
        (INDICATOR_FIGURES.has(c.role) || (!percentLike(c) && !RATE_NAME.test(words(c.path.join(' '))))) &&
        testableRows(ctx, c, sample) > 0,
    );
    // A capaian kinerja (of the SPM, of a sasaran …) carried into an efficiency or budget table without its target and
    // realisasi is an input there.
    // So is BPS's economic growth beside PDRB at current prices: it is computed from constant-price PDRB.
    // (So is any capaian in a table with neither targets nor amounts: "Capaian Sasaran (%)" beside "Jumlah Indikator" in
    // a recap of the sasaran, each the mean of its indicators' in the table above.)
    const carried =
      (/\b(capaian|realisasi) (kinerja|spm|indikator|sasaran|program|kegiatan|output|outcome|iku)\b/.test(words(col.path.join(' '))) &&
        !ctx.columns.some((c) => c.role === 'target' || c.role === 'realisasi')) ||
      (/\bcapaian\b/.test(words(col.path.join(' '))) &&
        !ctx.columns.some((c) => ['target', 'realisasi', 'anggaran', 'realisasiRp', 'rp', 'akhirTarget'].includes(c.role))) ||
      unshownTarget(ctx.columns, col) ||
      PUBLISHED_GROWTH.test(words(col.path.join(' '))) ||
      PUBLISHED_INDEX.test(words(col.path.join(' '))) ||
      setWeights ||
      wholeOutside(ctx, col) ||
      // A norm compared with ("Standar Rasio (per 100.000)", "Standar Nasional", "Rasio Ideal"): set outside the table.
      /^(standar|standard|norma|nilai standar|angka standar)\b|\b(rasio|ratio) ideal\b/.test(words(col.path[col.path.length - 1] ?? ''));
    if (
      !byOwnFormula &&
      inputs &&
      !carried &&
      !byGroup.has(col.col) &&
      percentLike(col) &&
      !progress &&
      (header.some((h) => h.tested >= MIN_ROWS) || figureRows(ctx, col, sample) >= MIN_ROWS)
    )
      col.unexplained = true;
    // A percentage, a rate or a mean no relation explains is still no amount: its total row holds the
    // rate of the totals or the mean, never the sum of its rows. (A rate alone is said nothing of: many
    // come from outside the table, as AKB from the register.)
    if (col.role === 'value' && (percentLike(col) || rateLike(col))) col.percent = true;
    // A Sisa or Jumlah column its rows do not bear out is an amount like the others, not a difference or a row total.
    if ((col.role === 'sisa' || col.role === 'rowTotal') && header.some((h) => h.tested >= MIN_ROWS)) {
      col.unexplained = true;
      col.role = 'value';
      delete col.parts;
      delete col.minus;
    }
  }
  // A percentage another column is computed from ("Indeks 2022 (%) | Indeks 2023 (%) | Selisih"): an input of the
  // table, as the columns it reads are; nothing of its own to explain it is no sign of a slip.
  for (const col of ctx.columns)
    if (col.unexplained && !col.relation && ctx.columns.some((o) => o !== col && o.relation && operands(o.relation.rel).includes(col.col)))
      delete col.unexplained;
  // Or a part of a whole the row splits in percentages ("Kondisi (%) ▸ Baik | Rusak Ringan | Rusak Berat", 100 on each row).
  for (const col of ctx.columns) if (col.unexplained && inComposition(ctx, col, sample)) delete col.unexplained;
  inputsOfStated(ctx.columns);
  growthDownTheRows(ctx, bases, sample);
  lastStepGrowth(ctx, bases, sample);
  return shapes;
}

/** The columns a relation reads. */
function operands(rel: Relation): number[] {
  switch (rel.kind) {
    case 'ratio':
      return [rel.num, rel.den, ...(rel.numParts ?? []), ...(rel.denParts ?? [])];
    case 'share':
      return rel.of !== undefined ? [rel.num, rel.of] : [rel.num];
    case 'scaled':
      return [rel.a];
    case 'sum':
      return rel.minus ? [...rel.parts, ...rel.minus] : rel.parts;
    case 'linear':
      return rel.terms.map((t) => t.c);
    default:
      return [rel.a, rel.b];
  }
}

/**
 * Two columns that each explain the other (Capaian Kinerja = Efisiensi × Serapan found in the rows, Efisiensi =
 * Capaian / Serapan by its stated formula "7 = (3/6) x 100"): the one its formula or header names is the computed one,
 * the other its input, not a column to blame a slip of the first on.
 */
function inputsOfStated(cols: ColumnInfo[]): void {
  for (const col of cols) {
    if (col.relation?.by !== 'data') continue;
    const reads = operands(col.relation.rel);
    const stated = cols.some((o) => o !== col && reads.includes(o.col) && o.relation && o.relation.by !== 'data' && operands(o.relation.rel).includes(col.col));
    if (stated) delete col.relation;
  }
}

/**
 * A "Pertumbuhan (%)" of a table with its years down the rows ("Tahun | PNS | PPPK | Jumlah | Pertumbuhan
 * (%)") is no mean growth of a series across columns: it is each row's growth on the row above, when the
 * rows bear that out with a clear majority. Otherwise it stays a stated figure (LPE beside a PDRB it is not
 * computed from), said nothing of.
 */
function growthDownTheRows(ctx: RelationContext, bases: Bases, sample: RowInfo[]): void {
  // "Perubahan terhadap 2019 (%)": on the row of that base year, not the row above (a column the rows above did not
  // explain). The year it names is its base, not the year of its figures.
  const baseYear = (c: ColumnInfo) => BASE_YEAR.exec(words(c.path.join(' ')));
  const timed = (c: ColumnInfo) => (c.year !== undefined && !baseYear(c)) || c.period !== undefined;
  if (ctx.columns.some((c) => NUMERIC.has(c.role) && timed(c))) return;
  for (const col of ctx.columns) {
    const named = baseYear(col);
    const baseRow = named ? ctx.rows.find((x) => x.label.trim() === named[2])?.row : undefined;
    const open = col.role === 'pertumbuhan' || (baseRow !== undefined && col.unexplained);
    if (!open || timed(col) || /\b(rata rata|rerata)\b/.test(words(col.path.join(' ')))) continue;
    // (A level's too: "Pertumbuhan IPM (%)" on the IPM, as growthCandidates.)
    const figures = ctx.columns.filter((c) => c.col < col.col && NUMERIC.has(c.role) && (!percentLike(c) || c.role === 'value')).reverse();
    let best: ColumnRelation | undefined;
    for (const f of figures) {
      for (const k of scalesOf(ctx.view, col, sample, ctx.columns)) {
        const rel: Relation =
          baseRow !== undefined ? { kind: 'growth', a: f.col, b: f.col, k, baseRow } : { kind: 'growth', a: f.col, b: f.col, k, above: true };
        const s = score(ctx, bases, rel, col.col, sample, true, true);
        // The header names a growth: one slip among a short table's rows is still a slip (as a ratio's, bestData),
        // on three rows when the two that agree are sharp.
        const short = s.tested === 3 && s.held === 2 && sharp(ctx, rel, sample);
        if ((short || namedGrowthHolds(s)) && (!best || s.held > best.held)) best = { rel, by: 'data', held: s.held, tested: s.tested };
      }
    }
    if (best) {
      col.relation = best;
      settleRole(col, best.rel, ctx.columns);
      delete col.of;
      delete col.unexplained;
    }
  }
}

/**
 * A growth its header names holds by the rows' clear majority, or with one slip among them (a short table's slip is
 * still a slip, as a ratio's is in bestData).
 */
function namedGrowthHolds(s: { held: number; tested: number }): boolean {
  return s.held >= MIN_ROWS && (s.held >= DATA_MAJORITY * s.tested || s.tested - s.held === 1);
}

/**
 * "Pertumbuhan (%)" naming no year, after three or more yearly figures of one kind (Realisasi 2022 | 2023 | 2024): the
 * last year's growth on the year before where the rows say so (an LKPJ's revenue table), else the series' average
 * growth that ratio.pertumbuhan checks. (With a single dated earlier figure there is no series: columns.ts yearOnYear
 * reads the step from the header alone.)
 */
function lastStepGrowth(ctx: RelationContext, bases: Bases, sample: RowInfo[]): void {
  for (const col of ctx.columns) {
    if (col.role !== 'pertumbuhan' || col.year !== undefined || averageGrowth(col)) continue;
    const dated = ctx.columns.filter((c) => c.col < col.col && c.year !== undefined && NUMERIC.has(c.role) && !percentLike(c));
    // (The last kind with a series: "Realisasi 2021 … 2024 | Target 2024 | Capaian 2024 (%) | Pertumbuhan (%)" grows the realisasi.)
    const last = [...dated].reverse().find((c) => dated.filter((d) => d.role === c.role).length >= 2);
    const series = last ? dated.filter((c) => c.role === last.role).sort((a, b) => (a.year ?? 0) - (b.year ?? 0)) : [];
    if (series.length < 3) continue;
    const [b, a] = series.slice(-2);
    const rel: Relation = { kind: 'growth', a: a.col, b: b.col, k: 100 };
    const s = score(ctx, bases, rel, col.col, sample, true);
    if (namedGrowthHolds(s)) {
      col.relation = { rel, by: 'data', held: s.held, tested: s.tested };
      settleRole(col, rel, ctx.columns);
      delete col.of;
      delete col.unexplained;
    }
  }
}

const dataRowsOf = (rows: RowInfo[]) => rows.filter((x) => x.kind !== 'total' && x.kind !== 'average' && x.kind !== 'blank' && x.kind !== 'headerRepeat');

/** Most of a column's figures on the data rows stand in cells merged down over two rows or more (two such merges at least). */
function mergedOverGroups(view: SheetView, c: number, rows: RowInfo[]): boolean {
  let merged = 0;
  let single = 0;
  for (const x of rows) {
    if (view.isCovered(x.row, c)) continue;
    if (num(view, x.row, c) === null) continue;
    const m = view.mergeAt(x.row, c);
    if (m && m.r0 === x.row && m.r1 > m.r0 && m.c0 === m.c1) merged++;
    else single++;
  }
  return merged >= 2 && merged > single;
}

/** Most of the column's numbers are shown in a percent format. */
function shownInPercent(view: SheetView, col: ColumnInfo, rows: RowInfo[]): boolean {
  let numbers = 0;
  let percent = 0;
  for (const x of rows) {
    const v = num(view, x.row, col.col);
    if (!v) continue;
    numbers++;
    if (v.percent) percent++;
  }
  return numbers >= 2 && percent > numbers / 2;
}

/** Rows with a figure of their own in the column: not a total, not a 0 (nothing over anything fits any reading). */
function figureRows(ctx: RelationContext, col: ColumnInfo, rows: RowInfo[]): number {
  return rows.filter((x) => x.kind !== 'total' && !!num(ctx.view, x.row, col.col)?.value).length;
}

function testableRows(ctx: RelationContext, col: ColumnInfo, rows: RowInfo[]): number {
  return rows.filter((x) => num(ctx.view, x.row, col.col) !== null).length;
}

/**
 * The money spent over the budget of its year ("Anggaran | Realisasi | %", "Penyerapan Anggaran (%)"): a table of one or two
 * programs has no rows to vote with, and a percentage beside the two has no other reading.
 */
function spentOfBudget(cols: ColumnInfo[], rel: Extract<Relation, { kind: 'ratio' }>): boolean {
  const num = cols.find((c) => c.col === rel.num);
  const den = cols.find((c) => c.col === rel.den);
  return !rel.numParts && !rel.denParts && dividesRoles(cols, rel, 'realisasiRp', 'anggaran') && num?.year === den?.year && num?.period === den?.period;
}

/** A ratio of a column of role `num` over one of role `den` (realisasi ÷ target, realisasi Rp ÷ anggaran). */
function dividesRoles(cols: ColumnInfo[], rel: Extract<Relation, { kind: 'ratio' }>, num: ColumnInfo['role'], den: ColumnInfo['role']): boolean {
  return cols.find((c) => c.col === rel.num)?.role === num && cols.find((c) => c.col === rel.den)?.role === den;
}

/**
 * A relation the column's own words name, found by the data: "Persentase thd Total 2025 (%)" a share of the total,
 * "% Jalan Kondisi Mantap" (Baik + Sedang) over the length. Like a ratio its header calls one, it may show one slip in
 * a short table (four rows: a road table by year).
 */
function namedByHeader(cols: ColumnInfo[], col: ColumnInfo, rel: Relation): boolean {
  const w = words(col.path.join(' '));
  if (rel.kind === 'share') return /\b(thd|terhadap|dari) (total|jumlah)\b|\b(kontribusi|proporsi|distribusi)\b/.test(w);
  if (rel.kind !== 'ratio' || !rel.numParts || !/\bmantap\b/.test(w) || /\btidak mantap\b/.test(w)) return false;
  const leaf = (c: number) => words(cols.find((x) => x.col === c)?.path.slice(-1)[0] ?? '');
  return rel.numParts.map(leaf).sort().join('|') === 'baik|sedang';
}

function bestData(
  ctx: RelationContext,
  bases: Bases,
  cols: ColumnInfo[],
  col: ColumnInfo,
  rows: RowInfo[],
  scales: number[],
  majority: number,
  oneSlip = false,
  candidates = dataCandidates(cols, col, scales),
): ColumnRelation | undefined {
  let best: ColumnRelation | undefined;
  // A first look on a dozen rows drops the hundreds of pairs that explain nothing.
  const probe = rows
    .filter((x) => {
      const v = num(ctx.view, x.row, col.col);
      return v !== null && v.value !== 0;
    })
    .slice(0, 12);
  for (const rel of withRowsSums(ctx, bases, candidates)) {
    const p = score(ctx, bases, rel, col.col, probe, true);
    if (p.tested - p.held > Math.max(2, (1 - majority) * p.tested)) continue;
    const s = pooled(ctx, bases, cols, rel, col, rows);
    // Two figures that fit are enough where the other rows are nothing over something, all of them.
    const enough = s.held >= MIN_ROWS || (s.held >= 2 && s.held + s.nil >= MIN_ROWS + 1);
    // A ratio its header names, on a three-row table with one slip: two rows agree, when their quotients are
    // sharp (figures in the tens and more: small counts under ±0,5 would let almost any pair agree).
    const twoOfThree = oneSlip && rel.kind === 'ratio' && s.tested === 3 && s.held === 2 && sharp(ctx, rel, rows);
    // (So may a share of the grand total under a header of shares alone, "%", "Persentase", "Proporsi", three rows at
    // least bearing it out: a short table's one wrong share is a slip. Not "Nilai (%)": a value in percent.)
    const slipAllowed =
      (oneSlip && rel.kind === 'ratio') ||
      namedByHeader(cols, col, rel) ||
      (rel.kind === 'share' && rel.base === 'grand' && s.held >= 3 && SHARE_HEADER.test(leafWords(col)));
    if (!twoOfThree && (!enough || (s.held < majority * s.tested && !(slipAllowed && s.tested - s.held === 1)))) continue;
    if (rel.kind === 'ratio' && onlyEqualTerms(ctx, rel, col, rows)) continue;
    if (!best || s.held > best.held || (s.held === best.held && s.tested < best.tested)) best = { rel, by: 'data', ...s };
  }
  return best;
}

/**
 * A % column explained as a ratio, share or product is a ratio column; a difference is a Sisa; a sum a row total; a
 * figure times a constant is a figure of its operand's kind.
 */
function settleRole(col: ColumnInfo, rel: Relation, cols: ColumnInfo[]): void {
  // Volume × Harga Satuan: an amount, summed by the totals like the others.
  if (rel.kind === 'product' && rel.k === 1 && !percentLike(col)) return;
  // A figure times a constant is a figure of the same kind: weighted NRR add up to the Jumlah NRR Tertimbang.
  if (rel.kind === 'scaled') {
    col.role = 'value';
    col.percent = !!cols.find((c) => c.col === rel.a)?.percent;
    return;
  }
  // An index weighing capaian is a level like them: never summed by a Jumlah.
  if (rel.kind === 'linear') {
    col.role = 'value';
    col.percent = true;
    return;
  }
  if (rel.kind === 'ratio' || rel.kind === 'share' || rel.kind === 'product' || rel.kind === 'growth') {
    col.role = 'ratio';
    col.percent = true;
  } else if (rel.kind === 'difference') {
    col.role = 'sisa';
    col.parts = [rel.a, rel.b];
    // A gap between percentages is a percentage: never summed by a Jumlah or up a hierarchy.
    if (percentLike(col)) col.percent = true;
  } else {
    col.role = 'rowTotal';
    col.parts = rel.parts;
    if (rel.minus) col.minus = rel.minus;
  }
}

/**
 * A column whose rows write a ratio as a proportion, "1 : 17" (one guru to 17 murid, one dokter to 2.500 penduduk):
 * the pair of count columns whose quotient its second term states on most rows (three at least), the first column the
 * one, the second the many. Checked row by row as any ratio (ratio-row's proportion); none when no pair or two fit.
 */
function proportionRelation(ctx: RelationContext, col: ColumnInfo, rows: RowInfo[]): ColumnRelation | undefined {
  const stated: { r: number; n: { value: number; decimals: number } }[] = [];
  let filled = 0;
  // (Read cheaply: a number is no proportion, and a column whose first eight figures hold none, or that misses on two
  // rows in five, is none; a long money column is left after its first rows.)
  let misses = 0;
  for (const x of rows) {
    const kind = ctx.view.kindAt(x.row, col.col);
    if (kind === 'empty') continue;
    filled++;
    const n = kind === 'text' ? proportionTerm(ctx.view.shownText(x.row, col.col)) : null;
    if (n) stated.push({ r: x.row, n });
    else if (++misses > 0.4 * rows.length || (misses >= 8 && stated.length === 0)) return undefined;
  }
  if (stated.length < MIN_ROWS || stated.length < 0.6 * filled) return undefined;
  const counts = ctx.columns.filter((c) => c.col !== col.col && NUMERIC.has(c.role) && !c.percent);
  const fits: { num: number; den: number; held: number; tested: number }[] = [];
  for (const a of counts)
    for (const b of counts) {
      if (a === b) continue;
      let held = 0;
      let tested = 0;
      for (const { r, n } of stated) {
        const A = ctx.view.numberAt(r, a.col);
        const B = ctx.view.numberAt(r, b.col);
        if (A === undefined || B === undefined || A <= 0) continue;
        tested++;
        if (statesProportion(B / A, n)) held++;
      }
      // (The "1 : n" form says it is a ratio: most rows, three at least, name the pair; a slip among four is one.)
      if (held >= MIN_ROWS && held >= 0.6 * tested) fits.push({ num: a.col, den: b.col, held, tested });
    }
  fits.sort((p, q) => q.held - p.held);
  if (!fits.length || (fits.length > 1 && fits[1].held === fits[0].held)) return undefined;
  const { num, den, held, tested } = fits[0];
  return { rel: { kind: 'ratio', num, den, k: 1 }, by: 'data', held, tested };
}

/**
 * Whether a column's relation holds on a row (null: it cannot be tested there), for rules that
 * must not accuse a cell its column's relation explains.
 */
export function relationCheck(table: { view: SheetView; info: { columns: ColumnInfo[]; rows: RowInfo[] } }): (col: number, x: RowInfo) => boolean | null {
  const ctx: RelationContext = { view: table.view, columns: table.info.columns, rows: table.info.rows };
  const bases: Bases = { grand: new Map(), rowsSum: new Map(), byRow: new Map(table.info.rows.map((x) => [x.row, x])) };
  const byCol = new Map(table.info.columns.map((c) => [c.col, c]));
  return (col, x) => {
    const rel = byCol.get(col)?.relation?.rel;
    return rel ? holdsOn(ctx, bases, rel, col, x) : null;
  };
}

/**
 * A capaian of a year whose target the table does not show ("Tahun 2023 ▸ Realisasi | Capaian" beside "Tahun 2024 ▸
 * Target | Realisasi | Capaian" of an LKjIP's comparison with earlier years): measured against that year's own target,
 * elsewhere, so nothing here can explain it. Only where every target shown is of a year.
 */
function unshownTarget(cols: ColumnInfo[], col: ColumnInfo): boolean {
  if (col.year === undefined || !/\bcapaian\b/.test(words(col.path.join(' ')))) return false;
  const targets = cols.filter((c) => c.role === 'target' || c.role === 'akhirTarget');
  return targets.length > 0 && targets.every((c) => c.year !== undefined && c.year !== col.year);
}

/**
 * Whether col is one of the percentage columns under its group header that add up to 100 on nearly every row they
 * all fill (three rows at least): shares of a whole, each the part the row reports.
 */
function inComposition(ctx: RelationContext, col: ColumnInfo, rows: RowInfo[]): boolean {
  if (col.path.length < 2) return false;
  const group = col.path[col.path.length - 2];
  const parts = ctx.columns.filter((c) => c.path.length === col.path.length && c.path[c.path.length - 2] === group && NUMERIC.has(c.role));
  if (parts.length < 2 || !parts.every((c) => percentLike(c) || c.percent)) return false;
  let tested = 0;
  let held = 0;
  for (const x of rows) {
    if (x.kind === 'total') continue;
    let sum = 0;
    let all = true;
    for (const c of parts) {
      const v = num(ctx.view, x.row, c.col);
      if (!v) {
        all = false;
        break;
      }
      sum += v.value;
    }
    if (!all) continue;
    tested++;
    if (Math.abs(sum - 100) <= 0.05 * parts.length) held++;
  }
  return tested >= 3 && held >= 0.8 * tested;
}
