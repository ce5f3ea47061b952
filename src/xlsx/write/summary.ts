/** One workbook summarising a batch of checked files: "Ringkasan" (per file) and "Temuan" (every finding). */
import { Workbook } from 'exceljs';
import { sheetRef } from '../../engine/address';
import type { Lang } from '../../engine';
import type { FileResult } from '../file-check';
import { catalog, countBySeverity, local, SEVERITY_COLOUR } from '../../present';
import { solidFill, writeFindingsTable } from './sheet-out';
import { asBytes } from '../read/sniff';

export interface SummaryOptions {
  /**
   * Where a checked file is, seen from the folder the summary is saved in (a relative path, '/'
   * between folders). Default: the name as listed, i.e. the summary sits beside the files.
   */
  fileLink?: (file: string) => string;
}

/**
 * A finding's cell in its own file, as Excel's HYPERLINK opens it: `[path]'Sheet'!F10` (Excel
 * resolves a relative path from the summary's folder, opens the workbook and selects the cell).
 * A path with brackets cannot carry a cell: the link then only opens the file.
 */
export function externalCellLink(filePath: string, sheet: string, cell: string): string {
  return /[[\]]/.test(filePath) ? filePath : `[${filePath}]${sheetRef(sheet, cell)}`;
}

export async function summaryWorkbook(results: FileResult[], lang: Lang = 'id', options: SummaryOptions = {}): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = 'Cermat';
  const w = catalog(lang).sheet;
  const sum = wb.addWorksheet(w.summarySheet);
  const headers = [w.file, w.tables, w.errors, w.warnings, w.infos, w.status];
  sum.columns = headers.map((h, i) => ({ header: h, width: [40, 8, 11, 11, 8, 90][i] }));
  sum.getRow(1).font = { bold: true };
  results.forEach((r, i) => {
    const c = countBySeverity(r.findings);
    const row = sum.getRow(i + 2);
    row.getCell(1).value = r.file;
    row.getCell(2).value = r.tables.length;
    row.getCell(3).value = c.error;
    row.getCell(4).value = c.warning;
    row.getCell(5).value = c.info;
    const status = row.getCell(6);
    status.value = r.error ? `${w.unreadable}: ${local(r.error, lang)}` : w.ok;
    status.alignment = { wrapText: !!r.error, vertical: 'top' };
    if (r.error) status.fill = solidFill(SEVERITY_COLOUR.error);
    if (c.error > 0) row.getCell(3).fill = solidFill(SEVERITY_COLOUR.error);
    if (c.warning > 0) row.getCell(4).fill = solidFill(SEVERITY_COLOUR.warning);
  });
  sum.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, results.length + 1), column: headers.length } };
  sum.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];

  const all = wb.addWorksheet(w.allFindingsSheet);
  const rows = results.flatMap((r) =>
    r.findings.map((finding) => ({ file: r.file, finding, table: finding.table === undefined ? undefined : r.tables[finding.table] })),
  );
  const where = options.fileLink ?? ((file: string) => file.replace(/\\/g, '/'));
  writeFindingsTable(all, rows, lang, { withFile: true, link: ({ file, finding: f }) => (file ? externalCellLink(where(file), f.sheet, f.cell) : null) });
  return asBytes(await wb.xlsx.writeBuffer());
}
