/**
 * The changes workbook (`cermat compare --out`, the browser's Bandingkan download): the new
 * version's sheets with every changed cell filled and noted with what the old version said, and a
 * "Perubahan Cermat" sheet listing every change with a link to its cell.
 */
import type { Cell, Workbook } from 'exceljs';
import { parseA1 } from '../../engine/address';
import type { Change } from '../../engine/compare';
import type { Lang } from '../../engine';
import { catalog, changeRow, changesHeader, changesRows, changesSheetName, CHANGES_WIDTHS, CHANGE_COLOUR, isReportSheet } from '../../present';
import { loadWorkbook, writeXlsx } from './load';
import { headerValues, noteText, solidFill, writeTable } from './sheet-out';

export async function changesWorkbook(newData: ArrayBuffer | Uint8Array, fileName: string, changes: Change[], lang: Lang = 'id'): Promise<Uint8Array> {
  const wb = await loadWorkbook(newData, fileName);
  // A workbook compared before keeps one list, the new one (as annotate.ts does with its findings sheet).
  for (const old of [...wb.worksheets]) if (isReportSheet(old.name, headerValues(old))) wb.removeWorksheet(old.id);

  const w = catalog(lang).compare;
  const notes = new Map<Cell, string[]>();
  for (const c of changes) {
    const cell = c.new ? cellOf(wb, c.new.sheet, c.new.cell) : undefined;
    if (!cell) continue;
    const r = changeRow(c, lang);
    const list = notes.get(cell) ?? notes.set(cell, []).get(cell)!;
    list.push(w.note([r.change, r.figure].filter(Boolean).join(', '), c.kind === 'moved' ? r.oldCell : r.old && r.new ? r.old : ''));
  }
  for (const [cell, lines] of notes) {
    // A new style object: exceljs shares style objects between cells with the same style id.
    cell.style = { ...cell.style, fill: solidFill(CHANGE_COLOUR) };
    const previous = noteText(cell);
    cell.note = previous ? `${previous}\n\n${lines.join('\n')}` : lines.join('\n');
  }

  const ws = wb.addWorksheet(changesSheetName(lang));
  writeTable(ws, changesHeader(lang), CHANGES_WIDTHS, changesRows(changes, lang));
  if (changes.length === 0) ws.getCell('A2').value = w.none;
  return writeXlsx(wb);
}

function cellOf(wb: Workbook, sheet: string, a1: string): Cell | undefined {
  const ws = wb.getWorksheet(sheet);
  const ref = parseA1(a1);
  if (!ws || !ref) return undefined;
  const cell = ws.getCell(ref.row + 1, ref.col + 1);
  return cell.isMerged ? cell.master : cell;
}
