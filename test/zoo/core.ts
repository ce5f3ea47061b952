/**
 * The zoo's machinery, independent of the engine: a seeded PRNG, a table model (columns with header
 * paths, body rows, cell values, and the relations that tie cells together), a renderer onto a
 * SheetGrid (title, merged multi-row header, column-number row, body, footer), and planting.
 *
 * A generator declares the relations its table obeys (a parent = Σ its children, Sisa = Pagu −
 * Realisasi, Bobot = Pagu / Σ Pagu × 100, …), sets the free cells, and `solve()` computes the others,
 * rounding as a typist would. A planted error changes one cell after solving; the cells of every
 * relation that touches it become `acceptable`. Relations are kept with the case so the zoo's own
 * test can prove each clean case satisfies them and each planted cell breaks one.
 */
import type { CellInput, MergeArea, SheetGrid } from '../../src/engine/types';
import type { Family, Planted, ZooCase } from './types';
import { relHolds } from './relcheck';

/* ------------------------------------------------------------------ PRNG */

/** mulberry32, seeded from a string: same name, same table, every run. */
export class Rng {
  private s: number;
  constructor(seed: string) {
    let h = 2166136261;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
    this.s = h >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  /** Distinct picks. */
  some<T>(xs: readonly T[], n: number): T[] {
    return this.shuffle(xs).slice(0, Math.min(n, xs.length));
  }
  /** A rupiah amount between lo and hi, rounded to `unit` (e.g. 1000). */
  rp(lo: number, hi: number, unit = 1000): number {
    return Math.round((lo + this.next() * (hi - lo)) / unit) * unit;
  }
}

/* ------------------------------------------------------------------ A1 */

export function colName(c: number): string {
  let s = '';
  c += 1;
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}
export const a1 = (r: number, c: number, abs = false) => (abs ? `$${colName(c)}$${r + 1}` : `${colName(c)}${r + 1}`);

/* ------------------------------------------------------------------ numbers */

export const round = (x: number, d: number) => {
  const f = 10 ** d;
  return Math.round((x + Math.sign(x) * 1e-9) * f) / f;
};

/** Formats a number as people type it: Indonesian ('1.091.140.000', '94,74') or English ('1,091,140,000'). */
export function numText(x: number, dec: number, style: 'id' | 'en', neg: 'minus' | 'paren' = 'minus'): string {
  const [g, d] = style === 'id' ? ['.', ','] : [',', '.'];
  const abs = Math.abs(x);
  const fixed = abs.toFixed(dec);
  const [ip, fp] = fixed.split('.');
  const grouped = ip.replace(/\B(?=(\d{3})+(?!\d))/g, g);
  const s = fp ? grouped + d + fp : grouped;
  if (x < 0) return neg === 'paren' ? `(${s})` : `-${s}`;
  return s;
}

/* ------------------------------------------------------------------ the table model */

/** A cell's value in the model: a number, empty, or a literal text ('-', '#DIV/0!', 'NA'). */
export type V = number | null | string;
export type Ref = [row: number, key: string];

export interface ColDef {
  key: string;
  /** Header texts top to bottom; shared prefixes of neighbouring columns form merged group headers. */
  path: string[];
  kind: 'no' | 'kode' | 'label' | 'text' | 'num';
  /** Excel number format of numeric cells. */
  fmt?: string;
  /** Decimals a typist rounds computed values of this column to (0 for Rp and counts). */
  dec?: number;
  /** 'frac': percent values stored as fractions (94.74 stored as 0.9474). */
  scale?: 'pct' | 'frac';
  /** Numbers typed as text in this column. */
  text?: 'id' | 'en';
  /** Negative numbers typed as text: '-1.000' or '(1.000)'. */
  neg?: 'minus' | 'paren';
  /** How an empty model value is shown: nothing (default) or a dash. */
  nullAs?: '' | '-';
  /** Computed cells of this column are Excel formulas (the cached value is exact, not rounded). */
  formulas?: boolean;
  /** Text of this column in the column-number row, when not its ordinal. */
  numLabel?: string;
}

export type RowKind = 'data' | 'parent' | 'total' | 'heading' | 'fragment' | 'indicator';

export interface RowDef {
  kind: RowKind;
  /** Texts of no / kode / label / text columns. */
  texts: Record<string, string | number>;
  bold?: boolean;
  /** Indent of the label cell. */
  indent?: number;
  level?: number;
}

export interface Rel {
  name: string;
  target: Ref;
  inputs: Ref[];
  /** Computes the target from its inputs (numbers; '-' and empty read as 0 unless `strict`); NaN = undefined. */
  f: (x: number[]) => number;
  /** Defining relations compute their target in solve(); others only hold. */
  defining: boolean;
  /** The Excel formula stating the relation, for formula columns. */
  fx?: (A: (r: Ref, abs?: boolean) => string) => string;
  /** Empty or '-' inputs make the result undefined (ratios). */
  strict?: boolean;
}

export const SUM = (x: number[]) => x.reduce((a, b) => a + b, 0);

export class Table {
  cols: ColDef[] = [];
  rows: RowDef[] = [];
  vals = new Map<string, V>();
  /** Cells rendered differently from their model value (a malformed text, a stale constant, a formula). */
  raw = new Map<string, CellInput>();
  rels: Rel[] = [];
  planted: { ref: Ref; at: Ref; families: Family[]; what: string; expected?: number | null; changed: Ref[] }[] = [];
  /** Cells of formula columns typed over with a constant. */
  noFormula = new Set<string>();
  /** Cells holding a formula of their own (a planted smell), with the value in vals. */
  rawFx = new Map<string, (A: (r: Ref, abs?: boolean) => string) => string>();
  /** Extra acceptable cells (beyond those of the relations touching a planted cell). */
  extraAcceptable: Ref[] = [];
  constructor(cols: ColDef[]) {
    this.cols = cols;
  }
  col(key: string): ColDef {
    const c = this.cols.find((x) => x.key === key);
    if (!c) throw new Error(`no column ${key}`);
    return c;
  }
  has(key: string) {
    return this.cols.some((x) => x.key === key);
  }
  numKeys(): string[] {
    return this.cols.filter((c) => c.kind === 'num').map((c) => c.key);
  }
  addRow(def: RowDef): number {
    this.rows.push(def);
    return this.rows.length - 1;
  }
  set(r: number, key: string, v: V) {
    this.vals.set(`${r}|${key}`, v);
  }
  get(r: number, key: string): V | undefined {
    return this.vals.get(`${r}|${key}`);
  }
  num(r: number, key: string): number {
    const v = this.get(r, key);
    return typeof v === 'number' ? v : 0;
  }
  rel(rel: Omit<Rel, 'defining'> & { defining?: boolean }) {
    this.rels.push({ defining: true, ...rel });
    this.relIndex = null;
  }
  private relIndex: Map<string, Rel[]> | null = null;
  /** target = Σ inputs (same column unless refs say otherwise). */
  sumRel(target: Ref, inputs: Ref[], defining = true, name = 'sum') {
    this.rel({ name, target, inputs, f: SUM, defining, fx: (A) => sumFormula(A, inputs) });
  }
  /** Computes every defining relation's target, in dependency order. */
  solve() {
    const pending = this.rels.filter((r) => r.defining);
    const targets = new Set(pending.map((r) => key(r.target)));
    for (let pass = 0; pass < 50 && pending.length; pass++) {
      for (let i = 0; i < pending.length; i++) {
        const r = pending[i];
        if (r.inputs.some((x) => targets.has(key(x)) && !this.vals.has(key(x)))) continue;
        this.set(r.target[0], r.target[1], this.evalRel(r, true));
        pending.splice(i--, 1);
      }
    }
    if (pending.length) throw new Error(`cannot solve ${pending.map((r) => r.name + ':' + key(r.target)).join(', ')}`);
  }
  /** The value a relation gives its target from the current inputs (rounded to the column's decimals unless it holds formulas). */
  evalRel(r: Rel, rounded: boolean): V {
    const xs: number[] = [];
    for (const ref of r.inputs) {
      const v = this.get(ref[0], ref[1]);
      if (typeof v === 'number') xs.push(v);
      else if (r.strict) return null;
      else xs.push(0);
    }
    const y = r.f(xs);
    if (!Number.isFinite(y)) return '#DIV/0!';
    const c = this.col(r.target[1]);
    return rounded && !c.formulas ? round(y, c.dec ?? 0) : y;
  }
  /**
   * Plants an error: `ref` gets `value` (and optionally a raw rendering, e.g. a formula); the finding is
   * expected at `at` (default: ref). The expected value is what `at`'s defining relation gives.
   */
  plant(
    ref: Ref,
    value: V,
    families: Family[],
    what: string,
    opts: { at?: Ref; raw?: CellInput; expected?: number | null; fx?: (A: (r: Ref, abs?: boolean) => string) => string } = {},
  ) {
    this.set(ref[0], ref[1], value);
    if (opts.raw) this.raw.set(key(ref), opts.raw);
    else if (opts.fx) this.rawFx.set(key(ref), opts.fx);
    else if (this.isFormula(ref)) {
      // a constant typed over one formula of a formula column, and left stale
      this.noFormula.add(key(ref));
      if (!families.includes('formula')) families = [...families, 'formula'];
      what += ' (a constant over the formula)';
    }
    const changed = [ref, ...this.propagate(ref)];
    const at = opts.at ?? ref;
    let expected = opts.expected;
    if (expected === undefined) {
      const def = this.rels.find((r) => r.defining && key(r.target) === key(at));
      const v = def ? this.evalRel(def, false) : null;
      expected = typeof v === 'number' && this.col(at[1]).scale !== 'frac' ? round(v, 4) : null;
    }
    this.planted.push({ ref, at, families, what, expected, changed });
  }
  /** True when the cell is rendered as a formula (a formula column, a defining relation with a formula). */
  isFormula(ref: Ref): boolean {
    if (!this.col(ref[1]).formulas || this.noFormula.has(key(ref)) || this.raw.has(key(ref)) || this.rawFx.has(key(ref))) return false;
    return this.rels.some((r) => r.defining && r.fx && key(r.target) === key(ref));
  }
  /** Formulas recompute: every formula cell reading a changed cell takes its new value (recursively). */
  propagate(ref: Ref): Ref[] {
    const out: Ref[] = [];
    const queue = [ref];
    const seen = new Set([key(ref)]);
    while (queue.length) {
      const cur = queue.shift()!;
      for (const r of this.relsOf(cur)) {
        if (!r.defining || !r.inputs.some((x) => key(x) === key(cur)) || !this.isFormula(r.target) || seen.has(key(r.target))) continue;
        this.set(r.target[0], r.target[1], this.evalRel(r, false));
        seen.add(key(r.target));
        out.push(r.target);
        queue.push(r.target);
      }
    }
    return out;
  }
  /** Relations that read or define a cell. */
  relsOf(ref: Ref): Rel[] {
    if (!this.relIndex) {
      const idx = new Map<string, Rel[]>();
      for (const r of this.rels)
        for (const k of new Set([key(r.target), ...r.inputs.map(key)])) {
          let l = idx.get(k);
          if (!l) idx.set(k, (l = []));
          l.push(r);
        }
      this.relIndex = idx;
    }
    return this.relIndex.get(key(ref)) ?? [];
  }
  /** True when any relation touching any of these cells touches the other set too. */
  overlaps(a: Ref[], b: Ref[]): boolean {
    const cells = (refs: Ref[]) => {
      const s = new Set<string>();
      for (const ref of refs) {
        s.add(key(ref));
        for (const r of this.relsOf(ref)) {
          s.add(key(r.target));
          r.inputs.forEach((x) => s.add(key(x)));
        }
      }
      return s;
    };
    const sa = cells(a);
    for (const k of cells(b)) if (sa.has(k)) return true;
    return false;
  }
}

export const key = (r: Ref) => `${r[0]}|${r[1]}`;

/** SUM(E10:E14) over a contiguous run of one column, E10+E12+E15 otherwise. */
export function sumFormula(A: (r: Ref, abs?: boolean) => string, inputs: Ref[]): string {
  if (!inputs.length) return '0';
  const sameCol = inputs.every((x) => x[1] === inputs[0][1]);
  const contiguous = sameCol && inputs.every((x, i) => i === 0 || x[0] === inputs[i - 1][0] + 1);
  if (contiguous && inputs.length > 1) return `SUM(${A(inputs[0])}:${A(inputs[inputs.length - 1])})`;
  return inputs.map((x) => A(x)).join('+');
}

/* ------------------------------------------------------------------ sheets and rendering */

export class SheetB {
  cells: (Array<CellInput | undefined> | undefined)[] = [];
  merges: MergeArea[] = [];
  constructor(public name: string) {}
  put(r: number, c: number, cell: CellInput | undefined) {
    if (!cell) return;
    (this.cells[r] ??= [])[c] = cell;
  }
  text(r: number, c: number, s: string, extra: Partial<CellInput> = {}) {
    this.put(r, c, { value: s, ...extra });
  }
  merge(r0: number, c0: number, r1: number, c1: number) {
    if (r0 === r1 && c0 === c1) return;
    this.merges.push({ r0, c0, r1, c1 });
  }
  grid(): SheetGrid {
    return { name: this.name, cells: this.cells, merges: this.merges };
  }
}

export interface RenderOpts {
  top: number;
  left: number;
  /** Lines above the header (title, subtitle, period); a blank row follows them. */
  title?: string[];
  /** Column-number row under the header: '1 2 3', '(1) (2) (3)', or none. */
  numberRow?: 'plain' | 'paren' | 'none';
  /** Column numbers typed as numbers rather than text. */
  numberRowAsNumbers?: boolean;
  merges?: boolean;
  footer?: string[];
  headerBold?: boolean;
  /** Rows between the title and the header (default 1). */
  gap?: number;
  /** false: no header (a block continuing the columns of the table above). */
  header?: boolean;
}

export interface Placed {
  table: Table;
  sheet: string;
  /** Absolute row of each body row. */
  rowAt: number[];
  colAt: Map<string, number>;
  headerTop: number;
  bodyTop: number;
  /** Row after the table's last row (footer included). */
  end: number;
  addr(ref: Ref, abs?: boolean): string;
}

/** Renders a table onto a sheet; returns where everything went. */
export function render(sh: SheetB, t: Table, o: RenderOpts): Placed {
  let r = o.top;
  const L = o.left;
  for (const line of o.title ?? []) {
    if (line) sh.text(r, L, line, { bold: true });
    r++;
  }
  if (o.title?.length) r += o.gap ?? 1;
  const headerTop = r;
  const H = o.header === false ? 0 : Math.max(...t.cols.map((c) => c.path.length));
  const colAt = new Map<string, number>();
  t.cols.forEach((c, i) => colAt.set(c.key, L + i));
  const hb = o.headerBold ?? true;
  const merges = o.merges ?? true;
  // header cells: group texts span their columns, leaves span down to the last header row
  for (let h = 0; h < H; h++) {
    let i = 0;
    while (i < t.cols.length) {
      const p = t.cols[i].path;
      if (h >= p.length) {
        i++;
        continue;
      }
      const isLeaf = h === p.length - 1;
      let j = i;
      if (!isLeaf) {
        while (
          j + 1 < t.cols.length &&
          t.cols[j + 1].path.length > h + 1 &&
          t.cols[j + 1].path.slice(0, h + 1).join('\u0000') === p.slice(0, h + 1).join('\u0000')
        )
          j++;
      }
      sh.text(r + h, L + i, p[h], hb ? { bold: true } : {});
      if (merges) {
        if (isLeaf) sh.merge(r + h, L + i, r + H - 1, L + i);
        else sh.merge(r + h, L + i, r + h, L + j);
      }
      i = j + 1;
    }
  }
  r += H;
  if (o.header !== false && o.numberRow && o.numberRow !== 'none') {
    t.cols.forEach((c, i) => {
      const n = i + 1;
      if (c.numLabel) sh.text(r, L + i, c.numLabel);
      else if (o.numberRow === 'paren') sh.text(r, L + i, `(${n})`);
      else sh.put(r, L + i, o.numberRowAsNumbers ? { value: n } : { value: String(n) });
    });
    r++;
  }
  const bodyTop = r;
  const rowAt = t.rows.map((_, i) => bodyTop + i);
  const placed: Placed = {
    table: t,
    sheet: sh.name,
    rowAt,
    colAt,
    headerTop,
    bodyTop,
    end: 0,
    addr: (ref, abs) => a1(rowAt[ref[0]], colAt.get(ref[1])!, abs),
  };
  const A = (ref: Ref, abs?: boolean) => placed.addr(ref, abs);
  const fxOf = new Map<string, Rel>();
  for (const rel of t.rels) if (rel.defining && rel.fx && t.col(rel.target[1]).formulas && !t.noFormula.has(key(rel.target))) fxOf.set(key(rel.target), rel);
  t.rows.forEach((row, i) => {
    const rr = rowAt[i];
    t.cols.forEach((c, j) => {
      const cc = L + j;
      const k = `${i}|${c.key}`;
      const style: Partial<CellInput> = {};
      if (row.bold) style.bold = true;
      if (c.kind === 'label' && row.indent) style.indent = row.indent;
      const raw = t.raw.get(k);
      if (raw) {
        sh.put(rr, cc, { ...style, ...raw });
        return;
      }
      if (c.kind !== 'num') {
        const s = row.texts[c.key];
        if (s !== undefined && s !== '') sh.put(rr, cc, { value: s, ...style });
        return;
      }
      const v = t.vals.get(k);
      const own = t.rawFx.get(k);
      if (own) {
        sh.put(rr, cc, { value: typeof v === 'number' ? (c.scale === 'frac' ? v / 100 : v) : 0, formula: own(A), numFmt: c.fmt, ...style });
        return;
      }
      const rel = fxOf.get(k);
      if (rel && v !== undefined) {
        const cached = typeof v === 'number' ? (c.scale === 'frac' ? v / 100 : v) : v;
        const isErr = typeof v === 'string' && v.startsWith('#');
        const cell: CellInput = { value: cached ?? 0, formula: rel.fx!(A), numFmt: c.fmt, ...style };
        if (isErr) cell.error = true;
        sh.put(rr, cc, cell);
        return;
      }
      sh.put(rr, cc, renderValue(v, c, style));
    });
  });
  r = bodyTop + t.rows.length;
  if (o.footer?.length) {
    r++;
    for (const line of o.footer) sh.text(r++, L, line);
  }
  placed.end = r;
  return placed;
}

function renderValue(v: V | undefined, c: ColDef, style: Partial<CellInput>): CellInput | undefined {
  if (v === undefined || v === null) return c.nullAs === '-' ? { value: '-', ...style } : undefined;
  if (typeof v === 'string') {
    if (v.startsWith('#')) return { value: v, error: true, ...style };
    return { value: v, ...style };
  }
  const x = c.scale === 'frac' ? round(v / 100, (c.dec ?? 2) + 2) : v;
  if (c.text) {
    const d = c.scale === 'frac' ? 0 : (c.dec ?? 0);
    const s = c.scale === 'frac' ? numText(v, c.dec ?? 2, c.text) + '%' : numText(x, d, c.text, c.neg);
    return { value: s, ...style };
  }
  return { value: x, numFmt: c.fmt, ...style };
}

/* ------------------------------------------------------------------ cases */

export interface ResolvedRef {
  sheet: string;
  cell: string;
  frac: boolean;
  dec: number;
}
export interface ResolvedRel {
  name: string;
  target: ResolvedRef;
  inputs: ResolvedRef[];
  f: (x: number[]) => number;
  strict?: boolean;
}
/** A case with the relations its tables obey (for the zoo's own test). */
export interface BuiltCase extends ZooCase {
  relations: ResolvedRel[];
}

/** Cells counted as "checked": the numeric body cells of every table. */
function countChecked(p: Placed): number {
  let n = 0;
  p.table.rows.forEach((_, i) => {
    for (const c of p.table.cols) {
      if (c.kind !== 'num') continue;
      const v = p.table.vals.get(`${i}|${c.key}`);
      if (typeof v === 'number') n++;
    }
  });
  return n;
}

/**
 * Assembles a case from placed tables. `planted` cases carry their tables' plants; acceptable cells are
 * every cell of a relation that touches a changed or reported cell, plus the tables' extras.
 */
export function makeCase(
  name: string,
  convention: string,
  sheets: SheetB[],
  placed: Placed[],
  extraAcceptable: { sheet: string; cell: string }[] = [],
): BuiltCase {
  const planted: Planted[] = [];
  const acc = new Map<string, { sheet: string; cell: string }>();
  const relations: ResolvedRel[] = [];
  const grids = sheets.map((s) => s.grid());
  const add = (sheet: string, cell: string) => acc.set(`${sheet}!${cell}`, { sheet, cell });
  for (const p of placed) {
    const t = p.table;
    const res = (ref: Ref): ResolvedRef => ({ sheet: p.sheet, cell: p.addr(ref), frac: t.col(ref[1]).scale === 'frac', dec: t.col(ref[1]).dec ?? 0 });
    const resolve = (rel: Rel): ResolvedRel => ({ name: rel.name, target: res(rel.target), inputs: rel.inputs.map(res), f: rel.f, strict: rel.strict });
    for (const rel of t.rels) relations.push(resolve(rel));
    for (const pl of t.planted) {
      const P: Planted = { sheet: p.sheet, cell: p.addr(pl.at), families: pl.families, what: pl.what };
      if (typeof pl.expected === 'number') P.expected = pl.expected;
      planted.push(P);
      // every relation of the changed and the reported cell; of cells that formulas recomputed, the broken ones
      for (const ref of [pl.ref, pl.at]) for (const r of t.relsOf(ref)) for (const x of [r.target, ...r.inputs]) add(p.sheet, p.addr(x));
      for (const ref of pl.changed.slice(1))
        for (const r of t.relsOf(ref)) if (relHolds(grids, resolve(r)) === false) for (const x of [r.target, ...r.inputs]) add(p.sheet, p.addr(x));
      add(p.sheet, p.addr(pl.ref));
    }
    for (const x of t.extraAcceptable) add(p.sheet, p.addr(x));
  }
  for (const x of extraAcceptable) acc.set(`${x.sheet}!${x.cell}`, x);
  for (const pl of planted) acc.delete(`${pl.sheet}!${pl.cell}`);
  return {
    name,
    convention,
    grids,
    planted,
    acceptable: [...acc.values()],
    checkedCells: placed.reduce((n, p) => n + countChecked(p), 0),
    relations,
  };
}

/* ------------------------------------------------------------------ common formats */

export const FMT_RP = ['#,##0', '#,##0;[Red](#,##0)', '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', 'General'];
export const FMT_PCT = ['0.00', '#,##0.00', '0.00;[Red]-0.00'];
export const FMT_FRAC = ['0.00%', '0%', '0.0%'];

/** Decimals a percent format displays (for fractions: of the percent). */
export function fracDec(fmt: string): number {
  const m = /0\.(0+)%/.exec(fmt);
  return m ? m[1].length : 0;
}

/* ------------------------------------------------------------------ clean + planted pairs */

export interface Built {
  sheets: SheetB[];
  placed: Placed[];
  extraAcceptable?: { sheet: string; cell: string }[];
}

/**
 * A variant in its clean and planted forms: `build` draws the table from `rng` (seeded by the name,
 * so both forms get the same table) and plants with `prng` only when `planted` is true, after every
 * draw from `rng`.
 */
export function pair(name: string, convention: string, build: (rng: Rng, planted: Rng | null) => Built): BuiltCase[] {
  const out: BuiltCase[] = [];
  for (const planted of [false, true]) {
    const b = build(new Rng(name), planted ? new Rng(name + '/plant') : null);
    const c = makeCase(`${name}/${planted ? 'planted' : 'clean'}`, convention, b.sheets, b.placed, planted ? b.extraAcceptable : b.extraAcceptable);
    if (planted && !c.planted.length) continue; // nothing could be planted: keep the clean form only
    out.push(c);
  }
  return out;
}

/** Where a table sits and how its header looks, drawn once per variant. */
export function drawLayout(rng: Rng, title: string[], o: Partial<RenderOpts> = {}): RenderOpts {
  return {
    top: rng.int(0, 3),
    left: rng.int(0, 2),
    title,
    numberRow: rng.pick(['plain', 'plain', 'paren', 'none', 'none'] as const),
    numberRowAsNumbers: rng.chance(0.4),
    merges: rng.chance(0.8),
    headerBold: rng.chance(0.85),
    ...o,
  };
}
