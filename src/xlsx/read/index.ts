/**
 * Bytes → SheetGrids, through the package reader in ooxml.ts (not exceljs: its workbook model
 * needs several times the memory, see ooxml.ts). One CellInput per non-empty cell, fields only
 * when set, absolute 0-based coordinates. Runs in Node and in the browser.
 */
import type { SheetGrid } from '../../engine/types';
import { admit, classifyLoadError, noSheets, type LoadOptions } from './admit';
import { MissingPartError, PackageTooLargeError, readGrids } from './ooxml';
import { readError } from './errors';
import { PartTooLargeError } from './parts';
import { UnsupportedEncodingError } from './encoding';
import { isReportSheet } from '../../present/sheets';
import { rowValues } from '../../engine/cells';

export { WorkbookReadError, isWorkbookReadError } from './errors';
export type { ReadErrorCode } from './errors';

export async function readWorkbook(data: ArrayBuffer | Uint8Array, fileName: string, options?: LoadOptions): Promise<SheetGrid[]> {
  const bytes = admit(data, fileName, options);
  let grids: SheetGrid[];
  try {
    grids = await readGrids(bytes, options?.maxXmlBytes);
  } catch (e) {
    if (e instanceof UnsupportedEncodingError) throw readError('encoding', fileName, { encoding: e.encoding, cause: e });
    if (e instanceof PackageTooLargeError || e instanceof PartTooLargeError) throw readError('too-large', fileName, { size: bytes.length, cause: e });
    // A workbook that names a sheet part the package lacks is damaged, not "not a workbook".
    if (e instanceof MissingPartError && !e.workbook) throw readError('corrupt', fileName, { cause: e });
    throw classifyLoadError(e, bytes, fileName);
  }
  if (grids.length === 0) throw noSheets(bytes, fileName);
  // Cermat's own findings sheet (an annotated copy checked again) is not a table to check.
  return grids.filter((g) => !isReportSheet(g.name, rowValues(g, 0)));
}
