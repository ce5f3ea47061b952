/** A1 addresses. The engine works in absolute 0-based (row, col); these convert at the edges. */

// Column letters by index, worked out once: a1() runs for every value of every entity and every
// cell a rule names (some 100,000 times on a 10,000-row Tabel 6.1).
const COL_NAMES: string[] = [];

export function colName(col: number): string {
  const known = COL_NAMES[col];
  if (known !== undefined) return known;
  // Never loop on a non-finite or absurd column (a bug upstream must not freeze the pane).
  if (!Number.isFinite(col) || col < 0 || col > 16383) throw new RangeError(`column index ${col} outside A..XFD`);
  const s = spell(col);
  if (Number.isInteger(col)) COL_NAMES[col] = s;
  return s;
}

function spell(col: number): string {
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
  const s = ref.trim();
  const r = scanA1(s, 0);
  return r && r.end === s.length ? { row: r.row, col: r.col } : null;
}

/**
 * The reference starting at s[i] ('B7', '$B$7', 'xfd1'), with where it ends; null when none starts
 * there. Character by character, no regex: the package reader calls it for every cell it reads.
 */
export function scanA1(s: string, i: number): (CellRef & { end: number }) | null {
  let j = i;
  if (s.charCodeAt(j) === 36 /* $ */) j++;
  const c0 = j;
  let col = 0;
  while (j - c0 < 3) {
    let ch = s.charCodeAt(j);
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (!(ch >= 65 && ch <= 90)) break;
    col = col * 26 + (ch - 64);
    j++;
  }
  if (j === c0) return null;
  if (s.charCodeAt(j) === 36) j++;
  const r0 = j;
  let row = 0;
  while (j - r0 < 7) {
    const ch = s.charCodeAt(j);
    if (!(ch >= 48 && ch <= 57)) break;
    row = row * 10 + (ch - 48);
    j++;
  }
  if (j === r0 || row === 0) return null;
  return { row: row - 1, col: col - 1, end: j };
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

/**
 * The sheet and cell of a reference written as sheetRef writes it ("'Tabel 3.1'!E12", "Data!B7"),
 * or null for a plain cell or a reference into another file ("[a.xlsx]Data!B7").
 */
export function parseSheetRef(ref: string): { sheet: string; cell: string } | null {
  if (ref.startsWith('[')) return null;
  const bang = ref.lastIndexOf('!');
  if (bang <= 0) return null;
  const raw = ref.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  const cell = ref.slice(bang + 1).replace(/\$/g, '');
  return sheet && parseA1(cell) ? { sheet, cell } : null;
}
