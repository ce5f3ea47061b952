/**
 * One table split over sheets ("Tabel 6.1 (1)", "Tabel 6.1 (2)" or "(lanjutan)"), its grand total on the last sheet
 * only: that total adds the other sheets' rows too, typed or by a formula reaching across. Each sheet is analysed
 * alone, so its total is measured against its own rows and found short by exactly the other sheets' amount. Once every
 * sheet is read, such a total-row finding is dropped when its gap is the amount of the same column in the other
 * sheets' tables (one of them, or all of them before it): the reading the data bears out.
 */
import { parseA1 } from './address';
import type { Table } from './recognise';
import { FIGURE_KINDS } from './rules/common';
import { words } from './text';
import type { ColumnInfo, Finding, TableInfo } from './types';

/** What a table of a sheet carries to a total on another sheet, per summed column: its own total, or its rows' sum. */
export interface Carried {
  /** Index of the table in the workbook's joined list. */
  table: number;
  /** The column's role, time and leaf, which a continuation repeats (its group's words may differ: "Capaian …" / "Target …"). */
  key: string;
  /** Its closing total's figure and the sum of its top-level rows (either may be what the other sheet adds). */
  amounts: number[];
}

function columnKey(col: ColumnInfo): string {
  return `${col.role}|${col.year ?? ''}|${col.period ?? ''}|${words(col.path[col.path.length - 1] ?? '')}`;
}

/** The amounts each table of a sheet may carry over, per column its totals sum. */
export function carriedAmounts(tables: Table[], offset: number): Carried[] {
  const out: Carried[] = [];
  tables.forEach((t, i) => {
    const rows = t.info.rows;
    const closing = [...rows].reverse().find((x) => x.kind === 'total');
    // (Top-level: no parent, or only a heading of no figures above it, "Sasaran 1.1 : …" over the programs.)
    const headings = new Set(rows.filter((x) => x.kind === 'heading').map((x) => x.row));
    const top = (x: (typeof rows)[number]) => x.parent === undefined || headings.has(x.parent);
    for (const c of t.ctx.sumCols) {
      const col = t.col(c);
      if (!col) continue;
      let sum = 0;
      let any = false;
      for (const x of rows) {
        if (!FIGURE_KINDS.has(x.kind) || !top(x)) continue;
        const n = t.view.numberAt(x.row, c);
        if (n !== undefined) {
          sum += n;
          any = true;
        }
      }
      const amounts: number[] = [];
      const stated = closing ? t.view.numberAt(closing.row, c) : undefined;
      if (stated !== undefined) amounts.push(stated);
      if (any) amounts.push(sum);
      if (amounts.length) out.push({ table: offset + i, key: columnKey(col), amounts });
    }
  });
  return out;
}

/** The findings without the total rows that add another sheet's part of the same table too. */
export function withoutSplitTotals(findings: Finding[], tables: TableInfo[], carried: Carried[]): Finding[] {
  if (!carried.length || tables.length < 2) return findings;
  const dropped = new Set(findings.filter((f) => coversOtherSheets(f, tables, carried)).map((f) => `${f.sheet}!${f.cell}`));
  if (!dropped.size) return findings;
  // (And a cell the sheet's own pass named as the one slip behind two such totals: they hold, so it breaks nothing.)
  const behindDropped = (f: Finding) =>
    (f.rule === 'value.crossing' || f.rule === 'value.suspect') && f.related.length > 0 && f.related.every((c) => dropped.has(`${f.sheet}!${c}`));
  return findings.filter((f) => !dropped.has(`${f.sheet}!${f.cell}`) || f.rule !== 'sum.total-row').filter((f) => !behindDropped(f));
}

function coversOtherSheets(f: Finding, tables: TableInfo[], carried: Carried[]): boolean {
  if (f.rule !== 'sum.total-row' || f.table === undefined || typeof f.expected !== 'number' || typeof f.actual !== 'number') return false;
  const at = parseA1(f.cell);
  const own = tables[f.table];
  const col = at && own?.columns.find((c) => c.col === at.col);
  if (!col) return false;
  const key = columnKey(col);
  const gap = f.actual - f.expected;
  const near = (a: number) => Math.abs(gap - a) <= 0.011 + 1e-9 * Math.abs(a);
  // The same column in the tables of the other sheets, in workbook order.
  const others = carried.filter((c) => c.key === key && tables[c.table] && tables[c.table].sheet !== own.sheet);
  if (others.some((c) => c.amounts.some(near))) return true;
  // All of them before it (pages 1 and 2 under the total of page 3): each carries its own total, or else its rows.
  const before = others.filter((c) => c.table < f.table!);
  return before.length > 1 && near(before.reduce((s, c) => s + c.amounts[0], 0));
}
