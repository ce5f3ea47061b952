/** Helpers that write findings as rows of a worksheet (shared by the annotated copy and the summary). */
import type { Cell, Worksheet } from 'exceljs';
import type { Finding, FindingValue, Lang, LocalText, Severity } from '../engine';
import { L, SEVERITY_LABEL, t } from './labels';

export const SEVERITY_ARGB: Record<Severity, string> = {
  error: 'FFFFC7CE', // light red
  warning: 'FFFFE699', // amber
  info: 'FFDDEBF7', // light blue
};

export function solidFill(argb: string) {
  return { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } };
}

/** Writes a value as a real number (so it sorts and filters) with a format that shows its decimals. */
export function setFindingValue(cell: Cell, v: FindingValue): void {
  if (v === null || v === undefined) {
    cell.value = '–';
    return;
  }
  cell.value = v;
  if (typeof v === 'number') cell.numFmt = Number.isInteger(v) ? '#,##0' : '#,##0.00';
}

export interface FindingRow {
  file?: string;
  finding: Finding;
}

/** Excel's limit on HYPERLINK's link_location; a longer one makes the formula an error. */
const MAX_LINK = 255;

/**
 * Lays out a findings table: header row (bold, frozen, autofilter), one row per finding.
 * `link` gives the cell column's link target for a row (HYPERLINK's link_location: `#Sheet!A1`
 * in this workbook, `[path]Sheet!A1` in another), or null for plain text.
 */
export function writeFindingsTable(
  ws: Worksheet,
  rows: FindingRow[],
  lang: Lang,
  opts: { withFile: boolean; link?: (row: FindingRow) => string | null },
): void {
  const headers: LocalText[] = [
    ...(opts.withFile ? [L.file] : []),
    L.sheet,
    L.cell,
    L.rule,
    L.severity,
    L.expected,
    L.found,
    L.message,
  ];
  const widths = [...(opts.withFile ? [28] : []), 18, 9, 22, 12, 18, 18, 90];
  ws.columns = headers.map((h, i) => ({ header: t(h, lang), width: widths[i] }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = solidFill('FFD9D9D9');
  });
  const off = opts.withFile ? 1 : 0;
  rows.forEach((r, i) => {
    const { file, finding: f } = r;
    const row = ws.getRow(i + 2);
    if (opts.withFile) row.getCell(1).value = file ?? '';
    row.getCell(off + 1).value = f.sheet;
    const cellRef = row.getCell(off + 2);
    const target = opts.link?.(r);
    if (target && target.length <= MAX_LINK) {
      // A HYPERLINK formula rather than exceljs's { hyperlink }: exceljs 4.4 writes a link whose
      // target looks like Sheet!A1 with both a relationship and a location, which Excel joins into
      // a broken target (exceljs issue #3027).
      cellRef.value = { formula: `HYPERLINK("${target.replace(/"/g, '""')}","${f.cell}")`, result: f.cell };
      cellRef.font = { color: { argb: 'FF0563C1' }, underline: true };
    } else {
      cellRef.value = f.cell;
    }
    row.getCell(off + 3).value = f.rule;
    const sev = row.getCell(off + 4);
    sev.value = t(SEVERITY_LABEL[f.severity], lang);
    sev.fill = solidFill(SEVERITY_ARGB[f.severity]);
    setFindingValue(row.getCell(off + 5), f.expected);
    setFindingValue(row.getCell(off + 6), f.actual);
    const msg = row.getCell(off + 7);
    msg.value = t(f.message, lang);
    msg.alignment = { wrapText: true, vertical: 'top' };
  });
  const lastCol = headers.length;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: lastCol } };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}
