/**
 * The table zoo: generated variants of each convention real workbooks use (DOMAIN.md, "More
 * conventions seen in submitted workbooks"), each in a clean and an error-planted version.
 * Clean cases must give zero arithmetic errors; each planted error must be found at its cell.
 * Written from the conventions, not from any one workbook.
 */
import type { SheetGrid } from '../../src/engine/types';

/** Rule families a planted error may be reported by (the part of a rule id before the dot). */
export type Family = 'sum' | 'ratio' | 'formula' | 'number' | 'kode' | 'value';

export interface Planted {
  sheet: string;
  /** A1 address of the wrong cell. */
  cell: string;
  /** Families accepted for the finding at that cell (any one of them, as an error). */
  families: Family[];
  /** The value the cell should hold, when one is computable (checked against Finding.expected within 0.011). */
  expected?: number;
  /** What was planted, in a few words (shown when the test fails). */
  what: string;
}

export interface ZooCase {
  /** Unique, path-like: 'rfk/bobot/depth3/clean', 'rfk/bobot/depth3/planted'. */
  name: string;
  /** The convention exercised, from the list in test/zoo/README.md. */
  convention: string;
  grids: SheetGrid[];
  /** Empty for a clean case. */
  planted: Planted[];
  /**
   * Cells whose relation breaks only because of a planted cell (a program above a wrong kegiatan,
   * a grand total over a wrong sub-total): reporting them is fine at any severity.
   */
  acceptable: { sheet: string; cell: string }[];
  /** Numeric cells of the table(s) that an engine checks (for "errors per 1,000 checked cells"). */
  checkedCells: number;
}
