/**
 * Where a SheetView reads cells from: plain rows (hosts, tests) or a packed store (the package
 * reader and the Office.js reader, src/engine/cells.ts). Both answer alike; the store without
 * making an object per cell where it can.
 */
import type { CellInput, Scalar, SheetGrid } from './types';
import { displayedDecimals, readCell, readStoredNumber, readStoredText, storedNumberDecimals, storedNumberValue, type CellValue } from './number';
import { Kind, storeOf, type CellStore } from './cells';

/** The value of an empty cell (one object for all of them). */
export const EMPTY: CellValue = { kind: 'empty' };

/** The source for a grid: its packed store when it has one, else its plain rows. */
export function sourceOf(grid: SheetGrid): CellSource {
  const store = storeOf(grid);
  return store ? new StoreSource(store) : new PlainSource(grid.cells);
}

export interface CellSource {
  readonly rowCount: number;
  width(r: number): number;
  /** The typed value (not cached here: SheetView caches). */
  read(r: number, c: number): CellValue;
  /** The typed value of a number cell when reading it is cheap enough not to cache; else undefined. */
  freshNumber(r: number, c: number): CellValue | undefined;
  /** freshNumber(r, c).value without the object, for the cells freshNumber reads; else undefined. */
  numberAt(r: number, c: number): number | undefined;
  /** freshNumber(r, c).decimals without the object, for the cells freshNumber reads; else undefined. */
  decimalsAt(r: number, c: number): number | undefined;
  /** The decimals a number cell displays, padding included (number.ts displayedDecimals). */
  displayed(r: number, c: number): number | undefined;
  /** cellText() of the cell. */
  text(r: number, c: number): string;
  formula(r: number, c: number): string | undefined;
  raw(r: number, c: number): Scalar;
  hostText(r: number, c: number): string | undefined;
  bold(r: number, c: number): boolean;
  indent(r: number, c: number): number;
  /** The cell's number format, if any. */
  numFmt(r: number, c: number): string | undefined;
  isError(r: number, c: number): boolean;
  /** A value other than empty or blank text. */
  hasValue(r: number, c: number): boolean;
}

class PlainSource implements CellSource {
  readonly rowCount: number;
  constructor(private readonly rows: SheetGrid['cells']) {
    this.rowCount = rows.length;
  }
  width(r: number): number {
    return this.rows[r]?.length ?? 0;
  }
  read(r: number, c: number): CellValue {
    const cell = this.rows[r]?.[c];
    return cell ? readCell(cell) : EMPTY;
  }
  freshNumber(): undefined {
    // A host's cell may carry its shown text, parsed for the decimals: cached.
    return undefined;
  }
  numberAt(): undefined {
    return undefined;
  }
  decimalsAt(): undefined {
    return undefined;
  }
  displayed(r: number, c: number): number | undefined {
    const cell = this.rows[r]?.[c];
    return typeof cell?.value === 'number' ? displayedDecimals(cell.numFmt, cell.text) : undefined;
  }
  text(r: number, c: number): string {
    return cellText(this.rows[r]?.[c]);
  }
  formula(r: number, c: number): string | undefined {
    return this.rows[r]?.[c]?.formula;
  }
  raw(r: number, c: number): Scalar {
    return this.rows[r]?.[c]?.value ?? null;
  }
  hostText(r: number, c: number): string | undefined {
    return this.rows[r]?.[c]?.text;
  }
  bold(r: number, c: number): boolean {
    return !!this.rows[r]?.[c]?.bold;
  }
  numFmt(r: number, c: number): string | undefined {
    return this.rows[r]?.[c]?.numFmt;
  }
  indent(r: number, c: number): number {
    return this.rows[r]?.[c]?.indent ?? 0;
  }
  isError(r: number, c: number): boolean {
    return !!this.rows[r]?.[c]?.error;
  }
  hasValue(r: number, c: number): boolean {
    const v = this.rows[r]?.[c]?.value;
    return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
  }
}

/** Reads a packed store without making a CellInput per cell. */
class StoreSource implements CellSource {
  readonly rowCount: number;
  constructor(private readonly store: CellStore) {
    this.rowCount = store.rowCount;
  }
  width(r: number): number {
    return this.store.width(r);
  }
  read(r: number, c: number): CellValue {
    const s = this.store;
    switch (s.kind(r, c)) {
      case Kind.Number:
        return readStoredNumber(s.number(r, c), s.style(r, c).numFmt, s.text(r, c));
      case Kind.String:
        return readStoredText(s.value(r, c) as string);
      case Kind.Bool:
        return { kind: 'text', text: String(s.value(r, c)) };
      case Kind.Error:
        return { kind: 'error', code: String(s.value(r, c)) };
      default:
        return EMPTY;
    }
  }
  freshNumber(r: number, c: number): CellValue | undefined {
    const s = this.store;
    // A number the host shows as text is read for the decimals of that text: cached instead (and far cells).
    const slot = s.plainNumberSlot(r, c);
    return slot >= 0 ? readStoredNumber(s.numberAt(slot), s.styleAt(slot).numFmt) : undefined;
  }
  numberAt(r: number, c: number): number | undefined {
    const s = this.store;
    const slot = s.plainNumberSlot(r, c);
    if (slot < 0) {
      // A number with displayed text, or in a far column: through the typed value.
      if (s.kind(r, c) !== Kind.Number) return undefined;
      const n = s.number(r, c);
      return Number.isFinite(n) ? storedNumberValue(n, s.style(r, c).numFmt) : undefined;
    }
    const n = s.numberAt(slot);
    // A non-finite number reads as an error (readStoredNumber).
    return Number.isFinite(n) ? storedNumberValue(n, s.styleAt(slot).numFmt) : undefined;
  }
  decimalsAt(r: number, c: number): number | undefined {
    const s = this.store;
    const slot = s.plainNumberSlot(r, c);
    if (slot < 0) return undefined;
    const n = s.numberAt(slot);
    return Number.isFinite(n) ? storedNumberDecimals(n, s.styleAt(slot).numFmt) : undefined;
  }
  displayed(r: number, c: number): number | undefined {
    const s = this.store;
    return s.kind(r, c) === Kind.Number ? displayedDecimals(s.style(r, c).numFmt, s.text(r, c)) : undefined;
  }
  text(r: number, c: number): string {
    const shown = this.store.text(r, c);
    if (shown !== undefined && shown !== '') return clipText(shown).trim();
    const v = this.store.value(r, c);
    if (v === null) return '';
    return (typeof v === 'string' ? clipText(v) : String(v)).trim();
  }
  formula(r: number, c: number): string | undefined {
    return this.store.formula(r, c);
  }
  raw(r: number, c: number): Scalar {
    return this.store.value(r, c);
  }
  hostText(r: number, c: number): string | undefined {
    return this.store.text(r, c);
  }
  bold(r: number, c: number): boolean {
    return !!this.store.style(r, c).bold;
  }
  numFmt(r: number, c: number): string | undefined {
    return this.store.style(r, c).numFmt;
  }
  indent(r: number, c: number): number {
    return this.store.style(r, c).indent ?? 0;
  }
  isError(r: number, c: number): boolean {
    return this.store.kind(r, c) === Kind.Error;
  }
  hasValue(r: number, c: number): boolean {
    const k = this.store.kind(r, c);
    if (k === Kind.Empty) return false;
    if (k !== Kind.String) return true;
    return (this.store.value(r, c) as string).trim() !== '';
  }
}

/**
 * Longest text any label, header or number test looks at. A cell holding a pasted paragraph (or a
 * 1 MB shared string repeated in thousands of cells) is read by its first characters: no header
 * word, total label or number is longer, and every test stays bounded.
 */
export const MAX_TEXT = 1000;

/** Display text of a cell: its shown text if known, else the stored value as text. */
export function cellText(cell: CellInput | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined && cell.text !== '') return clipText(cell.text).trim();
  const v = cell.value;
  if (v === null || v === undefined) return '';
  return (typeof v === 'string' ? clipText(v) : String(v)).trim();
}

export function clipText(s: string): string {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}
