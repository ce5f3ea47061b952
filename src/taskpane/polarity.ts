/**
 * Per-row polarity overrides (settings.polarity), keyed as the engine keys them
 * (src/engine/polarity.ts). The pane derives the row from a finding's cell, so the key always
 * matches the grid the engine saw.
 */
import { parseA1 } from '../engine';
import { parsePolarityKey, polarityKey as rowKey } from '../engine/polarity';
import type { Finding } from '../engine/types';

export type { Polarity } from '../engine/polarity';
import type { Polarity } from '../engine/polarity';
export type PolarityMap = Record<string, Polarity>;

/** The rule whose findings offer the polarity actions. */
export const POLARITY_RULE = 'ratio.capaian';

/** The key of a finding's row, or null when the cell is not an A1 address. */
export function polarityKey(sheet: string, cell: string): string | null {
  const ref = parseA1(cell);
  return ref ? rowKey(sheet, ref.row) : null;
}

/** Splits a key into its sheet and row ("Tabel 3.1!12" → ["Tabel 3.1", 12]); sheet names may hold '!'. */
export const splitPolarityKey = parsePolarityKey;

/**
 * The polarity the engine applied to a ratio.capaian finding's row: the user's override when there
 * is one, else the one the engine states on the finding. (Findings from an older engine without the
 * field fall back to the wording of the message.)
 */
export function effectivePolarity(f: Finding, overrides: PolarityMap | undefined): { polarity: Polarity; overridden: boolean } {
  const key = polarityKey(f.sheet, f.cell);
  const set = key ? overrides?.[key] : undefined;
  if (set) return { polarity: set, overridden: true };
  if (f.polarity) return { polarity: f.polarity, overridden: false };
  return { polarity: /lower-is-better indicator/i.test(f.message.en) ? 'lower' : 'higher', overridden: false };
}

/** The map with one key set (or removed, for null); undefined when nothing is left. */
export function withPolarity(map: PolarityMap | undefined, key: string, value: Polarity | null): PolarityMap | undefined {
  const next: PolarityMap = { ...(map ?? {}) };
  if (value) next[key] = value;
  else delete next[key];
  return Object.keys(next).length > 0 ? next : undefined;
}

/** Overrides sorted by sheet, then row number (not as text: row 9 before row 10). */
export function sortedOverrides(map: PolarityMap | undefined): { key: string; sheet: string; row: number; polarity: Polarity }[] {
  const out: { key: string; sheet: string; row: number; polarity: Polarity }[] = [];
  for (const [key, polarity] of Object.entries(map ?? {})) {
    const at = splitPolarityKey(key);
    if (at) out.push({ key, ...at, polarity });
  }
  return out.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
}
