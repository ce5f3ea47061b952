/** Recognition: from a sheet to described tables (serialisable TableInfo plus the lookups the rules need). */
import type { ColumnInfo, Family, RowInfo, RowKind, TableInfo, TableOverride } from '../types';
import type { SheetView } from '../sheet';
import { rangeA1 } from '../address';
import { findTables, type ForcedHeaders } from './header';
import { markRateColumns, markRoundedUnits, moneyByTitle, recogniseColumns } from './columns';
import { buildHierarchy, classifyRows, clearHierarchy, regroupTierLabels, rowContext, settleUnlabelledTotals, wholeOfShares, type RowContext } from './rows';
import { explainColumns, type FormulaShape } from './relations';
import { classifyFamily } from './family';
import { isCarriedLine } from './totals';
import { impliedMerges } from './implied';
import { words } from '../text';
import { rereadAmbiguous, rereadByRatio } from './ambiguous';

export interface Table {
  info: TableInfo;
  view: SheetView;
  ctx: RowContext;
  /** Columns by role, in sheet order. */
  byRole: (role: ColumnInfo['role']) => ColumnInfo[];
  col: (c: number) => ColumnInfo | undefined;
  row: (r: number) => RowInfo | undefined;
  /** The common formula of each column whose cells are mostly one formula. */
  shapes: Map<number, FormulaShape>;
}

export function recogniseSheet(view: SheetView, overrides: TableOverride[] = []): Table[] {
  const mine = overrides.filter((o) => o.sheet === view.name);
  const forced: ForcedHeaders = new Map();
  for (const o of mine) if (o.headerRows !== undefined) forced.set(o.headerTop, [...(forced.get(o.headerTop) ?? []), { rows: o.headerRows, left: o.left }]);
  impliedMerges(view);
  const spans = findTables(view, forced);
  return spans.map((span) => {
    const columns = recogniseColumns(view, span, span.bodyTop, span.bodyEnd);
    rereadAmbiguous(view, span, columns);
    moneyByTitle(columns, span.title);
    markRoundedUnits(view, span, columns, span.title);
    const ctx = rowContext(columns);
    regroupTierLabels(view, span, columns, ctx);
    const { rows, marks } = classifyRows(view, span, columns, ctx);
    buildHierarchy(view, rows, ctx, marks);
    // Unlabelled rows of numbers that equal no total are data: read the tree again without them as totals.
    const headers = new Map(columns.map((c) => [c.col, words(c.path.join(' '))]));
    if (settleUnlabelledTotals(view, rows, ctx, marks, ctx.sumCols, headers, columns)) {
      clearHierarchy(rows);
      buildHierarchy(view, rows, ctx, marks);
    }
    // The sum a page brought from the one before ("Jumlah dari halaman sebelumnya") is copied, not added up here: a line.
    for (const x of rows) if (x.kind === 'total' && isCarriedLine(x.label)) x.kind = 'indicator';
    // The whole the shares are of, named under the table's total without a total's words ("Pendapatan Asli Daerah (PAD) |
    // … | 100" under "Jumlah Pajak Daerah"): no item of the table (settleUnlabelledTotals does the same for totals).
    rows.forEach((x, i) => {
      if (x.kind !== 'indicator' && x.kind !== 'program' && x.kind !== 'kegiatan') return;
      if (!wholeOfShares(view, rows, i, ctx.numericCols)) return;
      x.kind = 'derived';
      delete x.level;
      delete x.parent;
      delete x.levelBy;
    });
    // Every computed-looking column explained by its formulas, its header or its rows (relations.ts).
    const shapes = explainColumns({ view, columns, rows });
    rereadByRatio(view, columns, rows);
    // After the relations: a rate named by a year alone is an input, never an unexplained computed column.
    markRateColumns(columns, span.title);
    const detected = classifyFamily(columns, rows);
    const layout: Family = detected.family;
    const years = [...new Set(columns.map((c) => c.year).filter((y): y is number => y !== undefined))].sort((a, b) => a - b);
    const rowCounts: Partial<Record<RowKind, number>> = {};
    for (const x of rows) rowCounts[x.kind] = (rowCounts[x.kind] ?? 0) + 1;
    const bodyRows = Math.max(0, span.bodyEnd - span.bodyTop + 1);
    const info: TableInfo = {
      sheet: view.name,
      range: rangeA1(span.top, span.left, Math.max(span.bodyEnd, span.top + span.rows - 1), span.right),
      layout,
      checked: detected.checked && bodyRows > 0,
      headerTop: span.top,
      headerRows: span.rows,
      bodyTop: span.bodyTop,
      bodyRows,
      left: span.left,
      right: span.right,
      numberRow: span.numberRow,
      title: span.title,
      footer: span.footer,
      years,
      columns,
      rows,
      rowCounts,
      notes: [],
    };
    const colMap = new Map(columns.map((c) => [c.col, c]));
    const rowMap = new Map(rows.map((x) => [x.row, x]));
    return {
      info,
      view,
      ctx,
      byRole: (role) => columns.filter((c) => c.role === role),
      col: (c) => colMap.get(c),
      row: (r) => rowMap.get(r),
      shapes,
    };
  });
}
