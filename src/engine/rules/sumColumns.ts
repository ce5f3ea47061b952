/** Which columns a Jumlah row or a hierarchy adds up: money and counts, never ratios, targets or growth. */
import type { ColumnInfo } from '../types';
import type { Table } from '../recognise';
import { INFLOW, isWeight, OUTFLOW, RUNNING, RUPIAH_HEAD, summedRoles } from '../recognise/columns';
import { MONTHS, words } from '../text';
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
  return table.info.columns.filter(
    (c) =>
      summedRoles.has(c.role) &&
      (!c.percent || isWeight(c.path)) &&
      !ofPerformance(table, c) &&
      !runningDown(table, c) &&
      !stockOverTime(table, c) &&
      !runningFlows(table, c),
  );
}

/**
 * A row total of performance columns (a T-C.29's K "s.d. tahun berjalan" = K s.d. tahun lalu + K tahun berjalan): a
 * level or a count of one indicator's own, never added up a program's rows, as its parts are not.
 */
function ofPerformance(table: Table, c: ColumnInfo, depth = 0): boolean {
  if (c.role !== 'rowTotal' || !c.parts?.length || depth > 3) return false;
  const cols = table.info.columns;
  // (Its parts row totals of performance in turn: K s.d. tahun ini = K s.d. tahun lalu + K tahun ini, that one the
  // quarters' K.)
  return c.parts.every((p) => {
    const part = cols.find((x) => x.col === p);
    return !!part && (!summedRoles.has(part.role) || ofPerformance(table, part, depth + 1));
  });
}

/**
 * A balance's opening or closing with periods down the rows (a monthly kas rekap: Saldo Awal | Penerimaan | Pengeluaran
 * | Saldo Akhir by month): a stock, its Jumlah row the first opening and the last closing, never their sum.
 */
function stockOverTime(table: Table, c: ColumnInfo): boolean {
  const balance = table.info.columns.find((b) => b.balance && (b.col === c.col || b.parts?.[0] === c.col));
  return !!balance && periodRows(table) >= 2;
}

/** The data rows named by a period, if nearly all are (else 0). */
export function periodRows(table: Table): number {
  let others = 0;
  let periods = 0;
  for (const x of table.info.rows) {
    if (x.kind !== 'indicator' && x.kind !== 'continuation') continue;
    if (PERIOD_ROW.test(words(x.label))) periods++;
    // (Two rows that are no period settle it: a long table of programs is not read to its end.)
    else if (++others > 1) return 0;
  }
  return periods;
}

/** A running balance's flows: added (`into`) and taken off (`out`), each row's step signed `sign` (−1: a bank's books). */
export interface RunningFlows {
  into: number[];
  out: number[];
  sign: 1 | -1;
}

/**
 * The running Saldo of a journal (Buku Kas Umum, a stock card: Penerimaan | Pengeluaran | Saldo): each row the one
 * above plus what came in less what went out, as most rows bear out. A stock: its Jumlah row states the last.
 * Its flows, or null when the column is no running balance. (Memoised per table: sum.row-total asks again.)
 */
export function runningFlows(table: Table, c: ColumnInfo): RunningFlows | null {
  let memo = flowsMemo.get(table);
  if (!memo) flowsMemo.set(table, (memo = new Map()));
  if (!memo.has(c.col)) memo.set(c.col, readFlows(table, c));
  return memo.get(c.col)!;
}
const flowsMemo = new WeakMap<Table, Map<number, RunningFlows | null>>();

function readFlows(table: Table, c: ColumnInfo): RunningFlows | null {
  const name = words(c.path.join(' ').replace(/\([^)]*\)/g, ' '));
  if (!/^(saldo|sisa|saldo kas|sisa kas|sisa saldo|stok|sisa stok|persediaan)$/.test(name)) return null;
  const flow = (re: RegExp) => table.info.columns.filter((x) => x.col !== c.col && re.test(words(x.path.join(' ')))).map((x) => x.col);
  let into = flow(new RegExp(`${INFLOW.source}|\\bdebet\\b|\\bdebit\\b`));
  let out = flow(new RegExp(`${OUTFLOW.source}|\\bkredit\\b`));
  // (Else one amount column signed by its side: "Jumlah (Rp)" −14.036.891 for a spending, as typed.)
  if (!into.length || !out.length) {
    into = table.info.columns.filter((x) => x.col !== c.col && summedRoles.has(x.role) && !x.percent).map((x) => x.col);
    out = [];
    if (into.length !== 1) return null;
  }
  let prev: number | undefined;
  let pairs = 0;
  const held = { 1: 0, [-1]: 0 } as Record<1 | -1, number>;
  for (const x of table.info.rows) {
    if (x.kind === 'total' || x.kind === 'blank' || x.kind === 'headerRepeat') continue;
    const s = table.view.numberAt(x.row, c.col);
    if (s === undefined) continue;
    if (prev !== undefined) {
      const step = runningStep(table, x.row, { into, out, sign: 1 });
      pairs++;
      // (A bank's rekening koran books the other way round: debet out, kredit in.)
      if (Math.abs(s - prev - step) < 0.5) held[1]++;
      if (Math.abs(s - prev + step) < 0.5) held[-1]++;
    }
    prev = s;
  }
  const sign: 1 | -1 = held[1] >= held[-1] ? 1 : -1;
  return pairs >= 2 && held[sign] >= 0.6 * pairs ? { into, out, sign } : null;
}

/** What a row moves a running balance by. */
export function runningStep(table: Table, row: number, f: RunningFlows): number {
  const v = (col: number) => table.view.numberAt(row, col) ?? 0;
  return f.sign * (f.into.reduce((a, col) => a + v(col), 0) - f.out.reduce((a, col) => a + v(col), 0));
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
    // (Two rows named by no period settle it.)
    else if (n - periods > 1) return false;
  }
  return n >= 3 && periods >= n - 1;
}

/** A row named by a period: a month, a quarter, a semester or a year (periods down the rows). */
const PERIOD_ROW = new RegExp(
  `^((bulan )?(${MONTHS}|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|okt|nov|nop|des)\\b|tw\\b|triwulan|semester|(tahun )?(19|20)\\d\\d\\b)`,
);

export function amountColumns(table: Table): ColumnInfo[] {
  const cols = table.info.columns;
  // (Rupiah with no year beside a plan's yearly Rp: T-C.31's "Hasil Analisis Kebutuhan ▸ Kebutuhan Dana (Rp)".)
  const planned = cols.some((c) => c.role === 'rp' || c.role === 'anggaran');
  return cols.filter(
    (c) =>
      (['rp', 'akhirRp', 'anggaran', 'realisasiRp', 'sisa'].includes(c.role) ||
        // An amount in rupiah of an RKA/DPA ("Jumlah (Rp)" = Volume × Harga Satuan): its accounts add up their lines.
        (c.role === 'value' && (c.relation?.rel.kind === 'product' || isLineAmount(c, cols))) ||
        (c.role === 'value' && planned && !c.relation && RUPIAH_HEAD.test(c.path.join(' ')))) &&
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
  const candidates = table.info.columns.filter((c) => c.role === 'value' && c.percent && !c.relation && !c.unexplained && !isWeight(c.path));
  const whole = candidates.filter((c) => {
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
  // (A year whose shares no longer add up, its total still stating 100 as the others' do: one of them, its slip found.)
  if (whole.length < 2 || 2 * whole.length < candidates.length) return whole;
  const total = table.info.rows.find((x) => x.kind === 'total')!;
  return candidates.filter((c) => whole.includes(c) || Math.abs((table.view.numberAt(total.row, c.col) ?? NaN) - 100) < 0.005);
}

/**
 * Realisasi with no target in the table ("Jenis | Realisasi per Tahun ▸ 2021 | 2022 | 2023 | JUMLAH": production by
 * kind): figures of one measure, which its Jumlah adds up like any count. Only where the data says so: its first total
 * row is the sum of the rows above it in two of those columns at least (a Jumlah of indicators' realisasi in various
 * units never is).
 */
export function realisedAmounts(table: Table): ColumnInfo[] {
  const cols = table.info.columns;
  // (With targets beside them, "Tahun 2019 ▸ Target | Realisasi | %" of retribusi by jenis with no unit named: both, where
  // the Jumlah adds up in half their columns or more.)
  const targeted = cols.some((c) => c.role === 'target' || c.role === 'akhirTarget');
  if (targeted && cols.some((c) => c.role === 'akhirTarget' || c.role === 'satuan' || c.role === 'indicator')) return [];
  const realised = cols.filter((c) => (c.role === 'realisasi' || (targeted && c.role === 'target')) && !c.percent);
  const at = table.info.rows.findIndex((x) => x.kind === 'total');
  if (realised.length < 2 || at < 2) return [];
  const above = table.info.rows.slice(0, at).filter((x) => x.kind === 'indicator' && x.parent === undefined);
  if (above.length < 2) return [];
  const sums = realised.filter((c) => {
    const stated = table.view.numberAt(table.info.rows[at].row, c.col);
    if (stated === undefined) return false;
    let sum = 0;
    let half = 0.5 * 10 ** -table.view.decimalsAt(table.info.rows[at].row, c.col);
    for (const x of above) {
      const v = table.view.numberAt(x.row, c.col);
      if (v === undefined) return false;
      sum += v;
      half += 0.5 * 10 ** -table.view.decimalsAt(x.row, c.col);
    }
    return Math.abs(sum - stated) <= half + 1e-9;
  });
  // (One column adding up is enough where every row above counts in one additive unit, "km" of each kondisi under its
  // "Total Panjang Jalan": a total of lengths, whatever slips its other years hold.)
  const satuan = table.ctx.satuanCol;
  const units = satuan === undefined ? [] : [...new Set(above.map((x) => table.view.shownText(x.row, satuan).trim().toLowerCase()))];
  const oneUnit = units.length === 1 && units[0] !== '' && !/%|persen|indeks|index|rasio|ratio|\bper\b|\//.test(units[0]);
  if (!targeted) return sums.length >= 2 || (sums.length >= 1 && oneUnit) ? realised : [];
  // (One column may be the slip: half of them adding up is enough, amounts in the hundreds at least, no chance of small counts.)
  const large = sums.every((c) => Math.abs(table.view.numberAt(table.info.rows[at].row, c.col) ?? 0) >= 100);
  return sums.length >= 1 && large && 2 * sums.length >= realised.length ? realised : [];
}
