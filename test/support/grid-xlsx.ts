/** SheetGrids written as an .xlsx (values, formulas with their results, number formats, bold, indent, merges): test workbooks for the CLI and the browser mode. */
import { Workbook } from 'exceljs';
import type { SheetGrid } from '../../src/engine/types';

export async function gridsToXlsx(grids: SheetGrid[]): Promise<Uint8Array> {
  const wb = new Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    g.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c || c.value === null) return;
        const cell = ws.getCell(r + 1, col + 1);
        cell.value = c.formula ? { formula: c.formula.replace(/^=/, ''), result: c.value as number } : c.value;
        if (c.numFmt) cell.numFmt = c.numFmt;
        if (c.bold) cell.font = { bold: true };
        if (c.indent) cell.alignment = { indent: c.indent };
      }),
    );
    for (const m of g.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
