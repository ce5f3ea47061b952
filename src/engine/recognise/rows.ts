/**
 * Body rows: what each row is (heading, data, continuation line, a label fragment, Jumlah,
 * repeated header) and the table's hierarchy, structure first: every row's marker (kode, No,
 * label prefix, tier word, format) is read, the table's own scheme says which marker sits at
 * which depth (scheme.ts), and sums are used only to choose between whole readings of a run
 * that carries no marker at all — never to reshape the tree around a parent that disagrees.
 */
import type { ColumnInfo, RowInfo, RowKind } from '../types';
import { mergedFromAbove, ownText, type SheetView } from '../sheet';
import { MARK_AFTER, markAfter, type NumberValue } from '../number';
import { half } from '../tolerance';
import { isBrokenWordsLine, isNumberRow, isPageLine, isRepeatOf, isUnitsRow, spelledOut, type TableSpan } from './header';
import { ATTRIBUTE_OF, DATE_HEADER, isNumericRole, MONEY_ROLES, NOTE_COLUMN, summedRoles } from './columns';
import { inCapitals, words } from '../text';
import { BARE_NUMBER, isPlainCode, kodeMarker, listMarker, noMarker, settleAmbiguous, tierWord, type Marker } from './markers';
import { isUnmarked, learnDepths, outline, UNMARKED, type SchemeInput } from './scheme';
import { bare, closedNames, isCarriedLine, markerKey, STATED_PARTS, totalScopes, unranked } from './totals';
import { isPartitionTotal, partitionGroups, type PartGroup } from './partition';

/** Texts longer than this are never labels of totals, averages or tiers (a pasted paragraph is not "Jumlah"). */
const MAX_LABEL_TEST = 200;

/** Plain totals: "Jumlah", "Total", "Sub Total", "Jumlah Total", "Grand Total", "Jumlah Seluruhnya". */
const TOTAL_LABEL =
  /^(sub\s*-?\s*)?(jumlah|total|jml\.?|grand\s*total|Σ|∑)((\s+|\s*\/\s*)(total|keseluruhan|seluruhnya|akhir|umum|semua|belanja|anggaran|pendapatan|program|kegiatan|pagu|realisasi|[ivx]+|\d{4}))*\s*[:.]?$/i;
/** A total's words and nothing they could name ("Jumlah", "Jumlah Total", "Jumlah/Total", "Total Keseluruhan"): never a figure of a list. */
const PLAIN_TOTAL = /^(sub\s*-?\s*)?(jumlah|total|jml\.?|grand\s*total|Σ|∑)((\s+|\s*\/\s*)(total|keseluruhan|seluruhnya|akhir|umum|semua))*\s*[:.]?$/i;
/** "TOTAL …", "Sub Total …", "Subtotal …", "Grand Total …": a total whatever follows. */
const TOTAL_HEAD = /^(sub\s*-?\s*total|subtotal|sub\s*jumlah|grand\s*total|total)\b/i;
/** "Jumlah …" with a qualifier naming what is totalled (a fund, a budget part, a program, a group). */
const JUMLAH_QUALIFIED =
  /^(jumlah|jml\.?)\s+(total|seluruh|keseluruhan|semua|umum|akhir|dana|belanja|pendapatan|pembiayaan|anggaran|pagu|realisasi|apbd|apbn|dak|dau|dbh|dekon|dekonsentrasi|tugas pembantuan|program|kegiatan|sub kegiatan|urusan|bidang|opd|skpd|dinas|badan|bagian|bab|kelompok|jenis|objek|rincian|[ivx]+\b|[a-z]\b|\d+\b|bl\b|btl\b|i+\b)/i;
/**
 * "Jumlah Kabupaten", "Jumlah Kota Ternate", "JUMLAH PROVINSI": the region a list of its kecamatan or kab/kota closes
 * (a name after it in capitals, not "Jumlah kota yang …", an indicator).
 */
// (Or the region's word alone closing its kecamatan, "Kabupaten" | "Provinsi": an item has a name.)
const REGION_TOTAL =
  /^(?:[Jj]umlah|JUMLAH|[Jj]ml\.?|JML\.?)\s+(?:[Kk]abupaten|KABUPATEN|[Kk]ab\.|KAB\.|[Kk]ota|KOTA|[Pp]rovinsi|PROVINSI|[Pp]rov\.|PROV\.)(\s+[A-Z][\p{L}.-]*){0,3}\s*$|^(?:[Kk]abupaten|KABUPATEN|[Pp]rovinsi|PROVINSI)\s*$/u;

/** Hierarchy tiers named by words or by kode rekening; depth is the table's own. */
export type Tier = 'tujuan' | 'sasaran' | 'urusan' | 'bidang' | 'opd' | 'program' | 'kegiatan' | 'subkegiatan';

/**
 * "Rata-rata", "Rata-rata Capaian", "Rerata": a row closing the table with means. Only closed
 * wordings: "Rata-rata Lama Sekolah" is an indicator (an IPM component), not a mean of the rows.
 */
const AVERAGE_LABEL =
  /^(rata\s*-?\s*rata|rerata|rata2|average)(\s+(capaian|kinerja|persentase|rasio|nilai|seluruhnya|keseluruhan|total|tahunan|bulanan|harian|pertumbuhan|per\s+(tahun|bulan|triwulan|semester|hari)|\(%\)|%)|\s*\/\s*(tahun|bulan|hari))*\s*[:.]?$/i;
/** "Rata-rata Sasaran 2", "Rata-rata Tujuan II": the mean of a block named by its number alone (not "Rata-rata Lama Sekolah"). */
// (Also "Capaian Sasaran 1", "Capaian Kinerja Sasaran Strategis II": a block's capaian, named by its number, is its mean.)
const AVERAGE_OF_BLOCK =
  /^((rata\s*-?\s*rata|rerata|rata2)\s+(sasaran|tujuan|misi|program|iku)(\s+strategis)?(\s+(\d{1,2}|[ivx]{1,4}|[a-h]))?|capaian(\s+kinerja)?\s+(sasaran|tujuan)(\s+strategis)?\s+(\d{1,2}|[ivx]{1,4}|[a-h]))\s*[:.]?$/i;
/** "Rata-rata Capaian Sasaran 1", "Capaian Rata-rata IKU", "Jumlah Rata-rata Capaian": a mean of capaian, whatever follows. */
// ("Indeks Capaian SPM", "Indeks Pencapaian SPM", "Indeks SPM Bidang …": the mean of the services' capaian, closing an SPM table.)
// ("Nilai Capaian Kinerja (rata-rata)": the mean word in brackets after the capaian it averages.)
const AVERAGE_OF_CAPAIAN =
  /^(jumlah\s+|nilai\s+)?((rata\s*-?\s*rata|rerata|rata2)\s+capaian|capaian(\s+kinerja)?\s+\(?\s*(rata\s*-?\s*rata|rerata)|indeks\s+((pen)?capaian\s+)?spm\b)\b/i;

/** APBD summary lines computed from other lines (Pendapatan − Belanja …), not summed into anything. */
// (SIPD's Ringkasan APBD writes "TOTAL SURPLUS/(DEFISIT)": a line's name, not a Jumlah of the rows above it; an LRA
// "6.3 Pembiayaan Netto", its account code before the name; "SISA LEBIH/(KURANG) PEMBIAYAAN ANGGARAN" bracketed.)
const DERIVED_LABEL =
  /^(\d+(\.\d+)*\.?\s+)?((total|jumlah)\s+)?(surplus|defisit|\(?surplus\)?\s*\/\s*\(?defisit\)?|pembiayaan\s+(daerah\s+)?net+o|sisa lebih\s*(\/\s*\(?\s*kurang\s*\)?\s*)?pembiayaan|silpa|kapasitas riil)\b/i;

// (A footnote mark after a label, "Jumlah*)", "Kabupaten X¹", is no part of its words.)
const clip = (s: string) => {
  if (s.length > MAX_LABEL_TEST) return '';
  const t = s.trim();
  return unspaced(markAfter(t) ? t.replace(MARK_AFTER, '') : t);
};

/** A title spaced out letter by letter ("J U M L A H", "T O T A L  B E L A N J A") is its words. */
function unspaced(t: string): string {
  if (t.length < 5 || t.charCodeAt(1) !== 32 || !/^[A-Za-z](\s{1,3}[A-Za-z])+$/.test(t)) return t;
  return t
    .split(/\s{2,}/)
    .map((w) => w.replace(/\s/g, ''))
    .join(' ');
}

/** A leading list marker or code ("A.", "II.", "1.2") before a label is not part of what the label says. */
function stripMarker(s: string): string {
  return s.replace(/^(\(?[0-9A-Za-z]{1,6}[.)]|[IVXLC]+\.?|[▪•●\-–*])\s+/, '');
}

/** A row of shares by its label: "Persentase (%)", "Persentase Kondisi", "Prosentase", "Proporsi", "%". */
const SHARE_OF_TOTAL = /^(persentase|prosentase|proporsi)(\s+[\p{L}.]+){0,2}(\s*\(\s*%\s*\))?\s*[:.]?$|^\(?%\)?$/iu;

/**
 * A row of rates under a total: "ANGKA KEMATIAN (DILAPORKAN)", "Angka Kematian Bayi per 1.000 KH", "CFR (%)": the
 * total's deaths over its births or cases, derived from it (ratio.share's rateRows), no item and no column's formula.
 */
export const RATE_OF_TOTAL =
  /^(angka|rate|rasio|tingkat)\b.*\b(kematian|kesakitan|kelahiran|fertilitas|insiden|insidens|dilaporkan)\b|^(cfr|ir|cnr|case fatality rate|incidence rate)\b|\bper (1 000|10 000|100 000) (kh|kelahiran hidup|penduduk)\b/;

export function isDerivedLabel(s: string): boolean {
  return DERIVED_LABEL.test(clip(s));
}

export function isAverageLabel(s: string): boolean {
  const t = clip(s);
  return AVERAGE_LABEL.test(t) || AVERAGE_OF_CAPAIAN.test(t) || AVERAGE_OF_BLOCK.test(t);
}

/** A plain Jumlah/Total label, or one with a qualifier that names what is totalled. */
export function isTotalLabel(s: string): boolean {
  // (Parts are stated in brackets: the pattern, unanchored at its start, is tried only where there are any.)
  const c = stripMarker(clip(s));
  // (The region it totals in brackets, as every Profil Kesehatan writes it: "JUMLAH (KAB/KOTA)", "Jumlah (Provinsi)".)
  const t = c.includes(')') ? c.replace(STATED_PARTS, '').replace(REGION_BRACKET, '') : c;
  return TOTAL_LABEL.test(t) || (TOTAL_HEAD.test(t) && !TOTAL_ITEM.test(t)) || JUMLAH_QUALIFIED.test(t) || REGION_TOTAL.test(t);
}

const REGION_BRACKET = /\s*\(\s*(kab(upaten)?\.?|kota|kab\.?\s*\/\s*kota|kabupaten\s*\/\s*kota|provinsi|prov\.?)\s*\)\s*$/i;

/** Things named "Total …" that are items of a list: a surveyor's Total Station (in every PUPR asset register). */
const TOTAL_ITEM = /^total\s+(station|stasion)\b/i;

/**
 * An indicator whose name starts with "Total" (Total Fertility Rate (TFR)) on a row with its own running
 * number: a total carries no number in the list it closes, and names what it totals (Total Belanja).
 */
function namedTotal(label: string, noText: string, bold: boolean): boolean {
  const t = stripMarker(clip(label));
  if (TOTAL_LABEL.test(t)) return false;
  // "JUMLAH URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR": a group's name, its "yang" no count's.
  if (/^(jumlah|jml\.?|total)\s+(urusan|bidang urusan|bidang|sub bidang|program|kegiatan|sub kegiatan)\b/i.test(t)) return false;
  const numbered = /^\d{1,3}\.?$/.test(noText.trim());
  // "Jumlah kegiatan pameran yang diikuti", "Jumlah kegiatan sosialisasi (Kali)": the number of something, an output.
  if ((numbered || !bold) && (/\byang\b/i.test(t) || COUNTED_UNIT.test(t))) return true;
  return numbered && /^total(\s+[a-z(][^\s]*){2,}/i.test(t) && !TOTAL_OF.test(t);
}

/** A label ending in the unit it is counted in: an indicator's name. */
const COUNTED_UNIT =
  /\(\s*(kali|orang|unit|dokumen|laporan|paket|kegiatan|buah|lokasi|desa|kelompok|lembaga|sekolah|ruas|titik|jiwa|kk|rumah|%|persen)\s*\)\s*$/i;

/** "Total" and what it totals: a budget part, a group, everything. */
const TOTAL_OF =
  /^total\s+(seluruh|keseluruhan|semua|umum|akhir|dana|belanja|pendapatan|pembiayaan|anggaran|pagu|realisasi|apbd|program|kegiatan|sub kegiatan|urusan|bidang|opd|skpd|kelompok|jenis|[ivx]+\b|[a-z]\b|\d+\b)/i;

/**
 * "Jumlah …" with any other words ("Jumlah Penerimaan Retribusi"): a total when the row looks like
 * one (written in capitals or bold, no satuan or indicator of its own); "Jumlah perusahaan yang
 * dibina" with a satuan is an indicator.
 */
function isLooseTotal(label: string, bold: boolean, ownIndicator: boolean): boolean {
  const t = stripMarker(clip(label));
  if (!/^(jumlah|jml\.?)\s/i.test(t) || ownIndicator) return false;
  return bold || inCapitals(t);
}

/** A total and what it names: "Jumlah SD", "Jumlah Lain-lain" (the name in group 1). */
const NAMING_TOTAL = /^(?:jumlah|jml\.?|total|sub ?total)\s+(.+)$/i;

const MEAN_WORDS = /\b(rata rata|rerata|rata2)\b/;
/** Words a block's mean row names its figure by ("Indeks", "Capaian SPM", "tertimbang"), not the block. */
const MEASURE_WORDS = /\b(rata rata|rerata|rata2|indeks|capaian|pencapaian|spm|nilai|kinerja|tertimbang)\b/g;

/**
 * "Rata-rata Bidang Kesehatan" under "II. Bidang Kesehatan", "Indeks Bidang Kesehatan (rata-rata)", "Rata-rata Indeks
 * Bidang Pendidikan": a mean by its words, whose other words, its figure's name aside, are all in its block's heading.
 */
function averagesBlock(label: string, heading: string): boolean {
  const w = words(stripMarker(clip(label)));
  // (Or its index named after the block, "Indeks Bidang Pendidikan" under "A. BIDANG PENDIDIKAN (Dinas Pendidikan)": the
  // block's noun in it, so "Indeks Pembangunan Manusia" under "Meningkatnya Indeks Pembangunan Manusia" stays an indicator.)
  const block = /\b(bidang|urusan|sasaran|tujuan|program)\b/.test(w);
  const named = /^(indeks|nilai indeks)\b/.test(w) && block;
  // (A mean word and a block's noun together say it whatever the block's name is shortened to: "Indeks Bidang
  // Trantibumlinmas (rata-rata)" under "Bidang Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat".)
  if (MEAN_WORDS.test(w) && block) return true;
  if (!heading || (!MEAN_WORDS.test(w) && !named)) return false;
  const q = w.replace(MEASURE_WORDS, ' ').replace(/\s+/g, ' ').trim();
  const h = ` ${heading} `;
  return q.length > 0 && q.split(' ').every((x) => h.includes(` ${x} `));
}

/** "Jumlah SD" under "A. Jenjang SD": a total whose words, after its own, are all in its block's heading. */
function namesBlock(label: string, heading: string): boolean {
  const m = NAMING_TOTAL.exec(stripMarker(clip(label)));
  if (!m || !heading) return false;
  const q = words(m[1]);
  const h = ` ${heading} `;
  return q.length > 0 && q.split(' ').every((w) => h.includes(` ${w} `));
}

/**
 * "Jumlah Lain-lain" under a "LAIN-LAIN" row stating the block's figures: a total restating the row it names, figure for
 * figure (at least one, none different; right under it, at least one), within a block's reach above.
 */
function restatesNamedRow(view: SheetView, label: string, r: number, rows: RowInfo[], cols: number[]): boolean {
  const m = NAMING_TOTAL.exec(stripMarker(clip(label)));
  if (!m) return false;
  const q = words(m[1]);
  if (!q) return false;
  // (Its first word in the label, raw, before the words of it: most rows above name something else.)
  const first = q.split(' ')[0];
  for (let i = rows.length - 1; i >= 0 && r - rows[i].row <= NAMED_REACH; i--) {
    const x = rows[i];
    if ((x.kind !== 'indicator' && x.kind !== 'heading') || !x.label.toLowerCase().includes(first) || words(stripMarker(clip(x.label))) !== q) continue;
    const { same, other } = figuresAgainst(view, r, x.row, cols);
    // (Right under the row it names, one figure of it is enough: the other may be the slip a reviewer looks for.)
    const under = rows.slice(i + 1).every((y) => y.kind === 'blank');
    return same > 0 && (other === 0 || under);
  }
  return false;
}

/** The row closes its block: the next row with content is a heading (no figures), another Jumlah, or past the table. */
function endsBlock(view: SheetView, r: number, t: TableSpan, numericCols: number[]): boolean {
  for (let q = r + 1; q <= t.bodyEnd; q++) {
    if (!view.rowHasContent(q, t.left, t.right)) continue;
    return !hasValues(view, q, numericCols) || /^(jumlah|jml|total|sub ?total|grand total)\b/i.test(stripMarker(clip(firstText(view, q, t))));
  }
  return true;
}

/** "Tujuan :", "Sasaran 2 :", "Sasaran Strategis 1.1." before the words (not "Tujuan wisata …", an indicator's name). */
const PLAN_GOAL = /^(tujuan|sasaran)(?:\s+strategis)?(?:\s*(?:\d+(?:\.\d+)*|[IVX]+))?\s*[:.]\s*\S/i;

/** Tier from a label's first words ("Program …"), for naming and for telling tiers apart. */
export function tierOf(label: string): Tier | undefined {
  const text = stripMarker(clip(label));
  // A Renstra's tujuan and sasaran written in the name column over their programs ("Tujuan : …", "Sasaran 1.2 : …").
  const goal = PLAN_GOAL.exec(text);
  if (goal) return goal[1].toLowerCase() as Tier;
  const t = tierWord(text);
  // A unit's name is written as one ("Dinas Kesehatan", "DINAS …"); "dinas yang …" on a wrapped line is a word.
  if (t === 'opd') return /^[A-Z]/.test(text) ? t : undefined;
  return t === 'urusan' || t === 'bidang' || t === 'program' || t === 'kegiatan' || t === 'subkegiatan' ? t : undefined;
}

const KEPMENDAGRI = /^[0-9x](\.[0-9x]{2}(\.[0-9x]{2}(\.[0-9x](\.[0-9x]{2}(\.[0-9x]{2,4})?)?)?)?)?$/i;
/**
 * SIPD's code of a Perangkat Daerah: up to three urusan.bidang pairs it serves, then unit and sub unit
 * (1.02.0.00.0.00.01.0000), or the unit without its sub unit (1.02.0.00.0.00.01).
 */
const UNIT_KODE = /^(\d)\.(\d{2})\.(\d)\.(\d{2})\.(\d)\.(\d{2})\.\d{2}(\.\d{4})?$/;

/**
 * The bidang a unit's code serves ("1.02" of 1.02.0.00.0.00.01.0000; "1.02", "2.14" of 1.02.2.14.0.00.01.0000), or
 * null for any other kode: the programs under the unit extend these, not the unit's own code.
 */
export function unitBidang(kode: string): string[] | null {
  const m = kode.length === 22 || kode.length === 17 ? UNIT_KODE.exec(kode) : null;
  if (!m) return null;
  const out = [`${m[1]}.${m[2]}`];
  for (const i of [3, 5]) if (m[i] !== '0' || m[i + 1] !== '00') out.push(`${m[i]}.${m[i + 1]}`);
  return out;
}

/** Tier from a Kepmendagri 050 kode by its number of parts: 2 bidang, 2.07.02 program, +.2.01 kegiatan, +.0001 sub. */
export function tierFromKode(kode: string): Tier | undefined {
  // A plain kode (markers.ts: isPlainCode) splits into the same segments without the regexes.
  const plain = isPlainCode(kode);
  const segs = plain
    ? kode.split('.')
    : kode
        .trim()
        .split(/[.\s]+/)
        .filter(Boolean);
  // Only the Kepmendagri shape (X.XX.XX.X.XX.XXXX) names tiers; an RKA-K/L "5096" is no urusan.
  if (!KEPMENDAGRI.test(plain ? kode : segs.join('.'))) return unitBidang(segs.join('.')) ? 'opd' : undefined;
  switch (segs.length) {
    case 1:
      return 'urusan';
    case 2:
      return 'bidang';
    case 3:
      return 'program';
    case 4:
    case 5:
      return 'kegiatan';
    default:
      return 'subkegiatan';
  }
}

/** The tier a column's header names (Sub Kegiatan, Kegiatan, Program …): of kode columns and of name columns. */
function columnTier(path: string[]): Tier | undefined {
  const leaf = words(spelledOut(path[path.length - 1] ?? ''));
  if (ATTRIBUTE_OF.test(leaf)) return undefined;
  if (/sub ?kegiatan/.test(leaf)) return 'subkegiatan';
  if (/kegiatan/.test(leaf)) return 'kegiatan';
  if (/program/.test(leaf)) return 'program';
  if (/bidang/.test(leaf)) return 'bidang';
  if (/urusan/.test(leaf)) return 'urusan';
  return undefined;
}

export interface RowContext {
  /** The kode column's codes extend their parents' (Kepmendagri); set while reading the hierarchy. */
  prefixCodes?: boolean;
  labelCol?: number;
  indicatorCol?: number;
  noCol?: number;
  satuanCol?: number;
  kodeCols: number[];
  /** Every No and Kode column, the outline's or another block's (an IKU's own No and Kode after its Sasaran's). */
  markerCols: number[];
  /** Columns holding tujuan / sasaran text: a row that fills them starts a new context. */
  contextCols: number[];
  /** Columns naming a line's place or funding (Lokasi, Sumber Dana): a kode repeated with another is another line (a unit kerja is per indicator). */
  lineCols: number[];
  /** Columns naming the office in charge (Perangkat Daerah Penanggung Jawab, Unit Kerja): a program retyped further down for another office is its own. */
  unitCols: number[];
  numericCols: number[];
  /** Money columns used by the hierarchy and its sums. */
  amountCols: number[];
  /** Columns a parent or a total may add up (amounts and counts, no rates or growth): what bears out an outline, if any. */
  sumCols: number[];
  /** Of those, the ones stating a sum of the others on their row (Kondisi Akhir Rp = Σ years): no evidence of their own. */
  periodSumCols: number[];
  /**
   * Names split over tier columns ("Program | Kegiatan"), each row named in one of them: the label
   * column holds the upper tier, `col` the deeper one (regroupTierLabels).
   */
  tierLabels?: { upper: Tier; col: number; tier: Tier };
  /** A journal: a Tanggal column dates each row (a Buku Kas Umum), whose entries are no tree. */
  dated: boolean;
}

const ROMAN_NAME = /^[IVXL]+\s+[A-Z][a-z]/;
const OPENING_LINE = /^(saldo|sisa|stok|persediaan)( kas)? (awal|bulan lalu|tahun lalu|periode lalu)\b/;
const UNIT_WORDS = /\b(perangkat daerah|penanggung ?jawab|unit kerja|opd|skpd)\b/;
const LINE_WORDS = /\b(lokasi|sumber dana|sumber pendanaan|sumber anggaran|kecamatan|desa|kelurahan)\b/;

export function rowContext(cols: ColumnInfo[]): RowContext {
  const find = (role: ColumnInfo['role']) => cols.find((c) => c.role === role)?.col;
  return {
    labelCol: find('label'),
    indicatorCol: find('indicator'),
    noCol: find('no'),
    satuanCol: find('satuan'),
    kodeCols: outlineKodeCols(cols),
    markerCols: cols.filter((c) => c.role === 'no' || c.role === 'kode').map((c) => c.col),
    contextCols: cols
      .filter((c) => c.role === 'text' && /tujuan|sasaran/.test(words(c.path.join(' '))) && !/indikator/.test(words(c.path.join(' '))))
      .map((c) => c.col),
    lineCols: cols.filter((c) => c.role === 'text' && LINE_WORDS.test(words(c.path.join(' ')))).map((c) => c.col),
    unitCols: cols.filter((c) => c.role === 'text' && UNIT_WORDS.test(words(c.path.join(' ')))).map((c) => c.col),
    numericCols: cols.filter((c) => isNumericRole(c.role)).map((c) => c.col),
    amountCols: cols.filter((c) => MONEY_ROLES.has(c.role) && !c.percent).map((c) => c.col),
    periodSumCols: cols.filter((c) => c.role === 'akhirRp' && !c.percent).map((c) => c.col),
    sumCols: cols.filter((c) => summedRoles.has(c.role) && !c.percent).map((c) => c.col),
    // (By its header: its dates may be typed as text or as Excel's date numbers.)
    dated: cols.some((c) => DATE_HEADER.test(words(c.path[c.path.length - 1] ?? ''))),
  };
}

/**
 * The kode columns the outline is read from: one run of adjacent columns (a kode split over Urusan | Bidang |
 * Program …). Another kode column apart from it (`Kode Lama` of the previous nomenclature, filled on a few rows)
 * is a note: joining it would make every row a different code.
 */
function outlineKodeCols(cols: ColumnInfo[]): number[] {
  const runs: ColumnInfo[][] = [];
  for (const c of cols) {
    if (c.role !== 'kode') continue;
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].col === c.col - 1) run.push(c);
    else runs.push([c]);
  }
  if (runs.length <= 1) return (runs[0] ?? []).map((c) => c.col);
  const current = runs.filter((run) => !run.some((c) => OLD_SCHEME.test(words(c.path.join(' ')))));
  // Blocks side by side ("No | Kode | Sasaran | Bobot | No | Kode | IKU …"): the kode of the block the rows are named in.
  const label = cols.find((c) => c.role === 'label')?.col;
  const own = label === undefined ? undefined : [...current].reverse().find((run) => run[run.length - 1].col < label);
  return (own ?? current[0] ?? runs[0]).map((c) => c.col);
}
const OLD_SCHEME = /\b(lama|sebelum|semula|lampau)\b/;

/** Tiers from the top of the Kepmendagri outline down. */
const TIER_RANK: Record<Tier, number> = { tujuan: -2, sasaran: -1, urusan: 0, bidang: 1, opd: 2, program: 3, kegiatan: 4, subkegiatan: 5 };

/**
 * "Program | Kegiatan" side by side, each program's name on the row of its first kegiatan (often
 * merged down over the rest): the rows are the kegiatan, named in the deeper column, and the
 * program column groups them as a sasaran column does. Said by the data: some row holds both
 * names, and no more rows hold a program alone (where programs have rows of their own, the
 * program column stays the label and its rows the parents).
 */
export function regroupTierLabels(view: SheetView, t: TableSpan, cols: ColumnInfo[], ctx: RowContext): void {
  const label = cols.find((c) => c.col === ctx.labelCol);
  const upper = label && columnTier(label.path);
  if (!label || !upper) return;
  const deeper = cols.find((c) => c.col > label.col && c.role === 'text' && TIER_RANK[columnTier(c.path) ?? 'urusan'] > TIER_RANK[upper]);
  if (!deeper) return;
  let both = 0;
  let upperOnly = 0;
  let deeperOnly = 0;
  for (let r = t.bodyTop; r <= t.bodyEnd; r++) {
    const a = ownText(view, r, label.col);
    const b = view.shownText(r, deeper.col);
    if (a && b) both++;
    else if (a && !isTotalLabel(a)) upperOnly++;
    else if (b) deeperOnly++;
  }
  if (both === 0 || upperOnly > both) {
    // Programs on rows of their own, their kegiatan on the rows below named in the next column.
    if (upperOnly > 0 && deeperOnly > 0 && both <= upperOnly / 4) ctx.tierLabels = { upper, col: deeper.col, tier: columnTier(deeper.path)! };
    return;
  }
  ctx.labelCol = deeper.col;
  ctx.contextCols.push(label.col);
  // A No written only beside the program names numbers the programs, not the rows.
  const noCol = ctx.noCol;
  if (noCol === undefined) return;
  for (let r = t.bodyTop; r <= t.bodyEnd; r++) if (ownText(view, r, noCol) && !ownText(view, r, label.col)) return;
  ctx.noCol = undefined;
}

/** What a row's cells say about its place in the outline (kept beside the rows while recognising). */
export interface RowMarks {
  kode?: Marker;
  no?: Marker;
  label?: Marker;
  tier?: Tier;
  /** Bold / indent of the label, for tables whose only outline is their format. */
  style?: string;
  /** An unlabelled row of numbers that may be a total: settled by its sums (totals.ts). */
  unlabelledTotal?: boolean;
  /** Of those, a row whose formulas SUM the rows above in their columns. */
  bySum?: boolean;
  /** Of those, a kabupaten or kota closing the rows its label column names as its parts (Kecamatan, Desa). */
  partsNamed?: boolean;
  /** What the row would be if it is not a total. */
  otherwise?: RowKind;
  /** The row it would continue, if it is a continuation line. */
  owner?: number;
}

/** A code typed before the name ("2.17.03 Program …") beside a plain No counting the programs ("1"): the code places the row. */
function codeBeforeName(no: Marker | null | undefined, label: Marker | null | undefined): label is Marker {
  return no?.type === 'num' && !!label && /^(dot|code):/.test(label.type);
}

// (With Kepmendagri's placeholder for the programs of every urusan too: "X XX 01 2 03 0001".)
const SPACED_KODE = /^\s*(\d(\s+(\d{2}|\d|\d{4})){1,5}|[xX]\s+[xX]{2}(\s+(\d{2}|\d|\d{4})){0,4})\s*$/;

function rowKode(view: SheetView, r: number, ctx: RowContext, cols: ColumnInfo[]): { kode?: string; marker?: Marker; tier?: Tier } {
  if (ctx.kodeCols.length === 0) return {};
  if (ctx.kodeCols.length === 1) {
    const c = ctx.kodeCols[0];
    // A heading merged across from the left ("URUSAN KOPERASI …" over Tujuan … Satuan) only covers the kode cell.
    const m = view.mergeAt(r, c);
    if (m && m.c0 < c) return {};
    const typed = view.shownText(r, c);
    if (!typed) return {};
    // A Kepmendagri code typed with spaces for dots ("2 17 03 2 01"): the same code.
    const t = SPACED_KODE.test(typed) ? typed.trim().replace(/\s+/g, '.') : typed;
    const marker = kodeMarker(t) ?? undefined;
    // Only what markers.ts reads as a code is a kode to extend (2.07, X.XX); words ("URUSAN …", "A") mark the outline.
    // Nor is a heading typed in the kode column ("Sasaran 1: Meningkatnya …"): words, not a code.
    if (!marker?.type.startsWith('code:') && (!/\d/.test(t) || /[a-z]{3,}\S*\s+\S*[a-z]{3,}/i.test(t))) return { marker };
    return { kode: t, marker, tier: tierFromKode(t) };
  }
  // Kode split over columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan): the deepest filled one decides.
  const parts: string[] = [];
  let tier: Tier | undefined;
  let deepest = -1;
  // Words across the code columns ("Jumlah Bidang Urusan Sosial" merged over Urusan … Sub Kegiatan) are no code: the
  // row's label, read as any other.
  if (
    ctx.kodeCols.some((c) => {
      const t = view.shownText(r, c);
      return /[a-z]{3,}\S*\s+\S*[a-z]{3,}/i.test(t) || (/[a-z]{3,}/i.test(t) && !/\d/.test(t));
    })
  )
    return {};
  // (Urusan | Bidang | Program merged down over the program's block: a row whose parts all come from a merge begun
  // above — a second indicator line, its own Kegiatan and Sub Kegiatan cells empty — is no new coded row.)
  let own = false;
  ctx.kodeCols.forEach((c, i) => {
    const t = view.shownText(r, c);
    if (!t) return;
    parts.push(t);
    deepest = i;
    if ((view.mergeAt(r, c)?.r0 ?? r) === r) own = true;
    const lv = columnTier(cols.find((x) => x.col === c)?.path ?? []);
    if (lv !== undefined) tier = lv;
  });
  if (deepest < 0 || !own) return {};
  const kode = parts.join('.');
  // (One column holding codes of two tiers, "Kode ▸ Program/Kegiatan | Sub Kegiatan" with 1.05.03 over 1.05.03.2.01: the
  // parts of its own code say which, each a depth of its own.)
  const mine = view.shownText(r, ctx.kodeCols[deepest]).trim();
  const segs = mine.split('.').length;
  const type = segs > 1 && parts.length === 1 ? `kodecol:${deepest}:${segs}` : `kodecol:${deepest}`;
  return {
    kode,
    marker: { type, segments: kode.split('.'), text: kode },
    tier: (segs > 2 && parts.length === 1 ? tierFromKode(kode) : undefined) ?? tier ?? tierFromKode(kode),
  };
}

/** A region's name, words folded: "kabupaten merauke", "kota ternate", "kec lakudo" (the name is group 2). */
const AREA_NAME = /^(kabupaten|kab|kota|provinsi|prov|kecamatan|kec) (.{3,})$/;

/** Rows r+1 … last (the table's last with figures) are each empty or a row of shares ("%", "Persentase"). */
function onlySharesAfter(view: SheetView, r: number, last: number, labelCol: number): boolean {
  // (A few lines at most: asked of every unmarked row with figures.)
  if (r >= last || last - r > 4) return false;
  for (let q = r + 1; q <= last; q++) {
    const t = view.shownText(q, labelCol).trim();
    // (Or a mean under it: "Kabupaten Manggarai Barat" over "Rata-rata".)
    if (t && !SHARE_OF_TOTAL.test(t) && !isAverageLabel(t)) return false;
  }
  return true;
}

/** A kabupaten, kota or provinsi closing rows its label column names as its parts ("Kecamatan", "Desa", "Puskesmas"). */
function closesItsParts(label: string, labelHead: string): boolean {
  const m = AREA_NAME.exec(words(label));
  return (
    !!m &&
    /^(kabupaten|kab|kota|provinsi|prov)$/.test(m[1]) &&
    /\b(kecamatan|desa|kelurahan|distrik|puskesmas|kab kota|kabupaten kota)\b/.test(words(labelHead))
  );
}

/** A region's name ("Kabupaten Minahasa Utara", "Kota Ternate", "Kecamatan Lakudo") that the table's title names too. */
function namesOwnRegion(label: string, title: string[]): boolean {
  const m = AREA_NAME.exec(words(label));
  return !!m && ` ${words(title.join(' '))} `.includes(` ${m[2]} `);
}

/** The PDRB row closing a table of lapangan usaha: "PRODUK DOMESTIK REGIONAL BRUTO", "PDRB ADHB", "Total PDRB". */
// (Then a region's name at most: "PDRB per Kapita", "PDRB tanpa Migas" are other rows.)
const GDP_TOTAL =
  /^(total |jumlah )?(produk domestik regional bruto|pdrb)( (adhb|adhk|atas dasar harga (berlaku|konstan)( 2010)?))?( (kabupaten|kab|kota|provinsi)( [a-z]+){1,3})?$/;

/**
 * The row names itself in another text column ("Kapitan Meo Pugar" under UPT, its Kabupaten left to the row above): an
 * item of the group above, not a total without a label. (A remark beside a total is no name.)
 */
function namedElsewhere(view: SheetView, r: number, cols: ColumnInfo[]): boolean {
  return cols.some((c) => c.role === 'text' && !NOTE_COLUMN.test(words(c.path.join(' '))) && /[a-z]{3}/i.test(ownText(view, r, c.col)));
}

function hasNumbers(view: SheetView, r: number, cols: number[]): boolean {
  return cols.some((c) => view.kindAt(r, c) === 'number');
}

/**
 * "Jumlah Pendanaan" typed plain under a plan's rows: in a table whose rows name indicators, a line with no indicator of
 * its own and figures in its money columns only (no target) is the funding's total, as a bold one is.
 */
function moneyOnlyLine(view: SheetView, r: number, ctx: RowContext, indicator: string): boolean {
  if (ctx.indicatorCol === undefined || indicator || ctx.amountCols.length === 0 || !hasValues(view, r, ctx.amountCols)) return false;
  const money = new Set(ctx.amountCols);
  return !hasValues(
    view,
    r,
    ctx.numericCols.filter((c) => !money.has(c)),
  );
}

/**
 * Some value in a numeric column, even a qualitative one ("BB", "WTP"): a data row, not a heading. With `wordsAside`,
 * words (a name, an office) do not count.
 */
function hasValues(view: SheetView, r: number, cols: number[], wordsAside = false): boolean {
  return cols.some((c) => {
    const k = view.kindAt(r, c);
    if (wordsAside && k === 'text') {
      const v = view.value(r, c);
      return !(v.kind === 'text' && /\p{L}{3}/u.test(v.text));
    }
    return k !== 'empty' && k !== 'dash' && k !== 'na';
  });
}

function firstText(view: SheetView, r: number, t: TableSpan): string {
  for (let c = t.left; c <= t.right; c++) {
    const v = view.value(r, c);
    if (v.kind === 'text') return v.text;
  }
  return '';
}

/** The row's formulas in these columns add cells of their own column above it (two or more). */
function sumsAbove(view: SheetView, r: number, cols: number[]): boolean {
  let seen = 0;
  for (const c of cols) {
    const f = view.formula(r, c);
    if (!f) continue;
    const m = /^=?\s*(SUM|SUBTOTAL)\s*\(\s*(?:\d+\s*[,;]\s*)?([^)]*)\)\s*$/i.exec(f);
    if (!m) return false;
    const refs = m[2].split(/[,;]/).map((x) => x.trim());
    let rows = 0;
    for (const ref of refs) {
      const q = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref);
      if (!q) return false;
      const col = colOf(q[1]);
      if (col !== c || (q[3] && colOf(q[3]) !== c) || Number(q[4] ?? q[2]) - 1 >= r) return false;
      rows += q[3] ? Number(q[4]) - Number(q[2]) + 1 : 1;
    }
    if (rows < 2) return false;
    seen++;
  }
  return seen > 0;
}

function colOf(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** Number of cells of the row within the table that hold something ('-' and NA say "nothing"). */
function filledCells(view: SheetView, r: number, t: TableSpan): number {
  let n = 0;
  const end = Math.min(t.right, view.lastCol(r));
  for (let c = t.left; c <= end; c++) {
    if (view.isCovered(r, c)) continue;
    const k = view.kindAt(r, c);
    if (k !== 'empty' && k !== 'dash' && k !== 'na') n++;
  }
  return n;
}

const CONNECTOR = /(\b(dan|atau|serta|untuk|pada|di|ke|dari|yang|dengan|bagi|oleh|dalam|terhadap|melalui|antar|se|sebagai|the|of|and)|[,\-–/&(:])$/i;

/** A name's next line plainly goes on from the line above: it starts in lower case or with "(", or the line above breaks off at a connector. */
function goesOn(above: string, below: string): boolean {
  return /^[a-z(]/.test(below.trim()) || CONNECTOR.test(above.trim());
}

/** Marks with every field present, in one order: one hidden class (see rowInfo). */
function newMarks(): RowMarks {
  return {
    kode: undefined,
    no: undefined,
    label: undefined,
    tier: undefined,
    style: undefined,
    unlabelledTotal: undefined,
    bySum: undefined,
    partsNamed: undefined,
    otherwise: undefined,
    owner: undefined,
  };
}

function hasMarks(m: RowMarks): boolean {
  return (
    m.kode !== undefined ||
    m.no !== undefined ||
    m.label !== undefined ||
    m.tier !== undefined ||
    m.style !== undefined ||
    m.unlabelledTotal !== undefined ||
    m.otherwise !== undefined ||
    m.owner !== undefined
  );
}

/** A code typed before the name ("2.07.03.2.01.0001 Proses …", no kode column): the row's marker, a code all the same. */
export function labelCode(x: RowInfo): string | undefined {
  return x.levelBy === 'marker' && !x.kode && x.marker?.includes('.') && /^[0-9x.]+$/i.test(x.marker) ? x.marker : undefined;
}

/** The last row read is a figure named as a count ("Jumlah Pegawai", "Total Pagu 2025"), not a total. */
function countAbove(rows: RowInfo[]): boolean {
  for (let i = rows.length - 1; i >= 0; i--) {
    const x = rows[i];
    if (x.kind === 'blank' || x.kind === 'continuation') continue;
    return x.kind === 'indicator' && /^(jumlah|jml\.?|total)\s/i.test(stripMarker(clip(x.label)));
  }
  return false;
}

/**
 * Whether the rows right above (two or more, back to a heading, a total or the top) each carry a code one segment or more
 * under `kode`, none of them `kode` itself: a row of that code after them closes them, as their parent never would.
 */
function closesCodedRun(rows: RowInfo[], kode: string): boolean {
  const under = `${kode}.`;
  let n = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const x = rows[i];
    if (x.kind === 'blank' || x.kind === 'continuation') continue;
    if (x.kind !== 'indicator' || !x.kode?.startsWith(under)) return x.kode !== kode && n >= 2;
    n++;
  }
  return n >= 2;
}

/**
 * A row's info with every field present from the start, in one order: one hidden class for all
 * rows. Fields added later, row by row and in varying order (kode, parent, lines, level), gave
 * rows a dozen shapes, and every rule's reads of them went megamorphic.
 */
function rowInfo(row: number, kind: RowKind, label: string): RowInfo {
  return { row, kind, label, kode: undefined, level: undefined, parent: undefined, lines: undefined, levelBy: undefined, marker: undefined };
}

export function classifyRows(view: SheetView, t: TableSpan, cols: ColumnInfo[], ctx: RowContext): { rows: RowInfo[]; marks: Map<number, RowMarks> } {
  const rows: RowInfo[] = [];
  const marks = new Map<number, RowMarks>();
  let owner: RowInfo | undefined;
  // The words of the last heading above ("A. Jenjang SD"): a "Jumlah SD" closing its block names it.
  let heading = '';
  let prevNode: RowInfo | undefined;
  let lastRow = t.bodyEnd;
  // The last row that states figures: a note line left in the body does not hide the total above it.
  while (lastRow > t.bodyTop && !hasNumbers(view, lastRow, ctx.numericCols)) lastRow--;
  // And the first: a region's total stated above its kecamatan ("Kampar" over 1 Manggar, 2 Tambang …).
  let firstRow = t.bodyTop;
  while (firstRow < lastRow && !hasNumbers(view, firstRow, ctx.numericCols)) firstRow++;
  const labelHead = cols.find((c) => c.col === ctx.labelCol)?.path.join(' ') ?? '';
  for (let r = t.bodyTop; r <= t.bodyEnd; r++) {
    if (!view.rowHasContent(r, t.left, t.right) || isPageLine(view, r, t) || t.notes?.includes(r)) {
      rows.push(rowInfo(r, 'blank', ''));
      continue;
    }
    // (With the rests of its broken header words on a line of their own under it, its units row or its 1 2 3 … row.)
    const underRepeat = rows[rows.length - 1]?.kind === 'headerRepeat' && rows[rows.length - 1].row === r - 1;
    if (
      isRepeatOf(view, r, t) ||
      (underRepeat && (isBrokenWordsLine(view, r, t.left, t.right) || isNumberRow(view, r, t.left, t.right) || isUnitsRow(view, r, t.left, t.right)))
    ) {
      dropRunningTitle(view, rows, marks, ctx);
      rows.push(rowInfo(r, 'headerRepeat', ''));
      // (The node above keeps its next lines: a page may break between a sub kegiatan and its second indicator, typed
      // with no name of its own under the repeated header.)
      prevNode = undefined;
      continue;
    }
    // A label or kode merged down from the row above belongs to that row: this row is its next line
    // (a program with several indicators, its name and Rp merged over their rows).
    let label = ctx.labelCol !== undefined && !mergedFromAbove(view, r, ctx.labelCol) ? view.shownText(r, ctx.labelCol) : '';
    // With names split over tier columns, the column a row is named in is its tier.
    let columnTier: Tier | undefined;
    if (ctx.tierLabels) {
      const deeper = label ? '' : ownText(view, r, ctx.tierLabels.col);
      if (deeper) label = deeper;
      if (label) columnTier = deeper ? ctx.tierLabels.tier : ctx.tierLabels.upper;
    }
    const indicator = ctx.indicatorCol !== undefined ? view.shownText(r, ctx.indicatorCol) : '';
    const satuan = ctx.satuanCol !== undefined ? view.shownText(r, ctx.satuanCol) : '';
    const numbers = hasNumbers(view, r, ctx.numericCols);
    const k = ctx.kodeCols.length > 0 && ctx.kodeCols.every((c) => mergedFromAbove(view, r, c)) ? {} : rowKode(view, r, ctx, cols);
    const lead = label || firstText(view, r, t);
    const info = rowInfo(r, 'indicator', label || indicator || lead);
    if (k.kode) info.kode = k.kode;
    const m = newMarks();
    if (k.marker) m.kode = k.marker;
    // A label typed in the No column and merged over the name column ("Kabupaten Sikka" across No and Kecamatan)
    // is the row's name, not its No.
    const across = ctx.labelCol !== undefined ? view.mergeAt(r, ctx.labelCol) : undefined;
    const mergedName = !!across && across.r0 === r && ctx.noCol !== undefined && across.c0 <= ctx.noCol && across.c1 >= ctx.labelCol!;
    let noText = ctx.noCol !== undefined && !mergedName ? ownText(view, r, ctx.noCol) : '';
    // No name column: a text in the No column that is no marker names its row ("Jumlah Nilai per Unsur" under the
    // respondents' numbers), as a label would.
    // (Also a name typed in the No column beside an empty name cell: "Kabupaten Belitung Timur" under the numbered kecamatan.)
    if ((ctx.labelCol === undefined || (!label && /\p{L}{3}/u.test(noText))) && noText && !noMarker(noText)) {
      label = noText;
      noText = '';
    }
    // A label shown through a merge from the left ("Jumlah Misi 1" typed in the No column, merged over the
    // label columns) is as bold as the cell it was typed in.
    const boldLabel = ctx.labelCol !== undefined && view.bold(r, across && across.r0 === r ? across.c0 : ctx.labelCol);
    const ownIndicator = !!satuan || (!!indicator && indicator !== label);
    let listed = false;

    // A "Persentase (%)" row right under a total (Jumlah | 76 | 20 | 24 | 120 over % | 63,33 | 16,67 | 20 | 100): the
    // total's own shares, derived from it (ratio.share), no item and no group over the rows after it.
    // (Named so in its name cell, under a total its label names: not a row of figures with a bare "%" beside them.)
    const underTotal = () => {
      for (let i = rows.length - 1; i >= 0; i--)
        if (rows[i].kind !== 'blank') return rows[i].kind === 'total' && (isTotalLabel(rows[i].label) || AREA_NAME.test(words(rows[i].label)));
      return false;
    };
    if (isDerivedLabel(lead) || (!noText && numbers && (SHARE_OF_TOTAL.test(label.trim()) || RATE_OF_TOTAL.test(words(label))) && underTotal())) {
      info.kind = 'derived';
      info.label = lead;
    } else if (isAverageLabel(lead) || (!label && isAverageLabel(noText)) || (!noText && numbers && averagesBlock(lead, heading))) {
      info.kind = 'average';
      info.label = lead || noText;
    } else if (
      // A label of total words alone ("Jumlah", "Jumlah Total", "Sub Jumlah") names no indicator: a satuan
      // copied onto it ("Unit") does not make it one.
      ((isTotalLabel(lead) && !(ownIndicator && !TOTAL_HEAD.test(stripMarker(clip(lead))) && !TOTAL_LABEL.test(stripMarker(clip(lead))))) ||
        // ("Jumlah Barang" typed in the No column, the name column left empty: the row closing the list, named after its total column.)
        (!label && (isTotalLabel(noText) || /^(jumlah|jml\.?|total)\s/i.test(stripMarker(clip(noText))))) ||
        isLooseTotal(lead, boldLabel || moneyOnlyLine(view, r, ctx, indicator), ownIndicator) ||
        (!noText &&
          !k.kode &&
          numbers &&
          endsBlock(view, r, t, ctx.numericCols) &&
          (namesBlock(lead, heading) || restatesNamedRow(view, lead, r, rows, ctx.numericCols)))) &&
      !namedTotal(lead, noText, boldLabel) &&
      // ("Total peserta sosialisasi" typed in the indicator column with its satuan, the name cell empty: the row above's
      // next indicator, a count named so.)
      !(!label && !!indicator && !!satuan && !PLAIN_TOTAL.test(stripMarker(clip(indicator))))
    ) {
      info.kind = 'total';
      info.label = lead || noText;
      // A numbered item ("2 | Jumlah Program | 4", an APBD ringkasan's "A | Jumlah Pendapatan Daerah"), or a "Jumlah …"
      // right under another count ("Jumlah Pegawai | 131"): a list of figures, each a count of its own; a total only if
      // it equals one (settled like an unlabelled row).
      // So is "JUMLAH RESPONDEN" in capitals heading the list: a count named in capitals, a total of the rows below only if it equals them.
      const looseAtTop = r === firstRow && !isTotalLabel(lead) && !isTotalLabel(noText);
      // (Not one naming the block it closes, "Jumlah Urusan Tenaga Kerja" under "URUSAN … TENAGA KERJA", whatever count is above it.)
      if (
        !PLAIN_TOTAL.test(stripMarker(clip(lead))) &&
        (/^(\d{1,3}|[A-H]|[IVX]{1,4})[.)]?$/.test(noText.trim()) || (countAbove(rows) && !namesBlock(lead, heading)) || looseAtTop)
      ) {
        m.unlabelledTotal = true;
        m.otherwise = 'indicator';
        listed = true;
      }
    } else if (numbers && !k.kode && !noText && sumsAbove(view, r, ctx.amountCols.length ? ctx.amountCols : ctx.numericCols)) {
      // Its money cells are SUMs down their columns ("Nilai Akuntabilitas" = SUM(E16,E12,E8,E4)):
      // a total under another name, if it equals one (settled like an unlabelled row; one column its SUM bears out is
      // enough, a figure typed over the formula in another being what a total's check is for).
      info.kind = 'total';
      m.unlabelledTotal = true;
      m.bySum = true;
      m.otherwise = 'indicator';
    } else if (!label && !indicator && numbers && !noText && !k.kode && !ctx.contextCols.some((c) => ownText(view, r, c)) && !namedElsewhere(view, r, cols)) {
      // An unlabelled row of numbers: a total only if it equals one (settled in totals.ts), else what it looks like.
      info.kind = 'total';
      info.label = '';
      m.unlabelledTotal = true;
      m.otherwise = owner ? 'continuation' : 'indicator';
      if (owner) m.owner = owner.row;
    } else if (
      !numbers &&
      !indicator &&
      (label || lead) &&
      !k.marker &&
      !hasValues(view, r, ctx.numericCols) &&
      isFragment(view, r, t, ctx, label, prevNode, noText)
    ) {
      // The rest of the label above, broken over two rows: one row.
      info.kind = 'continuation';
      info.parent = prevNode!.row;
      prevNode!.label = `${prevNode!.label} ${label}`.replace(/\s+/g, ' ').trim();
      (prevNode!.lines ??= []).push(r);
      rows.push(info);
      continue;
    } else if (
      !numbers &&
      !indicator &&
      (label || lead) &&
      // (A numbered group's row may name its office in a figure column: "I. | Bidang Pendidikan | Dinas Pendidikan".)
      !hasValues(view, r, ctx.numericCols, !!noText && noMarker(noText) !== null)
    ) {
      info.kind = 'heading';
      // (A heading on two lines, "Bidang Pendidikan" over "OPD Pengampu: Dinas Pendidikan": both name the block.)
      const above = rows[rows.length - 1];
      const own = words(stripMarker(clip(label || lead)));
      heading = above?.kind === 'heading' && above.row === r - 1 ? `${heading} ${own}` : own;
    } else if (owner && k.kode && k.kode === owner.kode && repeatsOwner(view, r, owner.row, ctx, label, noText)) {
      // The node's kode and name typed again on its next indicator row (filled down, as SIPD exports
      // write them): one node with several indicators, as if they were merged.
      info.kind = 'continuation';
      info.parent = owner.row;
      (owner.lines ??= []).push(r);
    } else if (
      label &&
      (indicator || satuan) &&
      !numbers &&
      !k.kode &&
      !noText &&
      owner &&
      ctx.amountCols.length > 0 &&
      (owner.row === r - 1 || owner.lines?.[owner.lines.length - 1] === r - 1) &&
      (owner.lines?.length ?? 0) < MAX_WRAPS &&
      label.length <= WRAPPED_LINE &&
      !hasValues(view, r, ctx.numericCols)
    ) {
      // The rest of a Tabel 6.1 row's name and indicator wrapped onto a line of their own, no figure, no kode: that
      // row's, not a heading (a heading names no indicator).
      info.kind = 'continuation';
      info.parent = owner.row;
      owner.label = `${owner.label} ${label}`.replace(/\s+/g, ' ').trim();
      (owner.lines ??= []).push(r);
    } else if (!label && !k.kode && owner && !ctx.contextCols.some((c) => ownText(view, r, c)) && !noText) {
      info.kind = 'continuation';
      info.parent = owner.row;
      (owner.lines ??= []).push(r);
    }
    // (Marked as the row it may turn out to be: a listed figure keeps its No among its siblings'.)
    if (info.kind === 'indicator' || info.kind === 'heading' || listed) {
      const text = label || (!numbers ? lead : '');
      const no = noText ? noMarker(noText) : null;
      if (no) m.no = no;
      const pre = text ? listMarker(text) : null;
      if (pre) m.label = pre;
      // What a total's label may name it by ("Total (II+III+IV)"): the No cell's marker, else the label's.
      // (A code typed before the name beside a plain No counting the programs is the row's own: see buildHierarchy's markerOf.)
      const own = codeBeforeName(no, pre) ? pre : (no ?? pre);
      if (own) info.marker = markerKey(own.text);
      // (The words after a code typed before the name: "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN".)
      const named = pre?.segments && text.startsWith(pre.text) ? text.slice(pre.text.length) : text;
      const tier = k.tier ?? tierOf(named) ?? columnTier;
      if (tier) m.tier = tier;
      if (ctx.labelCol !== undefined && label) {
        const indent = view.indent(r, ctx.labelCol);
        const spaces = /^\s*/.exec(view.hostText(r, ctx.labelCol) ?? String(view.raw(r, ctx.labelCol) ?? ''))?.[0].length ?? 0;
        m.style = `${boldLabel ? 'b' : ''}${indent + Math.floor(spaces / 2)}`;
      }
    }
    const heads = info.kind === 'indicator' && numbers && info.label && prevNode ? headLines(view, r, rows, prevNode, ctx, t.bodyEnd) : [];
    if (heads.length) {
      // "Tingkat Pengangguran" over "Terbuka (TPT)" and its figures, the No merged over both: one
      // indicator whose name wraps onto the row of its figures. The first lines are the row's, not headings.
      info.label = `${heads.map((h) => h.label).join(' ')} ${info.label}`.replace(/\s+/g, ' ').trim();
      const top = heads[0];
      if (top.kode !== undefined) info.kode ??= top.kode;
      const head = marks.get(top.row);
      if (head) {
        m.kode ??= head.kode;
        m.no ??= head.no;
        m.label ??= head.label;
        m.tier ??= head.tier;
        m.style ??= head.style;
      }
      for (const h of heads) {
        h.kind = 'continuation';
        h.parent = r;
        marks.delete(h.row);
      }
    }
    const unmarked =
      info.kind === 'indicator' &&
      label &&
      numbers &&
      !k.kode &&
      !noText &&
      !m.no &&
      !m.label &&
      !m.tier &&
      !ctx.markerCols.some((c) => noMarker(ownText(view, r, c)) !== null);
    if (unmarked && r === firstRow && r < lastRow && ctx.noCol !== undefined && ownText(view, r + 1, ctx.noCol)) {
      // The first row, named, without the No the rows under it carry: the total of the rows below it if it
      // equals them (settled like an unlabelled row), else the row it looks like.
      info.kind = 'total';
      m.unlabelledTotal = true;
      m.otherwise = 'indicator';
    }
    if (unmarked && /^((jumlah|total|jml)\b|Σ)/i.test(label) && r > firstRow && ctx.noCol !== undefined && noMarker(ownText(view, r - 1, ctx.noCol))) {
      // "Jumlah Nilai per Unsur" with no No, right under the numbered rows: their total if it equals them (settled like
      // an unlabelled row), else an indicator of that name ("Jumlah Penduduk").
      info.kind = 'total';
      m.unlabelledTotal = true;
      m.otherwise = 'indicator';
    }
    // (Or the last but its shares: "Kabupaten Merauke | 142 | 56 | 29 | 218" over "% | 65,14 | 25,69 | 9,17 | 100".)
    // (Or BPS's PDRB row with "PDRB Tanpa Migas" under it: the total of its lapangan usaha wherever it stands.)
    if (unmarked && (r === lastRow || (ctx.labelCol !== undefined && onlySharesAfter(view, r, lastRow, ctx.labelCol)) || GDP_TOTAL.test(words(label)))) {
      // The table's last row, named but carrying no marker ("BELANJA DAERAH" under A, B …): a total
      // under another name if it equals one (settled like an unlabelled row), else the row it looks like.
      // BPS's "PRODUK DOMESTIK REGIONAL BRUTO" under its lapangan usaha is their total by definition.
      info.kind = 'total';
      // (So is the region the title names, "Kabupaten Minahasa Utara" under its kecamatan: BPS's total row.)
      if (!GDP_TOTAL.test(words(label)) && !namesOwnRegion(label, t.title ?? [])) {
        m.unlabelledTotal = true;
        m.otherwise = 'indicator';
        // (A kabupaten under the kecamatan its label column names: one column bearing the sum out is enough.)
        if (closesItsParts(label, labelHead)) m.partsNamed = true;
      }
    }
    // (Or "Jumlah Responden" typed left of the empty name column, in the groups' column of a profile: the last row.)
    if (
      info.kind === 'indicator' &&
      !label &&
      numbers &&
      !k.kode &&
      !ownIndicator &&
      r === lastRow &&
      /^(jumlah|jml\.?|total)\s/i.test(stripMarker(clip(lead)))
    ) {
      info.kind = 'total';
      m.unlabelledTotal = true;
      m.otherwise = 'indicator';
    }
    if (info.kind === 'indicator' && numbers && k.kode && !noText && closesCodedRun(rows, k.kode)) {
      // Coded as the region over the coded rows right above it ("82.71 | Kota Ternate" under 82.71.01 … 82.71.08, as
      // BPS and Kemendagri code a kabupaten's total row): their total stated after them if it equals them (settled like
      // an unlabelled row), else the row it looks like.
      info.kind = 'total';
      m.unlabelledTotal = true;
      m.otherwise = 'indicator';
    }
    // A group's row stating no figure but words beside its name ("I | Bidang Pendidikan | Dinas Pendidikan"): the heading
    // its block's Jumlah or mean names.
    if (info.kind === 'indicator' && !numbers && label) heading = words(stripMarker(clip(label)));
    if (hasMarks(m)) marks.set(r, m);
    if (info.kind === 'indicator') owner = info;
    else if (info.kind !== 'continuation') owner = undefined;
    if (info.kind === 'indicator' || info.kind === 'heading') prevNode = info;
    else if (info.kind !== 'continuation') prevNode = undefined;
    rows.push(info);
  }
  bareNumbersInRun(rows, marks);
  return { rows, marks };
}

/**
 * "1 Sekretariat" over "2 Bidang Pelatihan", "3 …": a bare number before a one-word name is read as a quantity
 * ("2 Unit") on its own (markers.ts), but the next number of the list after it (past its own sub-items "a.", "b.")
 * says it is the list's number too.
 */
function bareNumbersInRun(rows: RowInfo[], marks: Map<number, RowMarks>): void {
  // The ordinal of the nearest later row numbered so, past rows marked another way (sub-items) and blank rows.
  let following: number | undefined;
  for (let i = rows.length - 1; i >= 0; i--) {
    const x = rows[i];
    if (x.kind === 'blank' || x.kind === 'continuation') continue;
    const own = marks.get(x.row)?.label;
    if (own) {
      if (own.type === 'num') following = own.ordinal;
      continue;
    }
    const bare = x.kind === 'indicator' ? BARE_NUMBER.exec(x.label.trim()) : null;
    if (bare && following !== undefined && Number(bare[1]) === following - 1) {
      const m = marks.get(x.row) ?? newMarks();
      m.label = { type: 'num', ordinal: Number(bare[1]), text: bare[1] };
      marks.set(x.row, m);
      following = Number(bare[1]);
      continue;
    }
    following = undefined;
  }
}

/**
 * The printed page's running title between a page break and the header repeated under it ("Halaman 12 dari 40", then
 * "Rencana Strategis Dinas Koperasi 2025-2029", then the header): page furniture, not a heading that would close the
 * groups open across the break. Only unmarked, unnumbered text lines, after a blank or page-number line.
 */
function dropRunningTitle(view: SheetView, rows: RowInfo[], marks: Map<number, RowMarks>, ctx: RowContext): void {
  let i = rows.length - 1;
  const titles: RowInfo[] = [];
  while (i >= 0 && titles.length < 3 && rows[i].kind === 'heading' && rows[i].row === (titles[titles.length - 1]?.row ?? rows[i].row + 1) - 1) {
    const m = marks.get(rows[i].row);
    if (m?.no || m?.kode || m?.label || (ctx.noCol !== undefined && noMarker(ownText(view, rows[i].row, ctx.noCol)))) return;
    titles.push(rows[i]);
    i--;
  }
  if (!titles.length || i < 0 || rows[i].kind !== 'blank') return;
  for (const x of titles) {
    x.kind = 'blank';
    x.label = '';
    marks.delete(x.row);
  }
}

/** Row r repeats its owner's name (or leaves it empty) and its No, if any: a filled-down copy of the node's cells. */
function repeatsOwner(view: SheetView, r: number, owner: number, ctx: RowContext, label: string, noText: string): boolean {
  if (noText && (ctx.noCol === undefined || noText !== view.shownText(owner, ctx.noCol))) return false;
  // Another lokasi or source of funds: a line of its own, though its kode, name and even its Rp repeat (a standard
  // unit cost per school).
  if (otherLine(view, r, owner, ctx)) return false;
  // (So is another office in charge: a program an RPJMD lists once per Perangkat Daerah, each with its own Rp.)
  if (otherOffice(view, r, owner, ctx) && !sameFigures(view, r, owner, ctx.amountCols)) return false;
  if (!label || (ctx.labelCol !== undefined && words(label) === words(view.shownText(owner, ctx.labelCol)))) return true;
  // Retyped in another spelling ("Kab/Kota", "bagi Ibu Hamil"): the same node where its every figure repeats.
  return sameFigures(view, r, owner, ctx.amountCols);
}

/** A node typed again: `line` repeats node `x`'s kode and name (SIPD's fill-down on each indicator row). */
export function isTwin(line: RowInfo, x: RowInfo): boolean {
  return !!line.kode && line.kode === x.kode && words(line.label) === words(x.label);
}

/** Row r names another place or source of funds than row o (ctx.lineCols), where both name one. */
function otherLine(view: SheetView, r: number, o: number, ctx: RowContext): boolean {
  for (const c of ctx.lineCols) {
    const a = ownText(view, r, c);
    if (a && words(a) !== words(view.shownText(o, c))) return true;
  }
  return false;
}

/** Row r names another office in charge than row o (ctx.unitCols), where both name one. */
function otherOffice(view: SheetView, r: number, o: number, ctx: RowContext): boolean {
  for (const c of ctx.unitCols) {
    const a = ownText(view, r, c);
    const b = ownText(view, o, c);
    if (a && b && words(a) !== words(b)) return true;
  }
  return false;
}

/**
 * Row r's amounts against row o's, column by column where r states one: as o's (`same`), another (`other`), or
 * where o states none (`extra`).
 */
function figuresAgainst(view: SheetView, r: number, o: number, cols: number[]): { same: number; other: number; extra: number } {
  let same = 0;
  let other = 0;
  let extra = 0;
  for (const c of cols) {
    const a = view.numberAt(r, c);
    if (a === undefined) continue;
    const b = view.numberAt(o, c);
    if (b === undefined) extra++;
    else if (Math.abs(a - b) >= 0.5) other++;
    else same++;
  }
  return { same, other, extra };
}

/** Rows r and o state the same amount in every money column where both state one, and in one at least. */
function sameFigures(view: SheetView, r: number, o: number, cols: number[]): boolean {
  const { same, other } = figuresAgainst(view, r, o, cols);
  return other === 0 && same > 0;
}

/**
 * A kode node typed again further down under the same parent ("Program Penyelenggaraan Jalan" retyped after a page
 * break, before its remaining kegiatan), with its name or its every figure: the same node, continued. Its children
 * are the first's, and the row is its line (checked against it by sum.hierarchy, not added to it). Kode are unique
 * within a plan, so a repeat can only be a continuation, unless it names another line (lokasi, sumber dana).
 */
function joinRepeatedNodes(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  // Only kodes typed more than once need a key (a long plan has thousands, nearly all once).
  const codeOf = (y: RowInfo) => (y.levelBy === 'kode' ? y.kode : labelCode(y));
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const y of rows) {
    const k = y.level !== undefined ? codeOf(y) : undefined;
    if (k) (seen.has(k) ? repeated : seen).add(k);
  }
  if (repeated.size === 0) return;
  const first = new Map<string, RowInfo>();
  const moved = new Map<number, number>();
  for (const y of rows) {
    // (A block closed by its total and headed again, a DPA's rekening tree per sub kegiatan: its codes are its own.)
    if (y.kind === 'headerRepeat' && rows.some((z) => z.kind === 'total' && z.row < y.row)) first.clear();
    if (y.parent !== undefined && moved.has(y.parent)) y.parent = moved.get(y.parent);
    const k = y.level !== undefined ? codeOf(y) : undefined;
    if (!k || !repeated.has(k)) continue;
    const key = `${k}|${y.level}|${y.parent ?? ''}`;
    const x = first.get(key);
    if (!x) {
      first.set(key, y);
      continue;
    }
    if (otherLine(view, y.row, x.row, ctx)) continue;
    // (A program each office carries, Dinas Kesehatan's and RSUD's, under the same bidang: two nodes.)
    if (otherOffice(view, y.row, x.row, ctx)) continue;
    if (words(x.label) !== words(y.label) && !sameFigures(view, y.row, x.row, ctx.amountCols)) continue;
    moved.set(y.row, x.row);
    y.kind = 'continuation';
    y.parent = x.row;
    y.level = undefined;
    y.levelBy = undefined;
  }
}

/**
 * The lines above row r that are the start of its name (see isHeadLine), top first; none when r starts its own. A
 * name wrapped over three lines leaves its middle line unmarked: the lines are followed up to the marked one.
 */
function headLines(view: SheetView, r: number, rows: RowInfo[], prev: RowInfo, ctx: RowContext, bodyEnd: number): RowInfo[] {
  // Most rows follow a row with figures of its own: nothing above them is theirs (one look, asked of every row).
  const above = rows[rows.length - 1];
  if (!above || above.row !== r - 1 || hasValues(view, r - 1, ctx.numericCols)) return [];
  if (isHeadLine(view, r, prev, ctx, bodyEnd)) return [prev];
  if (!ctx.amountCols.length || ctx.labelCol === undefined) return [];
  // Unmarked text lines right above, then the numbered or coded line without figures they go on from.
  // (A middle line read already as the rest of the line above it, "dan Latihan", is one of them.)
  const chain: RowInfo[] = [];
  for (let i = rows.length - 1; i >= 0 && chain.length <= MAX_WRAPS; i--) {
    const x = rows[i];
    const line = x.kind === 'heading' || x.kind === 'continuation' || x.kind === 'indicator';
    if (!line || x.row !== (chain[0]?.row ?? r) - 1 || hasValues(view, x.row, ctx.numericCols)) return [];
    chain.unshift(x);
    if (chain.length > 1 && x.kind !== 'continuation' && wrapsOntoFigures(view, chain[1].row, x, ctx, bodyEnd, r)) return chain;
  }
  return [];
}

/**
 * The heading right above r, without figures, is the first line of r's name: the No cell merged from it
 * down over r, or r without a No of its own under a name left visibly unfinished ("Angka Kematian Ibu
 * (per 100.000" over "kelahiran hidup)", or ending in "dan", "yang", a comma).
 */
function isHeadLine(view: SheetView, r: number, prev: RowInfo, ctx: RowContext, bodyEnd: number): boolean {
  if (prev.row !== r - 1 || hasValues(view, r - 1, ctx.numericCols)) return false;
  if (wrapsOntoFigures(view, r, prev, ctx, bodyEnd)) return true;
  if (prev.kind !== 'heading' || ctx.noCol === undefined) return false;
  if (mergedFromAbove(view, r, ctx.noCol)) {
    const m = view.mergeAt(r, ctx.noCol);
    return m !== undefined && m.r0 === r - 1 && m.r1 === r;
  }
  if (view.shownText(r, ctx.noCol) || !view.shownText(r - 1, ctx.noCol)) return false;
  const head = prev.label.trim();
  // Or the figure line's own text plainly goes on from it ("Tingkat Pengangguran Terbuka" over "(TPT) Kabupaten").
  const own = ctx.labelCol !== undefined ? view.shownText(r, ctx.labelCol) : '';
  return head.split('(').length > head.split(')').length || goesOn(head, own);
}

/** The longest line a wrapped name leaves on a row of its own, and how many such lines one name has at most. */
const WRAPPED_LINE = 200;
const MAX_WRAPS = 3;

/**
 * In a money table, a numbered or coded row without figures whose name goes on in the row below, where the figures
 * are ("I | Program Pendidikan dan" over "| Latihan Perkoperasian | 100.000.000", as a PDF converter splits a
 * vertically centred cell): one row, when that row is the only unmarked figure row under it (several would be the
 * indicators of a heading). Same type (bold or not) on both lines.
 */
function wrapsOntoFigures(view: SheetView, r: number, prev: RowInfo, ctx: RowContext, bodyEnd: number, figures = r): boolean {
  if (!ctx.amountCols.length || ctx.labelCol === undefined || (prev.kind !== 'heading' && prev.kind !== 'indicator')) return false;
  // (With no No or kode column, the list marker the name starts with: "2. Program Peningkatan Sarana" over "dan Prasarana
  // Aparatur | figures", over "2.1. Kegiatan …".)
  const inName = ctx.noCol === undefined && !ctx.kodeCols.length;
  const marked = (row: number) =>
    (ctx.noCol !== undefined && !!ownText(view, row, ctx.noCol)) ||
    ctx.kodeCols.some((c) => !!ownText(view, row, c)) ||
    (inName && !!listMarker(ownText(view, row, ctx.labelCol!)));
  const text = ownText(view, r, ctx.labelCol);
  // (Bold on one line only where the second plainly goes on from the first: "dan Prasarana Aparatur" in the row's type.)
  if (!text || (view.bold(r, ctx.labelCol) !== view.bold(r - 1, ctx.labelCol) && !goesOn(prev.label, text))) return false;
  // A figure line naming its own tier ("A | Sekretariat" over "Program Penunjang …") starts a name of its own.
  const tier = tierOf(text);
  if (tier && tier !== 'opd' && !goesOn(prev.label, text)) return false;
  // The No typed on the figure line instead ("Program Pengawasan" over "I | dan Pemeriksaan Koperasi | …"): only where
  // the second line plainly goes on from the first.
  // (Or where the two lines are the halves of one row: the kode typed before the name on the first, the No on the
  // second, both in capitals — "1.03.10 PROGRAM PENYELENGGARAAN" over "I | JALAN | 1.500.000.000".)
  if (!marked(r - 1) && marked(r)) return prev.kind === 'heading' && (goesOn(prev.label, text) || halvesOfOneRow(prev.label, text));
  if (!marked(r - 1) || marked(r)) return false;
  // (Across a middle line: the figures stand on the last line.)
  for (let k = r + 1; k <= figures; k++) if (marked(k)) return false;
  const next = figures + 1;
  const nextLabel = next > bodyEnd ? '' : ownText(view, next, ctx.labelCol);
  return next > bodyEnd || marked(next) || !hasNumbers(view, next, ctx.numericCols) || !nextLabel || isTotalLabel(nextLabel);
}

/** A code before a name in capitals over a name in capitals with no code or tier word of its own. */
function halvesOfOneRow(first: string, second: string): boolean {
  const coded = /^\d+(\.\d+)+\s+(.+)$/.exec(first.trim());
  return !!coded && inCapitals(coded[2]) && inCapitals(second) && !/^\d+(\.\d+)+\s/.test(second.trim()) && !tierOf(second);
}

/**
 * A row holding only text in the label column, right under a labelled row, that continues that
 * label: it starts in lower case, or the label above breaks off at a connector ("… dan",
 * "… untuk", a comma). A heading in capitals or in bold under a plain row is a heading.
 */
function isFragment(view: SheetView, r: number, t: TableSpan, ctx: RowContext, label: string, prev: RowInfo | undefined, noText: string): boolean {
  // Right under the row, or under the line that already goes on from it (a label wrapped over three lines).
  if (!prev || !label || noText || ctx.labelCol === undefined || (prev.row !== r - 1 && prev.lines?.[prev.lines.length - 1] !== r - 1)) return false;
  // A wrapped line is a short piece of a name, and a name wraps over a few lines at most.
  if (label.length > WRAPPED_LINE || (prev.lines?.length ?? 0) >= MAX_WRAPS) return false;
  // The rest of the satuan may wrap with it ("Kasus/" over "Tahun"): read only then, by the end of the satuan above.
  const filled = filledCells(view, r, t);
  if (filled === 2) {
    const above = ctx.satuanCol !== undefined && ownText(view, r, ctx.satuanCol) ? view.shownText(prev.row, ctx.satuanCol).slice(-12) : '';
    if (!/[/\-–(]\s*$|\bper\s*$/i.test(above)) return false;
  } else if (filled !== 1) return false;
  const text = label.trim();
  // (A unit's word may well go on a wrapped name: "Belanja Perjalanan" over "Dinas Dalam Daerah".)
  const tier = tierOf(text);
  if (listMarker(text) || (tier && tier !== 'opd')) return false;
  if (text.length > 2 && inCapitals(text)) return false;
  if (view.bold(r, ctx.labelCol) && !view.bold(prev.row, ctx.labelCol)) return false;
  const above = prev.label.trim();
  if (!above) return false;
  return goesOn(above, text);
}

/**
 * Final row kinds: from tiers (words, kode); for unnamed rows, one tier below a named parent
 * (the rows under a program are its kegiatan); else, in money tables of up to three levels, by depth.
 */
function kindOf(x: RowInfo, tier: Tier | undefined, parent: RowInfo | undefined, depths: number, money: boolean): RowKind {
  if (x.level === undefined || (x.kind !== 'indicator' && x.kind !== 'heading')) return x.kind;
  if (tier === 'tujuan' || tier === 'sasaran' || tier === 'urusan' || tier === 'bidang' || tier === 'opd') return 'heading';
  if (tier === 'program') return 'program';
  if (tier === 'kegiatan') return 'kegiatan';
  if (tier === 'subkegiatan') return 'subkegiatan';
  if (parent?.kind === 'program') return 'kegiatan';
  if (parent?.kind === 'kegiatan') return 'subkegiatan';
  if (!money || depths > 3) return x.kind;
  return x.level === 0 ? 'program' : x.level === 1 ? 'kegiatan' : 'subkegiatan';
}

const PROGRAM_TIERS = new Set(['program', 'kegiatan', 'subkegiatan']);

/** A row without marks (shared: markOf is asked some ten times a row). */
const NO_MARKS: RowMarks = Object.freeze(newMarks());

/**
 * The hierarchy: each node row's marker type, the table's scheme (type → depth), parents. A No
 * column that only counts rows (1, 2, 3 … down the whole table) is a counter, not a marker.
 * Runs of unmarked rows under a marked parent are read flat, or — only when every money column
 * agrees at every parent — as parents closing the rows after them (see readRuns).
 */
export function buildHierarchy(view: SheetView, rows: RowInfo[], ctx: RowContext, marks: Map<number, RowMarks>): void {
  const nodes = rows.filter((x) => x.kind === 'indicator' || x.kind === 'heading');
  // Marks by row number in an array: markOf runs some ten times per row, and a Map lookup among
  // 100,000 rows was a noticeable share of the hierarchy's time. (Only a unit's tier is taken back, before any read.)
  const byRowNo: (RowMarks | undefined)[] = new Array(rows.length ? rows[rows.length - 1].row + 1 : 0);
  for (const [r, m] of marks) if (r >= 0 && r < byRowNo.length) byRowNo[r] = m;
  const markOf = (x: RowInfo) => (x.row >= 0 && x.row < byRowNo.length ? byRowNo[x.row] : marks.get(x.row)) ?? NO_MARKS;
  const counter = isCounter(nodes.map((x) => markOf(x).no ?? null)) ? 'num' : null;
  // Letters and Roman numerals are told apart per source, in table order.
  // An URUSAN heading right over its programs ("URUSAN SOSIAL", then "I | Program …") names a bidang urusan: it stands
  // where a "BIDANG URUSAN …" heading beside it stands, not over it.
  for (let i = 0; i + 1 < nodes.length; i++) {
    const m = markOf(nodes[i]);
    const next = markOf(nodes[i + 1]).tier;
    if (m.tier === 'urusan' && (next === 'program' || next === 'opd')) m.tier = 'bidang';
  }
  // A lone "o" right after "n" in a run of letters (a kecamatan list lettered a … o) is the fifteenth letter, no bullet.
  let before: Marker | undefined;
  for (const x of nodes) {
    const m = markOf(x);
    if (!m.no) continue;
    if (m.no.type === 'bullet:o' && before?.type === 'lower' && before.ordinal === 14) m.no = { type: 'lower', ordinal: 15, text: 'o' };
    before = m.no;
  }
  const nodeTiers = nodes.map((x) => markOf(x).tier);
  for (const src of ['kode', 'no', 'label'] as const)
    settleAmbiguous(
      nodes.map((x) => markOf(x)[src] ?? null),
      nodeTiers,
    );

  // A Perangkat Daerah is a tier only over programs (a Renja, an RKPD); a list of units (a rekap per OPD) is flat.
  // So are a tujuan and a sasaran (an LKjIP's sasaran over its indicators stay as they were read).
  if (!nodes.some((x) => PROGRAM_TIERS.has(markOf(x).tier ?? ''))) {
    for (const x of nodes) {
      const m = marks.get(x.row);
      if (m?.tier === 'opd' || m?.tier === 'tujuan' || m?.tier === 'sasaran') m.tier = undefined;
    }
  }
  // A code typed before the name ("2.17.03 Program …") places its row; a plain No beside it ("1") counts the programs.
  // Once it does on some row, it does on every row naming one: the No's "1.1" under "1" is no rival scheme.
  // (Not where the No column numbers every row in an outline of its own, "1 | 1.1 | 1.2 | 2 | 2.1", and codes stand before
  // some names only: the No is the outline, the codes a few rows' extra.)
  const labelCoded = (x: RowInfo) => !!markOf(x).label && /^(dot|code):/.test(markOf(x).label!.type);
  // (Of the rows stating figures: a note under the table, "Rata-rata pertumbuhan = …", read as a heading, numbers nothing.)
  const figured = nodes.filter((x) => x.kind === 'indicator');
  const partialCodes =
    figured.length >= 3 && figured.every((x) => !!markOf(x).no) && figured.some((x) => markOf(x).no?.type.startsWith('dot')) && !figured.every(labelCoded);
  const codedNames = !partialCodes && nodes.some((x) => !markOf(x).kode && codeBeforeName(markOf(x).no, markOf(x).label));
  // Place names with a Roman numeral in a list of places ("IV Jurai", "IV Nagari Bayang Utara", "Koto XI Tarusan"): no
  // outline, when the numerals before the names run no sequence I, II, III … (the same one twice, or not from I).
  const romanLabels = nodes.filter((x) => /^roman/.test(markOf(x).label?.type ?? '') && ROMAN_NAME.test(x.label.trim()));
  const romanNames = romanLabels.length > 0 && !romanLabels.every((x, i) => markOf(x).label!.ordinal === i + 1);
  const markerOf = (x: RowInfo): Marker | undefined => {
    const m = markOf(x);
    if (romanNames && !m.kode && !m.no && m.label && /^roman/.test(m.label.type) && ROMAN_NAME.test(x.label.trim())) return undefined;
    const coded = !!m.label && /^(dot|code):/.test(m.label.type);
    if (!m.kode && m.label && !partialCodes && (codeBeforeName(m.no, m.label) || (codedNames && coded))) return m.label;
    // A place named with a Roman numeral ("XIII Koto Kampar", "IV Nagari") on a row the No column counts like the
    // others: its name, no marker (a marker is followed by a dot or a bracket, or stands where the No is empty).
    if (m.label && counter && m.no?.type === counter && ROMAN_NAME.test(x.label.trim())) return undefined;
    return m.kode ?? (m.no && m.no.type !== counter ? m.no : undefined) ?? m.label;
  };
  const baseType = (x: RowInfo): string | null => markerOf(x)?.type ?? null;
  // Which marker types carry a tier word on some rows: there the tier tells levels apart ("1. Program", "1. Kegiatan").
  const tiersOfType = new Map<string, Set<string>>();
  for (const x of nodes) {
    const b = baseType(x);
    const tier = markOf(x).tier;
    if (b && tier) (tiersOfType.get(b) ?? tiersOfType.set(b, new Set()).get(b)!).add(tier);
  }
  // The code split over columns (SIPD's 2 | 15 | 01 | 2 | 01 | 0001) with account lines under each sub kegiatan
  // (5 | 1 | 02 | 01 | 01 | 0052): an account line fills as many columns as its sub kegiatan, and is a level below it.
  const splitAccounts = mixesAccounts(nodes.map((x) => markOf(x).kode).filter((m): m is Marker => !!m?.segments && m.type.startsWith('kodecol:')));
  const keyOf = (x: RowInfo): string | null => {
    const m = markOf(x);
    const b = baseType(x);
    if (splitAccounts && b?.startsWith('kodecol:') && m.kode && isAccount(m.kode)) return `${b}${ACCOUNT_LINE}`;
    if (b) {
      const tiers = tiersOfType.get(b);
      if (tiers && tiers.size > 1 && m.tier) return `${b}+${m.tier}`;
      return b;
    }
    if (m.tier) return `word:${m.tier}`;
    return null;
  };
  const anyMarked = nodes.some((x) => keyOf(x) !== null);
  // Tables without any marker may still be outlined by format alone (bold parents, indented children).
  const styles = new Set(nodes.filter((x) => x.kind === 'indicator').map((x) => markOf(x).style ?? ''));
  const byStyle = !anyMarked && styles.size > 1;

  const codes = codeMarkers(nodes.map((x) => markOf(x).kode ?? null));
  const accountsLast = mixesAccounts(codes);
  // (One plan code over an account tree, a DPA's "2.16.01.2.01.0009 | Sub Kegiatan: …" over 5 › 5.1 › 5.1.02 …: its title.)
  const titleCode =
    !accountsLast && codes.some(isAccount)
      ? codes.find((m) => !isAccount(m) && m.segments!.length >= 3 && m.segments![0] !== '4' && m.segments![0] !== '5' && m.segments![0] !== '6')
      : undefined;
  // (Split over columns with each row typing its own part only, "1.01" under Kegiatan below "1 | 02 | 02": the columns,
  // not prefixes, say the depth, whatever the parts look like.)
  const ownParts = ownPartsOnly(view, nodes, ctx.kodeCols);
  const prefixCodes = isPrefixSystem(codes, accountsLast) && !tiersAgainstLength(nodes.map(markOf)) && !ownParts;
  ctx.prefixCodes = prefixCodes;
  // A journal's entries, dated one by one, are a sequence: no number, kode or style makes one the parent of another.
  if (ctx.dated) return;
  const named = namedOpeners(rows);
  const oneTier = tierOfOutline(nodes, keyOf, (x) => markOf(x).tier, prefixCodes);
  const input: SchemeInput[] = rows.map((x, i) => {
    // A sub-total in a tree of prefix codes ("Jumlah Bidang Pendidikan" before 1.02 under urusan 1) closes its group
    // only: the codes after it still say where they belong.
    // (One naming its group, "Jumlah Dinas Pertanian", closes that group there too: a LAIN-LAIN block after it is not its.)
    if (x.kind === 'total') {
      const closes = named.opener(i);
      if (closes === undefined && prefixCodes) return { key: null, reset: 'soft' };
      // A "Sub Total" naming nothing closes the group it follows (a program's kegiatan), not the groups around it.
      if (closes === undefined && /^\W*sub\s*-?\s*(total|jumlah)\b/i.test(x.label)) return { key: null, reset: 'group' };
      // A sasaran's or a tujuan's ("Jumlah Sasaran 2", its sasaran named in a column beside the programs): the programs
      // since it, not the urusan or bidang over them all.
      if (closes === undefined && /^\W*(jumlah|total|sub\s*-?\s*(total|jumlah))\s+(sasaran|tujuan|misi)\b/i.test(x.label)) return { key: null, reset: 'soft' };
      // (So does a bare "Jumlah" right before the next "SASARAN 2 : …": it closed the sasaran above.)
      if (closes === undefined && PLAIN_TOTAL.test(stripMarker(clip(x.label)))) {
        let j = i + 1;
        while (j < rows.length && rows[j].kind === 'blank') j++;
        const tier = j < rows.length ? markOf(rows[j]).tier : undefined;
        if (tier === 'sasaran' || tier === 'tujuan') return { key: null, reset: 'soft' };
      }
      return { key: null, reset: true, closes };
    }
    if (x.kind === 'average' || x.kind === 'derived') return { key: null, reset: true };
    if (x.kind !== 'indicator' && x.kind !== 'heading') return { key: null };
    // The opening line of a book ("Saldo Awal", "Saldo bulan lalu") heads nothing: the entries after it are its movements.
    // (Its first letter first: words() of every label of a long table is not free.)
    if (/^[^a-z0-9]*(saldo|sisa|stok|persediaan)/i.test(x.label) && OPENING_LINE.test(words(x.label))) return { key: null };
    if (isCarriedLine(x.label, true)) return { key: null };
    const key = keyOf(x);
    if (key) {
      // Outline numbers each always naming one tier ("1 PROGRAM …", "1.1 Kegiatan …", "1.1.1 Sub Kegiatan …") under
      // "URUSAN"/"BIDANG URUSAN" headings: ranked with those words, so a bidang heading closes the programs before it.
      const tier = oneTier.get(key);
      const line = key.endsWith(ACCOUNT_LINE) ? key.slice(0, -ACCOUNT_LINE.length) : undefined;
      const own = line
        ? { family: oneTier.get(line) ? 'tier' : 'kodecol', rank: 99 }
        : tier
          ? { family: 'tier', rank: TIER_RANK[tier] }
          : titleCode && markOf(x).kode === titleCode
            ? { family: 'code', rank: 0 }
            : rankOf(key, markOf(x), prefixCodes, accountsLast);
      return { key, ...own, tierRank: tierRankOf(markOf(x)) };
    }
    if (x.kind === 'heading') return { key: null, reset: 'soft' }; // a title without a marker opens a new group
    if (byStyle) return { key: `style:${markOf(x).style ?? ''}` };
    // Unmarked rows in bold (an OPD name over its programs) and plain ones, indented or not, are told apart.
    return { key: anyMarked ? `${UNMARKED}:${markOf(x).style ?? ''}` : null };
  });
  if (!anyMarked && !byStyle) return nestUnderTotals(view, rows, ctx);
  joinMarkedFragments(view, rows, input, ctx);
  unboldSlips(input);
  siblingsOfMarkedRow(view, rows, input, ctx, markOf);
  // A tujuan / sasaran cell on an unmarked row starts a new context: it closes the open groups.
  rows.forEach((x, i) => {
    if (isUnmarked(input[i].key) && ctx.contextCols.some((c) => ownText(view, x.row, c))) input[i] = { key: null, reset: 'soft' };
  });
  const listMarkers = rows.map((x, i) => (input[i].key ? markerOf(x) : undefined));
  continuedSequences(input, listMarkers);
  splitNestedLists(
    input,
    listMarkers,
    rows.map((x) => {
      const m = markOf(x);
      return `${m.tier ?? ''}|${m.style?.startsWith('b') ? 'b' : ''}`;
    }),
  );
  // (A "- | LAIN-LAIN" bulleted like the kegiatan before it is their last item, no block.)
  const bulleted = (x: RowInfo) => ctx.noCol !== undefined && /^[-–—•*]$/.test(ownText(view, x.row, ctx.noCol).trim());
  const blocks = closingBlocks(rows, input, (x) => PROGRAM_TIERS.has(markOf(x).tier ?? ''), bulleted);
  const { depth, parent: parents } = outline(input, learnDepths(input));
  rows.forEach((x, i) => {
    const key = input[i].key;
    if (key === null || depth[i] === undefined) return;
    x.level = depth[i];
    const p = parents[i];
    if (p !== undefined) x.parent = rows[p].row;
    const m = markOf(x);
    x.levelBy = m.kode ? 'kode' : key.startsWith('word:') ? 'words' : key.startsWith('style:') ? 'format' : isUnmarked(key) ? 'order' : 'marker';
  });
  // (A Kepmendagri code typed before a name says its tier too: "2.15.02.2.01 Penyediaan …" is the kegiatan a "Kegiatan
  // Pengujian …" after it goes on from, not its parent.)
  siblingsOfSameTier(rows, (x) => {
    const m = markOf(x);
    return m.tier ?? (m.label?.segments && !m.kode ? tierFromKode(m.label.text) : undefined);
  });
  adoptBlockRuns(view, rows, blocks, ctx.amountCols.length ? ctx.amountCols : ctx.numericCols);
  if (!ownParts) detachUnextendedCodes(rows, prefixCodes, sumsByPosition(view, rows, ctx.amountCols));
  joinRepeatedNodes(view, rows, ctx);
  if (byStyle && !styleHolds(view, rows, ctx)) {
    // Bold and indent that do not make parents of sums are decoration: read the table flat.
    for (const x of rows) if (x.levelBy === 'format') x.level = x.parent = x.levelBy = undefined;
    return;
  }
  dropRepeatedFigures(view, rows, ctx);
  promoteFundedLines(view, rows, ctx);
  readRuns(view, rows, ctx);
  liftRuns(view, rows, ctx);
  dropUnsupportedRuns(view, rows, ctx);
  liftMisplacedRows(view, rows, ctx);
  const money = ctx.amountCols.length > 0;
  // A loop, not Math.max(...rows): a table of some 125,000 rows is past what a call takes as arguments.
  let depthCount = 0;
  for (const x of rows) if ((x.level ?? -1) + 1 > depthCount) depthCount = (x.level ?? -1) + 1;
  // Parents by row number in an array, as byRowNo (a Map of every row was a visible share on long tables).
  const byRow: (RowInfo | undefined)[] = new Array(byRowNo.length);
  for (const x of rows) if (x.row >= 0 && x.row < byRow.length) byRow[x.row] = x;
  for (const x of rows) x.kind = kindOf(x, markOf(x).tier, x.parent !== undefined ? byRow[x.parent] : undefined, depthCount, money);
}

/**
 * A program placed under a program (a kegiatan under a kegiatan), each naming its tier in words: two rows of one tier
 * are never parent and child, whatever their markers say ("2.15.01 PROGRAM PENUNJANG …" after the uncoded "Program
 * Peningkatan Pelayanan Angkutan" of the years before Permendagri 90): the child becomes its sibling, its rows with it.
 * So does a program placed under a lower tier's row, or under a row without a tier word that is itself inside a program
 * (the old program's last kegiatan, "Promosi Hasil Produksi Perikanan", over "3.25.01 PROGRAM PENUNJANG …"): it becomes
 * the sibling of the highest such ancestor below a higher tier.
 */
function siblingsOfSameTier(rows: RowInfo[], tierOf: (x: RowInfo) => Tier | undefined): void {
  const byRow = new Map<number, RowInfo>();
  // The highest ancestor from p up, before one naming a higher tier, that names this tier or a lower one.
  const sameOrBelow = (p: RowInfo | undefined, rank: number): RowInfo | undefined => {
    let found: RowInfo | undefined;
    for (let a = p; a && a.level !== undefined; a = a.parent !== undefined ? byRow.get(a.parent) : undefined) {
      const t = tierOf(a);
      if (t && TIER_RANK[t] < rank) break;
      if (t) found = a;
    }
    return found;
  };
  for (const [i, x] of rows.entries()) {
    if (x.level !== undefined) byRow.set(x.row, x);
    const tier = tierOf(x);
    if (x.parent === undefined || x.level === undefined || !tier || !PROGRAM_TIERS.has(tier)) continue;
    const p = sameOrBelow(byRow.get(x.parent), TIER_RANK[tier]);
    if (!p || p.level === undefined) continue;
    const shift = p.level - x.level;
    x.parent = p.parent;
    // (Its own rows follow it up: each row under it, down to the next row no deeper than it was.)
    const from = x.level;
    for (let j = i + 1; j < rows.length; j++) {
      const y = rows[j];
      if (y.level === undefined) continue;
      if (y.level <= from) break;
      y.level += shift;
    }
    x.level = p.level;
  }
}

/**
 * A row left plain among bold rows of its indent (one kegiatan not bolded where indents tell the levels apart: 2 bold,
 * 4 plain) is a typing slip, not a level of its own: its unmarked style joins the bold one, when it has at most two rows
 * and the bold one three times as many. (Bold parents over plain children at one indent stay apart: there the plain
 * rows are the many.)
 */
function unboldSlips(input: SchemeInput[]): void {
  // (Unmarked rows among marked ones, or a table outlined by format alone: "BELANJA TIDAK TERDUGA" left plain among the bold jenis.)
  const styled = (k: string) => isUnmarked(k) || k.startsWith('style:');
  const count = new Map<string, number>();
  for (const x of input) if (x.key && styled(x.key)) count.set(x.key, (count.get(x.key) ?? 0) + 1);
  const indents = new Set([...count.keys()].map((k) => k.replace(/^.*:b?/, '')));
  if (indents.size < 2) return;
  for (const [k, n] of count) {
    const at = k.indexOf(':');
    const style = k.slice(at + 1);
    if (style.startsWith('b') || n > 2) continue;
    const bold = `${k.slice(0, at)}:b${style}`;
    if ((count.get(bold) ?? 0) >= 3 * n) for (const x of input) if (x.key === k) x.key = bold;
  }
}

/** The block a plan closes with, outside its urusan and units: "LAIN-LAIN", "NON URUSAN", "Lain-lainnya". */
const CLOSING_BLOCK = /^(non[\s-]*urusan|lain[\s-]*lain(nya)?)\s*$/i;

/**
 * A closing block's row without a marker of its own, or with one no other row shares ("LAIN-LAIN", "X NON URUSAN" over the X.XX programs) stands where the table's top
 * blocks stand (its urusan, its units), whatever its format: it is given their key. Only in a plan (program tiers).
 */
function closingBlocks(rows: RowInfo[], input: SchemeInput[], planned: (x: RowInfo) => boolean, bulleted: (x: RowInfo) => boolean): number[] {
  const blocks: number[] = [];
  // (Its own marker too, when no other row has one of its kind: Kepmendagri's "X" placeholder in "X NON URUSAN".)
  const uses = new Map<string, number>();
  for (const x of input) if (x.key !== null) uses.set(x.key, (uses.get(x.key) ?? 0) + 1);
  rows.forEach((x, i) => {
    const key = input[i].key;
    if (
      (x.kind === 'indicator' || x.kind === 'heading') &&
      (key === null || isUnmarked(key) || uses.get(key) === 1) &&
      CLOSING_BLOCK.test(stripMarker(x.label).trim()) &&
      !bulleted(x)
    )
      blocks.push(i);
  });
  if (blocks.length === 0 || !rows.some(planned)) return [];
  const { depths } = learnDepths(input.map((x, i) => (blocks.includes(i) ? { key: null } : x)));
  const top = input.findIndex((x, i) => x.key !== null && !blocks.includes(i) && depths.get(x.key) === 0);
  if (top < 0) return [];
  for (const i of blocks) input[i] = { key: input[top].key, family: input[top].family, rank: input[top].rank };
  return blocks;
}

/**
 * A closing block placed among the top rows ("LAIN-LAIN" after "Jumlah Dinas …" where the programs are the top rows)
 * heads the rows after it, to the next total, when they say so: their codes extend its own (X.XX over X.XX.01), or
 * their figures add up to its own in every column where it states one. They move one level down, under it.
 */
function adoptBlockRuns(view: SheetView, rows: RowInfo[], blocks: number[], cols: number[]): void {
  for (const i of blocks) {
    const head = rows[i];
    const level = head.level;
    if (level === undefined || rows.some((x) => x.parent === head.row && x.kind !== 'continuation')) continue;
    const run: RowInfo[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const x = rows[j];
      if (x.kind === 'total' || x.kind === 'average' || x.kind === 'derived' || (x.level !== undefined && x.level < level)) break;
      if (x.level !== undefined) run.push(x);
    }
    const peers = run.filter((x) => x.level === level);
    if (peers.length === 0) continue;
    const code = head.kode?.replace(/\.+$/, '');
    const coded = !!code && peers.every((x) => !!x.kode && x.kode.startsWith(`${code}.`));
    const sums = tally(view, head, peers, cols);
    if (!coded && (sums.disagree > 0 || sums.agree === 0)) continue;
    for (const x of run) {
      x.level = x.level! + 1;
      if (x.level === level + 1) x.parent = head.row;
    }
  }
}

/** How far up a Jumlah looks for the row it names: a group of a statement spans tens of rows, not thousands. */
const NAMED_REACH = 500;

/**
 * The index of the nearest row above a total that its label names ("Jumlah Belanja Operasi" → "A. Belanja Operasi"), in
 * one pass: each row's name is read once, the last row of each name kept (a long table has thousands of totals).
 */
function namedOpeners(rows: RowInfo[]): { opener(i: number): number | undefined } {
  const last = new Map<string, number>();
  let done = -1;
  return {
    opener(i) {
      // (By its name with and without its rank words: "URUSAN PEMERINTAHAN BIDANG KOPERASI …" is closed by "Jumlah Bidang
      // Urusan Koperasi …".)
      for (let j = done + 1; j < i; j++)
        if (rows[j].kind === 'indicator' || rows[j].kind === 'heading') {
          const name = bare(rows[j]);
          last.set(name, j);
          const own = unranked(name);
          if (own !== name) last.set(own, j);
        }
      done = Math.max(done, i - 1);
      for (const name of closedNames(rows[i].label)) {
        const j = last.get(name);
        if (j !== undefined && i - j <= NAMED_REACH) return j;
      }
      return undefined;
    },
  };
}

/**
 * A row with figures and no marker of its own, right after a marked row with figures, is that row's
 * sibling, not its child, when it shares the row's No (merged down over both: the programs of one
 * sasaran), names the same tier ("Program …" after "1 | Program …": two programs are never parent and
 * child) or the table has no figures a parent could sum: the No numbers the group, not its first row.
 */
function siblingsOfMarkedRow(view: SheetView, rows: RowInfo[], input: SchemeInput[], ctx: RowContext, markOf: (x: RowInfo) => RowMarks): void {
  const marked = (m: RowMarks) => !!(m.kode || m.no || m.label);
  // The marked row whose group the rows since have joined, or -1.
  let anchor = -1;
  rows.forEach((x, i) => {
    if (input[i].key === null) {
      if (input[i].reset) anchor = -1;
      return;
    }
    const own = markOf(x);
    const a = anchor;
    anchor = x.kind === 'indicator' && marked(own) ? i : -1;
    if (a < 0 || x.kind !== 'indicator' || marked(own) || (own.tier ?? null) !== (markOf(rows[a]).tier ?? null)) return;
    const m = ctx.noCol !== undefined && mergedFromAbove(view, x.row, ctx.noCol) ? view.mergeAt(x.row, ctx.noCol) : undefined;
    // Without any column of sums (a capaian table: targets, realisasi, ratios), nothing can show that an
    // unnumbered indicator is the part of the numbered one above it: the No counts the sasaran, not a parent.
    if ((m !== undefined && m.r0 <= rows[a].row) || own.tier !== undefined || ctx.sumCols.length === 0) {
      input[i] = { ...input[a] };
      anchor = a;
    }
  });
}

/**
 * Whether row x's money makes its row above p add up where it stands (p = Σ its children, x among them, in every
 * money column both state) and would not without it: the data's word for the position, against x's code.
 */
function sumsByPosition(view: SheetView, rows: RowInfo[], amountCols: number[]): (p: RowInfo, x: RowInfo) => boolean {
  let kids: Map<number, RowInfo[]> | undefined;
  return (p, x) => {
    kids ??= childrenByParent(rows);
    const mine = kids.get(p.row) ?? [];
    return (
      agrees(view, p, mine, amountCols) === true &&
      agrees(
        view,
        p,
        mine.filter((k) => k !== x),
        amountCols,
      ) !== true
    );
  };
}

/**
 * Dotted rekening codes outside a prefix system nest only by prefix within their own system (one first
 * segment): in `5.1.01 … 5.1.06, 5.2, 5.3.01` the shorter `5.2` is a sibling met after deeper codes, not the
 * child its shape's order would make it. In a prefix system (`acrossTotals`) a sub-total closes its group only
 * (buildHierarchy), so only a code placed under a code across a total is looked at ("5.1 BELANJA TIDAK LANGSUNG"
 * after "Jumlah Pendapatan" under "4"): there a code it does not extend is no parent, whatever its system.
 */
function detachUnextendedCodes(rows: RowInfo[], acrossTotals = false, byPosition?: (p: RowInfo, x: RowInfo) => boolean): void {
  // A plain kode of two segments or more (markers.ts isPlainCode: digits between single dots).
  const dotted = (k: string | undefined) => {
    const t = k?.trim();
    return t && t.includes('.') && isPlainCode(t) ? t : null;
  };
  const byRow = new Map<number, RowInfo>();
  let changed = false;
  let top: number | undefined;
  for (const x of rows) {
    if (x.levelBy === 'kode' && x.level !== undefined && (top === undefined || x.level < top)) top = x.level;
  }
  // The latest kode row of each code met so far: a code's parent is looked up by its own prefixes.
  const latest = new Map<string, RowInfo>();
  // Rows kept under their row above though their code does not extend its code (a slip in the code).
  const slipped = new Set<number>();
  let lastTotal = -1;
  for (const x of rows) {
    byRow.set(x.row, x);
    if (x.kind === 'total') lastTotal = x.row;
    const own = x.levelBy === 'kode' ? dotted(x.kode) : null;
    if (own) latest.set(own, x);
    // The programs after a unit extend the bidang it serves: there, the unit is the row they are looked up by.
    for (const b of (own && unitBidang(own)) || []) latest.set(b, x);
    if (!own || x.parent === undefined) continue;
    const across = acrossTotals && lastTotal > x.parent;
    const p = byRow.get(x.parent);
    // (In a prefix system, also a code placed under one of as many segments: "3.32.3.1.1.18" under "3.32.3.1.1.6", the
    // shapes told apart by a zero dropped, is its sibling, never its child.)
    const sibling = acrossTotals && !across && own.split('.').length === (dotted(p?.kode)?.split('.').length ?? 0);
    if (acrossTotals && !across && !sibling) continue;
    const pk = p?.kode?.trim();
    const theirs = across && pk && isPlainCode(pk) ? pk : dotted(pk);
    // Only within one code system (the same first segment): rekening codes 5.x under a sub kegiatan 2.07.… nest by order.
    if (!p || p.levelBy !== 'kode' || !theirs || own.startsWith(`${theirs}.`) || (!across && own.split('.')[0] !== theirs.split('.')[0])) continue;
    if (unitBidang(theirs)?.some((b) => own.startsWith(`${b}.`))) continue;
    const segs = own.split('.');
    // The nearest row above whose code it extends (its longest prefix met), else none: a top-level code.
    let parent: RowInfo | undefined;
    for (let n = segs.length - 1; n >= 1 && !parent; n--) parent = latest.get(segs.slice(0, n).join('.'));
    // One level under its row above, and no row above it fits better than that row's own ancestors ("….2.02.0002"
    // under kegiatan ….2.01 with kegiatan ….2.02 further down; kegiatan 2.07.04.2.01 under program 2.07.03): a slip in
    // the code, not a row out of place. The position stands and kode.parent says the code.
    const above = parent ? dotted(parent.kode) : null;
    const underIt = x.level !== undefined && p.level !== undefined && x.level === p.level + 1;
    if (underIt && childTier(theirs, own) && (!above || theirs.startsWith(`${above}.`))) {
      slipped.add(x.row);
      continue;
    }
    // Under a row kept in place with a slipped code, a child whose code extends that row's own parent is where it
    // belongs: the slip is its parent's, not its own.
    const grand = slipped.has(p.row) && p.parent !== undefined ? dotted(byRow.get(p.parent)?.kode) : null;
    if (grand && own.startsWith(`${grand}.`)) continue;
    // Where it stands, its row above adds up with it and not without it: a slip in its code (kode.parent says it).
    if (underIt && byPosition?.(p, x)) {
      slipped.add(x.row);
      continue;
    }
    x.parent = parent?.row;
    x.level = parent ? parent.level! + 1 : top;
    changed = true;
  }
  if (!changed) return;
  // The levels below a moved row follow it.
  for (const x of rows) {
    const p = x.parent !== undefined ? byRow.get(x.parent) : undefined;
    if (x.level !== undefined && p?.level !== undefined) x.level = p.level + 1;
  }
}

const TIERS: Tier[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan'];

/** Whether a Kepmendagri code is of the tier right under another's (a kegiatan's under a program's). */
function childTier(parent: string, child: string): boolean {
  const a = tierFromKode(parent);
  const b = tierFromKode(child);
  return a !== undefined && b !== undefined && TIERS.indexOf(b) === TIERS.indexOf(a) + 1 && TIERS.indexOf(a) >= 0;
}

/**
 * In a table whose rows all carry markers, an unmarked line of text right under a marked row,
 * in the same type (bold or not), with no values of its own, is the rest of that row's label
 * ("B Pengelolaan … di Wilayah" / "Sungai, Danau, Waduk, Rawa"), not a heading.
 */
function joinMarkedFragments(view: SheetView, rows: RowInfo[], input: SchemeInput[], ctx: RowContext): void {
  if (ctx.labelCol === undefined) return;
  const labelCol = ctx.labelCol;
  // The marked row each candidate line continues (-1: none): the row right above, or the row the line above continues
  // (a label wrapped over three lines).
  const owner: number[] = new Array(rows.length).fill(-1);
  let candidates = 0;
  // A line already read as the rest of the row above it ("dan Pemeriksaan") goes on to the next ("Koperasi").
  let indexOf: Map<number, number> | undefined;
  rows.forEach((x, i) => {
    if (x.kind !== 'heading' || input[i].key !== null || i === 0) return;
    const prev = rows[i - 1];
    if (prev.row !== x.row - 1) return;
    if (prev.kind === 'continuation' && prev.parent !== undefined && !hasValues(view, prev.row, ctx.numericCols)) {
      if (!indexOf) {
        indexOf = new Map();
        for (let k = 0; k < rows.length; k++) indexOf.set(rows[k].row, k);
      }
      const p = indexOf.get(prev.parent);
      if (p !== undefined && input[p].key !== null && (rows[p].lines?.length ?? 0) < MAX_WRAPS) owner[i - 1] = p;
    } else if (prev.kind !== 'indicator' && prev.kind !== 'heading') return;
    const o = input[i - 1].key !== null ? i - 1 : owner[i - 1];
    if (o < 0 || (o < i - 1 && i - 1 - o >= MAX_WRAPS)) return;
    const text = view.shownText(x.row, labelCol);
    if (!text || text.length > WRAPPED_LINE || inCapitals(text, 3)) return;
    if (view.bold(x.row, labelCol) !== view.bold(rows[o].row, labelCol)) return;
    owner[i] = o;
    candidates++;
  });
  // Marked among the other nodes: the lines in question do not count against it (a short table of three programs
  // has as many wrapped lines as rows).
  const nodes = input.filter((x, i) => rows[i].kind === 'indicator' || rows[i].kind === 'heading');
  const marked = nodes.filter((x) => x.key !== null && !isUnmarked(x.key)).length;
  if (marked < 3 || marked < 0.9 * (nodes.length - candidates)) return;
  rows.forEach((x, i) => {
    if (owner[i] < 0) return;
    const o = rows[owner[i]];
    x.kind = 'continuation';
    x.parent = o.row;
    o.label = `${o.label} ${view.shownText(x.row, labelCol)}`.replace(/\s+/g, ' ').trim();
    (o.lines ??= []).push(x.row);
    input[i] = { key: null };
  });
}

/**
 * One item typed with another list's marker ("1 PNS, 2 PPPK, c. Tenaga Kontrak", "a. b. 3 4 e. f."), copied from
 * another list: it goes on counting the item right before it (c after 2, 3 after b) where its own kind of marker
 * counts nothing there (no 2 before that 3, no letter at all before that c). A nested list starts at its first (a, 1,
 * i), so it is that list's next item, not a child of the item before (which left it out of the block's Jumlah).
 */
function continuedSequences(input: SchemeInput[], markers: (Marker | undefined)[]): void {
  const plain = (i: number) => {
    const m = markers[i];
    const x = input[i];
    return !!m && m.ordinal !== undefined && !m.segments && !m.ambiguous && x.key !== null && x.family === undefined && !x.key.includes('+');
  };
  // The ordinal last met of each key since the last Jumlah, as each row was read (a mended row counts as its list's).
  const last = new Map<string, number>();
  let prev = -1;
  input.forEach((x, i) => {
    if (x.reset === true) {
      last.clear();
      prev = -1;
    }
    if (x.key === null) return;
    if (!plain(i)) {
      prev = -1;
      return;
    }
    const o = markers[i]!.ordinal!;
    const before = prev >= 0 ? input[prev].key : null;
    if (before !== null && o > 1 && before !== x.key && markers[prev]!.ordinal === o - 1 && last.get(x.key) !== o - 1) x.key = before;
    last.set(x.key, o);
    prev = i;
  });
}

/**
 * One list type used at two levels ("1. Program …" over "1. Pengelolaan …, 2. …", the programs
 * in bold): a list that restarts at 1 right under a row of its own type is nested in it, and a
 * number continuing an open list (2 after that 1) goes back to it. Each nesting gets a key of
 * its own ('num.#1'), so the scheme sees two types. Codes are left to their own rules.
 */
function splitNestedLists(input: SchemeInput[], markers: (Marker | undefined)[], sigs: string[]): void {
  const levels = new Map<string, number[]>();
  const levelSig = new Map<string, string[]>();
  const repeated = repeatedNumbers(input, markers);
  let prevKey: string | null = null;
  let prevOut: string | null = null;
  // The keys a list has been seen nested in: the table's way, which a later restart follows.
  const nested = new Set<string>();
  // A restart at 1 after the list's n-th row, looking no different from it, where that list never went on and never
  // nested before ("1 … 5" of one kecamatan's desa, then "1 … 5" of the next, pasted one under the other): a new run
  // beside it, not its children. (Its rows told apart by bold or a tier word, or 1 under the first item, it nests.)
  const restartsFlat = (i: number, key: string, ls: number[]) => {
    const n = ls[ls.length - 1];
    if (nested.has(key) || ls.length > 1 || n < 2 || levelSig.get(key)?.[ls.length - 1] !== sigs[i]) return false;
    let inner = 1;
    for (let j = i + 1; j < input.length && !input[j].reset; j++) {
      const o = input[j].key === key ? markers[j]?.ordinal : undefined;
      if (o === undefined) continue;
      if (o === inner + 1) inner = o;
      else if (o === n + 1) return false;
    }
    return true;
  };
  input.forEach((x, i) => {
    if (x.reset) {
      levels.clear();
      levelSig.clear();
      prevKey = null;
    }
    const m = markers[i];
    if (x.key === null) return;
    const key = x.key;
    if (!m || m.ordinal === undefined || m.segments || key.startsWith('word:')) {
      prevKey = key;
      return;
    }
    // The same number again on every row of a run ("1. Pajak, 1. Retribusi, 1. Lain-lain" numbering the section
    // they are in): the rows are siblings, as the row before was placed.
    if (repeated[i] && prevKey === key && prevOut !== null) {
      x.key = prevOut;
      return;
    }
    const o = m.ordinal;
    let ls = levels.get(key);
    if (!ls) levels.set(key, (ls = []));
    let sg = levelSig.get(key);
    if (!sg) levelSig.set(key, (sg = []));
    // The open list this number continues; where two do (both at 2), the one whose rows look like
    // this one (same tier word, same bold) — "3. Program" goes back to the programs.
    const cont: number[] = [];
    for (let j = ls.length - 1; j >= 0; j--) if (ls[j] === o - 1) cont.push(j);
    let at = cont.find((j) => sg![j] === sigs[i]) ?? cont[0] ?? -1;
    if (at < 0 && o === 1 && ls.length) at = prevKey === key && !restartsFlat(i, key, ls) ? ls.length : ls.length - 1;
    if (at < 0) at = Math.max(0, ls.length - 1);
    ls.length = at + 1;
    sg.length = Math.min(sg.length, at + 1);
    ls[at] = o;
    if (sg[at] === undefined) sg[at] = sigs[i];
    if (at > 0) {
      x.key = `${key}#${at}`;
      nested.add(key);
    }
    prevKey = key;
    prevOut = x.key;
  });
}

/**
 * Rows whose number repeats the number of the row of their type before them, in a run no list goes through (the
 * number before it is not one less, the one after it not one more): a run of three or more (1., 1., 1.) or a repeated
 * number past 1 (2., 2.) under a row of another type. A nested list starts at 1 once and goes on at 2 ("1. Pajak ▸ 1.
 * Pajak Hotel, 2. Pajak Restoran"): 1s followed by a 2 stay nested lists.
 */
function repeatedNumbers(input: SchemeInput[], markers: (Marker | undefined)[]): boolean[] {
  const out: boolean[] = new Array(input.length).fill(false);
  const listed: number[] = [];
  input.forEach((x, i) => {
    const m = markers[i];
    if (x.reset) listed.push(-1);
    if (x.key !== null && m && m.ordinal !== undefined && !m.segments && !x.key.startsWith('word:')) listed.push(i);
  });
  for (let a = 0; a < listed.length;) {
    let b = a + 1;
    const first = listed[a];
    const same = (j: number) => j >= 0 && first >= 0 && input[j].key === input[first].key && markers[j]!.ordinal === markers[first]!.ordinal;
    while (b < listed.length && same(listed[b])) b++;
    const run = b - a;
    // "1. Urusan ▸ 1. Program ▸ 1. Kegiatan, 2. Kegiatan": three lists nested, the innermost going on right after.
    // "1. Program ▸ 1. Kegiatan, 2. Kegiatan ▸ 2. Program": the first 2 goes on from the 1 right before it.
    const next = b < listed.length ? listed[b] : -1;
    const prev = a > 0 ? listed[a - 1] : -1;
    const ordinal = first >= 0 ? markers[first]!.ordinal! : 0;
    const counted = (j: number, o: number) => j >= 0 && input[j].key === input[first].key && markers[j]!.ordinal === o;
    const listing = first < 0 || counted(next, ordinal + 1) || counted(prev, ordinal - 1);
    if (!listing && (run >= 3 || (run === 2 && ordinal > 1))) for (let j = a + 1; j < b; j++) out[listed[j]] = true;
    a = b;
  }
  return out;
}

/** The key suffix of an account line among split plan codes (see buildHierarchy's keyOf). */
const ACCOUNT_LINE = '+akun';

/** Keys whose order is known before the table is read (see SchemeInput.rank). */
function tierRankOf(m: RowMarks): number | undefined {
  return m.tier ? TIER_RANK[m.tier] : undefined;
}

/**
 * A rekening code (5.1.02.01.01.0024, 4.1.01): a budget account, not a plan's program, kegiatan or sub kegiatan. Its
 * second part is one digit; the plan's own 4.01, 5.01, 6.01 (Sekretariat Daerah, Perencanaan, Inspektorat) are two.
 */
const ACCOUNT = /^[456]\.\d(\.\d{2}){1,4}(\.\d{4})?$/;
export const isAccountCode = (kode: string): boolean => ACCOUNT.test(kode.trim());

/** isAccountCode of a code marker; its first segment first, the join only for a code that may be one. */
const isAccount = (m: Marker) => {
  const first = m.segments?.[0];
  return (first === '4' || first === '5' || first === '6') && m.segments!.length >= 3 && isAccountCode(m.segments!.join('.'));
};

/** The markers of a kode column that are codes (segments typed with dots), in row order. */
function codeMarkers(codes: (Marker | null)[]): Marker[] {
  return codes.filter((m): m is Marker => !!m && !!m.segments && m.type.startsWith('code:'));
}

/** Program codes (tiered by the Kepmendagri shape) with account lines among them, a SIPD realisasi printout's way. */
function mixesAccounts(list: Marker[]): boolean {
  // Most tables have no account line: ruled out in one cheap pass before any code is tiered.
  if (!list.some(isAccount)) return false;
  let plan = 0;
  // (An account's akun and kelompok, "5" and "5.1", are no plan codes: a DPA's one "Sub Kegiatan:" line over its 5.x tree
  // is no SIPD printout of many sub kegiatan with their account lines.)
  for (const m of list)
    if (!isAccount(m) && m.segments!.length >= 2 && KEPMENDAGRI.test(m.segments!.join('.')) && tierFromKode(m.segments!.join('.')) && ++plan >= 2) return true;
  return false;
}

/**
 * Outline numbers (a plain number and dotted ones, "1", "1.1", "1.1.1") each of which names one program tier on every
 * row of its own, in a table whose headings name urusan or bidang in words: the tier of each. Empty otherwise (kode
 * rekening place their rows themselves; a number naming programs in one place and kegiatan in another is no tier).
 */
function tierOfOutline(
  nodes: RowInfo[],
  keyOf: (x: RowInfo) => string | null,
  tierOf: (x: RowInfo) => Tier | undefined,
  prefixCodes: boolean,
): Map<string, Tier> {
  const out = new Map<string, Tier>();
  if (prefixCodes || !nodes.some((x) => keyOf(x) === 'dot:2') || !nodes.some((x) => /^word:(urusan|bidang)$/.test(keyOf(x) ?? ''))) return out;
  const seen = new Map<string, Set<string>>();
  for (const x of nodes) {
    const k = keyOf(x);
    if (!k || !(k === 'num' || k.startsWith('dot:'))) continue;
    (seen.get(k) ?? seen.set(k, new Set()).get(k)!).add(tierOf(x) ?? '');
  }
  for (const [k, tiers] of seen) {
    const [t] = [...tiers];
    if (tiers.size === 1 && (t === 'program' || t === 'kegiatan' || t === 'subkegiatan')) out.set(k, t);
  }
  // (Each tier named by one type only: two types naming programs are two levels, not one tier.)
  const tiers = [...out.values()];
  return new Set(tiers).size === tiers.length ? out : new Map();
}

function rankOf(key: string, m: RowMarks, prefixCodes: boolean, accountsLast = false): { family?: string; rank?: number } {
  // (Deepest of all where they mix with the plan's codes: an account line belongs to the sub kegiatan above it.)
  if (accountsLast && prefixCodes && m.kode?.segments && key === m.kode.type && isAccount(m.kode)) return { family: 'code', rank: 99 };
  if (key.startsWith('kodecol:')) return { family: 'kodecol', rank: Number(key.slice(8)) };
  if (key.startsWith('word:') && m.tier) return { family: 'tier', rank: TIER_RANK[m.tier] };
  if (key.startsWith('dot:')) return { family: 'dot', rank: Number(key.slice(4)) };
  // A unit's code (in the kode column or before the name) ranks between its bidang (two parts) and the programs
  // (three), whatever its length.
  const unit = [m.kode, m.label].find((x) => (x?.segments?.length === 8 || x?.segments?.length === 7) && key === x.type && unitBidang(x.segments.join('.')));
  if (unit) return { family: unit === m.kode && prefixCodes ? 'code' : 'dot', rank: 2.5 };
  if (prefixCodes && m.kode?.segments && key === m.kode.type) return { family: 'code', rank: m.kode.segments.length };
  // A Kepmendagri code typed before the name whose last part is four digits ("2.17.01.1.01.0001 Penyusunan …", a sub
  // kegiatan): ranked by its parts among the dotted codes before the names above it ("2.17.01.1.01", dot:5).
  if (m.label?.segments && key === m.label.type && KEPMENDAGRI.test(m.label.segments.join('.'))) return { family: 'dot', rank: m.label.segments.length };
  return {};
}

/**
 * Codes of one kode column form a prefix system (Kepmendagri: 2.07 > 2.07.02 > 2.07.02.2.01) when
 * nearly every longer code extends a shorter one above it; RKA-K/L codes (044.01.EB > 2726 >
 * 2726.AEH.001 > 051) do not, and their order is learned from the table instead.
 */
function isPrefixSystem(codes: Marker[], accounts: boolean): boolean {
  // (A SIPD printout's account lines under each sub kegiatan are leaves of another family: the plan's codes decide.)
  const list = accounts ? codes.filter((m) => !isAccount(m)) : codes;
  if (list.length === 0) return false;
  // The Kepmendagri shape says so on its own, even where a mistyped code breaks a prefix.
  if (list.filter((m) => KEPMENDAGRI.test(m.segments!.join('.')) || unitBidang(m.segments!.join('.'))).length >= 0.8 * list.length) return true;
  if (list.length < 3) return false;
  let extends_ = 0;
  let longer = 0;
  for (let i = 1; i < list.length; i++) {
    const segs = list[i].segments!;
    let j = i - 1;
    while (j >= 0 && list[j].segments!.length >= segs.length) j--;
    if (j < 0) continue;
    longer++;
    const p = list[j].segments!;
    if (p.every((s, k) => s.toUpperCase() === segs[k].toUpperCase())) extends_++;
  }
  return longer > 0 && extends_ >= 0.8 * longer;
}

/** A kode split over columns where a row leaves the columns left of its own part empty (its parent's parts above). */
function ownPartsOnly(view: SheetView, nodes: RowInfo[], kodeCols: number[]): boolean {
  if (kodeCols.length < 2) return false;
  for (const x of nodes) {
    const first = kodeCols.findIndex((c) => view.shownText(x.row, c) !== '');
    if (first > 0) return true;
  }
  return false;
}

/**
 * The rows' own words put a longer code above a shorter one after it (RKA-K/L's "113.01.06 Program …" over
 * "5096 Kegiatan …"): the codes' lengths are no depths there, whatever prefixes the codes below share.
 */
function tiersAgainstLength(marks: RowMarks[]): boolean {
  let prev: RowMarks | undefined;
  for (const m of marks) {
    // (A Perangkat Daerah's SIPD unit code over its programs, "1.02.0.00.0.00.01.0000", is long by its own scheme.)
    if (!m.kode?.segments || !m.tier || unitBidang(m.kode.segments.join('.'))) continue;
    const a = prev?.kode?.segments;
    if (a && prev?.tier && a.length > m.kode.segments.length && TIER_RANK[prev.tier] < TIER_RANK[m.tier] && !m.kode.segments.join('.').startsWith(a.join('.')))
      return true;
    prev = m;
  }
  return false;
}

/**
 * A No column numbering (nearly) every row 1, 2, 3 … straight down, restarting nowhere, counts
 * rows; it does not outline them. Numbers on some rows only (the programs) do mark a level.
 */
function isCounter(nos: (Marker | null)[]): boolean {
  const nums = nos.filter((m): m is Marker => !!m && m.type === 'num');
  if (nums.length < 3 || nums.length < 0.9 * nos.length) return false;
  let up = 0;
  for (let i = 1; i < nums.length; i++) if (nums[i].ordinal === (nums[i - 1].ordinal ?? 0) + 1) up++;
  const restarts = nums.filter((m, i) => i > 0 && m.ordinal === 1).length;
  return restarts === 0 && up >= 0.8 * (nums.length - 1);
}

/** Do format-only parents add up to their children in every money column, for most parents? */
function styleHolds(view: SheetView, rows: RowInfo[], ctx: RowContext): boolean {
  const byParent = new Map<number, RowInfo[]>();
  for (const x of rows) if (x.parent !== undefined) (byParent.get(x.parent) ?? byParent.set(x.parent, []).get(x.parent)!).push(x);
  let agree = 0;
  let checked = 0;
  // (Sums only: a parent's growth or rate is no sum of its children's, and says nothing of the outline.)
  const cols = ctx.amountCols.length ? ctx.amountCols : ctx.sumCols.length ? ctx.sumCols : ctx.numericCols;
  for (const [p, kids] of byParent) {
    const parent = rows.find((x) => x.row === p)!;
    const v = agrees(view, parent, kids, cols);
    if (v === null) continue;
    checked++;
    if (v) agree++;
  }
  if (agree >= 2 ? agree >= (2 / 3) * checked : checked > 0 && agree === checked) return true;
  // Too few parents to outvote one slip (two programs, one wrong): the table's Jumlah decides. It must
  // equal the outline's top rows where no parent agrees; with one that agrees, be far nearer to them.
  return checked > 0 && totalConfirms(view, rows, cols, agree === 0);
}

/**
 * The one Jumlah closing the table equals (or, not `exact`, is ten times nearer to) the top-level rows of
 * the format's outline than the flat list of every row, in every column where the two readings differ.
 */
function totalConfirms(view: SheetView, rows: RowInfo[], cols: number[], exact: boolean): boolean {
  const totals = rows.filter((x) => x.kind === 'total');
  if (totals.length !== 1 || rows.some((x) => x.row > totals[0].row && x.kind !== 'blank')) return false;
  let compared = false;
  for (const c of cols) {
    const stated = rowAmount(view, totals[0], c);
    if (stated === null) continue;
    let top = 0;
    let flat = 0;
    for (const x of rows) {
      if (x.kind !== 'indicator' && x.kind !== 'heading') continue;
      const v = rowAmount(view, x, c);
      if (v === null) continue;
      flat += v;
      if (x.parent === undefined) top += v;
    }
    if (Math.abs(top - flat) < 0.5) continue;
    const off = Math.abs(top - stated);
    if (exact ? off >= 0.5 : off * 10 > Math.abs(flat - stated)) return false;
    compared = true;
  }
  return compared;
}

/** Parent = Σ children in every column where the parent has a number (null: nothing to compare). */
function agrees(view: SheetView, parent: RowInfo, kids: RowInfo[], cols: number[]): boolean | null {
  let compared = false;
  for (const c of cols) {
    const own = rowAmount(view, parent, c);
    if (own === null) continue;
    let sum: number | null = null;
    for (const k of kids) {
      const v = rowAmount(view, k, c);
      if (v !== null) sum = (sum ?? 0) + v;
    }
    if (sum === null) continue;
    compared = true;
    if (Math.abs(sum - own) >= 0.5) return false;
  }
  return compared ? true : null;
}

/**
 * A node's further indicator line that repeats the node's Rp in every money column where it has
 * one (the Rp typed again on each indicator row, or a merge undone) shows the node's figure again:
 * it stays the node's line for its own checks, but its Rp is not added to the node's, nor read
 * as a child's.
 */
function dropRepeatedFigures(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  if (ctx.amountCols.length === 0) return;
  // Built on the first row with lines: most long tables have none.
  let byRow: Map<number, RowInfo> | undefined;
  for (const x of rows) {
    if (!x.lines?.length) continue;
    if (!byRow) {
      byRow = new Map();
      for (const y of rows) byRow.set(y.row, y);
    }
    const index = byRow;
    const kept = x.lines.filter((r) => {
      // A twin (the node's kode and name typed again, SIPD's fill-down) that repeats most of its Rp is the node
      // again: a year it states otherwise is a slip in one of the two (the sum rules tell which), not a second node.
      const line = index.get(r);
      const { same, other, extra } = figuresAgainst(view, r, x.row, ctx.amountCols);
      if (line && isTwin(line, x)) return same === 0 || other + extra >= same;
      // A further indicator line (no kode, no name of its own) repeating most of the node's Rp is the Rp typed again
      // on each indicator row, one copy slipped: not a child with a budget of its own.
      return same === 0 || other + extra >= same;
    });
    if (kept.length !== x.lines.length) x.lines = kept.length ? kept : undefined;
  }
}

/**
 * An unlabelled line under a row that already has its own Rp is not a second indicator of that
 * row (those carry no Rp) but a child whose name sits in another column: make it a node.
 */
function promoteFundedLines(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  if (ctx.amountCols.length === 0) return;
  const funded = (r: number) => ctx.amountCols.some((c) => view.value(r, c).kind === 'number');
  const byRow = new Map(rows.map((x) => [x.row, x]));
  let deepest = -Infinity;
  for (const x of rows) if ((x.level ?? -1) > deepest) deepest = x.level ?? -1;
  for (const x of rows) {
    if (!x.lines?.length || !funded(x.row) || x.level === undefined || x.level >= deepest) continue;
    let owner = x;
    const lines = x.lines;
    x.lines = undefined;
    for (const r of lines) {
      const line = byRow.get(r);
      if (!line) continue;
      if (funded(r)) {
        line.kind = 'indicator';
        line.parent = x.row;
        line.level = x.level + 1;
        line.levelBy = 'order';
        owner = line;
      } else {
        line.parent = owner.row;
        (owner.lines ??= []).push(r);
      }
    }
  }
}

/**
 * A row's own figure in a column: its cell and its continuation lines' added in order (only the
 * first line usually carries Rp), with the most decimals among them and the first row that has a
 * number; null when none has one. The one reading of "a row's amount", for recognition and the
 * sum rules alike (rules/amounts.ts). No typed values are made: it runs for every row and column.
 */
export function rowFigure(view: SheetView, x: RowInfo, col: number): { value: number; decimals: number; row: number } | null {
  let value: number | null = null;
  let decimals = 0;
  let row = -1;
  const lines = x.lines;
  for (let i = -1; i < (lines ? lines.length : 0); i++) {
    const r = i < 0 ? x.row : (lines as number[])[i];
    const n = view.numberAt(r, col);
    if (n === undefined) continue;
    value = (value ?? 0) + n;
    if (row < 0) row = r;
    const d = view.decimalsAt(r, col);
    if (d > decimals) decimals = d;
  }
  return value === null ? null : { value, decimals, row };
}

/** rowFigure's value, added in the same order (without its decimals or an object: the sum rules ask it of every row). */
export function rowAmount(view: SheetView, x: RowInfo, col: number): number | null {
  let value: number | null = null;
  const lines = x.lines;
  for (let i = -1; i < (lines ? lines.length : 0); i++) {
    const n = view.numberAt(i < 0 ? x.row : (lines as number[])[i], col);
    if (n !== undefined) value = (value ?? 0) + n;
  }
  return value;
}

/**
 * Runs of unmarked rows under one marked parent (a program followed by its kegiatan and sub
 * kegiatan, none of them numbered) have two readings: all siblings, or some rows closing the rows
 * after them. Both are tested on every money column of every relation they imply, and the one
 * the data supports wins (clearly: twice as many relations holding as failing). A parent that
 * disagrees in one year stays a parent and is reported; it does not flip the reading.
 */
function readRuns(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  // (Without a column named money, the columns a parent may add up: an RKA's "Jumlah (Rp)" of Koefisien × Harga, its
  // "[ # ] paket" line closing the items under it. There a head must close two rows or more, or state only totals
  // beside rows that state more (Koefisien, Harga): a list of equal scores, 90 under 90, is no family of heads and rows.)
  const counts = ctx.amountCols.length === 0;
  const amounts = counts ? ctx.sumCols : ctx.amountCols;
  if (amounts.length === 0) return;
  // A column that sums the others on its row (the akhir-periode Rp) repeats their evidence, a slip in a year included.
  const own = amounts.filter((c) => !ctx.periodSumCols.includes(c));
  const cols = own.length ? own : amounts;
  const byRow = new Map(rows.map((x) => [x.row, x]));
  const runs = orderRuns(rows);
  for (const [p, run] of runs) {
    const parent = byRow.get(p)!;
    const funded = cols.some((c) => rowAmount(view, parent, c) !== null);
    if (run.length < (funded ? 2 : 3)) continue;
    const flat = tally(view, parent, run, cols);
    if (flat.disagree === 0 && flat.agree > 0) continue;
    const nested = nestRun(view, run, cols);
    if (!nested) continue;
    const { heads, rowsOfHead, score } = nestedScore(view, parent, run, nested, cols);
    const net = (t: Tally) => t.agree - t.disagree;
    if (net(score) <= net(flat) || score.agree <= 2 * score.disagree) continue;
    if ((!funded || (counts && !headsOnlyTotals(view, heads, rowsOfHead, ctx.numericCols))) && !nested.family) continue;
    for (const x of run) {
      const head = nested.children.get(x.row);
      if (head === undefined) continue;
      x.parent = head;
      x.level = (byRow.get(head)!.level ?? 0) + 1;
      x.levelBy = 'sums';
    }
    const isHead = new Set(nested.children.values());
    for (const h of heads) if (isHead.has(h.row)) h.levelBy = 'sums';
  }
}

/**
 * A flat list closed by its total, nothing marking heads from rows ("Golongan I | 5" over "I/a | 2", "I/b | 2" …, not
 * bold): the total as the parent of the run, both readings tested as readRuns does, the nested one taken only where
 * the total disagrees with the flat sum and agrees with the heads'.
 */
function nestUnderTotals(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  const amounts = ctx.amountCols.length ? ctx.amountCols : ctx.sumCols;
  const own = amounts.filter((c) => !ctx.periodSumCols.includes(c));
  const cols = own.length ? own : amounts;
  if (cols.length === 0) return;
  rows.forEach((t, i) => {
    if (t.kind !== 'total') return;
    const run: RowInfo[] = [];
    for (let k = i - 1; k >= 0 && rows[k].kind !== 'total' && rows[k].kind !== 'average'; k--) {
      const x = rows[k];
      if (x.kind === 'blank' || x.kind === 'continuation') continue;
      if (x.kind !== 'indicator' || x.parent !== undefined || x.level !== undefined) return;
      run.push(x);
    }
    if (run.length < 4) return;
    // (Gathered upwards, pushed: unshift on a long flat list is quadratic.)
    run.reverse();
    const flat = tally(view, t, run, cols);
    if (flat.agree > 0 || flat.disagree === 0) return;
    const nested = nestRun(view, run, cols);
    if (!nested?.family) return;
    // (A head its rows no longer add up to, named as the others are, "Golongan II" among "Golongan I" and "Golongan III":
    // a head still, over the rows to the next such name; its slip is the tree's to find.)
    const first = (x: RowInfo) => words(x.label).split(' ')[0] ?? '';
    const closing = new Set(nested.children.values());
    const names = new Set(run.filter((x) => closing.has(x.row)).map(first));
    const [name] = names;
    if (closing.size >= 2 && names.size === 1 && name && name.length >= 3) {
      let head: RowInfo | undefined;
      for (const x of run) {
        if (first(x) === name) head = closing.has(x.row) ? undefined : x;
        else if (head && !nested.children.has(x.row)) nested.children.set(x.row, head.row);
      }
    }
    const { heads, score } = nestedScore(view, t, run, nested, cols);
    if (score.agree - score.disagree <= flat.agree - flat.disagree || score.agree <= 2 * score.disagree || tally(view, t, heads, cols).agree === 0) return;
    for (const h of heads) {
      h.level = 0;
      h.levelBy = 'sums';
    }
    for (const x of run) {
      const head = nested.children.get(x.row);
      if (head === undefined) continue;
      x.parent = head;
      x.level = 1;
      x.levelBy = 'sums';
    }
  });
}

/**
 * A run's nested reading weighed: its heads (the rows no head closes), each head's rows, and the tally of its own
 * relations, the parent over the heads and each head over its rows. A head alone off both (the parent equals its rows,
 * the head neither: "kegiatan 280 under a program of 180 over sub kegiatan of 180") is one wrong cell, not two
 * disagreements.
 */
function nestedScore(
  view: SheetView,
  parent: RowInfo,
  run: RowInfo[],
  nested: Nesting,
  cols: number[],
): { heads: RowInfo[]; rowsOfHead: Map<number, RowInfo[]>; score: Tally } {
  const heads = run.filter((x) => !nested.children.has(x.row));
  const rowsOfHead = new Map<number, RowInfo[]>(heads.map((h) => [h.row, []]));
  for (const x of run) {
    const h = nested.children.get(x.row);
    if (h !== undefined) rowsOfHead.get(h)?.push(x);
  }
  const score = tally(view, parent, heads, cols);
  for (const h of heads) {
    const rowsOf = rowsOfHead.get(h.row)!;
    if (!rowsOf.length) continue;
    add(score, tally(view, h, rowsOf, cols));
    if (heads.length === 1) score.disagree -= oneCellOff(view, parent, h, rowsOf, cols);
  }
  return { heads, rowsOfHead, score };
}

/** The columns where the head alone is off: its parent equals its rows' sum, and the head neither. */
function oneCellOff(view: SheetView, parent: RowInfo, head: RowInfo, rows: RowInfo[], cols: number[]): number {
  let n = 0;
  for (const c of cols) {
    const p = rowAmount(view, parent, c);
    const h = rowAmount(view, head, c);
    if (p === null || h === null) continue;
    let sum = 0;
    for (const x of rows) sum += rowAmount(view, x, c) ?? 0;
    if (Math.abs(p - sum) < 0.5 && Math.abs(h - sum) >= 0.5) n++;
  }
  return n;
}

/** Every head leaves empty a column all its rows fill: a line of totals over items (an RKA's "[ # ] paket" over Koefisien × Harga). */
function headsOnlyTotals(view: SheetView, heads: RowInfo[], rowsOfHead: Map<number, RowInfo[]>, cols: number[]): boolean {
  return heads.every((h) => {
    const rowsOf = rowsOfHead.get(h.row) ?? [];
    return rowsOf.length > 0 && cols.some((c) => rowAmount(view, h, c) === null && rowsOf.every((x) => rowAmount(view, x, c) !== null));
  });
}

/** Each row's children (continuation lines aside), by parent row. */
export function childrenByParent(rows: RowInfo[]): Map<number, RowInfo[]> {
  const kids = new Map<number, RowInfo[]>();
  for (const x of rows) if (x.parent !== undefined && x.kind !== 'continuation') (kids.get(x.parent) ?? kids.set(x.parent, []).get(x.parent)!).push(x);
  return kids;
}

/** Rows placed under a parent by their order alone (levelBy 'order'), by parent row. */
function orderRuns(rows: RowInfo[]): Map<number, RowInfo[]> {
  const runs = new Map<number, RowInfo[]>();
  for (const x of rows) {
    if (x.levelBy !== 'order' || x.parent === undefined || x.kind === 'continuation') continue;
    (runs.get(x.parent) ?? runs.set(x.parent, []).get(x.parent)!).push(x);
  }
  return runs;
}

/**
 * Unmarked rows under a marked row may be its siblings instead ("Kegiatan Perencanaan …" then "Administrasi Keuangan …"
 * without the word, under one program): both readings are tested on the money, and the run goes up one level where its
 * row above disagrees with it in every column and the row above that adds up with the run among its children (more columns holding and fewer failing than without it).
 */
function liftRuns(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  if (ctx.amountCols.length === 0) return;
  const runs = orderRuns(rows);
  const byRow = new Map(rows.map((x) => [x.row, x]));
  // (And rows named "Kegiatan …" put under an unnamed row placed by its order alone, "Administrasi Keuangan …" among the
  // program's kegiatan written without the word: the word makes them kegiatan, not that row's children.)
  for (const x of rows)
    if (x.levelBy === 'words' && x.parent !== undefined && x.kind !== 'continuation' && byRow.get(x.parent)?.levelBy === 'order')
      (runs.get(x.parent) ?? runs.set(x.parent, []).get(x.parent)!).push(x);
  if (runs.size === 0) return;
  const kids = childrenByParent(rows);
  // The runs that disagree with their row above, by the row above that (the program their kegiatan sit in).
  const byUp = new Map<RowInfo, RowInfo[][]>();
  for (const [p, run] of runs) {
    const parent = byRow.get(p)!;
    const up = parent.parent !== undefined ? byRow.get(parent.parent) : undefined;
    if (!up || (parent.levelBy === 'order' && run[0].levelBy === 'order')) continue;
    const under = tally(view, parent, run, ctx.amountCols);
    if (under.agree > 0 || under.disagree === 0) continue;
    (byUp.get(up) ?? byUp.set(up, []).get(up)!).push(run);
  }
  const lift = (up: RowInfo, part: RowInfo[]) => {
    for (const x of part) {
      const from = kids.get(x.parent!);
      if (from)
        kids.set(
          x.parent!,
          from.filter((y) => y !== x),
        );
      x.level = byRow.get(x.parent!)!.level;
      x.parent = up.row;
      x.levelBy = 'sums';
      (kids.get(up.row) ?? kids.set(up.row, []).get(up.row)!).push(x);
    }
  };
  // (Better on both counts: a slip in one column still leaves the other columns' word.)
  const better = (up: RowInfo, part: RowInfo[]) => {
    const now = tally(view, up, kids.get(up.row) ?? [], ctx.amountCols);
    const lifted = tally(view, up, [...(kids.get(up.row) ?? []), ...part], ctx.amountCols);
    return lifted.agree > now.agree && lifted.disagree < now.disagree;
  };
  for (const [up, cands] of byUp) {
    // Every such run at once (kegiatan written with and without the word, alternating), the last one cut short as a
    // single one may be; else each run's leading rows (an unmarked kegiatan before the plan's "BELANJA TIDAK TERDUGA").
    const all = cands.flat();
    const last = cands[cands.length - 1];
    let joint: RowInfo[] | undefined;
    for (let k = last.length; k >= 1 && cands.length > 1 && !joint; k--) {
      const part = all.slice(0, all.length - last.length + k);
      if (better(up, part)) joint = part;
    }
    if (joint) {
      lift(up, joint);
      continue;
    }
    for (const run of cands)
      for (let k = run.length; k >= 1; k--)
        if (better(up, run.slice(0, k))) {
          lift(up, run.slice(0, k));
          break;
        }
  }
}

/**
 * Unmarked rows are put under the marked row above them by their order alone. Where the table's
 * money confirms that reading at no parent and contradicts it at some, the order proves nothing:
 * those rows ("Belanja Tak Terduga" after "3 Belanja Modal") are left outside the outline rather
 * than read as children whose sum accuses their parent. One confirmed parent makes it the
 * table's convention, and a parent that then disagrees is reported.
 */
function dropUnsupportedRuns(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  const runs = orderRuns(rows);
  if (runs.size === 0) return;
  const byRow = new Map(rows.map((x) => [x.row, x]));
  // Without money, a part larger than its whole in a summed column ("Lainnya" 18,5 juta after "L. Real Estat" 0,7 juta of
  // a PDRB by lapangan usaha): no part of it.
  if (ctx.amountCols.length === 0) {
    for (const [p, run] of runs) {
      const parent = byRow.get(p)!;
      // (Not in a signed column, a Bertambah/(Berkurang) whose parts rise and fall: one rise may pass the whole.)
      const signed = (c: number) => run.some((x) => (view.numberAt(x.row, c) ?? 0) < 0) || (view.numberAt(parent.row, c) ?? 0) < 0;
      const bigger = (x: RowInfo) =>
        ctx.sumCols.some((c) => {
          const own = view.numberAt(parent.row, c);
          const part = view.numberAt(x.row, c);
          return own !== undefined && part !== undefined && own >= 0 && part > own && !signed(c);
        });
      if (run.some(bigger)) for (const x of run) x.parent = x.level = x.levelBy = undefined;
    }
    return;
  }
  const contradicted: RowInfo[][] = [];
  // (With the parent's marked children beside them: an unmarked kegiatan before the first "Kegiatan …" row of its
  // program is one of the parts its program adds up.)
  const kidsOf = new Map<number, RowInfo[]>();
  for (const x of rows) if (x.parent !== undefined) (kidsOf.get(x.parent) ?? kidsOf.set(x.parent, []).get(x.parent)!).push(x);
  for (const [p, run] of runs) {
    const all = kidsOf.get(p) ?? run;
    const t = tally(view, byRow.get(p)!, all.length > run.length ? all : run, ctx.amountCols);
    if (t.agree > 0 && t.disagree === 0) return;
    if (t.disagree > 0 && t.agree === 0) contradicted.push(run);
  }
  for (const run of contradicted) for (const x of run) x.parent = x.level = x.levelBy = undefined;
}

/**
 * Rows the outline put under a parent whose figures say otherwise, where the table's figures bear the other reading out
 * (no parent agreeing with the children it was given): see liftTail and liftBullets.
 */
function liftMisplacedRows(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  const cols = ctx.amountCols.length ? ctx.amountCols : ctx.sumCols;
  if (cols.length === 0) return;
  const kidsOf = childrenByParent(rows);
  const byRow = new Map(rows.map((x) => [x.row, x]));
  // (The shapes looked at first, the figures only then: a coded plan's parents are read by neither.)
  const tailShape = (kids: RowInfo[]) => kids.length >= 2 && kids.every((k) => k.levelBy === 'format' || k.levelBy === 'order');
  const bulletShape = (parent: RowInfo, kids: RowInfo[]) =>
    parent.levelBy === 'order' &&
    parent.parent !== undefined &&
    kids.every((k) => k.levelBy === 'marker' && /^[-–—•*▪]$/.test(k.marker ?? '') && !kidsOf.has(k.row));
  for (const [p, kids] of kidsOf) {
    const parent = byRow.get(p);
    if (!parent || parent.level === undefined) continue;
    const tail = tailShape(kids);
    const bullets = !tail && bulletShape(parent, kids);
    // (In no column with them.)
    if ((!tail && !bullets) || tally(view, parent, kids, cols).agree > 0) continue;
    if (tail) liftTail(view, parent, kids, kidsOf, cols);
    else liftBullets(view, parent, kids, kidsOf, byRow, cols);
  }
}

/**
 * A parent read from format or order alone whose figures are exactly the sum of its first children, the last one or
 * two breaking it ("Belanja Modal" = its three jenis, then "Belanja Tidak Terduga" typed plain like them, a jenis with no
 * children of its own): those last rows are the parent's siblings, as its figures say, not parts it leaves out.
 */
function liftTail(view: SheetView, parent: RowInfo, kids: RowInfo[], kidsOf: Map<number, RowInfo[]>, cols: number[]): boolean {
  for (let k = kids.length - 1; k >= Math.max(1, kids.length - 2); k--) {
    const tail = kids.slice(k);
    // (In most columns without them, a slip in one column of the parent left aside.)
    const t = tally(view, parent, kids.slice(0, k), cols);
    if (tail.some((x) => kidsOf.has(x.row)) || t.agree === 0 || t.agree < t.disagree) continue;
    // (Not a row hidden from the print, nor under a parent whose own =SUM says which rows it covers: a line left out
    // on purpose, "Kegiatan Lama (tidak dianggarkan lagi)", the formula and its hidden row the rules' to weigh.)
    if (tail.some((x) => view.isHidden(x.row)) || cols.some((c) => view.formula(parent.row, c))) return false;
    for (const x of tail) {
      x.parent = parent.parent;
      x.level = parent.level;
    }
    return true;
  }
  return false;
}

/**
 * A row bulleted "- " among unmarked siblings (pasted from another list), read as the child of the unmarked row above it:
 * where that row's figures are not its bullets' sum and their common parent adds up with the bullets beside it, they are
 * its siblings, as the figures say.
 */
function liftBullets(view: SheetView, parent: RowInfo, kids: RowInfo[], kidsOf: Map<number, RowInfo[]>, byRow: Map<number, RowInfo>, cols: number[]): void {
  const grand = byRow.get(parent.parent!);
  const siblings = kidsOf.get(parent.parent!);
  if (!grand || !siblings) return;
  const before = tally(view, grand, siblings, cols);
  const after = tally(view, grand, [...siblings, ...kids], cols);
  if (after.agree === 0 || after.disagree > 0 || before.agree > 0) return;
  for (const k of kids) {
    k.parent = parent.parent;
    k.level = parent.level;
  }
}

interface Tally {
  agree: number;
  disagree: number;
}

function add(a: Tally, b: Tally): void {
  a.agree += b.agree;
  a.disagree += b.disagree;
}

/** Per money column where the parent has a number and some child has one: does the parent equal their sum? */
function tally(view: SheetView, parent: RowInfo, kids: RowInfo[], cols: number[]): Tally {
  const t: Tally = { agree: 0, disagree: 0 };
  for (const c of cols) {
    const own = rowAmount(view, parent, c);
    if (own === null) continue;
    let sum: number | null = null;
    for (const k of kids) {
      const v = rowAmount(view, k, c);
      if (v !== null) sum = (sum ?? 0) + v;
    }
    if (sum === null) continue;
    if (Math.abs(sum - own) < 0.5) t.agree++;
    else t.disagree++;
  }
  return t;
}

interface Nesting {
  /** Child row → its head row. */
  children: Map<number, number>;
  groups: number;
  /** Groups whose head equals its rows in every money column. */
  exact: number;
  /** Some head closes two or more rows (a run of single-child heads is as likely equal neighbours). */
  family: boolean;
}

/**
 * Greedy reading of a run: a head closes the rows after it at the first row where every money
 * column adds up to the head's; failing that, where most do (a mistyped child still leaves its
 * group recognisable: the parent's own sum then decides whether the reading stands).
 */
function nestRun(view: SheetView, run: RowInfo[], cols: number[]): Nesting | null {
  const children = new Map<number, number>();
  let groups = 0;
  let exact = 0;
  let family = false;
  let i = 0;
  // (Once for the run, not per row: a flat list of thousands under its total is read here too.)
  const negative = cols.some((c) => run.some((x) => (rowAmount(view, x, c) ?? 0) < 0));
  while (i < run.length) {
    const { end, strict } = closingRow(view, run, i, cols, negative);
    if (end > i) {
      for (let k = i + 1; k <= end; k++) children.set(run[k].row, run[i].row);
      groups++;
      if (strict) exact++;
      if (end - i >= 2) family = true;
      i = end + 1;
    } else i++;
  }
  return groups ? { children, groups, exact, family } : null;
}

function closingRow(view: SheetView, run: RowInfo[], i: number, amountCols: number[], negative: boolean): { end: number; strict: boolean } {
  const head = run[i];
  const cols = amountCols.filter((c) => rowAmount(view, head, c) !== null);
  if (cols.length === 0) return { end: i, strict: false };
  const own = cols.map((c) => rowAmount(view, head, c) ?? 0);
  const sums = new Array<number>(cols.length).fill(0);
  let loose = -1;
  for (let j = i + 1; j < run.length; j++) {
    let any = false;
    for (let k = 0; k < cols.length; k++) {
      const v = rowAmount(view, run[j], cols[k]);
      if (v !== null) {
        sums[k] += v;
        any = true;
      }
    }
    if (!any) continue;
    // A child whose realisasi is '-' adds nothing there; the head's own '-' is not compared.
    const match = sums.filter((s, k) => Math.abs(s - own[k]) < 0.5).length;
    if (match === cols.length) return { end: j, strict: true };
    if (loose < 0 && cols.length >= 2 && match >= cols.length - 1 && match * 2 >= cols.length) loose = j;
    // Without negative amounts the running sums only grow: once every column is past, no later row closes it.
    if (!negative && sums.every((s, k) => s - own[k] >= 0.5)) break;
  }
  return { end: loose >= 0 ? loose : i, strict: false };
}

/**
 * An unlabelled row of numbers is a total only when, under some scope, it equals the rows it
 * would close in every money column where it has a number; otherwise it is what it looks like (a
 * data row, or a line continuing the row above). Returns whether any row changed kind.
 */
export function settleUnlabelledTotals(
  view: SheetView,
  rows: RowInfo[],
  ctx: RowContext,
  marks: Map<number, RowMarks>,
  summed: number[],
  headers: Map<number, string> = new Map(),
  columns: ColumnInfo[] = [],
): boolean {
  let changed = false;
  const byRow = new Map(rows.map((x) => [x.row, x]));
  const kids = childrenByParent(rows);
  const amount = (x: RowInfo, c: number, depth = 0): number | null => {
    const own = rowAmount(view, x, c);
    if (own !== null || depth > 8) return own;
    let s: number | null = null;
    for (const k of kids.get(x.row) ?? []) {
      const v = amount(k, c, depth + 1);
      if (v !== null) s = (s ?? 0) + v;
    }
    return s;
  };
  // Rows whose figures close a single row above (one kegiatan under its program, its bold sub-total under it): a total
  // only as the table's habit, where another such row in its bold closes two or more (settled after the loop).
  const single: { x: RowInfo; m: RowMarks }[] = [];
  const settled: RowInfo[] = [];
  rows.forEach((x, i) => {
    const m = marks.get(x.row);
    if (x.kind === 'total' && !m?.unlabelledTotal) {
      // A total right under the table's total that names a larger whole ("Total Pendapatan Daerah" under "Jumlah PAD"
      // when the rows are PAD's components): a figure from outside the table, many times every sum of its rows. Not
      // checked as a sum, and no grand total the shares are of.
      // (Or the whole its shares say it is, where no column of it is a sum of the rows: "Jumlah Seluruhnya | 57 | 94 |
      // 106 | 100" under "Jumlah Golongan IV" adds the golongan, a slip in one column or not.)
      const whole = () =>
        wholeOfShares(view, rows, i, ctx.numericCols) &&
        !totalScopes(rows, i).some((scope) =>
          summed.some((c) => {
            const v = view.numberAt(x.row, c);
            if (v === undefined || scope.terms.length < 2) return false;
            let sum = 0;
            for (const t of scope.terms) sum += amount(t, c) ?? 0;
            return Math.abs(v - sum) <= 0.5 + 1e-9 * Math.abs(sum);
          }),
        );
      if (outsideWhole(view, rows, i, summed, amount) || whole()) {
        x.kind = 'derived';
        changed = true;
      }
      return;
    }
    if (!m?.unlabelledTotal || x.kind !== 'total') return;
    const cols = summed.filter((c) => view.value(x.row, c).kind === 'number');
    // Every column, or with several money columns all but a few (a wrong cell in a real total
    // row must not turn it into data, where its error would go unseen). A named row without a
    // total's words (a last "BELANJA DAERAH") must equal in two columns at least: one column equal
    // by chance does not make a data row a total.
    const named = x.label !== '';
    let alone = false;
    const holds =
      cols.length > 0 &&
      totalScopes(rows, i).some((scope) => {
        const held = cols.filter((c) => {
          let s = 0;
          for (const t of scope.terms) s += amount(t, c) ?? 0;
          const v = view.value(x.row, c);
          if (v.kind !== 'number' || Math.abs(v.value - s) >= shownRounding(v, scope.terms.length) + 1e-9 * Math.abs(s)) return false;
          // Counts add up exactly (DOMAIN): 1,06 under a Jumlah of 1 is a share, not that Jumlah again.
          return Math.abs(v.value - s) <= 1e-9 * Math.abs(s) || !scope.terms.every((t) => Number.isInteger(amount(t, c) ?? 0));
        }).length;
        const fits =
          held === cols.length ||
          (cols.length >= 2 && held >= cols.length / 2 && (!named || held >= 2 || (!!m.bySum && held >= 1))) ||
          (!!m.partsNamed && held >= 1);
        if (scope.terms.length < 2) {
          alone ||= !!fits && held >= 1 && !named;
          return false;
        }
        return fits;
      });
    // "Jumlah NRR Tertimbang" under the column "NRR Tertimbang": that column's total by its name, equal or not.
    const rest = /^(jumlah|total|jml|Σ)\s*(.{3,})$/i.exec(x.label.trim())?.[2];
    const namesColumn = rest ? words(rest) : '';
    if (holds || (namesColumn && cols.some((c) => (headers.get(c) ?? '').includes(namesColumn))) || eachGroupsWhole(i, cols)) {
      if (!named) settled.push(x);
      return;
    }
    if (alone) single.push({ x, m });
    else unsettle(x, m);
  });
  // Or the whole of each group above it, not of their sum (partition.ts): a profile's "Jumlah Responden".
  function eachGroupsWhole(i: number, cols: number[]): boolean {
    const groups = cols.length ? partitionGroups(view, columns, rows, i, ctx.numericCols) : null;
    if (!groups) return false;
    const sumOf = (g: PartGroup, c: number) => {
      let s: number | null = null;
      for (const t of g.terms) {
        const a = amount(t, c);
        if (a !== null) s = (s ?? 0) + a;
      }
      return s;
    };
    return isPartitionTotal(
      groups,
      cols,
      (g, c) => {
        const v = view.value(rows[i].row, c);
        const s = sumOf(g, c);
        return v.kind === 'number' && s !== null && Math.abs(v.value - s) < shownRounding(v, g.terms.length) + 1e-9 * Math.abs(s);
      },
      sumOf,
      (c) => view.numberAt(rows[i].row, c) ?? null,
    );
  }
  const firstSummed = (x: RowInfo) => summed.find((c) => view.value(x.row, c).kind === 'number');
  const boldRow = (x: RowInfo) => {
    const c = firstSummed(x);
    return c !== undefined && !!view.bold(x.row, c);
  };
  const habit = settled.some(boldRow);
  for (const { x, m } of single) if (!habit || !boldRow(x)) unsettle(x, m);
  void ctx;
  return changed;

  function unsettle(x: RowInfo, m: RowMarks): void {
    changed = true;
    x.kind = m.otherwise ?? 'indicator';
    if (x.kind === 'continuation' && m.owner !== undefined) {
      const owner = byRow.get(m.owner);
      if (owner) {
        x.parent = owner.row;
        (owner.lines ??= []).push(x.row);
      }
    }
  }
}

/** Rows i's figures are at least this many times every sum of the rows it could close: a whole the table only names. */
const OUTSIDE_FACTOR = 2;

/** Row i may be a grand total the shares of a column are of: a total, or the whole of the shares under it (wholeOfShares). */
export function isGrandRow(view: SheetView, rows: RowInfo[], i: number, numericCols: number[]): boolean {
  return rows[i].kind === 'total' || (rows[i].kind === 'derived' && wholeOfShares(view, rows, i, numericCols));
}

/**
 * A row under the table's total stating 100 where that total states a part of it (Kontribusi terhadap PAD: 45,98 on
 * "Jumlah Pajak Daerah", 100 on "TOTAL PENDAPATAN ASLI DAERAH"), larger than the total in its other figures: the whole
 * the shares are of, a figure from outside the table (PAD holds retribusi too), no sum of its rows.
 */
export function wholeOfShares(view: SheetView, rows: RowInfo[], i: number, cols: number[]): boolean {
  // (Asked of every body row: most fail here, right under no total, before any text is read.)
  let k = i - 1;
  while (k >= 0 && rows[k].kind === 'blank') k--;
  if (k < 0 || rows[k].kind !== 'total') return false;
  // (Never a row of shares itself, "Persentase (%)" under the Jumlah, 100 in its Jumlah column.)
  if (SHARE_OF_TOTAL.test(rows[i].label.trim()) || RATE_OF_TOTAL.test(words(rows[i].label))) return false;
  const at = rows[i].row;
  const before = rows[k].row;
  const hundred = cols.filter((c) => {
    const v = view.numberAt(at, c);
    const p = view.numberAt(before, c);
    return v !== undefined && Math.abs(v - 100) < 0.005 && p !== undefined && p > 0 && p < 99.5;
  });
  if (hundred.length === 0) return false;
  // Its amounts (figures in the thousands: no rate, share or growth) each larger than the total's, one by a fifth at
  // least: a larger whole, not the total again.
  let larger = false;
  for (const c of cols) {
    if (hundred.includes(c)) continue;
    const v = view.numberAt(at, c);
    const p = view.numberAt(before, c);
    if (v === undefined || p === undefined || Math.abs(p) < 1000) continue;
    if (v <= p) return false;
    if (p > 0 && v >= 1.2 * p) larger = true;
  }
  return larger;
}

function outsideWhole(view: SheetView, rows: RowInfo[], i: number, summed: number[], amount: (x: RowInfo, c: number) => number | null): boolean {
  // Only a total naming its whole ("Total Pendapatan Daerah"): a plain "JUMLAH TOTAL" at twice its rows is a double count.
  if (PLAIN_TOTAL.test(stripMarker(clip(rows[i].label)))) return false;
  let k = i - 1;
  while (k >= 0 && rows[k].kind === 'blank') k--;
  if (k < 0 || rows[k].kind !== 'total') return false;
  const cols = summed.filter((c) => view.value(rows[i].row, c).kind === 'number');
  if (cols.length === 0) return false;
  const scopes = totalScopes(rows, i).filter((s) => s.terms.length > 0);
  if (scopes.length === 0) return false;
  return cols.every((c) => {
    const v = view.numberAt(rows[i].row, c) ?? 0;
    const before = rows[k].row;
    const prev = view.numberAt(before, c);
    if (prev === undefined || prev <= 0 || v < OUTSIDE_FACTOR * prev) return false;
    return scopes.every((s) => {
      let sum = 0;
      for (const t of s.terms) sum += amount(t, c) ?? 0;
      // (Twice a scope is its rows counted with their sub-totals, a slip, not another whole.)
      return sum > 0 && v >= OUTSIDE_FACTOR * sum && Math.abs(v - 2 * sum) > 0.005 * v;
    });
  });
}

/**
 * How far a sum of n shown figures may be from its stated total by rounding: half a unit (whole figures), or half a
 * unit of the total's shown decimals for each figure and the total (81,17 is no sum of 74 | 3,08 | 0,34 | 3,25 = 80,67).
 */
function shownRounding(v: NumberValue, n: number): number {
  return Number.isInteger(v.value) ? 0.5 : Math.min(0.5, half(v) * (n + 1));
}

/** Clears what buildHierarchy set, so that it can read the rows again after totals were settled. */
export function clearHierarchy(rows: RowInfo[]): void {
  for (const x of rows) {
    if (x.kind === 'continuation') continue;
    x.level = undefined;
    x.levelBy = undefined;
    if (x.kind === 'program' || x.kind === 'kegiatan' || x.kind === 'subkegiatan') x.kind = 'indicator';
    x.parent = undefined;
  }
}
