/** Small literal sheets for unit tests: rows of values from A1, merges as A1 ranges. */
import type { CellInput, SheetGrid } from '../../src/engine';
import { parseRange } from '../../src/engine';

export type Lit = string | number | null | CellInput;

export function grid(rows: Lit[][], opts: { merges?: string[]; name?: string; fmt?: string } = {}): SheetGrid {
  const cells: SheetGrid['cells'] = rows.map((row) =>
    row.map((v): CellInput | undefined => {
      if (v === null || v === '') return undefined;
      if (typeof v === 'object') return v;
      return typeof v === 'number' ? { value: v, numFmt: opts.fmt } : { value: v };
    }),
  );
  const merges = (opts.merges ?? []).map((m) => {
    const r = parseRange(m)!;
    return { r0: r.r0, c0: r.c0, r1: r.r1, c1: r.c1 };
  });
  return { name: opts.name ?? 'Sheet1', cells, merges };
}

export const bold = (value: string | number): CellInput => ({ value, bold: true });

/** A header row in bold, null for an empty cell (under a merge): heads('No', 'Uraian', null, 'Jumlah'). */
export const heads = (...names: (string | number | null)[]): Lit[] => names.map((n) => (n === null ? null : bold(n)));
