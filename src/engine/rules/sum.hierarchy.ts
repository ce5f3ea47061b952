/** sum.hierarchy: per money column, a program equals the sum of its kegiatan, a kegiatan the sum of its sub kegiatan. */
import { unitRounding } from '../tolerance';
import { sumFormula } from '../formula';
import type { Report } from './common';
import { sumRelation } from '../relation';
import { cell, columnCell, current, defineRule, kindWord, kindWords, message, num, quoted, rowKind, yearHead } from './common';
import { amountColumns, summedColumns } from './sumColumns';
import { childrenOf, ownAmount, ownValue, sumOf, sumValue } from './amounts';
import { toDecimals, type NumberValue } from '../number';

export default defineRule({
  meta: {
    id: 'sum.hierarchy',
    arithmetic: true,
    emits: {
      'sum.hierarchy': {
        severity: 'error',
        title: { id: 'Pagu induk tidak sama dengan jumlah rinciannya', en: 'Parent amount differs from the sum of its children' },
        messages: {
          default: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${kindWord(d.kind, w.lang)} ${d.row} tertulis ${w.n(d.stated)}, tetapi ${w.count(d.n, kindWord(d.childKind, w.lang))} di bawahnya berjumlah ${w.n(d.sum)} (selisih ${w.n(d.stated - d.sum)})`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${kindWord(d.kind, w.lang)} ${d.row} states ${w.n(d.stated)} but its ${w.n(d.n, 0)} ${kindWords(d.childKind, w.lang, d.n)} add${d.n === 1 ? 's' : ''} up to ${w.n(d.sum)} (difference ${w.n(d.stated - d.sum)})`,
          ),
          /** Most parents of a column tree read from markers or format alone do not add up: not parts of a sum. */
          notParts: message(
            (d, w) =>
              `Kolom "${d.col}": ${w.n(d.bad, 0)} dari ${w.count(d.all, 'baris induk')} tidak sama dengan jumlah baris di bawahnya, jadi baris-barisnya tidak dibaca sebagai rincian yang dijumlah; tidak ada temuan per sel`,
            (d, w) =>
              `Column "${d.col}": ${w.n(d.bad, 0)} of ${w.count(d.all, { one: 'parent row', other: 'parent rows' })} do${d.bad === 1 ? 'es' : ''} not equal the sum of the rows under them, so the rows are not read as parts of a sum; no per-cell findings`,
            'warning',
          ),
        },
      },
    },
    fills: {
      default: message(
        (d) => `Jumlah rincian ${kindWord(d.kind, 'id')}`,
        (d) => `Sum of the ${kindWord(d.kind, 'en')}'s children`,
      ),
    },
  },
  check(ctx) {
    const { table } = ctx;
    const money = amountColumns(table);
    // Counts of a tree read from list markers ("1. Tenaga Medis" over "a. Dokter Umum", "b. Dokter Gigi"):
    // checked like money only where the tree's counts mostly add up (below); a breakdown that is no sum stays silent.
    const counts = summedColumns(table).filter((c) => !money.includes(c) && (c.role === 'value' || c.role === 'rowTotal'));
    const cols = [...money, ...counts];
    // Per column, the parents that agree and the findings of those that do not: a column where
    // most parents do not add up is not read as parts and sums, and gets one warning instead.
    const agreeing = new Map<number, number>();
    const failing = new Map<number, Report[]>();
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
              current: current(ctx, p.row, col.col),
              data: { kind: rowKind(p) },
            });
          }
          continue;
        }
        // A computed column (Sisa = Pagu − Realisasi) whose children are partly still blank: the parent's
        // own row says what it is, and the blanks are what the fill proposes, not a wrong parent.
        if (col.relation && !col.relation.assumed && kids.some((k) => table.view.value(k.row, col.col).kind === 'empty')) continue;
        // The amount may sit on a continuation line of the row (only the first indicator line carries Rp).
        const at = own.cells.length === 1 ? own.cells[0] : { r: p.row, c: col.col };
        const stated: NumberValue = { kind: 'number', value: own.value, decimals: own.decimals, fromText: false };
        const parts = sum.cells.map((q) => num(ctx, q.r, q.c)).filter((v): v is NumberValue => v !== null);
        const tol = ctx.tol.sum(stated, parts) + unitRounding(col, parts);
        if (Math.abs(own.value - sum.value) <= tol) {
          agreeing.set(col.col, (agreeing.get(col.col) ?? 0) + 1);
          continue;
        }
        const list = failing.get(col.col) ?? failing.set(col.col, []).get(col.col)!;
        list.push({
          cell: cell(at.r, at.c),
          expected: toDecimals(sum.value, sum.decimals),
          actual: own.value,
          related: sum.cells.map((q) => cell(q.r, q.c)),
          relation: sumRelation(
            ctx.table.view,
            at,
            sum.cells.map((q) => ({ ...q, sign: 1 as const })),
            tol,
          ),
          data: {
            year: col.year,
            period: col.period,
            kind: rowKind(p),
            row: quoted(p),
            stated: own.value,
            n: kids.length,
            childKind: rowKind(kids[0]),
            sum: sum.value,
          },
        });
      }
    }
    // A kode or Program/Kegiatan tree is a budget tree: its other figures are volumes and targets, no sums.
    const countsAgree =
      !strong && counts.reduce((n, c) => n + (agreeing.get(c.col) ?? 0), 0) > counts.reduce((n, c) => n + (failing.get(c.col)?.length ?? 0), 0);
    for (const col of cols) {
      const bad = failing.get(col.col) ?? [];
      const good = agreeing.get(col.col) ?? 0;
      if (counts.includes(col) && !countsAgree) continue;
      // A tree from kode or Program/Kegiatan words is a budget tree by definition: its parents are
      // sums, and each that is not is a finding. A tree read from list markers or format alone
      // must show it on most of its parents first.
      if (strong || bad.length <= good || bad.length <= 1) {
        for (const d of bad) ctx.report('sum.hierarchy', d);
        continue;
      }
      ctx.report('sum.hierarchy', {
        cell: columnCell(ctx, col.col),
        messageId: 'notParts',
        expected: null,
        actual: null,
        related: bad.slice(0, 50).map((d) => d.cell),
        data: { col: col.path.join(' / '), bad: bad.length, all: bad.length + good },
      });
    }
  },
});
