/** Draws the findings sheet's rows (src/present/findings-sheet.ts) onto an exceljs worksheet. */
import type { Worksheet } from 'exceljs';
import type { Lang } from '../../engine';
import { argb, findingsHeader, findingsRows, findingsWidths, hyperlinkFormula, type FindingEntry, type FindingsLayout, type SheetCell } from '../../present';

export function solidFill(hex: string) {
  return { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: argb(hex) } };
}

export function drawCell(target: import('exceljs').Cell, c: SheetCell): void {
  switch (c.kind) {
    case 'text':
      target.value = c.text;
      if (c.fill) target.fill = solidFill(c.fill);
      if (c.wrap) target.alignment = { wrapText: true, vertical: 'top' };
      return;
    case 'number':
      target.value = c.value;
      target.numFmt = c.format;
      return;
    case 'link':
      // A HYPERLINK formula rather than exceljs's { hyperlink }: exceljs 4.4 writes a link whose
      // target looks like Sheet!A1 with both a relationship and a location, which Excel joins into
      // a broken target (exceljs issue #3027).
      target.value = { formula: hyperlinkFormula(c.target, c.text), result: c.text };
      target.font = { color: { argb: 'FF0563C1' }, underline: true };
  }
}

/** Header row (bold, grey, frozen, autofilter), then one row per finding. */
export function writeFindingsTable(ws: Worksheet, entries: FindingEntry[], lang: Lang, layout: FindingsLayout): void {
  writeTable(ws, findingsHeader(lang, layout.withFile), findingsWidths(layout.withFile), findingsRows(entries, lang, layout));
}

/** A list sheet Cermat writes: a header row (bold, grey, frozen, autofilter), then the rows. */
export function writeTable(ws: Worksheet, header: string[], widths: number[], rows: SheetCell[][]): void {
  ws.columns = header.map((h, i) => ({ header: h, width: widths[i] }));
  const first = ws.getRow(1);
  first.font = { bold: true };
  first.eachCell((c) => {
    c.fill = solidFill('#D9D9D9');
  });
  rows.forEach((cells, i) => {
    const row = ws.getRow(i + 2);
    cells.forEach((c, j) => drawCell(row.getCell(j + 1), c));
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: header.length } };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}

/** A sheet's first row as values (a formula by its result): to recognise a sheet Cermat wrote. */
export function headerValues(ws: Worksheet): unknown[] {
  const values = ws.getRow(1).values;
  // exceljs rows are 1-based arrays (index 0 unused).
  return Array.isArray(values) ? values.slice(1).map((v) => (v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v)) : [];
}

/** A cell's note as plain text (exceljs gives rich-text notes as runs): Cermat adds to a user's note, never replaces it. */
export function noteText(cell: import('exceljs').Cell): string {
  const n: unknown = cell.note;
  if (!n) return '';
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: Array<{ text?: string }> }).texts;
  return Array.isArray(texts) ? texts.map((x) => x.text ?? '').join('') : '';
}
