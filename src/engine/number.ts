/**
 * Reading a cell the way an Indonesian reviewer reads it: real numbers, numbers typed as
 * text in Indonesian (1.091.140.000 / 94,74) or English style, units inside the cell
 * (57 Orang, Rp 2.500.000, 94,74%), '-' and NA, grades and range targets.
 */
import type { CellInput } from './types';

export type CellValue =
  | { kind: 'empty' }
  /** '-', '–', '—': no value (counts as 0 in a sum). */
  | { kind: 'dash' }
  /** NA, N/A, #N/A, 'tidak ada data': not available. */
  | { kind: 'na' }
  | { kind: 'error'; code: string }
  | NumberValue
  /** A number followed by a grade: '94 (AA)'. Read, never computed with. */
  | { kind: 'graded'; value: number; grade: string }
  /** A range target '3,2-3,0'. */
  | { kind: 'range'; lo: number; hi: number }
  | { kind: 'text'; text: string };

export interface NumberValue {
  kind: 'number';
  value: number;
  /** Decimals shown to the reader (from the text, or the number format for real numbers). */
  decimals: number;
  /** True when the cell stores text that reads as a number. */
  fromText: boolean;
  /** How the text was written: 'id' (1.000,5), 'en' (1,000.5), 'plain' (no separators). */
  style?: 'id' | 'en' | 'plain';
  /** A unit written in the cell: '%', 'Orang', 'Rp', 'Unit' … */
  unit?: string;
  /** True when the text has a percent sign. */
  percent?: boolean;
  /**
   * A number typed with a slip ("103.426.819.26": a dot where the decimal comma belongs): read as
   * what it most likely says, and reported.
   */
  malformed?: boolean;
  /** The letter typed for the last digit ("9,3S" for 9,35): read as that digit, and reported with the slip. */
  letter?: string;
}

const DASH = /^[-–—‒―]+$/;
const NA =
  /^(n\/?a|#n\/a|t\/?a|n\.a\.?|tidak ada( data)?|belum ada( data)?|belum (di ?isi|tersedia|ada)|(data )?tidak tersedia|data belum tersedia|data tidak ada|na\.?)$/i;
/**
 * A draft's word for a figure not in yet ("proses", "on progress", "menunggu rilis BPS", "TW IV belum"), as NA is one for a
 * figure there is none of. Still read as text (a header "Belum Terlayani" is such words): the rules ask.
 */
const PENDING =
  /^((dalam |masih )?proses|on ?(progress|going)|ongoing|menunggu( [a-z]+){0,2}|belum( [a-z]+){0,2}|(tw|triwulan) (i{1,3}|iv|[1-4]) belum( [a-z]+)?)$/i;
export const isPending = (text: string): boolean => PENDING.test(text);
const ERR = /^#(ref!|div\/0!|value!|name\?|num!|null!|n\/a|spill!|calc!|getting_data)$/i;
/** "Nihil" (none, in official tables) and an accounting zero pasted as text ("Rp -"): nil, like a dash. */
const NIL_WORD = /^(nihil|(rp\.?|idr)\s*[-–—]+)$/i;
/**
 * A footnote marker: "5,31*)" (angka sementara), "*) belum ada data", a lone "*)"; after a figure also a superscript
 * ("2.429.576.000¹") or a numbered note after a space ("623.000.000 1)", "95,2 a)").
 */
const SUPERSCRIPTS = '\\u00b9\\u00b2\\u00b3\\u2070-\\u2079';
const FOOTNOTE_AFTER = new RegExp(`\\s*\\*+\\)?$|\\s*[${SUPERSCRIPTS}]+$|\\s+[1-9a-z]\\)$`);
/** The same marks after a name ("Jumlah*)", "Kabupaten X¹"), a numbered note aside ("Tahun 2)" is a name). */
export const MARK_AFTER = new RegExp(`\\s*(\\*+\\)?|[${SUPERSCRIPTS}]+)$`);
/** And opening a note under the table ("*) Indikator negatif …", "Keterangan: **) …", "¹ Angka sementara"). */
// (After a list's dash or bullet too: "- *) Indikator negatif …" under "Ket.".)
export const MARK_OPENING = new RegExp(`^\\s*(?:[-–•]\\s+)?(?:(?:keterangan|catatan|ket)\\s*[:.]?\\s*)?(\\*+\\)?|[${SUPERSCRIPTS}]+)`, 'i');
/** A text ending in a superscript (¹ ² ³ ⁰ ⁴ … ⁹), told by its last code as readText tells its other ends. */
const superscriptAt = (c: number) => c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
/** MARK_AFTER on a trimmed name, its last code tested first: asked of every row's label, most end in a letter. */
export function markAfter(s: string): RegExpExecArray | null {
  const c = s.charCodeAt(s.length - 1);
  return c === 42 || c === 41 || superscriptAt(c) ? MARK_AFTER.exec(s) : null;
}
/** "± 80", "+/- 80", "kurang lebih 80": about so much, the figure as typed. */
const ABOUT = /^(±|\+\/-|kurang lebih|kl\.?|sekitar)\s*(?=\d)/i;
const FOOTNOTE_BEFORE = /^\*+\)?\s*/;
/** Rp and a scale in zeros: "Rp (000)", "(Rp 000)", "Rp. 000.000". */
const RP_SCALE = /^\(?\s*(rp\.?|idr)\s*\(?\s*0{3}([.,]0{3})*\s*\)?\s*\)?$/i;

/** A sign before the currency: "(Rp …)", "-Rp …" (Rp, Rp. or IDR). */
const SIGN_BEFORE_RP = /^([(\-\u2212\u2013])\s*(?:rp\.?|idr)\s*\d/i;

/** Whole rupiah written "24.500.000,-" or "1.250.000.-" (the Rp may be left out). */
const WHOLE_RUPIAH = /[.,]-$/;
/** "4 (empat) Dokumen", "12 (dua belas) Kali": a count with its spelled-out form, as Perjanjian Kinerja writes it. */
const SPELLED = /^(\d[\d.,]*)\s*\(([a-z ]+)\)\s*([A-Za-z][A-Za-z./ ]{0,24})?$/i;
const NUMBER_WORD =
  /^(nol|satu|se|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|ratus|seratus|ribu|seribu|juta|miliar|milyar|koma|setengah)$/;

/**
 * Parses a numeric string written in Indonesian or English style. Returns null when the
 * string is not (only) a number. Ambiguity rule: '1.234' with exactly three digits after a
 * single dot is Indonesian thousands; '1.03' (one or two digits) is an English decimal.
 */
export function parseNumber(raw: string): { value: number; decimals: number; style: 'id' | 'en' | 'plain' } | null {
  let s = raw.trim();
  if (!s) return null;
  let neg = false;
  // "(2025)" is a year in brackets, as headers write it ("Kondisi Awal (2025)"), not Rp −2.025: an
  // accounting negative of a year-like amount would be typed with separators ("(2.025)").
  if (/^\(\s*(19|20)\d\d\s*\)$/.test(s)) return null;
  if (/^\(.*\)$/.test(s)) {
    neg = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−–]/.test(s) && s.length > 1) {
    neg = !neg;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  // Spaces group thousands only in whole groups of three ("1 000 000"); "10 21" is two values in one cell.
  if (/\s/.test(s)) {
    if (!/^\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(s)) return null;
    s = s.replace(/[\s\u00a0\u202f]/g, '');
  }
  if (!/^\d[\d.,]*$/.test(s) && !/^[.,]\d+$/.test(s)) return null;
  if (/^[.,]/.test(s)) s = '0' + s;
  const dots = (s.match(/\./g) || []).length;
  const commas = (s.match(/,/g) || []).length;
  let intPart: string;
  let decPart = '';
  let style: 'id' | 'en' | 'plain' = 'plain';
  const grouped = (t: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(t);
  if (dots === 0 && commas === 0) {
    intPart = s;
  } else if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    if (lastComma > lastDot) {
      // 1.323,53 (Indonesian)
      if (commas > 1 || !grouped(s.slice(0, lastComma), '.')) return null;
      intPart = s.slice(0, lastComma).replace(/\./g, '');
      decPart = s.slice(lastComma + 1);
      style = 'id';
    } else {
      // 1,323.53 (English)
      if (dots > 1 || !grouped(s.slice(0, lastDot), ',')) return null;
      intPart = s.slice(0, lastDot).replace(/,/g, '');
      decPart = s.slice(lastDot + 1);
      style = 'en';
    }
  } else if (dots > 0) {
    if (dots > 1) {
      if (!grouped(s, '.')) return null;
      intPart = s.replace(/\./g, '');
      style = 'id';
    } else {
      const [a, b] = s.split('.');
      if (b.length === 3 && a.length <= 3 && a !== '0') {
        intPart = a + b;
        style = 'id';
      } else {
        intPart = a;
        decPart = b;
        style = 'en';
      }
    }
  } else {
    if (commas > 1) {
      if (!grouped(s, ',')) return null;
      intPart = s.replace(/,/g, '');
      style = 'en';
    } else {
      const [a, b] = s.split(',');
      // A single comma is the Indonesian decimal mark ('94,74', '1,5'); '1,234' stays a decimal too:
      // in these documents a lone comma is far more often a decimal than an English thousands group.
      intPart = a;
      decPart = b;
      style = 'id';
    }
  }
  if (!/^\d+$/.test(intPart) || (decPart && !/^\d+$/.test(decPart))) return null;
  const value = Number(intPart + (decPart ? '.' + decPart : ''));
  if (!Number.isFinite(value)) return null;
  return { value: neg ? -value : value, decimals: decPart.length, style };
}

/** Decimals a number format shows: '#,##0.00' → 2, '0%' → 0, 'General' → null (as stored). */
export function formatDecimals(numFmt: string | undefined): number | null {
  if (!numFmt || /^general$/i.test(numFmt)) return null;
  const section = numFmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '');
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

/** A format showing a day or a month and a year ("dd mmmm yyyy", "d-mmm-yy", "mm-dd-yy"): the number is a date. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const f = formatCodes(numFmt)
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  return /y/.test(f) && /[dm]/.test(f) && !/[#0?]/.test(f);
}

/**
 * The year a number shown in a year-only format ("yyyy", "yy") displays: a header's year typed as a date (31-12-2022
 * formatted yyyy shows 2022). Undefined for any other format.
 */
export function shownYear(serial: number, numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  const f = formatCodes(numFmt)
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase()
    .trim();
  if (!/^y{2,4}$/.test(f) || serial < 1 || serial > 2958465) return undefined;
  // Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included).
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000).getUTCFullYear();
}

/** A format's first section without its literals: quoted text and escaped characters say nothing of the value. */
function formatCodes(numFmt: string): string {
  return numFmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
}

export function isPercentFormat(numFmt: string | undefined): boolean {
  // A quoted "%" or an escaped \% is a literal sign: only a bare % scales the value by 100.
  return !!numFmt && /%/.test(formatCodes(numFmt));
}

/** Decimals of a stored number as written (shortest round-trip), capped to 10. */
export function ownDecimals(v: number): number {
  if (Number.isInteger(v)) return 0;
  const a = Math.abs(v);
  // Where String() would use exponent notation.
  if (a < 1e-6 || a >= 1e21) return 10;
  if (a >= 1e5) {
    // Scaled by 10^10 these pass 2^53, where the arithmetic below is no longer exact.
    const s = String(a);
    const i = s.indexOf('.');
    return i < 0 ? 0 : Math.min(10, s.length - i - 1);
  }
  // The fewest decimals that give back v: what String(v) shows, without building the string
  // (this runs for every non-integer cell: capaian and rasio values are all below 10^5).
  let f = 1;
  for (let d = 1; d < 10; d++) {
    f *= 10;
    if (Math.round(a * f) / f === a) return d;
  }
  return 10;
}

/** Factors each with its unit, "2 Orang x 3 Hari x 4 Kali" (a koefisien); a bare "2 x 3" is not one. */
const KOEFISIEN = /^\d[\d.,]*\s*[A-Za-z][A-Za-z./]{0,20}(\s[x×]\s\d[\d.,]*\s*[A-Za-z][A-Za-z./]{0,20})+$/;
const LETTER_FOR_DIGIT = /^(\d[\d.,]*[.,]\d*)([OoIlSB])$/;
const DIGIT_OF: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', S: '5', B: '8' };
const UNIT_AFTER = /^(.*?\d)\s*(%|persen|[A-Za-z][A-Za-z./ ]{0,24})$/;
const STRAY_LETTER = /^[abcdfijnopquvwyz]$/i;
/** Money abbreviated for a summary: "Rp. 5 M", "Rp 1,5 M", "Rp 750 jt", "Rp 2,3 miliar" (with the Rp: "5 M" alone may be metres). */
const SCALED_RP = /^(rp\.?|idr)\s*(\d[\d.,]*)\s*(m|miliar|milyar|jt|juta|rb|ribu|t|triliun)\.?$/i;
const SCALE: Record<string, number> = { m: 1e9, miliar: 1e9, milyar: 1e9, jt: 1e6, juta: 1e6, rb: 1e3, ribu: 1e3, t: 1e12, triliun: 1e12 };
const UNIT_BEFORE = /^(rp\.?|idr)\s*(.+)$/i;
const GRADE = /^(.*?\d)\s*\(\s*([A-Ea-e][A-Ea-e+-]{0,2})\s*\)$/;
const WORDED =
  /^(.*?\d%?)\s*\(\s*(sangat baik|baik|cukup baik|cukup|kurang baik|kurang|sangat kurang|sangat tinggi|tinggi|sedang|rendah|sangat rendah|sangat memuaskan|memuaskan|tercapai|tidak tercapai|melampaui target)\s*\)$/i;
/** An office's name after its list number ("1 Sekretariat", "2 Bidang Koperasi", "4 UPTD Pasar"): a numbered label, no quantity. */
const ORG_NAME = /^(sekretariat|(bidang|uptd?|seksi|sub ?bag(ian)?|bagian|dinas|badan|kantor|rsud|puskesmas|inspektorat)\s+\S)/i;
const RANGE = /^(\d[\d.,]*)\s*[-–]\s*(\d[\d.,]*)$/;
const PLUS_MINUS = /^(\d[\d.,]*)\s*(?:±|\+\/-)\s*(\d[\d.,]*)\s*%?$/;

/** Reads one cell into a typed value. Never throws. */
export function readCell(cell: CellInput | undefined): CellValue {
  if (!cell) return { kind: 'empty' };
  const v = cell.value;
  if (cell.error) return { kind: 'error', code: String(v) };
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return readStoredNumber(v, cell.numFmt, cell.text);
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  return readStoredText(v);
}

/** A number as stored in a cell of this number format (and shown as `text`, when the host knows). */
export function readStoredNumber(v: number, numFmt: string | undefined, text?: string): CellValue {
  if (!Number.isFinite(v)) return { kind: 'error', code: String(v) };
  const { fd, pct } = formatInfo(numFmt);
  const value = scaled(v, pct);
  return { kind: 'number', value, decimals: shownDecimals(value, textDecimals(text) ?? fd), fromText: false, percent: pct || undefined };
}

/** The `decimals` readStoredNumber gives a finite number in this format, shown without a known text. */
export function storedNumberDecimals(v: number, numFmt: string | undefined): number {
  const { fd, pct } = formatInfo(numFmt);
  return shownDecimals(scaled(v, pct), fd);
}

/**
 * The decimals a number cell displays, padding included ("39,00" shows 2 where its value has none):
 * its shown text's, else its format's; undefined when neither says. What two stated copies of a
 * figure are compared at (tolerance.ts sameStated), never the precision of a check.
 */
export function displayedDecimals(numFmt: string | undefined, text?: string): number | undefined {
  return textDecimals(text) ?? formatInfo(numFmt).fd ?? undefined;
}

/** The `value` readStoredNumber gives a finite number in this format (without making the object). */
export function storedNumberValue(v: number, numFmt: string | undefined): number {
  return scaled(v, formatInfo(numFmt).pct);
}

/** A 0.9474 shown as 94,74% is the number 94.74 to a reader of these tables. */
function scaled(v: number, percent: boolean): number {
  return percent ? round(v * 100, 12) : v;
}

/**
 * Precision is what the typist had: a format that pads 94.6 to "94,60" adds no information, so the
 * shown decimals (from the text, else the format; null when neither says) never exceed the value's own.
 */
function shownDecimals(value: number, shown: number | null): number {
  const own = ownDecimals(value);
  return shown === null ? own : Math.min(shown, own);
}

/** A string as stored in a cell. */
export function readStoredText(s: string): CellValue {
  // A paragraph is text whatever it holds: read its start only (a 1 MB string in 12,000 cells
  // must not be scanned 12,000 times).
  return s.length > 1000 ? { kind: 'text', text: s.slice(0, 1000) } : readText(s);
}

// A sheet uses a handful of number formats over up to millions of cells: parse each format once.
const FORMATS = new Map<string, { fd: number | null; pct: boolean }>();
const NO_FORMAT = { fd: null, pct: false };

let lastFormat: string | undefined;
let lastInfo: { fd: number | null; pct: boolean } = NO_FORMAT;

function formatInfo(numFmt: string | undefined): { fd: number | null; pct: boolean } {
  if (!numFmt) return NO_FORMAT;
  // Cells come column by column and row by row in the same few formats: the last one usually repeats.
  if (numFmt === lastFormat) return lastInfo;
  let f = FORMATS.get(numFmt);
  if (!f) {
    f = { fd: formatDecimals(numFmt), pct: isPercentFormat(numFmt) };
    if (FORMATS.size > 1000) FORMATS.clear();
    FORMATS.set(numFmt, f);
  }
  lastFormat = numFmt;
  lastInfo = f;
  return f;
}

function textDecimals(text: string | undefined): number | null {
  if (!text) return null;
  const p = parseNumber(text.replace(/[%\s]|Rp\.?/gi, ''));
  return p ? p.decimals : null;
}

function round(v: number, d: number): number {
  const f = 10 ** d;
  return Math.round(v * f) / f;
}

/**
 * A computed figure to the decimals its inputs show (11,8 − 12,5 is −0,7, not −0,6999999999999993), for
 * what a finding states. Through toFixed: a large amount times 10^d would pass 2^53.
 */
export function toDecimals(v: number, decimals: number): number {
  return Number(v.toFixed(Math.min(12, Math.max(0, decimals))));
}

export function readText(raw: string): CellValue {
  const s = (raw.indexOf('\u00a0') >= 0 || raw.indexOf('\u202f') >= 0 ? raw.replace(/[\u00a0\u202f]/g, ' ') : raw).trim();
  if (!s) return { kind: 'empty' };
  // Most text cells are names and labels: a letter first and no digit is text, or NA when short.
  const c0 = s.charCodeAt(0) | 32;
  if (c0 >= 97 && c0 <= 122 && !/\d/.test(s)) {
    if (s.length > 24) return { kind: 'text', text: s };
    return NA.test(s) ? { kind: 'na' } : NIL_WORD.test(s) ? { kind: 'dash' } : { kind: 'text', text: s };
  }
  if (DASH.test(s)) return { kind: 'dash' };
  if (ERR.test(s)) return s.toUpperCase() === '#N/A' ? { kind: 'na' } : { kind: 'error', code: s.toUpperCase() };
  if (NA.test(s)) return { kind: 'na' };
  // "Rp (000)", "Rp 000", "Rp (000.000)": a header naming the scale of its column (thousands, millions), no zero.
  if (RP_SCALE.test(s)) return { kind: 'text', text: s };
  // A negative amount with its sign outside the currency, as Excel's currency and accounting formats
  // show it: "(Rp 2.500.000)", "-Rp 2.500.000".
  const signedRp = SIGN_BEFORE_RP.exec(s);
  if (signedRp && (signedRp[1] !== '(' || s.endsWith(')'))) {
    const v = readText(signedRp[1] === '(' ? s.slice(1, -1) : s.slice(1));
    if (v.kind === 'number' && v.unit === 'Rp' && v.value > 0) return { ...v, value: -v.value };
  }
  // An accounting negative of a percentage, its sign inside the brackets: "(0,14%)", or the sign after them: "(3,84)%".
  if (s.startsWith('(') && s.endsWith('%)')) {
    const v = readText(s.slice(1, -1));
    if (v.kind === 'number' && v.percent && v.value > 0) return { ...v, value: -v.value };
  }
  const outside = s.charCodeAt(0) === 40 /* ( */ && s.endsWith('%') ? /^\(([\d.,]+)\)\s*%$/.exec(s) : null;
  if (outside) {
    const v = readText(`${outside[1]}%`);
    if (v.kind === 'number' && v.percent && v.value > 0) return { ...v, value: -v.value };
  }
  // A footnote marker around a value: the value is what was typed ("5,31*)"; "*) belum ada data" is NA).
  const last = s.charCodeAt(s.length - 1);
  if (s.charCodeAt(0) === 42 /* * */ || last === 41 /* ) */ || last === 42 || superscriptAt(last)) {
    const bare = s.replace(FOOTNOTE_BEFORE, '').replace(FOOTNOTE_AFTER, '');
    if (bare !== s) {
      if (!bare) return { kind: 'na' };
      const v = readText(bare);
      if (v.kind === 'number' || v.kind === 'na' || v.kind === 'dash') return v;
    }
  }
  // Every reading below needs a digit; labels and indicator names (most text cells) stop here.
  if (!/\d/.test(s)) return { kind: 'text', text: s };
  const about = ABOUT.exec(s);
  if (about) {
    const v = readText(s.slice(about[0].length));
    if (v.kind === 'number') return v;
  }
  // A kode (1.02.01.2.01: digits and two or more dots, not in thousands groups) is text: the
  // readings below would each try it with their regular expressions, on every row of a Tabel 6.1.
  if (isDottedCode(s)) return { kind: 'text', text: s };
  const direct = parseNumber(s);
  if (direct) return { kind: 'number', ...direct, fromText: true };
  // Whole rupiah's ",-" (or ".-") is no part of the number, with or without the Rp.
  const whole = WHOLE_RUPIAH.test(s) ? s.slice(0, -2) : s;
  if (whole !== s) {
    const p = parseNumber(whole);
    if (p) return { kind: 'number', ...p, fromText: true };
  }
  const slip = malformedNumber(whole.replace(/^(rp\.?|idr)\s*/i, ''));
  if (slip) return { kind: 'number', ...slip, fromText: true, malformed: true, unit: /^(rp|idr)/i.test(s) ? 'Rp' : undefined };
  const scaled = s.length <= 40 ? SCALED_RP.exec(s) : null;
  if (scaled) {
    const p = parseNumber(scaled[2]);
    const k = SCALE[scaled[3].toLowerCase().replace(/\.$/, '')];
    // Exact only to its last shown digit times the scale: "Rp 1,5 M" is 1.45–1.55 billion (decimals −8).
    if (p && k) return { kind: 'number', value: p.value * k, decimals: p.decimals - Math.round(Math.log10(k)), fromText: true, unit: 'Rp' };
  }
  const before = UNIT_BEFORE.exec(whole);
  if (before) {
    const p = parseNumber(before[2]);
    if (p) return { kind: 'number', ...p, fromText: true, unit: 'Rp' };
  }
  // GRADE ends in ")", UNIT_AFTER in a unit's letter, "%" or "."; kode such as 1.02.01.2.01 end in a digit.
  const grade = last === 41 /* ) */ ? GRADE.exec(s) : null;
  if (grade) {
    const p = parseNumber(grade[1].replace(/%$/, '').trim());
    if (p) return { kind: 'graded', value: p.value, grade: grade[2].toUpperCase() };
  }
  // A capaian with its category in words ("89,35 (sangat baik)", "102 (tercapai)"): the figure, its word a remark.
  const worded = last === 41 ? WORDED.exec(s) : null;
  if (worded) {
    const v = readText(worded[1]);
    if (v.kind === 'number') return v;
  }
  const spelled = last === 41 || (last | 32) >= 97 ? SPELLED.exec(s) : null;
  if (
    spelled &&
    spelled[2]
      .trim()
      .split(/\s+/)
      .every((w) => NUMBER_WORD.test(w.toLowerCase()))
  ) {
    const p = parseNumber(spelled[1]);
    if (p) return { kind: 'number', ...p, fromText: true, unit: spelled[3]?.trim() || undefined };
  }
  // (A band may carry its unit, as a single figure may: "10-12 orang", "69-74 %".)
  const range = RANGE.exec(s) ?? ((last | 32) >= 97 || last === 37 ? RANGE.exec(UNIT_AFTER.exec(s)?.[1] ?? '') : null);
  if (range) {
    const a = parseNumber(range[1]);
    const b = parseNumber(range[2]);
    // (Whole bounds too when they rise and are no years: a target "69-74" is a band; "2019-2023" is a period.)
    if (a && b && (a.decimals > 0 || b.decimals > 0 || (a.value < b.value && b.value < 1000)))
      return { kind: 'range', lo: Math.min(a.value, b.value), hi: Math.max(a.value, b.value) };
  }
  // "3±1", "2,5 ± 0,5 %" (an inflation target): the band around the figure.
  const around = s.includes('±') || s.includes('+/-') ? PLUS_MINUS.exec(s) : null;
  if (around) {
    const a = parseNumber(around[1]);
    const b = parseNumber(around[2]);
    if (a && b && b.value < a.value) return { kind: 'range', lo: a.value - b.value, hi: a.value + b.value };
  }
  // A koefisien multiplied out, as SIPD prints it ("12 Bulan x 2 Orang" is 24 OB): each factor with its unit.
  const factors = (last | 32) >= 97 && (s.includes('x') || s.includes('×')) ? KOEFISIEN.exec(s) : null;
  if (factors) {
    let value = 1;
    let decimals = 0;
    let style: 'id' | 'en' | 'plain' | undefined;
    const units: string[] = [];
    for (const f of s.split(/\s[x×]\s/)) {
      const m = /^(\d[\d.,]*)\s*(.+)$/.exec(f.trim());
      const p = m && parseNumber(m[1]);
      if (!p) return { kind: 'text', text: s };
      value *= p.value;
      decimals += p.decimals;
      style ??= p.style;
      units.push(m[2].trim());
    }
    return { kind: 'number', value, decimals, style, fromText: true, unit: units.join(' x ') };
  }
  // A letter typed for the last digit of a figure with a separator ("9,3S" for 9,35, "468.80O" for 468.800): O, I, l, S
  // and B stand where 0, 1, 5 and 8 do on a keyboard's neighbours and in OCR; no unit is one glued letter after a decimal.
  const slipped = last < 48 || last > 57 ? LETTER_FOR_DIGIT.exec(s) : null;
  if (slipped) {
    const p = parseNumber(slipped[1] + DIGIT_OF[slipped[2]]);
    if (p) return { kind: 'number', ...p, fromText: true, malformed: true, letter: slipped[2] };
  }
  const after = last < 48 || last > 57 ? UNIT_AFTER.exec(s) : null;
  if (after) {
    const p = parseNumber(after[1]);
    const unit = after[2].trim();
    // (One letter glued to a figure that no unit is written as, "27.810a", "3.011b": a stray key, not a unit. BPS's "r"
    // (revised) and "e", and the letters of units, "l", "m", "g", "t", "k", stay what they are.)
    if (p && after[1].length + after[2].length === s.length && STRAY_LETTER.test(unit)) return { kind: 'text', text: s };
    if (p && !/\d/.test(unit) && !ORG_NAME.test(unit)) {
      const percent = unit === '%' || /^persen$/i.test(unit);
      return { kind: 'number', ...p, fromText: true, unit: percent ? '%' : unit, percent: percent || undefined };
    }
  }
  return { kind: 'text', text: s };
}

/**
 * Digits and at least two dots that no number reading accepts: not thousands groups ("1.091.140.000"),
 * not thousands with the decimals split off by a dot ("103.426.819.26"). Exactly what parseNumber and
 * malformedNumber reject among strings of digits and dots (test/engine/number.test.ts checks both).
 */
export function isDottedCode(s: string): boolean {
  let dots = 0;
  let group = 0;
  let first = -1;
  let middleOk = true;
  let empty = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 46) {
      if (group === 0) empty = true;
      if (first < 0) first = group;
      else if (group !== 3) middleOk = false;
      dots++;
      group = 0;
    } else if (ch >= 48 && ch <= 57) group++;
    else return false;
  }
  if (dots < 2) return false; // "1.5", ".5": a decimal
  // "1..2", "1.2.": with two dots, no reading takes an empty group.
  if (empty || group === 0) return true;
  // Thousands groups (last group 3) or a slip (last group 1–2) need the first group 1–3 and the middle ones 3.
  return !(first <= 3 && middleOk && group <= 3);
}

/**
 * Thousands grouped with one mark and the decimals split off with the same mark
 * ("103.426.819.26", "1,250,000,50"): the last group of one or two digits is the decimal part.
 */
function malformedNumber(s: string): { value: number; decimals: number; style: 'id' | 'en' } | null {
  const m = /^(\d{1,3}(?:([.,])\d{3})+)\2(\d{1,2})$/.exec(s);
  if (!m) return null;
  const value = Number(m[1].replace(/[.,]/g, '') + '.' + m[3]);
  return Number.isFinite(value) ? { value, decimals: m[3].length, style: m[2] === '.' ? 'en' : 'id' } : null;
}

/** The number a value contributes to arithmetic, or null when it has none. Dashes count as 0 in sums only. */
export function numeric(v: CellValue): number | null {
  return v.kind === 'number' ? v.value : null;
}

export function isBlankish(v: CellValue): boolean {
  return v.kind === 'empty' || v.kind === 'dash';
}

/**
 * Whether two amounts, written to `decimals` places, differ by one keystroke: a digit dropped or added, or two
 * neighbours swapped. Not one digit changed: a round difference (250 for 200) is as often a revised figure.
 */
export function oneKeystroke(a: number, b: number, decimals: number): boolean {
  if (a < 0 || b < 0 || a === b) return false;
  const s = a.toFixed(decimals).replace('.', '');
  const t = b.toFixed(decimals).replace('.', '');
  if (s.length === t.length) {
    const diffs: number[] = [];
    for (let i = 0; i < s.length && diffs.length <= 2; i++) if (s[i] !== t[i]) diffs.push(i);
    return diffs.length === 2 && diffs[1] === diffs[0] + 1 && s[diffs[0]] === t[diffs[1]] && s[diffs[1]] === t[diffs[0]];
  }
  const [short, long] = s.length < t.length ? [s, t] : [t, s];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
