/**
 * The findings sheet as rows, whoever writes it: the add-in into the open workbook (Office.js),
 * the annotated copy and the summary workbook (exceljs). One header, one column order, one way
 * to show a value; the writers only draw these cells.
 */
import type { Finding, FindingValue, TableInfo } from '../engine/types';
import type { Lang } from '../engine/settings';
import { sheetRef } from '../engine/address';
import { catalog, local } from './catalog';
import { SEVERITY_COLOUR } from './severity';
import { ruleInfo } from '../engine/rules/registry';

/** One cell of the sheet: text, a number with its format, or a link (HYPERLINK) showing some text. */
export type SheetCell =
  | { kind: 'text'; text: string; fill?: string; wrap?: boolean }
  | { kind: 'number'; value: number; format: string }
  | { kind: 'link'; target: string; text: string };

export interface FindingEntry {
  finding: Finding;
  /** The file it came from (the summary workbook of many files). */
  file?: string;
  /** The table it belongs to, for the Tabel column. */
  table?: TableInfo;
}

export interface FindingsLayout {
  withFile: boolean;
  /** HYPERLINK's link_location for an entry (`#Sheet!A1` here, `[path]Sheet!A1` in another file), or null for plain text. */
  link: (e: FindingEntry) => string | null;
}

/** Column widths (characters) in header order, for writers that size columns. */
export function findingsWidths(withFile: boolean): number[] {
  return [...(withFile ? [28] : []), 18, 9, 24, 26, 12, 18, 18, 90];
}

export function findingsHeader(lang: Lang, withFile: boolean): string[] {
  const w = catalog(lang).sheet;
  return [...(withFile ? [w.file] : []), w.sheet, w.cell, w.table, w.rule, w.severity, w.expected, w.found, w.message];
}

/** Excel's limit on HYPERLINK's link_location; a longer one makes the formula an error. */
const MAX_LINK = 255;

/** The HYPERLINK formula of a link cell (without '='): works in Excel, LibreOffice and WPS, survives CSV export. */
export function hyperlinkFormula(target: string, text: string): string {
  return `HYPERLINK("${target.replace(/"/g, '""')}","${text.replace(/"/g, '""')}")`;
}

/** A link to a cell of this workbook. */
export function internalLink(sheet: string, cell: string): string {
  return `#${sheetRef(sheet, cell)}`;
}

function valueCell(v: FindingValue): SheetCell {
  if (v === null || v === undefined) return { kind: 'text', text: '–' };
  // A real number (so it sorts and filters) with a format that shows its decimals.
  if (typeof v === 'number') return { kind: 'number', value: v, format: Number.isInteger(v) ? '#,##0' : '#,##0.00' };
  return { kind: 'text', text: v };
}

function tableLabel(t: TableInfo | undefined): string {
  if (!t) return '';
  const title = t.title.find((s) => s.trim().length > 0);
  return title ? `${t.range} · ${title}` : t.range;
}

export function findingsRows(entries: FindingEntry[], lang: Lang, layout: FindingsLayout): SheetCell[][] {
  const c = catalog(lang);
  return entries.map((e) => {
    const f = e.finding;
    const target = layout.link(e);
    const title = ruleInfo(f.rule)?.title;
    return [
      ...(layout.withFile ? [{ kind: 'text' as const, text: e.file ?? '' }] : []),
      { kind: 'text', text: f.sheet },
      target && target.length <= MAX_LINK ? { kind: 'link', target, text: f.cell } : { kind: 'text', text: f.cell },
      { kind: 'text', text: tableLabel(e.table) },
      { kind: 'text', text: title ? `${f.rule} · ${local(title, lang)}` : f.rule },
      { kind: 'text', text: c.severity[f.severity], fill: SEVERITY_COLOUR[f.severity] },
      valueCell(f.expected),
      valueCell(f.actual),
      { kind: 'text', text: local(f.message, lang), wrap: true },
    ];
  });
}
