/** Admits bytes as an .xlsx package and opens them with exceljs (for writing), every failure a WorkbookReadError. */
import { Workbook } from 'exceljs';
import { admit, classifyLoadError, noSheets, type LoadOptions } from '../read/admit';
import { WorkbookReadError } from '../read/errors';
import { normalisePackage } from '../read/normalise';
import { readNotes } from '../read/ooxml';
import { asBytes } from '../read/sniff';

export async function loadWorkbook(data: ArrayBuffer | Uint8Array, fileName: string, options: LoadOptions = {}): Promise<Workbook> {
  const bytes = admit(data, fileName, options);
  let wb = await open(bytes, fileName);
  // A package exceljs misreads (backslash names, UTF-16 parts) but Excel opens: once more, rewritten.
  if (wb instanceof WorkbookReadError ? wb.code !== 'too-large' : wb.worksheets.length === 0) {
    const fixed = await normalisePackage(bytes).catch(() => null);
    if (fixed) wb = await open(fixed, fileName);
  }
  if (wb instanceof WorkbookReadError) throw wb;
  if (wb.worksheets.length === 0) throw noSheets(bytes, fileName);
  await restoreNotes(wb, bytes);
  return wb;
}

/**
 * exceljs drops the notes of empty cells when it reads a package ("isi setelah data BPS terbit" on
 * the blank capaian a user left for later): put them back, so that a written copy loses none.
 */
async function restoreNotes(wb: Workbook, bytes: Uint8Array): Promise<void> {
  const notes = await readNotes(bytes).catch(() => null);
  if (!notes) return;
  for (const [sheet, list] of notes) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    for (const n of list) {
      const cell = ws.getCell(n.cell);
      if (!cell.note) cell.note = n.text;
    }
  }
}

async function open(bytes: Uint8Array, fileName: string): Promise<Workbook | WorkbookReadError> {
  const wb = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; JSZip underneath takes a Uint8Array as is (no copy).
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return wb;
  } catch (e) {
    return classifyLoadError(e, bytes, fileName);
  }
}

/**
 * The package's bytes for a workbook opened by loadWorkbook. A carriage return inside a text ("Operasi Intelijen
 * Pencegahan\r[Base Line]", stored as _x000D_) would be written raw, and every XML reader turns a raw CR into a line
 * feed: the copy would change the user's text. Written escaped, as Excel writes it.
 */
export async function writeXlsx(wb: Workbook): Promise<Uint8Array> {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (typeof v === 'string') {
          if (v.includes('\r')) cell.value = escapeCr(v);
        } else if (v && typeof v === 'object' && 'richText' in v && Array.isArray(v.richText) && v.richText.some((t) => t.text.includes('\r')))
          cell.value = { ...v, richText: v.richText.map((t) => ({ ...t, text: escapeCr(t.text) })) };
      }),
    ),
  );
  return asBytes(await wb.xlsx.writeBuffer());
}

const escapeCr = (s: string) => s.replace(/\r/g, '_x000D_');
