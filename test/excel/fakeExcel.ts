/**
 * An in-memory fake of the Excel JavaScript API subset Cermat's adapter uses. It behaves like the
 * real API where it matters for correctness and cost:
 * - reading a property that was not loaded (and synced) throws, like PropertyNotLoaded;
 * - loads and writes are queued and take effect only at `context.sync()`, in order;
 * - every sync is counted with the bytes sent (JSON of queued operations and written values, plus
 *   an envelope per object path a getRange / getItem creates, as Office.js serialises them) and
 *   received (JSON of loaded values), and fails like Excel on the web above 5 MB either way;
 * - null inside a 2-D array written to values / formulas / numberFormat leaves that cell as it is
 *   (documented: "null input in 2-D array"); a null for the whole property is refused;
 * - getRanges refuses address strings over 8,192 characters; getMergedAreasOrNullObject fails
 *   above 512 merged areas; notes.add fails on a cell that already has a note.
 * No jest globals: the browser/bench code may use it too.
 */
import { a1, colName } from '../../src/engine/address';

export interface FakeFill {
  color: string;
  pattern: string | null;
  patternColor: string | null;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
}

/** "No fill" as Excel reports it: white with a null tint (indistinguishable by colour alone). */
export const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: null, patternColor: null, tintAndShade: null, patternTintAndShade: null };

export function solidFill(color: string): FakeFill {
  return { color: color.toUpperCase(), pattern: 'Solid', patternColor: '#000000', tintAndShade: 0, patternTintAndShade: 0 };
}

export type FakeValue = number | string | boolean;

export interface FakeCell {
  value: FakeValue;
  formula: string | null;
  /** Displayed text; defaults to String(value). */
  text?: string;
  numberFormat: string;
  bold: boolean;
  indent: number;
  fill: FakeFill;
}

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SyncStat {
  sent: number;
  received: number;
  /** Operation names queued in this sync, with counts. */
  ops: Record<string, number>;
}

export class FakeExcelError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

// ---------------------------------------------------------------- addresses

// The fake speaks A1 like the engine does: one implementation of the column letters.
export { colName };

export function cellA1(r: number, c: number): string {
  return a1(r, c);
}

export function rectA1(r: Rect): string {
  return r.r0 === r.r1 && r.c0 === r.c1 ? cellA1(r.r0, r.c0) : `${cellA1(r.r0, r.c0)}:${cellA1(r.r1, r.c1)}`;
}

function parseCell(ref: string): { r: number; c: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** 'A1', 'A1:C3', "'Sheet 1'!A1:C3" → sheet (or null) and rectangle. */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b] = ref.split(':');
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) throw new FakeExcelError('InvalidArgument', `bad address ${address}`);
  return { sheet, rect: { r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) } };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------- workbook state

export class FakeSheet {
  /** rows[r][c]; sparse. */
  private readonly rows: Array<Array<FakeCell | undefined> | undefined> = [];
  merges: Rect[] = [];
  /** Notes by A1 address. */
  readonly notes = new Map<string, string>();
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  frozenRows = 0;
  /** Rows hidden by a filter or by hand (0-based). */
  readonly hiddenRows = new Set<number>();
  /** Columns hidden (0-based): the visible view leaves them out of every row's addresses. */
  readonly hiddenCols = new Set<number>();
  constructor(public name: string) {}

  get(r: number, c: number): FakeCell | undefined {
    return this.rows[r]?.[c];
  }

  /** Returns the cell, creating an empty one. */
  at(r: number, c: number): FakeCell {
    const row = (this.rows[r] ??= []);
    let cell = row[c];
    if (!cell) {
      cell = { value: '', formula: null, numberFormat: 'General', bold: false, indent: 0, fill: { ...NO_FILL } };
      row[c] = cell;
    }
    return cell;
  }

  delete(r: number, c: number): void {
    const row = this.rows[r];
    if (row) row[c] = undefined;
  }

  /** Every stored cell with its coordinates. */
  *entries(): Generator<[number, number, FakeCell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) yield [r, c, cell];
      }
    }
  }

  /** Test helper: set a cell by A1 address. */
  set(address: string, patch: Partial<FakeCell>): this {
    const { rect } = parseAddress(address);
    Object.assign(this.at(rect.r0, rect.c0), patch);
    return this;
  }

  cell(address: string): FakeCell | undefined {
    const { rect } = parseAddress(address);
    return this.get(rect.r0, rect.c0);
  }

  /** Smallest rectangle holding every value (or, without valuesOnly, every touched cell). */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [r, c, cell] of this.entries()) {
      if (valuesOnly && cell.value === '' && cell.formula === null) continue;
      if (!rect) rect = { r0: r, c0: c, r1: r, c1: c };
      else {
        if (r < rect.r0) rect.r0 = r;
        if (c < rect.c0) rect.c0 = c;
        if (r > rect.r1) rect.r1 = r;
        if (c > rect.c1) rect.c1 = c;
      }
    }
    return rect;
  }
}

export interface FakeComment {
  id: string;
  sheet: string;
  address: string;
  content: string;
}

export interface FakeOptions {
  /** Highest ExcelApi minor version supported (1.18 = notes). */
  apiVersion?: number;
  payloadLimit?: number;
}

type LoadSpec = string[];

interface QueuedOp {
  name: string;
  /** Bytes this operation sends (its JSON). */
  sent: number;
  run(): void;
}

// ---------------------------------------------------------------- proxies

class PropertyNotLoaded extends FakeExcelError {
  constructor(what: string) {
    super('PropertyNotLoaded', `${what} was read before load() + sync()`);
  }
}

const PATH_BYTES = 150;

function jsonSize(v: unknown): number {
  return JSON.stringify(v ?? null).length;
}

function normaliseLoad(spec: string | string[] | undefined): LoadSpec {
  if (spec === undefined) return [];
  const parts = Array.isArray(spec) ? spec : spec.split(',');
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Base of every proxy: properties become readable only after a sync that served a load. */
abstract class FakeObject {
  private loaded = new Map<string, unknown>();
  protected nullObject: boolean | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  protected abstract snapshot(prop: string): unknown;
  /** Resolves the object at sync time; returns false for a null object (OrNullObject). */
  protected exists(): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new PropertyNotLoaded(`${this.constructor.name}.isNullObject`);
    return this.nullObject;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(`${this.constructor.name}.${prop}`);
    return this.loaded.get(prop) as T;
  }

  /** Marks properties as loaded (collections do this for the items they return). */
  markLoaded(props: string[]): void {
    this.nullObject = false;
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }

  load(spec?: string | string[]): this {
    const props = normaliseLoad(spec);
    this.ctx.enqueue({
      name: `${this.constructor.name}.load`,
      sent: jsonSize(props) + 16,
      run: () => {
        this.nullObject = !this.exists();
        if (this.nullObject) return;
        for (const p of props) {
          const v = this.snapshot(p);
          this.ctx.receive(jsonSize(v));
          this.loaded.set(p, v);
        }
      },
    });
    return this;
  }
}

/** The result of a method such as getCellProperties: `value` is readable only after sync. */
class FakeClientResult<T> {
  private done = false;
  private result: T | undefined;
  constructor(ctx: FakeContext, name: string, compute: () => T) {
    ctx.enqueue({
      name,
      sent: 48,
      run: () => {
        this.result = compute();
        ctx.receive(jsonSize(this.result));
        this.done = true;
      },
    });
  }
  get value(): T {
    if (!this.done) throw new PropertyNotLoaded('ClientResult.value');
    return this.result as T;
  }
}

interface CellPropsSpec {
  format?: {
    font?: { bold?: boolean };
    indentLevel?: boolean;
    fill?: { color?: boolean; pattern?: boolean; patternColor?: boolean; tintAndShade?: boolean; patternTintAndShade?: boolean };
  };
}

type RectResolver = () => { sheet: FakeSheet; rect: Rect } | null;

class FakeRangeFill {
  constructor(
    private readonly ctx: FakeContext,
    private readonly cells: () => Array<{ sheet: FakeSheet; rect: Rect }>,
    private readonly what: string,
  ) {}

  private write(name: string, value: unknown, apply: (f: FakeFill) => void): void {
    this.ctx.enqueue({
      name: `${this.what}.fill.${name}`,
      sent: jsonSize(value) + 24,
      run: () => {
        for (const { sheet, rect } of this.cells()) {
          for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) apply(sheet.at(r, c).fill);
        }
      },
    });
  }

  set color(v: string) {
    this.write('color', v, (f) => {
      f.color = v.toUpperCase();
      if (f.pattern === null || f.pattern === 'None') f.pattern = 'Solid';
      if (f.tintAndShade === null) f.tintAndShade = 0;
      if (f.patternColor === null) f.patternColor = '#000000';
      if (f.patternTintAndShade === null) f.patternTintAndShade = 0;
    });
  }
  get color(): string {
    throw new PropertyNotLoaded('RangeFill.color');
  }
  set pattern(v: string) {
    this.write('pattern', v, (f) => {
      f.pattern = v;
    });
  }
  get pattern(): string {
    throw new PropertyNotLoaded('RangeFill.pattern');
  }
  set patternColor(v: string) {
    this.write('patternColor', v, (f) => {
      f.patternColor = v.toUpperCase();
    });
  }
  get patternColor(): string {
    throw new PropertyNotLoaded('RangeFill.patternColor');
  }
  set tintAndShade(v: number) {
    this.write('tintAndShade', v, (f) => {
      f.tintAndShade = v;
    });
  }
  get tintAndShade(): number {
    throw new PropertyNotLoaded('RangeFill.tintAndShade');
  }
  set patternTintAndShade(v: number) {
    this.write('patternTintAndShade', v, (f) => {
      f.patternTintAndShade = v;
    });
  }
  get patternTintAndShade(): number {
    throw new PropertyNotLoaded('RangeFill.patternTintAndShade');
  }
  clear(): void {
    this.write('clear', null, (f) => Object.assign(f, NO_FILL));
  }
}

class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: { bold: boolean };
  constructor(
    private readonly ctx: FakeContext,
    private readonly cells: () => Array<{ sheet: FakeSheet; rect: Rect }>,
    what: string,
  ) {
    this.fill = new FakeRangeFill(ctx, cells, what);
    const each = (apply: (c: FakeCell) => void) => () => {
      for (const { sheet, rect } of cells()) for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) apply(sheet.at(r, c));
    };
    this.font = {
      set bold(v: boolean) {
        ctx.enqueue({ name: `${what}.font.bold`, sent: 24, run: each((c) => (c.bold = v)) });
      },
      get bold(): boolean {
        throw new PropertyNotLoaded('RangeFont.bold');
      },
    };
  }
  set columnWidth(v: number) {
    this.ctx.enqueue({ name: 'Range.format.columnWidth', sent: jsonSize(v) + 24, run: () => undefined });
  }
  set wrapText(v: boolean) {
    this.ctx.enqueue({ name: 'Range.format.wrapText', sent: jsonSize(v) + 24, run: () => undefined });
  }
  autofitColumns(): void {
    this.ctx.enqueue({ name: 'Range.format.autofitColumns', sent: 24, run: () => undefined });
  }
}

function grid<T>(rect: Rect, f: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

function shape(values: unknown, rect: Rect, what: string): unknown[][] {
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  if (!Array.isArray(values) || values.length !== rows || values.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeExcelError('InvalidArgument', `${what}: the array does not match the range ${rows}x${cols}`);
  }
  return values as unknown[][];
}

function isFormula(v: unknown): v is string {
  return typeof v === 'string' && v.startsWith('=');
}

export class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;
  private resolved: { sheet: FakeSheet; rect: Rect } | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly resolver: RectResolver,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => [this.target()], 'Range');
  }

  /** Resolved lazily at sync time (used ranges and selections depend on the state then). */
  target(): { sheet: FakeSheet; rect: Rect } {
    if (this.resolved === undefined) this.resolved = this.resolver();
    if (!this.resolved) throw new FakeExcelError('ItemNotFound', 'range is a null object');
    return this.resolved;
  }

  protected override exists(): boolean {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved !== null;
  }

  protected snapshot(prop: string): unknown {
    const { sheet, rect } = this.target();
    const cell = (r: number, c: number) => sheet.get(r, c);
    switch (prop) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${rectA1(rect)}`;
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rect.r1 - rect.r0 + 1;
      case 'columnCount':
        return rect.c1 - rect.c0 + 1;
      case 'values':
        return grid(rect, (r, c) => cell(r, c)?.value ?? '');
      case 'text':
        return grid(rect, (r, c) => {
          const x = cell(r, c);
          return x ? (x.text ?? String(x.value)) : '';
        });
      case 'formulas':
        return grid(rect, (r, c) => {
          const x = cell(r, c);
          return x ? (x.formula ?? x.value) : '';
        });
      case 'numberFormat':
        return grid(rect, (r, c) => cell(r, c)?.numberFormat ?? 'General');
      case 'columnHidden': {
        // As Excel: true when every column of the range is hidden, false when none is, null when mixed.
        let hidden = 0;
        for (let c = rect.c0; c <= rect.c1; c++) if (sheet.hiddenCols.has(c)) hidden++;
        return hidden === 0 ? false : hidden === rect.c1 - rect.c0 + 1 ? true : null;
      }
      default:
        throw new FakeExcelError('InvalidArgument', `the fake does not load Range.${prop}`);
    }
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnHidden(): boolean | null {
    return this.read('columnHidden');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.write('numberFormat', v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }
  get values(): FakeValue[][] {
    return this.read('values');
  }
  set values(v: FakeValue[][]) {
    this.write('values', v, (cell, x) => this.ctx.book.assign(cell, x, false));
  }
  get formulas(): FakeValue[][] {
    return this.read('formulas');
  }
  set formulas(v: FakeValue[][]) {
    this.write('formulas', v, (cell, x) => this.ctx.book.assign(cell, x, true));
  }

  private write(name: string, v: unknown, apply: (cell: FakeCell, x: unknown) => void): void {
    this.ctx.enqueue({
      name: `Range.${name}=`,
      sent: jsonSize(v) + 24,
      run: () => {
        const { sheet, rect } = this.target();
        const rows = shape(v, rect, name);
        for (let r = rect.r0; r <= rect.r1; r++) {
          for (let c = rect.c0; c <= rect.c1; c++) {
            const x = rows[r - rect.r0][c - rect.c0];
            if (x !== null) apply(sheet.at(r, c), x);
          }
        }
      },
    });
  }

  getCellProperties(spec: CellPropsSpec): FakeClientResult<unknown[][]> {
    return new FakeClientResult(this.ctx, 'Range.getCellProperties', () => {
      const { sheet, rect } = this.target();
      return grid(rect, (r, c) => {
        const cell = sheet.get(r, c);
        const out: { format: Record<string, unknown> } = { format: {} };
        const f = spec.format ?? {};
        if (f.font?.bold) out.format.font = { bold: cell?.bold ?? false };
        if (f.indentLevel) out.format.indentLevel = cell?.indent ?? 0;
        if (f.fill) {
          const src = cell?.fill ?? NO_FILL;
          const fill: Record<string, unknown> = {};
          for (const k of ['color', 'pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'] as const) if (f.fill[k]) fill[k] = src[k];
          out.format.fill = fill;
        }
        return out;
      });
    });
  }

  /** Excel's RangeView of the visible cells: here only `cellAddresses`, as the reader loads it. */
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.ctx, () => this.target());
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const { sheet, rect } = this.target();
        // Like Excel: only merges whose top-left cell lies in the range.
        const found = sheet.merges.filter((m) => m.r0 >= rect.r0 && m.r0 <= rect.r1 && m.c0 >= rect.c0 && m.c0 <= rect.c1);
        if (found.length > this.ctx.book.mergeLimit) {
          throw new FakeExcelError('GeneralException', `more than ${this.ctx.book.mergeLimit} merged areas`);
        }
        return found.length === 0 ? null : found.map((m) => ({ sheet, rect: m }));
      },
      'merged',
    );
  }

  select(): void {
    this.ctx.enqueue({
      name: 'Range.select',
      sent: 24,
      run: () => {
        const { sheet, rect } = this.target();
        this.ctx.book.activeSheet = sheet.name;
        this.ctx.book.selection = { sheet: sheet.name, rects: [rect] };
      },
    });
  }

  clear(): void {
    this.ctx.enqueue({
      name: 'Range.clear',
      sent: 24,
      run: () => {
        const { sheet, rect } = this.target();
        for (const [r, c] of [...sheet.entries()]) if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) sheet.delete(r, c);
      },
    });
  }
}

export class FakeRangeView extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly of: () => { sheet: FakeSheet; rect: Rect },
  ) {
    super(ctx);
  }

  protected snapshot(prop: string): unknown {
    if (prop !== 'cellAddresses') throw new FakeExcelError('InvalidArgument', `the fake does not load RangeView.${prop}`);
    const { sheet, rect } = this.of();
    const out: string[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      if (sheet.hiddenRows.has(r)) continue;
      const row: string[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) if (!sheet.hiddenCols.has(c)) row.push(`${quoteSheet(sheet.name)}!${rectA1({ r0: r, c0: c, r1: r, c1: c })}`);
      out.push(row);
    }
    return out;
  }

  get cellAddresses(): string[][] {
    return this.read('cellAddresses');
  }
}

export class FakeRangeAreas extends FakeObject {
  readonly format: FakeRangeFormat;
  private resolved: Array<{ sheet: FakeSheet; rect: Rect }> | null | undefined;

  constructor(
    ctx: FakeContext,
    private readonly resolver: () => Array<{ sheet: FakeSheet; rect: Rect }> | null,
    what: string,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => this.target(), `RangeAreas(${what})`);
  }

  private target(): Array<{ sheet: FakeSheet; rect: Rect }> {
    if (this.resolved === undefined) this.resolved = this.resolver();
    if (!this.resolved) throw new FakeExcelError('ItemNotFound', 'range areas is a null object');
    return this.resolved;
  }

  protected override exists(): boolean {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved !== null;
  }

  protected snapshot(prop: string): unknown {
    const areas = this.target();
    if (prop === 'address') return areas.map(({ sheet, rect }) => `${quoteSheet(sheet.name)}!${rectA1(rect)}`).join(',');
    if (prop === 'areaCount') return areas.length;
    throw new FakeExcelError('InvalidArgument', `the fake does not load RangeAreas.${prop}`);
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}

export class FakeNote extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private readonly addr: string,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    const has = this.sheetOf().notes.has(this.addr);
    if (!has && !this.orNull) throw new FakeExcelError('ItemNotFound', `no note at ${this.addr}`);
    return has;
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'content') return this.sheetOf().notes.get(this.addr);
    throw new FakeExcelError('InvalidArgument', `the fake does not load Note.${prop}`);
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.ctx.enqueue({
      name: 'Note.content=',
      sent: jsonSize(v) + 24,
      run: () => {
        if (!this.sheetOf().notes.has(this.addr)) throw new FakeExcelError('ItemNotFound', `no note at ${this.addr}`);
        this.sheetOf().notes.set(this.addr, v);
      },
    });
  }
  delete(): void {
    this.ctx.enqueue({
      name: 'Note.delete',
      sent: 24,
      run: () => {
        if (!this.sheetOf().notes.delete(this.addr)) throw new FakeExcelError('ItemNotFound', `no note at ${this.addr}`);
      },
    });
  }
}

class FakeNoteCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
  ) {}
  private check(): void {
    if (!this.ctx.book.isSetSupported('ExcelApi', '1.18')) throw new FakeExcelError('ApiNotFound', 'notes need ExcelApi 1.18');
  }
  getItemOrNullObject(key: string): FakeNote {
    this.check();
    return new FakeNote(this.ctx, this.sheetOf, rectA1(parseAddress(key).rect), true);
  }
  add(cell: FakeRange | string, content: string): void {
    this.check();
    this.ctx.enqueue({
      name: 'NoteCollection.add',
      sent: jsonSize(content) + 32,
      run: () => {
        const rect = typeof cell === 'string' ? parseAddress(cell).rect : cell.target().rect;
        if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) throw new FakeExcelError('InvalidArgument', 'a note needs a single cell');
        const addr = cellA1(rect.r0, rect.c0);
        const sheet = this.sheetOf();
        if (sheet.notes.has(addr)) throw new FakeExcelError('InvalidArgument', `${addr} already has a note`);
        sheet.notes.set(addr, content);
      },
    });
  }
}

export class FakeCommentProxy extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly comment: FakeComment,
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'content') return this.comment.content;
    if (prop === 'id') return this.comment.id;
    throw new FakeExcelError('InvalidArgument', `the fake does not load Comment.${prop}`);
  }
  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.ctx.enqueue({ name: 'Comment.content=', sent: jsonSize(v) + 24, run: () => void (this.comment.content = v) });
  }
  get id(): string {
    return this.read('id');
  }
  getLocation(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.ctx.book.sheet(this.comment.sheet);
      return sheet ? { sheet, rect: parseAddress(this.comment.address).rect } : null;
    });
  }
  delete(): void {
    this.ctx.enqueue({
      name: 'Comment.delete',
      sent: 24,
      run: () => {
        const list = this.ctx.book.comments;
        const i = list.indexOf(this.comment);
        if (i < 0) throw new FakeExcelError('ItemNotFound', 'comment already deleted');
        list.splice(i, 1);
      },
    });
  }
}

class FakeCommentCollection extends FakeObject {
  private items_: FakeCommentProxy[] | undefined;
  private readonly subs = new Set<string>();
  protected snapshot(prop: string): unknown {
    if (!prop.startsWith('items')) throw new FakeExcelError('InvalidArgument', `the fake does not load CommentCollection.${prop}`);
    for (const p of prop.split('/').slice(1)) this.subs.add(p);
    const sub = this.subs.size > 0 ? [...this.subs] : ['id', 'content'];
    this.items_ = this.ctx.book.comments.map((c) => {
      const proxy = new FakeCommentProxy(this.ctx, c);
      proxy.markLoaded(sub);
      return proxy;
    });
    return this.ctx.book.comments.map((c) => ({ id: c.id, content: c.content }));
  }
  get items(): FakeCommentProxy[] {
    if (!this.items_) throw new PropertyNotLoaded('CommentCollection.items');
    return this.items_;
  }
  add(cell: FakeRange | string, content: string): FakeCommentProxy {
    const record: FakeComment = { id: `c${++this.ctx.book.commentSeq}`, sheet: '', address: '', content };
    this.ctx.enqueue({
      name: 'CommentCollection.add',
      sent: jsonSize(content) + 32,
      run: () => {
        const t = typeof cell === 'string' ? this.ctx.book.resolve(cell) : cell.target();
        const addr = cellA1(t.rect.r0, t.rect.c0);
        if (this.ctx.book.comments.some((c) => c.sheet === t.sheet.name && c.address === addr)) {
          throw new FakeExcelError('InvalidArgument', `${addr} already has a comment`);
        }
        record.sheet = t.sheet.name;
        record.address = addr;
        this.ctx.book.comments.push(record);
      },
    });
    return new FakeCommentProxy(this.ctx, record);
  }
}

export class FakeSetting extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    private readonly orNull = true,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    const has = this.ctx.book.settings.has(this.key);
    if (!has && !this.orNull) throw new FakeExcelError('ItemNotFound', `no setting ${this.key}`);
    return has;
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'value') return JSON.parse(this.ctx.book.settings.get(this.key) ?? 'null') as unknown;
    if (prop === 'key') return this.key;
    throw new FakeExcelError('InvalidArgument', `the fake does not load Setting.${prop}`);
  }
  get value(): unknown {
    return this.read('value');
  }
  delete(): void {
    this.ctx.enqueue({
      name: 'Setting.delete',
      sent: 24,
      run: () => {
        if (!this.ctx.book.settings.delete(this.key)) throw new FakeExcelError('ItemNotFound', `no setting ${this.key}`);
      },
    });
  }
}

class FakeSettingCollection {
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, false);
  }
  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value);
    this.ctx.enqueue({ name: 'SettingCollection.add', sent: json.length + key.length + 24, run: () => void this.ctx.book.settings.set(key, json) });
    return new FakeSetting(this.ctx, key);
  }
}

export class FakeWorksheet extends FakeObject {
  readonly notes: FakeNoteCollection;
  readonly freezePanes: { freezeRows(n: number): void };
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => FakeSheet | null,
    private readonly orNull = false,
  ) {
    super(ctx);
    const sheet = () => this.sheet();
    this.notes = new FakeNoteCollection(ctx, sheet);
    this.freezePanes = {
      freezeRows: (n: number) => ctx.enqueue({ name: 'Worksheet.freezeRows', sent: 24, run: () => void (sheet().frozenRows = n) }),
    };
  }
  sheet(): FakeSheet {
    const s = this.resolver();
    if (!s) throw new FakeExcelError('ItemNotFound', 'worksheet not found');
    return s;
  }
  protected override exists(): boolean {
    const s = this.resolver();
    if (!s && !this.orNull) throw new FakeExcelError('ItemNotFound', 'worksheet not found');
    return s !== null;
  }
  protected snapshot(prop: string): unknown {
    const s = this.sheet();
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return s.visibility;
    throw new FakeExcelError('InvalidArgument', `the fake does not load Worksheet.${prop}`);
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  getRange(address?: string): FakeRange {
    this.ctx.path('Worksheet.getRange');
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheet();
      if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: 1048575, c1: 16383 } };
      return { sheet, rect: parseAddress(address).rect };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.path('Worksheet.getRangeByIndexes');
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), rect: { r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 } }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheet();
      const rect = sheet.usedRect(valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }
  getRanges(address: string): FakeRangeAreas {
    this.ctx.path('Worksheet.getRanges');
    if (address.length > 8192) throw new FakeExcelError('InvalidArgument', `getRanges address of ${address.length} characters`);
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const sheet = this.sheet();
        return address.split(',').map((a) => ({ sheet, rect: parseAddress(a).rect }));
      },
      'getRanges',
    );
  }
  activate(): void {
    this.ctx.enqueue({ name: 'Worksheet.activate', sent: 24, run: () => void (this.ctx.book.activeSheet = this.sheet().name) });
  }
  delete(): void {
    this.ctx.enqueue({
      name: 'Worksheet.delete',
      sent: 24,
      run: () => {
        const s = this.sheet();
        this.ctx.book.sheets.splice(this.ctx.book.sheets.indexOf(s), 1);
      },
    });
  }
}

class FakeWorksheetCollection extends FakeObject {
  private items_: FakeWorksheet[] | undefined;
  private readonly subs = new Set<string>();
  protected snapshot(prop: string): unknown {
    if (!prop.startsWith('items')) throw new FakeExcelError('InvalidArgument', `the fake does not load WorksheetCollection.${prop}`);
    for (const p of prop.split('/').slice(1)) this.subs.add(p);
    const sub = this.subs.size > 0 ? [...this.subs] : ['name', 'visibility'];
    this.items_ = this.ctx.book.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, () => s);
      ws.markLoaded(sub);
      return ws;
    });
    return this.ctx.book.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
  }
  get items(): FakeWorksheet[] {
    if (!this.items_) throw new PropertyNotLoaded('WorksheetCollection.items');
    return this.items_;
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.path('WorksheetCollection.getItem');
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name), true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(this.ctx.book.activeSheet));
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue({
      name: 'WorksheetCollection.add',
      sent: name.length + 24,
      run: () => {
        if (this.ctx.book.sheet(name)) throw new FakeExcelError('ItemAlreadyExists', `sheet ${name} exists`);
        this.ctx.book.sheets.push(new FakeSheet(name));
      },
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }
}
class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  readonly comments: FakeCommentCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.settings = new FakeSettingCollection(ctx);
    this.comments = new FakeCommentCollection(ctx);
  }
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.ctx,
      () => {
        const sel = this.ctx.book.selection;
        const sheet = this.ctx.book.sheet(sel.sheet);
        if (!sheet) throw new FakeExcelError('ItemNotFound', 'no selection');
        return sel.rects.map((rect) => ({ sheet, rect }));
      },
      'selection',
    );
  }
}

export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: QueuedOp[] = [];
  private received = 0;
  private opCounts: Record<string, number> = {};
  private pathBytes = 0;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
    this.count(op.name);
  }

  /**
   * A method that creates an object path (getRange, getItem…). Office.js sends each path and its
   * instantiation as JSON (≈ {"Id":12,"ObjectPathType":3,"Name":"getRange","ParentObjectPathId":11,
   * "ArgumentInfo":{"Arguments":["B7"]}} plus an action naming it): about PATH_BYTES per path.
   */
  path(name: string): void {
    this.count(name);
    this.pathBytes += PATH_BYTES;
  }

  count(name: string): void {
    this.opCounts[name] = (this.opCounts[name] ?? 0) + 1;
    this.book.totals[name] = (this.book.totals[name] ?? 0) + 1;
  }

  receive(bytes: number): void {
    this.received += bytes;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.received = 0;
    const stat: SyncStat = { sent: ops.reduce((n, op) => n + op.sent, 0) + this.pathBytes, received: 0, ops: this.opCounts };
    this.opCounts = {};
    this.pathBytes = 0;
    this.book.syncs.push(stat);
    await Promise.resolve();
    if (stat.sent > this.book.payloadLimit) throw new FakeExcelError('RequestPayloadSizeLimitExceeded', `request of ${stat.sent} bytes`);
    for (const op of ops) op.run();
    stat.received = this.received;
    if (stat.received > this.book.payloadLimit) throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `response of ${stat.received} bytes`);
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  readonly settings = new Map<string, string>();
  comments: FakeComment[] = [];
  commentSeq = 0;
  activeSheet = '';
  selection: { sheet: string; rects: Rect[] } = { sheet: '', rects: [] };
  readonly apiVersion: number;
  readonly payloadLimit: number;
  readonly mergeLimit = 512;
  /** One entry per context.sync(), in order. */
  readonly syncs: SyncStat[] = [];
  /** Operation counts over the fake's lifetime. */
  readonly totals: Record<string, number> = {};
  /** What a formula evaluates to when written (the fake has no calculation engine). */
  evaluate: (formula: string) => FakeValue = () => 0;

  constructor(options: FakeOptions = {}) {
    this.apiVersion = options.apiVersion ?? 1.18;
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.activeSheet) {
      this.activeSheet = name;
      this.selection = { sheet: name, rects: [{ r0: 0, c0: 0, r1: 0, c1: 0 }] };
    }
    return s;
  }

  sheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  resolve(address: string): { sheet: FakeSheet; rect: Rect } {
    const { sheet, rect } = parseAddress(address);
    const s = this.sheet(sheet ?? this.activeSheet);
    if (!s) throw new FakeExcelError('ItemNotFound', `no sheet for ${address}`);
    return { sheet: s, rect };
  }

  assign(cell: FakeCell, x: unknown, asFormula: boolean): void {
    if (asFormula && isFormula(x)) {
      cell.formula = x;
      cell.value = this.evaluate(x);
    } else {
      cell.formula = null;
      cell.value = x === null || x === undefined ? '' : (x as FakeValue);
    }
    cell.text = undefined;
  }

  isSetSupported(name: string, version: string): boolean {
    return name === 'ExcelApi' && Number(version) <= this.apiVersion + 1e-9;
  }

  /** Excel.run: a fresh context per batch. */
  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(this));

  /** Totals over syncs since index `from`. */
  since(from: number): { syncs: number; sent: number; received: number } {
    const list = this.syncs.slice(from);
    return { syncs: list.length, sent: list.reduce((n, s) => n + s.sent, 0), received: list.reduce((n, s) => n + s.received, 0) };
  }
}
