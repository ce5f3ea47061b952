/** Draws the findings sheet's rows (src/present/findings-sheet.ts) onto an exceljs worksheet. */
import type { Worksheet } from 'exceljs';
import type { Lang } from '../../engine';
import { argb, findingsHeader, findingsRows, findingsWidths, hyperlinkFormula, type FindingEntry, type FindingsLayout, type SheetCell } from '../../present';

export function solidFill(hex: string) {
  return { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: argb(hex) } };
}

function draw(target: import('exceljs').Cell, c: SheetCell): void {
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
  const header = findingsHeader(lang, layout.withFile);
  const widths = findingsWidths(layout.withFile);
  ws.columns = header.map((h, i) => ({ header: h, width: widths[i] }));
  const first = ws.getRow(1);
  first.font = { bold: true };
  first.eachCell((c) => {
    c.fill = solidFill('#D9D9D9');
  });
  findingsRows(entries, lang, layout).forEach((cells, i) => {
    const row = ws.getRow(i + 2);
    cells.forEach((c, j) => draw(row.getCell(j + 1), c));
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, entries.length + 1), column: header.length } };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}
