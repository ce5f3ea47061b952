/**
 * Finding tables on a sheet: header blocks (1–4 rows, merged, optionally ended by the
 * 1 2 3 … column-number row), the body below them, the title above and the footer below.
 */
import type { SheetView } from '../sheet';
import type { CellValue } from '../number';
import type { ColumnInfo, Scalar } from '../types';
import { isYearNumber, MONTHS, PERIOD_GROUP, periodIn, smallNumberLabel, words, yearHeader, yearsIn } from '../text';
import { NOTE_COLUMN, recogniseColumns, yearsDown } from './columns';
import { listMarker } from './markers';
import { PAGE_TOTAL } from './totals';

export interface HeaderBlock {
  top: number;
  /** Rows of the header, column-number row included. */
  rows: number;
  left: number;
  right: number;
  numberRow?: number;
}

export interface TableSpan extends HeaderBlock {
  bodyTop: number;
  /** Last body row (absolute); bodyTop - 1 when the table has no body. */
  bodyEnd: number;
  title: string[];
  footer: string[];
  /** Note lines inside the body, above its closing Jumlah ("Catatan: data sesuai KIB …"): no rows of it. */
  notes?: number[];
}

const HEADER_WORD =
  /\b(no|nomor|uraian|indikator|target|realisasi|capaian|rasio|anggaran|pagu|satuan|kode|program|kegiatan|tujuan|sasaran|jumlah|jml|total|ket|keterangan|kondisi|tahun|unit|lokasi|nama|jenis|golongan|status|rp|nilai|harga|sumber|baik|rusak|laki|perempuan|pria|wanita|definisi|formula|analisis|rencana|predikat|kinerja|pertumbuhan|rata|sisa|persentase|prosentase|bidang|urusan|prioritas|volume|output|outcome|dana|alokasi|selisih|fisik|keuangan|perolehan|buku|jabatan|pendidikan|agama|barang|aset|penanggung|penanggungjawab|opd|skpd|iku|ikk|nspk|awal|akhir|periode|strategi|kebijakan|semester|triwulan|uraian|kelompok|pd|pagu|belanja|pendapatan|pegawai|kecamatan|desa|wilayah|kab|kota|bulan|frekuensi|kepala|sub|sebelum|setelah|sesudah|perubahan|murni|semula|menjadi|lebih|kurang|bertambah|berkurang|bobot|tertimbang|harga|vol|sat|proyeksi|prakiraan|perkiraan|asumsi|lapangan|usaha|sektor|subsektor|kategori|komoditas|pdrb|adhb|adhk|tahap|tahapan)\b|%|\(rp\)/;
/** A column number, bare, in brackets, or with the column's formula: "5", "(3)", "5=3-4", "(6)=(4)/(3)x100". */
export const COLUMN_NO = /^\(?(\d{1,2})\)?(\s*=\s*[\d()\s+\-x×*/:.,%]+)?$/i;
/** A column number with a formula stated in words too ("6 = 3/Jumlah 3 x 100"): the number, the formula not read. */
export const WORDED_COLUMN_NO = /^\(?(\d{1,2})\)?\s*=\s*\S/;
/** A column-number cell stating only its formula over the others, "(2)/(4)x100", "3 - 2": numbered by its place. */
export const COLUMN_FORMULA = /^(?=[^a-wyz]*\d)(?=.*[+\-×*/:]|.*\dx|.*\)x)[\d()\s+\-x×*/:.,%]+$/i;
export const SEX = /^(l|p|lk|pr|laki2|pr\.|lk\.|l\s*\+\s*p)$/i;
/** The sexes' total as a sub-header: "L+P", "L + P", "Lk+Pr", "Laki-laki + Perempuan", "Laki-laki dan Perempuan". */
export const isBothSexes = (text: string): boolean => /^(l p|lk pr|laki laki perempuan|laki laki dan perempuan|l dan p)$/.test(words(text));
/** Sub-headers under a group that are no header words: quarters (I … IV, TW II), semesters, months. */
export const PERIOD_PART =
  /^((tw|triwulan|trw|sem|semester|q)\.?\s*)?(i|ii|iii|iv|[1-4])$|^(jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?$/i;
// (A word of its own: "Sumberejo", "Sumberjaya" are kecamatan.)
const FOOTER = /^((sumber|source)\b|keterangan\s*:|catatan\s*:|ket\s*:|\*\))/i;
/**
 * "Sumber" as a source note says so ("Sumber:", "Sumber data", "Sumber : BPS"); without that, only a line typed at the
 * table's left edge is one. "Sumber Daya Air dan Listrik" in the name column is a name's second line.
 */
const SOURCE_SAID = /^(sumber|source)\s*(data\s*)?(:|$)|^(sumber|source)\s+(data|diolah)\b/i;
/**
 * A note line typed alone under a table: "* angka sementara", "(**) …", "Catatan", "NB: …", "Data per …", "Diolah dari …",
 * a financial statement's "Catatan atas Laporan Keuangan merupakan bagian yang tidak terpisahkan dari laporan ini".
 */
// (And a grading scale's legend, "Kategori capaian: Sangat Baik (≥ 90%); Baik …", "Kriteria penilaian:": the table's.)
const NOTE_LINE =
  /^(\*|\(\*+\)|(keterangan|catatan|ket|nb)\s*([:.-]|$)|(data per|diolah dari|angka sementara|angka sangat sementara)\b|.*\bbagian (yang )?tidak terpisahkan\b|(kategori|kriteria|skala|interval|rentang)(\s+[a-z]+){0,2}\s*:)/i;
/** Where and when a document is signed: "Atambua, 15 Januari 2024", "Kupang,      Desember 2023". */
const PLACE_DATE = new RegExp(`^[a-z][a-z .'-]*,\\s*(\\d{1,2}\\s+)?(${MONTHS})\\s+\\d{4}\\b`, 'i');
/** The lines of a signature block: approval, office, name's rank, NIP. */
const SIGNATURE =
  /^(mengetahui|menyetujui|disetujui|diperiksa|dibuat oleh|kepala\b|plt\.?\s|plh\.?\s|a\.\s?n\.?\s|an\.\s|sekretaris\b|nip\b|pembina\b|penata\b|pihak (pertama|kedua)\b)/i;
const TITLE = /^(tabel|table|tbl\.?|gambar|grafik|lampiran)\s*[\dIVX]/i;
/** A printed page's furniture: its number ("Hal. 1 dari 2", "Halaman 2", "- 2 -", "Page 3 of 5") or a continuation title ("Tabel 3.4 (lanjutan)"). */
const PAGE_MARK = /^(hal(aman|\.)?\s*:?\s*\d+(\s*(dari|\/|of)\s*\d+)?|-\s*\d+\s*-|page\s+\d+(\s+of\s+\d+)?)$/i;
const CONTINUED = /\((lanjutan|sambungan|lanj\.?|continued)\)|\b(lanjutan|sambungan)\s*$|^(lanjutan|sambungan)\b|^\W*bersambung\b/i;
/** A total that closes a whole table (not a page's subtotal nor a carried line): after it, a repeated header is another table. */
const CLOSING_TOTAL = /^(jumlah|total|grand total|jumlah total|jumlah keseluruhan|total keseluruhan)\b/i;
const closesTable = (t: string) => CLOSING_TOTAL.test(t) && !PAGE_TOTAL.test(words(t));

const NO_LABEL = () => false;
/** A number that may be a printed page's: whole, 1 to 9999. */
const PAGE_NUMBER = (n: number) => n >= 1 && n <= 9999 && Number.isInteger(n);
/** A figure stated in a cell's text ("15%", "3,2 persen"): data, never a header's name for a column (a formula's "× 100%" is no figure). */
// (Not a weight in the column's formula: "Indeks = (80% x Kol.7) + (20% x Kol.8)".)
const STATES_FIGURE = /(?<![x×*]\s*[\d.,]*)\d\s*(%|persen\b)(?!\s*[x×*])/i;
/** A header's one figure that names a criterion, not a value: "Jumlah Layanan Tuntas 100%", "Bobot (100%)". */
const FULL_MARK = /^[^\d]*(?<![x×*]\s*)\b100\s*%[^\d]*$/i;
/** A cell stating a figure, as a row of prose or data does ("target 50% UMKM go digital"), not a criterion named so. */
const statesFigure = (text: string) => STATES_FIGURE.test(text) && !FULL_MARK.test(text);
const wordCount = (t: string) => t.trim().split(/\s+/).length;
/** Rows a merge starting in a row spans below it beyond which the row is body: a header is at most six rows deep. */
const BODY_MERGE_ROWS = 6;
/**
 * A body line's own words, never a header's: an item of a plan's outline by its number ("Tujuan 1: Meningkatnya …",
 * "Sasaran 2.1 …"), or a two-letter grade typed as a target ("BB" under "Target"; a lone "A" could be a column letter).
 */
const BODY_TEXT = /^((tujuan|sasaran|misi)\s*\d+(\.\d+)*\s*[:.)]|(aa|bb|cc)$)/i;

/** A row that is only page furniture: a page number, or a continuation title (a single text cell). */
export function isPageFurniture(view: SheetView, r: number, c0 = 0, c1 = view.colCount - 1): boolean {
  return furniture(view, r, c0, c1, loneText(view, r, c0, c1));
}

/** isPageFurniture, or a bare page number right above a repeated header, of table h's row r; its lone text read once (asked of every body row). */
export function isPageLine(view: SheetView, r: number, h: HeaderBlock | TableSpan): boolean {
  const text = loneText(view, r, h.left, h.right);
  return (
    furniture(view, r, h.left, h.right, text) ||
    numberAbove(view, r, h, text) ||
    (text === undefined && runningFoot(view, r, h)) ||
    (text !== undefined && 'title' in h && titleAgain(view, r, h, text))
  );
}

/**
 * A line of the table's own title printed again over the header repeated on the next page ("Tabel 2.9", "Anggaran dan
 * Realisasi Pendanaan …", "Tahun 2015 - 2019" over it again): the page's running head, no group of the rows.
 */
function titleAgain(view: SheetView, r: number, h: TableSpan, text: string): boolean {
  if (!h.title.length) return false;
  const own = words(text);
  if (!own || !h.title.some((t) => words(t) === own)) return false;
  for (let q = r + 1; q < Math.min(view.rowCount, r + 6); q++) {
    if (!view.rowHasContent(q, h.left, h.right)) continue;
    if (isRepeatOf(view, q, h)) return true;
    const lone = loneText(view, q, h.left, h.right);
    if (lone === undefined || !h.title.some((t) => words(t) === words(lone))) return false;
  }
  return false;
}

/** A chapter's page mark: "VI-2", "II.15", "IV - 3" (the Renstra's chapter and page). */
const CHAPTER_PAGE = /^[IVX]{1,4}\s*[-–.]\s*\d{1,3}$/;

/**
 * A printed page's running foot typed as a row: the document's name and, in a cell of its own, its page mark
 * ("Rencana Strategis Dinas Kesehatan | … | VI-2"), right above the header repeated on the next page. No row of figures.
 */
function runningFoot(view: SheetView, r: number, h: HeaderBlock): boolean {
  // (Asked of every body row with two cells or more: a stored amount, or a third cell, rules it out before any text.)
  if (view.hasPackedAmount(r, Math.max(0, h.left), h.right, PAGE_NUMBER)) return false;
  let filled = 0;
  const end = Math.min(h.right, view.lastCol(r));
  for (let c = Math.max(0, h.left); c <= end; c++) if (view.kindAt(r, c) !== 'empty' && !view.isCovered(r, c) && ++filled > 2) return false;
  const cells = rowCells(view, r, h.left, h.right);
  if (cells.length !== 2 || cells[0].numeric || !/\p{L}{3,}(\s+\p{L}{2,}){1,}/u.test(cells[0].text)) return false;
  const mark = cells[1].text.trim();
  if (!(CHAPTER_PAGE.test(mark) || PAGE_MARK.test(mark) || /^\d{1,4}$/.test(mark))) return false;
  const next = nextFilledRow(view, r, h);
  if (next !== undefined) return isRepeatOf(view, next, h);
  // (The last page's foot, nothing under it: by a chapter's or a page's mark only, never a bare number a total may hold.)
  return CHAPTER_PAGE.test(mark) || PAGE_MARK.test(mark);
}

/** The first row with content in table h's columns within three rows under r, if any. */
function nextFilledRow(view: SheetView, r: number, h: HeaderBlock): number | undefined {
  for (let q = r + 1; q < Math.min(view.rowCount, r + 4); q++) if (view.rowHasContent(q, h.left, h.right)) return q;
  return undefined;
}

function furniture(view: SheetView, r: number, c0: number, c1: number, text: string | undefined): boolean {
  if (text === undefined) return false;
  // A bare page number ("13", typed or pasted as a number) alone on its line between blank lines of a printed page.
  if (/^\d+$/.test(text)) return text.length <= 4 && besideBlank(view, r, c0, c1);
  return PAGE_MARK.test(text) || (text.length <= 120 && CONTINUED.test(text));
}

/**
 * The shown text of the one filled cell of row r within c0…c1 (a merge counted once), or undefined. Asked of every
 * body row: ruled out by a stored amount (looked for from the right, where a body row's amounts are; a whole number up
 * to 9999 may be a page's), else at the second filled cell, before any text is read.
 */
function loneText(view: SheetView, r: number, c0: number, c1: number): string | undefined {
  if (view.hasPackedAmount(r, Math.max(0, c0), c1, PAGE_NUMBER)) return undefined;
  let text: string | undefined;
  const end = Math.min(c1, view.lastCol(r));
  for (let c = Math.max(0, c0); c <= end; c++) {
    if (view.kindAt(r, c) === 'empty' || view.isCovered(r, c)) continue;
    if (text !== undefined) return undefined;
    text = view.shownText(r, c).trim();
  }
  return text;
}

/**
 * A bare page number right above the header repeated on the next printed page (no blank line between): page
 * furniture of table h, as isPageFurniture's between blank lines. `text` is the row's loneText.
 */
function numberAbove(view: SheetView, r: number, h: HeaderBlock, text: string | undefined): boolean {
  if (text === undefined || !/^\d{1,4}$/.test(text)) return false;
  // (Past the page's running head, a line of words alone: "Rencana Strategis Dinas Pendidikan …" over the header.)
  let heads = 0;
  for (let q = r + 1; q < Math.min(view.rowCount, r + 5); q++) {
    if (!view.rowHasContent(q, h.left, h.right)) continue;
    if (isRepeatOf(view, q, h)) return true;
    const lone = loneText(view, q, h.left, h.right);
    if (lone === undefined || /^\d/.test(lone) || ++heads > 2) return false;
  }
  return false;
}

/** The row above or below r is empty across the table's columns. */
function besideBlank(view: SheetView, r: number, c0: number, c1: number): boolean {
  return (r > 0 && !view.rowHasContent(r - 1, c0, c1)) || (r + 1 < view.rowCount && !view.rowHasContent(r + 1, c0, c1));
}

interface Cellish {
  c: number;
  text: string;
  /** Plain number that is not a year / a column number. */
  numeric: boolean;
  year: boolean;
  int: number | null;
}

/** A stored number that is data: rowCells' `numeric && !year` without building the cell. */
function isDataNumber(v: CellValue): boolean {
  if (v.kind !== 'number') return false;
  return !(isYearNumber(v.value) && (!v.unit || v.fromText));
}

/** isDataNumber(view.value(r, c)) without making a value for a packed number that is no year. */
function isDataNumberAt(view: SheetView, r: number, c: number): boolean {
  const n = view.numberAt(r, c);
  if (n === undefined) return false;
  // Only a year-like number needs its unit and origin.
  return isYearNumber(n) ? isDataNumber(view.value(r, c)) : true;
}

function rowCells(view: SheetView, r: number, c0 = 0, c1 = view.colCount - 1): Cellish[] {
  const out: Cellish[] = [];
  const end = Math.min(c1, view.lastCol(r));
  for (let c = Math.max(0, c0); c <= end; c++) {
    if (view.isCovered(r, c)) continue;
    const v = view.value(r, c);
    if (v.kind === 'empty') continue;
    const text = view.shownText(r, c);
    let numeric = false;
    let year = false;
    let int: number | null = null;
    // (A year typed as a date and shown yyyy: the year it shows. Days 3000 … 80000 are the years 1908 … 2119.)
    const dated = v.kind === 'number' && Number.isInteger(v.value) && v.value > 3000 && v.value < 80000 ? view.headerText(r, c) : undefined;
    if (dated !== undefined && isYearNumber(Number(dated))) {
      out.push({ c, text: dated, numeric: true, year: true, int: Number(dated) });
      continue;
    }
    if (v.kind === 'number') {
      numeric = true;
      if (Number.isInteger(v.value) && !v.unit) {
        int = v.value;
        if (isYearNumber(v.value)) year = true;
      } else if (v.fromText && v.unit && isYearNumber(v.value)) {
        // "Rp 2025", "Target 2025 %": a header naming a year, not an amount
        year = true;
      }
    } else if (v.kind === 'text' && yearHeader(text)) {
      // "TA 2021", "2022*)", "Th. 2023 (P)": a year with its decoration; "T-1 (2023) | T | T+1", "n+1": the budget
      // year and its neighbours (RKA, Renja prakiraan maju)
      year = true;
    }
    out.push({ c, text, numeric, year, int });
  }
  return out;
}

/** A table's title ("Tabel 2.1 …", "Lampiran III"), never a column header. */
export function isTitleText(text: string): boolean {
  return TITLE.test(text.trim());
}

/**
 * A header word a converter broke across two rows ("Realisa" over "si", "Angga" over "ran pada Tahun Ke-"): the
 * lower line starts in lower case and, glued to the last word above, makes a header word that word alone is not.
 */
export function continuesWord(above: string, below: string): boolean {
  const b = /^([a-z]+)/.exec(below.trim());
  const a = /([A-Za-z]+)$/.exec(above.trim());
  if (!a || !b || a[1].length < 2) return false;
  return HEADER_WORD.test(words(a[1] + b[1])) && !HEADER_WORD.test(words(a[1]));
}

/**
 * Row r holds only the rests of header words broken over the row above it ("asi dan Anggaran" under "Realis"): the
 * header goes on under it. A number or a text starting in capitals rules a body row out before any word is read.
 */
export function isBrokenWordsLine(view: SheetView, r: number, c0 = 0, c1 = view.lastCol(r)): boolean {
  if (r <= 0 || r >= view.rowCount) return false;
  const last = Math.min(c1, view.lastCol(r));
  if (view.hasPackedAmount(r, c0, last, NO_LABEL)) return false;
  let any = false;
  for (let c = c0; c <= last; c++) {
    const kind = view.kindAt(r, c);
    if (kind === 'empty' || view.isCovered(r, c)) continue;
    const t = view.shownText(r, c);
    if (!t) continue;
    const first = t.charCodeAt(0);
    if (kind === 'number' || first < 97 || first > 122 || !continuesWord(view.shownText(r - 1, c), t)) return false;
    any = true;
  }
  return any;
}

/** English header words of a bilingual or exported form ("Realisasi / Actual", "Achievement (%)", "Year"), in the Indonesian the rest reads. */
const ENGLISH = /\b(actual|realization|realisation|achievement|budget|year|performance indicator)\b/i;
const ENGLISH_WORDS: Record<string, string> = {
  actual: 'Realisasi',
  realization: 'Realisasi',
  realisation: 'Realisasi',
  achievement: 'Capaian',
  budget: 'Anggaran',
  year: 'Tahun',
  'performance indicator': 'Indikator Kinerja',
};
function english(text: string): string {
  if (!ENGLISH.test(text)) return text;
  return text.replace(new RegExp(ENGLISH.source, 'gi'), (w) => ENGLISH_WORDS[w.toLowerCase()] ?? w);
}

/**
 * Header shorthand spelled out for the role's words: "Real. Anggaran", "Real (Rp)" (a cell's first word), "Tgt",
 * "Trgt". Only for reading the header: the column keeps its own words for the messages.
 */
export function spelledOut(text: string): string {
  // A kode column split by tier, named short ("Kode ▸ Prog | Keg | Sub Keg"): the tiers' names.
  const tier = /^\s*(sub ?keg|keg|prog)\.?\s*$/i.exec(text);
  if (tier) return /^sub/i.test(tier[1]) ? 'Sub Kegiatan' : /^keg/i.test(tier[1]) ? 'Kegiatan' : 'Program';
  const typed = english(withoutSlips(text));
  if (!/\b(real|tgt|trgt)\b/i.test(typed)) return typed;
  return typed.replace(/\b(tgt|trgt)\b\.?/gi, 'Target').replace(/\breal\.|^\s*real\b(?=\s*\S)/i, 'Realisasi');
}

/** The words a header is read by, as typed with one slip: "Anggarn", "Jumlh", "Realisas i", "Taregt". */
const KEY_WORDS = ['anggaran', 'realisasi', 'jumlah', 'target', 'capaian', 'kegiatan', 'program', 'indikator', 'pertumbuhan', 'keterangan'];
const KEY_SET = new Set(KEY_WORDS);

function withoutSlips(text: string): string {
  // (Most headers name their words right: a cell holding one of them whole is left as it is, at no cost.)
  if (text.length > 80 || !/\p{L}{4}/u.test(text)) return text;
  return text.replace(/\p{L}{4,}(?: \p{L}\b)?/gu, (w) => {
    const lw = w.toLowerCase();
    if (KEY_SET.has(lw)) return w;
    const joined = lw.replace(' ', '');
    if (KEY_SET.has(joined)) return joined;
    const one = lw.split(' ')[0];
    if (one.length < 5) return w;
    const key = KEY_WORDS.find((k) => oneSlip(one, k));
    return key ? key + w.slice(one.length) : w;
  });
}

/** Whether a is b with one letter dropped, added or changed, or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

export function isKeyword(text: string): boolean {
  return HEADER_WORD.test(words(spelledOut(text))) || /\(\s*\d+\s*[+\-x×:/]\s*\d+/.test(text) || UNIT_IN_BRACKETS.test(text);
}

/** Units of things counted or measured, as a header writes them: "Ha", "Orang", "Unit", "Dokumen". */
const THING_UNITS = 'ha|hektar|ton|kuintal|ku|kg|jiwa|orang|ekor|km2?|km²|m2?|m3|unit|buah|kk|rt|liter|paket|dokumen|dok|kegiatan';
/** The units a header writes in brackets: "(Ha)", "(Rp Juta)", "(%)", "(Ton/Ha)", "(Dokumen)". */
const UNITS = `${THING_UNITS}|persen|rp[^)]*|rupiah[^)]*|(ribu|ribuan|juta|jutaan|miliar|milyar|triliun)\\s+(rupiah|rp)|%|ton\\s*\\/\\s*ha|ku\\s*\\/\\s*ha`;
/** A cell that is a unit alone, in brackets: "(Rp)", "(%)", "(Unit)" (a bare "Rp" or "%" names a column of its own). */
export const UNIT_ONLY = new RegExp(`^\\(\\s*(${UNITS})\\s*\\)$`, 'i');
/** A cell holding a unit sign alone: "%", "Rp", "Rp.", "persen" (the figure beside it in a cell of its own). */
export const UNIT_SIGN = /^(%|rp\.?|persen)$/i;
/** A column's unit in brackets ("Luas Panen (Ha)", "Produksi (Ton)", "Populasi (ekor)"): a header names its columns so. */
const UNIT_IN_BRACKETS = new RegExp(`\\(\\s*(${UNITS})\\s*\\)`, 'i');

/** A count's unit written bare ("orang", "Unit", "Ha"); not "Rp" or "%", which name columns of their own ("K | Rp"). */
const BARE_UNIT = new RegExp(`^(${THING_UNITS}|org|bh)$`, 'i');

/**
 * A row of units in brackets only ("(%)", "(Rp) | (Rp) | (%)"): a header's units row. So is a row of two bare
 * units or more ("orang | orang | orang" under a one-row header): a row of data holds figures, not its units alone.
 */
export function isUnitsRow(view: SheetView, r: number, left: number, right: number): boolean {
  const cells = rowCells(view, r, left, right);
  return cells.length > 0 && (cells.every((x) => UNIT_ONLY.test(x.text.trim())) || (cells.length >= 2 && cells.every((x) => BARE_UNIT.test(x.text.trim()))));
}

/** First row of a header: several short text cells, most of them header words, no data numbers. */
export function isHeaderStart(view: SheetView, r: number, c0 = 0, c1 = view.colCount - 1): boolean {
  // Called on every body row while scanning: a data number rules the row out before any text work.
  const last = Math.min(c1, view.lastCol(r));
  // Numbers stored as such first, without reading the row's text.
  if (view.hasPackedAmount(r, c0, last, isYearNumber)) return false;
  for (let c = c0; c <= last; c++) if (isDataNumberAt(view, r, c) && !view.isCovered(r, c)) return false;
  const cells = rowCells(view, r, c0, c1);
  if (cells.length < 2) return false;
  if (cells.some((x) => x.numeric && !x.year)) return false;
  if (loneCells(view, r, cells)) return false;
  // "Tabel 2.1 …" is a title, even merged over its table and side by side with another.
  if (cells.some((x) => isTitleText(x.text))) return false;
  // "VI | 1.06 Bidang Sosial | … | Dinas Sosial": a marker and a name opening a block of the body, whatever header words
  // the name holds.
  if (isBodyHeading(cells, cells[0].c)) return false;
  // Two titles side by side ("PERJANJIAN KINERJA TAHUN 2025" beside "LAPORAN REALISASI ANGGARAN"): lines in capitals of
  // three words or more, nothing else on the row. (A header's capitals come with short names: NO, URAIAN.)
  if (cells.length <= 2 && cells.every((x) => !/[a-z]/.test(x.text) && /[A-Z]/.test(x.text) && wordCount(x.text) >= 3)) return false;
  if (titlesSideBySide(view, r, cells)) return false;
  // "Kepala Dinas Pertanian, | Kepala Bidang Tanaman Pangan,": the signatories' titles side by side.
  if (cells.every((x) => SIGNATURE.test(x.text.trim()) || /,\s*$/.test(x.text))) return false;
  // A header names its columns; it never states a figure ("target 50% UMKM go digital").
  if (cells.some((x) => statesFigure(x.text))) return false;
  // Years are header words too: a one-row header "No | Golongan | 2019 | … | 2023" names its columns
  // by year alone. One word besides the years keeps a row of bare years (a chart's data) out.
  const kw = cells.filter((x) => isKeyword(x.text)).length;
  // (And a plan's years by their place in it: "Th-1", "Tahun ke-1".)
  const years = cells.filter((x) => (x.year || periodIn(x.text) !== undefined) && !isKeyword(x.text)).length;
  const lens = cells.map((x) => x.text.length).sort((a, b) => a - b);
  // Long cells are prose, unless nearly every one names a column: the Permendagri 86 forms' own headers
  // ("Target Kinerja dan Anggaran Renja PD Tahun Berjalan yang Dievaluasi (2024)"), typed out in full.
  if (lens[Math.floor(lens.length / 2)] > 45 && !(cells.length >= 3 && kw >= 0.8 * cells.length && lens[lens.length - 1] <= 200)) return false;
  // ("L | P | L + P" beside the names: the sexes and their total, a one-row header's words too.)
  const sexCells = cells.filter((x) => SEX.test(x.text.trim()) && !isKeyword(x.text)).length;
  const named = kw + years + (sexCells >= 2 ? sexCells : 0);
  if (kw >= 1 && named >= 2 && named / cells.length >= 0.5) return true;
  // Named in the words of its subject ("No | Puskesmas | Lahir Hidup | Kematian Bayi"): a header by its
  // shape, a No column over rows counted from 1 that carry figures; or categories closed by a Jumlah column
  // that the rows below bear out ("Unit Kerja | SD | SMP | SMA | Jumlah"); or groups split into L | P below.
  // Or numbered below it (the column-number row "1 | 2" under "Fungsi | Belanja 2022").
  return (
    countedBelow(view, r, cells) ||
    totalledBelow(view, r, cells) ||
    closedBelow(view, r, cells) ||
    sexesBelow(view, r, cells) ||
    yearsAcross(view, r, cells) ||
    (kw >= 1 && r + 1 < view.rowCount && isNumberRow(view, r + 1, cells[0].c, cells[cells.length - 1].c))
  );
}

/**
 * Two tables' titles side by side, no header: lines of four words or more, each apart from the next by an empty column,
 * one of them at least merged across its table ("Realisasi Anggaran per Program Tahun 2024" over each; the other maybe
 * typed in one cell); or lines each merged across its own table, a column empty under the gap between them ("Tahun
 * 2023" | "Tahun 2019"). (A header's group over its years comes with names merged down beside it: No, Uraian.)
 */
function titlesSideBySide(view: SheetView, r: number, cells: Cellish[]): boolean {
  if (cells.length < 2 || runsOf(view, r, cells).length !== cells.length) return false;
  if (cells.length <= 3 && cells.some((x) => titleLine(view, r, x.c, x.text)) && cells.every((x) => wordCount(x.text) >= 4)) return true;
  const spans = cells.map((x) => view.mergeAt(r, x.c));
  if (spans.some((m) => !m || m.r0 !== r || m.r1 !== r || m.c1 - m.c0 < 2)) return false;
  return spans.slice(1).every((_, i) => columnEmpty(view, spans[i]!.c1 + 1, r, Math.min(view.rowCount - 1, r + 2)));
}

function titleLine(view: SheetView, r: number, c: number, text: string): boolean {
  const m = view.mergeAt(r, c);
  if (!m || m.r0 !== r || m.r1 !== r || m.c1 - m.c0 < 2 || wordCount(text) < 4) return false;
  // (Over years alone it is a group of its table's header, "Rasio Capaian pada Tahun Ke-" over 2016 … 2020: a title
  // stands over a table's names, No and Uraian.)
  const below = r + 1 < view.rowCount ? rowCells(view, r + 1, m.c0, m.c1) : [];
  return !(below.length >= 2 && below.every((x) => x.year || periodIn(x.text) !== undefined || smallNumberLabel(x.text) !== null));
}

/**
 * One name over a run of consecutive years ("Komponen | 2020 | … | 2024"), over rows each named in that column with
 * figures under most of the years: a series by year (a Bab II table of IPM components, say), whatever its first
 * column is called.
 */
function yearsAcross(view: SheetView, r: number, cells: Cellish[]): boolean {
  if (cells.length < 4 || cells[0].year || !isName(cells[0])) return false;
  const years = cells.slice(1);
  const yearOf = (x: Cellish) => x.int ?? Number(/\b(1[89]|20)\d\d\b/.exec(x.text)?.[0]);
  for (let i = 0; i < years.length; i++) if (!years[i].year || yearOf(years[i]) !== yearOf(years[0]) + i) return false;
  let named = 0;
  for (let below = r + 1; below <= r + 2 && below < view.rowCount; below++) {
    if (view.value(below, cells[0].c).kind !== 'text') return false;
    const figures = years.filter((y) => view.value(below, y.c).kind === 'number').length;
    if (figures * 2 < years.length) return false;
    named++;
  }
  return named === 2;
}

/** Short names, none of them a figure or a sentence: the column names of a count table. */
const isName = (x: Cellish) => !x.numeric && x.text.length <= 40 && !/[.:;]\s*$/.test(x.text.trim());

/**
 * A row of category names closed by "Jumlah" / "Total", over rows each named in the first column whose Jumlah is
 * the sum of the figures between (at least two rows, all but one in five): a Tabel 2.x count table that has no No column and
 * names its columns by category alone (Golongan I … IV, SD | SMP | SMA, Puskesmas | Pustu | Posyandu).
 */
function totalledBelow(view: SheetView, r: number, cells: Cellish[]): boolean {
  // Two such tables side by side (Golongan | Pendidikan) are two runs of cells with an empty column between.
  return runsOf(view, r, cells).some((run) => runTotalledBelow(view, r, run));
}

/** The last column a cell covers on its row: its merge's, else its own. */
function spanEnd(view: SheetView, r: number, c: number): number {
  return view.mergeAt(r, c)?.c1 ?? c;
}

/** A row's cells in runs with no empty column between them (side-by-side tables, titles apart). */
function runsOf(view: SheetView, r: number, cells: Cellish[]): Cellish[][] {
  const runs: Cellish[][] = [];
  let end = -Infinity;
  for (const x of cells) {
    const run = runs[runs.length - 1];
    if (run && x.c - end <= 1) run.push(x);
    else runs.push([x]);
    end = spanEnd(view, r, x.c);
  }
  return runs;
}

function runTotalledBelow(view: SheetView, r: number, all: Cellish[]): boolean {
  // (A remarks column after the Jumlah is no category: "… | Jumlah | Keterangan".)
  const cells = all.length > 1 && NOTE_COLUMN.test(words(all[all.length - 1].text)) ? all.slice(0, -1) : all;
  const last = cells[cells.length - 1];
  if (cells.length < 4 || !/^(jumlah|total|jml)\b/i.test(last.text.trim()) || !cells.every(isName)) return false;
  const label = cells[0].c;
  const parts = cells.slice(1, -1).map((x) => x.c);
  let held = 0;
  let rows = 0;
  for (let k = r + 1; k < view.rowCount && k <= r + 40 && rows < 12; k++) {
    if (!view.rowHasContent(k, label, last.c)) break;
    // Each row named in the first column; by its year where the years run down the rows ("Tahun | Praya | … | Jumlah").
    const key = view.value(k, label);
    if (key.kind !== 'text' && !(key.kind === 'number' && isYearNumber(key.value))) return false;
    const total = view.numberAt(k, last.c);
    // (A Jumlah row repeats its rows' evidence, a slip in one of them included.)
    if (total === undefined || (key.kind === 'text' && /^(jumlah|total|jml)\b/i.test(key.text.trim()))) continue;
    rows++;
    let sum = 0;
    for (const c of parts) sum += view.numberAt(k, c) ?? 0;
    if (Math.abs(sum - total) <= 0.5 + 1e-9 * Math.abs(total)) held++;
  }
  return held >= 2 && rows - held <= Math.max(1, 0.2 * rows);
}

/**
 * Names over rows of a name and figures that a Jumlah row closes, its figures their sums ("Kecamatan / Desa | Dusun | RW |
 * RT" over the desa and "Jumlah Kec. Dlingo"): a header by what its rows bear out, whatever the columns are called.
 */
function closedBelow(view: SheetView, r: number, cells: Cellish[]): boolean {
  if (cells.length < 3 || !cells.every(isName)) return false;
  const label = cells[0].c;
  const cols = cells.slice(1).map((x) => x.c);
  const sums = cols.map(() => 0);
  let rows = 0;
  for (let k = r + 1; k < view.rowCount && k <= r + 60; k++) {
    const key = view.value(k, label);
    if (key.kind === 'empty' && !view.rowHasContent(k, label, cols[cols.length - 1])) return false;
    if (key.kind !== 'text') return false;
    const figures = cols.map((c) => view.numberAt(k, c));
    if (/^(jumlah|total|jml)\b/i.test(key.text.trim())) {
      const agree = figures.filter((v, i) => v !== undefined && Math.abs(v - sums[i]) <= 0.5 + 1e-9 * Math.abs(v)).length;
      return rows >= 2 && agree >= 2 && agree >= cols.length - 1;
    }
    // (A group's name alone, "Dlingo" over its desa: no figures.)
    if (figures.every((v) => v === undefined)) continue;
    rows++;
    figures.forEach((v, i) => (sums[i] += v ?? 0));
  }
  return false;
}

/** Group names over a row of L | P alone (merged over their pairs): a header, whatever the groups are called. */
function sexesBelow(view: SheetView, r: number, cells: Cellish[]): boolean {
  if (cells.length < 3 || !cells.every(isName) || r + 1 >= view.rowCount) return false;
  const below = rowCells(view, r + 1, cells[0].c, cells[cells.length - 1].c + 1);
  // (Their total beside them, "L | P | Total", "L | P | Jumlah", is of the split too.)
  const sexes = below.filter((x) => SEX.test(x.text.trim())).length;
  return (
    below.length >= 3 &&
    sexes >= 2 &&
    below.every((x) => SEX.test(x.text.trim()) || /^(jumlah|jml|total)$/.test(words(x.text))) &&
    cells.some((x) => spanEnd(view, r, x.c) > x.c)
  );
}

/** A header naming a running number: "No", "No.", "Nomor", "No Urut", "No. Responden", "Responden", "Nomor Sampel". */
export function isNoHeader(text: string): boolean {
  // (A road's or an irrigation area's number, "No. Ruas" "001", "No. D.I.": the rows' own numbers.)
  return /^(no|nomor|no urut|nomor urut|nmr|nomer)( (responden|resp|sampel|kuesioner|angket|ruas( jalan)?|d i))?$|^responden$/.test(words(text));
}

/** The number of a group heading above rows counted 1, 2 …: a roman numeral or a capital letter. */
const OUTER_MARK = /^([IVX]{1,4}|[A-H])[.)]?$/;

/**
 * The row starts with a "No" cell, over a row numbered 1 that carries a figure: right below, or below the
 * rows its No cell is merged down over (the rest of a multi-row header).
 */
function countedBelow(view: SheetView, r: number, cells: Cellish[]): boolean {
  if (cells.length < 3 || !isNoHeader(cells[0].text)) return false;
  const c = cells[0].c;
  for (let k = 1; k <= 3 && r + k < view.rowCount; k++) {
    const below = r + k;
    const figures = rowCells(view, below).filter((x) => x.numeric);
    // A row under the No cell's merge is the header's own: names only ("Jumlah | AKB"), no figures.
    if (view.isCovered(below, c)) {
      if (figures.length) return false;
      continue;
    }
    // The column-number row "(1) (2) …", and a group heading with no No and no figures ("Kecamatan Selong").
    if (isNumberRow(view, below, cells[0].c, cells[cells.length - 1].c)) continue;
    const first = view.value(below, c);
    if (first.kind === 'empty' && !figures.length) continue;
    // A group heading numbered a level above the rows ("I | Wilayah Utara", "A. | Kecamatan Selong"), no figures.
    if (first.kind === 'text' && !figures.length && OUTER_MARK.test(first.text.trim())) continue;
    // The table's total put first, under the header ("Total | 1 | 7 | 15 …" over the rows numbered 1, 2 …), its label
    // typed in the No column too ("JUMLAH | | 106 | 30 …"), a blank line between or not.
    const totalLabel = first.kind === 'empty' || (first.kind === 'text' && closesTable(first.text.trim()));
    if (totalLabel && figures.length && rowCells(view, below).some((x) => !x.numeric && closesTable(x.text.trim()))) continue;
    if (first.kind !== 'number' || first.value !== 1) return false;
    return figures.some((x) => x.c !== c && !x.year);
  }
  return false;
}

/**
 * Cells standing alone, each with empty columns on both sides: the titles of two tables side by
 * side ("Jumlah Pegawai" over each), not one header row, whose cells touch or share merges.
 */
function loneCells(view: SheetView, r: number, cells: Cellish[]): boolean {
  let end = -Infinity;
  for (const x of cells) {
    if (x.c - end <= 2) return false;
    end = spanEnd(view, r, x.c);
  }
  return true;
}

/** The 1 2 3 … row: consecutive integers left to right over most of the header's columns. */
// (With the column's formula in letters, as COLUMN_NO's in numbers: "(f)=(e)/(d)x100", "(c)=(d)+(e)+(f)".)
const COLUMN_LETTER = /^\(?([A-Za-z])\)?(\s*=\s*[A-Za-z\d()\s+\-×*/:.,%]+)?$/;

export function isNumberRow(view: SheetView, r: number, left: number, right: number): boolean {
  // Cell by cell rather than through rowCells: called on every body row (isRepeatOf), and a
  // body row fails on its first cell or two.
  let count = 0;
  let repeats = 0;
  let prev: number | null = null;
  let lettered = false;
  for (let c = Math.max(0, left); c <= right; c++) {
    if (view.isCovered(r, c)) continue;
    const v = view.value(r, c);
    if (v.kind === 'empty') continue;
    const text = view.shownText(r, c);
    // "(3)" is a column number here, not accounting-style −3; "5=3-4" states the column's formula.
    const m = COLUMN_NO.exec(text.trim()) ?? WORDED_COLUMN_NO.exec(text.trim());
    // (Or lettered: "A B C …", "(a) (b) (c) …", one scheme across the row.)
    const letter = m || v.kind === 'number' ? null : COLUMN_LETTER.exec(text.trim());
    // (A hidden helper column filled down over the header, =VLOOKUP(…) giving #N/A there, is no column of the print:
    // its cell is passed over where it is no column number.)
    const helper = !m && !letter && v.kind !== 'number' && view.isHiddenCol(c);
    if (helper) continue;
    if (count > 0 && !!letter !== lettered) return false;
    lettered = !!letter;
    const n: number | null = m
      ? Number(m[1])
      : letter
        ? letter[1].toUpperCase().charCodeAt(0) - 64
        : v.kind === 'number' && Number.isInteger(v.value) && !v.unit
          ? v.value
          : prev !== null && !lettered && COLUMN_FORMULA.test(text.trim())
            ? prev + 1
            : null;
    if (n === null) return false;
    // 2025 2026 … 2029 under "Target Kinerja" are the years: columns are numbered from 1, not from a year.
    if (prev === null && isYearNumber(n)) return false;
    // ("6 6 7 7 …": a K | Rp pair's number typed in both cells, unmerged.)
    if (prev !== null && n !== prev + 1 && !(n === prev && repeats++ < count)) return false;
    prev = n;
    count++;
  }
  // Of the columns the header above names (empty spacer columns between Uraian and the figures are none of them).
  let named = 0;
  for (let c = Math.max(0, left); c <= right; c++) if (r > 0 && (view.isCovered(r - 1, c) || view.value(r - 1, c).kind !== 'empty')) named++;
  const span = r > 0 && named > 0 ? named : right - left + 1;
  // A table of two columns ("Fungsi | 2022") numbers them 1 | 2: two numbers are the whole row there.
  if (count === 2 && repeats === 0 && prev === 2 && span === 2) return true;
  return count >= 3 && count - repeats >= 3 && count >= Math.max(3, Math.ceil(span * 0.5));
}

/** The widest run of years one header names (a Renstra's five, an RPJPD's twenty, a series of a few decades). */
const YEAR_SPAN = 30;

const DOTTED_CODE = /^\d{1,3}(\.\d{1,4}){2,}$/;

function isSubHeaderRow(view: SheetView, r: number, left: number, right: number, inMerge: boolean, groupAbove: boolean): boolean {
  let cells = rowCells(view, r, left, right);
  if (cells.length < 1) return false;
  // A row of units in brackets under the names ("(Rp) | (Rp) | (%)", "(Unit)", a lone "(%)"), each under a named column.
  if (isUnitsRow(view, r, left, right) && cells.every((x) => view.shownText(r - 1, x.c).trim() !== '')) return true;
  // Merged header cells unmerged and filled ("Indikator Kinerja …" typed again under itself, "Target Renstra" over each
  // year): the cells repeating the header text above them are that header's; the row is judged by the rest, as inside
  // a vertical merge.
  // So are the rests of header words broken across the two rows ("Realisa" over "si").
  // (And a phrase broken after its joiner: "Golongan /" over "Ruang", "Program dan" over "Kegiatan".)
  const own = cells.filter((x) => {
    const above = view.shownText(r - 1, x.c).trim();
    return x.numeric || (x.text.trim() !== above && !continuesWord(above, x.text) && !(JOINER_END.test(above) && !BODY_TEXT.test(x.text.trim())));
  });
  if (own.length < cells.length) {
    if (!own.length) return true;
    cells = own;
    inMerge = true;
  }
  // (A code of three parts or more, "2.16.01.2.01.0006 | Sub Kegiatan: …" right under the header: a body row.)
  if (cells.some((x) => (x.numeric && !x.year) || BODY_TEXT.test(x.text.trim()) || DOTTED_CODE.test(x.text.trim()))) return false;
  // Years a century apart are amounts that look like years ("Program … | 2000 | 2100" in Rp juta), no year row.
  const years = cells.filter((x) => x.year && x.int !== null).map((x) => x.int as number);
  if (years.length >= 2 && Math.max(...years) - Math.min(...years) > YEAR_SPAN) return false;
  // A cell merged down over many rows from here (a Tujuan beside all its programs) is the body's, not a header's.
  if (
    cells.some((x) => {
      const m = view.mergeAt(r, x.c);
      return m !== undefined && m.r0 === r && m.r1 - r >= BODY_MERGE_ROWS;
    })
  )
    return false;
  // Long cells are prose, except a header word's form text under the header's group ("Kondisi Kinerja pada Akhir
  // Periode Renstra Perangkat Daerah (2029)" under "Target Kinerja Program dan Kerangka Pendanaan").
  if (cells.some((x) => x.text.length > ((inMerge || groupAbove) && isKeyword(x.text) ? 160 : 60))) return false;
  if (isBodyHeading(cells, left)) return false;
  // Under a merged group, L / P (laki-laki / perempuan) are the usual sub-headers.
  // A word broken onto the row below ("Peruba" over "han") is as good as the word.
  const good = cells.filter(
    (x) =>
      x.year ||
      isKeyword(x.text) ||
      ((groupAbove || inMerge) && (SEX.test(x.text.trim()) || PERIOD_PART.test(x.text.trim()))) ||
      continuesWord(x.text, view.shownText(r + 1, x.c)),
  ).length;
  // Inside the header's vertical merges one named cell is enough; under a merged group the
  // children come at least in pairs (a lone text there is a body heading).
  if (inMerge) return good >= 1 || (cells.length >= 2 && (cells.every(isShortName) || splitsGroupAbove(view, r, cells)));
  if (groupAbove) return cells.length >= 2 && (good >= 1 || splitsGroupAbove(view, r, cells));
  // Without a merge or a group above, a data row is no sub-header for a header word inside its
  // phrases ("Persentase koperasi sehat", "15% pada tahun 2029"): header names are short and state no figure.
  if (cells.length >= 2 && good / cells.length >= 0.5 && !cells.some((x) => statesFigure(x.text) || wordCount(x.text) > 4)) return true;
  // "Pendidikan" typed over SD | SMP | SMA … without a merge: short names under the empty cells to the right
  // of a header cell (codes, not header words: the layout is the evidence).
  // The first of them may sit under the label itself.
  // Several such groups side by side ("SD" over Negeri | Swasta | Jumlah, then "SMP" over the same), each first
  // name under its group's label: every name sits under a group typed without a merge.
  // (Names of a few words are as good here: "Lahan Sawah | Lahan Pertanian Bukan Sawah | TOTAL" under "Penggunaan Lahan".)
  const named = (x: Cellish) => isShortName(x) || SEX.test(x.text.trim()) || (isName(x) && wordCount(x.text) <= 5 && !/\d/.test(x.text));
  if (cells.length < 3 || !cells.every(named)) return false;
  const under = (x: Cellish) =>
    view.shownText(r - 1, x.c) ? !view.shownText(r - 1, x.c + 1) && cells.some((y) => y.c === x.c + 1) : groupLabelLeftOf(view, r - 1, x.c, left);
  return cells.filter(under).length >= cells.length - 1;
}

/**
 * "Sasaran" merged over "Harus Dilayani | Terlayani | Belum Terlayani": every cell names a part of a group
 * merged across columns just above it, so the row is that group's sub-header whatever its words.
 */
function splitsGroupAbove(view: SheetView, r: number, cells: Cellish[]): boolean {
  return cells.every((x) => {
    const m = view.mergeAt(r - 1, x.c);
    return m !== undefined && m.r1 === r - 1 && m.c1 > m.c0 && x.text.trim().length <= 40;
  });
}

/** SD, SLTP, D-III, S-1, IV/b, II.b, PNS, THL: a category's short name, no number, no sentence. */
function isShortName(x: Cellish): boolean {
  const t = x.text.trim();
  return !x.numeric && t.length > 0 && t.length <= 12 && !/\s\S+\s/.test(t);
}

/** A header text in row r at or left of c, with only empty cells between: the group label typed without a merge. */
function groupLabelLeftOf(view: SheetView, r: number, c: number, left: number): boolean {
  for (let cc = c - 1; cc >= left; cc--) if (view.shownText(r, cc)) return true;
  return false;
}

/**
 * "I | BELANJA LANGSUNG", "A | Program Pelayanan …", "1. | Sasaran …": an outline marker in the table's first
 * column and one name beside it is the body's first heading, whatever header words the name holds. Sub-headers
 * sit under the header's groups and leave the No column empty.
 */
function isBodyHeading(cells: Cellish[], left: number): boolean {
  // (A text merged across the figure columns is one cell: "A | Bidang Pendidikan | PD: Dinas Pendidikan" over D:J.)
  cells = cells.filter((x, i) => i === 0 || x.text !== cells[i - 1].text || x.c !== cells[i - 1].c + 1);
  // (Its code between, in a Kode Rekening column: "I | 1.01.01 | PROGRAM PENUNJANG …".)
  if (cells.length === 3 && /^\d{1,2}(\.\d{1,4}){1,6}$/.test(cells[1].text.trim())) cells = [cells[0], cells[2]];
  // (Or the office or place it is for, to the right: "I | Bidang Pendidikan | … | Dinas Pendidikan", "I | Bidang Pendidikan |
  // Dinas Pendidikan" — words, no unit or marker.)
  else if (cells.length === 3 && !cells[2].numeric && !cells[2].year && /\p{L}{3}/u.test(cells[2].text) && !listMarker(cells[2].text.trim(), true))
    cells = [cells[0], cells[1]];
  if (cells.length !== 2 || cells[0].c !== left || cells[0].numeric) return false;
  const [mark, name] = [cells[0].text.trim(), cells[1].text.trim()];
  // "L | P", "I | II" under a group are sub-headers: two markers, no name.
  if (name.length < 4 || listMarker(name, true)) return false;
  return listMarker(mark, true) !== null;
}

/** The cells of row r within [left, right], and those joining that span on either side with no empty column between. */
function joinedTo(view: SheetView, r: number, cells: Cellish[], left: number, right: number): Cellish[] {
  const typed = (c: number) => view.isCovered(r, c) || view.value(r, c).kind !== 'empty';
  // (An empty header cell over a column of bare unit signs, "40,00 | % | 36,00 | %" as a Word table leaves it, joins the
  // headed cells on either side: the figures' unit, no gap between two tables.)
  const filled = (c: number) => typed(c) || (c >= left && c <= right) || (typed(c + 1) && unitSignsBelow(view, r, c));
  let lo = left;
  while (lo > 0 && filled(lo - 1)) lo--;
  let hi = right;
  const last = view.lastCol(r);
  while (hi < last && filled(hi + 1)) hi++;
  return cells.filter((x) => x.c >= lo && x.c <= hi);
}

/**
 * The next rows' filled cells in column c, below header row r, are bare unit signs ("%", "Rp"), two or more. (And the
 * column's own number once, "(6)", where the column-number row numbers it too.)
 */
function unitSignsBelow(view: SheetView, r: number, c: number): boolean {
  let signs = 0;
  let numbered = false;
  for (let q = r + 1; q < Math.min(view.rowCount, r + 13); q++) {
    const t = view.shownText(q, c).trim();
    if (!t) continue;
    if (!numbered && signs === 0 && /^\(?\d{1,2}\)?$/.test(t)) numbered = true;
    else if (UNIT_SIGN.test(t)) signs++;
    else return false;
  }
  return signs >= 2;
}

/** A header phrase that goes on in the row below: it ends in a joiner ("Golongan /", "Program dan", "Realisasi -"). */
const JOINER_END = /(\/|&|,|-|\bdan|\batau)$/i;

/** A notes block's heading: "Catatan", "NB", or any words ending in a colon ("Keterangan:"); a "Ket." column has none. */
const NOTE_HEAD = /^(catatan|note|notes|nb)\s*[:.]?\s*$|:\s*$/i;

/** A line of a notes list beside a table: "1. Data bersumber dari SIPD", "- Angka sementara" (a marker, then words). */
const NOTE_LIST_LINE = /^(\d{1,2}[.)]|[-–•*]|[a-z][.)])\s+\S+(\s+\S+){2,}/i;

/**
 * The row's cells up to an empty, uncovered column after which a notes block starts: its heading ("Catatan:"), one
 * of its lines, or a line under a heading a few rows above.
 */
function withoutNotes(view: SheetView, r: number, cells: Cellish[]): Cellish[] {
  const headed = (c: number) => {
    for (let q = r - 1; q >= Math.max(0, r - 4); q--) if (NOTE_HEAD.test(view.shownText(q, c).trim())) return true;
    return false;
  };
  for (let i = 1; i < cells.length; i++) {
    const prev = cells[i - 1];
    const end = spanEnd(view, r, prev.c);
    const t = cells[i].text.trim();
    if (cells[i].c > end + 1 && (NOTE_HEAD.test(t) || NOTE_LIST_LINE.test(t) || headed(cells[i].c))) return cells.slice(0, i);
  }
  return cells;
}

/** Grows a header from its first row: rows inside its vertical merges, sub-headers, years, the number row. */
export function extendHeader(view: SheetView, top: number, c0 = 0, c1 = view.colCount - 1): HeaderBlock {
  let left = Infinity;
  let right = -Infinity;
  let mergeBottom = top;
  const widen = (r: number, joined = false) => {
    let cells = rowCells(view, r, c0, c1);
    // A notes block beside the table, its first line on the header row ("Keterangan:", "Catatan:") past an empty
    // column: no column of the table (its lines would break the column-number row and become a column).
    if (r === top) cells = withoutNotes(view, r, cells);
    // A row below the first widens the header only with the cells that join its span without an empty column
    // between: a second table beside this one, its header a row lower, is not this header's (it is found on its own).
    if (joined) cells = joinedTo(view, r, cells, left, right);
    for (const x of cells) {
      const m = view.mergeAt(r, x.c);
      left = Math.min(left, x.c);
      right = Math.max(right, m ? m.c1 : x.c);
      if (m && m.r0 === r) mergeBottom = Math.max(mergeBottom, m.r1);
    }
  };
  widen(top);
  let r = top + 1;
  let numberRow: number | undefined;
  while (r < view.rowCount && r <= top + 5) {
    if (isPeriodRow(view, r, top, left, right, r <= mergeBottom)) {
      // (Joined as any row below: a chart's data block beside the header, its years level with these, is not the table's.)
      widen(r, true);
      r++;
      continue;
    }
    if (isNumberRow(view, r, left, right)) {
      numberRow = r;
      r++;
      break;
    }
    const inMerge = r <= mergeBottom;
    if (!view.rowHasContent(r, left, right)) {
      if (inMerge) {
        r++;
        continue;
      }
      break;
    }
    // A group label typed without a merge ("Bertambah/(Berkurang)" over "(Rp) (%)") leaves its last
    // sub-header a column or two right of the row above: look that far.
    // (Not across an empty column: a table beside this one, its column-number row "(1) (2) …" on the same line.)
    let reach = right;
    while (reach < Math.min(view.lastCol(r), right + 2) && (view.value(r, reach + 1).kind !== 'empty' || view.isCovered(r, reach + 1))) reach++;
    if (!isSubHeaderRow(view, r, left, reach, inMerge, hasGroupAbove(view, r, top, left, right))) break;
    widen(r, true);
    r++;
  }
  return { top, rows: r - top, left, right, numberRow };
}

/**
 * "Target Renstra Tahun ke-" over 1 2 3 4 5: a row of period numbers, each under a merged group
 * whose label ends in "ke-" / "Tahun". Unlike the column-number row it restarts in every group
 * and leaves the columns outside the groups (No, Indikator) empty.
 */
function isPeriodRow(view: SheetView, r: number, top: number, left: number, right: number, inMerge = false): boolean {
  const cells = rowCells(view, r, left, right);
  let periods = 0;
  // Inside the header's vertical merges, numbers restarting at 1 under each merged group are its sub-headers
  // ("Target ▸ 1 2 3 4 | Realisasi ▸ 1 2 3 4": quarters), whatever the groups are called.
  const next = new Map<number, number>();
  const down_ = new Set<number>();
  const groups = new Set<number>();
  const typedOver = new Map<string, number>();
  // Outside such merges, only a row of ordinals alone (no indicator, no No: no body row) under groups of two or more.
  // (Other groups' word sub-headers among them, "Rata-rata Pertumbuhan ▸ Anggaran | Realisasi", as below.)
  const ordinalsOnly =
    !inMerge &&
    r > top &&
    cells.length > 0 &&
    cells[0].c > left &&
    cells.every((y) => (smallNumberLabel(y.text) ?? y.int) !== null || (!y.numeric && isKeyword(y.text)));
  for (const x of cells) {
    const n = smallNumberLabel(x.text) ?? x.int;
    // Other groups of the same row keep their word sub-headers ("Rata-rata Pertumbuhan" over Anggaran / Realisasi).
    if (n === null && !x.numeric && isKeyword(x.text)) continue;
    // … and a year of its own group ("Kondisi Awal ▸ 2024" beside "Tahun ke- ▸ 1 2 3 4 5").
    if (x.year) continue;
    if (n === null || n < 1 || n > 10) return false;
    periods++;
    let grouped = false;
    for (let rr = r - 1; rr >= top && !grouped; rr--) {
      const m = view.mergeAt(rr, x.c);
      if (!m || m.c1 === m.c0) continue;
      if (PERIOD_GROUP.test(view.shownText(m.r0, m.c0).trim())) grouped = true;
      else if ((inMerge || ordinalsOnly) && next.has(m.c0) ? n === next.get(m.c0) : n === 1 || n === m.c1 - m.c0 + 1) {
        // (Counting down where the years run newest first, "2023 | 2022 | 2021" under "3 | 2 | 1": from the group's width.)
        const down = next.has(m.c0) ? down_.has(m.c0) : n > 1;
        if (down) down_.add(m.c0);
        next.set(m.c0, down ? n - 1 : n + 1);
        grouped = true;
      }
      if (grouped) groups.add(m.c0);
    }
    // (Or the group's label typed over each of its numbers, unmerged, a spacer column between: the period word
    // "Anggaran pada Tahun ke- | | …", or any label over 1, 2, 3 in turn: "Rasio … (%) | % | Rasio … (%)".)
    if (!grouped && r > top) {
      const above = view.shownText(r - 1, x.c).trim();
      if (PERIOD_GROUP.test(above)) grouped = true;
      else if (above && (inMerge || ordinalsOnly) && n === (typedOver.get(above) ?? 1)) {
        typedOver.set(above, n + 1);
        grouped = true;
      }
    }
    if (!grouped) return false;
  }
  // (Numbers under one label typed over them alone prove no group: a data row may start 1, 2, 3 under one header word.)
  return periods >= 2 && (inMerge || (next.size === 0 && typedOver.size !== 1) || groups.size + typedOver.size >= 2);
}

/** Whether some cell of row r sits under a horizontally merged header cell of the rows above. */
function hasGroupAbove(view: SheetView, r: number, top: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    for (let rr = top; rr < r; rr++) {
      const m = view.mergeAt(rr, c);
      if (m && m.c1 > m.c0 && m.r1 < r) return true;
    }
  }
  return false;
}

/**
 * Row r closes its table with a grand total: "Jumlah", "TOTAL", "Jumlah Pendanaan" among the table's first columns.
 * Not an indicator's second line further right ("Jumlah dokumen yang disusun" in the Indikator column, its name and
 * kode cells empty): a page break after it leaves the table open.
 */
function closingTotal(view: SheetView, r: number, h: HeaderBlock): boolean {
  const c = firstCol(view, r, h.left, h.right);
  const t = view.shownText(r, c);
  // (A row under a kode and name merged down over it is that node's next indicator line: "Jumlah UMKM yang difasilitasi".)
  for (let k = h.left; k < c; k++) if ((view.mergeAt(r, k)?.r0 ?? r) < r) return false;
  return c <= h.left + 2 && closesTable(t) && !/^\S+\s+[a-z]\S*\s+\S+/.test(t.trim()) && !GROUP_TOTAL.test(words(t));
}

/** A Jumlah of one outline group ("JUMLAH PROGRAM", "Jumlah Kegiatan …", "Total Bidang"): a page may still follow it. */
// ("Jumlah A", "Jumlah II": the total of the group lettered so.)
// ("Jumlah Golongan I", "Jumlah Sasaran 2": of a group named and numbered so.)
const GROUP_TOTAL =
  /^(jumlah|total|sub total|subtotal) ((program|kegiatan|sub kegiatan|subkegiatan|bidang|urusan|organisasi|unit|bagian|opd|skpd)\b|([a-z]+ )?([a-z]|[ivx]+|\d{1,2})$)/;

function firstText(view: SheetView, r: number, left: number, right: number): string {
  const end = Math.min(right, view.lastCol(r));
  for (let c = left; c <= end; c++) {
    const t = view.shownText(r, c);
    if (t) return t;
  }
  return '';
}

function isSingleTextRow(view: SheetView, r: number, c0 = 0, c1 = view.colCount - 1): boolean {
  const cells = rowCells(view, r, c0, c1);
  return cells.length === 1 && !cells[0].numeric;
}

/** True when the text row at r is the start of another table's title block. */
function startsTitleBlock(view: SheetView, r: number, c0 = 0, c1 = view.colCount - 1): boolean {
  if (!isSingleTextRow(view, r, c0, c1)) return false;
  return TITLE.test(firstText(view, r, c0, c1)) || headerAfterLines(view, r, c0, c1, (k) => isSingleTextRow(view, k, c0, c1)) >= 0;
}

/** The header starting within five rows under r, past empty lines and lines `line` accepts; -1 when none does. */
function headerAfterLines(view: SheetView, r: number, c0: number, c1: number, line: (k: number) => boolean): number {
  for (let k = r + 1; k <= r + 5 && k < view.rowCount; k++) {
    if (isHeaderStart(view, k, c0, c1)) return k;
    if (view.rowHasContent(k, c0, c1) && !line(k)) return -1;
  }
  return -1;
}

/**
 * A line of titles side by side, one over each of the tables below ("Hasil Evaluasi SAKIP Dinas A" … "… Dinas B"),
 * then lines of text alone and a header that does not repeat this table's: the start of what stands below.
 */
function startsTitlesBeside(view: SheetView, r: number, h: HeaderBlock, c0: number, c1: number): boolean {
  const textOnly = (k: number) => rowCells(view, k, c0, c1).every((x) => !x.numeric);
  if (rowCells(view, r, c0, c1).length < 2 || !textOnly(r)) return false;
  const k = headerAfterLines(view, r, c0, c1, textOnly);
  return k >= 0 && !isRepeatOf(view, k, h);
}

/** The most lines a footer block is read to: a Keterangan of a dozen numbered notes. */
const FOOTER_LINES = 12;

/** Row r holds only text, two cells at least, each a table's title ("Tabel 3.4 …" | "Tabel 3.5 …"). */
function titlesOnly(view: SheetView, r: number, from: number, to: number): boolean {
  let titles = 0;
  for (let c = from; c <= Math.min(to, view.lastCol(r)); c++) {
    if (view.isCovered(r, c)) continue;
    const k = view.kindAt(r, c);
    if (k === 'empty') continue;
    if (k !== 'text' || !TITLE.test(view.shownText(r, c).trim())) return false;
    titles++;
  }
  return titles >= 2;
}

/** Scans the body below a header: it ends at a footer, another title or header, or a long gap. */
function scanBody(view: SheetView, h: HeaderBlock, beside = false): { end: number; footer: string[]; notes: number[] } {
  // Beside another table, footers, titles and new headers are read in this table's own columns
  // only: the neighbour's "Sumber:" or its bold heading rows do not end this one.
  const from = beside ? h.left : 0;
  const to = beside ? h.right : view.colCount - 1;
  let r = h.top + h.rows;
  let last = r - 1;
  let blanks = 0;
  const footer: string[] = [];
  const notes: number[] = [];
  // A footer's lines from its first, and the plain lines typed right under it ("Capaian kinerja maksimal 100%": notes
  // too, not the next table's title; a numbered Keterangan block to its end, "4. Capaian maksimal 100%" included, where
  // its lines run on unbroken).
  const notesFrom = (top: number) => {
    for (let k = top; k < Math.min(view.rowCount, top + FOOTER_LINES); k++) {
      const ft = firstText(view, k, from, to);
      const runsOn = footer.length === k - top && isSingleTextRow(view, k, from, to) && !TITLE.test(ft);
      if (ft && (k === top || (k < top + 3 && FOOTER.test(ft)) || runsOn)) footer.push(ft);
      else if (k >= top + 3) break;
    }
  };
  // A page's foot or number seen in the gap: its blank lines run on to the header repeated on the next page.
  let paged = false;
  let goesOn = false;
  const repeatAhead = (q: number) => {
    const next = nextFilledRow(view, q, h);
    return next !== undefined && isRepeatOf(view, next, h);
  };
  while (r < view.rowCount) {
    if (!view.rowHasContent(r, h.left, h.right)) {
      // content outside the table's columns (a note, another table beside) does not continue it
      blanks++;
      if (blanks >= 3 && !(paged && repeatAhead(r))) break;
      r++;
      continue;
    }
    // A page number or "(lanjutan)" between printed pages: a gap, however many lines it takes.
    if (isPageLine(view, r, h)) {
      blanks = Math.max(blanks, 1);
      paged = true;
      // ("Lanjutan Tabel 2.1" says the table goes on, whatever group's Jumlah closed the page before.)
      goesOn ||= CONTINUED.test(firstText(view, r, from, to).trim());
      r++;
      continue;
    }
    paged = false;
    const t = firstText(view, r, from, to);
    const source = /^(sumber|source)\b/i.test(t.trim());
    const note = (FOOTER.test(t) || NOTE_LINE.test(t)) && isSingleTextRow(view, r, from, to) && firstCol(view, r, from, to) <= h.left + 1;
    // A note typed above the table's closing Jumlah ("Catatan: data sesuai KIB …" over JUMLAH), or between its rows ("*) termasuk
    // 2 orang tugas belajar" under the row it explains): inside the table, no row of it.
    const total = note ? rowAfterNote(view, r, h, from, to, source) : 0;
    if (total > 0) {
      for (let k = r; k < total; k++) if (view.rowHasContent(k, h.left, h.right)) notes.push(k);
      r = total;
      blanks = 0;
      continue;
    }
    if (FOOTER.test(t) && (!source || SOURCE_SAID.test(t) || firstCol(view, r, from, to) <= h.left)) {
      notesFrom(r);
      break;
    }
    // A printed page's running title over the header repeated (a page break the converter kept): furniture, while the
    // table is not yet closed by its grand total.
    const running = blanks > 0 && runningTitle(view, r, h, from, to, last);
    if (running) {
      r = running;
      continue;
    }
    if (TITLE.test(t) && isSingleTextRow(view, r, from, to)) break;
    // (Or titles of two tables beside each other, "Tabel 3.4 …" in A and "Tabel 3.5 …" further right, no figure.)
    if (TITLE.test(t) && titlesOnly(view, r, from, to)) break;
    // Notes and the signature block end the table: text only, never a row's numbers.
    // A note starts at the table's left edge; a text deep inside the table is one of its rows.
    // ("Ket." alone over its lines, "- *) Indikator negatif …": the lines are its.)
    if (note && NOTE_LINE.test(t)) {
      notesFrom(r);
      break;
    }
    if ((PLACE_DATE.test(t) || (blanks > 0 && SIGNATURE.test(t)) || /^(mengetahui|menyetujui)\b/i.test(t)) && !hasNumber(view, r, h.left, h.right)) break;
    if (PLACE.test(t.trim()) && placeThenDate(view, r, h.left, h.right)) break;
    // After a gap, a line of text with a marked note right under it ("Indikator dengan polaritas negatif (-) dihitung: …"
    // over "**) Capaian yang melebihi 120% dibatasi menjadi 120%"): the table's notes, both.
    if (blanks > 0 && isSingleTextRow(view, r, from, to) && !TITLE.test(t) && !hasNumber(view, r, h.left, h.right)) {
      const next = r + 1 < view.rowCount ? firstText(view, r + 1, from, to) : '';
      if (next && isSingleTextRow(view, r + 1, from, to) && (FOOTER.test(next) || NOTE_LINE.test(next))) {
        notesFrom(r);
        break;
      }
    }
    // After a gap, a header starts another table, unless it repeats this one's on a new printed
    // page, the table not yet closed by its grand total ("Jumlah Halaman Ini" and carried lines do not close it).
    if (blanks > 0 && startsTitlesBeside(view, r, h, from, to)) break;
    if (blanks > 0 && (isHeaderStart(view, r, from, to) || startsTitleBlock(view, r, from, to))) {
      const closed = last >= h.top + h.rows && closingTotal(view, last, h) && !goesOn;
      if (closed || !isRepeatOf(view, r, h)) break;
    }
    goesOn = false;
    if (blanks === 0 && last >= h.top + h.rows && isHeaderStart(view, r, from, to) && !isRepeatOf(view, r, h) && startsNewHeader(view, r, from, to)) break;
    last = r;
    blanks = 0;
    r++;
  }
  return { end: last, footer, notes };
}

/**
 * The row of the table right under a note line at r (past the note's next line or a blank), or 0: its closing Jumlah
 * ("JUMLAH" with its figures), or, for a note that is no source line, a row of figures like the table's own (the note was
 * typed between the rows it explains). A title, a header or a signature after the note starts something else.
 */
function rowAfterNote(view: SheetView, r: number, h: HeaderBlock, from: number, to: number, source: boolean): number {
  for (let k = r + 1; k <= r + 3 && k < view.rowCount; k++) {
    if (!view.rowHasContent(k, h.left, h.right)) continue;
    if (closingTotal(view, k, h) && hasNumber(view, k, h.left, h.right)) return k;
    if (!source && dataRowOf(view, k, h, from, to)) return k;
    if (!isSingleTextRow(view, k, from, to)) return 0;
  }
  return 0;
}

/** A row with figures in two of the table's columns or more, which starts no header or title: a row of the table. */
function dataRowOf(view: SheetView, r: number, h: HeaderBlock, from: number, to: number): boolean {
  const cells = rowCells(view, r, h.left, h.right);
  if (cells.filter((x) => x.numeric && !x.year).length < 2) return false;
  const t = firstText(view, r, from, to);
  return !TITLE.test(t) && !isHeaderStart(view, r, from, to) && !NOTE_LINE.test(t) && !FOOTER.test(t);
}

/**
 * Where the header repeated under a running title starts (the page's title lines over the same header again), or 0
 * when row r starts no such block: single text lines, then a row repeating this table's header, the table not
 * closed by its grand total above.
 */
function runningTitle(view: SheetView, r: number, h: HeaderBlock, from: number, to: number, last: number): number {
  if (!isSingleTextRow(view, r, from, to)) return 0;
  // "Tabel 4.2 …" over a header like this one's: the next table's own title, not this one's repeated on a new page.
  const t = firstText(view, r, from, to).trim();
  if (TITLE.test(t) && !CONTINUED.test(t) && words(t) !== words(ownTitle(view, h, from, to))) return 0;
  if (last >= h.top + h.rows && closingTotal(view, last, h)) return 0;
  for (let k = r + 1; k <= r + 4 && k < view.rowCount; k++) {
    if (!view.rowHasContent(k, h.left, h.right) || isPageFurniture(view, k, h.left, h.right)) continue;
    if (isRepeatOf(view, k, h)) return k;
    if (!isSingleTextRow(view, k, from, to)) return 0;
  }
  return 0;
}

/** The "Tabel …" line right above a table's header (a few rows up at most), or ''. */
function ownTitle(view: SheetView, h: HeaderBlock, from: number, to: number): string {
  for (let k = h.top - 1; k >= Math.max(0, h.top - 4); k--) {
    const t = firstText(view, k, from, to).trim();
    if (TITLE.test(t)) return t;
  }
  return '';
}

function firstCol(view: SheetView, r: number, c0: number, c1: number): number {
  return rowCells(view, r, c0, c1)[0]?.c ?? c1;
}

/**
 * "Kupang, | 19-09-2022": a signature's place, then its day typed as a date (a number only by its storage) or as text,
 * with "Mengetahui," of the other signatory on its left or nothing.
 */
function placeThenDate(view: SheetView, r: number, c0: number, c1: number): boolean {
  const cells = rowCells(view, r, c0, c1);
  const text = (i: number) => view.shownText(r, cells[i].c).trim();
  const day = (i: number) => (cells[i].numeric ? view.isDate(r, cells[i].c) : DAY_TEXT.test(text(i)));
  let place = cells.length - 1;
  while (place >= 0 && day(place)) place--;
  if (place < 0 || place === cells.length - 1 || cells[place].numeric || !PLACE.test(text(place))) return false;
  for (let i = 0; i < place; i++) if (cells[i].numeric || !(SIGNATURE.test(text(i)) || /,$/.test(text(i)))) return false;
  return true;
}
/** A day typed as text: "19-09-2022", "19/09/2022", "19 September 2022". */
const DAY_TEXT = new RegExp(`^\\d{1,2}([-/.])\\d{1,2}\\1\\d{2,4}$|^\\d{1,2}\\s+(${MONTHS})\\s+\\d{4}$`, 'i');
const PLACE = /^\p{Lu}[\p{L} .'-]{1,40},$/u;

function hasNumber(view: SheetView, r: number, c0: number, c1: number): boolean {
  return rowCells(view, r, c0, c1).some((x) => x.numeric);
}

/**
 * A header start glued to the previous body counts only if it is clearly a header (merged or bold), naming three
 * columns or more: "Sasaran 3 | Meningkatnya kualitas pendidikan" in bold over its indicators is a block's heading.
 */
function startsNewHeader(view: SheetView, r: number, c0: number, c1: number): boolean {
  const cells = rowCells(view, r, c0, c1);
  if (cells.length < 3) return false;
  const bold = cells.every((x) => view.bold(r, x.c));
  const merged = cells.some((x) => {
    const m = view.mergeAt(r, x.c);
    return !!m && m.r1 > m.r0;
  });
  return bold || merged;
}

/**
 * words(the cell's shown text) === head — its host text when there is one, else its stored value
 * (`text`, `value`) — without building the folded string: plain ASCII is folded and
 * compared character by character (the same folding as words()), so most cells stop at their
 * first character; a stored number (String() of a finite number is digits once '-' is dropped)
 * cannot equal a header that does not start with a digit. Non-ASCII text takes words().
 */
function sameWords(text: string | undefined, value: Scalar, head: string): boolean {
  let s: string;
  if (text !== undefined && text !== '') s = text;
  else if (typeof value === 'number' && Number.isFinite(value)) {
    const h0 = head.charCodeAt(0);
    if (h0 < 48 || h0 > 57) return false;
    // Under a column-number row ('1' … '21'): an integer folds to its digits (a '-' is dropped),
    // so compare numbers rather than build a string for every amount of the body.
    const v = Math.abs(value);
    if (Number.isInteger(v) && v < 1e15 && head.length <= 15 && /^(0|[1-9]\d*)$/.test(head)) return v === Number(head);
    s = String(value);
  } else s = value === null || value === undefined ? '' : String(value);
  let j = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let ch = s.charCodeAt(i);
    if (ch >= 128) return words(s) === head;
    if (ch >= 65 && ch <= 90) ch += 32;
    if ((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || ch === 37) {
      if (gap && j > 0) {
        if (head.charCodeAt(j) !== 32) return false;
        j++;
      }
      gap = false;
      if (head.charCodeAt(j) !== ch) return false;
      j++;
    } else gap = true;
  }
  return j === head.length;
}

const repeatCols: number[] = [];

/** A number a repeated header row may hold: a year, or a small column or period number. */
const repeatLabel = (n: number) => isYearNumber(n) || (Number.isInteger(n) && n >= 0 && n <= 60);

/** "L" under "Laki-laki", "P" under "Perempuan", "Pria" under "L": one sex named two ways (a header copy worded anew). */
export function sameSex(a: string, b: string): boolean {
  const x = a.length <= 10 ? sexOf(a) : undefined;
  return x !== undefined && x === sexOf(b);
}

/** The sex a header's words name ("laki laki", "L", "Pr", "wanita"), on words(). */
export const sexOf = (w: string): 'l' | 'p' | undefined =>
  /^(l|lk|laki laki|laki2|pria)$/.test(w) ? 'l' : /^(p|pr|perempuan|wanita)$/.test(w) ? 'p' : undefined;

/**
 * The columns of row r a header copy is compared on (into `into`): its cells neither empty nor under a merge. False
 * when the row states an amount (not a year, not a small column or period number): no header row then.
 */
function copyCells(view: SheetView, r: number, h: HeaderBlock, into: number[]): boolean {
  into.length = 0;
  // An amount stored as a number, found without reading text: most body rows end here.
  if (view.hasPackedAmount(r, Math.max(0, h.left), h.right, repeatLabel)) return false;
  for (let c = Math.max(0, h.left); c <= h.right; c++) {
    const n = view.numberAt(r, c);
    if (n === undefined ? view.kindAt(r, c) === 'empty' || view.isCovered(r, c) : view.isCovered(r, c)) continue;
    // An amount (not a year, not a small column or period number) is never a header word:
    // most body rows stop here, before any text is compared. "(3)" of a repeated column-number
    // row reads as an accounting −3: it is that column's number.
    if (n !== undefined && !repeatLabel(n) && !(n < 0 && repeatLabel(-n) && COLUMN_NO.test(view.shownText(r, c)))) return false;
    into.push(c);
  }
  return true;
}

/**
 * How many of row r's cells (cols) say what header row hr says above them: the same words, or one sex named
 * another way; `other` when a cell says something else. Stops once `need` cells can no longer agree (0: counts all).
 */
function agreement(view: SheetView, r: number, cols: number[], hr: number, need: number): { same: number; renamed: number; other: boolean } {
  let same = 0;
  let renamed = 0;
  let other = false;
  for (let i = 0; i < cols.length && same + renamed + (cols.length - i) >= need; i++) {
    const head = view.shownWords(hr, cols[i]);
    if (head !== '' && sameWords(view.hostText(r, cols[i]), view.raw(r, cols[i]), head)) same++;
    else if (head !== '' && sameSex(view.shownWords(r, cols[i]), head)) renamed++;
    else other = true;
  }
  return { same, renamed, other };
}

const blockCols: number[] = [];

/**
 * Rows r … r + rows − 1 repeating the whole header row for row (a page break's copy of a header of several rows whose
 * top row was worded anew, shorter: "Indikator Kinerja" over the years and Target | Rp of the header): most of the
 * block's cells agree, and at least half of each row's. Or, right under a row of the table (no gap: the page broke
 * there), every group of the top row reworded ("Anggaran Tahun ke-" for "Anggaran pada Tahun ke-") over rows below it
 * that agree all but a cell, the block laid out as the header (the same merges).
 */
function blockRepeats(view: SheetView, r: number, h: HeaderBlock): boolean {
  if (r + h.rows > view.rowCount) return false;
  let same = 0;
  let all = 0;
  const rates: number[] = [];
  for (let k = 0; k < h.rows; k++) {
    if (!copyCells(view, r + k, h, blockCols) || blockCols.length === 0) return false;
    const a = agreement(view, r + k, blockCols, h.top + k, 0);
    rates.push((a.same + a.renamed) / blockCols.length);
    same += a.same + a.renamed;
    all += blockCols.length;
  }
  if (rates.every((x) => x >= 0.5) && same >= 0.8 * all) return true;
  // (Another year's table under it, "Anggaran Tahun 2023" under "Anggaran Tahun 2022", is no copy.)
  return (
    h.rows >= 2 &&
    // (Its top row may keep only "No" where the rows under it repeat the column-number row too, or where two rows or
    // more under it repeat the header's: every group reworded, "Kode Rekening | Target dan Pagu Indikatif" after a
    // page break, over the same years and "Target | Rp".)
    (rates[0] >= 0.3 || h.numberRow !== undefined || h.rows >= 3) &&
    rates.slice(1).every((x) => x >= 0.9) &&
    r > 0 &&
    // Right under a row of the table; after a gap only where two rows or more repeat (one row of "Pagu | Realisasi"
    // under a header worded anew may be another table's).
    (h.rows >= 3 || view.rowHasContent(r - 1, h.left, h.right)) &&
    sameLayout(view, r, h) &&
    sameYears(view, r, h)
  );
}

/** The years named in rows r … r + rows − 1 are the header's. */
function sameYears(view: SheetView, r: number, h: HeaderBlock): boolean {
  const years = (top: number) => {
    const out = new Set<number>();
    for (let k = 0; k < h.rows; k++) for (let c = Math.max(0, h.left); c <= h.right; c++) for (const y of yearsIn(view.shownText(top + k, c))) out.add(y);
    return [...out].sort().join(' ');
  };
  return years(r) === years(h.top);
}

/** Rows r … r + rows − 1 merged as the header's rows are, cell for cell. */
function sameLayout(view: SheetView, r: number, h: HeaderBlock): boolean {
  for (let k = 0; k < h.rows; k++)
    for (let c = Math.max(0, h.left); c <= h.right; c++) {
      const a = view.mergeAt(h.top + k, c);
      const b = view.mergeAt(r + k, c);
      if (!a !== !b) return false;
      if (a && b && (a.c0 !== b.c0 || a.c1 !== b.c1 || a.r0 - h.top !== b.r0 - r || a.r1 - h.top !== b.r1 - r)) return false;
    }
  return true;
}

/** Does row r repeat one of the header's rows (a page break in the source)? */
export function isRepeatOf(view: SheetView, r: number, h: HeaderBlock): boolean {
  // Runs on every body row: header words are cached by the view, each cell is compared with them
  // without normalising it (sameWords), and a header row is dropped as soon as 70 % is out of reach.
  // One scratch array for all rows: a new one per body row was a steady stream of garbage.
  const cols = repeatCols;
  if (!copyCells(view, r, h, cols)) return false;
  if (h.numberRow !== undefined && isNumberRow(view, r, h.left, h.right)) return true;
  // (A page whose repeat is the column numbers alone, the first page printing none: 1 … n across the whole table, after a
  // page's gap. A row of data has its name in words.)
  if (h.numberRow === undefined && numbersAcross(view, r, h) && isNumberRow(view, r, h.left, h.right)) return true;
  if (cols.length < 2) return false;
  const need = 0.7 * cols.length;
  for (let hr = h.top; hr < h.top + h.rows; hr++) {
    // (A sex worded anew, "L" under "Laki-laki", counts only in a copy whose other words are all the header's: "No |
    // Pendidikan | L | P" under "No | Unit Kerja | Laki-laki | Perempuan" is another table's header.)
    const { same, renamed, other } = agreement(view, r, cols, hr, need);
    // (And most of the header row's own cells: "No | Indikator Kinerja | Satuan | Tahun 2021" under "No | Indikator
    // Kinerja | Satuan | Target | Realisasi | Rasio (%)" is the next table's header, typed right under this one.)
    if ((same / cols.length >= 0.7 || (!other && renamed > 0 && (same + renamed) / cols.length >= 0.7)) && same + renamed >= 0.7 * filledCells(view, hr, h))
      return true;
  }
  return h.rows > 1 && blockRepeats(view, r, h);
}

/** The cells of header row hr that show a word (not covered by a merge). */
function filledCells(view: SheetView, hr: number, h: HeaderBlock): number {
  let n = 0;
  for (let c = Math.max(0, h.left); c <= h.right; c++) if (!view.isCovered(hr, c) && view.kindAt(hr, c) !== 'empty') n++;
  return n;
}

/** Row r numbers table h's columns 1 … n from its first column to its last, under an empty row. */
function numbersAcross(view: SheetView, r: number, h: HeaderBlock): boolean {
  const first = view.value(r, h.left);
  const last = view.value(r, h.right);
  return (
    first.kind === 'number' &&
    first.value === 1 &&
    last.kind === 'number' &&
    last.value === h.right - h.left + 1 &&
    r > 0 &&
    !view.rowHasContent(r - 1, h.left, h.right)
  );
}

function titleAbove(view: SheetView, top: number, floor: number, own?: HeaderBlock): string[] {
  const out: string[] = [];
  // Beside another table, the title is the text above this table's own columns.
  const c0 = own ? own.left : 0;
  const c1 = own ? own.right : view.colCount - 1;
  let r = top - 1;
  while (r > floor && !view.rowHasContent(r, c0, c1)) r--;
  for (let k = 0; k < 6 && r > floor; k++, r--) {
    if (!view.rowHasContent(r, c0, c1)) break;
    if (!isSingleTextRow(view, r, c0, c1)) break;
    out.unshift(firstText(view, r, c0, c1));
  }
  return out;
}

/** Header rows the user set, by the header's top row; `left` picks one of two tables side by side. */
export type ForcedHeaders = Map<number, Array<{ rows: number; left?: number }>>;

/** The top of the vertical merges reaching row r from at most two rows above (below `floor`), or r. */
function mergedDownFrom(view: SheetView, r: number, floor: number): number {
  let top = r;
  const last = view.lastCol(r);
  for (let c = 0; c <= last; c++) {
    if (!view.isCovered(r, c)) continue;
    const m = view.mergeAt(r, c);
    if (m && m.r0 < top && m.r0 > floor && r - m.r0 <= 2 && m.r1 >= r) top = m.r0;
  }
  return top;
}

/**
 * A header row under a row of names typed without merges ("Nama Kecamatan | Penduduk (000) | Perawat | Perawat | Dokter
 * | Dokter" over "Jumlah | Rasio | Jumlah | Rasio"): the header begins there, as it would under merges. The row above
 * names every column of this one (each group typed in its cells or in its first), and more columns to the left whose
 * names stand alone.
 */
function groupedFrom(view: SheetView, r: number, floor: number): number {
  const up = r - 1;
  if (up <= floor || up < 0) return r;
  const above = rowCells(view, up);
  const here = rowCells(view, r);
  if (above.length < 3 || !here.length || above.some((x) => x.numeric || x.year || isTitleText(x.text))) return r;
  const first = here[0].c;
  if (!above.some((x) => x.c < first)) return r;
  // Every name of this row under a name above, or in a run after one (a group typed in its first cell only).
  const covered = here.every((x) => above.some((a) => a.c <= x.c) && above.some((a) => a.c >= first));
  const over = above.filter((a) => a.c >= first);
  return covered && over.length >= 1 && over[0].c === first ? up : r;
}

/** All tables on the sheet, top to bottom. */
export function findTables(view: SheetView, forcedHeaderRows: ForcedHeaders = new Map()): TableSpan[] {
  const out: TableSpan[] = [];
  let r = 0;
  let floor = -1;
  while (r < view.rowCount) {
    const band = forcedHeaderRows.has(r) ? null : isHeaderStart(view, r) ? ownBand(view, r) : bandStart(view, r);
    if (band === undefined) {
      r++;
      continue;
    }
    // A header row under cells merged down into it from the row above ("Puskesmas" over two rows beside "Perawat" over
    // Jumlah | Rasio): the header begins at those merges' top, though its first row alone did not read as one.
    const at = r;
    if (!band) r = mergedDownFrom(view, r, floor);
    if (!band && r === at) r = groupedFrom(view, r, floor);
    let h = band ? extendHeader(view, r, band[0], band[1]) : extendHeader(view, r);
    // (No header there after all: from the row that read as one, so that the scan moves on past it.)
    if (r !== at && (!Number.isFinite(h.left) || !Number.isFinite(h.right))) h = extendHeader(view, (r = at));
    if (!Number.isFinite(h.left) || !Number.isFinite(h.right)) {
      // A correction kept for a row that is now empty (rows inserted or deleted above the table).
      r++;
      continue;
    }
    const forced = forcedHeaderRows.get(r) ?? [];
    const parts = sideBySide(view, h).map((part) => {
      const rows = forced.find((f) => f.left === undefined || f.left === part.left)?.rows;
      if (rows === undefined || rows <= 0) return part;
      const numberRow = part.numberRow !== undefined && part.numberRow < r + rows ? part.numberRow : undefined;
      return { ...part, rows, numberRow };
    });
    let end = floor;
    const ends: number[] = [];
    for (const part of parts) {
      let body = scanBody(view, part, parts.length > 1);
      // A lone header with another table beside it past an empty column (its header a row lower, so not a part of
      // this one): this table's footers, titles and next headers are read in its own columns, as for parts.
      if (parts.length === 1 && besideOther(view, part, body.end)) body = scanBody(view, part, true);
      out.push({
        ...part,
        bodyTop: part.top + part.rows,
        bodyEnd: body.end,
        title: titleAbove(view, part.top, floor, parts.length > 1 ? part : undefined),
        footer: body.footer,
        ...(body.notes.length ? { notes: body.notes } : {}),
      });
      ends.push(Math.max(body.end, part.top + part.rows - 1) + body.footer.length);
      end = Math.max(end, ends[ends.length - 1]);
    }
    // Beside a longer table, more tables stacked in a shorter one's columns (small Tabel 2.x counts to the right of a
    // long one): the rows below it, in its columns only, down to where the longest ends.
    if (parts.length > 1) parts.forEach((part, i) => out.push(...stackedIn(view, part.left, part.right, ends[i] + 1, end)));
    // And a table beside this one whose header starts a row or more lower, left or right of it past an empty column.
    const first = parts[0].left;
    const last = parts[parts.length - 1].right;
    // (Only past a column left empty beside it: a page's columns the converter shifted are not another table.)
    const gap = (c: number) => columnEmpty(view, c, r, end);
    const left = first >= 2 && gap(first - 1) ? stackedIn(view, 0, first - 2, r + 1, end) : [];
    const right = gap(last + 1) ? stackedIn(view, last + 2, view.colCount - 1, r + 1, end) : [];
    const beside = [...left, ...right];
    for (const t of beside) end = Math.max(end, t.bodyEnd + t.footer.length);
    out.push(...beside);
    // A longer table beside this one: more tables may stand stacked below this one, in its columns, down to where that
    // one ends (and they in turn may reach past it).
    if (beside.length > 0) {
      // A lone table's band runs to the sheet's edge on the side with no table beside (a table below may be wider).
      const lone = parts.length === 1;
      const bands = parts.map((p, i) => ({
        left: lone && left.length === 0 ? 0 : p.left,
        right: lone && right.length === 0 ? view.colCount - 1 : p.right,
        end: Math.max(ends[i], p.top + p.rows - 1),
      }));
      for (let grew = true; grew;) {
        grew = false;
        for (const b of bands) {
          if (b.end >= end) continue;
          const more = stackedIn(view, b.left, b.right, b.end + 1, end);
          b.end = end;
          out.push(...more);
          for (const t of more) {
            if (t.bodyEnd + t.footer.length <= end) continue;
            end = t.bodyEnd + t.footer.length;
            grew = true;
          }
        }
      }
    }
    floor = end;
    r = floor + 1;
  }
  return out;
}

const NOT_DATA = new Set(['no', 'label', 'indicator', 'kode', 'satuan', 'text', 'other']);

/**
 * A header starting in one band of the row when the whole row is none: two tables side by side whose headers are on
 * different rows, a title ("Tabel 2.3") or the other table's figures beside this one's header. Bands are parted by a
 * column empty on this row and the next. Undefined when no band starts a header.
 */
function bandStart(view: SheetView, r: number): [number, number] | undefined {
  const last = view.lastCol(r);
  const empty = (c: number) =>
    !view.isCovered(r, c) &&
    view.value(r, c).kind === 'empty' &&
    (r + 1 >= view.rowCount || (!view.isCovered(r + 1, c) && view.value(r + 1, c).kind === 'empty'));
  let c0 = -1;
  for (let c = 0; c <= last + 1; c++) {
    const gap = c > last || empty(c);
    if (!gap && c0 < 0) c0 = c;
    else if (gap && c0 >= 0) {
      // Only where the row goes on past the gap: a row whose content is one band was judged whole already.
      if ((c0 > 0 || c <= last) && isHeaderStart(view, r, c0, c - 1)) return [c0, c - 1];
      c0 = -1;
    }
  }
  return undefined;
}

/** How far down another table's header may start beside one that starts on this row. */
const BESIDE_REACH = 3;

/**
 * A header row whose cells keep to one band, past a column left empty, while another header starts beside it a row or
 * two lower (two tables side by side, their titles of different depths): this header's band only, so that the other
 * one's rows do not join it (found beside it afterwards). Null when the row is the whole header's.
 */
function ownBand(view: SheetView, r: number): [number, number] | null {
  const all = rowCells(view, r);
  if (all.length === 0) return null;
  // The other table's title beside this header, past an empty column ("Jumlah Pegawai per Unit Kerja …" merged over its
  // columns): not this header's.
  const groups = runsOf(view, r, all);
  const reach = Math.min(view.rowCount - 1, r + BESIDE_REACH);
  // Another table's header starting a row or more lower in columns c0 … c1 (its first cell a No at c0, when asked).
  const lowerHeader = (c0: number, c1: number, noAt = false) => {
    for (let q = r + 1; q <= reach; q++) {
      const first = noAt ? rowCells(view, q, c0, c1)[0] : undefined;
      if (noAt && !(first && first.c === c0 && isNoHeader(first.text))) continue;
      if (isHeaderStart(view, q, c0, c1)) return true;
    }
    return false;
  };
  // (Or a lone line over another table's own header a row or more lower, its first column a No: "Tahun 2020" over "No |
  // Program | Pagu …" beside this table's three header rows.)
  const titled = (g: Cellish[]) =>
    g.length === 1 && g[0].c > all[0].c && (titleLine(view, r, g[0].c, g[0].text) || (!g[0].numeric && lowerHeader(g[0].c, view.colCount - 1, true)));
  const kept = groups.filter((g) => !titled(g));
  if (kept.length > 0 && kept.length < groups.length && groups.indexOf(kept[0]) + kept.length - 1 === groups.indexOf(kept[kept.length - 1])) {
    const from = kept[0][0].c;
    const to = spanEnd(view, r, kept[kept.length - 1][kept[kept.length - 1].length - 1].c);
    // (What is left a header by itself: a lone title line beside another table's is no header.)
    if (isHeaderStart(view, r, from, to)) return [from === all[0].c ? 0 : from, to];
  }
  const a = all[0].c;
  const b = spanEnd(view, r, all[all.length - 1].c);
  let right = view.colCount - 1;
  if (b + 2 < view.colCount && columnEmpty(view, b + 1, r, reach) && lowerHeader(b + 2, view.colCount - 1)) right = b;
  let left = 0;
  if (a >= 2 && columnEmpty(view, a - 1, r, reach) && lowerHeader(0, a - 2)) left = a;
  return left === 0 && right === view.colCount - 1 ? null : [left, right];
}

/** Column c holds nothing (no value, no merge over it) from row r0 to row r1. */
function columnEmpty(view: SheetView, c: number, r0: number, r1: number): boolean {
  for (let k = r0; k <= r1; k++) if (view.isCovered(k, c) || view.value(k, c).kind !== 'empty') return false;
  return true;
}

/** Is there content beside the header's columns, past a column left empty from its top to row `end`? */
function besideOther(view: SheetView, h: HeaderBlock, end: number): boolean {
  const emptyCol = (c: number) => columnEmpty(view, c, h.top, end);
  const content = (c0: number, c1: number) => {
    for (let k = h.top; k <= end; k++) if (view.rowHasContent(k, c0, c1)) return true;
    return false;
  };
  if (h.left >= 2 && emptyCol(h.left - 1) && content(0, h.left - 2)) return true;
  return h.right + 2 < view.colCount && emptyCol(h.right + 1) && content(h.right + 2, view.colCount - 1);
}

/** The tables whose headers start in columns c0…c1 between rows from and to (inclusive), each with its body. */
function stackedIn(view: SheetView, c0: number, c1: number, from: number, to: number): TableSpan[] {
  const out: TableSpan[] = [];
  let floor = from - 1;
  for (let r = from; r <= to; r++) {
    if (!isHeaderStart(view, r, c0, c1)) continue;
    const h = extendHeader(view, r, c0, c1);
    if (!Number.isFinite(h.left) || !Number.isFinite(h.right)) continue;
    const body = scanBody(view, h, true);
    out.push({ ...h, bodyTop: h.top + h.rows, bodyEnd: body.end, title: titleAbove(view, h.top, floor, h), footer: body.footer });
    floor = Math.max(body.end, h.top + h.rows - 1) + body.footer.length;
    r = floor;
  }
  return out;
}

/** Does a header start in columns c0…c1 below row r, down to row `to`, before any figure in those columns? */
function headerBelow(view: SheetView, r: number, c0: number, c1: number, to: number): boolean {
  for (let k = r + 1; k <= to; k++) {
    if (isHeaderStart(view, k, c0, c1)) return true;
    if (rowCells(view, k, c0, c1).some((x) => x.numeric && !x.year)) return false;
  }
  return false;
}

/**
 * Two tables side by side (staff by rank beside staff by education, say) share their header
 * rows; an empty column, empty in the header and the body alike, separates them. Each part
 * becomes a table of its own when it is one: a name column, then data columns. An empty spacer
 * column inside one table (PDF conversions leave them) has names on one side and numbers on the
 * other, and is left alone.
 */
function sideBySide(view: SheetView, h: HeaderBlock): HeaderBlock[] {
  const headerEmpty = (c: number) => columnEmpty(view, c, h.top, h.top + h.rows - 1);
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let c = h.left; c <= h.right + 1; c++) {
    const empty = c > h.right || headerEmpty(c);
    if (!empty && start < 0) start = c;
    else if (empty && start >= 0) {
      runs.push([start, c - 1]);
      start = -1;
    }
  }
  if (runs.length < 2) return [h];
  // A header cell left blank over a column of data is no separator: such gaps join their neighbours.
  const bodyEnd = scanBody(view, h).end;
  // A title line beside the header ("PEMERINTAH KABUPATEN …" over a table of its own whose header starts lower down,
  // the two tables' headers staggered): one cell on each of the header's rows in its columns (a group over its own
  // sub-headers splits below), with a header below it in its columns before any figure. Not a part.
  const lone = (c0: number, c1: number) => {
    for (let r = h.top; r < h.top + h.rows; r++) if (rowCells(view, r, c0, c1).length > 1) return false;
    return true;
  };
  const own = runs.filter(
    ([c0, c1], i) => !(lone(c0, c1) && headerBelow(view, h.top, c0, i + 1 < runs.length ? runs[i + 1][0] - 1 : view.colCount - 1, bodyEnd)),
  );
  if (own.length === 0) return [h];
  if (own.length === 1) return [extendHeader(view, h.top, own[0][0], own[0][1])];
  runs.splice(0, runs.length, ...own);
  const bodyEmpty = (c0: number, c1: number) => {
    for (let r = h.top + h.rows; r <= bodyEnd; r++) if (view.rowHasContent(r, c0, c1)) return false;
    return true;
  };
  const parts: Array<[number, number]> = [runs[0]];
  for (const run of runs.slice(1)) {
    const prev = parts[parts.length - 1];
    if (bodyEmpty(prev[1] + 1, run[0] - 1)) parts.push(run);
    else prev[1] = run[1];
  }
  if (parts.length < 2) return [h];
  // A part's first row holding one cell alone ("A. Capaian Kinerja" over its own header): that table's title, its header below.
  const blockOf = ([c0, c1]: [number, number]) => extendHeader(view, h.rows > 1 && rowCells(view, h.top, c0, c1).length < 2 ? h.top + 1 : h.top, c0, c1);
  const columnsOf = (b: HeaderBlock) => recogniseColumns(view, b, b.top + b.rows, scanBody(view, b, true).end);
  // A part of names alone ("No | Program / Kegiatan", then an empty spacer column, then "Pagu | Realisasi | %"): the
  // names of the figures after it, one table with them (a spacer kept for the print).
  for (let i = 0; i < parts.length - 1;) {
    const b = blockOf(parts[i]);
    if (Number.isFinite(b.left) && !columnsOf(b).some((c) => !NOT_DATA.has(c.role))) {
      parts[i + 1] = [parts[i][0], parts[i + 1][1]];
      parts.splice(i, 1);
    } else i++;
  }
  if (parts.length < 2) return [h];
  const blocks = parts.map(blockOf);
  for (const b of blocks) {
    if (!Number.isFinite(b.left) || rowCells(view, b.top, b.left, b.right).length < 2) return [h];
    const end = scanBody(view, b, true).end;
    const cols = recogniseColumns(view, b, b.top + b.rows, end);
    const data = cols.find((c) => !NOT_DATA.has(c.role));
    // (A chart's data block, "Data grafik | Anggaran | Realisasi", keys its rows by the years down its first column.)
    const keyed = (c: ColumnInfo) => c.role === 'label' || c.role === 'indicator' || (c.col === b.left && yearsDown(view, c.col, b.top + b.rows, end));
    if (!data || !cols.some((c) => keyed(c) && (c.col < data.col || c.col === b.left))) return [h];
  }
  return blocks;
}
