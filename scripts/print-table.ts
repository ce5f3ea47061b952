/** Dev aid shared by scripts/rows.ts and scripts/zoo-dump.ts: what the engine recognised in a table, as text. */
import type { TableInfo } from '../src/engine';

/** Each body row: number, kind, level, parent, how the level was read, kode, label (rows from…to, 1-based). */
export function printRows(t: TableInfo, from = 0, to = Infinity): void {
  for (const x of t.rows) {
    if (x.row + 1 < from || x.row + 1 > to) continue;
    console.log(
      String(x.row + 1).padStart(4),
      x.kind.padEnd(12),
      String(x.level ?? '').padEnd(2),
      String(x.parent !== undefined ? x.parent + 1 : '').padEnd(4),
      (x.levelBy ?? '').padEnd(6),
      (x.kode ?? '').padEnd(14),
      x.label.slice(0, 60),
    );
  }
}

/** Each column: index, role, year or period, header path, the relation that explains it. */
export function printColumns(t: TableInfo): void {
  for (const c of t.columns)
    console.log(
      ' ',
      c.col,
      c.role,
      c.year ?? c.period ?? '',
      JSON.stringify(c.path),
      c.relation ? JSON.stringify(c.relation) : '',
      c.unexplained ? 'UNEXPLAINED' : '',
    );
}
