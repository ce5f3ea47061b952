/**
 * Body rows: what each row is (heading, data, continuation line, Jumlah, repeated header)
 * and, for budget and plan tables, the program > kegiatan > sub kegiatan hierarchy —
 * from kode rekening, from the words "Program"/"Kegiatan"/"Sub Kegiatan", from roman
 * numerals, and where none of those speak, from the sums themselves.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { SheetView } from '../sheet';
import { isRepeatOf, type TableSpan } from './header';
import { isNumericRole } from './columns';
import { romanValue, words } from '../text';

const TOTAL_LABEL =
  /^(sub\s*-?\s*)?(jumlah|total|jml\.?|grand\s*total)(\s+(total|keseluruhan|seluruhnya|akhir|umum|semua|belanja|anggaran|pendapatan|program|kegiatan|pagu|realisasi|[ivx]+|\d{4}))*\s*[:.]?$/i;

/** Hierarchy levels: urusan −2, bidang −1, program 0, kegiatan 1, sub kegiatan 2. */
export const LEVEL = { urusan: -2, bidang: -1, program: 0, kegiatan: 1, sub: 2 } as const;

/**
 * "Rata-rata", "Rata-rata Capaian", "Rerata": a row closing the table with means. Only closed
 * wordings: "Rata-rata Lama Sekolah" is an indicator (an IPM component), not a mean of the rows.
 */
const AVERAGE_LABEL = /^(rata\s*-?\s*rata|rerata|rata2|average)(\s+(capaian|kinerja|persentase|rasio|nilai|seluruhnya|keseluruhan|total|tahunan|\(%\)|%))*\s*[:.]?$/i;

/** APBD summary lines computed from other lines (Pendapatan − Belanja …), not summed into anything. */
const DERIVED_LABEL = /^(surplus|defisit|\(?surplus\)?\s*\/\s*\(?defisit\)?|pembiayaan\s+(daerah\s+)?net+o|sisa lebih (\/\s*kurang\s+)?pembiayaan|silpa)\b/i;

export function isDerivedLabel(s: string): boolean {
  return DERIVED_LABEL.test(s.trim());
}

export function isAverageLabel(s: string): boolean {
  return AVERAGE_LABEL.test(s.trim());
}

export function isTotalLabel(s: string): boolean {
  return TOTAL_LABEL.test(s.trim());
}

export function levelFromWords(label: string): number | undefined {
  const w = words(label);
  if (/^sub ?kegiatan\b/.test(w)) return LEVEL.sub;
  if (/^kegiatan\b/.test(w)) return LEVEL.kegiatan;
  if (/^program\b/.test(w)) return LEVEL.program;
  if (/^bidang urusan\b/.test(w)) return LEVEL.bidang;
  if (/^urusan\b/.test(w)) return LEVEL.urusan;
  return undefined;
}

/** Level from a dotted kode rekening (Kepmendagri 050-5889): 2.07 bidang, 2.07.02 program, 2.07.02.2.01 kegiatan, +.0001 sub. */
function upperLevel(text: string): number | undefined {
  const lv = levelFromWords(text);
  return lv !== undefined && lv < LEVEL.program ? lv : undefined;
}

export function levelFromKode(kode: string): number | undefined {
  const parts = kodeParts(kode);
  if (parts === 0) return undefined;
  switch (parts) {
    case 1:
      return LEVEL.urusan;
    case 2:
      return LEVEL.bidang;
    case 3:
      return LEVEL.program;
    case 4:
    case 5:
      return LEVEL.kegiatan;
    default:
      return LEVEL.sub;
  }
}

/**
 * Number of parts of a kode made of [0-9xX] parts split by dots or spaces, 0 when it is not one.
 * A character scan (called on every body row); non-ASCII text takes the regex path.
 */
function kodeParts(kode: string): number {
  let parts = 0;
  let inPart = false;
  for (let i = 0; i < kode.length; i++) {
    const ch = kode.charCodeAt(i);
    if (ch >= 128) {
      const p = kode.trim().split(/[.\s]+/).filter(Boolean);
      return p.length > 0 && p.every((x) => /^[0-9xX]+$/.test(x)) ? p.length : 0;
    }
    if (ch === 46 || ch === 32 || (ch >= 9 && ch <= 13)) inPart = false;
    else if ((ch >= 48 && ch <= 57) || ch === 120 || ch === 88) {
      if (!inPart) parts++;
      inPart = true;
    } else return 0;
  }
  return parts;
}

function kodeColumnLevel(path: string[]): number | undefined {
  const leaf = words(path[path.length - 1] ?? '');
  if (/sub ?kegiatan/.test(leaf)) return LEVEL.sub;
  if (/kegiatan/.test(leaf)) return LEVEL.kegiatan;
  if (/program/.test(leaf)) return LEVEL.program;
  if (/bidang/.test(leaf)) return LEVEL.bidang;
  if (/urusan/.test(leaf)) return LEVEL.urusan;
  return undefined;
}

export interface RowContext {
  labelCol?: number;
  indicatorCol?: number;
  noCol?: number;
  kodeCols: number[];
  /** Columns holding tujuan / sasaran text: a row that fills them starts a new context. */
  contextCols: number[];
  numericCols: number[];
  /** Money columns used by the hierarchy and its sums. */
  amountCols: number[];
}

export function rowContext(cols: ColumnInfo[]): RowContext {
  const find = (role: ColumnInfo['role']) => cols.find((c) => c.role === role)?.col;
  return {
    labelCol: find('label'),
    indicatorCol: find('indicator'),
    noCol: find('no'),
    kodeCols: cols.filter((c) => c.role === 'kode').map((c) => c.col),
    contextCols: cols.filter((c) => c.role === 'text' && /tujuan|sasaran/.test(words(c.path.join(' '))) && !/indikator/.test(words(c.path.join(' ')))).map((c) => c.col),
    numericCols: cols.filter((c) => isNumericRole(c.role)).map((c) => c.col),
    amountCols: cols.filter((c) => ['rp', 'akhirRp', 'anggaran', 'realisasiRp'].includes(c.role)).map((c) => c.col),
  };
}

function rowKode(view: SheetView, r: number, ctx: RowContext, cols: ColumnInfo[]): { kode?: string; level?: number } {
  if (ctx.kodeCols.length === 0) return {};
  if (ctx.kodeCols.length === 1) {
    const t = view.shownText(r, ctx.kodeCols[0]);
    return t ? { kode: t, level: levelFromKode(t) } : {};
  }
  // Kode split over columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan): the deepest filled one decides.
  const parts: string[] = [];
  let level: number | undefined;
  let filled = 0;
  for (const c of ctx.kodeCols) {
    const t = view.shownText(r, c);
    if (!t) continue;
    parts.push(t);
    filled++;
    const lv = kodeColumnLevel(cols.find((x) => x.col === c)?.path ?? []);
    if (lv !== undefined) level = lv;
  }
  if (filled === 0) return {};
  if (level === undefined) level = [LEVEL.urusan, LEVEL.bidang, LEVEL.program, LEVEL.kegiatan, LEVEL.sub][Math.min(filled, 5) - 1];
  return { kode: parts.join('.'), level };
}

function hasNumbers(view: SheetView, r: number, cols: number[]): boolean {
  return cols.some((c) => view.value(r, c).kind === 'number');
}

/** Some value in a numeric column, even a qualitative one ("BB", "WTP"): a data row, not a heading. */
function hasValues(view: SheetView, r: number, cols: number[]): boolean {
  return cols.some((c) => {
    const k = view.value(r, c).kind;
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

export function classifyRows(view: SheetView, t: TableSpan, cols: ColumnInfo[], ctx: RowContext): RowInfo[] {
  const rows: RowInfo[] = [];
  let owner: RowInfo | undefined;
  for (let r = t.bodyTop; r <= t.bodyEnd; r++) {
    if (!view.rowHasContent(r, t.left, t.right)) {
      rows.push({ row: r, kind: 'blank', label: '' });
      continue;
    }
    if (isRepeatOf(view, r, t)) {
      rows.push({ row: r, kind: 'headerRepeat', label: '' });
      continue;
    }
    const label = ctx.labelCol !== undefined ? view.shownText(r, ctx.labelCol) : '';
    const indicator = ctx.indicatorCol !== undefined ? view.shownText(r, ctx.indicatorCol) : '';
    const numbers = hasNumbers(view, r, ctx.numericCols);
    const { kode, level: kodeLevel } = rowKode(view, r, ctx, cols);
    const lead = label || firstText(view, r, t);
    const info: RowInfo = { row: r, kind: 'indicator', label: label || indicator || lead };
    if (kode) info.kode = kode;

    const noText = ctx.noCol !== undefined ? view.shownText(r, ctx.noCol) : '';
    if (isDerivedLabel(lead)) {
      info.kind = 'derived';
      info.label = lead;
    } else if (isAverageLabel(lead) || (!label && isAverageLabel(noText))) {
      info.kind = 'average';
      info.label = lead || noText;
    } else if (isTotalLabel(lead) || (!label && isTotalLabel(noText))) {
      info.kind = 'total';
      info.label = lead || noText;
    } else if (!label && !indicator && numbers && !noText && !kode && isTotalCandidate(view, r, t, ctx)) {
      info.kind = 'total';
      info.label = '';
    } else if (!numbers && !indicator && (label || lead) && kodeLevel === undefined && levelFromWords(label || lead) === undefined && !hasValues(view, r, ctx.numericCols)) {
      info.kind = 'heading';
    } else if (!label && !kode && owner && !ctx.contextCols.some((c) => view.shownText(r, c)) && !noText) {
      info.kind = 'continuation';
      info.parent = owner.row;
      (owner.lines ??= []).push(r);
    }
    if (info.kind === 'indicator' || info.kind === 'heading') {
      // "URUSAN …" may stand outside the label column (in the Tujuan column, say) on a row of its own.
      // A kode decides on its own: the words and the roman numeral are only read without one.
      const lvWords = kodeLevel !== undefined ? undefined : levelFromWords(label) ?? (!numbers && !label ? upperLevel(lead) : undefined);
      const roman = kodeLevel === undefined && noText && romanValue(noText) !== null && !/^\d/.test(noText) ? LEVEL.program : undefined;
      const lv = kodeLevel ?? lvWords ?? roman;
      if (lv !== undefined) {
        info.level = lv;
        info.levelBy = kodeLevel !== undefined ? 'kode' : lvWords !== undefined ? 'words' : 'order';
        if (info.kind === 'heading') info.kind = 'indicator';
      }
    }
    if (info.kind === 'indicator') owner = info;
    else if (info.kind !== 'continuation') owner = undefined;
    rows.push(info);
  }
  return rows;
}

/** An unlabelled row of numbers is a Jumlah row when it is bold or closes the table. */
function isTotalCandidate(view: SheetView, r: number, t: TableSpan, ctx: RowContext): boolean {
  if (r === t.bodyEnd) return true;
  return ctx.numericCols.some((c) => view.value(r, c).kind === 'number' && view.bold(r, c));
}

/** Does this row carry a level-worthy name (a data row in a hierarchy)? */
function isNode(x: RowInfo): boolean {
  return x.kind === 'indicator';
}

/**
 * Completes the hierarchy: rows with a known level get their parent; runs of unlevelled data
 * rows under a known parent are split into parents and children where their sums say so.
 */
export function buildHierarchy(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  promoteFundedLines(view, rows, ctx);
  const stack: RowInfo[] = [];
  const anyLevel = rows.some((x) => x.level !== undefined);
  if (!anyLevel) return;
  let run: RowInfo[] = [];
  let runParent: RowInfo | undefined;
  const flush = () => {
    if (run.length && runParent) inferBySums(view, run, runParent, ctx);
    run = [];
  };
  for (const x of rows) {
    if (x.kind === 'total' || x.kind === 'average' || x.kind === 'derived') {
      flush();
      stack.length = 0;
      runParent = undefined;
      continue;
    }
    if (x.kind === 'heading' && x.level === undefined) {
      // a heading without level (a perangkat daerah name, a group title) does not break the tree
      continue;
    }
    if (!isNode(x)) continue;
    if (x.level !== undefined) {
      flush();
      while (stack.length && (stack[stack.length - 1].level ?? 99) >= x.level) stack.pop();
      if (stack.length) x.parent = stack[stack.length - 1].row;
      stack.push(x);
      runParent = x;
      continue;
    }
    // An unlevelled row that opens a new tujuan/sasaran context closes the current program.
    if (ctx.contextCols.some((c) => view.shownText(x.row, c))) {
      flush();
      stack.length = 0;
      runParent = undefined;
      continue;
    }
    if (runParent) run.push(x);
  }
  flush();
}

/**
 * An unlabelled line under a row that already has its own Rp is not a second indicator of that
 * row (those carry no Rp) but a child whose name sits in another column: make it a node.
 */
function promoteFundedLines(view: SheetView, rows: RowInfo[], ctx: RowContext): void {
  if (ctx.amountCols.length === 0) return;
  const funded = (r: number) => ctx.amountCols.some((c) => view.value(r, c).kind === 'number');
  const byRow = new Map(rows.map((x) => [x.row, x]));
  for (const x of rows) {
    if (!x.lines?.length || !funded(x.row) || (x.level !== undefined && x.level >= LEVEL.sub)) continue;
    let owner = x;
    const lines = x.lines;
    x.lines = undefined;
    for (const r of lines) {
      const line = byRow.get(r);
      if (!line) continue;
      if (funded(r)) {
        line.kind = 'indicator';
        line.parent = undefined;
        owner = line;
      } else {
        line.parent = owner.row;
        (owner.lines ??= []).push(r);
      }
    }
  }
}

/** Amount of a row in a column, with its continuation lines added (only the first line usually carries Rp). */
export function rowAmount(view: SheetView, x: RowInfo, col: number): number | null {
  // No [row, ...lines] array: called for every row and money column while inferring levels.
  let total: number | null = null;
  const v0 = view.value(x.row, col);
  if (v0.kind === 'number') total = 0 + v0.value;
  if (x.lines) {
    for (const r of x.lines) {
      const v = view.value(r, col);
      if (v.kind === 'number') total = (total ?? 0) + v.value;
    }
  }
  return total;
}

/**
 * Greedy reading of a run like  K, s, s, K, s, …  under parent P: a row is a parent when the
 * rows right after it add up to it in most of the money columns where it has a value.
 */
function inferBySums(view: SheetView, run: RowInfo[], parent: RowInfo, ctx: RowContext): void {
  const base = (parent.level ?? 0) + 1;
  // Money columns holding a negative amount somewhere in the run: closingRow cannot prune them.
  const negative = new Set(ctx.amountCols.filter((c) => run.some((x) => (rowAmount(view, x, c) ?? 0) < 0)));
  let i = 0;
  while (i < run.length) {
    const head = run[i];
    head.level = base;
    head.parent = parent.row;
    head.levelBy = 'sums';
    // Below kegiatan there is only sub kegiatan: equal neighbours there are siblings, not parents.
    const end = base < LEVEL.sub ? closingRow(view, run, i, ctx.amountCols, negative) : i;
    if (end > i) {
      for (let k = i + 1; k <= end; k++) {
        run[k].level = base + 1;
        run[k].parent = head.row;
        run[k].levelBy = 'sums';
      }
      i = end + 1;
    } else i++;
  }
}

function closingRow(view: SheetView, run: RowInfo[], i: number, amountCols: number[], negative: Set<number>): number {
  const head = run[i];
  const cols = amountCols.filter((c) => rowAmount(view, head, c) !== null);
  if (cols.length === 0) return i;
  const own = cols.map((c) => rowAmount(view, head, c) ?? 0);
  const sums = new Array<number>(cols.length).fill(0);
  const need = Math.max(1, Math.ceil(cols.length / 2));
  // Without negative amounts the running sums only grow: a column already 0.5 past the head's
  // amount can never match again. Once too few columns can, no later row closes the head. This
  // keeps the greedy reading linear on long runs with no parent in them (it scanned to the end
  // of the run for every row: 16,000 kegiatan under one program took 20 s).
  const dead = new Array<boolean>(cols.length).fill(false);
  let alive = cols.length;
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
    let match = 0;
    for (let k = 0; k < cols.length; k++) if (Math.abs(sums[k] - own[k]) < 0.5) match++;
    if (match >= need) return j;
    for (let k = 0; k < cols.length; k++) {
      if (!dead[k] && !negative.has(cols[k]) && sums[k] - own[k] >= 0.5) {
        dead[k] = true;
        alive--;
      }
    }
    if (alive < need) return i;
  }
  return i;
}
