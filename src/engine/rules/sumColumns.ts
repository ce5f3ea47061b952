/** Which columns a Jumlah row or a hierarchy adds up: money and counts, never ratios, targets or growth. */
import type { ColumnInfo } from '../types';
import type { Table } from '../recognise';
import { isWeight, RUNNING, summedRoles } from '../recognise/columns';
import { words } from '../text';
import { MONTHS } from '../recognise/header';
import { isLineAmount } from '../recognise/relations';

/**
 * With yearly Rp columns, the akhir-periode Rp of every row is checked against its years
 * (sum.period), so its hierarchy follows from the yearly checks: checking it again would only
 * repeat the same mistake in another cell.
 */
function impliedByYears(table: Table, c: ColumnInfo): boolean {
  return c.role === 'akhirRp' && table.byRole('rp').length >= 2;
}

/**
 * Columns a Jumlah row adds up. (The akhir-periode Rp stays: a Jumlah row is where a reviewer looks first.) Weights are
 * shares that do add up: the components' Bobot 30 + 30 + 15 + 25 make the Jumlah's 100.
 */
export function summedColumns(table: Table): ColumnInfo[] {
  return table.info.columns.filter((c) => summedRoles.has(c.role) && (!c.percent || isWeight(c.path)) && !runningDown(table, c));
}

/**
 * A running total down the rows ("Kumulatif", "s.d. Bulan Ini" beside the month's figure, months down the rows): each
 * row the sum so far, its Jumlah the last of them, never their sum.
 */
function runningDown(table: Table, c: ColumnInfo): boolean {
  if (!RUNNING.test(words(c.path.join(' '))) && !/\bakumulasi\b(?! (penyusutan|amortisasi))/.test(words(c.path.join(' ')))) return false;
  let prev = -Infinity;
  let n = 0;
  let periods = 0;
  for (const x of table.info.rows) {
    if (x.kind === 'total' || x.kind === 'heading' || x.kind === 'continuation') continue;
    const v = table.view.numberAt(x.row, c.col);
    if (v === undefined) continue;
    if (v < prev) return false;
    prev = v;
    n++;
    if (PERIOD_ROW.test(words(x.label))) periods++;
  }
  return n >= 3 && periods >= n - 1;
}

/** A row named by a period: a month, a quarter, a semester or a year (periods down the rows). */
const PERIOD_ROW = new RegExp(
  `^((bulan )?(${MONTHS}|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|okt|nov|nop|des)\\b|tw\\b|triwulan|semester|(tahun )?(19|20)\\d\\d\\b)`,
);

export function amountColumns(table: Table): ColumnInfo[] {
  return table.info.columns.filter(
    (c) =>
      (['rp', 'akhirRp', 'anggaran', 'realisasiRp', 'sisa'].includes(c.role) ||
        // An amount in rupiah of an RKA/DPA ("Jumlah (Rp)" = Volume × Harga Satuan): its accounts add up their lines.
        (c.role === 'value' && (c.relation?.rel.kind === 'product' || isLineAmount(c, table.info.columns)))) &&
      !c.percent &&
      !impliedByYears(table, c),
  );
}

/**
 * Percentages no relation explains whose rows add up to 100 (a distribution: "Distribusi PDRB (%)", shares of the
 * workers by lapangan pekerjaan): their total row states that 100, or the sum of the rounded shares, as a sum would.
 */
export function distributionColumns(table: Table): ColumnInfo[] {
  const rows = table.info.rows.filter((x) => x.kind !== 'total' && x.kind !== 'continuation' && x.kind !== 'heading' && x.parent === undefined);
  if (rows.length < 2 || !table.info.rows.some((x) => x.kind === 'total')) return [];
  return table.info.columns.filter((c) => {
    if (c.role !== 'value' || !c.percent || c.relation || c.unexplained || isWeight(c.path)) return false;
    let sum = 0;
    let n = 0;
    let half = 0;
    for (const x of rows) {
      const v = table.view.numberAt(x.row, c.col);
      if (v === undefined) continue;
      sum += v;
      n++;
      half += 0.5 * 10 ** -table.view.decimalsAt(x.row, c.col);
    }
    return n >= 2 && Math.abs(sum - 100) <= Math.max(half, 1e-9);
  });
}
