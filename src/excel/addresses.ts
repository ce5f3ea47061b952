/** Address helpers shared by the Excel modules (A1 strings are what crosses batches, never proxies). */
import { parseRange, rangeA1, a1 } from '../engine/address';

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Excel rejects longer getRanges() address strings (8,192); stay clear of it. */
export const MAX_ADDRESS_CHARS = 8000;

export function rectA1(r: Rect): string {
  return r.r0 === r.r1 && r.c0 === r.c1 ? a1(r.r0, r.c0) : rangeA1(r.r0, r.c0, r.r1, r.c1);
}

/** Splits a comma-separated area list ("'a,b'!A1:B2,Sheet1!C3") into areas, honouring quotes. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** Parses each area of a RangeAreas address into a rectangle (sheet part ignored). */
export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  for (const area of splitAreas(address)) {
    const r = parseRange(area);
    if (r) out.push(r);
  }
  return out;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

/** Normalises 'd7' / '$D$7' to 'D7'; null when not a single cell. */
export function normaliseCell(cell: string): string | null {
  const r = parseRange(cell);
  return r && r.r0 === r.r1 && r.c0 === r.c1 ? a1(r.r0, r.c0) : null;
}

/**
 * Joins cells into as few getRanges() strings as possible: vertical runs in a column become
 * one area ("D5:D9"), and lists are cut before MAX_ADDRESS_CHARS.
 */
export function compactAddresses(cells: string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const byCol = new Map<number, number[]>();
  for (const cell of cells) {
    const r = parseRange(cell);
    if (!r) continue;
    const rows = byCol.get(r.c0) ?? [];
    rows.push(r.r0);
    byCol.set(r.c0, rows);
  }
  const areas: string[] = [];
  for (const col of [...byCol.keys()].sort((x, y) => x - y)) {
    const rows = [...new Set(byCol.get(col))].sort((x, y) => x - y);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      areas.push(rectA1({ r0: start, c0: col, r1: rows[i - 1], c1: col }));
      start = rows[i];
    }
  }
  const out: string[] = [];
  let cur = '';
  for (const area of areas) {
    if (cur && cur.length + 1 + area.length > maxChars) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${area}` : area;
  }
  if (cur) out.push(cur);
  return out;
}
