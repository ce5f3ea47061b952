/**
 * The summary of a Survei Kepuasan Masyarakat (Permenpan RB 14/2017) below its figures: NRR per unsur = the unsur's
 * Σ nilai ÷ the respondents, NRR tertimbang = NRR × 0,111 (one ninth), Jumlah NRR tertimbang = their sum,
 * IKM = that sum × 25, and the mutu letter of the IKM. Rows are found by their names, in either layout: unsur
 * down the rows (NRR and NRR Tertimbang columns, a Jumlah row, an IKM row) or respondents down the rows (unsur
 * across, a row for each step). ratio.weighted checks the arithmetic, ratio.predikat the mutu.
 */
import type { RowInfo } from '../types';
import type { NumberValue } from '../number';
import type { CheckContext } from './common';
import { cell, num, val } from './common';
import { half } from '../tolerance';
import { unsurWeights } from '../ratio-math';
import { testedRelation } from '../relation';
import { words } from '../text';
import type { PredikatScale } from '../settings';

const SUM_ROW = /^(jumlah|total|σ) nilai( per)?( unsur)?$|^(jumlah|total) nilai per unsur\b/;
const NRR_ROW = /^(nrr|nilai rata rata)( per)?( unsur)?$/;
const WEIGHTED_ROW = /^(nrr|nilai) tertimbang\b/;
const WEIGHTED_SUM = /^(jumlah|total|σ) (nrr|nilai) tertimbang\b|^jumlah$|^total$/;
const IKM_ROW = /^(nilai )?(ikm|indeks kepuasan masyarakat)\b/;
const MUTU_ROW = /^mutu( pelayanan)?\b/;
/**
 * The weight of each unsur: what the row's name writes ("NRR x 1/11", "x 0,071"), else one over the unsur counted
 * (nine under Permenpan RB 14/2017, written 0,111; fourteen under the older Kepmenpan 25/2004, 0,071), as written
 * to three decimals and exactly.
 */
function weightsOf(label: string, unsur: number): number[] {
  const m = /[x×*]\s*(?:1\s*\/\s*(\d{1,2})|(0[.,]\d{2,4}))\b/i.exec(label);
  const stated = m ? (m[1] ? 1 / Number(m[1]) : Number(m[2].replace(',', '.'))) : undefined;
  const out = stated !== undefined ? [stated] : [];
  for (const n of [unsur, 9]) if (n >= 2) out.push(...unsurWeights(n));
  return out;
}

/** A row's name folded, its Σ kept (words() drops it). */
const nameOf = (x: RowInfo) => (x.label.trim().startsWith('Σ') ? 'σ ' : '') + words(x.label);

const find = (rows: RowInfo[], re: RegExp, after = -1) => rows.find((x) => x.row > after && re.test(nameOf(x)));
/** The IKM row, looked for without folding every label of a long table: most tables name no IKM at all. */
const ikmRow = (rows: RowInfo[]) => rows.find((x) => /ikm|kepuasan/i.test(x.label) && IKM_ROW.test(nameOf(x)));

/** The one figure a summary row states: in the given column when it has one there, else its only number. */
function figureOf(ctx: CheckContext, x: RowInfo, prefer?: number): { v: NumberValue; c: number } | null {
  if (prefer !== undefined) {
    const v = num(ctx, x.row, prefer);
    if (v) return { v, c: prefer };
  }
  let found: { v: NumberValue; c: number } | null = null;
  for (const col of ctx.table.info.columns) {
    const v = num(ctx, x.row, col.col);
    if (!v) continue;
    if (found) return null;
    found = { v, c: col.col };
  }
  return found;
}

/** The NRR Tertimbang column of an unsur-down-the-rows table: its header says so. */
const weightedColumn = (ctx: CheckContext) => ctx.table.info.columns.find((c) => /\btertimbang\b/.test(words(c.path.join(' '))))?.col;

export interface SkmFinding {
  cell: string;
  messageId: 'ikm' | 'nrr' | 'tertimbang' | 'tertimbangSum';
  expected: number;
  actual: number;
  related: string[];
  data: Record<string, string | number>;
  relation: ReturnType<typeof testedRelation>;
}

/** The SKM summary's arithmetic that fails, each at the cell stating it. */
export function skmFindings(ctx: CheckContext): SkmFinding[] {
  const rows = ctx.table.info.rows;
  const ikm = ikmRow(rows);
  if (!ikm) return [];
  const out: SkmFinding[] = [];
  const view = ctx.table.view;
  const wCol = weightedColumn(ctx);

  // Respondents down the rows: Σ per unsur, NRR, NRR tertimbang, each across the unsur columns.
  // (A bare "Jumlah" right above the NRR row is the Σ per unsur: the short labels of a respondents' sheet.)
  const sum =
    find(rows, SUM_ROW) ?? rows.find((x, i) => /^(jumlah|total)$/.test(nameOf(x)) && NRR_ROW.test(nameOf(rows[i + 1] ?? x)) && rows[i + 1] !== undefined);
  const nrr = sum && find(rows, NRR_ROW, sum.row);
  const weighted = nrr && find(rows, WEIGHTED_ROW, nrr.row);
  if (sum && nrr) {
    const respondents = rows.filter((x) => x.row < sum.row && (x.kind === 'indicator' || x.kind === 'continuation'));
    for (const col of ctx.table.info.columns) {
      const S = num(ctx, sum.row, col.col);
      const N = num(ctx, nrr.row, col.col);
      const n = respondents.filter((x) => num(ctx, x.row, col.col)).length;
      if (!S || !N || n < 2) continue;
      const expected = S.value / n;
      if (Math.abs(N.value - expected) <= half(N) + 1e-9) continue;
      out.push({
        cell: cell(nrr.row, col.col),
        messageId: 'nrr',
        expected: Math.round(expected * 1000) / 1000,
        actual: N.value,
        related: [cell(sum.row, col.col)],
        data: { sum: S.value, n, expected, stated: N.value },
        relation: testedRelation(view, { r: nrr.row, c: col.col }, [{ r: sum.row, c: col.col }], ([s], st) => Math.abs(st - s / n) <= half(N) + 1e-9),
      });
    }
  }
  // Unsur down the rows: NRR per unsur = its Jumlah Nilai ÷ the respondents, counted on a row of their own ("Jumlah
  // Responden | 301") or in the title ("Jumlah responden: 301 orang").
  const named = (re: RegExp) => ctx.table.info.columns.find((c) => re.test(words(c.path.join(' '))));
  const nrrCol = named(/^(nrr|nilai rata rata)( per unsur)?$/);
  const sumCol = named(/^(jumlah|total) nilai( per unsur)?$/);
  if (wCol !== undefined && nrrCol && sumCol) {
    const resp = rows.find((x) => /^(jumlah )?responden$/.test(nameOf(x)));
    const titled = /\bresponden\D{0,12}(\d{1,3}(?:\.\d{3})*|\d+)\b/i.exec(ctx.table.info.title.join(' '));
    const n = (resp && figureOf(ctx, resp)?.v.value) ?? (titled ? Number(titled[1].replace(/\./g, '')) : undefined);
    if (n !== undefined && n >= 2 && Number.isInteger(n))
      for (const x of rows) {
        if (x === resp || (x.kind !== 'indicator' && x.kind !== 'continuation')) continue;
        const S = num(ctx, x.row, sumCol.col);
        const N = num(ctx, x.row, nrrCol.col);
        if (!S || !N || Math.abs(N.value - S.value / n) <= half(N) + 1e-9) continue;
        out.push({
          cell: cell(x.row, nrrCol.col),
          messageId: 'nrr',
          expected: Math.round((S.value / n) * 1000) / 1000,
          actual: N.value,
          related: [cell(x.row, sumCol.col)],
          data: { sum: S.value, n, expected: S.value / n, stated: N.value },
          relation: testedRelation(view, { r: x.row, c: nrrCol.col }, [{ r: x.row, c: sumCol.col }], ([v], st) => Math.abs(st - v / n) <= half(N) + 1e-9),
        });
      }
  }
  if (weighted && nrr) {
    const unsur = ctx.table.info.columns.filter((c) => num(ctx, nrr.row, c.col)).length;
    const WEIGHTS = weightsOf(weighted.label, unsur);
    for (const col of ctx.table.info.columns) {
      const N = num(ctx, nrr.row, col.col);
      const W = num(ctx, weighted.row, col.col);
      if (!N || !W) continue;
      const tol = (k: number) => k * half(N) + half(W) + 1e-9;
      if (WEIGHTS.some((k) => Math.abs(W.value - N.value * k) <= tol(k))) continue;
      out.push({
        cell: cell(weighted.row, col.col),
        messageId: 'tertimbang',
        expected: Math.round(N.value * WEIGHTS[0] * 1000) / 1000,
        actual: W.value,
        related: [cell(nrr.row, col.col)],
        data: { nrr: N.value, k: WEIGHTS[0], expected: N.value * WEIGHTS[0], stated: W.value },
        relation: testedRelation(view, { r: weighted.row, c: col.col }, [{ r: nrr.row, c: col.col }], ([a], st) =>
          WEIGHTS.some((k) => Math.abs(st - a * k) <= tol(k)),
        ),
      });
    }
  }

  // Past here only on an SKM's own sheet: an NRR Tertimbang column or row (an LKjIP row named IKM is an indicator).
  if (wCol === undefined && !weighted) return out;

  // Jumlah NRR tertimbang: the unsur's weighted figures added, across the row (respondents down) or down the column.
  const total = find(rows, WEIGHTED_SUM, weighted?.row ?? -1);
  const stated = total && total.row < ikm.row ? figureOf(ctx, total, wCol) : null;
  if (total && stated && weighted && total.row > weighted.row) {
    const cells: { r: number; c: number }[] = [];
    let s = 0;
    let slack = 0;
    for (const col of ctx.table.info.columns) {
      const W = num(ctx, weighted.row, col.col);
      if (!W) continue;
      cells.push({ r: weighted.row, c: col.col });
      s += W.value;
      slack += half(W);
    }
    const tol = slack + half(stated.v) + 1e-9;
    if (cells.length >= 2 && Math.abs(stated.v.value - s) > tol)
      out.push({
        cell: cell(total.row, stated.c),
        messageId: 'tertimbangSum',
        expected: Math.round(s * 1000) / 1000,
        actual: stated.v.value,
        related: cells.map((q) => cell(q.r, q.c)),
        data: { n: cells.length, expected: s, stated: stated.v.value },
        relation: testedRelation(view, { r: total.row, c: stated.c }, cells, (xs, st) => Math.abs(st - xs.reduce((a, b) => a + b, 0)) <= tol),
      });
  }

  // IKM = Jumlah NRR tertimbang × 25 (the row stating it, or the Jumlah of the NRR Tertimbang column).
  const I = figureOf(ctx, ikm, wCol);
  if (stated && I) {
    const expected = stated.v.value * 25;
    const tol = 25 * half(stated.v) + half(I.v) + 1e-9;
    if (Math.abs(I.v.value - expected) > tol)
      out.push({
        cell: cell(ikm.row, I.c),
        messageId: 'ikm',
        expected: Math.round(expected * 100) / 100,
        actual: I.v.value,
        related: [cell(total!.row, stated.c)],
        data: { sum: stated.v.value, expected, stated: I.v.value },
        relation: testedRelation(view, { r: ikm.row, c: I.c }, [{ r: total!.row, c: stated.c }], ([a], st) => Math.abs(st - a * 25) <= tol),
      });
  }
  return out;
}

/** The mutu of an IKM (Permenpan RB 14/2017): A 88,31–100, B 76,61–88,30, C 65,00–76,60, D 25,00–64,99. */
export const IKM_MUTU: PredikatScale = {
  id: 'ikm',
  name: 'IKM (Permenpan RB 14/2017)',
  bands: [
    { min: 88.31, inclusive: true, label: 'A' },
    { min: 76.61, inclusive: true, label: 'B' },
    { min: 65, inclusive: true, label: 'C' },
    { min: -Infinity, inclusive: true, label: 'D' },
  ],
};

const MUTU_WORDS: Record<string, 'A' | 'B' | 'C' | 'D'> = { 'sangat baik': 'A', baik: 'B', 'kurang baik': 'C', 'tidak baik': 'D' };

/** The letter a Mutu cell states: "B", "B (Baik)", "Baik". */
export function statedMutu(text: string): 'A' | 'B' | 'C' | 'D' | null {
  const t = text.trim();
  const letter = /^([ABCD])\b/.exec(t)?.[1] as 'A' | 'B' | 'C' | 'D' | undefined;
  return letter ?? MUTU_WORDS[words(t)] ?? null;
}

/** The IKM row's figure and the Mutu row's stated letter, where the table has both. */
export function skmMutu(ctx: CheckContext): { ikm: number; ikmCell: string; at: string; text: string; half: number } | null {
  const rows = ctx.table.info.rows;
  const ikm = ikmRow(rows);
  const mutu = ikm && find(rows, MUTU_ROW, ikm.row);
  if (!ikm || !mutu) return null;
  const I = figureOf(ctx, ikm, weightedColumn(ctx));
  if (!I) return null;
  for (const col of ctx.table.info.columns) {
    const v = val(ctx, mutu.row, col.col);
    if (v.kind === 'text' && statedMutu(v.text))
      return { ikm: I.v.value, ikmCell: cell(ikm.row, I.c), at: cell(mutu.row, col.col), text: v.text, half: half(I.v) };
  }
  return null;
}
