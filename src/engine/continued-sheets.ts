/**
 * One table printed over two sheets or more ("Tabel 3.5" and "Tabel 3.5 (lanj)", a page ending "bersambung …", the next
 * titled "Lanjutan Tabel 3.5"), the same header repeated on each. Read sheet by sheet, a program cut by the sheet break
 * misses the kegiatan of the next sheet, the next sheet's first kegiatan reads as a program, and an unlabelled grand
 * total on the last sheet reads as one more row. So the run of sheets is also read as one sheet, stacked (a table
 * repeating its header down one sheet is read as one already), and that reading's findings are said at their own
 * sheets' cells in place of the sheets' own — when the sheets say they continue, or when the stacked reading explains
 * more of the figures. (split-tables.ts covers the rest: a grand total adding sheets not recognised as one run.)
 */
import { a1, parseA1, parseRange } from './address';
import { rowValues, storeOf, writableCopy } from './cells';
import { norm } from './text';
import type { Finding, RowInfo, SheetAnalysis, SheetGrid, TableInfo } from './types';

/** Rows of a sheet looked at for its title and header. */
const TOP_ROWS = 30;

/** A sheet's own words that it continues the sheet before. */
const CONTINUES = /\b(lanj(utan)?|sambungan|continued|cont)\b/;
/** A page's last words that the table goes on (on the sheet before). */
const GOES_ON = /^\W*(bersambung|lanjut|continued)\b/;

/** A pair of consecutive sheets, the second repeating the first's header (or its column numbers). */
interface Link {
  /** Whether the sheets say so (words of the name, a title or the page before's foot), not only a name with a number. */
  said: boolean;
}

function rowCountOf(grid: SheetGrid): number {
  return storeOf(grid)?.rowCount ?? grid.cells.length;
}

function textsOf(grid: SheetGrid, r: number): string[] {
  return rowValues(grid, r).map((v) => (typeof v === 'string' ? norm(v) : v === null || v === undefined ? '' : String(v)));
}

/** A row that may be a header: three cells of words or more. */
function isHeaderLike(texts: string[]): boolean {
  let n = 0;
  for (const t of texts) if (/[a-z]{2}/.test(t)) n++;
  return n >= 3;
}

/** The first row of `b`'s top that repeats a header-like row of `a`'s top, cell for cell: both rows' numbers. */
function repeatedHeader(a: SheetGrid, b: SheetGrid): [number, number] | null {
  const tops = new Map<string, number>();
  const na = Math.min(TOP_ROWS, rowCountOf(a));
  for (let r = 0; r < na; r++) {
    const t = textsOf(a, r);
    if (isHeaderLike(t)) {
      const key = trimmed(t).join('\u0001');
      if (!tops.has(key)) tops.set(key, r);
    }
  }
  const nb = Math.min(TOP_ROWS, rowCountOf(b));
  for (let r = 0; r < nb; r++) {
    const t = textsOf(b, r);
    if (!isHeaderLike(t)) continue;
    const at = tops.get(trimmed(t).join('\u0001'));
    if (at !== undefined) return [at, r];
  }
  return null;
}

function trimmed(t: string[]): string[] {
  let n = t.length;
  while (n > 0 && t[n - 1] === '') n--;
  return t.slice(0, n);
}

/** A sheet name's continuation mark: "Tabel 3.5 (2)" → stem "tabel 3.5", 2; "T-C.24 lanj" → 2; "Tabel 3.5" → 1. */
const MARK =
  /^(.*?)[\s_-]*(?:\(\s*(?:(\d{1,2})|(lanj\w*|sambungan|cont\w*)\.?\s*(\d{1,2})?)\s*\)|(?<=[\s_-])(?:(\d{1,2})|(lanj\w*|sambungan|cont\w*)\.?\s*(\d{1,2})?))$/;

function markOf(name: string): { stem: string; n: number } {
  const x = norm(name);
  const m = MARK.exec(x);
  if (!m || !m[1]) return { stem: x, n: 1 };
  const num = m[2] ?? m[5];
  const extra = m[4] ?? m[7];
  return { stem: m[1].trim(), n: num ? Number(num) : extra ? Number(extra) + 1 : 2 };
}

/** Whether `b`'s name continues `a`'s: "Tabel 3.5" → "Tabel 3.5 (2)" → "Tabel 3.5 (3)", "T-C.24" → "T-C.24 lanj". */
function namedAfter(a: string, b: string): boolean {
  const x = markOf(a);
  const y = markOf(b);
  return x.stem === y.stem && y.n === x.n + 1;
}

/** Whether the rows of a sheet, from `from` to `to` (exclusive), hold a continuation's words. */
function saysSo(grid: SheetGrid, from: number, to: number, words: RegExp): boolean {
  for (let r = Math.max(0, from); r < to; r++) {
    for (const v of rowValues(grid, r)) if (typeof v === 'string' && v.length <= 80 && words.test(norm(v))) return true;
  }
  return false;
}

function linkOf(a: SheetGrid, b: SheetGrid): Link | null {
  const named = namedAfter(a.name, b.name);
  const nameSays = CONTINUES.test(norm(b.name));
  // Two sheets of unrelated names are two tables, however alike their headers.
  const foot = () => saysSo(a, rowCountOf(a) - 6, rowCountOf(a), GOES_ON);
  if (!named && !nameSays && !foot()) return null;
  const header = repeatedHeader(a, b);
  if (!header) {
    // Only the column numbers printed again ("Lanjutan Tabel 3.1" over "1 | 2 | 3 …", the rows to repeat of a printout):
    // where the sheet says it continues, its rows are the table's, though read alone it has no header.
    const numbers = repeatedNumbers(a, b);
    if (!numbers) return null;
    const said = nameSays || saysSo(b, 0, numbers[1], CONTINUES) || foot();
    return said && !copied(a, numbers[0], b, numbers[1]) ? { said } : null;
  }
  const [headerA, headerB] = header;
  // A sheet copied whole (a backup, the same table twice) is not a continuation: some row under its header differs.
  if (copied(a, headerA, b, headerB)) return null;
  return { said: nameSays || saysSo(b, 0, headerB, CONTINUES) || foot() };
}

/** A column-number row of `a`'s top (1, 2, 3 … in consecutive cells, three or more) repeated cell for cell at `b`'s. */
function repeatedNumbers(a: SheetGrid, b: SheetGrid): [number, number] | null {
  const key = (g: SheetGrid, r: number) => {
    const v = rowValues(g, r);
    const first = v.findIndex((x) => x !== null && x !== undefined && x !== '');
    if (first < 0) return null;
    let n = 0;
    for (let c = first; c < v.length; c++) {
      const t = v[c];
      if (t === null || t === undefined || t === '') continue;
      if (Number(t) !== n + 1) return null;
      n++;
    }
    return n >= 3 ? `${first}:${n}` : null;
  };
  const tops = new Map<string, number>();
  for (let r = 0; r < Math.min(TOP_ROWS, rowCountOf(a)); r++) {
    const k = key(a, r);
    if (k && !tops.has(k)) tops.set(k, r);
  }
  for (let r = 0; r < Math.min(TOP_ROWS, rowCountOf(b)); r++) {
    const k = key(b, r);
    const at = k ? tops.get(k) : undefined;
    if (at !== undefined) return [at, r];
  }
  return null;
}

/** Whether every row of `b` from its header on (a dozen at most) repeats the row of `a` as far from `a`'s header. */
function copied(a: SheetGrid, ha: number, b: SheetGrid, hb: number): boolean {
  const n = Math.min(12, rowCountOf(b) - hb);
  for (let i = 1; i < n; i++) if (textsOf(a, ha + i).join('\u0001') !== textsOf(b, hb + i).join('\u0001')) return false;
  return true;
}

/** A run of consecutive sheets holding one table. */
export interface Run {
  /** The sheets' indices in the workbook. */
  sheets: number[];
  /** Whether every link of the run is said (by a name's, a title's or a page foot's words). */
  said: boolean;
}

export function continuedRuns(grids: SheetGrid[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i + 1 < grids.length; i++) {
    const link = linkOf(grids[i], grids[i + 1]);
    if (!link) continue;
    const last = runs[runs.length - 1];
    if (last && last.sheets[last.sheets.length - 1] === i) {
      last.sheets.push(i + 1);
      last.said &&= link.said;
    } else runs.push({ sheets: [i, i + 1], said: link.said });
  }
  return runs;
}

/** Where a sheet of a run stands in the stacked sheet: its first row at row `start`, `rows` rows in all. */
interface Part {
  sheet: string;
  start: number;
  rows: number;
}

/**
 * The run's sheets stacked into one, a blank row between (its repeated titles and header are page furniture there, as
 * on a sheet printed over pages). Each sheet's formulas read as they do in the stack.
 */
export function stackedGrid(grids: SheetGrid[]): { grid: SheetGrid; parts: Part[] } {
  const parts: Part[] = [];
  let start = 0;
  for (const g of grids) {
    const rows = rowCountOf(g);
    parts.push({ sheet: g.name, start, rows });
    start += rows + 1;
  }
  // (Row r of a sheet is row r + start of the stack.)
  const shifts = new Map(parts.map((p) => [norm(p.sheet), p.start]));
  const cells: SheetGrid['cells'] = [];
  const merges: SheetGrid['merges'] = [];
  const hiddenRows: number[] = [];
  const hiddenCols = new Set<number>();
  grids.forEach((g, i) => {
    const { start: shift, rows } = parts[i];
    const copy = writableCopy(g);
    for (let r = 0; r < rows; r++) {
      const row = copy.cells[r];
      cells[r + shift] = row?.map((c) => (c?.formula ? { ...c, formula: movedFormula(c.formula, shift, shifts) } : c));
    }
    for (const m of g.merges) merges.push({ ...m, r0: m.r0 + shift, r1: m.r1 + shift });
    for (const r of g.hiddenRows ?? []) hiddenRows.push(r + shift);
    for (const c of g.hiddenCols ?? []) hiddenCols.add(c);
  });
  const grid: SheetGrid = { name: grids[0].name, cells, merges };
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  if (hiddenCols.size) grid.hiddenCols = [...hiddenCols].sort((x, y) => x - y);
  return { grid, parts };
}

const REF = /('(?:[^']|'')+'|[A-Za-z_][\w.]*)?(!?)(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(!])/y;

/**
 * A formula of a stacked sheet whose rows moved `own` rows down: its references to its own sheet moved with it, and
 * those to another sheet of the run (by name, to its shift) made references to that sheet's rows in the stack.
 * References elsewhere stay.
 */
export function movedFormula(formula: string, own: number, offsets: Map<string, number>): string {
  let out = '';
  let i = 0;
  // The sheet of a range's first end, which its second end shares ('Tabel 3.5'!C4:C9).
  let rangeSheet: number | null | undefined;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    REF.lastIndex = i;
    const m = /[\w.$']/.test(prev) ? null : REF.exec(formula);
    if (!m || (m[1] && !m[2])) {
      // (A name without "!" before the cell is part of a longer name: copied as it is.)
      if (m && m[1] && !m[2]) {
        out += m[1];
        i += m[1].length;
      } else {
        out += ch;
        i++;
      }
      if (ch !== ':' && ch !== '$') rangeSheet = undefined;
      continue;
    }
    const [, sheetPart, , colAbs, col, rowAbs, row] = m;
    let shift: number | null;
    if (sheetPart) {
      const name = sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
      const at = offsets.get(norm(name));
      shift = at === undefined ? null : at;
    } else shift = prev === ':' && rangeSheet !== undefined ? rangeSheet : own;
    const ref = `${colAbs}${col}${rowAbs}${Number(row) + (shift ?? 0)}`;
    out += shift === null ? m[0] : ref;
    rangeSheet = shift;
    i += m[0].length;
  }
  return out;
}

/** A cell of the stack at its own sheet's cell. */
function placeOf(cell: string, parts: Part[]): { part: number; cell: string } {
  const at = parseA1(cell);
  if (!at) return { part: 0, cell };
  let p = parts.length - 1;
  while (p > 0 && at.row < parts[p].start) p--;
  return { part: p, cell: a1(at.row - parts[p].start, at.col) };
}

/**
 * The stacked reading's findings, each at its own sheet's cell (a related cell on another sheet named with its sheet),
 * its table numbered among its sheet's tables; null when the stacked reading does not find each sheet's tables as the
 * sheets' own readings do, a table running on over each seam.
 */
export function findingsByPart(stacked: SheetAnalysis, parts: Part[], own: SheetAnalysis[]): Finding[][] | null {
  const spans = stacked.tables.map((t) => {
    const r = parseRange(t.range);
    return parts.map((p) => !!r && r.r0 < p.start + p.rows && r.r1 >= p.start);
  });
  for (let p = 0; p < parts.length; p++) {
    // (A continuation that alone shows no table, its header only the column numbers: the stacked table's part of it.)
    const mine = spans.filter((s) => s[p]).length;
    if (mine !== own[p].tables.length && !(p > 0 && own[p].tables.length === 0 && mine === 1)) return null;
    if (p > 0 && !spans.some((s) => s[p - 1] && s[p])) return null;
  }
  const out: Finding[][] = parts.map(() => []);
  for (const f of stacked.findings) {
    const { part, cell } = placeOf(f.cell, parts);
    const onSheet = (c: string) => {
      const x = placeOf(c, parts);
      return x.part === part ? x.cell : `'${parts[x.part].sheet.replace(/'/g, "''")}'!${x.cell}`;
    };
    const related = f.related.map((c) => (c.includes('!') ? c : onSheet(c)));
    const moved = new Map<string, string>([[f.cell, cell]]);
    f.related.forEach((c, i) => moved.set(c, related[i]));
    const message = { id: renamed(f.message.id, moved), en: renamed(f.message.en, moved) };
    let table = f.table;
    if (table !== undefined) {
      const mine = spans.map((s, i) => (s[part] ? i : -1)).filter((i) => i >= 0);
      table = Math.max(0, mine.indexOf(table));
    }
    out[part].push({ ...f, sheet: parts[part].sheet, cell, related, message, ...(table !== undefined ? { table } : {}) });
  }
  return out;
}

/**
 * The stacked table as it stands on a continuation sheet that shows none of its own (only the column numbers over its
 * rows): its columns, and its rows on that sheet, at that sheet's rows.
 */
export function tableOnPart(stacked: SheetAnalysis, parts: Part[], p: number): TableInfo | null {
  const part = parts[p];
  const inPart = (r: number) => r >= part.start && r < part.start + part.rows;
  const t = stacked.tables.find((x) => x.rows.some((y) => inPart(y.row)));
  if (!t) return null;
  // (Its repeated titles and column numbers, furniture of the stack, are no rows of it.)
  const rows = t.rows.filter((y) => inPart(y.row) && y.kind !== 'blank' && y.kind !== 'headerRepeat');
  if (rows.length === 0) return null;
  const first = rows[0].row - part.start;
  const last = rows[rows.length - 1].row - part.start;
  const moved = (r: number | undefined) => (r !== undefined && inPart(r) ? r - part.start : undefined);
  return {
    ...t,
    sheet: part.sheet,
    range: `${a1(first, t.left)}:${a1(last, t.right)}`,
    headerTop: first,
    headerRows: 0,
    bodyTop: first,
    bodyRows: last - first + 1,
    numberRow: undefined,
    rows: rows.map((y) => {
      const x: RowInfo = { ...y, row: y.row - part.start };
      const parent = moved(y.parent);
      if (parent === undefined) delete x.parent;
      else x.parent = parent;
      if (y.lines) x.lines = y.lines.filter(inPart).map((r) => r - part.start);
      return x;
    }),
  };
}

/** A message naming stacked cells, naming them where they stand. */
function renamed(text: string, moved: Map<string, string>): string {
  if (![...moved].some(([a, b]) => a !== b)) return text;
  return text.replace(/\b[A-Z]{1,3}\d+\b/g, (c) => moved.get(c) ?? c);
}
