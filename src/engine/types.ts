import type { Entity } from './entities';
import type { Carried } from './split-tables';

/**
 * The engine's data model. Everything here is plain, serialisable data:
 * adapters (exceljs, Office.js) build a SheetGrid, the engine returns an
 * Analysis, renderers (CLI, task pane, sheet notes) read it.
 */

/** A raw cell value as a spreadsheet stores it. Excel errors arrive as text with `error: true`. */
export type Scalar = number | string | boolean | null;

export interface CellInput {
  /** Stored value: a number, a string, a boolean or null (empty). */
  value: Scalar;
  /** Displayed text when the host knows it (Office.js does, exceljs does not). */
  text?: string;
  /** Formula, with or without the leading '='. */
  formula?: string;
  /** Excel number format code, e.g. '#,##0.00'. */
  numFmt?: string;
  bold?: boolean;
  indent?: number;
  /** True when `value` is an Excel error code such as '#REF!'. */
  error?: boolean;
}

/** A merged area, 0-based, inclusive, in absolute sheet coordinates. */
export interface MergeArea {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * One worksheet as the engine sees it. `cells[r][c]` uses absolute 0-based
 * coordinates (row 0 / col 0 is A1); rows or cells may be missing (sparse).
 */
export interface SheetGrid {
  name: string;
  cells: (Array<CellInput | undefined> | undefined)[];
  merges: MergeArea[];
  /** Rows hidden in the sheet (by a filter or by hand), 0-based: SUBTOTAL leaves them out. */
  hiddenRows?: number[];
  /**
   * Columns hidden in the sheet, 0-based (last period's years, helper columns): read like the others,
   * but nothing short of an error is said about their cells, and nothing is filled into them.
   */
  hiddenCols?: number[];
}

/** Layout families, as named in DOMAIN.md. */
export type Family = 'rekap' | 'kinerja' | 'anggaran' | 'rencana' | 'capaian' | 'realisasi' | 'target';

export const FAMILIES: readonly Family[] = ['rekap', 'kinerja', 'anggaran', 'rencana', 'capaian', 'realisasi', 'target'];

/** What a column holds, derived from its header path. */
export type ColumnRole =
  | 'no'
  | 'label' // uraian / program / kegiatan / nama / unit kerja … (the row's name)
  | 'indicator'
  | 'kode'
  | 'satuan'
  | 'text' // free text (definisi, analisis, keterangan, lokasi, unit kerja, tujuan, sasaran)
  | 'kondisiAwal'
  | 'target'
  | 'realisasi'
  | 'ratio' // capaian / rasio / % (stated ratio)
  | 'anggaran' // anggaran / pagu
  | 'realisasiRp' // realisasi of an anggaran
  | 'rp' // Rp of a plan year (rencana)
  | 'akhirTarget'
  | 'akhirRp'
  | 'pertumbuhan'
  | 'sisa'
  | 'predikat'
  | 'rowTotal' // a Jumlah/Total column that adds other columns of the row
  | 'value' // a plain numeric column (counts, Rp) summed by Jumlah rows
  | 'other';

export interface ColumnInfo {
  /** Absolute 0-based column. */
  col: number;
  /** Header texts from top to bottom (merged cells repeated), column-number row excluded. */
  path: string[];
  role: ColumnRole;
  /** Year of the column when the header gives one ('2019', 'Tahun Ke-1 (2024)'). */
  year?: number;
  /** Ordinal of the year group (Tahun Ke-n) when no calendar year is given. */
  period?: number;
  /** Number printed for this column in the column-number row, if any. */
  number?: number;
  /**
   * The column's place under a column number merged over several columns ("12" over K | Rp: 0 for K, 1 for
   * Rp): a formula stated for the number holds for each of them, K with K and Rp with Rp.
   */
  numberPart?: number;
  /**
   * Money shown in thousands or millions ("Rp 000", "dalam juta rupiah"): each amount is rounded to
   * that unit, so a sum of n of them may be n halves of a unit off (tolerance.unitRounding).
   */
  rounded?: boolean;
  /** Rupiah per unit of a money column shown in thousands or millions (1e3 for "Rp 000" or "dalam ribuan rupiah"). */
  moneyUnit?: number;
  /** The formula the column-number row states for it ("4/3 x 100" of "(5)=(4)/(3)x100%"), if any. */
  stated?: string;
  /**
   * For rowTotal: the component columns. For sisa: [minuend, subtrahend]. For a year's figure after its
   * quarters (ofQuarters): those quarters.
   */
  parts?: number[];
  /** For a rowTotal that takes columns off (Saldo Akhir = Saldo Awal + Penambahan − Pengurangan): those columns. */
  minus?: number[];
  /** A closing balance (rowTotal of its opening and flows): its flows may be typed negative. */
  balance?: boolean;
  /**
   * A year's figure from its quarters: on each row their sum (increments), the last (cumulative, or a level
   * reached) or their mean (a rate averaged over the year), whichever the row holds.
   */
  ofQuarters?: boolean;
  /** An amount its parts after it make up (a Pagu drawn down by quarters, financed by funds): checked as their total. */
  drawn?: boolean;
  /** For pertumbuhan: which series it summarises ('anggaran' | 'realisasi' | …). */
  of?: ColumnRole;
  /** True when the header says the values are percentages; false where the table settled that its percent words are not
   * ("Capaian Tahun ▸ 2021" over lengths in km, columns.ts). */
  percent?: boolean;
  /**
   * What the column computes from other cells, when something explains it: the relation its
   * formulas state, its header names, or most of its rows satisfy (recognise/relations.ts).
   */
  relation?: ColumnRelation;
  /** A computed-looking column (a %, a Sisa, a Jumlah) that no relation explains: checked no further. */
  unexplained?: boolean;
}

/** A column's relation to other columns of its row (or of its table), in absolute column indices. */
export type Relation =
  /**
   * C = num / den × k on the same row (capaian, rasio realisasi/anggaran). With `numParts`, the numerator is
   * read from those columns (num is the last of them): added up on a row of counts or amounts, the last one on a
   * row of levels (%, rates) (columns.ts yearFromQuarters). A Rencana Aksi's Realisasi TW I … TW IV against its
   * Target Tahunan; a road's Baik + Sedang over its length (Kemantapan). With `denParts` too, the denominator is read
   * the same way from its own quarters (Target TW I … IV | Realisasi TW I … IV | one Capaian of the year).
   */
  | { kind: 'ratio'; num: number; den: number; k: number; numParts?: number[]; denParts?: number[] }
  /**
   * C = num / base × k: a share of the grand total (bobot) or of the row's parent; the base is
   * taken in column `of` when it is another one (Sisa (%) = Sisa / Σ Pagu × 100). With `rows`, the grand total is the
   * sum of the rows, not the Jumlah stated under them: shares worked out before that Jumlah was typed wrong.
   */
  | { kind: 'share'; num: number; k: number; base: 'grand' | 'parent'; of?: number; rows?: boolean }
  /** C = a × b / k (fisik tertimbang = fisik × bobot / 100). */
  | { kind: 'product'; a: number; b: number; k: number }
  /** C = a × k, a constant the header states (NRR Tertimbang = NRR × 0,111; Nilai Konversi = NRR × 25). */
  | { kind: 'scaled'; a: number; k: number }
  /**
   * C = Σ w × term, weights adding up to one, as the header states or the rules set them: the SPM's index = 80 % ×
   * capaian penerima layanan + 20 % × capaian mutu (Permendagri 59/2021).
   */
  | { kind: 'linear'; terms: { c: number; w: number }[]; mean?: boolean }
  /** C = a − b (Sisa = Pagu − Realisasi). */
  | { kind: 'difference'; a: number; b: number }
  /**
   * C = (a − b) / b × k: growth on an earlier figure (% Peningkatan of this year's realisasi on last year's).
   * With `above` (years down the rows: "Tahun | Jumlah Pegawai | Peningkatan (%)"), b is column a on the
   * figure row above (totals.ts figureRowAbove); with `baseRow`, on that row ("Perubahan terhadap 2019 (%)").
   */
  | { kind: 'growth'; a: number; b: number; k: number; above?: boolean; baseRow?: number }
  /** C = Σ parts − Σ minus (Baik + Rusak Ringan + Rusak Berat = Total; Saldo Awal + Penambahan − Pengurangan). */
  | { kind: 'sum'; parts: number[]; minus?: number[] };

export interface ColumnRelation {
  rel: Relation;
  /** What says so: the column's formulas, its header, or the data (a clear majority of its rows). */
  by: 'formula' | 'header' | 'data';
  /** Rows where the relation could be tested, and where it held. */
  tested: number;
  held: number;
  /** Taken from the header alone because the column is still empty: a fill plan, nothing to check. */
  assumed?: boolean;
}

export type RowKind =
  | 'heading' // a label only: URUSAN …, group title, Indikator Sasaran …
  | 'program'
  | 'kegiatan'
  | 'subkegiatan'
  | 'indicator' // a data row with no hierarchy level
  | 'continuation' // an extra indicator line of the row above (no label)
  | 'total' // Jumlah / Total
  | 'average' // Rata-rata: the mean of the rows above
  | 'derived' // Surplus/(Defisit), Pembiayaan Netto: a difference of other rows, never a child or a term
  | 'headerRepeat' // header repeated after a page break
  | 'blank';

export interface RowInfo {
  /** Absolute 0-based row. */
  row: number;
  kind: RowKind;
  label: string;
  /** Kode rekening as displayed, when the table has one. */
  kode?: string;
  /** Hierarchy depth: 0 = top (program / group heading), 1 = kegiatan, 2 = sub kegiatan. */
  level?: number;
  /** Row of the parent in the hierarchy (absolute), when known. */
  parent?: number;
  /** Rows whose values this row owns (continuation lines). */
  lines?: number[];
  /** How the level was decided: 'kode' | 'words' | 'format' | 'sums' | 'order'. */
  levelBy?: string;
  /** The row's outline marker as a total's label names it ("II", "A", "2.1"), from its No cell or its label. */
  marker?: string;
}

export interface TableInfo {
  sheet: string;
  /** A1 range from the header's top-left to the last body row. */
  range: string;
  layout: Family;
  /** Whether the table holds arithmetic the engine checks. */
  checked: boolean;
  headerTop: number;
  headerRows: number;
  bodyTop: number;
  bodyRows: number;
  left: number;
  right: number;
  /** Row of the 1 2 3 … column-number row, if any. */
  numberRow?: number;
  title: string[];
  footer: string[];
  years: number[];
  columns: ColumnInfo[];
  rows: RowInfo[];
  /** Counts of body rows per kind. */
  rowCounts: Partial<Record<RowKind, number>>;
  /** Notes on how the table was read (for the user): conventions detected, etc. */
  notes: LocalText[];
}

export interface LocalText {
  id: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'info';

export type FindingValue = number | string | null;

export interface Finding {
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** Rule id: family.name, e.g. 'sum.total-row'. */
  rule: string;
  severity: Severity;
  expected: FindingValue;
  actual: FindingValue;
  message: LocalText;
  /** Other cells that take part in the relation (A1). */
  related: string[];
  /** Index of the table in Analysis.tables. */
  table?: number;
  /** ratio.capaian only: the polarity the engine judged the row by (its words, or the user's setting). */
  polarity?: 'higher' | 'lower';
}

/** One computed cell the engine proposes to write. */
export interface FillItem {
  sheet: string;
  cell: string;
  /** Excel formula with English function names and a leading '='. */
  formula: string;
  /** The value the formula evaluates to on the current data (a label for predikat; null when it yields ""). */
  value: number | string | null;
  rule: string;
  /** What is in the cell now; null when empty. A non-null current needs the user's consent. */
  current: Scalar;
  reason: LocalText;
  /** The relation comes from the column's header alone (no row shows it yet): say so before writing. */
  assumed?: boolean;
}

/** A user correction of how a table was recognised. */
export interface TableOverride {
  sheet: string;
  /** Absolute 0-based row of the header's first row, identifying the table. */
  headerTop: number;
  /** Its first column: tells apart two tables side by side (absent: every table starting on headerTop). */
  left?: number;
  headerRows?: number;
}

/** A cell of a table whose formula is one reference to a cell of another sheet (a Rekap's `='Tabel 6.1'!F4`). */
export interface SheetLink {
  cell: string;
  /** The table's index in its sheet. */
  table: number;
  label: string;
  formula: string;
  to: { sheet: string; r: number; c: number };
}

export interface SheetAnalysis {
  sheet: string;
  tables: TableInfo[];
  findings: Finding[];
  fill: FillItem[];
  /** What the tables state figures about, for comparing tables with each other (entities.ts). */
  entities?: Entity[];
  /** Why nothing was found, when nothing was. */
  notice?: LocalText;
  /** Cells pulling one figure from another sheet (links.ts), checked once every sheet is read. */
  links?: SheetLink[];
  /** What each table carries to a total on another sheet (split-tables.ts), its `table` index local to the sheet. */
  carried?: Carried[];
}

export interface Analysis {
  sheets: SheetAnalysis[];
  tables: TableInfo[];
  findings: Finding[];
  fill: FillItem[];
  entities: Entity[];
}
