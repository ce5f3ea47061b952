/** The exceljs adapter: read workbooks into SheetGrids, check files, fill, annotate, summarise. Browser-safe. */
export { readWorkbook } from './read';
export { WorkbookReadError, isWorkbookReadError, readError } from './errors';
export type { ReadErrorCode } from './errors';
export { checkFile, countBySeverity, failed } from './check';
export type { FileResult } from './check';
export { fillWorkbook } from './fill';
export type { FillOutcome } from './fill';
export { annotateWorkbook, FINDINGS_SHEET, noteFor } from './annotate';
export { summaryWorkbook, SUMMARY_SHEET, ALL_FINDINGS_SHEET } from './report';
export { loadWorkbook } from './load';
export { DEFAULT_MAX_BYTES } from './admit';
export type { LoadOptions } from './admit';
