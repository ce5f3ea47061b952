/** Number display for messages and the UI: Indonesian style (1.091.140.000 / 94,74) or English. */
import type { Lang } from './settings';
import type { FindingValue } from './types';

export function formatNumber(n: number, lang: Lang = 'id', maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const neg = n < 0;
  const abs = Math.abs(n);
  const fixed = abs.toFixed(maxDecimals);
  let [int, dec = ''] = fixed.split('.');
  dec = dec.replace(/0+$/, '');
  const group = lang === 'id' ? '.' : ',';
  const point = lang === 'id' ? ',' : '.';
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (neg ? '-' : '') + int + (dec ? point + dec : '');
}

export function formatValue(v: FindingValue, lang: Lang = 'id'): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number') return formatNumber(v, lang);
  return v;
}
