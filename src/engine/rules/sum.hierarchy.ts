/** sum.hierarchy: per money column, a program equals the sum of its kegiatan, a kegiatan the sum of its sub kegiatan. */
import { downRounding, half, sameFigure } from '../tolerance';
import { sumFormula } from '../formula';
import type { CheckContext, Report } from './common';
import { sumRelation } from '../relation';
import { cell, columnCell, current, defineRule, kindWord, kindWords, message, num, quoted, rowKind, yearHead } from './common';
import { amountColumns, summedColumns } from './sumColumns';
import { blankLeaves, childrenOf, ownAmount, ownFigure, ownValue, pendingTerm, sumOf, sumValue } from './amounts';
import type { Table } from '../recognise';
import type { ColumnInfo, RowInfo } from '../types';
import { yearHeader } from '../text';
import { isTwin, labelCode, tierFromKode } from '../recognise/rows';
import { isWeight, MONEY_WORDS, partOfYear, VERSION } from '../recognise/columns';
import { words } from '../text';
import { parseA1 } from '../address';
import { oneKeystroke, toDecimals, type NumberValue } from '../number';

/**
 * The rows a coded parent's kode says are its children, past where the outline stopped them: "8.01.01 Program …" under a
 * second "Sasaran : …" heading, after its bidang 8.01 and that bidang's first program (a bidang typed once over the
 * sasaran blocks). Null when there are none beyond its own children.
 */
function codedBeyond(table: Table, p: RowInfo, kids: RowInfo[], index: Map<RowInfo, number>): RowInfo[] | null {
  if (p.levelBy !== 'kode' || !p.kode) return null;
  const segs = kids.find((k) => k.kode)?.kode?.split('.').length;
  if (segs === undefined) return null;
  const rows = table.info.rows;
  let i = index.get(kids[kids.length - 1]) ?? -1;
  if (i < 0) return null;
  const own = p.kode.split('.').length;
  const out = [...kids];
  for (i++; i < rows.length; i++) {
    const x = rows[i];
    if (x.kind === 'total') break;
    if (!x.kode || x.kind === 'continuation') continue;
    if (!x.kode.startsWith(p.kode + '.')) {
      if (x.kode.split('.').length <= own) break;
      continue;
    }
    if (x.kode.split('.').length === segs) out.push(x);
  }
  return out.length > kids.length ? out : null;
}

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
          /** The parent agrees with its own parent; one child, corrected by the difference, differs by one keystroke. */
          child: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${kindWord(d.childKind, w.lang)} ${d.child} tertulis ${w.n(d.stated)}: ${kindWord(d.kind, w.lang)} ${d.row} di atasnya tertulis ${w.n(d.parent)} dan sesuai dengan induknya, dan ${w.count(d.n, kindWord(d.childKind, w.lang))} di bawahnya mencapainya bila sel ini ${w.n(d.expected)} (satu ketukan berbeda: salah ketik?)`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${kindWord(d.childKind, w.lang)} ${d.child} states ${w.n(d.stated)}: the ${kindWord(d.kind, w.lang)} ${d.row} above it states ${w.n(d.parent)} and agrees with its own parent, and its ${w.n(d.n, 0)} ${kindWords(d.childKind, w.lang, d.n)} reach that with ${w.n(d.expected)} here (one keystroke apart: a typing slip?)`,
          ),
          /** The parent agrees with its own parent: one of its children is off (which one the figures cannot tell), or both parents are stale. */
          below: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${kindWord(d.kind, w.lang)} ${d.row} tertulis ${w.n(d.stated)} dan sesuai dengan ${kindWord(d.upperKind, w.lang)} ${d.upper} di atasnya, tetapi ${w.count(d.n, kindWord(d.childKind, w.lang))} di bawahnya berjumlah ${w.n(d.sum)} (selisih ${w.n(d.stated - d.sum)}): salah satu dari ${d.cells} salah, atau ${kindWord(d.kind, w.lang)} dan ${kindWord(d.upperKind, w.lang)}nya belum diperbarui`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${kindWord(d.kind, w.lang)} ${d.row} states ${w.n(d.stated)} and agrees with the ${kindWord(d.upperKind, w.lang)} ${d.upper} above it, but its ${w.n(d.n, 0)} ${kindWords(d.childKind, w.lang, d.n)} add${d.n === 1 ? 's' : ''} up to ${w.n(d.sum)} (difference ${w.n(d.stated - d.sum)}): one of ${d.cells} is wrong, or the ${kindWord(d.kind, w.lang)} and its ${kindWord(d.upperKind, w.lang)} were not updated`,
          ),
          /** A node typed twice (SIPD's fill-down of kode and name on each indicator row), its copies disagreeing. */
          twin: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${kindWord(d.kind, w.lang)} ${d.row} diulang di baris ini dengan kode dan nama yang sama, tetapi tertulis ${w.n(d.stated)}; di baris ${d.at} tertulis ${w.n(d.other)}${d.borne === 'below' ? ', yang sama dengan jumlah rinciannya' : d.borne ? ', yang sesuai dengan bagian lain tabel' : ''}`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}the ${kindWord(d.kind, w.lang)} ${d.row} is repeated on this row with the same kode and name but states ${w.n(d.stated)}; row ${d.at} states ${w.n(d.other)}${d.borne === 'below' ? ', which equals the sum of its children' : d.borne ? ', which the rest of the table bears out' : ''}`,
          ),
          dashed: message(
            (d, w) =>
              `Kolom "${d.col}": rincian di bawah ${w.count(d.n, 'baris induk')} ditulis "-" seluruhnya; angkanya dicatat di baris induk saja, tidak ada yang dijumlah`,
            (d, w) =>
              `Column "${d.col}": the rows under all ${w.count(d.n, { one: 'parent row', other: 'parent rows' })} are written "-": the amounts are kept at the parent rows, nothing adds up to them`,
            'info',
          ),
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
    // So are a table's bare Target and Realisasi where no row is an indicator with its unit ("Kode Rekening | Uraian |
    // Realisasi ▸ 2021 | 2022" of a Bab III revenue table, the rupiah said in the chapter's text): amounts, if the tree says so.
    const columns = table.info.columns;
    const bare = columns.some((c) => c.role === 'satuan' || c.role === 'indicator')
      ? []
      : columns.filter((c) => (c.role === 'realisasi' || c.role === 'target') && !c.percent && !money.includes(c));
    const counts = [...summedColumns(table).filter((c) => !money.includes(c) && (c.role === 'value' || c.role === 'rowTotal')), ...bare];
    const cols = [...money, ...counts];
    // Per column, the parents that agree and the findings of those that do not: a column where
    // most parents do not add up is not read as parts and sums, and gets one warning instead.
    const agreeing = new Map<number, number>();
    // (Their parents agree only as a sum of two figures or more: a parent over one child equals it whether the figures are
    // amounts or levels, an RFK's fisik 41,67 % over its one sub kegiatan's.)
    const agree = (col: ColumnInfo, kids: RowInfo[]) => {
      if (bare.includes(col) && kids.filter((k) => table.view.numberAt(k.row, col.col) !== undefined).length < 2) return;
      agreeing.set(col.col, (agreeing.get(col.col) ?? 0) + 1);
    };
    const failing = new Map<number, Report[]>();
    // Parents stating an amount over children all written "-", per column: said each, or once where that is the table's way.
    const dashed = new Map<number, { level?: number; d: Report }[]>();
    // The levels (column × depth) where some parent's children state figures: there a "-" child is a gap.
    const figured = new Set<string>();
    const strong = table.info.rows.some((x) => x.levelBy === 'kode' || x.levelBy === 'words' || codeInName(table, x));
    let index: Map<RowInfo, number> | undefined;
    const rowIndex = () => (index ??= new Map(table.info.rows.map((x, i) => [x, i])));
    for (const p of table.info.rows) {
      if (p.level === undefined || p.kind === 'continuation' || p.kind === 'total') continue;
      const kids = childrenOf(table, p);
      if (kids.length === 0) continue;
      // (Read only where a column fails: most parents equal their children.)
      let wider: RowInfo[] | null | undefined;
      for (const col of cols) {
        // Equal values hold under any tolerance: only a mismatch (or a blank parent) needs the cells.
        const quick = sumValue(table, kids, col.col);
        // (Its kode's rows beyond a heading that took them, "Sasaran : …" between the bidang's programs: they add up.)
        if (quick !== null && ownValue(table, p, col.col) !== quick) {
          if (wider === undefined) wider = codedBeyond(table, p, kids, rowIndex());
          if (wider && ownValue(table, p, col.col) === sumValue(table, wider, col.col)) {
            agree(col, wider);
            continue;
          }
        }
        if (quick === null) {
          // Every child written "-" (nothing that year) under a parent stating an amount: the parent's figure is
          // what to look at. Said as a warning (some tables write "-" under a budget kept at the parent), unless its
          // own parent adds up with it taken as nothing and not as stated: then the figure is the slip.
          const own = ownAmount(table, p, col.col);
          if (own && own.value !== 0 && kids.every((k) => table.view.value(k.row, col.col).kind === 'dash')) {
            const at = own.cells[0] ?? { r: p.row, c: col.col };
            const stated: NumberValue = { kind: 'number', value: own.value, decimals: own.decimals, fromText: false };
            const tol = ctx.tol.sum(stated, []);
            const slip = addsUpWithout(table, p, col.col, own.value, tol);
            const d: Report = {
              cell: cell(at.r, at.c),
              severity: slip ? 'error' : 'warning',
              expected: 0,
              actual: own.value,
              related: kids.map((k) => cell(k.row, col.col)),
              relation: sumRelation(
                ctx.table.view,
                at,
                kids.map((k) => ({ r: k.row, c: col.col, sign: 1 as const })),
                tol,
              ),
              data: parentData(col, p, kids, own.value, 0),
            };
            if (slip) ctx.report('sum.hierarchy', d);
            else (dashed.get(col.col) ?? dashed.set(col.col, []).get(col.col)!).push({ level: p.level, d });
          }
          continue;
        }
        figured.add(`${col.col}:${p.level}`);
        if (ownValue(table, p, col.col) === quick) {
          agree(col, kids);
          continue;
        }
        // A child's figure that cannot be read ("1.49.814.959", said at its cell by number.invalid) leaves the sum unknown.
        if (kids.some((k) => table.view.value(k.row, col.col).kind === 'text')) continue;
        const own = ownAmount(table, p, col.col);
        // (With the rows a filter or the user hid left out where that reading is nearer the parent.)
        const used = own ? nearerKids(table, kids, col.col, own.value, quick) : kids;
        const sum = sumOf(table, used, col.col);
        if (!sum) continue;
        if (!own) {
          if ((p.kind === 'program' || p.kind === 'kegiatan') && table.view.value(p.row, col.col).kind === 'empty' && !pendingTerm(table, kids, col)) {
            // A child left empty (its realisasi not typed yet) is in the range too: the parent follows once it is.
            const blank = blankLeaves(table, kids, col.col);
            ctx.plan({
              cell: cell(p.row, col.col),
              formula: sumFormula([...sum.cells, ...blank], blank.length > 0),
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
        const tol = ctx.tol.sum(stated, parts) + downRounding(col, parts);
        if (Math.abs(own.value - sum.value) <= tol) {
          agree(col, kids);
          continue;
        }
        const list = failing.get(col.col) ?? failing.set(col.col, []).get(col.col)!;
        list.push({
          cell: cell(at.r, at.c),
          expected: toDecimals(sum.value, sum.decimals),
          actual: own.value,
          related: sum.cells.map((q) => cell(q.r, q.c)),
          // (A child typed "-" adds nothing, but may be the cell cleared by mistake: value.crossing may name it.)
          relation: sumRelation(
            ctx.table.view,
            at,
            [...sum.cells, ...used.filter((k) => table.view.value(k.row, col.col).kind === 'dash').map((k) => ({ r: k.row, c: col.col }))].map((q) => ({
              ...q,
              sign: 1 as const,
            })),
            tol,
          ),
          data: parentData(col, p, used, own.value, sum.value),
          otherwise: childSlip(table, p, used, col, own.value, sum.value, tol) ?? slipBelow(table, p, used, col, cell(at.r, at.c), own.value, sum.value, tol),
        });
      }
    }
    for (const [c, list] of dashed) {
      // Every parent at its depth over "-" children, none there over figures: the table keeps its amounts at that level.
      const col = cols.find((x) => x.col === c)!;
      if (list.length >= 2 && !list.some((x) => figured.has(`${c}:${x.level}`)))
        ctx.report('sum.hierarchy', {
          cell: list[0].d.cell,
          messageId: 'dashed',
          expected: null,
          actual: null,
          related: list.slice(0, 50).map((x) => x.d.cell),
          data: { col: col.path.join(' / '), n: list.length },
        });
      else for (const x of list) ctx.report('sum.hierarchy', x.d);
    }
    checkTwins(ctx, money);
    followComputed(table, failing);
    // A kode or Program/Kegiatan tree is a budget tree: its other figures are volumes and targets, no sums.
    // (A total row that adds up the top parents says they are sums too: "Jumlah Total | 69" over Golongan I … IV.)
    const countsAgree =
      !strong &&
      counts.reduce((n, c) => n + (agreeing.get(c.col) ?? 0) + totalsOfParents(table, c.col), 0) >
        counts.reduce((n, c) => n + (failing.get(c.col)?.length ?? 0), 0);
    // Versions of one amount (Semula | Menjadi, Sebelum | Setelah Perubahan) are weighed together: a slip in one
    // version leaves the other's parents still adding up.
    // So are the quarters an amount is drawn down by (Rencana Penarikan Dana ▸ Triwulan I … IV).
    const versions = counts.filter((c) => VERSION.test(c.path.join(' ').toLowerCase()));
    const quarters = counts.filter((c) => moneyQuarter(c));
    const pooled = (col: ColumnInfo, of: (c: ColumnInfo) => number) =>
      (versions.includes(col) ? versions : quarters.includes(col) ? quarters : [col]).reduce((n, c) => n + of(c), 0);
    // A money column of a tree read from markers or format, where the same parents add up in two other money columns
    // and in most of the table's: the tree is one of sums, and this column's parents that do not are slips each.
    const cleanMoney = money.filter((c) => (agreeing.get(c.col) ?? 0) > 0 && !failing.get(c.col)?.length);
    const moneyMostlyAgree = money.reduce((n, c) => n + (agreeing.get(c.col) ?? 0), 0) >= 2 * money.reduce((n, c) => n + (failing.get(c.col)?.length ?? 0), 0);
    const provenByPeers = (col: ColumnInfo) => moneyMostlyAgree && money.includes(col) && cleanMoney.filter((c) => c !== col).length >= 2;
    for (const col of cols) {
      const bad = failing.get(col.col) ?? [];
      const good = agreeing.get(col.col) ?? 0;
      // In a kode tree a column of unnamed figures (years alone, "T-1 | T | T+1"), of versions or in rupiah is summed
      // where its own parents mostly add up: the data says it is money.
      if (
        counts.includes(col) &&
        !countsAgree &&
        !(
          strong &&
          (treeAmount(col) || bare.includes(col)) &&
          provenSum(
            pooled(col, (c) => agreeing.get(c.col) ?? 0),
            pooled(col, (c) => failing.get(c.col)?.length ?? 0),
          )
        )
      )
        continue;
      // A tree from kode or Program/Kegiatan words is a budget tree by definition: its parents are
      // sums, and each that is not is a finding. A tree read from list markers or format alone
      // must show it on most of its parents first.
      if (strong || bad.length <= good || bad.length <= 1 || (good > 0 && provenByPeers(col))) {
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

/** The total rows of the table that state the sum of its top parents (level 0 rows with children) in a column. */
function totalsOfParents(table: Table, col: number): number {
  const rows = table.info.rows;
  const tops = rows.filter((x) => x.level === 0 && x.kind !== 'continuation' && x.kind !== 'total' && rows.some((k) => k.parent === x.row));
  if (tops.length < 2) return 0;
  const sum = sumValue(table, tops, col);
  if (sum === null) return 0;
  return rows.filter((x) => x.kind === 'total' && Math.abs((table.view.numberAt(x.row, col) ?? NaN) - sum) < 0.5).length;
}

/**
 * A parent's children, less the rows a filter or the user hid where their sum is nearer the parent's figure: a hidden
 * row under it is then no part (a superseded copy, "1.1 Pembinaan … (sebelum pergeseran)", "(semula)", kept out of
 * sight), as a total is read by the nearer reading.
 */
function nearerKids(table: Table, kids: RowInfo[], col: number, stated: number, all: number): RowInfo[] {
  if (!table.view.hasHiddenRows) return kids;
  const shown = kids.filter((k) => !table.view.isHidden(k.row));
  if (shown.length === 0 || shown.length === kids.length) return kids;
  const part = sumValue(table, shown, col);
  return part !== null && Math.abs(stated - part) < Math.abs(stated - all) ? shown : kids;
}

/**
 * A row placed by the code it opens its name with, that code extending its parent's (kegiatan "5.01.02.2.03 …" under
 * program "5.01.02 …"): a kode tree typed in the names, as strong as one in a kode column. (Outline numbers
 * "1.1 Dokter Umum" under "1. Tenaga Medis" have no Kepmendagri shape.)
 */
function codeInName(table: Table, x: RowInfo): boolean {
  const own = labelCode(x);
  const up = x.parent !== undefined ? table.row(x.parent) : undefined;
  const theirs = up && labelCode(up);
  return !!own && !!theirs && own.startsWith(`${theirs}.`) && tierFromKode(own) !== undefined && tierFromKode(theirs) !== undefined;
}

/** Whether p's parent states a figure its children reach with p's `value` left out, and not with it. */
function addsUpWithout(table: Table, p: RowInfo, col: number, value: number, tol: number): boolean {
  if (p.parent === undefined) return false;
  const up = table.row(p.parent);
  const stated = up ? ownValue(table, up, col) : null;
  const sum = up ? sumValue(table, childrenOf(table, up), col) : null;
  if (stated === null || sum === null) return false;
  return Math.abs(stated - sum) > tol && Math.abs(stated - (sum - value)) <= tol;
}

/** The finding at the child typedSlip names, or undefined. */
function childSlip(table: Table, p: RowInfo, kids: RowInfo[], col: ColumnInfo, parent: number, sum: number, tol: number): Report['otherwise'] {
  const slip = typedSlip(table, p, kids, col.col, parent - sum, tol);
  if (!slip) return undefined;
  const expected = slip.value + parent - sum;
  return {
    cell: cell(slip.x.row, col.col),
    expected,
    actual: slip.value,
    related: [cell(p.row, col.col), ...kids.filter((k) => k !== slip.x).map((k) => cell(k.row, col.col))],
    messageId: 'child',
    data: {
      year: col.year,
      period: col.period,
      kind: rowKind(p),
      row: quoted(p),
      parent,
      n: kids.length,
      childKind: rowKind(kids[0]),
      child: quoted(slip.x),
      stated: slip.value,
      expected,
    },
  };
}

/** The parent agrees with its own parent, whose cell is typed, not a formula of its children. */
function borneAbove(table: Table, p: RowInfo, col: number, tol: number): boolean {
  const g = p.parent !== undefined ? table.row(p.parent) : undefined;
  if (!g || table.view.formula(g.row, col)) return false;
  const G = ownValue(table, g, col);
  const peers = sumValue(table, childrenOf(table, g), col);
  return G !== null && peers !== null && Math.abs(G - peers) <= tol;
}

/**
 * A parent borne out by its own parent over children that do not reach it, no one of them a keystroke off: a slip in one
 * of the children (which one the figures cannot tell), or a child revised and both parents left as they were. Said at
 * the parent, naming the children.
 */
function slipBelow(table: Table, p: RowInfo, kids: RowInfo[], col: ColumnInfo, at: string, parent: number, sum: number, tol: number): Report['otherwise'] {
  if (kids.length < 2 || !borneAbove(table, p, col.col, tol)) return undefined;
  const g = table.row(p.parent!)!;
  // (A child with no figure of its own, a kegiatan that states no Rp, is its own children's cells: those are the suspects.)
  // (A "-" among them is one: a year's Rp deleted while its parents kept it.)
  const leaves = (k: RowInfo, depth: number): string[] => {
    const under = depth < 6 && ownValue(table, k, col.col) === null && table.view.value(k.row, col.col).kind !== 'dash' ? childrenOf(table, k) : [];
    return under.length ? under.flatMap((x) => leaves(x, depth + 1)) : [cell(k.row, col.col)];
  };
  const suspects = kids.flatMap((k) => leaves(k, 0));
  return {
    cell: at,
    expected: sum,
    actual: parent,
    related: suspects,
    messageId: 'below',
    data: {
      ...parentData(col, p, kids, parent, sum),
      upper: quoted(g),
      upperKind: rowKind(g),
      cells: suspects.slice(0, 12).join(', ') + (suspects.length > 12 ? ' …' : ''),
    },
  };
}

/**
 * The child that is the slip where the parent is borne out: the parent agrees with its own parent (whose cell
 * is typed, not a formula of its children), and exactly one child, corrected by the difference, differs from
 * what is typed by one keystroke (a digit dropped or added, or two swapped: 1.092.252.000 typed 109.225.000). Otherwise null: the parent is named, as the one figure the children contradict.
 */
function typedSlip(table: Table, p: RowInfo, kids: RowInfo[], col: number, diff: number, tol: number): { x: RowInfo; value: number } | null {
  if (!borneAbove(table, p, col, tol)) return null;
  let found: { x: RowInfo; value: number } | null = null;
  for (const k of kids) {
    const f = ownFigure(table, k, col);
    if (!f || f.row !== k.row || childrenOf(table, k).length > 0 || table.view.formula(k.row, col)) continue;
    if (!oneKeystroke(f.value, f.value + diff, f.decimals)) continue;
    if (found) return null;
    found = { x: k, value: f.value };
  }
  return found;
}

/**
 * A column a budget tree may add up although its header names no budget role: named by its year alone or by the
 * budget year relative to T ("2024", "Tahun 2024", "T-1 (2023)"), by a version (Semula, Setelah Perubahan), or in
 * rupiah ("Rp" under a version), a quarter of money ("Rencana Penarikan Dana ▸ Triwulan I"), or a weight (a SAKIP komponen's Bobot over its sub-komponen). Targets and volumes in such a tree carry other names (Target, K, Volume); a pagu
 * quoted from another plan ("Pagu RPJMD") need not add up in this one.
 */
function treeAmount(col: ColumnInfo): boolean {
  const name = col.path.join(' ');
  const lower = name.toLowerCase();
  // (Or a kind of spending, "Belanja Operasi | Belanja Modal" of a DPA rekap. Not any money word: a "Pagu RPJMD" beside
  // the plan's own Rp is the other document's figure, set per program, no sum of the kegiatan's.)
  return yearHeader(name) || VERSION.test(lower) || RUPIAH.test(lower) || BELANJA.test(lower) || isWeight(col.path) || moneyQuarter(col);
}

/** A quarter of money: "Rencana Penarikan Dana ▸ Triwulan I", "Anggaran Kas ▸ TW II". */
const moneyQuarter = (col: ColumnInfo) => partOfYear(col) !== undefined && MONEY_WORDS.test(words(col.path.join(' ')));

const RUPIAH = /\brp\b/;
const BELANJA = /\bbelanja\b/;

/** Parents that add up on at least two rows and on more than fail. */
function provenSum(good: number, bad: number): boolean {
  return good >= 2 && good > bad;
}

/**
 * A node typed again on its next indicator row with its kode and name (recognise/rows.ts keeps such a twin as the
 * node's line and drops its repeated Rp): where the two state different amounts, the one the rest of the table
 * bears out (the children's sum, the parent's, the row's own end-of-period sum) is taken as right and the other
 * is the finding; where nothing tells them apart, the twin's cell is named as a warning.
 */
function checkTwins(ctx: CheckContext, money: ColumnInfo[]): void {
  const { table } = ctx;
  const view = table.view;
  const years = table.info.columns.filter((c) => c.role === 'rp' && !c.percent);
  const akhir = table.info.columns.find((c) => c.role === 'akhirRp' && !c.percent);
  for (const t of table.info.rows) {
    if (t.kind !== 'continuation' || t.parent === undefined) continue;
    const o = table.row(t.parent);
    if (!o || !isTwin(t, o) || o.lines?.includes(t.row)) continue;
    for (const col of money) {
      const a = view.numberAt(o.row, col.col);
      const b = view.numberAt(t.row, col.col);
      if (a === undefined || b === undefined) continue;
      const da = view.decimalsAt(o.row, col.col);
      if (sameFigure({ value: a, decimals: da }, { value: b, decimals: view.decimalsAt(t.row, col.col) })) continue;
      const tol = half({ decimals: da });
      const near = (x: number | null, v: number) => x !== null && Math.abs(x - v) <= tol + 0.5;
      // What each copy is borne out by: the children's sum, the parent's sum with it, its own row's end-of-period sum.
      const kids = childrenOf(table, o);
      const below = kids.length ? sumValue(table, kids, col.col) : null;
      const up = o.parent !== undefined ? table.row(o.parent) : undefined;
      const upOwn = up ? ownValue(table, up, col.col) : null;
      const upRest = up
        ? (sumValue(
            table,
            childrenOf(table, up).filter((k) => k !== o),
            col.col,
          ) ?? 0)
        : null;
      const rowSum = (r: number) => {
        if (!akhir || col.role !== 'rp' || !years.includes(col)) return false;
        const end = view.numberAt(r, akhir.col);
        let sum = 0;
        for (const y of years) sum += view.numberAt(r, y.col) ?? 0;
        return end !== undefined && Math.abs(end - sum) <= 0.5 + 1e-9 * Math.abs(end);
      };
      const votes = (v: number, r: number) => Number(near(below, v)) + Number(upOwn !== null && upRest !== null && near(upOwn, upRest + v)) + Number(rowSum(r));
      const [va, vb] = [votes(a, o.row), votes(b, t.row)];
      // The node's own copy is wrong: the sum rules name it at its cell (its children, its parent, its row).
      if (va < vb) continue;
      const borne = va === 0 ? '' : near(below, a) ? 'below' : 'other';
      ctx.report('sum.hierarchy', {
        cell: cell(t.row, col.col),
        messageId: 'twin',
        severity: va > vb ? 'error' : 'warning',
        expected: a,
        actual: b,
        related: [cell(o.row, col.col)],
        data: {
          year: col.year,
          period: col.period,
          kind: rowKind(o),
          row: quoted(o),
          stated: b,
          other: a,
          at: o.row + 1,
          borne,
        },
      });
    }
  }
}

/** What a parent's finding says: its year, what it is, what it states and what its children add up to. */
function parentData(col: ColumnInfo, p: RowInfo, kids: RowInfo[], stated: number, sum: number) {
  return { year: col.year, period: col.period, kind: rowKind(p), row: quoted(p), stated, n: kids.length, childKind: rowKind(kids[0]), sum };
}

/**
 * A parent's computed figure (Sisa = Pagu − Realisasi, a row total) that is right for its own row but not for its
 * children, because a figure it is computed from is wrong there too: one slip, said once. Its report names those
 * parts (derivedFrom); the knock-on pass says it follows from them unless a firmer cause (a wrong child) explains it.
 */
function followComputed(table: Table, failing: Map<number, Report[]>): void {
  // Each column's failing parents by row, built once (a long tree's failures are looked up per part, not scanned).
  const byRow = new Map<number, Map<number, Report>>();
  const at = (c: number, row: number) => {
    let m = byRow.get(c);
    if (!m) {
      byRow.set(c, (m = new Map()));
      for (const q of failing.get(c) ?? []) {
        const a = parseA1(q.cell);
        if (a && !m.has(a.row)) m.set(a.row, q);
      }
    }
    return m.get(row);
  };
  for (const col of table.info.columns) {
    const reports = failing.get(col.col);
    if (!reports?.length || !col.parts?.length) continue;
    const signs = col.role === 'sisa' && col.parts.length === 2 ? [1, -1] : col.role === 'rowTotal' ? col.parts.map(() => 1) : null;
    if (!signs) continue;
    const terms = [...col.parts.map((c, i) => ({ c, s: signs[i] })), ...(col.minus ?? []).map((c) => ({ c, s: -1 }))];
    for (const r of reports) {
      const here = parseA1(r.cell);
      const stated = typeof r.actual === 'number' ? r.actual : null;
      if (!here || stated === null || typeof r.expected !== 'number') continue;
      let typed = 0;
      let mended = 0;
      const causes: string[] = [];
      let complete = true;
      for (const t of terms) {
        const v = table.view.numberAt(here.row, t.c);
        if (v === undefined) {
          complete = false;
          break;
        }
        typed += t.s * v;
        const wrong = at(t.c, here.row);
        mended += t.s * (wrong && typeof wrong.expected === 'number' ? wrong.expected : v);
        if (wrong) causes.push(wrong.cell);
      }
      const near = (a: number, b: number) => Math.abs(a - b) <= 0.5 + 1e-9 * Math.abs(b);
      if (!complete || !causes.length || !near(stated, typed) || !near(mended, r.expected)) continue;
      r.derivedFrom = causes;
    }
  }
}
