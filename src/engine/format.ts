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

/**
 * Expected and found, side by side, never reading the same: "expected 21,4, found 21,4" says
 * nothing. The found value is shown as it was typed (up to 6 decimals); the expected one with
 * 2 decimals, or as many more as it takes to differ from the found one.
 */
export function formatPair(expected: FindingValue, actual: FindingValue, lang: Lang = 'id'): { expected: string; actual: string } {
  const a = typeof actual === 'number' ? formatNumber(actual, lang, 6) : formatValue(actual, lang);
  if (typeof expected !== 'number') return { expected: formatValue(expected, lang), actual: a };
  let e = formatNumber(expected, lang, 2);
  for (let d = 3; d <= 8 && e === a && typeof actual === 'number' && actual !== expected; d++) e = formatNumber(expected, lang, d);
  return { expected: e, actual: a };
}
