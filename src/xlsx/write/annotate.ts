/**
 * An annotated copy of a checked workbook: each finding's cell coloured by severity with a
 * note that explains it, and a "Temuan Cermat" sheet listing every finding with a link.
 */
import type { Cell, Workbook } from 'exceljs';
import { parseA1 } from '../../engine/address';
import type { Finding, Lang } from '../../engine';
import type { FileResult } from '../file-check';
import { catalog, cellNote, findingsSheetName, internalLink, isReportSheet, SEVERITY_COLOUR, worst } from '../../present';
import { loadWorkbook, writeXlsx } from './load';
import { headerValues, noteText, solidFill, writeFindingsTable } from './sheet-out';

export async function annotateWorkbook(data: ArrayBuffer | Uint8Array, result: FileResult, lang: Lang = 'id'): Promise<Uint8Array> {
  const wb = await loadWorkbook(data, result.file);
  // Annotating an annotated copy replaces the old list (in either language) instead of adding "Temuan Cermat (2)".
  for (const old of [...wb.worksheets]) if (isReportSheet(old.name, headerValues(old))) wb.removeWorksheet(old.id);

  for (const [key, group] of groupByCell(result.findings)) {
    const cell = findingCell(wb, group[0]);
    if (!cell) continue;
    void key;
    // Assign a new style object: exceljs shares style objects between cells with the same style id.
    cell.style = { ...cell.style, fill: solidFill(SEVERITY_COLOUR[worst(group.map((f) => f.severity))]) };
    const previous = noteText(cell);
    const ours = cellNote(group, lang);
    cell.note = previous ? `${previous}\n\n${ours}` : ours;
  }

  const ws = wb.addWorksheet(findingsSheetName(lang));
  // Links within this workbook (the HYPERLINK form works in Excel, LibreOffice and WPS alike).
  const link = ({ finding: f }: { finding: Finding }) => internalLink(f.sheet, f.cell);
  writeFindingsTable(
    ws,
    result.findings.map((finding) => ({ finding, table: finding.table === undefined ? undefined : result.tables[finding.table] })),
    lang,
    { withFile: false, link },
  );
  if (result.findings.length === 0) ws.getCell('A2').value = catalog(lang).sheet.noFindings;
  return writeXlsx(wb);
}

function groupByCell(findings: Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.sheet}\u0000${f.cell}`;
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return m;
}

function findingCell(wb: Workbook, f: Finding): Cell | undefined {
  const ws = wb.getWorksheet(f.sheet);
  const ref = parseA1(f.cell);
  if (!ws || !ref) return undefined;
  const cell = ws.getCell(ref.row + 1, ref.col + 1);
  // A finding on a cell covered by a merge is shown on the merge's top-left cell.
  return cell.isMerged ? cell.master : cell;
}
