/**
 * Hierarchy markers: what a row's No cell, kode cell or label prefix says about its place in the
 * table's outline. A marker has a *type* (its scheme: Roman numerals, capital letters, "1.",
 * "a)", a bullet, a code of a given shape, the word "Program") and, for sequences, an ordinal.
 * Which type sits at which level is not decided here: every table has its own scheme, learned
 * from the order the types appear in (scheme.ts).
 */
import { romanValue, words } from '../text';
import { mostly } from './scheme';

export type MarkerSource = 'kode' | 'no' | 'label';

export interface Marker {
  /** Scheme class: 'roman.', 'upper.', 'lower)', 'num.', 'bullet', 'dot:3', 'code:d4.a3.d3', 'word:program'. */
  type: string;
  /** Position in its sequence (II → 2, C → 3, 4. → 4), for telling letters from Roman numerals. */
  ordinal?: number;
  /** A single I, V or X (or i, v, x): a Roman numeral or a letter, decided by its neighbours. */
  ambiguous?: { roman: number; letter: number; romanType: string; letterType: string };
  /** Code segments (dotted numbers, kode rekening, RKA-K/L codes), for prefix relations. */
  segments?: string[];
  /** The marker as written. */
  text: string;
}

/** Words that name a tier of the planning hierarchy, at the start of a label. */
const TIER_WORDS: [RegExp, string][] = [
  // "PROGRAM PENUNJANG / NON URUSAN", "Program Penunjang Urusan Pemerintahan" as a group over the programs: the group of
  // the programs no urusan owns, read as an urusan heading (not "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/
  // Kota", the program itself).
  [/^program penunjang( urusan)? non urusan$|^(program )?penunjang non urusan$|^non urusan\b/, 'urusan'],
  [/^sub ?kegiatan\b/, 'subkegiatan'],
  [/^kegiatan\b/, 'kegiatan'],
  [/^program\b/, 'program'],
  // "Urusan Pemerintahan Bidang Kesehatan" is a bidang, under "Urusan Pemerintahan Wajib …" / "… Pilihan".
  [/^(bidang urusan|urusan (pemerintahan )?bidang)\b/, 'bidang'],
  // A Perangkat Daerah between the bidang and its programs (a provincial RKPD, a Renja, a pagu table): "DINAS
  // KESEHATAN", "Badan Pendapatan Daerah", "RSUD …", "Perangkat Daerah: …". Its row adds up its programs.
  [
    /^(perangkat daerah|opd|skpd|unit kerja) \S|^(dinas|badan|rsud|rumah sakit umum daerah|sekretariat (daerah|dprd)|inspektorat( daerah)?|satuan polisi pamong praja|satpol pp|kantor|biro|kecamatan)\b/,
    'opd',
  ],
  [/^urusan\b/, 'urusan'],
  [/^sub ?komponen\b/, 'subkomponen'],
  [/^komponen\b/, 'komponen'],
  [/^sub ?output\b/, 'suboutput'],
  [/^(output|kro)\b/, 'output'],
  [/^(ro|rincian output)\b/, 'ro'],
];

/** The tier a label's first words name ("Program Peningkatan …" → program), if any. */
export function tierWord(label: string): string | undefined {
  const w = words(label.slice(0, 40));
  for (const [re, tier] of TIER_WORDS) if (re.test(w)) return tier;
  return undefined;
}

const BULLET = /^([▪•●○◦·‣⁃■□►▸➢➤✓✔\-–—*+>o])(\s+|$)/u;
const ROMAN_RE = /^(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))([.)]|\s*$|\s+)/;
const LOWER_ROMAN_RE = /^(x{0,3}(?:ix|iv|v?i{0,3}))([.)])(\s+|$)/;
const LETTER_RE = /^([A-Za-z])([.)])(\s+|$)/;
const PAREN_RE = /^\((\d{1,3}|[A-Za-z])\)(\s+|$)/;
const NUM_RE = /^(\d{1,3})([.)])(\s+|$)/;
/** Codes: digits or letters in segments split by dots (commas and spaces around them are typing slips). */
const CODE_RE = /^([0-9A-Za-z]{1,8}(?:\s*[.,]\s*[0-9A-Za-z]{1,8})+)\.?(?=\s|$)/;

function letterOrdinal(ch: string): number {
  return ch.toUpperCase().charCodeAt(0) - 64;
}

/** Segment shape: 'd2' for "07", 'a3' for "AEH" (X placeholders in "X.XX" count as digits). */
function shape(seg: string): string {
  // /^[0-9xX]+$/ without the regex: runs for every segment of every kode.
  let d = seg.length > 0;
  for (let i = 0; i < seg.length && d; i++) {
    const ch = seg.charCodeAt(i);
    d = (ch >= 48 && ch <= 57) || ch === 120 || ch === 88;
  }
  return (d ? 'd' : 'a') + seg.length;
}

/**
 * Digits in segments split by single dots, with no dot at either end ("1.02.02.2.01", "5096"):
 * most kode cells. The readings below (splitCode, tierFromKode) take them apart with a split
 * instead of four regexes per row, with the same result: nothing to trim, no comma or space
 * around a dot, no trailing dot, every segment a digit run.
 */
export function isPlainCode(t: string): boolean {
  if (t.length === 0) return false;
  let dot = true; // a leading dot is not plain
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch === 46) {
      if (dot) return false;
      dot = true;
    } else if (ch >= 48 && ch <= 57) dot = false;
    else return false;
  }
  return !dot;
}

export function splitCode(text: string): string[] | null {
  if (isPlainCode(text)) return text.split('.');
  const t = text
    .trim()
    .replace(/\s*[.,]\s*/g, '.')
    .replace(/\.+$/, '');
  if (!t || !/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/.test(t)) return null;
  const segs = t.split('.');
  // A code has at least one digit segment; "A.B" is not a code, "2.07" is. "X.XX" is: Kepmendagri's
  // placeholder for the programs every urusan has (penunjang), at the bidang's place.
  if (!segs.some((s) => /\d/.test(s)) && !/^x\.xx(\.xx)?$/i.test(t)) return null;
  return segs;
}

function codeMarker(segs: string[], text: string): Marker {
  return { type: `code:${segs.map(shape).join('.')}`, segments: segs, text };
}

/**
 * The marker of a kode cell: any code, whole. "051" (a komponen) and "2726" (a kegiatan) are
 * codes of different shapes; "a." (a sub komponen) falls back to the list markers.
 */
export function kodeMarker(text: string): Marker | null {
  const t = text.trim();
  if (!t) return null;
  const joined = joinedLetters(t);
  if (joined) return joined;
  const segs = splitCode(t);
  if (segs) return codeMarker(segs, t);
  if (/^\d{1,12}$/.test(t)) return codeMarker([t], t);
  return listMarker(t, true);
}

/** Categories published together ("M,N", "R,S,T,U." of BPS's lapangan usaha): one row at the first one's level. */
function joinedLetters(t: string): Marker | null {
  const joined = JOINED_CELL.exec(t);
  if (!joined) return null;
  const first = listMarker(joined[1][0] + joined[2], true);
  return first ? { ...first, ambiguous: undefined, text: t } : null;
}
const JOINED = '[A-Z](?:\\s*[,+&]\\s*[A-Z])+';
const JOINED_CELL = new RegExp(`^(${JOINED})([.)]?)$`);
/** The same before a name ("M,N. Jasa Perusahaan"): punctuated, then a space. */
const JOINED_BEFORE = new RegExp(`^(${JOINED}[.)])\\s+`);

/**
 * The marker of a No cell: a whole-cell list marker ("I", "A", "1", "a", "1.1", "-"). A No column
 * holds one scheme per level and its punctuation drifts as people type ("1.", "2.", "3", "4"):
 * punctuation is not part of the type here, as it is in a label ("1." vs "1)").
 */
export function noMarker(text: string): Marker | null {
  const m = noMarkerRaw(text);
  if (m && /^(num|upper|lower|roman|lroman)[.)]$/.test(m.type)) m.type = m.type.slice(0, -1);
  if (m?.ambiguous) {
    m.ambiguous.romanType = m.ambiguous.romanType.replace(/[.)]$/, '');
    m.ambiguous.letterType = m.ambiguous.letterType.replace(/[.)]$/, '');
  }
  return m;
}

function noMarkerRaw(text: string): Marker | null {
  const t = text.trim();
  if (!t) return null;
  const joined = joinedLetters(t);
  if (joined) return joined;
  // A row number of any size (a 20,000-row list counts past 999); codes with leading zeros are codes.
  const n = /^(\d{1,7})[.)]?$/.exec(t);
  if (n && !/^0\d/.test(t)) return { type: 'num', ordinal: Number(n[1]), text: t };
  if (/^0\d+$/.test(t)) return codeMarker([t], t);
  const segs = splitCode(t);
  if (segs && segs.every((s) => /^\d+$/.test(s)) && segs.every((s) => s.length <= 3)) return { type: `dot:${segs.length}`, segments: segs, text: t };
  if (segs) return codeMarker(segs, t);
  return listMarker(t, true);
}

/**
 * A list marker at the start of a text ("A. Program …", "1) …", "• …", "II. …"), or, with
 * `whole`, a cell that is nothing but the marker ("C", "iv", "b.").
 */
/** A bare number before a capitalised name: "1 Sekretariat DPRD" (a list's number, or a quantity: "2 Unit"). */
export const BARE_NUMBER = /^(\d{1,2})\s+(?=[A-Z])/;

export function listMarker(text: string, whole = false): Marker | null {
  const t = text.trim();
  if (!t) return null;
  const end = (m: RegExpExecArray) => (whole ? m[0].trim().length === t.length : true);
  let m = PAREN_RE.exec(t);
  if (m && end(m)) {
    const v = m[1];
    if (/^\d+$/.test(v)) return { type: '(num)', ordinal: Number(v), text: m[0].trim() };
    return { type: v === v.toUpperCase() ? '(upper)' : '(lower)', ordinal: letterOrdinal(v), text: m[0].trim() };
  }
  m = NUM_RE.exec(t);
  if (m && end(m)) return { type: `num${m[2]}`, ordinal: Number(m[1]), text: m[0].trim() };
  // "1 Sekretariat DPRD": a bare number before a capitalised name (not "2 unit", a quantity).
  const bare = !whole ? BARE_NUMBER.exec(t) : null;
  if (bare && !/^\d{1,2}\s+[A-Z][a-z]*\s*$/.test(t)) return { type: 'num', ordinal: Number(bare[1]), text: bare[1] };
  // Dotted numbers "1.1", "2.3.1" at the start of a label (not an amount: those are whole cells).
  // Kepmendagri's placeholder for the urusan and bidang of the penunjang programs ("X.XX.01") is such a number too.
  const dm = /^((?:\d{1,3}|[xX]\.[xX]{2})(?:\.\d{1,3}){1,5}|[xX]\.[xX]{2})\.?(\s+|$)/.exec(t);
  if (dm && (!whole || dm[0].trim().length === t.length) && !whole) return { type: `dot:${dm[1].split('.').length}`, segments: dm[1].split('.'), text: dm[1] };
  // "M,N. Jasa Perusahaan", "R,S,T,U. Jasa Lainnya": BPS's joined categories before the name.
  const joinedBefore = !whole ? JOINED_BEFORE.exec(t) : null;
  if (joinedBefore) return joinedLetters(joinedBefore[1]);
  const up = /^([A-Z]+)([.)]?)(\s+|$)/.exec(t);
  // Without punctuation only before a capitalised name ("A Program …", "II RSUD …"), never a word ("AKSI").
  // Nor before a Roman numeral: "D III", "D IV" are diploma levels (a pegawai table's rows), not a D over three.
  const bareUpper =
    !!up && !up[2] && !whole && /^[A-Z]+\s+[A-Z]/.test(t) && !/^[A-Z]+\s+[IVX]+\b/.test(t) && (up[1].length === 1 || romanValue(up[1]) !== null);
  if (up && (up[2] || whole || bareUpper) && end(up)) {
    const r = romanValue(up[1]);
    const p = up[2];
    if (up[1].length === 1) {
      const letter = letterOrdinal(up[1]);
      // Only I, V and X can open or continue a Roman list here: no table has a hundred programs (C, D, M are letters).
      if (r !== null && r <= 10)
        return { type: `upper${p}`, ordinal: letter, ambiguous: { roman: r, letter, romanType: `roman${p}`, letterType: `upper${p}` }, text: up[0].trim() };
      return { type: `upper${p}`, ordinal: letter, text: up[0].trim() };
    }
    // "CV." and "DI." are not numerals: a Roman marker counts a list, up to L.
    if (r !== null && r <= 50 && ROMAN_RE.test(up[0])) return { type: `roman${p}`, ordinal: r, text: up[0].trim() };
  }
  m = LOWER_ROMAN_RE.exec(t);
  if (m && m[1].length > 1 && end(m) && (romanValue(m[1]) ?? 99) <= 50) return { type: `lroman${m[2]}`, ordinal: romanValue(m[1]) ?? 0, text: m[0].trim() };
  m = LETTER_RE.exec(t);
  if (m && end(m) && m[1] === m[1].toLowerCase()) {
    const letter = letterOrdinal(m[1]);
    const r = romanValue(m[1]);
    const lt = `lower${m[2]}`;
    if (r !== null && r <= 10)
      return { type: lt, ordinal: letter, ambiguous: { roman: r, letter, romanType: `lroman${m[2]}`, letterType: lt }, text: m[0].trim() };
    return { type: lt, ordinal: letter, text: m[0].trim() };
  }
  const b = BULLET.exec(t);
  // A dash alone says "no value" wherever it stands (a No cell, a Jabatan "-" on the fungsional row);
  // before a label's text it is a bullet. Each bullet character is a type of its own ("•" over "o");
  // a lone "o" is a bullet, not a letter.
  // A comparison before a figure ("> 55 Tahun", "+ 5 %") is a threshold or a range, a label's own words.
  const threshold = (b?.[1] === '>' || b?.[1] === '+') && /^[>+]\s*\d/.test(t);
  if (b && !threshold && (!whole || t.length === 1) && !/^[-–—]$/.test(t.trim())) return { type: `bullet:${b[1]}`, text: b[1] };
  if (whole && /^[a-z]$/.test(t)) return { type: 'lower', ordinal: letterOrdinal(t), text: t };
  if (!whole) {
    const c = CODE_RE.exec(t);
    if (c) {
      const segs = splitCode(c[1]);
      if (segs && segs.length >= 2 && (/^\d/.test(segs[0]) || /^x\.xx\b/i.test(c[1]))) return codeMarker(segs, c[1]);
    }
  }
  return null;
}

/**
 * Settles single letters that read as both a Roman numeral and a letter (I, V, X, L, C, D, M)
 * by their neighbours: a C after B is a letter, a V after IV is a numeral. Markers come in
 * table order; `null` entries are rows without a marker.
 */
export function settleAmbiguous(markers: (Marker | null)[], tiers: (string | undefined)[] = []): void {
  const last: Record<string, number> = {};
  const seen = new Set<string>();
  for (const m of markers) if (m && !m.ambiguous) seen.add(m.type);
  // The tier most rows of each unambiguous marker type name.
  const tierOf = mostly(markers.map((m, i) => (m && !m.ambiguous ? [m.type, tiers[i]] : [null, undefined])));
  for (let i = 0; i < markers.length; i++) {
    const m = markers[i];
    if (!m) continue;
    if (m.ambiguous) {
      const { roman, letter, romanType, letterType } = m.ambiguous;
      const lastLetter = last[letterType] ?? 0;
      const lastRoman = last[romanType] ?? 0;
      let asRoman: boolean;
      // The row's own tier word says which list it is in, where the two lists name different tiers ("H. Urusan …
      // Bidang Kesehatan", "I. Program …": an I. "Urusan … Bidang Pendidikan" after it is the letter).
      const t = tiers[i];
      const byTier =
        t && tierOf.get(letterType) !== tierOf.get(romanType)
          ? t === tierOf.get(letterType)
            ? false
            : t === tierOf.get(romanType)
              ? true
              : undefined
          : undefined;
      if (byTier !== undefined) asRoman = byTier;
      // An I after H opens Roman numbering when II is the next of either list (H., I, II under it: programs I, II).
      else if (letter === lastLetter + 1) asRoman = roman === 1 && nextOfEither(markers, i, romanType, letterType) === 2;
      else if (roman === lastRoman + 1) asRoman = true;
      // (An I that does not follow H starts Roman numbering, again under each lettered group too: A, I, II, B, I, II.)
      else if (roman === 1) asRoman = true;
      else asRoman = seen.has(romanType) && !seen.has(letterType);
      m.type = asRoman ? romanType : letterType;
      m.ordinal = asRoman ? roman : letter;
      delete m.ambiguous;
    }
    if (m.ordinal !== undefined) last[m.type] = m.ordinal;
  }
}

/** The Roman value of the next marker after i of either list, when it is an unambiguous Roman numeral; else undefined. */
function nextOfEither(markers: (Marker | null)[], i: number, romanType: string, letterType: string): number | undefined {
  for (let j = i + 1; j < markers.length; j++) {
    const n = markers[j];
    if (!n) continue;
    if (n.ambiguous) return undefined;
    if (n.type === romanType) return n.ordinal;
    if (n.type === letterType) return undefined;
  }
  return undefined;
}
