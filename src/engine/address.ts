/** A1 addresses. The engine works in absolute 0-based (row, col); these convert at the edges. */

export function colName(col: number): string {
  // Never loop on a non-finite or absurd column (a bug upstream must not freeze the pane).
  if (!Number.isFinite(col) || col < 0 || col > 16383) throw new RangeError(`column index ${col} outside A..XFD`);
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

export function rangeA1(r0: number, c0: number, r1: number, c1: number): string {
  return `${a1(r0, c0)}:${a1(r1, c1)}`;
}

export interface CellRef {
  row: number;
  col: number;
}

/** Parses 'B7' or '$B$7' (no sheet part). Returns null on anything else. */
export function parseA1(ref: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Parses 'A1:C9' (or a single cell) into corners. */
export function parseRange(ref: string): { r0: number; c0: number; r1: number; c1: number } | null {
  const bare = ref.includes('!') ? ref.slice(ref.lastIndexOf('!') + 1) : ref;
  const [a, b] = bare.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) return null;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}

/** Quotes a sheet name for use in a formula or hyperlink: 'Tabel 2.1'!A1. */
export function sheetRef(sheet: string, cell: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
