/** The own-row ratio columns of a table and what they divide; shared by the ratio rules, ratio.total and sum.average. */
import type { ColumnInfo, RowInfo } from '../types';
import type { CellValue, NumberValue } from '../number';
import { markAfter, MARK_OPENING } from '../number';
import type { CheckContext } from './rule';
import { cell, tableNotes, val } from './common';
import { isMark, words } from '../text';
import { levelRow, MONEY_WORDS, ofAnotherLevel, performanceLeaf, RUNNING, yearFromQuarters } from '../recognise/columns';
import { evaluate, isPercentUnit, matched, targetValue, type Formula } from '../ratio-math';
import { SERVED } from '../recognise/relations';
import { isBandIndicator, isLowerBetter, notedPolarity, saysDirection, saysHigher, polarityKey, type Polarity } from '../polarity';

export interface RatioPair {
  ratio: ColumnInfo;
  num: ColumnInfo;
  den: ColumnInfo;
  kind: 'capaian' | 'anggaran';
  /** 100 for percentages, 1 for fractions: whichever the column's rows bear out. */
  k: number;
  /** The columns the numerator is read from (types.ts Relation 'ratio': quarters, Baik + Sedang); num is the last of them. */
  numParts?: number[];
  /** The columns the denominator is read from, the same way as the numerator's (the targets of the quarters). */
  denParts?: number[];
}

const MONEY_ROLES = new Set<ColumnInfo['role']>(['anggaran', 'realisasiRp', 'rp', 'akhirRp', 'sisa']);

/** Each column explained as an own-row ratio (recognise/relations.ts), with what it divides. */
export function ratioPairs(cols: ColumnInfo[]): RatioPair[] {
  const out: RatioPair[] = [];
  const byCol = new Map(cols.map((c) => [c.col, c]));
  for (const q of cols) {
    const rel = q.relation?.rel;
    if (!rel || rel.kind !== 'ratio') continue;
    const num = byCol.get(rel.num);
    const den = byCol.get(rel.den);
    if (!num || !den) continue;
    // realisasi ÷ target of an indicator is a capaian (polarity matters); anything over money is a rasio. (The header's
    // money words count only where its leaf does not say performance: "… Kinerja dan … Anggaran (%) ▸ K".)
    const kind =
      MONEY_ROLES.has(den.role) || MONEY_ROLES.has(num.role) || (!performanceLeaf(q) && MONEY_WORDS.test(words(q.path.join(' ')))) ? 'anggaran' : 'capaian';
    out.push({ ratio: q, num, den, kind, k: rel.k, ...(rel.numParts ? { numParts: rel.numParts } : {}), ...(rel.denParts ? { denParts: rel.denParts } : {}) });
  }
  return out;
}

/** A term of a row's ratio: its value, the reference a formula reads it by, the cells and columns it comes from. */
export interface Term {
  value: CellValue;
  ref: string;
  cells: string[];
  cols: number[];
}

/**
 * A row's numerator and denominator: the num and den columns' cells, or the year's realisasi and target from their
 * quarters, both read one way (counts add up, levels take the last; when the stated ratio S fits only the other
 * reading, that one: the data decides).
 */
export function termsOf(ctx: CheckContext, x: RowInfo, p: RatioPair, S?: CellValue): { numerator: Term; denominator: Term } {
  if (!p.numParts) return { numerator: own(x, p.num.col, val(ctx, x.row, p.num.col)), denominator: own(x, p.den.col, val(ctx, x.row, p.den.col)) };
  const level = quarterLevel(ctx, x, p, S);
  return {
    numerator: fromParts(ctx, x, p.numParts, level),
    denominator: p.denParts ? fromParts(ctx, x, p.denParts, level) : own(x, p.den.col, val(ctx, x.row, p.den.col)),
  };
}

function own(x: RowInfo, col: number, value: CellValue): Term {
  const ref = cell(x.row, col);
  return { value, ref, cells: [ref], cols: [col] };
}

/** Whether row x's year is its last quarter's figure (a level) rather than the quarters' sum (a count). */
function quarterLevel(ctx: CheckContext, x: RowInfo, p: RatioPair, S?: CellValue): boolean {
  const view = ctx.table.view;
  const satuan = ctx.table.ctx.satuanCol;
  const level = levelRow(satuan !== undefined ? view.shownText(x.row, satuan) : '', indicatorText(ctx, x));
  const fits = (lv: boolean) => {
    const R = yearFromQuarters(view, x.row, p.numParts!, lv);
    if (!R || S?.kind !== 'number') return false;
    const t = p.denParts ? yearFromQuarters(view, x.row, p.denParts, lv) : targetValue(val(ctx, x.row, p.den.col), R);
    const e = t ? evaluate(R, t, p.k) : null;
    return !!e && matched(e, S, ctx.tol.shown(S)).length > 0;
  };
  // A count read as its last quarter only where the quarters run up (s.d. TW I … s.d. TW IV): quarters that rise and
  // fall are each a quarter's own, and the last of them alone is no year's figure.
  const running = () => {
    let prev = -Infinity;
    for (const c of p.numParts!) {
      const v = view.numberAt(x.row, c);
      if (v === undefined) continue;
      if (v < prev) return false;
      prev = v;
    }
    return true;
  };
  // Money is spent per quarter unless its columns say they run ("s.d. TW III", "Kumulatif"): rising quarters alone do not.
  const last = ctx.table.info.columns.find((c) => c.col === p.numParts![p.numParts!.length - 1]);
  const runs = () => p.num.role !== 'realisasiRp' || (!!last && RUNNING.test(words(last.path.join(' '))));
  // (Years to date, not quarters: a stock or an area is read at its latest year whenever that alone fits.)
  const cols = ctx.table.info.columns;
  const years = p.numParts!.every((c, i, all) => {
    const y = cols.find((x) => x.col === c)?.year;
    return y !== undefined && (i === 0 || y > (cols.find((x) => x.col === all[i - 1])?.year ?? Infinity));
  });
  return !fits(level) && fits(!level) && (level || years || (running() && runs())) ? !level : level;
}

function fromParts(ctx: CheckContext, x: RowInfo, q: number[], level: boolean): Term {
  const R = yearFromQuarters(ctx.table.view, x.row, q, level);
  const last = q[q.length - 1];
  const contiguous = q.every((c, i) => i === 0 || c === q[i - 1] + 1);
  const ref = level ? cell(x.row, last) : `SUM(${contiguous ? `${cell(x.row, q[0])}:${cell(x.row, last)}` : q.map((c) => cell(x.row, c)).join(',')})`;
  const cols = level ? [last] : q;
  return { value: R ?? val(ctx, x.row, last), ref, cells: cols.map((c) => cell(x.row, c)), cols };
}

/** The Excel formula Cermat fills for a ratio: realisasi/target, or a lower-is-better form. */
export function ratioFormula(f: Formula, r: string, t: string, k: number): string {
  const times = k === 100 ? '*100' : '';
  if (f === 'inverse') return `=IFERROR((2*${t}-${r})/${t}${times},"")`;
  if (f === 'reciprocal') return `=IFERROR(${t}/${r}${times},"")`;
  return `=IFERROR(${r}/${t}${times},"")`;
}

/** Units that count whole things: 5 dokumen is exactly 5, not anything from 4,5 to 5,5 (and Level 3 of a kapabilitas APIP is 3). */
const COUNT_UNIT =
  /^(orang|jiwa|kk|dokumen|dok|laporan|unit|buah|level|kegiatan|kali|kasus|perusahaan|koperasi|umkm|desa|kelurahan|kecamatan|sekolah|paket|lokasi|titik|kelompok|lembaga|peserta|pelaku usaha|usaha|ukm|keluarga|rumah|rtlh|ekor|hektar|ha|km|meter|m|bulan|hari|event|produk|izin|sertifikat|regulasi|perda|perbup|sk|dokumen perencanaan|naskah|kab|kabupaten|kota|opd|pd|skpd|sp\/sb|usulan|forum|rekomendasi|layanan|objek|obyek|inovasi|aplikasi|sistem|kawasan|ruas|jembatan|gedung|pasar|kios|destinasi|festival|pameran|pelatihan|angkatan|kunjungan|wisatawan|pengunjung|siswa|pasien|penduduk|pelanggan|tenaga kerja|petani|nelayan|poktan|gapoktan|bumdes|ikm|sambungan|eksemplar|judul|karya|kampung|dusun|kajian|segmen|sengketa|perkara|berkas|kendaraan|armada|kapal|pegawai|asn|balita|bayi|temuan|pengaduan|aduan|pelanggaran|kejadian|korban|insiden|permasalahan|masalah|kecelakaan|kebakaran)\b/;

export function countUnit(ctx: CheckContext, x: RowInfo): boolean {
  const c = ctx.table.ctx.satuanCol;
  const unit = c !== undefined ? ctx.table.view.shownText(x.row, c).trim().toLowerCase() : '';
  if (unit) return COUNT_UNIT.test(unit);
  // No unit written: an indicator named as a count of things ("Jumlah Puskesmas terakreditasi") counts them, unless
  // its name says an amount, a measure or a rate.
  const name = words(indicatorText(ctx, x));
  return (
    /^(jumlah|banyaknya) /.test(name) &&
    !/%|\b(persen|persentase|rp|rupiah|ribu|juta|miliar|milyar|triliun|ton|kg|ha|hektar|km|liter|rata|indeks|rasio|nilai|skor|per)\b/.test(name)
  );
}

/** A header segment that is a count's unit and nothing else ("Orang", "(unit)", "Jumlah (jiwa)"'s last word in brackets). */
const COUNT_SEGMENT = new RegExp(`^\\(?(?:${COUNT_UNIT.source.slice(1).replace(/\\b$/, '')})\\)?$`);
const countColumns = new WeakMap<ColumnInfo, boolean>();

/**
 * A column of counts by its header ("Laki-laki ▸ Orang", "Jumlah (orang)"), or a Jumlah of such columns: its whole
 * figures are exact, whatever the row's satuan (a rekap has none).
 */
export function countColumn(cols: ColumnInfo[], c: ColumnInfo, depth = 0): boolean {
  let v = countColumns.get(c);
  if (v !== undefined) return v;
  v = c.path.some((seg) => {
    const w = seg.trim().toLowerCase();
    const unit = /\(([^()]+)\)$/.exec(w)?.[1].trim();
    return COUNT_SEGMENT.test(w) || (!!unit && COUNT_SEGMENT.test(unit));
  });
  const rel = c.relation?.rel;
  if (!v && rel?.kind === 'sum' && !rel.minus?.length && rel.parts.length > 0 && depth < 3) {
    v = rel.parts.every((k) => {
      const part = cols.find((x) => x.col === k);
      return !!part && countColumn(cols, part, depth + 1);
    });
  }
  countColumns.set(c, v);
  return v;
}

/**
 * Whether a ratio's numerator and denominator on row x are counts (exact when whole): by the row's satuan, by their
 * columns' headers, and a target is set, never measured.
 */
export function countedTerms(ctx: CheckContext, x: RowInfo, p: RatioPair): { num: boolean; den: boolean } {
  const counted = countUnit(ctx, x);
  const cols = ctx.table.info.columns;
  return {
    num: counted || countColumn(cols, p.num),
    den: counted || p.den.role === 'target' || p.den.role === 'akhirTarget' || countColumn(cols, p.den),
  };
}

/**
 * DOMAIN: integers that count things match exactly; only shown decimals carry rounding. The count's
 * unit is the row's satuan, or the cell's own ("12 (dua belas) Kali").
 */
export function exactIfCount(v: NumberValue, counted: boolean): NumberValue {
  const count = counted || (v.unit !== undefined && COUNT_UNIT.test(v.unit.toLowerCase()));
  return count && v.decimals === 0 && Number.isInteger(v.value) ? { ...v, decimals: 12 } : v;
}

function indicatorText(ctx: CheckContext, x: RowInfo): string {
  const t = ctx.table;
  const ind = t.ctx.indicatorCol !== undefined ? t.view.shownText(x.row, t.ctx.indicatorCol) : '';
  // (Words, not a mark: an "IKK" column ticked "√" or "-" beside the indicator's name names nothing.)
  if (ind && !isMark(ind) && ind.trim() !== '-') return ind;
  // A year's row of an indicator whose name is merged down over its years (years down the rows): the merge's name, not
  // a word the row took for its label from another column ("Cukup" of a Kriteria column).
  for (const c of [t.ctx.indicatorCol, t.ctx.labelCol]) {
    const m = c !== undefined ? t.view.mergeAt(x.row, c) : undefined;
    if (m && m.r0 < x.row && c !== undefined) {
      const text = t.view.shownText(m.r0, c);
      if (text) return text;
    }
  }
  // (A year's row under the indicator's heading, "II | Waktu tunggu rawat jalan *)" over 2020 … 2024: the heading's.)
  if (x.parent !== undefined && /^(tahun\s*)?(19|20)\d\d\s*\**\)?$/i.test(x.label.trim())) {
    const head = t.row(x.parent);
    if (head) return `${head.label} ${indicatorText(ctx, head)}`.trim();
  }
  if (x.label || x.kind !== 'continuation' || x.parent === undefined) return x.label;
  // A further line of an indicator whose name is merged down over it ("Angka kematian ibu" in kasus, then per
  // 100.000 KH): that name's.
  const owner = t.row(x.parent);
  return owner ? indicatorText(ctx, owner) : '';
}

/** The polarity the user set for a row in the settings, if any: it wins over every reading. */
export function setPolarity(ctx: CheckContext, x: RowInfo): 'higher' | 'lower' | undefined {
  return ctx.settings.polarity?.[polarityKey(ctx.table.info.sheet, x.row)];
}

const saidOf = new WeakMap<object, Map<number, Polarity | null>>();

/**
 * The polarity the user set for the row, or its own note says ("makin kecil makin baik" in Keterangan, a Polaritas column):
 * read once per row (the ratio rules ask for every row, pair and reading).
 */
export function saidPolarity(ctx: CheckContext, x: RowInfo): Polarity | undefined {
  let byRow = saidOf.get(ctx.table);
  if (!byRow) saidOf.set(ctx.table, (byRow = new Map()));
  let said = byRow.get(x.row);
  if (said === undefined) byRow.set(x.row, (said = readPolarity(ctx, x) ?? null));
  return said ?? undefined;
}

function readPolarity(ctx: CheckContext, x: RowInfo): Polarity | undefined {
  const set = setPolarity(ctx, x);
  if (set) return set;
  for (const { c, direction } of remarkColumns(ctx)) {
    const text = ctx.table.view.shownText(x.row, c.col);
    const noted = notedPolarity(text);
    if (noted) return noted;
    // A Polaritas (Arah Kinerja, Kategori) column's sign, arrow or direction ("-", "↓", "Turun"; "+", "↑", "Naik"): in
    // that column only, where a lone "-" says nothing else.
    if (direction) {
      if (/^\s*\(?\s*[-−–↓]\s*\)?\s*$/.test(text) || /^(turun|menurun)$/i.test(text.trim())) return 'lower';
      if (/^\s*\(?\s*[+↑]\s*\)?\s*$/.test(text) || /^(naik|meningkat)$/i.test(text.trim())) return 'higher';
    }
  }
  // The name marked with its sign, "Timbulan sampah yang dibuang ke TPA (-)", "Cakupan … (+)".
  const name = `${x.label} ${indicatorText(ctx, x)}`;
  if (/\(\s*[-−–]\s*\)\s*$/.test(x.label.trim()) || /\(\s*[-−–]\s*\)\s*$/.test(name.trim())) return 'lower';
  if (/\(\s*\+\s*\)\s*$/.test(x.label.trim()) || /\(\s*\+\s*\)\s*$/.test(name.trim())) return 'higher';
  return footnotePolarity(ctx, x);
}

/** A column stating each row's direction: "Polaritas", "Arah Kinerja", "Kategori (Indikator)", "Sifat Indikator". */
const DIRECTION_HEAD = /\bpolari(tas|sasi)\b|\b(arah( kinerja| indikator)?|kategori( indikator)?|sifat( indikator)?)$/;

const remarksOf = new WeakMap<object, { c: ColumnInfo; direction: boolean }[]>();

/**
 * The columns a row's own words about its polarity stand in, once per table (saidPolarity asks for every row and pair):
 * remarks, and a direction column, a "Kategori" of Positif / Negatif read as a grade's included.
 */
function remarkColumns(ctx: CheckContext): { c: ColumnInfo; direction: boolean }[] {
  let out = remarksOf.get(ctx.table);
  if (!out) {
    out = [];
    for (const c of ctx.table.info.columns) {
      const direction = DIRECTION_HEAD.test(words(c.path.join(' ')));
      if (c.role === 'text' || c.role === 'other' || (c.role === 'predikat' && direction)) out.push({ c, direction });
    }
    remarksOf.set(ctx.table, out);
  }
  return out;
}

const footnotes = new WeakMap<object, Map<string, Polarity>>();

/**
 * The polarity a footnote gives the rows it marks ("Timbulan Sampah … *)" under "*) Untuk indikator yang semakin rendah
 * semakin baik, capaian = Target / Realisasi × 100%").
 */
function footnotePolarity(ctx: CheckContext, x: RowInfo): Polarity | undefined {
  const mark = markAfter(`${x.label} ${indicatorText(ctx, x)}`.trim()) ?? markAfter(x.label.trim());
  if (!mark) return undefined;
  let byMark = footnotes.get(ctx.table);
  if (!byMark) {
    byMark = new Map();
    for (const line of tableNotes(ctx.table.info)) {
      const m = MARK_OPENING.exec(line);
      const said = m ? (notedPolarity(line) ?? (NEGATIVE_NOTE.test(line) && LOWER_FORMULA_NOTE.test(line) ? 'lower' : null)) : null;
      if (m && said) byMark.set(m[1].replace(/\)$/, ''), said);
    }
    footnotes.set(ctx.table, byMark);
  }
  return byMark.get(mark[1].replace(/\)$/, ''));
}

/** A row read as lower-is-better without a ratio pair (a formula's convention): set by the user or its notes, else its words. */
export function rowLower(ctx: CheckContext, x: RowInfo): boolean {
  const said = saidPolarity(ctx, x);
  return said ? said === 'lower' : isLowerBetter(indicatorText(ctx, x));
}

/** Whether a row's own words make it higher-is-better, turning a lower subject ("kasus TB yang ditemukan dan diobati"). */
export function wordsSayHigher(ctx: CheckContext, x: RowInfo): boolean {
  return saysHigher(indicatorText(ctx, x));
}

/**
 * The table's note says how its lower-is-better indicators are computed ("*) Untuk indikator dengan polaritas negatif,
 * capaian = (2 x target - realisasi) / target x 100%"): a row computed that way is one of them, by the office's own word.
 */
export function notesLowerFormula(ctx: CheckContext): boolean {
  let said = declared.get(ctx.table);
  if (said === undefined) {
    const notes = tableNotes(ctx.table.info).join(' ');
    said = NEGATIVE_NOTE.test(notes) && LOWER_FORMULA_NOTE.test(notes);
    declared.set(ctx.table, said);
  }
  return said;
}
const declared = new WeakMap<object, boolean>();

/**
 * The formula a lower-is-better row is held to: the table's own convention (lowerVotes), or where its rows follow none
 * (or R/T, the higher-is-better one), the one its note states, else the setting's.
 */
export function lowerFormulaOf(ctx: CheckContext, convention: Formula): Formula {
  return convention === 'ratio' ? (notedLowerFormula(ctx) ?? ctx.settings.lowerFormula) : convention;
}

/** The lower-is-better formula the table's note states, if it names one: T / R, or (2T − R) / T. */
export function notedLowerFormula(ctx: CheckContext): Formula | null {
  if (!notesLowerFormula(ctx)) return null;
  const notes = tableNotes(ctx.table.info).join(' ');
  if (/\b(t|target)\s*([/:]|dibagi)\s*(r|realisasi)\b/i.test(notes)) return 'reciprocal';
  return /2\s*[x×*]?\s*(t|target)\b|\b(t|target)\s*[-−–]\s*\(\s*(r|realisasi)\b/i.test(notes) ? 'inverse' : null;
}
const NEGATIVE_NOTE = /\b(negatif|menurun|(?:se)?makin (?:kecil|rendah|sedikit)|lebih kecil)\b/i;
// (Also in words, "target dibagi realisasi", and "(2T − R)/T" written without the times sign.)
const LOWER_FORMULA_NOTE = /2\s*[x×*]?\s*(t|target)\b|\b(t|target)\s*[-−–]\s*\(\s*(r|realisasi)\b|\b(t|target)\s*([/:]|dibagi)\s*(r|realisasi)\b/i;

/**
 * A band indicator (polarity.ts isBandIndicator) with no polarity set or noted for its row: either polarity's
 * formula states its capaian.
 */
export function eitherPolarity(ctx: CheckContext, x: RowInfo): boolean {
  if (saidPolarity(ctx, x)) return false;
  return isBandIndicator(indicatorText(ctx, x));
}

/**
 * Whether a row is judged lower-is-better: the user's setting for the row, else its words. A row named
 * only by its year (years down the rows) takes the words of the indicator the table is about: the group
 * header over the pair's columns, else the title ("Perkembangan Tingkat Pengangguran Terbuka 2020–2024").
 */
export function isLower(ctx: CheckContext, x: RowInfo, p: RatioPair): boolean {
  const set = setPolarity(ctx, x);
  if (set) return set === 'lower';
  // Polarity is an indicator's: a ratio of two amounts ("Rasio Ketergantungan" = transfer ÷ total
  // pendapatan) is that quotient whatever the words, with no target to fall short of.
  // (Or another government's target the row is compared with: "Nasional" beside "Capaian dibanding Target Nasional".)
  if (p.den.role !== 'target' && p.den.role !== 'akhirTarget' && !ofAnotherLevel(p.den)) return false;
  // An SPM's capaian is the share served ("Jumlah yang Terlayani" of the "Target Sasaran"): more served is better, even
  // for the victims of a disaster or a fire.
  if (SERVED.test(words(p.num.path.join(' ')))) return false;
  // A work's physical progress ("Kinerja Fisik ▸ Target | Realisasi | Capaian"): more done is better, whatever the
  // program fights (Penanggulangan Kemiskinan, … Kawasan Kumuh).
  if (/\bfisik\b/.test(words(`${p.num.path.join(' ')} ${p.den.path.join(' ')}`))) return false;
  // The row says so itself (Keterangan "makin kecil makin baik", a Polaritas column).
  const noted = saidPolarity(ctx, x);
  if (noted) return noted === 'lower';
  const own = indicatorText(ctx, x);
  // … or its own columns' headers ("Target Angka Kematian Ibu (per 100.000 KH)" over the years' targets; "Standar Waktu
  // Layanan (Hari)" beside "KTP-el", a row that names the service, not its direction).
  const named = [p.den, p.num].map((c) => c.path.join(' ').replace(/\b(target|realisasi|capaian|rencana)\b/gi, '')).join(' ');
  if (/\p{L}{3}/u.test(own.replace(/\b(tahun|thn|th|semester|triwulan|tw|bulan)\b/gi, '')))
    return isLowerBetter(own) || (!saysDirection(own) && isLowerBetter(named));
  const group = p.ratio.path.slice(0, -1).join(' ');
  return isLowerBetter(group) || isLowerBetter(named) || (!group && isLowerBetter(ctx.table.info.title.join(' ')));
}

/**
 * The formula a table uses for its lower-is-better rows, when its stated values show one: by the
 * rows that match one formula alone, their inputs read as checkRow reads them (a target is exact:
 * a slipped capaian next to a whole target of 12 must not pass for R/T with 12 taken as 11,5). With
 * it, how many lower-is-better cells each formula alone explains (a lone cell off the convention is said).
 */
export function lowerVotes(ctx: CheckContext, pairs: RatioPair[], rows: RowInfo[]): { formula: Formula; votes: Record<Formula, number> } {
  const votes: Record<Formula, number> = { ratio: 0, inverse: 0, reciprocal: 0 };
  for (const p of pairs) {
    for (const x of rows) {
      if (!isLower(ctx, x, p)) continue;
      const s = val(ctx, x.row, p.ratio.col);
      const terms = termsOf(ctx, x, p, s);
      const Rv = terms.numerator.value;
      if (s.kind !== 'number' || Rv.kind !== 'number') continue;
      const counted = countedTerms(ctx, x, p);
      const R = exactIfCount(Rv, counted.num);
      const T0 = targetValue(terms.denominator.value, R);
      const T = T0 ? exactIfCount(T0, counted.den) : null;
      const e = T ? evaluate(R, T, p.k) : null;
      if (!e) continue;
      const m = matched(e, s, ctx.tol.shown(s));
      if (m.length === 1) votes[m[0]]++;
    }
  }
  const best = (Object.keys(votes) as Formula[]).sort((a, b) => votes[b] - votes[a])[0];
  return { formula: votes[best] > 0 ? best : lowerFormulaOf(ctx, 'ratio'), votes };
}

/** A row of percentages by its name, where the table has no satuan column. */
export const PERCENT_NAME = /^(persentase|prosentase|cakupan)\b/;

/** Whether a row's figures are percentages: its satuan says %, or (no satuan column) its name does. */
export function percentRow(ctx: CheckContext, x: RowInfo): boolean {
  const satuan = ctx.table.ctx.satuanCol;
  const unit = satuan !== undefined ? ctx.table.view.shownText(x.row, satuan) : '';
  return unit ? isPercentUnit(unit) : PERCENT_NAME.test(words(x.label));
}

/** A realisasi or target typed without its decimal comma, which the stated ratio beside it confirms. */
export interface LostComma {
  col: number;
  stated: NumberValue;
  /** The figure as it was meant (5108 → 51,08). */
  back: number;
}

/**
 * The term of a row's capaian typed without its decimal comma (5108 for 51,08): a whole figure above 100 that, divided by
 * 10 or 100, is a percentage again and makes the stated capaian hold to its shown decimals, where as typed it does not.
 * The stated capaian is the evidence (73,52 = 51,08 / 69,48 × 100 pins the realisasi), so it is needed with two
 * decimals, or on a row of percentages. Null when no such reading holds.
 */
export function lostComma(ctx: CheckContext, x: RowInfo, p: RatioPair): LostComma | null {
  if (p.kind !== 'capaian' || p.numParts || p.denParts) return null;
  const S = val(ctx, x.row, p.ratio.col);
  const R = val(ctx, x.row, p.num.col);
  const T = val(ctx, x.row, p.den.col);
  if (S.kind !== 'number' || R.kind !== 'number' || T.kind !== 'number' || S.value <= 0) return null;
  const asTyped = evaluate(R, T, p.k);
  const tol = ctx.tol.ratio(S);
  if (!asTyped || matched(asTyped, S, tol).length > 0) return null;
  if (S.decimals < 2 && !percentRow(ctx, x)) return null;
  const found: LostComma[] = [];
  for (const [v, other, col] of [
    [R, T, p.num.col],
    [T, R, p.den.col],
  ] as const) {
    if (v.decimals !== 0 || !Number.isInteger(v.value) || v.value <= 100 || other.value > 100) continue;
    for (const div of [10, 100]) {
      const back: NumberValue = { kind: 'number', value: v.value / div, decimals: div === 10 ? 1 : 2, fromText: false };
      if (back.value > 100) continue;
      const e = v === R ? evaluate(back, T, p.k) : evaluate(R, back, p.k);
      if (e && matched(e, S, tol).length > 0) found.push({ col, stated: v, back: back.value });
    }
  }
  // (Both terms, or both divisors, explaining it: no one cell to point at.)
  return found.length === 1 ? found[0] : null;
}
