/**
 * The check shared by the rules of a row relation (ratio.weighted: a × b / k and a × k; ratio.peningkatan:
 * (a − b) / b × k): on every row carrying figures, an empty cell is planned as the formula, a stated one
 * is reported where the relation does not hold within the shown rounding, and a formula cell is left to
 * the formula rules unless the column's relation was read from its formulas.
 */
import type { NumberValue } from '../number';
import type { RowInfo } from '../types';
import type { CheckContext } from './rule';
import { cell, current, figureRow, num, quoted, relationColumns } from './common';
import { testedRelation } from '../relation';
import { growthBase } from '../recognise/totals';

export interface RowRelationCheck {
  /** The finding's id. */
  id: string;
  /** Whether total rows are checked too (a growth of the totals is one; weighted figures are added by the total rule). */
  totals: boolean;
  /** The exact value from the two inputs, or null where it is undefined (a growth over 0). */
  value: (a: number, b: number, k: number, row: RowInfo) => number | null;
  /** The formula to fill, over the two inputs' addresses. */
  formula: (a: string, b: string, k: number, row: RowInfo) => string;
  holds: (a: NumberValue, b: NumberValue, stated: NumberValue, k: number, extra: number, row: RowInfo) => boolean | null;
  /** The finding's message, when not its default (per row: a rincian's line with PPN says so). */
  messageId?: string | ((row: RowInfo) => string | undefined);
  /** What a row's message says beyond the inputs (the PPN a line carries). */
  data?: (row: RowInfo) => Record<string, unknown>;
}

export function checkRowRelation(ctx: CheckContext, kind: 'product' | 'growth' | 'scaled', spec: RowRelationCheck): void {
  const { table } = ctx;
  for (const { col, rel, byFormula } of relationColumns(ctx, kind)) {
    for (const x of table.info.rows) {
      if (!figureRow(x, spec.totals)) continue;
      const A = num(ctx, x.row, rel.a);
      // Growth down the rows reads last year's figure on the row above; a figure times a constant has one input.
      const bRow = rel.kind === 'growth' ? growthBase(table.info.rows, x, rel)?.row : x.row;
      const B = rel.kind === 'scaled' ? A : bRow !== undefined ? num(ctx, bRow, rel.b) : null;
      if (!A || !B || bRow === undefined) continue;
      const cells =
        rel.kind === 'scaled'
          ? [{ r: x.row, c: rel.a }]
          : [
              { r: x.row, c: rel.a },
              { r: bRow, c: rel.b },
            ];
      const inputs = cells.map((q) => cell(q.r, q.c));
      const expected = spec.value(A.value, B.value, rel.k, x);
      if (expected === null) continue;
      const at = cell(x.row, col.col);
      const S = num(ctx, x.row, col.col);
      if (!S) {
        if (table.view.value(x.row, col.col).kind === 'empty')
          ctx.plan({
            cell: at,
            formula: spec.formula(inputs[0], inputs[inputs.length - 1], rel.k, x),
            value: Math.round(expected * 100) / 100,
            current: current(ctx, x.row, col.col),
          });
        continue;
      }
      if (!byFormula && table.view.formula(x.row, col.col)) continue;
      if (spec.holds(A, B, S, rel.k, ctx.tol.extra, x)) continue;
      ctx.report(spec.id, {
        cell: at,
        expected: Math.round(expected * 100) / 100,
        actual: S.value,
        related: inputs,
        // Kept so that the knock-on pass can ask whether a corrected input makes it hold.
        relation: testedRelation(
          table.view,
          { r: x.row, c: col.col },
          cells,
          (v, s) => spec.holds({ ...A, value: v[0] }, { ...B, value: v[v.length - 1] }, { ...S, value: s }, rel.k, ctx.tol.extra, x) === true,
        ),
        messageId: typeof spec.messageId === 'function' ? spec.messageId(x) : spec.messageId,
        data: { row: quoted(x), a: A.value, b: B.value, k: rel.k, expected, stated: S.value, ...spec.data?.(x) },
      });
    }
  }
}
