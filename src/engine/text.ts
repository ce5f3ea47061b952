/** Text helpers for header and label matching: case, spacing, punctuation and OCR-ish variants folded. */
import { parseNumber } from './number';

/** The months' names as offices spell them, for patterns. */
export const MONTHS = 'januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember';

export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .trim();
}

/** Scratch for words(): the folded characters, reused across calls. */
let scratch = new Uint8Array(256);

/** Words only: letters and digits, single spaces. */
export function words(s: string): string {
  // Hot (header matching, row labels, every body row): plain ASCII text is folded in one pass.
  // For ASCII the regex chain below reduces to exactly this: lower case, every run of characters
  // outside [a-z0-9%] one space, trimmed. Anything else takes the regex path. The characters go
  // to a scratch buffer, not onto a string one by one (a string per character was most of what
  // checking a large table allocated); a text already folded comes back as it is.
  const n = s.length;
  if (n > scratch.length) scratch = new Uint8Array(n * 2);
  const buf = scratch;
  let len = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    let ch = s.charCodeAt(i);
    if (ch >= 128) return wordsSlow(s);
    if (ch >= 65 && ch <= 90) ch += 32;
    if ((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || ch === 37) {
      if (gap && len) buf[len++] = 32;
      gap = false;
      buf[len++] = ch;
    } else gap = true;
  }
  if (len === n) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = buf[i] === s.charCodeAt(i);
    if (same) return s;
  }
  if (len <= 4096) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  let out = '';
  for (let i = 0; i < len; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  return out;
}

/** A list marker at the start of folded words ("ii ", "a ", "2 1 " from "2.1"): not part of the name. */
const LIST_MARKER = /^([ivxlcdm]+|[a-z]|\d+(\s\d+)*)\s+/;

/** words() without a leading list marker: "2.1 Belanja Pegawai" → "belanja pegawai". */
export function unmarked(w: string): string {
  return w.replace(LIST_MARKER, '');
}

function wordsSlow(s: string): string {
  return norm(s)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

const YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;

/** Calendar years mentioned in a text (1990–2100 range). */
export function yearsIn(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y >= 1990 && y <= 2100) out.push(y);
  }
  return out;
}

/**
 * A header cell naming a year with its decoration: "2021", "TA 2021", "2022*)", "Th. 2023 (P)", "(2025)", or the day a
 * statement stands at ("31 Desember 2024", "Per 30 Juni 2025": a Neraca's columns).
 */
export const YEAR_LABEL =
  /^((ta\.?|t\.a\.?|tahun( anggaran)?|th\.?|thn\.?)?\s*(19|20)\d\d\s*(\*+\)?|\(\s*\w{1,12}\s*\)|\*)?|\d{1,2}\s*\(\s*(19|20)\d\d\s*\)|\(\s*(19|20)\d\d\s*\)|(per\s+)?\d{1,2}\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(19|20)\d\d)$/i;

/** A year relative to the budget year: "T", "T-1", "T+1 (2025)", "n+1" (RKA, Renja prakiraan maju). */
const RELATIVE_YEAR = /^(t|n)\s*([+-]\s*[1-5])?(\s*\(\s*(19|20)\d\d\s*\))?$/i;

/** A header cell naming a year alone, with its decoration or relative to the budget year. */
export function yearHeader(text: string): boolean {
  const t = text.trim();
  return YEAR_LABEL.test(t) || RELATIVE_YEAR.test(t);
}

/** A small number as a header cell, bare or in brackets: "3", "(3)" (a column number or a period). */
export function smallNumberLabel(text: string): number | null {
  // "3", "(3)", and a period with its year: "1 (2021)".
  const m = /^\(?(\d{1,2})\)?(\s*\(\s*(19|20)\d\d\s*\))?$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** A group label whose sub-headers are period numbers 1 2 3 …: "Target Renstra Tahun ke-". */
// A unit or a note may follow: "Tahun Ke- (Rp)", "Tahun ke- (dalam ribuan rupiah)", "Tahun ke- *)".
export const PERIOD_GROUP = /\b(ke|tahun|th|thn)\s*-?\s*[:.]?\s*(\([^()]*\)|\*+\)?)?\s*$/i;

/** "Tahun Ke-3", "Th. ke 3", "Tahun ke-III" → 3. */
export function periodIn(s: string): number | undefined {
  // "Tahun ke-1", or a cell that is only "Tahun 1", "Tahun-1", "Th. 1", "Tahun I" (a plan's year groups).
  const m =
    /(?:tahun|th\.?|thn\.?)\s*ke\s*-?\s*(\d{1,2}|i{1,3}|iv|v|vi{0,3})\b/i.exec(s) ??
    /^\s*(?:tahun|th\.?|thn\.?)\s*-?\s*(\d{1,2}|i{1,3}|iv|v|vi{0,3})\s*(?:\([^()]*\))?\s*$/i.exec(s);
  if (!m) return undefined;
  const t = m[1].toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return romanValue(t) ?? undefined;
}

export function romanValue(s: string): number | null {
  const t = s.trim().replace(/\.$/, '').toUpperCase();
  if (!/^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(t) || !t) return null;
  const map: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = map[t[i]];
    const next = map[t[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Values a qualitative indicator is measured in (SAKIP grades, BPK opinions): not numbers, not errors. */
const QUALITATIVE =
  /^(AA|A|BB|B|CC|C|D|E|[AB][+-]|WTP|WDP|TW|TMP|sangat baik|baik|cukup|kurang|sangat kurang|kurang baik|tidak baik|cukup baik|sangat tinggi|tinggi|sedang|rendah|sangat rendah|memuaskan|sangat memuaskan|ada|tidak ada|ya|tidak|terlaksana|tidak terlaksana|tercapai|tidak tercapai)$/i;
/** A threshold ("≥ 80", "< 5", "min. 90", "maks 2 hari") or a band ("80-85", "80 s.d. 85 %"): a target stated as a criterion. */
/** A one-sided comparison before a bound: "≥", "=<", "min.", "maksimal". At most: "≤", "<=", "=<", "<", "maks", "max". */
const COMPARATOR = '≥|≤|>=|<=|=>|=<|>|<|min(?:imal|imum)?\\.?|maks(?:imal|imum)?\\.?|max(?:imum)?\\.?';
const AT_MOST = /^(≤|<=|=<|<|maks|max)/i;
const THRESHOLD = new RegExp(`^(${COMPARATOR}|paling\\s+(sedikit|banyak)|sekurang-kurangnya)\\s*\\d`, 'i');
const BOUND = new RegExp(`^(${COMPARATOR})\\s*(\\d[\\d.,]*)\\s*(%|persen|[a-z]+)?$`, 'i');
const BAND = /^\d[\d.,]*\s*(%\s*)?([-–]|s\.?\s*d\.?|sampai(\s+dengan)?)\s*\d[\d.,]*\s*%?$/i;
/** A proportion written as one ("1:2.500" doctors per population, "1 : 25" teachers per pupils). */
const PROPORTION = /^\d[\d.,]*\s*:\s*\d[\d.,]*$/;

/** A span of years, "2021-2023", "2019 – 2023", "2025 s.d. 2029", "2021 sampai dengan 2026": its first and last (groups 1, 2). */
export const YEAR_SPAN = /\b((?:19|20)\d\d)\s*(?:-|–|—|s\.?\s*d\.?|sampai(?: dengan)?)\s*((?:19|20)\d\d)\b/i;

/** A tick or a short mark in a column of marks, no figure and no name: "√", "✓", "v", "x", "IKK", "SPM", "ya", "ada". */
const MARK = /^\s*([√✓✔✗✘vVxX*]|ikk|spm|iku|ya|tidak|ada|ok)\s*$/i;
export const isMark = (text: string): boolean => MARK.test(text);

/**
 * A cell that states a grade, an opinion, a criterion or a proportion rather than a number: a valid target or
 * realisasi of a qualitative or threshold indicator, neither an invalid number nor an input to a ratio.
 */
export function isCriterion(text: string): boolean {
  const s = text.trim();
  if (QUALITATIVE.test(s) || THRESHOLD.test(s) || BAND.test(s) || PROPORTION.test(s)) return true;
  // A grade with its name in brackets or after a slash or a dash ("B (Baik)", "BB - Sangat Baik", "B / Baik"), as the
  // IKM and SAKIP tables write it.
  const named = /^([^()]+?)\s*\(\s*([^()]+?)\s*\)$/.exec(s) ?? /^([A-Za-z]{1,2}[+-]?)\s*[/\-–]\s*([A-Za-z][A-Za-z ]*)$/.exec(s);
  return !!named && QUALITATIVE.test(named[1].trim()) && QUALITATIVE.test(named[2].trim());
}

/**
 * A one-sided target ("≤ 105", "≥ 82,00", "Maks 5 %", "minimal 95", "min. 3 dokumen"): its bound and which side of it meets the
 * target. The bound is the target a capaian divides by (as offices compute it), and the side is the polarity:
 * at most is lower-is-better, at least higher-is-better. Null for any other text.
 */
export function thresholdOf(text: string): { bound: number; decimals: number; atMost: boolean } | null {
  const m = BOUND.exec(text.trim());
  if (!m) return null;
  const n = parseNumber(m[2]);
  if (!n) return null;
  return { bound: n.value, decimals: n.decimals, atMost: AT_MOST.test(m[1]) };
}

/** A whole number a header means as a calendar year (the span the tables cover). */
export function isYearNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1990 && n <= 2100;
}

/**
 * Written in capitals, as a heading or a group row is ("BELANJA OPERASI", "JUMLAH"): no lower-case letter, and a
 * run of at least `run` capital letters (1: any; 2 or 3 keep an acronym or a lone letter from counting).
 */
export function inCapitals(s: string, run = 1): boolean {
  if (s !== s.toUpperCase()) return false;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    n = ch >= 65 && ch <= 90 ? n + 1 : 0;
    if (n >= run) return true;
  }
  return false;
}
