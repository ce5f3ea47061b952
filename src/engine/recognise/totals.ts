/**
 * What a total row closes. A sub-total closes the rows since the previous total or group heading;
 * a grand total sums the top-level rows, or the sub-totals above it; a total can also stand above
 * its parts. Each reading is a scope; a total is right when it holds under one of them, and an
 * unlabelled row of numbers is a total only when it equals one.
 */
import { inCapitals, unmarked, words } from '../text';
import type { RowInfo } from '../types';

export type ScopeName = 'stated' | 'named' | 'section' | 'since-total' | 'subtotals' | 'top-level' | 'all-rows' | 'below';

export interface Scope {
  name: ScopeName;
  /** The rows whose amounts make the total (already reduced to the terms: no child beside its parent). */
  terms: RowInfo[];
}

/**
 * "(A+B)", "(1 + 2 + 3)", "(I+II)", "(II.1 s.d. II.3)": a total's label stating which rows it adds, by their
 * outline markers. A difference ("(A-B)") also marks a total's label but is no list of parts.
 */
const PART = '[0-9A-Za-z]{1,5}(?:\\.[0-9A-Za-z]{1,3}){0,3}\\.?';
export const STATED_PARTS = new RegExp(`\\s*\\(\\s*${PART}(?:(?:\\s*[+-]\\s*|\\s+s\\.?\\s?d\\.?\\s+)${PART})+\\s*\\)\\s*[:.]?$`, 'i');

/** A marker as labels name it: "II." and "II)" and "ii" are II. */
export const markerKey = (s: string) =>
  s
    .trim()
    .replace(/[.)]+$/, '')
    .replace(/^\(/, '')
    .toUpperCase();

/** The markers a total's label lists as its parts, or null; `range` for "II.1 s.d. II.3" (every row between). */
export function labelParts(label: string): { parts: string[]; range: boolean } | null {
  const m = label.length > 300 || !label.includes(')') ? null : STATED_PARTS.exec(label.trim());
  if (!m) return null;
  const inner = m[0]
    .trim()
    .replace(/^\(\s*/, '')
    .replace(/\s*\)\s*[:.]?$/, '');
  const range = inner.split(/\s+s\.?\s?d\.?\s+/i);
  if (range.length === 2) return { parts: range.map(markerKey), range: true };
  if (inner.includes('-')) return null;
  return { parts: inner.split('+').map(markerKey), range: false };
}

const DATA = new Set(['indicator', 'continuation', 'program', 'kegiatan', 'subkegiatan']);

const isNode = (x: RowInfo) => DATA.has(x.kind) || (x.kind === 'heading' && x.level !== undefined);
const isGroupHeading = (x: RowInfo) => x.kind === 'heading' && x.level === undefined;

/**
 * A page's own total ("Jumlah halaman ini", "Jumlah s.d. halaman ini", "Jumlah dipindahkan ke halaman berikut"): page
 * furniture of a table printed over pages, which the table's own totals add through, never stop at.
 */
export const PAGE_TOTAL = /\b(halaman|hal|dipindahkan|pindahan|dibawa)\b/;
const isPageTotal = (x: RowInfo) => x.kind === 'total' && /hal|pindah|dibawa/i.test(x.label) && PAGE_TOTAL.test(words(x.label));
/**
 * The sum brought from the page before ("Jumlah pindahan", "Jumlah dari halaman sebelumnya"): an opening line of the
 * page, copied, no total. With `out`, the page's sum sent on too ("Jumlah dipindahkan"): no row of the outline either.
 */
const CARRIED_IN = /^((jumlah|total|sub total|subtotal) )?(pindahan|dibawa|carried|brought)\b|\bdari halaman (sebelumnya|lalu|terdahulu)\b/;
const CARRIED_OUT = /^((jumlah|total|sub total|subtotal) )?dipindahkan\b/;
export function isCarriedLine(label: string, out = false): boolean {
  if (!/pindah|dibawa|halaman|carried|brought/i.test(label)) return false;
  const w = words(label);
  return CARRIED_IN.test(w) || (out && CARRIED_OUT.test(w));
}
const isCarried = (x: RowInfo) => isCarriedLine(x.label);

/**
 * Terms of a set of rows: its top-level rows (a child whose parent is in the set is inside its
 * parent). In a tree, only its nodes: an unlevelled line beside it (a tujuan's indicator) is not a part.
 */
function topTerms(group: RowInfo[]): RowInfo[] {
  const inGroup = rowSet(group.map((x) => x.row));
  const tree = group.some((x) => x.level !== undefined);
  return group.filter((x) => x.kind !== 'continuation' && (!tree || x.level !== undefined) && (x.parent === undefined || !inGroup(x.parent)));
}

// Each table's rows by row number, for figureRowAbove (asked once per row of a growth column).
const indexOf = new WeakMap<RowInfo[], Map<number, number>>();

/**
 * The figure row above x (years down the rows: last year's row), past blank lines and headings; none
 * across a total, nor for a total.
 */
export function figureRowAbove(rows: RowInfo[], x: RowInfo): RowInfo | undefined {
  if (x.kind === 'total' || x.kind === 'average') return undefined;
  let at = indexOf.get(rows);
  if (!at) indexOf.set(rows, (at = new Map(rows.map((r, i) => [r.row, i]))));
  for (let i = (at.get(x.row) ?? 0) - 1; i >= 0; i--) {
    const y = rows[i];
    if (y.kind === 'total' || y.kind === 'average' || y.kind === 'headerRepeat') return undefined;
    if (DATA.has(y.kind) && y.kind !== 'continuation') return y;
  }
  return undefined;
}

/** The row a growth of row x is on: its own, the figure row above, or a base year's row (none for the base row itself). */
export function growthBase(rows: RowInfo[], x: RowInfo, rel: { above?: boolean; baseRow?: number }): RowInfo | undefined {
  if (rel.baseRow !== undefined) return x.row === rel.baseRow || x.kind === 'total' ? undefined : rows.find((y) => y.row === rel.baseRow);
  return rel.above ? figureRowAbove(rows, x) : x;
}

/**
 * Membership of row numbers, as a flag per row up to the largest: a grand total's scopes test every
 * row of the table, and a Set of 20,000 rows cost more to build than all the rest of its scopes.
 */
function rowSet(rows: number[]): (row: number) => boolean {
  let max = -1;
  for (const r of rows) if (r > max) max = r;
  const flags = new Uint8Array(max + 1);
  for (const r of rows) if (r >= 0) flags[r] = 1;
  return (row) => row >= 0 && row <= max && flags[row] === 1;
}

/** In a tree, the data rows outside it: no level, no parent, not a line of another row. */
function looseRows(group: RowInfo[]): RowInfo[] {
  if (!group.some((x) => x.level !== undefined)) return [];
  return group.filter((x) => x.level === undefined && x.parent === undefined && x.kind !== 'continuation' && x.kind !== 'heading');
}

/** Every data row, ignoring the tree (a table whose parents are only titles, or whose tree was misread). */
function leafTerms(group: RowInfo[]): RowInfo[] {
  // (A node with a further indicator line is still a leaf: its line is no child.)
  const parents = rowSet(
    group
      .filter((x) => x.kind !== 'continuation')
      .map((x) => x.parent)
      .filter((p) => p !== undefined),
  );
  const tree = group.some((x) => x.level !== undefined);
  return group.filter((x) => x.kind !== 'continuation' && x.kind !== 'heading' && (!tree || x.level !== undefined) && !parents(x.row));
}

/** Terms whose headings (a label only, no figures) are replaced by their items among `group`, down to rows with figures. */
function belowHeadings(terms: RowInfo[], group: RowInfo[]): RowInfo[] {
  if (!terms.some((x) => x.kind === 'heading')) return [];
  const kids = new Map<number, RowInfo[]>();
  for (const y of group) if (y.parent !== undefined) (kids.get(y.parent) ?? kids.set(y.parent, []).get(y.parent)!).push(y);
  const out: RowInfo[] = [];
  const walk = (x: RowInfo, depth: number) => {
    if (x.kind !== 'heading' || depth > 4) return void out.push(x);
    for (const y of kids.get(x.row) ?? []) walk(y, depth + 1);
  };
  for (const x of terms) walk(x, 0);
  return out.sort((a, b) => a.row - b.row);
}

/** The children of the innermost parent of the node right above the total at i (rows back to index k excluded). */
function ownGroup(rows: RowInfo[], i: number, k: number): RowInfo[] {
  let j = i - 1;
  while (j > k && !isNode(rows[j])) j--;
  const parent = j > k ? rows[j].parent : undefined;
  if (parent === undefined) return [];
  const out: RowInfo[] = [];
  for (let m = j; m > k && rows[m].row > parent; m--) if (rows[m].parent === parent) out.push(rows[m]);
  return out.reverse();
}

/**
 * The plausible scopes of the total at index i of `rows`, most specific first. Empty scopes and
 * scopes equal to an earlier one are left out.
 */
export function totalScopes(rows: RowInfo[], i: number): Scope[] {
  // "Jumlah s.d. bulan ini" under "Jumlah bulan ini" and "Jumlah s.d. bulan lalu" (a BKU's or an SPJ's footer): those two.
  const todate = runningTerms(rows, i);
  if (todate) return todate.length ? [{ name: 'stated', terms: todate }] : [];
  const out: Scope[] = [];
  // A scope equal to an earlier one is left out. Compared row by row where a cheap fingerprint
  // agrees: a grand total's scopes hold every row of the table, and a string key of each was
  // megabytes on a long one.
  const sameRows = (a: RowInfo[], b: RowInfo[]) => a.length === b.length && a.every((x, i) => x.row === b[i].row);
  const add = (name: ScopeName, terms: RowInfo[]) => {
    if (terms.length === 0) return;
    if (out.some((s) => s.terms.length === terms.length && s.terms[0].row === terms[0].row && sameRows(s.terms, terms))) return;
    out.push({ name, terms });
  };
  // Rows back to the previous total; "section" stops at a group heading too.
  const since: RowInfo[] = [];
  const section: RowInfo[] = [];
  let inSection = true;
  let k = i - 1;
  // Where the pages' own totals stand above (the table printed over pages and read whole), a total of the table adds
  // through them, and the sum a page brought from the one before is no part of it: its rows are above.
  const page = isPageTotal(rows[i]);
  let paged = false;
  for (let j = i - 1; j >= 0 && !paged; j--) paged = isPageTotal(rows[j]);
  for (; k >= 0; k--) {
    const x = rows[k];
    if (x.kind === 'total' || x.kind === 'average') {
      if (!page && paged && isPageTotal(x)) continue;
      break;
    }
    if (paged && isCarried(x)) continue;
    if (isGroupHeading(x) && since.length) inSection = false;
    if (!isNode(x)) continue;
    since.push(x);
    if (inSection) section.push(x);
  }
  since.reverse();
  section.reverse();
  // A page's own total over a page of blocks, each closed by its Jumlah ("Jumlah halaman ini" under "Jumlah Kecamatan …"):
  // the page's items, back to the page total before it.
  if (page && paged) {
    const items: RowInfo[] = [];
    for (let j = i - 1; j >= 0 && !isPageTotal(rows[j]); j--) if (isNode(rows[j]) && !isCarried(rows[j])) items.push(rows[j]);
    add('all-rows', leafTerms(items.reverse()));
  }
  // The rows the label lists by marker ("Total (II+III+IV)" under a row I it does not add), then what it
  // names in words ("Jumlah Belanja" after a Pendapatan row).
  const stated = statedTerms(rows, i);
  if (stated) add('stated', stated);
  const named = namedTerms(rows, i, k) ?? blockTerms(rows, i);
  if (named) add('named', named);
  add('section', topTerms(section));
  // Its programs alone, where the outline could not put their kegiatan under them (no codes, no bold, names only): a
  // Tabel 6.1 section's Jumlah adds its programs.
  const programs = section.filter((x) => x.kind === 'program');
  if (programs.length > 0 && programs.length < section.length && section.some((x) => x.kind !== 'program' && x.level === programs[0].level))
    add('section', programs);
  add('since-total', topTerms(since));
  // The items of the group the rows just above close: "Sub Total" under a program's kegiatan, the program a line of its
  // own under "B. BELANJA LANGSUNG" (back to the last total, the section reaches "A. BELANJA TIDAK LANGSUNG" too).
  add('section', ownGroup(rows, i, k));
  // Under an outline heading that holds no figures ("2.07 URUSAN … TENAGA KERJA" over its programs): its items.
  add('section', belowHeadings(topTerms(since), since));
  // Directly under sub-totals: the sub-totals themselves (a grand total of Jumlah rows).
  if (since.length === 0 && k >= 0) {
    // Back to the previous total of the same rank ("Jumlah Urusan" after the first urusan's "Jumlah
    // Bidang" rows and its own "Jumlah Urusan"): the sub-totals of this section only. Then all of them.
    const rank = rankOf(rows[i]);
    const own: RowInfo[] = [];
    let bounded = false;
    for (let j = k; j >= 0; j--) {
      if (rows[j].kind !== 'total') continue;
      if (rank && rankOf(rows[j]) === rank) {
        bounded = true;
        break;
      }
      own.push(rows[j]);
    }
    own.reverse();
    // (One sub-total between two of the total's own rank is its whole section: an urusan of one bidang.) Those of the
    // rank right under it first: "Jumlah Urusan" adds its "Jumlah Bidang" rows, not also the "Jumlah Dinas" inside them.
    const enough = (xs: RowInfo[]) => xs.length >= 2 || (xs.length === 1 && bounded);
    const under = rankOf(rows[k]);
    const ranked = under && under !== rank ? own.filter((x) => rankOf(x) === under) : own;
    if (ranked.length < own.length && enough(ranked)) add('subtotals', ranked);
    if (enough(own)) add('subtotals', own);
    // A grand total over the sub-totals of the rank just above it (TOTAL = Σ Jumlah Urusan).
    const last = rankOf(rows[k]);
    if (last && last !== rank) {
      const peers = rows.slice(0, k + 1).filter((x) => x.kind === 'total' && rankOf(x) === last);
      if (peers.length >= 2) add('subtotals', peers);
    }
    const subs: RowInfo[] = [];
    for (let j = k; j >= 0; j--) if (rows[j].kind === 'total') subs.push(rows[j]);
    subs.reverse();
    if (subs.length >= 2) add('subtotals', subs);
  }
  // A grand total: the top-level rows of everything above, whatever sub-totals stand between.
  const above = rows.slice(0, i).filter((x) => isNode(x) && !(paged && isCarried(x)));
  const top = topTerms(above);
  add('top-level', top);
  // The same with the rows the outline left out (an unmarked line it could not place, recognise/rows.ts
  // dropUnsupportedRuns) as top-level rows of their own: the total's sums say which reading it is.
  const loose = looseRows(above);
  if (loose.length)
    add(
      'top-level',
      top.concat(loose).sort((a, b) => a.row - b.row),
    );
  // Or with the rows the outline put under the row above by their place alone (an unnumbered "Jenis PMKS 15" after
  // "XIV"): a last item the numbering skipped, if the total's sums say so.
  const placed = above.filter((x) => x.levelBy === 'order' && x.parent !== undefined);
  if (placed.length && placed.length <= 3)
    add(
      'top-level',
      top.concat(placed).sort((a, b) => a.row - b.row),
    );
  add('all-rows', leafTerms(since.length ? since : above));
  // A statement outlined by capitals alone, read flat ("PENDAPATAN ASLI DAERAH" over "Pajak Daerah" and "Retribusi
  // Daerah", under "PENDAPATAN DAERAH"): its detail lines are the rows in ordinary case.
  // Also of the rows its label names ("JUMLAH BELANJA" under BELANJA DAERAH … after the Pendapatan block).
  for (const rowsOf of [named, since.length ? since : above]) {
    const lines = rowsOf && casedLines(rowsOf);
    if (lines) add('all-rows', lines);
  }
  // A total standing above its parts (nothing of its own above it): the rows below it, to the next total.
  if (section.length > 0) return out;
  const below: RowInfo[] = [];
  for (let j = i + 1; j < rows.length && rows[j].kind !== 'total' && rows[j].kind !== 'average'; j++) if (isNode(rows[j])) below.push(rows[j]);
  add('below', topTerms(below));
  // A grand total at the top over groups that close with their own sub-totals ("JUMLAH", then
  // "Jumlah Program" under each program): the sub-totals below it, or every top-level row below.
  if (k < 0) {
    const subs = rows.slice(i + 1).filter((x) => x.kind === 'total');
    if (subs.length >= 2) add('subtotals', subs);
    add('below', topTerms(rows.slice(i + 1).filter(isNode)));
  }
  return out;
}

/** The rank words a total names its group by before the group's name ("Jumlah Bidang Urusan KESEHATAN"). */
const TIER_WORDS = /^(bidang urusan|urusan pemerintahan( bidang)?|urusan|sub bidang|bidang|perangkat daerah|unit kerja|opd|skpd)\s+/;
/** A total's qualifier without its rank words: the name of the heading it closes ("bidang urusan kesehatan" → "kesehatan"). */
export const unranked = (q: string) => q.replace(TIER_WORDS, '');

/** Words after the total's own ("Jumlah Belanja Langsung" → "belanja langsung"), when they name something. */
function qualifier(label: string): string | null {
  const w = unmarked(words(label))
    .replace(/^(sub ?total|sub jumlah|jumlah total|jumlah seluruhnya|grand total|total|jumlah)\b\s*/, '')
    .trim();
  if (w.length < 4 || /\d/.test(w) || /^(keseluruhan|seluruhnya|semua|akhir|umum|total|jumlah)$/.test(w)) return null;
  return w;
}

/** A row's label as words, without its list marker ("2.1 Belanja Pegawai" → "belanja pegawai"). */
export const bare = (x: RowInfo) => unmarked(words(x.label));

/** The names a total's label gives the group it closes ("Jumlah Bidang Urusan Kesehatan": with and without its rank words); none for "Jumlah". */
export function closedNames(label: string): string[] {
  const q = qualifier(label);
  return q === null ? [] : [q, unranked(q)];
}
const startsWithWords = (text: string, q: string) => text === q || text.startsWith(`${q} `);

/**
 * How far up a total looks for the section its label names, past other totals: a statement's sections span
 * tens or hundreds of rows, and a long table with thousands of named sub-totals must not make each walk it all.
 */
const SECTION_REACH = 5000;

/**
 * A footer's total to date: the period's own total and the total to the period before, the two totals right above it;
 * none for that total to the period before. Null for any other row.
 */
function runningTerms(rows: RowInfo[], i: number): RowInfo[] | null {
  const label = (x: RowInfo | undefined) => (x && x.kind === 'total' ? words(x.label) : '');
  const SO_FAR = /\b(s d|sd|sampai dengan)\b/;
  if (!SO_FAR.test(label(rows[i]))) return null;
  // (The total to the period before is carried from the last report: nothing here makes it.)
  if (/\blalu\b/.test(label(rows[i]))) return [];
  if (!/\bini\b/.test(label(rows[i]))) return null;
  const a = rows[i - 1];
  const b = rows[i - 2];
  const [own, before] = [a, b].map(label);
  const lalu = (t: string) => SO_FAR.test(t) && /\blalu\b/.test(t);
  const ini = (t: string) => !SO_FAR.test(t) && /\bini\b/.test(t);
  if ((lalu(own) && ini(before)) || (ini(own) && lalu(before))) return [b, a];
  return null;
}

/**
 * The rows a total's label lists by their markers, each found nearest above it; a part that is a group
 * heading without figures stands for the total closing it. Null unless every part is found.
 */
function statedTerms(rows: RowInfo[], i: number): RowInfo[] | null {
  const stated = labelParts(rows[i].label);
  if (!stated) return null;
  const keyOf = (x: RowInfo) => x.marker ?? (x.kode !== undefined ? markerKey(x.kode) : undefined);
  const nearest = (key: string, from: number) => {
    for (let j = from; j >= 0; j--) if (keyOf(rows[j]) === key) return j;
    return -1;
  };
  let found: number[];
  if (stated.range) {
    const last = nearest(stated.parts[1], i - 1);
    const first = last < 0 ? -1 : nearest(stated.parts[0], last - 1);
    if (first < 0) return null;
    const depth = (key: string) => key.split('.').length;
    found = [];
    for (let j = first; j <= last; j++) {
      const key = keyOf(rows[j]);
      if (key !== undefined && depth(key) === depth(stated.parts[0])) found.push(j);
    }
  } else found = stated.parts.map((p) => nearest(p, i - 1));
  const terms: RowInfo[] = [];
  for (const j of found) {
    if (j < 0) return null;
    const x = rows[j];
    if (isGroupHeading(x)) {
      // "A. PENDAPATAN" over its lines and "Jumlah Pendapatan": the part is that Jumlah.
      let t = j + 1;
      while (t < i && rows[t].kind !== 'total' && !(keyOf(rows[t]) !== undefined && found.includes(t))) t++;
      if (t >= i || rows[t].kind !== 'total') return null;
      terms.push(rows[t]);
    } else if (isNode(x) || x.kind === 'total') terms.push(x);
    else return null;
  }
  if (terms.length < 2) return null;
  return [...new Set(terms)].sort((a, b) => a.row - b.row);
}

/**
 * The terms of the rows a total's label names: the totals named by each part of "Jumlah A dan B"; the
 * nearest row named so exactly back to the previous total (index `stop`: its subtree in a tree, the
 * section under it when it is a heading); the run of rows right above the total whose names start
 * with those words ("Belanja Tidak Langsung", "Belanja Langsung" before "Jumlah Belanja"); else the
 * sub-totals since the section heading it names, past the totals inside it. Null when it names nothing here.
 */
function namedTerms(rows: RowInfo[], i: number, stop: number): RowInfo[] | null {
  const q = qualifier(rows[i].label);
  if (!q) return null;
  // "JUMLAH KEWAJIBAN DAN EKUITAS": the totals named by each part, the nearest above.
  // (Ekuitas Dana, the pre-accrual name, is the Ekuitas its own total names.)
  const parts = q.split(' dan ').map((part) => part.replace(/ dana$/, ''));
  if (parts.length >= 2) {
    // Each part's own total, else the section its heading opens (EKUITAS with no "Jumlah Ekuitas": its rows).
    const named = parts.map((part): RowInfo[] | undefined => {
      for (let j = i - 1; j >= Math.max(0, i - SECTION_REACH); j--)
        if (rows[j].kind === 'total' && qualifier(rows[j].label)?.replace(/ dana$/, '') === part) return [rows[j]];
      for (let j = i - 1; j >= Math.max(0, i - SECTION_REACH); j--) {
        if (rows[j].kind !== 'heading' || bare(rows[j]) !== part) continue;
        let end = j + 1;
        while (end < i && rows[end].kind !== 'total' && !isGroupHeading(rows[end])) end++;
        const under = topTerms(rows.slice(j + 1, end).filter(isNode));
        return under.length && end === i ? under : undefined;
      }
      return undefined;
    });
    if (named.every((x) => x !== undefined)) return (named as RowInfo[][]).flat().sort((a, b) => a.row - b.row);
  }
  // "Jumlah Bidang Urusan KESEHATAN" closes the heading "KESEHATAN" (1.02): the tier words name its rank, not it.
  const own = unranked(q);
  // (And the other way round: "Jumlah Bidang Pendidikan" closes the heading "Bidang Urusan PENDIDIKAN".)
  const is = (t: string) => t === q || t === own || unranked(t) === own;
  // Past the sub-totals of the section it names ("Jumlah Kewajiban Jangka Pendek" right above "JUMLAH KEWAJIBAN"), to
  // the section's title.
  const within = (t: RowInfo) => {
    const sub = qualifier(t.label);
    return !!sub && sub !== q && startsWithWords(sub, q);
  };
  let lo = stop;
  if (lo >= 0 && rows[lo].kind === 'total' && within(rows[lo])) {
    lo--;
    while (lo >= 0 && !(rows[lo].kind === 'total' && !within(rows[lo])) && i - lo <= SECTION_REACH) lo--;
  }
  for (let j = i - 1; j > lo; j--) {
    const x = rows[j];
    if (!(isNode(x) || isGroupHeading(x)) || !is(bare(x))) continue;
    // (A numbered section title with no child of its own, "2 | KEWAJIBAN" over rows read flat: the rows after it.)
    if (isNode(x) && x.level !== undefined && rows.slice(j + 1, i).some((y) => y.parent === x.row)) return [x];
    const under = topTerms(rows.slice(j + 1, i).filter(isNode));
    // (A line with its own figure and nothing under it, "LAIN-LAIN" right over "Jumlah Lain-lain": the total restates it.)
    return under.length ? under : isNode(x) ? [x] : null;
  }
  // The row opening the section under its name, with no lines of its own, the groups of the section after it in
  // the same format ("PENDAPATAN DAERAH" over bold "Pendapatan Asli Daerah (PAD)" …): the total repeats its figures.
  // (In an outline only, where each group is checked against its lines: a flat list's Jumlah is the one check of its lines.)
  let first = stop + 1;
  while (first < i && !isNode(rows[first])) first++;
  const opening = rows[first];
  if (
    first < i &&
    opening.level !== undefined &&
    startsWithWords(bare(opening), q) &&
    rows.slice(first + 1, i).some((x) => isNode(x) && x.level === opening.level) &&
    !rows.slice(first + 1, i).some((x) => x.parent === opening.row)
  )
    return [opening];
  const run: RowInfo[] = [];
  let j = i - 1;
  for (; j > stop; j--) {
    const x = rows[j];
    if (x.kind === 'blank' || x.kind === 'continuation') continue;
    if (!isNode(x) || !startsWithWords(bare(x), q)) break;
    run.unshift(x);
  }
  // A run that ends on a sub-total of the same name ("Belanja Tidak Terduga" after "Jumlah Belanja Modal") is
  // only the end of its section: read below.
  const more = j === stop && stop >= 0 && rows[stop].kind === 'total' && startsWithWords(qualifier(rows[stop].label) ?? '', q);
  if (run.length && !more) return topTerms(run);
  // Past the totals above: the section heading the label names ("JUMLAH KEWAJIBAN" under KEWAJIBAN, after
  // "Jumlah Kewajiban Jangka Pendek"): the sub-totals since that heading, one or several.
  // The heading named exactly first ("BELANJA" before "Belanja Modal"), then one the words begin ("BELANJA
  // DAERAH"); never a heading its own total has closed already ("Belanja Transfer" … "Jumlah Belanja Transfer").
  // (Or a parent row of the outline, "II BELANJA DAERAH" over its groups, where it is no heading: the groups under it.)
  const parentRow = (j: number) => isNode(rows[j]) && rows[j].level !== undefined && rows[j + 1]?.parent === rows[j].row;
  for (const names of [is, (t: string) => startsWithWords(t, q)]) {
    for (let j = stop; j >= Math.max(0, i - SECTION_REACH); j--) {
      const x = rows[j];
      if (!(x.kind === 'heading' || parentRow(j)) || !names(bare(x))) continue;
      const subs = rows.slice(j + 1, i).filter((r) => r.kind === 'total');
      if (subs.some((t) => qualifier(t.label) === bare(x))) continue;
      return subs.length ? sectionTerms(rows, j, i) : null;
    }
  }
  // No heading named so ("JUMLAH BELANJA" under "Jumlah Belanja Tidak Langsung" and "Jumlah Belanja Langsung",
  // a "Jumlah Pendapatan" above them): the sub-totals whose names begin with its own, back to one named as it is.
  const subs: RowInfo[] = [];
  for (let j = i - 1; j >= Math.max(0, i - SECTION_REACH); j--) {
    if (rows[j].kind !== 'total') continue;
    const t = qualifier(rows[j].label);
    if (t === q) break;
    if (t && startsWithWords(t, q)) subs.unshift(rows[j]);
  }
  return subs.length >= 2 ? subs : null;
}

/**
 * Sub-totals stacked under the table's last rows ("Jumlah Program Penunjang Urusan", "Jumlah Program Urusan", then
 * "TOTAL"): each names a part of the top-level rows above the block, those its words begin ("Program Penunjang Urusan
 * Pemerintahan Daerah …"), or, named by none of them, the top-level rows the block's other named sub-totals leave (the
 * urusan's own programs). Null for a row in no such block, or where a sub-total of the block names nothing found.
 */
function blockTerms(rows: RowInfo[], i: number): RowInfo[] | null {
  if (!qualifier(rows[i].label)) return null;
  const inBlock = (x: RowInfo | undefined) => !!x && (x.kind === 'total' || x.kind === 'blank');
  let a = i;
  while (a > 0 && inBlock(rows[a - 1])) a--;
  let b = i;
  while (b + 1 < rows.length && inBlock(rows[b + 1])) b++;
  const subs = rows.slice(a, b + 1).filter((x) => x.kind === 'total' && qualifier(x.label));
  if (subs.length < 2 || i - a > SECTION_REACH) return null;
  // (Under Tujuan / Sasaran headings without money of their own: the programs under them. Under Tujuan and Sasaran
  // rows that carry money, their programs too, where the block's labels name programs.)
  const nodes = rows.slice(0, a).filter(isNode);
  const heads = topTerms(nodes);
  const under = belowHeadings(heads, nodes);
  const programs = nodes.filter((x) => x.kind === 'program');
  for (const top of [under.length ? under : heads, programs]) {
    const found = namedParts(rows[i], subs, top);
    if (found) return found;
  }
  return null;
}

/** The part of `top` the sub-total `total` names, or the part its block's other named sub-totals leave; else null. */
function namedParts(total: RowInfo, subs: RowInfo[], top: RowInfo[]): RowInfo[] | null {
  if (top.length < 2) return null;
  // (Two words at least: "Jumlah Program" names no one part.)
  const byName = (x: RowInfo) => {
    const q = qualifier(x.label)!;
    const hits = q.includes(' ') ? top.filter((t) => startsWithWords(bare(t), q)) : [];
    return hits.length && hits.length < top.length ? hits : null;
  };
  const own = byName(total);
  if (own) return own;
  const others = subs.filter((x) => x !== total).map(byName);
  if (others.some((t) => t === null)) return null;
  const taken = new Set(others.flatMap((t) => t!.map((x) => x.row)));
  const rest = top.filter((t) => !taken.has(t.row));
  return rest.length && rest.length < top.length ? rest : null;
}

/**
 * What a section's total adds, from its heading at index `from` to the total at `to`: the sub-totals in it, each
 * standing for the rows since its own heading (a "Jumlah Belanja Pegawai" inside "Belanja Operasi" is inside
 * "Jumlah Belanja Operasi") or since the total before it, and the rows no sub-total covers (a line with its own
 * amount between them: 5.3 Belanja Tidak Terduga).
 */
function sectionTerms(rows: RowInfo[], from: number, to: number): RowInfo[] {
  const items: RowInfo[] = [];
  const opened = new Map<string, number>();
  const openedBy = new Map<string, number>();
  let cut = 0;
  for (let j = from + 1; j < to; j++) {
    const x = rows[j];
    // Where each named row starts: the total that names it ("Jumlah Belanja Transfer" after "5.4 Belanja Transfer") closes from there.
    // (From the group's own row: "5.3.01 Belanja Tidak Terduga", the one line under "5.3 Belanja Tidak Terduga", starts nothing.)
    const name = bare(x);
    if ((x.kind === 'heading' || isNode(x)) && !(x.parent !== undefined && openedBy.get(name) === x.parent)) {
      opened.set(name, items.length);
      openedBy.set(name, x.row);
    }
    if (x.kind === 'total') {
      const named = qualifier(x.label);
      // ("Jumlah Bidang Urusan KEUANGAN" closes from the heading KEUANGAN.)
      const q = named === null ? null : opened.has(named) ? named : unranked(named);
      items.splice(q !== null && opened.has(q) ? opened.get(q)! : cut);
      items.push(x);
      cut = items.length;
    } else if (isNode(x)) items.push(x);
  }
  const totals = items.filter((x) => x.kind === 'total');
  return [...totals, ...topTerms(items.filter((x) => x.kind !== 'total'))].sort((a, b) => a.row - b.row);
}

/** The rows in ordinary case of flat rows that mix them with rows in capitals (their groups); else null. */
function casedLines(rows: RowInfo[]): RowInfo[] | null {
  if (rows.length <= 2 || rows.some((x) => x.level !== undefined)) return null;
  // (A unit named by its acronym, "UPTD", "RSUD", "BPBD", is a line in capitals, no group.)
  const lines = rows.filter((x) => !inCapitals(x.label, 2) || /^[A-Z]{2,5}$/.test(x.label.trim()));
  return lines.length && lines.length < rows.length ? lines : null;
}

/** A total's rank by its first two words ("jumlah urusan", "jumlah bidang", "sub total"), or '' when unnamed. */
function rankOf(x: RowInfo): string {
  return words(x.label).split(' ').slice(0, 2).join(' ');
}

// A recognised table's scopes, kept per total: several rules ask for them (sum.total-row, sum.percent,
// formula.constant, ratio.total), and a grand total's are passes over the whole table. Only for rows
// whose recognition is done (as rules/amounts.ts childrenOf): recognition itself calls totalScopes,
// while it still changes the rows' kinds.
const settled = new WeakMap<RowInfo[], Map<number, Scope[]>>();

/** totalScopes of a recognised table's rows, computed once per total. The result is shared: read it only. */
export function scopesOf(rows: RowInfo[], i: number): Scope[] {
  let byIndex = settled.get(rows);
  if (!byIndex) settled.set(rows, (byIndex = new Map()));
  let scopes = byIndex.get(i);
  if (!scopes) byIndex.set(i, (scopes = totalScopes(rows, i)));
  return scopes;
}

/** The rows a recognised table's total at index i closes by default (its first plausible scope): what a ratio or mean total is measured over. */
export function closedRows(rows: RowInfo[], i: number): RowInfo[] {
  return scopesOf(rows, i)[0]?.terms ?? [];
}
