/**
 * formula.*: the smells that are real errors in submitted workbooks. In a column whose rows share
 * one formula, the cell that breaks ranks is compared with what its neighbours' formula gives on
 * its row: a constant typed over the formula and left stale (formula.constant), a formula with a
 * hand adjustment such as =Q49-0.1 (formula.adjusted), a formula pointing at another row or cell
 * than its neighbours' (formula.reference). A Jumlah row's SUM is compared with the rows its total
 * closes: a range that stops short, skips a row or counts a sub-total twice (formula.range).
 * A cell is reported only when what it holds differs from what the common formula gives.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { CheckContext } from './common';
import { cell, defineRule, levelOf, message, num, quoted } from './common';
import { evaluateFormula, mapRefs, parseFormula, refsOf, shapeOf, type Node } from '../formula-parse';
import type { FormulaShape } from '../recognise/relations';
import { closedRows, scopesOf } from '../recognise/totals';
import { a1 } from '../address';
import { partHalf } from '../tolerance';
import { summedColumns } from './sumColumns';
import { childrenOf, sumValue } from './amounts';
import { childrenByParent } from '../recognise/rows';
import { relationCheck, writtenScale } from '../recognise/relations';
import { lastReported, MONEY_ROLES } from '../recognise/columns';
import { rowLower } from './ratio-pairs';

/** The shape's formula as it would read on row `row` (relative references moved, fixed ones kept). */
function instantiate(shape: FormulaShape, row: number): Node {
  let i = 0;
  const refs = shape.refs;
  return mapRefs(
    shape.node,
    (n) => {
      const q = refs[i++];
      return { ...n, r: q?.dr !== undefined ? row + q.dr : n.r };
    },
    (n) => {
      const q = refs[i++];
      const dr = q?.dr !== undefined ? row + q.dr - n.r0 : 0;
      return { ...n, r0: n.r0 + dr, r1: n.r1 + dr };
    },
  );
}

/** Binding strength of a binary operator, as formula-parse.ts reads them (comparisons and & loosest). */
const PRECEDENCE: Record<string, number> = { '+': 2, '-': 2, '*': 3, '/': 3, '^': 4 };
const UNARY = 5;
const precedence = (op: string): number => PRECEDENCE[op] ?? 1;

/** A sub-tree's text, bracketed where its operator binds more loosely than its place needs ((G5-F5)/F5). */
function operand(n: Node, min: number): string {
  const text = formulaText(n);
  return n.t === 'bin' && precedence(n.op) < min ? `(${text})` : text;
}

/** A1 text of a tree (for messages): the neighbours' formula on this row. */
function formulaText(n: Node): string {
  switch (n.t) {
    case 'num':
      return String(n.v);
    case 'str':
      return JSON.stringify(n.v);
    case 'bool':
      return n.v ? 'TRUE' : 'FALSE';
    case 'ref':
      // (A replacer function: in a replacement string "$$1" is a dollar sign and a 1, not "$" before the row.)
      return `${n.sheet ? `'${n.sheet}'!` : ''}${n.absC ? '$' : ''}${a1(n.r, n.c).replace(/(\d+)$/, (d) => `${n.absR ? '$' : ''}${d}`)}`;
    case 'range':
      return `${n.sheet ? `'${n.sheet}'!` : ''}${a1(n.r0, n.c0)}:${a1(n.r1, n.c1)}`;
    case 'neg':
      return `-${operand(n.e, UNARY)}`;
    case 'pct':
      return `${operand(n.e, UNARY)}%`;
    case 'bin': {
      // Left-associative, as Excel and the parser read it: an equal operator on the right keeps its brackets.
      const p = precedence(n.op);
      return `${operand(n.l, p)}${n.op}${operand(n.r, p + 1)}`;
    }
    case 'fn':
      return `${n.name}(${n.args.map(formulaText).join(',')})`;
  }
}

/** Whether a formula is another with two of its columns swapped throughout (E/F for F/E), and nothing else. */
function swapsTwoColumns(own: Node, theirs: Node): boolean {
  const a = refsOf(own);
  const b = refsOf(theirs);
  if (a.length !== b.length || a.length < 2) return false;
  const pairs = new Set<string>();
  for (let i = 0; i < a.length; i++) {
    const p = a[i];
    const q = b[i];
    if (p.t !== 'ref' || q.t !== 'ref' || p.r !== q.r) return false;
    if (p.c !== q.c) pairs.add(p.c < q.c ? `${p.c}:${q.c}` : `${q.c}:${p.c}`);
  }
  if (pairs.size !== 1) return false;
  const [c0, c1] = [...pairs][0].split(':').map(Number);
  const swapped = mapRefs(
    own,
    (r) => (r.c === c0 ? { ...r, c: c1 } : r.c === c1 ? { ...r, c: c0 } : r),
    (r) => r,
  );
  return formulaText(swapped) === formulaText(theirs);
}

/** Whether a formula reads a range of rows above its own row (a summary of them), not the cells of its row alone. */
function summarises(own: Node, row: number): boolean {
  return refsOf(own).some((q) => q.t === 'range' && q.r1 > q.r0 && q.r1 < row);
}

/** Whether two formulas read the same cells (each at least once, no other): the same inputs computed otherwise. */
function sameCells(own: Node, theirs: Node): boolean {
  const key = (n: Node) => new Set(refsOf(n).map((q) => (q.t === 'ref' ? `${q.r}:${q.c}` : `${q.r0}:${q.c0}:${q.r1}:${q.c1}`)));
  const a = key(own);
  const b = key(theirs);
  return a.size >= 2 && a.size === b.size && [...a].every((k) => b.has(k));
}

/** What a cell stores (0.9474, not the 94,74 a % format shows): formulas compute on stored values. */
function stored(ctx: CheckContext, r: number, c: number): number | null {
  const raw = ctx.table.view.raw(r, c);
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const v = ctx.table.view.value(r, c);
  return v.kind === 'number' ? v.value : null;
}

function lookup(ctx: CheckContext) {
  return (sheet: string | undefined, r: number, c: number): number | null => (sheet ? null : stored(ctx, r, c));
}

/** The formula is the shape's plus or minus a typed constant (=Q49-0.1 among =Q48, =Q50). */
function adjustment(n: Node, shapeSkeleton: string, row: number, col: number): number | null {
  if (n.t !== 'bin' || (n.op !== '+' && n.op !== '-')) return null;
  const k = n.r.t === 'num' ? n.r.v : null;
  if (k === null) return null;
  const inner = shapeOf(n.l, row, col).replace(/('[^']*'!)?R(\[-?\d+\]|\d+)C(\[-?\d+\]|\d+)/g, '$1?');
  return inner === shapeSkeleton ? (n.op === '-' ? -k : k) : null;
}

/**
 * The row's own formula for this relation, read from its cells in the other columns that share
 * the shape (the other years) where the row departs from them the same way: a lower-is-better
 * row computes (2T − R)/T in every year while its column computes R/T. Mapped onto this column's
 * references; null when the row has no such consistent formula elsewhere.
 */
function rowConvention(ctx: CheckContext, shape: FormulaShape, col: number, row: number): Node | null {
  let found: Node | null = null;
  let text = '';
  // (Money speaks for money, a target for a target: a rate's end target is its last year, =N9, while its end Rp sums the years.)
  const money = (c: number) => MONEY_ROLES.has(ctx.table.col(c)?.role ?? 'other');
  for (const [c2, s2] of ctx.table.shapes) {
    if (c2 === col || s2.skeleton !== shape.skeleton || s2.refs.length !== shape.refs.length || s2.rows.includes(row)) continue;
    if (money(c2) !== money(col)) continue;
    const formula = ctx.table.view.formula(row, c2);
    if (!formula) continue;
    const own = parseFormula(formula);
    if (!own) continue;
    // Column for column, one to one (the other years' T and R onto this year's): a share of the column's total
    // (=C8/$C$8*100) has the shape of R/T but reads one column twice, so it is no other year of this relation.
    const map = new Map<number, number>();
    const back = new Map<number, number>();
    let ok = true;
    s2.refs.forEach((q, i) => {
      const c = shape.refs[i].c;
      if ((map.get(q.c) ?? c) !== c || (back.get(c) ?? q.c) !== q.c) ok = false;
      map.set(q.c, c);
      back.set(c, q.c);
    });
    if (!ok) continue;
    const mapped = mapRefs(
      own,
      (n) => {
        const c = map.get(n.c);
        // (A fixed row is a total's cell, not this row's own figure, even on the total's own row.)
        if (n.sheet || n.r !== row || n.absR || c === undefined) ok = false;
        return { ...n, c: c ?? n.c };
      },
      (n) => {
        ok = false;
        return n;
      },
    );
    if (!ok) return null;
    const t = formulaText(mapped);
    if (found && t !== text) return null;
    found = mapped;
    text = t;
  }
  return found;
}

const total = (d: { label?: string }, lang: 'id' | 'en') => d.label || (lang === 'id' ? 'Baris Jumlah' : 'Total row');
const rowOr = (d: { row?: string }, lang: 'id' | 'en') => d.row || (lang === 'id' ? 'Baris ini' : 'This row');

export default defineRule({
  meta: {
    id: 'formula.constant',
    arithmetic: true,
    emits: {
      'formula.constant': {
        severity: 'error',
        title: { id: 'Angka diketik menimpa rumus', en: 'A number typed over a formula' },
        messages: {
          default: message(
            (d, w) =>
              `${rowOr(d, w.lang)}: angka ${w.n(d.stated, 6)} diketik di kolom yang berisi rumus; ${d.rowWay ? 'rumus baris ini di kolom lain' : 'rumus sekolomnya'} (${d.theirs}) memberi ${w.n(d.expected)}`,
            (d, w) =>
              `${rowOr(d, w.lang)}: ${w.n(d.stated, 6)} is typed over a column of formulas; ${d.rowWay ? "this row's formula in its other columns" : "its neighbours' formula"} (${d.theirs}) gives ${w.n(d.expected)}`,
          ),
        },
      },
      'formula.adjusted': {
        severity: 'error',
        title: { id: 'Rumus disesuaikan dengan tangan', en: 'A formula adjusted by hand' },
        messages: {
          default: message(
            (d, w) =>
              `${rowOr(d, w.lang)}: rumus ${d.mine} menambahkan ${w.n(d.adj, 6)} dengan tangan pada rumus sekolomnya (${d.theirs} = ${w.n(d.expected)})`,
            (d, w) => `${rowOr(d, w.lang)}: the formula ${d.mine} adds ${w.n(d.adj, 6)} by hand to its neighbours' formula (${d.theirs} = ${w.n(d.expected)})`,
          ),
          /** A total's SUM plus a typed constant. */
          sum: message(
            (d, w) => `${total(d, w.lang)}: rumus ${d.mine} menambahkan ${w.n(d.adj, 6)} dengan tangan pada jumlahnya (${w.n(d.expected)})`,
            (d, w) => `${total(d, w.lang)}: the formula ${d.mine} adds ${w.n(d.adj, 6)} by hand to its sum (${w.n(d.expected)})`,
          ),
        },
      },
      'formula.reference': {
        severity: 'error',
        title: { id: 'Rumus berbeda dari rumus sekolomnya', en: 'Formula differs from the rest of its column' },
        messages: {
          default: message(
            (d, w) =>
              `${rowOr(d, w.lang)}: rumus ${d.mine} berbeda dari rumus sekolomnya (${d.theirs}), yang memberi ${w.n(d.expected)}; tertulis ${w.n(d.stated, 6)}`,
            (d, w) =>
              `${rowOr(d, w.lang)}: the formula ${d.mine} differs from its neighbours' (${d.theirs}), which gives ${w.n(d.expected)}; ${w.n(d.stated, 6)} is stated`,
          ),
          /** A figure pulled from another sheet off the row of its own name there (links.ts). */
          otherRow: message(
            (d) => `'${d.label}': rumus ${d.mine} mengambil baris '${d.read}'; baris '${d.label}' di sana adalah ${d.right}`,
            (d) => `'${d.label}': the formula ${d.mine} reads the row '${d.read}'; the row '${d.label}' there is ${d.right}`,
          ),
          /** The column's own formula, but a value it no longer gives: saved without recalculating (manual calculation). */
          stale: message(
            (d, w) =>
              `${rowOr(d, w.lang)}: rumus ${d.mine} sama dengan rumus sekolomnya dan memberi ${w.n(d.expected)}, tetapi nilai yang tersimpan ${w.n(d.stated, 6)}: buku kerja disimpan tanpa dihitung ulang (tekan F9 di Excel)`,
            (d, w) =>
              `${rowOr(d, w.lang)}: the formula ${d.mine} is its neighbours' and gives ${w.n(d.expected)}, but ${w.n(d.stated, 6)} is stored: the workbook was saved without recalculating (press F9 in Excel)`,
            'warning',
          ),
        },
      },
      'formula.range': {
        severity: 'error',
        title: { id: 'Rentang SUM tidak sesuai baris yang dijumlah', en: 'SUM range does not match the rows it totals' },
        messages: {
          default: message(
            (d, w) => `${total(d, w.lang)}: ${d.mine} ${rangeFaults(d, 'id')}; seharusnya ${w.n(d.expected)}, tertulis ${w.n(d.stated, 6)}`,
            (d, w) => `${total(d, w.lang)}: ${d.mine} ${rangeFaults(d, 'en')}; it should be ${w.n(d.expected)}, ${w.n(d.stated, 6)} is stated`,
          ),
          /** The range takes in the total's own cell: a circular reference, whatever the stored value. */
          circular: message(
            (d) =>
              `${total(d, 'id')}: ${d.mine} ikut merujuk ke selnya sendiri (${d.self}), rujukan melingkar yang tidak dapat dihitung Excel; akhiri rentangnya di baris di atasnya`,
            (d) => `${total(d, 'en')}: ${d.mine} takes in its own cell (${d.self}), a circular reference Excel cannot compute; end its range on the row above`,
            'warning',
          ),
          /** The range is off, but the rows it misses are empty or zero: the stated value is right. */
          harmless: message(
            (d) => `${total(d, 'id')}: ${d.mine} ${rangeFaults(d, 'id')}; nilainya kebetulan tetap benar`,
            (d) => `${total(d, 'en')}: ${d.mine} ${rangeFaults(d, 'en')}; its value happens to be right`,
            'warning',
          ),
        },
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const get = lookup(ctx);
    const byRow = new Map(table.info.rows.map((x) => [x.row, x]));
    const explainsRow = relationCheck(table);
    const parents = new Set<number>();
    for (const x of table.info.rows) if (x.parent !== undefined) parents.add(x.parent);
    const aggregate = (r: number) => parents.has(r) || byRow.get(r)?.kind === 'total';
    for (const [col, shape] of table.shapes) {
      // The shape speaks for the rows like the ones that carry it (data rows, and for a row-wise
      // relation such as a ratio, the totals too).
      const rowWise = shape.refs.every((q) => q.dr === 0);
      const fits = new Set(shape.rows);
      if (shape.rows.length < 3 || shape.rows.length < 0.6 * shape.total) continue;
      // A parent's SUM down its own column is the hierarchy's relation (its rows hold numbers, not formulas).
      if (shape.refs.every((q) => q.c === col)) continue;
      // The formula must be the column's way on most of its rows, not on a few parents among typed figures.
      // A formula met only on item rows (a projection =prev*(1+growth)) says nothing of the parents and totals
      // that hold their items' sum: a number typed there is checked by the hierarchy and the total rules.
      const itemsOnly = !shape.rows.some(aggregate);
      let numbers = 0;
      for (const x of table.info.rows) if (x.kind !== 'total' && !(itemsOnly && aggregate(x.row)) && num(ctx, x.row, col)) numbers++;
      if (shape.rows.length < 0.6 * numbers) continue;
      for (let i = 0; i < table.info.rows.length; i++) {
        const x = table.info.rows[i];
        if (fits.has(x.row)) continue;
        if (itemsOnly && aggregate(x.row) && !table.view.formula(x.row, col)) continue;
        if (
          !['indicator', 'continuation', 'program', 'kegiatan', 'subkegiatan'].includes(x.kind) &&
          !(x.kind === 'total' && rowWise) &&
          !(x.kind === 'heading' && x.level !== undefined)
        )
          continue;
        const S = num(ctx, x.row, col);
        const stuck = stored(ctx, x.row, col);
        if (!S || stuck === null) continue;
        // The row's own way in its other columns speaks for it before the column's.
        const rowWay = rowConvention(ctx, shape, col, x.row);
        const mineNode = rowWay ?? instantiate(shape, x.row);
        // Nothing to compute from on this row (a parent's volume and price are empty): no comparison.
        if (!refsOf(mineNode).some((q) => (q.t === 'ref' ? stored(ctx, q.r, q.c) !== null : true))) continue;
        const expected = evaluateFormula(mineNode, get);
        if (expected === null) continue;
        // Rounding as shown (in the shown scale: a % format multiplies by 100).
        const scale = stuck !== 0 ? Math.abs(S.value / stuck) : 1;
        // (A sum of shown figures is as exact as its terms: five juta rounded to 2 decimals are ±0,025 from the rupiah.)
        const terms = termsHalf(ctx, mineNode);
        const tol = (ctx.tol.shown(S) + (terms ?? 0)) / (scale || 1) + 1e-9 * Math.abs(expected);
        const formula0 = table.view.formula(x.row, col);
        const own0 = formula0 ? parseFormula(formula0) : null;
        // A hand adjustment (=Q49-0.1) is reported even where the display hides it.
        const handAdjusted = !!own0 && adjustment(own0, shape.skeleton, x.row, col) !== null;
        if (Math.abs(stuck - expected) <= tol && !handAdjusted) continue;
        // A row the column's relation explains another way (a lower-is-better capaian computed
        // with (2T − R)/T among R/T rows) is a convention of that row, not a slip.
        if (!handAdjusted && explainsRow?.(col, x) === true) continue;
        // A lower-is-better row dividing the other way round (=MIN(110,ROUND(E6/F6*100,2)) among =…F/E…): its polarity's
        // formula, the row's convention (its words, its footnote, the user's setting), not a slip.
        // A closing row's own summary over the rows above (=SUMPRODUCT(C9:C11,H9:H11)/SUM(C9:C11) of a bidang's weighted
        // index, =AVERAGE(F8:F11)): that row's figure, checked by the total and mean rules, no row formula gone odd.
        if (!handAdjusted && own0 && (x.kind === 'total' || x.kind === 'average') && summarises(own0, x.row)) continue;
        // (Or computing (2T − R)/T from the same cells: =MIN(100,ROUND((2*D11-E11)/D11*100,2)) among =…E/D….)
        if (!handAdjusted && own0 && (swapsTwoColumns(own0, mineNode) || sameCells(own0, mineNode)) && rowLower(ctx, x)) continue;
        // An IKK's own factor (=D7/E7*100000 among =…*100): the scale its Rumus states ("x 100.000"), no other cells read.
        if (!handAdjusted && own0 && sameCells(own0, mineNode) && factorWritten(ctx, x.row, own0)) continue;
        // A level's year is its last quarter (=TW IV on a % row among =SUM(TW I:TW IV) on counts): DOMAIN's running total.
        if (!handAdjusted && latestOfLevel(ctx, x, mineNode, stuck, tol)) continue;
        const formula = table.view.formula(x.row, col);
        const own = formula ? parseFormula(formula) : null;
        // And the other way round: a count's year summing its quarters (=K8+M8+O8+Q8) where most rows are levels (=Q8).
        if (own && !handAdjusted && countOfLevels(ctx, x, own, mineNode)) continue;
        // And a lower-is-better count's end stated as its last year (=N9 among =F9+…+N9): the incidents left at the end.
        if (own && !handAdjusted && lastOfSum(own, mineNode, x.row) && rowLower(ctx, x)) continue;
        // Or typed so: a count built each year ends at the sum of its years (161 = 24 + … + 41) where the rates' end is =I10.
        if (!formula && typedCountSum(ctx, x, mineNode, stuck, tol)) continue;
        // A parent summing its own column (=SUM(H9:H11) over its rincian): the hierarchy's relation, checked there.
        if (own && refsOf(own).every((q) => (q.t === 'ref' ? q.c === col : q.c0 === col && q.c1 === col)) && refsOf(own).length > 0) continue;
        // A total typed over a column of row formulas that is the sum of the rows above it is right: what its neighbours'
        // formula gives differs through an input of its own row that is off (said there by sum.total-row).
        if (!formula && x.kind === 'total') {
          const shownTol = ctx.tol.shown(S) + 1e-9 * Math.abs(S.value);
          if (scopesOf(table.info.rows, i).some((sc) => Math.abs((sumValue(table, sc.terms, col) ?? NaN) - S.value) <= shownTol)) continue;
        }
        const theirs = `=${formulaText(mineNode)}`;
        const at = cell(x.row, col);
        const adj = own && !rowWay ? adjustment(own, shape.skeleton, x.row, col) : null;
        const rule = !formula ? 'formula.constant' : adj !== null ? 'formula.adjusted' : 'formula.reference';
        const mine = formula ? (formula.startsWith('=') ? formula : `=${formula}`) : '';
        // In the scale the cell shows (a fraction formatted 0.00% reads as 89,6).
        const shown = expected * (stuck !== 0 ? S.value / stuck : 1);
        ctx.report(rule, {
          cell: at,
          ...(rule === 'formula.reference' && own && formulaText(own) === formulaText(mineNode) ? { messageId: 'stale' } : {}),
          expected: shown,
          actual: S.value,
          related: own
            ? refsOf(own)
                .flatMap((q) => (q.t === 'ref' ? [a1(q.r, q.c)] : []))
                .slice(0, 20)
            : [],
          data: { row: quoted(byRow.get(x.row)), stated: S.value, theirs, expected: shown, mine, adj, rowWay: !!rowWay },
        });
      }
    }
    checkRanges(ctx);
  },
});

/** Rows a SUM or SUBTOTAL covers in one column, or null for anything else. */
function coveredRows(n: Node, col: number): { rows: number[]; subtotal: boolean } | null {
  const core = n.t === 'fn' && n.name === 'IFERROR' ? n.args[0] : n;
  if (!core || core.t !== 'fn' || (core.name !== 'SUM' && core.name !== 'SUBTOTAL')) return null;
  const args = core.name === 'SUBTOTAL' ? core.args.slice(1) : core.args;
  const rows: number[] = [];
  for (const a of args) {
    if (a.t === 'range' && !a.sheet && a.c0 === col && a.c1 === col) for (let r = a.r0; r <= a.r1; r++) rows.push(r);
    else if (a.t === 'ref' && !a.sheet && a.c === col) rows.push(a.r);
    else return null;
  }
  return { rows, subtotal: core.name === 'SUBTOTAL' };
}

/** The rows whose own figures make up a scope: its terms, or for a term without its own figure, its descendants'. */
function scopeRows(ctx: CheckContext, terms: RowInfo[], col: number): Set<number> {
  const kids = childrenByParent(ctx.table.info.rows);
  const out = new Set<number>();
  const walk = (x: RowInfo, depth: number) => {
    if (num(ctx, x.row, col) || depth > 8) {
      out.add(x.row);
      for (const r of x.lines ?? []) out.add(r);
      return;
    }
    for (const k of kids.get(x.row) ?? []) walk(k, depth + 1);
  };
  for (const t of terms) walk(t, 0);
  return out;
}

/** The rows whose figures a parent adds: each child's own row, or where it has none, its children's. */
function childRows(ctx: CheckContext, kids: RowInfo[], col: number): Set<number> {
  const out = new Set<number>();
  const walk = (x: RowInfo, depth: number) => {
    if (num(ctx, x.row, col) || depth > 8) {
      out.add(x.row);
      return;
    }
    for (const k of childrenOf(ctx.table, x)) walk(k, depth + 1);
  };
  for (const k of kids) walk(k, 0);
  return out;
}

/** What a total's SUM range gets wrong, in words: rows left out, a sub-total counted twice, header cells counted. */
function rangeFaults(d: Record<string, unknown>, lang: 'id' | 'en'): string {
  const parts: string[] = [];
  if (lang === 'id') {
    if (d.missing) parts.push(`tidak mencakup ${d.missing}`);
    if (d.twice) parts.push(`menghitung sub-jumlah ${d.twice} dua kali`);
    if (d.header) parts.push(`ikut menjumlah ${d.header} di kepala tabel (nomor kolom)`);
    return parts.join(' dan ');
  }
  if (d.missing) parts.push(`leaves out ${d.missing}`);
  if (d.twice) parts.push(`counts the sub-total ${d.twice} twice`);
  if (d.header) parts.push(`counts ${d.header} of the header (the column number)`);
  return parts.join(' and ');
}

/**
 * The SUMs of total rows and of the outline's parents, against the rows they should add: a total's
 * scope (the one its range overlaps most), a parent's children (a kegiatan's =SUM(F4:F4) that stops
 * before its second sub kegiatan).
 */
function checkRanges(ctx: CheckContext): void {
  const { table } = ctx;
  const rows = table.info.rows;
  const get = lookup(ctx);
  // (Read once per table, not once per parent row: it reads the rows of a running column.)
  let summed: ColumnInfo[] | undefined;
  rows.forEach((x, i) => {
    let scopes: { terms: RowInfo[] }[];
    const parent = x.kind !== 'total';
    if (!parent) scopes = scopesOf(rows, i);
    else {
      const kids = x.level !== undefined ? childrenOf(table, x) : [];
      scopes = kids.length ? [{ terms: kids }] : [];
    }
    if (!scopes.length) return;
    for (const c of (summed ??= summedColumns(table))) {
      const formula = table.view.formula(x.row, c.col);
      if (!formula) continue;
      const parsed = parseFormula(formula);
      // =SUM(E23:E27)+0.01: the sum with a hand adjustment.
      const fudge =
        parsed && parsed.t === 'bin' && (parsed.op === '+' || parsed.op === '-') && parsed.r.t === 'num' && coveredRows(parsed.l, c.col)
          ? parsed.op === '-'
            ? -parsed.r.v
            : parsed.r.v
          : null;
      const n = fudge !== null && parsed && parsed.t === 'bin' ? parsed.l : parsed;
      if (fudge !== null && n) {
        const S = num(ctx, x.row, c.col);
        const base = evaluateFormula(n, get, { hidden: (_s, r) => table.view.isHidden(r) });
        if (S && base !== null) {
          const f0 = formula.startsWith('=') ? formula : `=${formula}`;
          ctx.report('formula.adjusted', {
            cell: cell(x.row, c.col),
            messageId: 'sum',
            expected: base,
            actual: S.value,
            related: [],
            data: { label: x.label, mine: f0, adj: fudge, expected: base },
          });
          continue;
        }
      }
      const covered = n ? coveredRows(n, c.col) : null;
      if (!n || !covered || covered.rows.length === 0) continue;
      // SUBTOTAL(109, …) leaves out hidden rows; SUBTOTAL(9, …) only those a filter hides, and a grid does not say how a
      // row was hidden (a collapsed outline is hidden by hand): both readings are tried, the one that holds kept.
      const code = covered.subtotal ? Number(/SUBTOTAL\s*\(\s*(\d+)/i.exec(formula)?.[1] ?? 109) : 0;
      const readings = !covered.subtotal || !table.view.hasHiddenRows ? [false] : code >= 100 ? [true] : [true, false];
      // SUBTOTAL leaves out the SUBTOTALs inside its range: a grand total over sub-totals so written counts none twice.
      const nested = (r: number) => covered.subtotal && /^=?\s*SUBTOTAL\s*\(/i.test(table.view.formula(r, c.col) ?? '');
      const reading = (skipHidden: boolean) => {
        const hidden = (r: number) => skipHidden && table.view.isHidden(r);
        return { hidden, got: new Set(covered.rows.filter((r) => !hidden(r) && !nested(r))) };
      };
      const judged = readings.map((skipHidden) => {
        const { hidden, got } = reading(skipHidden);
        // The scope the SUM means: the one it overlaps most.
        let best: { rows: Set<number>; overlap: number } | null = null;
        for (const s of scopes) {
          // A parent adds its children's own figures (a child's further lines are inside its figure).
          const want = parent ? childRows(ctx, s.terms, c.col) : scopeRows(ctx, s.terms, c.col);
          let overlap = 0;
          for (const r of got) if (want.has(r)) overlap++;
          if (!best || overlap > best.overlap) best = { rows: want, overlap };
        }
        if (!best) return null;
        const want = new Set([...best.rows].filter((r) => !hidden(r)));
        // Rows the range adds through a sub-total that closes them, none of them in the range itself ("TOTAL (A+B)"
        // =SUM of "Jumlah Belanja Langsung" and the one-row "Belanja Tidak Langsung"; =SUM of the only Jumlah Bidang).
        const viaTotal = new Set<number>();
        const sums = new Set<number>();
        for (const r of got) {
          const y = table.row(r);
          if (!y || y.kind !== 'total' || r === x.row) continue;
          const closed = closedRows(table.info.rows, table.info.rows.indexOf(y)).map((t) => t.row);
          if (closed.length === 0 || closed.some((q) => got.has(q))) continue;
          sums.add(r);
          // (With what lies under them: a group row closed by its Jumlah holds the programs under it.)
          const under = (q: number, depth: number): void => {
            viaTotal.add(q);
            const y = table.row(q);
            if (y && depth < 6) for (const k of childrenOf(table, y)) under(k.row, depth + 1);
          };
          for (const q of closed) under(q, 0);
        }
        // A row the range adds up through its children instead (a Renja's JUMLAH =SUM of the programs under the bidang
        // row that sums them): not left out.
        const through = (r: number, depth: number): boolean => {
          const y = table.row(r);
          const kids = y && depth < 6 ? childrenOf(table, y).filter((k) => !hidden(k.row)) : [];
          const empty = (k: RowInfo) => !num(ctx, k.row, c.col) && childrenOf(table, k).length === 0;
          return kids.length > 0 && kids.every((k) => got.has(k.row) || viaTotal.has(k.row) || through(k.row, depth + 1) || empty(k));
        };
        // (Nor a hidden row the range stops short of: a line dropped from the print, "tidak dianggarkan lagi", the shown rows add up.)
        const missing = [...want].filter(
          (r) => !got.has(r) && !viaTotal.has(r) && num(ctx, r, c.col) && !through(r, 0) && !(table.view.isHidden(r) && !covered.rows.includes(r)),
        );
        // A sub-total inside the range while its own rows are in it too: counted twice.
        const twice = [...got].filter((r) => {
          const y = table.row(r);
          return y?.kind === 'total' && !want.has(r) && r !== x.row && !sums.has(r);
        });
        // A range started too high takes in the header's column number ("3" of the 1 2 3 … row).
        const header = [...got].filter((r) => r < table.info.bodyTop && num(ctx, r, c.col));
        return { want, missing, twice, header };
      });
      // A range over its own cell (=SUM(I6:I9) typed in I9): circular, said as such whatever else it gets wrong.
      if (!parent && covered.rows.includes(x.row)) {
        const S = num(ctx, x.row, c.col);
        ctx.report('formula.range', {
          cell: cell(x.row, c.col),
          messageId: 'circular',
          expected: null,
          actual: S?.value ?? null,
          related: [],
          data: { label: x.label, mine: formula.startsWith('=') ? formula : `=${formula}`, self: cell(x.row, c.col) },
        });
        continue;
      }
      if (judged.some((j) => j === null || (j.missing.length === 0 && j.twice.length === 0 && j.header.length === 0))) continue;
      // A row of the SUBTOTAL's range typed over its own SUBTOTAL (its rows in the range too): counted with its rows, it is
      // the slip, said at its cell by the sum rules; this formula is right once it is a SUBTOTAL again.
      if (covered.subtotal && covered.rows.some((r) => !nested(r) && covered.rows.some((q) => table.row(q)?.parent === r))) continue;
      const { want, missing, twice, header } = judged[0]!;
      const value = evaluateFormula(n, get, { hidden: (_s, r) => table.view.isHidden(r) });
      let expected = 0;
      for (const r of want) expected += num(ctx, r, c.col)?.value ?? 0;
      const S = num(ctx, x.row, c.col);
      if (!S || value === null) continue;
      // (Floating-point noise only on top: 4 rupiah of a column number in a 6,9 billion Jumlah is a wrong total.)
      const affects = Math.abs(S.value - expected) > ctx.tol.shown(S) + 1e-13 * Math.abs(expected);
      // A total some other scope bears out as stated ("JUMLAH KEWAJIBAN" = SUM of its one sub-total): the range is
      // that scope's, whatever the widest overlap suggests.
      if (
        !parent &&
        affects &&
        scopes.some((sc) => {
          let t = 0;
          for (const r of scopeRows(ctx, sc.terms, c.col)) t += num(ctx, r, c.col)?.value ?? 0;
          return Math.abs(S.value - t) <= ctx.tol.shown(S) + 1e-13 * Math.abs(t);
        })
      )
        continue;
      // A parent's range is said only where it makes the parent wrong: the sum rule's own finding, named better.
      if (parent && (!affects || twice.length || header.length)) continue;
      const list = (rs: number[]) =>
        rs
          .slice(0, 8)
          .map((r) => cell(r, c.col))
          .join(', ') + (rs.length > 8 ? ' …' : '');
      const f0 = formula.startsWith('=') ? formula : `=${formula}`;
      ctx.report('formula.range', {
        cell: cell(x.row, c.col),
        messageId: affects ? 'default' : 'harmless',
        expected,
        actual: S.value,
        related: [...missing, ...twice, ...header].slice(0, 50).map((r) => cell(r, c.col)),
        data: {
          label: x.label,
          mine: f0,
          missing: missing.length ? list(missing) : '',
          twice: twice.length ? list(twice) : '',
          header: header.length ? list(header) : '',
          expected,
          stated: S.value,
        },
      });
    }
  });
}

/** Its own formula sums terms along the row ending at the one term the column's level rows take, and the row is no level. */
// (Or the years of a plan summed to its end, =SUM(E6:I6), where the rates' Kondisi Akhir is their last year, =I5.)
function countOfLevels(ctx: CheckContext, x: RowInfo, own: Node, theirs: Node): boolean {
  const q = oneRef(theirs, x.row);
  return q !== undefined && sumEnd(own, x.row) === q && !levelOf(ctx, x);
}

/** A number typed on a row that is no level, where the column's formula takes one year's figure: the sum of that year's role along the row up to it. */
function typedCountSum(ctx: CheckContext, x: RowInfo, theirs: Node, stated: number, tol: number): boolean {
  const q = oneRef(theirs, x.row);
  const last = q === undefined ? undefined : ctx.table.col(q);
  if (q === undefined || !last || last.year === undefined) return false;
  const years = ctx.table.info.columns.filter((c) => c.role === last.role && c.year !== undefined && c.col <= q);
  if (years.length < 2) return false;
  let sum = 0;
  for (const c of years) {
    const v = stored(ctx, x.row, c.col);
    if (v === null) return false;
    sum += v;
  }
  return Math.abs(sum - stated) <= tol * years.length && !levelOf(ctx, x);
}

/**
 * The rounding a sum (=H9+J9+L9, =SUM(H9:P9)) carries from its terms as they are shown (none from whole numbers: counts
 * and rupiah add exactly), or null for any other formula.
 */
function termsHalf(ctx: CheckContext, n: Node): number | null {
  switch (n.t) {
    case 'ref': {
      const v = n.sheet ? null : num(ctx, n.r, n.c);
      return v ? partHalf(v.decimals, v.value) : 0;
    }
    case 'range': {
      if (n.sheet || (n.r1 - n.r0 + 1) * (n.c1 - n.c0 + 1) > 64) return null;
      let h = 0;
      for (let r = n.r0; r <= n.r1; r++)
        for (let c = n.c0; c <= n.c1; c++) {
          const v = num(ctx, r, c);
          if (v) h += partHalf(v.decimals, v.value);
        }
      return h;
    }
    case 'bin': {
      if (n.op !== '+' && n.op !== '-') return null;
      const [a, b] = [termsHalf(ctx, n.l), termsHalf(ctx, n.r)];
      return a === null || b === null ? null : a + b;
    }
    case 'fn': {
      if (n.name !== 'SUM') return null;
      let h = 0;
      for (const a of n.args) {
        const x = termsHalf(ctx, a);
        if (x === null) return null;
        h += x;
      }
      return h;
    }
    default:
      return null;
  }
}

/** Its own formula is the last term along the row of the column's sum (=N9 against =F9+H9+J9+L9+N9 or =SUM(F9:N9)). */
function lastOfSum(own: Node, theirs: Node, row: number): boolean {
  return own.t === 'ref' && !own.sheet && own.r === row && sumEnd(theirs, row) === own.c;
}

/** The column of the one cell of its own row a formula reads (=N9, =ROUND(N9,2)), or undefined. */
function oneRef(n: Node, row: number): number | undefined {
  const refs = refsOf(n);
  const q = refs.length === 1 ? refs[0] : undefined;
  return q && q.t === 'ref' && !q.sheet && q.r === row ? q.c : undefined;
}

/** The last column of a sum along its own row (=K9+M9+O9+Q9, =SUM(E6:I6)), or undefined for any other formula. */
function sumEnd(n: Node, row: number): number | undefined {
  const refs = refsOf(n);
  const last = refs[refs.length - 1];
  const text = formulaText(n);
  if (refs.length >= 2 && PLAIN_SUM.test(text) && refs.every((m) => m.t === 'ref' && m.r === row)) return last.t === 'ref' ? last.c : undefined;
  if (refs.length === 1 && last.t === 'range' && last.r0 === row && last.r1 === row && last.c0 < last.c1 && ROW_SUM.test(text)) return last.c1;
  return undefined;
}

/** A quotient of two cells of its row times the factor the row's written Rumus states (relations.ts writtenScale). */
function factorWritten(ctx: CheckContext, row: number, own: Node): boolean {
  const refs = refsOf(own);
  const [a, b] = refs;
  if (refs.length !== 2 || a.t !== 'ref' || b.t !== 'ref' || a.r !== row || b.r !== row) return false;
  const k = writtenScale(ctx.table.view, ctx.table.info.columns, row, a.c, b.c);
  if (k === null || k === undefined) return false;
  const constants: number[] = [];
  const walk = (n: Node): void => {
    if (n.t === 'num') constants.push(n.v);
    else if (n.t === 'bin') [n.l, n.r].forEach(walk);
    else if (n.t === 'fn') n.args.forEach(walk);
    else if (n.t === 'neg' || n.t === 'pct') walk(n.e);
  };
  walk(own);
  return k === 1 ? constants.every((v) => v === 1) : constants.includes(k);
}

/** A sum of cells written out: =K9+M9+O9+Q9. */
const PLAIN_SUM = /^\$?[A-Z]+\$?\d+(\+\$?[A-Z]+\$?\d+)+$/;
/** A SUM of one range: =SUM(E6:I6). */
const ROW_SUM = /^SUM\(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+\)$/i;

/** A SUM across its own row's cells, on a row of levels (%, an index, a rate), stating the last of them instead. */
function latestOfLevel(ctx: CheckContext, x: RowInfo, node: Node, stated: number, tol: number): boolean {
  const refs = refsOf(node);
  // The terms of a sum along the row: =SUM(L9:R9), or =K9+M9+O9+Q9 (the quarters' K between their Rp), or =G9+S9 (the
  // realisation to date: last year's plus this year's).
  let last: number | undefined;
  if (refs.length === 1) {
    const q = refs[0];
    if (q.t !== 'range' || q.r0 !== x.row || q.r1 !== x.row || q.c1 <= q.c0) return false;
    last = q.c1;
  } else if (refs.length >= 2 && refs.every((q) => q.t === 'ref' && q.r === x.row) && PLAIN_SUM.test(formulaText(node))) {
    // (The last reported: a TW IV still 0 or empty in a TW III report comes after it.)
    const cols = refs.map((q) => (q.t === 'ref' ? q.c : -1));
    last = cols[lastReported(ctx.table.view, x.row, cols)];
  } else return false;
  if (!levelOf(ctx, x)) return false;
  const value = stored(ctx, x.row, last);
  return value !== null && Math.abs(stated - value) <= tol;
}
