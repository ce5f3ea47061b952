/**
 * value.shifted: a row whose figures sit one column off (a paste one cell to the side, a PDF converter
 * that dropped or added an empty cell). Read in place, such a row breaks every relation it takes part
 * in — its own ratio or row total, the Jumlah under it — and each says so in its own words without
 * naming the cause. The structure gives the hypothesis away (the row's first figure cell empty and a
 * number beyond its last, outside the table or in a column no other row uses for numbers; or the
 * mirror image), and the data settles it: the sheet is analysed again with the row read one column
 * back, and only when that leaves no finding on the row and adds none anywhere is the shift reported,
 * once, in place of the findings it explains.
 */
import type { ColumnInfo, Finding, SheetGrid, TableInfo } from '../types';
import type { SheetView } from '../sheet';
import type { Draft, RuleMeta, Template } from './rule';
import { message } from './rule';
import { a1, parseA1 } from '../address';
import { writableCopy } from '../cells';
import { isNumericRole } from '../recognise/columns';

export const meta: RuleMeta = {
  id: 'value.shifted',
  arithmetic: true,
  emits: {
    'value.shifted': {
      severity: 'error',
      title: { id: 'Angka satu baris bergeser satu kolom', en: "A row's figures shifted by one column" },
      messages: {
        right: message(
          (d, w) =>
            `Angka ${d.rowsId}${d.label ? ` ('${d.label}')` : ''} bergeser satu kolom ke kanan: ${d.hole} kosong dan ${d.stray} (${d.where}) berisi ${w.n(d.value)}; dibaca satu kolom ke kiri, ${brokenId(d, w)}`,
          (d, w) =>
            `The figures of ${d.rowsEn}${d.label ? ` ('${d.label}')` : ''} sit one column to the right: ${d.hole} is empty and ${d.stray} (${d.whereEn}) holds ${w.n(d.value)}; read one column to the left, ${brokenEn(d, w)}`,
        ),
        left: message(
          (d, w) =>
            `Angka ${d.rowsId}${d.label ? ` ('${d.label}')` : ''} bergeser satu kolom ke kiri: ${d.stray} (${d.where}) berisi ${w.n(d.value)} dan ${d.hole} kosong; dibaca satu kolom ke kanan, ${brokenId(d, w)}`,
          (d, w) =>
            `The figures of ${d.rowsEn}${d.label ? ` ('${d.label}')` : ''} sit one column to the left: ${d.stray} (${d.whereEn}) holds ${w.n(d.value)} and ${d.hole} is empty; read one column to the right, ${brokenEn(d, w)}`,
        ),
      },
    },
  },
};

/** The relations the shift broke, which hold once it is read back. */
const brokenId: Template = (d, w) => (d.n ? `${w.count(d.n, 'hubungan')} yang dilanggarnya terpenuhi (${d.cells})` : 'hubungan barisnya terpenuhi');
const brokenEn: Template = (d, w) =>
  d.n ? `the ${w.count(d.n, { one: 'relation', other: 'relations' })} it breaks ${d.n === 1 ? 'holds' : 'hold'} (${d.cells})` : 'its relations hold';

/** Rows tried per sheet: each costs an analysis of the sheet; more than a few shifted rows is another problem. */
export const MAX_TRIED = 3;

/** One shift to try: on each of `rows`, cells [from, to] move one column in `dir` (-1: back to the left). */
export interface Shift {
  table: number;
  rows: number[];
  dir: -1 | 1;
  from: number;
  to: number;
  /** Columns of the empty cell the figures left and of the figure that strayed (on the first row holding one). */
  hole: number;
  stray: number;
  /** The row whose stray figure the message names. */
  shown: number;
  /**
   * A page placed one column over (its repeated header moved with it): the converter's layout, not a
   * typing slip, so a warning. `joins`: that page was read as a table of its own, which the shift joins
   * to the table above.
   */
  page: boolean;
  joins?: boolean;
}

/** Other body rows holding a number in column c: a column that does hold numbers is no place for a stray one. */
function numbersIn(view: SheetView, info: TableInfo, c: number, except: Set<number>): number {
  let n = 0;
  for (const x of info.rows) if (!except.has(x.row) && view.numberAt(x.row, c) !== undefined) n++;
  return n;
}

/** Where a row's figures would sit one column off, if its layout reads so; null when it does not. */
interface Shape {
  dir: -1 | 1;
  from: number;
  to: number;
  hole: number;
  stray: number;
  /** The stray cell holds a number (a row of a repeated header strays with its words). */
  number: boolean;
}

/**
 * The shifts worth trying on a sheet: runs of body rows whose layout reads as one column off (a
 * single row pasted to the side; a page a converter placed one cell over, its repeated header
 * included), one of them with a stray number, in a table with an error or a warning (number.text
 * aside; a shifted row may leave only its Jumlah failing). At most MAX_TRIED, in table order.
 */
export function shiftCandidates(view: SheetView, tables: TableInfo[], findings: Finding[], offset: number): Shift[] {
  const out: Shift[] = [];
  tables.forEach((info, t) => {
    if (!info.checked || out.length >= MAX_TRIED) return;
    const figures = info.columns.filter((c) => isNumericRole(c.role)).map((c) => c.col);
    if (figures.length < 2) return;
    const isFigure = new Set(figures);
    const cL = Math.min(...figures);
    const cR = Math.max(...figures);
    if (!findings.some((f) => f.table === offset + t && counted(f))) return;
    let run: { rows: number[]; shape: Shape } | null = null;
    const close = () => {
      if (!run || out.length >= MAX_TRIED) return;
      const { rows, shape } = run;
      run = null;
      const strays = rows.filter((r) => view.numberAt(r, shape.stray) !== undefined);
      if (strays.length === 0) return;
      if (numbersIn(view, info, shape.stray, new Set(rows)) > 2 || rows.some((r) => crossesMerge(view, r, shape))) return;
      const header = rows.filter((r) => repeatsHeader(view, info, r, shape));
      // The message names a figure of the data, not a year of the repeated header.
      const shown = strays.find((r) => !header.includes(r)) ?? strays[0];
      out.push({ table: t, rows, dir: shape.dir, from: shape.from, to: shape.to, hole: shape.hole, stray: shape.stray, shown, page: header.length > 0 });
    };
    for (const x of info.rows) {
      if (x.kind === 'blank') continue;
      let shape = shapeOf(view, info, isFigure, x.row, cL, cR);
      // Past the last figure stands the figure that strayed, or a word of the header repeated one column over; any
      // other text there is the row's own (a unit kerja beside an empty kondisi awal).
      if (shape && !shape.number && !repeatsHeader(view, info, x.row, shape)) shape = null;
      if (!shape) {
        // A row with nothing among the figures (the first line of a wrapped label) neither moves nor ends a run.
        if (run && view.rowHasContent(x.row, cL - 1, cR + 1)) close();
        continue;
      }
      if (run && (shape.dir !== run.shape.dir || shape.hole !== run.shape.hole || shape.stray !== run.shape.stray)) close();
      run ??= { rows: [], shape };
      run.rows.push(x.row);
      // (The rows of a page end in different columns: the run moves up to the furthest.)
      if (shape.to > run.shape.to) run.shape = { ...run.shape, to: shape.to };
    }
    close();
  });
  for (let t = 0; t + 1 < tables.length && out.length < MAX_TRIED; t++) {
    const pair = shiftedPage(view, tables[t], tables[t + 1]);
    if (pair && findings.some((f) => (f.table === offset + t || f.table === offset + t + 1) && counted(f))) out.push({ table: t, ...pair });
  }
  return out;
}

/** A row that is the table's header (one of its rows) one column over: a page the converter moved. */
function repeatsHeader(view: SheetView, info: TableInfo, r: number, shape: Shape): boolean {
  for (let h = info.headerTop; h < info.bodyTop; h++) {
    let same = 0;
    for (let c = shape.from; c <= shape.to; c++) {
      const w = view.shownWords(r, c);
      if (!w) continue;
      if (w !== view.shownWords(h, c + shape.dir)) break;
      same++;
    }
    if (same >= 2) return true;
  }
  return false;
}

/**
 * The next table is the same table's next page, one column over: its header is this table's header
 * with one empty column inserted (the converter's spacer), and it reads as a table of its own. The
 * shift moves its every row back, header included, so that it reads as a repeated header.
 */
function shiftedPage(view: SheetView, a: TableInfo, b: TableInfo): Omit<Shift, 'table'> | null {
  const rows = a.bodyTop - a.headerTop;
  if (!a.checked || b.headerTop <= a.bodyTop + a.bodyRows - 1 || b.bodyTop - b.headerTop !== rows || b.right !== a.right + 1) return null;
  const same = (ra: number, ca: number, rb: number, cb: number) => view.shownWords(ra, ca) === view.shownWords(rb, cb);
  // The spacer: the first column where the pages' headers part, empty on every header row of the second.
  let hole = -1;
  for (let c = a.left; c <= a.right && hole < 0; c++) {
    for (let i = 0; i < rows; i++) if (!same(a.headerTop + i, c, b.headerTop + i, c)) hole = c;
  }
  if (hole <= a.left) return null;
  let matched = 0;
  for (let i = 0; i < rows; i++) {
    if (view.kindAt(b.headerTop + i, hole) !== 'empty') return null;
    for (let c = hole; c <= a.right; c++) {
      if (!same(a.headerTop + i, c, b.headerTop + i, c + 1)) return null;
      if (view.shownWords(a.headerTop + i, c)) matched++;
    }
  }
  if (matched < 2) return null;
  const all: number[] = [];
  for (let r = b.headerTop; r < b.bodyTop + b.bodyRows; r++) all.push(r);
  const shown = all.find((r) => r >= b.bodyTop && view.numberAt(r, b.right) !== undefined) ?? b.bodyTop;
  return { rows: all, dir: -1, from: hole + 1, to: b.right, hole, stray: b.right, shown, page: true, joins: true };
}

/**
 * Figures one column right: the first figure cell (or the satuan before it) empty and something past
 * the last, in a column that is not a figure's. Figures one column left: the last figure cell empty
 * and a number in the (text) column before the first.
 */
function shapeOf(view: SheetView, info: TableInfo, isFigure: Set<number>, r: number, cL: number, cR: number): Shape | null {
  // (Most rows hold a number in their first and last figure cells: neither shape, read without making a value.)
  const first = view.kindAt(r, cL);
  const past = cR + 1;
  if ((first === 'empty' || first === 'text') && past < view.storedWidth(r) && !isFigure.has(past) && view.kindAt(r, past) !== 'empty') {
    let hole = cL;
    if (first !== 'empty') {
      // The satuan moved too: it is empty and the first figure column holds its word.
      const satuan = info.columns.find((c) => c.role === 'satuan' && c.col === cL - 1);
      if (!satuan || view.kindAt(r, satuan.col) !== 'empty') return null;
      hole = satuan.col;
    }
    // Everything after the hole moved: the text columns after the figures (unit kerja, lokasi) too.
    return { dir: -1, from: hole + 1, to: Math.max(past, view.lastCol(r)), hole, stray: past, number: view.numberAt(r, past) !== undefined };
  }
  const before = cL - 1;
  if (before >= info.left && !isFigure.has(before) && view.kindAt(r, cR) === 'empty' && view.numberAt(r, before) !== undefined) {
    return { dir: 1, from: before, to: cR - 1, hole: cR, stray: before, number: true };
  }
  return null;
}

/** A merge on the row that the moved cells would cut through. */
function crossesMerge(view: SheetView, r: number, s: Pick<Shape, 'from' | 'to' | 'dir'>): boolean {
  const lo = Math.min(s.from, s.from + s.dir);
  const hi = Math.max(s.to, s.to + s.dir);
  for (let c = lo; c <= hi; c++) {
    const m = view.mergeAt(r, c);
    if (m && (m.c0 < lo || m.c1 > hi)) return true;
  }
  return false;
}

/** A copy of the sheet with each shift's cells moved one column, merges inside them too (the grid itself is not touched). */
export function shiftedGrid(grid: SheetGrid, shifts: Shift[]): SheetGrid {
  const copy = writableCopy(grid);
  for (const s of shifts) {
    for (const r of s.rows) {
      const row = (copy.cells[r] ??= []);
      if (s.dir === -1) {
        for (let c = s.from; c <= s.to; c++) row[c - 1] = row[c];
        row[s.to] = undefined;
      } else {
        for (let c = s.to; c >= s.from; c--) row[c + 1] = row[c];
        row[s.from] = undefined;
      }
    }
    const rows = new Set(s.rows);
    copy.merges = copy.merges.map((m) => {
      if (m.c0 < s.from || m.c1 > s.to) return m;
      for (let r = m.r0; r <= m.r1; r++) if (!rows.has(r)) return m;
      return { ...m, c0: m.c0 + s.dir, c1: m.c1 + s.dir };
    });
  }
  return copy;
}

/** Where a cell of the shifted copy stands in the sheet itself. */
export function unshiftedCell(cell: string, shifts: Shift[]): string {
  const at = parseA1(cell);
  if (!at) return cell;
  for (const s of shifts) {
    if (at.col >= s.from + s.dir && at.col <= s.to + s.dir && s.rows.includes(at.row)) return a1(at.row, at.col - s.dir);
  }
  return cell;
}

/** Errors and warnings a reviewer reads (number.text says how a cell is typed, not where). */
export const counted = (f: Finding) => f.severity !== 'info' && f.rule !== 'number.text';
export const findingKey = (f: Finding) => `${f.cell}|${f.rule}`;

/**
 * Whether the sheet read with the shift is the better reading: the same tables, nothing left on the
 * shifted row, no finding that was not there before, and fewer of them.
 */
export function shiftHolds(before: { tables: TableInfo[]; findings: Finding[] }, after: { tables: TableInfo[]; findings: Finding[] }, s: Shift): boolean {
  if (
    s.joins
      ? after.tables.length !== before.tables.length - 1
      : after.tables.length !== before.tables.length || after.tables.some((t, i) => t.range !== before.tables[i].range)
  )
    return false;
  const was = new Set(before.findings.filter(counted).map(findingKey));
  const now = after.findings.filter(counted);
  const rows = new Set(s.rows);
  if (now.some((f) => !was.has(findingKey(f)) || rows.has(parseA1(f.cell)?.row ?? -1))) return false;
  // (A figure in a column of its own header, "Target Indikator Lainnya" filled on the IKU rows, read as having strayed
  // there: one relation mended by the move is a coincidence, not the evidence a shift needs.)
  const stray = before.tables[s.table]?.columns.find((c) => c.col === s.stray);
  if (!s.page && !s.joins && stray?.role === 'other' && /\b(target|realisasi|capaian|nilai)\b/i.test(stray.path.join(' ')) && was.size - now.length < 2)
    return false;
  return now.length < was.size;
}

/** The one finding that replaces those the shift explains (`gone`: the findings no longer there once it is read back). */
export function shiftDraft(view: SheetView, info: TableInfo, s: Shift, gone: Finding[]): Draft {
  const first = s.rows[0];
  const last = s.rows[s.rows.length - 1];
  const label = s.rows.length === 1 ? (info.rows.find((x) => x.row === first)?.label ?? '') : '';
  const cells = [...new Set(gone.map((f) => f.cell))];
  const outside = s.stray > info.right || s.stray < info.left;
  const col: ColumnInfo | undefined = info.columns.find((c) => c.col === s.stray);
  const name = col?.path.filter(Boolean).join(' / ') ?? '';
  const span = first === last ? `${first + 1}` : `${first + 1}–${last + 1}`;
  const value = view.numberAt(s.shown, s.stray) ?? null;
  return {
    cell: a1(s.shown, s.dir === -1 ? s.hole : s.stray),
    rule: 'value.shifted',
    severity: s.page ? 'warning' : 'error',
    messageId: s.dir === -1 ? 'right' : 'left',
    expected: null,
    actual: value,
    related: [a1(s.shown, s.dir === -1 ? s.stray : s.hole), ...cells],
    data: {
      rowsId: `baris ${span}`,
      rowsEn: first === last ? `row ${span}` : `rows ${span}`,
      label: label.length > 60 ? `${label.slice(0, 57)}…` : label,
      hole: a1(s.shown, s.hole),
      stray: a1(s.shown, s.stray),
      where: outside ? 'di luar tabel' : `kolom "${name}"`,
      whereEn: outside ? 'outside the table' : `column "${name}"`,
      value: value ?? 0,
      n: cells.length,
      cells: cells.length > 6 ? `${cells.slice(0, 6).join(', ')} …` : cells.join(', '),
    },
  };
}
