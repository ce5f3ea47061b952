/** What every rule shares: the check context, finding drafts, tolerances and bilingual messages. */
import type { FillItem, Finding, LocalText, RowInfo, Scalar, Severity } from '../types';
import type { Settings } from '../settings';
import type { Table } from '../recognise';
import type { NumberValue, CellValue } from '../number';
import { a1 } from '../address';
import { formatNumber } from '../format';
import type { Relation } from '../relation';

export interface Draft extends Omit<Finding, 'sheet' | 'table' | 'related'> {
  related: string[];
  relation?: Relation;
}

export interface CheckContext {
  table: Table;
  settings: Settings;
  emit(d: Draft): void;
  plan(item: Omit<FillItem, 'sheet'>): void;
}

export interface RuleModule {
  id: string;
  family: 'sum' | 'ratio' | 'number' | 'value' | 'kode' | 'column' | 'formula';
  severity: Severity;
  title: LocalText;
  /** Runs on tables with arithmetic only (false: also on unchecked tables, e.g. number hygiene). */
  arithmetic: boolean;
  check(ctx: CheckContext): void;
}

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

export { half } from '../ratio-math';
import { half } from '../ratio-math';

/** Tolerance of a sum: the stated value's rounding plus the rounding of components shown with decimals. */
export function sumTolerance(stated: NumberValue, parts: NumberValue[]): number {
  let t = half(stated);
  for (const p of parts) if (p.decimals > 0) t += half(p);
  // Only floating-point noise on top: integers below 2^53 add exactly, and Rp 35 billion that is
  // Rp 30 off must still be found (a relative 1e-9 here once hid it).
  return t + 1e-13 * Math.max(1, Math.abs(stated.value));
}

/** The raw content of a cell for FillItem.current (null when empty). */
export function current(ctx: CheckContext, r: number, c: number): Scalar {
  const raw = ctx.table.view.cell(r, c);
  if (!raw || raw.value === null || raw.value === undefined || raw.value === '') return null;
  return raw.value;
}

type Fmt = (n: number | null | undefined, decimals?: number) => string;

/** Builds a message in both languages; `f` formats numbers in that language's style. */
export function say(build: (f: Fmt, id: boolean) => string): LocalText {
  const mk = (lang: 'id' | 'en'): Fmt => (n, d = 2) => (n === null || n === undefined ? '–' : formatNumber(n, lang, d));
  return { id: build(mk('id'), true), en: build(mk('en'), false) };
}

export function rowName(x: RowInfo | undefined): string {
  if (!x) return '';
  const l = x.label.replace(/\s+/g, ' ').trim();
  return l.length > 60 ? `${l.slice(0, 57)}…` : l;
}

export function quoted(x: RowInfo | undefined): string {
  const n = rowName(x);
  return n ? `'${n}'` : '';
}

/** Rows that carry data (not headings, blanks, repeats). */
export function dataRows(ctx: CheckContext): RowInfo[] {
  return ctx.table.info.rows.filter((x) => !['blank', 'headerRepeat', 'heading'].includes(x.kind) || (x.kind === 'heading' && x.level !== undefined));
}

export function kindWord(x: RowInfo | undefined, id: boolean): string {
  switch (x?.kind) {
    case 'program':
      return 'program';
    case 'kegiatan':
      return 'kegiatan';
    case 'subkegiatan':
      return id ? 'sub kegiatan' : 'sub-activity';
    case 'total':
      return id ? 'baris Jumlah' : 'total row';
    case 'heading':
      return x.level !== undefined ? (id ? 'urusan/bidang' : 'affairs group') : id ? 'kelompok' : 'group';
    default:
      return id ? 'baris' : 'row';
  }
}

/** A year or period tag for messages: "2019", "Tahun ke-2". */
export function yearTag(year: number | undefined, period: number | undefined, id: boolean): string {
  if (year !== undefined) return String(year);
  if (period !== undefined) return id ? `Tahun ke-${period}` : `Year ${period}`;
  return '';
}
