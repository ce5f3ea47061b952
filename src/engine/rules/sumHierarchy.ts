/** sum.hierarchy: per money column, a program equals the sum of its kegiatan, a kegiatan the sum of its sub kegiatan. */
import { sumFormula } from '../formula';
import type { RuleModule } from './common';
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
    for (const p of table.info.rows) {
      if (p.level === undefined || p.kind === 'continuation' || p.kind === 'total') continue;
      const kids = childrenOf(table, p);
      if (kids.length === 0) continue;
      for (const col of cols) {
        // Equal values hold under any tolerance: only a mismatch (or a blank parent) needs the cells.
        const quick = sumValue(table, kids, col.col);
        if (quick === null) continue;
        if (ownValue(table, p, col.col) === quick) continue;
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
        if (Math.abs(own.value - sum.value) <= tol) continue;
        const childWord = (id: boolean) => kindWord(kids[0], id);
        const tag = yearTag(col.year, col.period, true);
        ctx.emit({
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
  },
};
