/** Entry points: analyse one sheet or a whole workbook. (Being implemented: recognition and rules land next.) */
import type { Analysis, SheetAnalysis, SheetGrid, TableOverride } from './types';
import { withDefaults, type Settings } from './settings';

export function analyseSheet(grid: SheetGrid, settings?: Partial<Settings>, overrides: TableOverride[] = []): SheetAnalysis {
  void withDefaults(settings);
  void overrides;
  return { sheet: grid.name, tables: [], findings: [], fill: [] };
}

export function analyseWorkbook(grids: SheetGrid[], settings?: Partial<Settings>, overrides: TableOverride[] = []): Analysis {
  const sheets = grids.map((g) => analyseSheet(g, settings, overrides));
  return {
    sheets,
    tables: sheets.flatMap((s) => s.tables),
    findings: sheets.flatMap((s) => s.findings),
    fill: sheets.flatMap((s) => s.fill),
  };
}
