/** A stand-in for the engine in UI tests: fixed tables, findings and fill items per sheet. */
import type { Settings } from '../../src/engine/settings';
import type { Finding, FillItem, SheetAnalysis, SheetGrid, TableInfo, TableOverride } from '../../src/engine/types';

export function table(sheet: string, over: Partial<TableInfo> = {}): TableInfo {
  return {
    sheet,
    range: 'A5:G29',
    layout: 'rekap',
    checked: true,
    headerTop: 4,
    headerRows: 2,
    bodyTop: 6,
    bodyRows: 23,
    left: 0,
    right: 6,
    title: ['Tabel 2.6', 'Sarana Prasarana'],
    footer: [],
    years: [2019, 2020, 2021, 2022],
    columns: [],
    rows: [],
    rowCounts: { indicator: 22, total: 1 },
    notes: [],
    ...over,
  };
}

export function finding(sheet: string, cell: string, over: Partial<Finding> = {}): Finding {
  return {
    sheet,
    cell,
    rule: 'sum.row-total',
    severity: 'error',
    expected: 22,
    actual: 18,
    message: { id: `Total baris ${cell} tidak sama dengan jumlahnya`, en: `Row total ${cell} does not add up` },
    related: [],
    table: 0,
    ...over,
  };
}

export function fillItem(sheet: string, cell: string, value: number, current: FillItem['current']): FillItem {
  return {
    sheet,
    cell,
    formula: `=IFERROR(F${cell.slice(1)}/B${cell.slice(1)}*100,"")`,
    value,
    rule: 'ratio.realisasi-anggaran',
    current,
    reason: { id: 'rasio', en: 'ratio' },
  };
}

export interface FakeAnalyser {
  (grid: SheetGrid, settings: Settings, overrides: TableOverride[]): SheetAnalysis;
  calls: { sheet: string; settings: Settings; overrides: TableOverride[] }[];
}

/** Each sheet gets `make(sheetName)`; calls are recorded. */
export function fakeAnalyser(make: (sheet: string) => Omit<SheetAnalysis, 'sheet'>): FakeAnalyser {
  const calls: FakeAnalyser['calls'] = [];
  const fn = (grid: SheetGrid, settings: Settings, overrides: TableOverride[]): SheetAnalysis => {
    calls.push({ sheet: grid.name, settings, overrides });
    return { sheet: grid.name, ...make(grid.name) };
  };
  return Object.assign(fn, { calls });
}
