/** Helpers the rules share: reading cells, and the words their message templates use for rows and years. */
import type { ColumnInfo, Relation, RowInfo, RowKind, Scalar } from '../types';
import type { NumberValue, CellValue } from '../number';
import type { Lang } from '../settings';
import type { CheckContext } from './rule';
import { a1 } from '../address';
import { following, type Relation as Holds, type SignedTerm } from '../relation';
import { closedRows } from '../recognise/totals';
import { levelRow, levelUnit } from '../recognise/columns';

export type { CheckContext, Rule, Report } from './rule';
export { defineRule, message } from './rule';

export const cell = a1;

export function num(ctx: CheckContext, r: number, c: number): NumberValue | null {
  const v = ctx.table.view.value(r, c);
  return v.kind === 'number' ? v : null;
}

export function val(ctx: CheckContext, r: number, c: number): CellValue {
  return ctx.table.view.value(r, c);
}

/** Empty, '-' or NA: the cell says "no value". */
export function absent(v: CellValue): boolean {
  return v.kind === 'empty' || v.kind === 'dash' || v.kind === 'na';
}

/**
 * A cell as an operand of a + or − formula Cermat writes: N(E4) where it holds text ('-', 'NA', a
 * word), which Excel's + and − refuse (#VALUE!) but N() reads as 0, as Cermat does; the plain
 * address otherwise (a number typed there later counts either way).
 */
export function operand(ctx: CheckContext, r: number, c: number): string {
  const k = val(ctx, r, c).kind;
  return k === 'number' || k === 'empty' ? cell(r, c) : `N(${cell(r, c)})`;
}

/** The raw content of a cell for FillItem.current (null when empty). */
export function current(ctx: CheckContext, r: number, c: number): Scalar {
  const raw = ctx.table.view.raw(r, c);
  return raw === '' ? null : raw;
}

export function rowName(x: RowInfo | undefined): string {
  if (!x) return '';
  const l = x.label.replace(/\s+/g, ' ').trim();
  return l.length > 60 ? `${l.slice(0, 57)}…` : l;
}

/** The total row right above rows[i], past blank rows, if that is what stands there (a share, rate or growth row's Jumlah). */
export function totalAbove(rows: RowInfo[], i: number): RowInfo | undefined {
  let j = i - 1;
  while (j >= 0 && rows[j].kind === 'blank') j--;
  return j >= 0 && rows[j].kind === 'total' ? rows[j] : undefined;
}

/** A row's label in quotes, for messages ('' when it has none). */
export function quoted(x: RowInfo | undefined): string {
  const n = rowName(x);
  return n ? `'${n}'` : '';
}

/**
 * Where a finding about a whole column sits: the column's own header cell (its lowest header row,
 * above the 1 2 3 … column-number row), the same for every column-level finding.
 */
export function columnCell(ctx: CheckContext, col: number): string {
  const t = ctx.table.info;
  return a1(t.headerTop + Math.max(0, t.headerRows - 1 - (t.numberRow !== undefined ? 1 : 0)), col);
}

/** Rows that state figures of their own: indicators and the outline's nodes, and a node's further lines. */
export const FIGURE_KINDS: ReadonlySet<RowKind> = new Set<RowKind>(['indicator', 'continuation', 'program', 'kegiatan', 'subkegiatan']);

const NODE_KINDS: ReadonlySet<RowKind> = new Set<RowKind>(['indicator', 'program', 'kegiatan', 'subkegiatan']);

/** A row whose own cells carry a row relation's figures: an indicator or an outline node, and a total when asked. */
export function figureRow(x: RowInfo, totals = false): boolean {
  return NODE_KINDS.has(x.kind) || (totals && x.kind === 'total') || (x.kind === 'heading' && x.level !== undefined);
}

/** The columns explained by a relation of this kind (not merely assumed from a header, as an empty column's is). */
export function relationColumns<K extends Relation['kind']>(
  ctx: CheckContext,
  kind: K,
): { col: ColumnInfo; rel: Extract<Relation, { kind: K }>; byFormula: boolean }[] {
  const out: { col: ColumnInfo; rel: Extract<Relation, { kind: K }>; byFormula: boolean }[] = [];
  for (const col of ctx.table.info.columns) {
    const r = col.relation;
    if (r && !r.assumed && r.rel.kind === kind) out.push({ col, rel: r.rel as Extract<Relation, { kind: K }>, byFormula: r.by === 'formula' });
  }
  return out;
}

/** Rows that carry data (not headings, blanks, repeats). */
export function dataRows(ctx: CheckContext): RowInfo[] {
  return ctx.table.info.rows.filter((x) => !['blank', 'headerRepeat', 'heading'].includes(x.kind) || (x.kind === 'heading' && x.level !== undefined));
}

/** An account of a budget or revenue table by its name (Pendapatan Asli Daerah, Pajak Hotel, Belanja Pegawai). */
const ACCOUNT =
  /^(\d[\d.]*\s+)?(pendapatan|pajak|retribusi|belanja|pembiayaan|penerimaan|pengeluaran|transfer|lain lain|dana (alokasi|bagi|insentif|desa)|bagi hasil|hasil pengelolaan|silpa)\b/i;

/**
 * What a row is, for a message's data: its kind, and whether a heading carries a level (an urusan/bidang). An
 * account read as a program or kegiatan by its depth alone is a row (a revenue table has no programs).
 */
export function rowKind(x: RowInfo | undefined): { kind: RowKind | undefined; levelled: boolean } {
  // (An account's heading, "4 PENDAPATAN DAERAH", is no urusan/bidang either.)
  const tier = x?.kind === 'program' || x?.kind === 'kegiatan' || x?.kind === 'subkegiatan' || x?.kind === 'heading';
  if (tier && ACCOUNT.test(x!.label.trim().replace(/-/g, ' '))) return { kind: 'indicator', levelled: true };
  return { kind: x?.kind, levelled: x?.level !== undefined };
}

/** The word for a row kind in a message, in its language. */
export function kindWord(k: { kind: RowKind | undefined; levelled: boolean }, lang: Lang): string {
  const id = lang === 'id';
  switch (k.kind) {
    case 'program':
      return 'program';
    case 'kegiatan':
      return 'kegiatan';
    case 'subkegiatan':
      return id ? 'sub kegiatan' : 'sub-activity';
    case 'total':
      return id ? 'baris Jumlah' : 'total row';
    case 'heading':
      return k.levelled ? (id ? 'urusan/bidang' : 'affairs group') : id ? 'kelompok' : 'group';
    default:
      return id ? 'baris' : 'row';
  }
}

/** The English plural of a row kind's word (Indonesian words do not change). */
export function kindWords(k: { kind: RowKind | undefined; levelled: boolean }, lang: Lang, n: number): string {
  const w = kindWord(k, lang);
  if (lang === 'id' || n === 1) return w;
  if (k.kind === 'program' || k.kind === 'kegiatan') return `${w} rows`;
  return w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`;
}

/** A year or period tag for messages: "2019", "Tahun ke-2"; '' when the column has neither. */
export function yearTag(year: number | undefined, period: number | undefined, lang: Lang): string {
  if (year !== undefined) return String(year);
  if (period !== undefined) return lang === 'id' ? `Tahun ke-${period}` : `Year ${period}`;
  return '';
}

/** "2019: " before a message, or nothing. */
export function yearHead(year: number | undefined, period: number | undefined, lang: Lang): string {
  const t = yearTag(year, period, lang);
  return t ? `${t}: ` : '';
}

/** The cells of a column-level finding as one text: `F5`, or `F5…F90` from the first to the last. */
export function rangeText(cells: string[]): string {
  return cells.length === 1 ? cells[0] : `${cells[0]}…${cells[cells.length - 1]}`;
}

/**
 * `rel`, its stated cell followed through the terms it was worked out from (relation.ts following), where those terms
 * give it within its rounding; else `rel` as it was.
 */
export function followsTerms(
  ctx: CheckContext,
  stated: NumberValue,
  at: { r: number; c: number },
  terms: SignedTerm[],
  rel: Holds,
  inputsFirst = false,
): Holds {
  const vals = terms.map((t) => num(ctx, t.r, t.c));
  if (vals.length < 2 || vals.some((v) => v === null)) return rel;
  const sum = terms.reduce((s, t, i) => s + t.sign * vals[i]!.value, 0);
  return Math.abs(sum - stated.value) <= ctx.tol.sum(stated, vals as NumberValue[]) ? following(ctx.table.view, rel, at, terms, inputsFirst) : rel;
}

/** A total row's relation whose stated cell totals its column over the rows it closes: a slip in a row above explains it. */
export function followsColumnTotal(ctx: CheckContext, x: RowInfo, col: number, stated: NumberValue, rel: Holds): Holds {
  if (x.kind !== 'total') return rel;
  const rows = ctx.table.info.rows;
  // (Rows with no figure there add nothing.)
  const terms = closedRows(rows, rows.indexOf(x))
    .filter((t) => num(ctx, t.row, col) !== null)
    .map((t) => ({ r: t.row, c: col, sign: 1 as const }));
  return followsTerms(ctx, stated, { r: x.row, c: col }, terms, rel);
}

/** A row of levels (%, an index, a rate), by its satuan, its label and its indicator: its running total is its latest. */
export function levelOf(ctx: CheckContext, x: RowInfo): boolean {
  const t = ctx.table;
  const satuan = t.ctx.satuanCol !== undefined ? t.view.shownText(x.row, t.ctx.satuanCol) : '';
  const indicator = t.ctx.indicatorCol !== undefined ? ` ${t.view.shownText(x.row, t.ctx.indicatorCol)}` : '';
  return levelRow(satuan, x.label + indicator);
}

/** A row whose satuan alone says it is a level (%, an index, a ratio, a score): its name cannot make it a count. */
export function levelUnitOf(ctx: CheckContext, x: RowInfo): boolean {
  const t = ctx.table;
  return t.ctx.satuanCol !== undefined && levelUnit(t.view.shownText(x.row, t.ctx.satuanCol));
}

/**
 * The notes under a table: its footer, and the lines typed right under its last row with no "Catatan:" before them,
 * which the rows read as the table's last headings. One reading for every rule that takes the office's word from them.
 */
export function tableNotes(info: { footer: string[]; rows: RowInfo[] }): string[] {
  let k = info.rows.length - 1;
  // (A note's line wrapped onto the next, "Predikat:" over "Sangat Tinggi (≥ 100%)", is read with its heading.)
  const noteLine = (y: RowInfo) =>
    y.kind === 'heading' || y.kind === 'blank' || (y.kind === 'continuation' && info.rows.some((h) => h.row === y.parent && h.kind === 'heading'));
  while (k >= 0 && noteLine(info.rows[k])) k--;
  return [
    ...info.footer,
    ...info.rows
      .slice(k + 1)
      .filter((y) => y.kind === 'heading')
      .map((y) => y.label),
  ];
}
