/** One workbook summarising a batch of checked files: "Ringkasan" (per file) and "Temuan" (every finding). */
import { Workbook } from 'exceljs';
import type { Lang } from '../engine';
import { countBySeverity, type FileResult } from './check';
import { L, t } from './labels';
import { solidFill, SEVERITY_ARGB, writeFindingsTable } from './sheet-out';
import { asBytes } from './sniff';

export const SUMMARY_SHEET = 'Ringkasan';
export const ALL_FINDINGS_SHEET = 'Temuan';

export async function summaryWorkbook(results: FileResult[], lang: Lang = 'id'): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.creator = 'Cermat';
  const sum = wb.addWorksheet(SUMMARY_SHEET);
  const headers = [L.file, L.tables, L.errors, L.warnings, L.infos, L.status];
  sum.columns = headers.map((h, i) => ({ header: t(h, lang), width: [40, 8, 11, 11, 8, 90][i] }));
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
    status.value = r.error ? `${t(L.unreadable, lang)}: ${t(r.error, lang)}` : t(L.ok, lang);
    status.alignment = { wrapText: !!r.error, vertical: 'top' };
    if (r.error) status.fill = solidFill(SEVERITY_ARGB.error);
    if (c.error > 0) row.getCell(3).fill = solidFill(SEVERITY_ARGB.error);
    if (c.warning > 0) row.getCell(4).fill = solidFill(SEVERITY_ARGB.warning);
  });
  sum.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, results.length + 1), column: headers.length } };
  sum.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];

  const all = wb.addWorksheet(ALL_FINDINGS_SHEET);
  const rows = results.flatMap((r) => r.findings.map((finding) => ({ file: r.file, finding })));
  writeFindingsTable(all, rows, lang, { withFile: true, link: false });
  return asBytes(await wb.xlsx.writeBuffer());
}
