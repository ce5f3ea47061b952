/** Which columns a Jumlah row or a hierarchy adds up: money and counts, never ratios, targets or growth. */
import type { ColumnInfo } from '../types';
import type { Table } from '../recognise';

const SUMMED: ColumnInfo['role'][] = ['value', 'rowTotal', 'rp', 'akhirRp', 'anggaran', 'realisasiRp', 'sisa'];

/**
 * With yearly Rp columns, the akhir-periode Rp of every row is checked against its years
 * (sum.period), so its Jumlah and hierarchy follow from the yearly checks: checking them again
 * would only repeat the same mistake in another cell.
 */
function impliedByYears(table: Table, c: ColumnInfo): boolean {
  return c.role === 'akhirRp' && table.byRole('rp').length >= 2;
}

export function summedColumns(table: Table): ColumnInfo[] {
  return table.info.columns.filter((c) => SUMMED.includes(c.role) && !c.percent && !impliedByYears(table, c));
}

export function amountColumns(table: Table): ColumnInfo[] {
  return table.info.columns.filter((c) => ['rp', 'akhirRp', 'anggaran', 'realisasiRp', 'sisa'].includes(c.role) && !impliedByYears(table, c));
}
