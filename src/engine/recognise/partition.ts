/**
 * A total that is the whole of each group above it, not of their sum: a respondents' profile (Jenis Kelamin,
 * Pendidikan, Pekerjaan, Usia, each splitting the same 217 respondents, then "Jumlah Responden | 217"), a Tabel 2.1 of
 * pegawai "A. Menurut Golongan … B. Menurut Pendidikan …" closed by one "Jumlah Pegawai". Read so only where the
 * figures say it: two groups or more each add up to the total (totals.ts's scopes all fail there).
 */
import type { ColumnInfo, RowInfo } from '../types';
import { ownText, type SheetView } from '../sheet';

export interface PartGroup {
  /** The group's name: its heading's label, or the text naming it on its first row. */
  name: string;
  /** The rows its figures add: its top-level rows. */
  terms: RowInfo[];
}

const ITEMS = new Set(['indicator', 'program', 'kegiatan', 'subkegiatan']);

/**
 * The groups the rows between the previous total and the total at i fall into, or null where they do not: split by
 * figureless headings (the shallowest), else by a column left of the names typed on some rows only ("Jenis Kelamin"
 * beside "Laki-laki", nothing beside "Perempuan"). Two groups at least, each of one row or more, two of two or more,
 * and no row before the first group.
 */
export function partitionGroups(view: SheetView, columns: ColumnInfo[], rows: RowInfo[], i: number, figureCols: number[]): PartGroup[] | null {
  let k = i - 1;
  while (k >= 0 && rows[k].kind !== 'total' && rows[k].kind !== 'average' && rows[k].kind !== 'headerRepeat') k--;
  const span = rows.slice(k + 1, i);
  const figureless = (x: RowInfo) => figureCols.every((c) => view.kindAt(x.row, c) === 'empty' || view.kindAt(x.row, c) === 'text');
  const headings = span.filter((x) => x.kind === 'heading' && figureless(x));
  let groups: PartGroup[] | null = null;
  if (headings.length >= 2) {
    // (A loop, not Math.min(...): a long table's headings are past what a call takes as arguments.)
    let top = Infinity;
    for (const x of headings) top = Math.min(top, x.level ?? -1);
    groups = split(
      span,
      (x) => x.kind === 'heading' && (x.level ?? -1) === top && figureless(x),
      (x) => x.label,
    );
  } else {
    const cols = groupColumns(view, columns, rows);
    if (cols.length)
      groups = split(
        span,
        (x) => ITEMS.has(x.kind) && cols.some((c) => ownText(view, x.row, c).trim() !== ''),
        (x) => cols.map((c) => ownText(view, x.row, c).trim()).find((s) => /\p{L}/u.test(s)) ?? x.label,
        true,
      );
  }
  if (!groups || groups.length < 2 || groups.some((g) => g.terms.length === 0)) return null;
  if (groups.filter((g) => g.terms.length >= 2).length < 2) return null;
  return groups;
}

/** Splits the rows at each start; null when an item stands before the first. A start row that is an item is the group's first term. */
function split(span: RowInfo[], isStart: (x: RowInfo) => boolean, nameOf: (x: RowInfo) => string, startIsItem = false): PartGroup[] | null {
  const out: { name: string; rows: RowInfo[] }[] = [];
  for (const x of span) {
    if (isStart(x)) {
      out.push({ name: nameOf(x).trim(), rows: startIsItem ? [x] : [] });
      continue;
    }
    if (x.kind === 'blank' || x.kind === 'continuation' || x.kind === 'heading' || x.kind === 'derived') {
      if (out.length) out[out.length - 1].rows.push(x);
      continue;
    }
    if (!ITEMS.has(x.kind)) return null;
    if (!out.length) return null;
    out[out.length - 1].rows.push(x);
  }
  return out.map((g) => {
    const inGroup = new Set(g.rows.map((x) => x.row));
    // Its top-level rows: an item under another item of the group is inside it.
    const terms = g.rows.filter((x) => ITEMS.has(x.kind) && (x.parent === undefined || !inGroup.has(x.parent)));
    return { name: g.name, terms };
  });
}

const cache = new WeakMap<RowInfo[], number[]>();

/**
 * Text columns left of the names typed only on some rows that have a name, and not on every such row: each marks where
 * a group begins (a profile's "Karakteristik", its No numbering the groups).
 */
function groupColumns(view: SheetView, columns: ColumnInfo[], rows: RowInfo[]): number[] {
  const known = cache.get(rows);
  if (known) return known;
  const label = columns.find((c) => c.role === 'label');
  const out: number[] = [];
  if (label)
    for (const c of columns) {
      if (c.col >= label.col || (c.role !== 'text' && c.role !== 'no' && c.role !== 'other')) continue;
      let filled = 0;
      let empty = 0;
      let stray = false;
      for (const x of rows) {
        if (!ITEMS.has(x.kind)) continue;
        const own = ownText(view, x.row, c.col).trim() !== '';
        if (own && ownText(view, x.row, label.col).trim() === '') stray = true;
        if (own) filled++;
        else empty++;
      }
      if (!stray && filled >= 2 && empty >= 2) out.push(c.col);
    }
  cache.set(rows, out);
  return out;
}

/** How many of the groups add up to `stated` in a column, by the caller's sum and tolerance. */
export function groupsAgreeing(groups: PartGroup[], fits: (g: PartGroup) => boolean): number {
  let n = 0;
  for (const g of groups) if (fits(g)) n++;
  return n;
}

/**
 * The figures say the total is each group's whole: in some column two groups or more, and half of them at least, add
 * up to it; or three groups or more add up to one sum between them, nearer the total than their sum together is (the
 * total is the slip).
 */
export function isPartitionTotal(
  groups: PartGroup[],
  cols: number[],
  fits: (g: PartGroup, c: number) => boolean,
  sumOf: (g: PartGroup, c: number) => number | null,
  stated: (c: number) => number | null,
): boolean {
  return cols.some((c) => {
    const n = groupsAgreeing(groups, (g) => fits(g, c));
    if (n >= 2 && 2 * n >= groups.length) return true;
    const S = stated(c);
    const w = commonSum(groups, c, sumOf);
    return groups.length >= 3 && S !== null && w !== null && Math.abs(S - w) < Math.abs(S - w * groups.length);
  });
}

/** The one sum every group adds up to in a column, or null. */
export function commonSum(groups: PartGroup[], c: number, sumOf: (g: PartGroup, c: number) => number | null): number | null {
  const first = sumOf(groups[0], c);
  if (first === null) return null;
  for (const g of groups) {
    const v = sumOf(g, c);
    if (v === null || Math.abs(v - first) > 1e-9 * Math.max(1, Math.abs(first))) return null;
  }
  return first;
}
