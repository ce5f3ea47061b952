/**
 * Memory of what Cermat changed when it highlighted cells, so clearMarks can undo exactly that.
 *
 * Stored in the workbook's add-in settings (context.workbook.settings, ExcelApi 1.4) rather than
 * a very-hidden sheet: settings travel with the file and survive closing the pane or Excel, yet
 * never show up as a worksheet to other readers of the file (exceljs/CLI, file mode, the user's
 * own formulas), never shift sheet indices, and belong to this add-in only.
 */
export const MARKS_KEY = 'cermat.marks';

/** A cell's fill as getCellProperties reports it. "No fill" has a null tintAndShade (and reads white). */
export interface FillState {
  color: string | null;
  pattern: string | null;
  patternColor: string | null;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
}

export interface CellMark {
  /** The fill before Cermat coloured the cell. */
  original: FillState;
  /** The colour Cermat applied (upper case). */
  mark: string;
  /** Whether Cermat attached a note or a comment to the cell. */
  annotation?: 'note' | 'comment';
}

export interface MarkMemory {
  v: 1;
  /** sheet name → A1 → mark */
  sheets: Record<string, Record<string, CellMark>>;
}

export function emptyMemory(): MarkMemory {
  return { v: 1, sheets: {} };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Settings hold JSON; anything unexpected means "nothing remembered". */
export function parseMemory(raw: unknown): MarkMemory {
  const value: unknown = typeof raw === 'string' ? safeJson(raw) : raw;
  if (!isRecord(value) || value.v !== 1 || !isRecord(value.sheets)) return emptyMemory();
  return value as unknown as MarkMemory;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

type FillProps = { color?: string; pattern?: string; patternColor?: string; tintAndShade?: number; patternTintAndShade?: number };

export function fillFromProps(p: { format?: { fill?: FillProps } } | undefined): FillState {
  const f = p?.format?.fill ?? {};
  return {
    color: f.color ?? null,
    pattern: f.pattern ?? null,
    patternColor: f.patternColor ?? null,
    tintAndShade: typeof f.tintAndShade === 'number' ? f.tintAndShade : null,
    patternTintAndShade: typeof f.patternTintAndShade === 'number' ? f.patternTintAndShade : null,
  };
}

export function isNoFill(f: FillState): boolean {
  return f.tintAndShade === null && (f.pattern === null || f.pattern === 'None');
}

/** Gradients cannot be written back through the API, so such cells are never recoloured. */
export function isGradient(f: FillState): boolean {
  return f.pattern === 'LinearGradient' || f.pattern === 'RectangularGradient';
}

/** True while the cell still shows Cermat's colour (the user has not refilled it since). */
export function stillMarked(f: FillState, mark: string): boolean {
  return !isNoFill(f) && (f.color ?? '').toUpperCase() === mark.toUpperCase() && (f.pattern === 'Solid' || f.pattern === null);
}

/** Applies a remembered fill to a range (or areas) exactly: no fill, or colour + pattern + tints. */
export function restoreFill(target: Excel.RangeFormat, f: FillState): void {
  if (isNoFill(f)) {
    target.fill.clear();
    return;
  }
  if (f.color) target.fill.color = f.color;
  if (f.pattern) target.fill.pattern = f.pattern as Excel.FillPattern;
  if (f.patternColor) target.fill.patternColor = f.patternColor;
  if (f.tintAndShade !== null) target.fill.tintAndShade = f.tintAndShade;
  if (f.patternTintAndShade !== null) target.fill.patternTintAndShade = f.patternTintAndShade;
}

export const FILL_PROPS = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
} as const;
