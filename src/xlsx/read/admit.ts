/**
 * What every reading of a file starts with, whichever reader follows: the size limit and a look at
 * the first bytes (password-protected, old .xls, not a workbook), and the errors a reader's failure
 * becomes. No exceljs here: checking a file does not load it.
 */
import { readError, WorkbookReadError } from './errors';
import { sniff, toBytes, zipHasWorkbook } from './sniff';

/** Files above this size are refused before parsing: the sheet XML inside is several times the file size. */
export const DEFAULT_MAX_BYTES = 150 * 1024 * 1024;

export interface LoadOptions {
  /** Largest file accepted (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Largest amount of sheet, string and style XML the package reader inflates (default MAX_XML_BYTES in ooxml.ts). */
  maxXmlBytes?: number;
}

/** The bytes, once they pass the size limit and look like an .xlsx package; else the error to show. */
export function admit(data: ArrayBuffer | Uint8Array, fileName: string, options: LoadOptions = {}): Uint8Array {
  const bytes = toBytes(data);
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > limit) throw readError('too-large', fileName, { size: bytes.length, limit });
  switch (sniff(bytes)) {
    case 'empty':
      throw readError('corrupt', fileName);
    case 'ole-encrypted':
    case 'ole':
      throw readError('encrypted', fileName);
    case 'ole-xls':
      throw readError('not-xlsx', fileName, { oldXls: true });
    case 'other':
      throw readError('not-xlsx', fileName);
    case 'zip':
      break;
  }
  return bytes;
}

/** A package without worksheets: an empty workbook, or a zip that is no workbook at all. */
export function noSheets(bytes: Uint8Array, fileName: string): WorkbookReadError {
  return readError(zipHasWorkbook(bytes) ? 'empty' : 'not-xlsx', fileName);
}

export function classifyLoadError(e: unknown, bytes: Uint8Array, fileName: string): WorkbookReadError {
  const msg = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError || /invalid string length|allocation failed|out of memory/i.test(msg)) {
    return readError('too-large', fileName, { size: bytes.length, cause: e });
  }
  // A zip that opens but is not a workbook (a .docx or .zip renamed) versus a damaged workbook.
  if (!/central directory|corrupt|end of data|invalid|unexpected|signature|crc32|truncated/i.test(msg) && !zipHasWorkbook(bytes)) {
    return readError('not-xlsx', fileName, { cause: e });
  }
  return readError('corrupt', fileName, { cause: e });
}
