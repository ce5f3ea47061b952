/** sum.hierarchy: per money column, a program equals the sum of its kegiatan, a kegiatan the sum of its sub kegiatan. */
import { sumFormula } from '../formula';
import type { Draft, RuleModule } from './common';
import { sumRelation } from '../relation';
import { cell, current, kindWord, num, quoted, say, sumTolerance, yearTag } from './common';
import { amountColumns } from './sumColumns';
import { childrenOf, ownAmount, ownValue, sumOf, sumValue } from './amounts';
import type { NumberValue } from '../number';

export const sumHierarchy: RuleModule = {
  id: 'sum.hierarchy',
  family: 'sum',
  severity: 'error',
  arithmetic: true,
  title: { id: 'Pagu induk tidak sama dengan jumlah rinciannya', en: 'Parent amount differs from the sum of its children' },
  check(ctx) {
    const { table } = ctx;
    const cols = amountColumns(table);
    // Per column, the parents that agree and the findings of those that do not: a column where
    // most parents do not add up is not read as parts and sums, and gets one warning instead.
    const agreeing = new Map<number, number>();
    const failing = new Map<number, Draft[]>();
    const strong = table.info.rows.some((x) => x.levelBy === 'kode' || x.levelBy === 'words');
    for (const p of table.info.rows) {
      if (p.level === undefined || p.kind === 'continuation' || p.kind === 'total') continue;
      const kids = childrenOf(table, p);
      if (kids.length === 0) continue;
      for (const col of cols) {
        // Equal values hold under any tolerance: only a mismatch (or a blank parent) needs the cells.
        const quick = sumValue(table, kids, col.col);
        if (quick === null) continue;
        if (ownValue(table, p, col.col) === quick) {
          agreeing.set(col.col, (agreeing.get(col.col) ?? 0) + 1);
          continue;
        }
        const sum = sumOf(table, kids, col.col);
        if (!sum) continue;
        const own = ownAmount(table, p, col.col);
        if (!own) {
          if ((p.kind === 'program' || p.kind === 'kegiatan') && table.view.value(p.row, col.col).kind === 'empty') {
            ctx.plan({
              cell: cell(p.row, col.col),
              formula: sumFormula(sum.cells),
              value: sum.value,
              rule: this.id,
              current: current(ctx, p.row, col.col),
              reason: say((_f, id) => (id ? `Jumlah rincian ${kindWord(p, true)}` : `Sum of the ${kindWord(p, false)}'s children`)),
            });
          }
          continue;
        }
        // The amount may sit on a continuation line of the row (only the first indicator line carries Rp).
        const at = own.cells.length === 1 ? own.cells[0] : { r: p.row, c: col.col };
        const stated: NumberValue = { kind: 'number', value: own.value, decimals: own.decimals, fromText: false };
        const parts = sum.cells.map((q) => num(ctx, q.r, q.c)).filter((v): v is NumberValue => v !== null);
        const tol = sumTolerance(stated, parts);
        if (Math.abs(own.value - sum.value) <= tol) {
          agreeing.set(col.col, (agreeing.get(col.col) ?? 0) + 1);
          continue;
        }
        const childWord = (id: boolean) => kindWord(kids[0], id);
        const tag = yearTag(col.year, col.period, true);
        const list = failing.get(col.col) ?? failing.set(col.col, []).get(col.col)!;
        list.push({
          cell: cell(at.r, at.c),
          rule: this.id,
          severity: 'error',
          expected: sum.value,
          actual: own.value,
          related: sum.cells.map((q) => cell(q.r, q.c)),
          relation: sumRelation(ctx.table.view, at, sum.cells.map((q) => ({ ...q, sign: 1 as const })), tol),
          message: say((f, id) =>
            id
              ? `${tag ? `${tag}: ` : ''}${kindWord(p, true)} ${quoted(p)} tertulis ${f(own.value)}, tetapi ${kids.length} ${childWord(true)} di bawahnya berjumlah ${f(sum.value)} (selisih ${f(own.value - sum.value)})`
              : `${tag ? `${tag}: ` : ''}${kindWord(p, false)} ${quoted(p)} states ${f(own.value)} but its ${kids.length} ${childWord(false)} rows add up to ${f(sum.value)} (difference ${f(own.value - sum.value)})`,
          ),
        });
      }
    }
    for (const col of cols) {
      const bad = failing.get(col.col) ?? [];
      const good = agreeing.get(col.col) ?? 0;
      // A tree from kode or Program/Kegiatan words is a budget tree by definition: its parents are
      // sums, and each that is not is a finding. A tree read from list markers or format alone
      // must show it on most of its parents first.
      if (strong || bad.length <= good || bad.length <= 1) {
        for (const d of bad) ctx.emit(d);
        continue;
      }
      ctx.emit({
        cell: cell(table.info.headerTop, col.col),
        rule: 'column.unexplained',
        severity: 'warning',
        expected: null,
        actual: null,
        related: bad.slice(0, 50).map((d) => d.cell),
        message: say((_f, id) =>
          id
            ? `Kolom "${col.path.join(' / ')}": ${bad.length} dari ${bad.length + good} baris induk tidak sama dengan jumlah baris di bawahnya, jadi baris-barisnya tidak dibaca sebagai rincian yang dijumlah; tidak ada temuan per sel`
            : `Column "${col.path.join(' / ')}": ${bad.length} of ${bad.length + good} parent rows do not equal the sum of the rows under them, so the rows are not read as parts of a sum; no per-cell findings`,
        ),
      });
    }
  },
};
