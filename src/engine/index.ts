/**
 * Cermat's engine: recognise the tables on a sheet, check their arithmetic, plan the
 * computed cells. Pure TypeScript: no Office, DOM or Node import anywhere under src/engine.
 */
export * from './types';
export * from './settings';
export { a1, colName, parseA1, parseRange, rangeA1, sheetRef } from './address';
export { formatNumber, formatValue } from './format';
export { analyseSheet } from './analyse';
export { acrossFiles, analyseWorkbook, checkWorkbook, joinSheets, CheckCancelled } from './check';
export type { CheckOptions, FileFindings, SheetAnalyser } from './check';
export type { Entity } from './entities';
export { parseNumber, readCell } from './number';
export type { CellValue } from './number';
export { RULES, ruleInfo } from './rules/registry';
export type { RuleInfo } from './rules/registry';
