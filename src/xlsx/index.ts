/**
 * .xlsx files, browser-safe: read/ turns bytes into SheetGrids (Cermat's own package reader);
 * write/ writes with exceljs (fill, annotated copies, the summary workbook); file-check.ts runs
 * one file through read/ and the engine's check pipeline.
 */
export { readWorkbook } from './read';
export { WorkbookReadError, isWorkbookReadError, readError } from './read/errors';
export type { ReadErrorCode } from './read/errors';
export { DEFAULT_MAX_BYTES } from './read/admit';
export type { LoadOptions } from './read/admit';
export { checkFile, failed } from './file-check';
export type { FileResult } from './file-check';
export { fillWorkbook } from './write/fill';
export type { FillOutcome } from './write/fill';
export { annotateWorkbook } from './write/annotate';
export { summaryWorkbook } from './write/summary';
export { loadWorkbook } from './write/load';
export { compareFiles } from './file-compare';
export type { FileComparison } from './file-compare';
export { changesWorkbook } from './write/changes';
