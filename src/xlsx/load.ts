/** Admits bytes as an .xlsx package and opens them with exceljs (for writing), every failure a WorkbookReadError. */
import { Workbook } from 'exceljs';
import { admit, classifyLoadError, noSheets, type LoadOptions } from './admit';

export async function loadWorkbook(data: ArrayBuffer | Uint8Array, fileName: string, options: LoadOptions = {}): Promise<Workbook> {
  const bytes = admit(data, fileName, options);
  const wb = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; JSZip underneath takes a Uint8Array as is (no copy).
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw classifyLoadError(e, bytes, fileName);
  }
  if (wb.worksheets.length === 0) throw noSheets(bytes, fileName);
  return wb;
}
