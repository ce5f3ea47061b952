/**
 * Numbers and counted words in the reader's language: Indonesian style (1.091.140.000 / 94,74)
 * or English (1,091,140,000 / 94.74), rounded as decimals, as Excel shows them. The one place
 * every face (finding messages, the pane, the CLI, the sheets Cermat writes) formats.
 *
 * Written out rather than through Intl.NumberFormat: the first Intl formatter of a process loads
 * ICU's locale data, some 20 ms of every CLI run and worker start, for two fixed patterns. The
 * output is Intl's to the character (test/engine/format.test.ts compares them on random values).
 */
import type { Lang } from './settings';
import type { FindingValue } from './types';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = { id: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** `minDecimals`: the decimals a cell shows, padded as it shows them ("296,00"), up to maxDecimals. */
export function formatNumber(n: number, lang: Lang = 'id', maxDecimals = 2, minDecimals = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const d = Math.max(0, Math.min(20, Math.trunc(maxDecimals)));
  // Beyond 10^21 String() writes an exponent with digits Intl would spell out: not worth its own code.
  if (Math.abs(n) >= 1e21) return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: d }).format(n);
  const { group, decimal } = SEPARATORS[lang];
  const [int, digits] = rounded(plainDecimal(Math.abs(n)), d);
  const frac = digits.replace(/0+$/, '').padEnd(Math.min(minDecimals, d), '0');
  let grouped = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = grouped.length; i < int.length; i += 3) grouped += group + int.slice(i, i + 3);
  // A value that rounds to zero reads 0, never -0 (Intl's signDisplay 'negative').
  const zero = /^0*$/.test(int) && /^0*$/.test(frac);
  return `${n < 0 && !zero ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

/** The shortest decimal that reads back as `abs` (what String gives), without an exponent. */
function plainDecimal(abs: number): string {
  const s = String(abs);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + Number(s.slice(e + 1));
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A plain decimal rounded half away from zero to d decimals, as its integer and fraction digits. */
function rounded(s: string, d: number): [string, string] {
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  if (frac.length <= d) return [int, frac];
  const kept = int + frac.slice(0, d);
  if (frac.charCodeAt(d) < 53 /* '5' */) return [int, frac.slice(0, d)];
  // Carry the 1 up through the nines.
  const digits = kept.split('');
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') digits[i--] = '0';
  if (i >= 0) digits[i] = String(Number(digits[i]) + 1);
  else digits.unshift('1');
  const up = digits.join('');
  return [up.slice(0, up.length - d), up.slice(up.length - d)];
}

/**
 * The word for a count in the language's plural category: Indonesian nouns do not change
 * ("1 baris", "3 baris"); English ones do ("1 row", "3 rows"). CLDR's English rule, whole
 * numbers being all Cermat counts: one for 1, other for the rest.
 */
export function plural(lang: Lang, n: number, forms: { one: string; other: string }): string {
  return lang === 'en' && Math.abs(n) === 1 ? forms.one : forms.other;
}

/** "3 rows", "1 row", "3 baris": a count and its word. */
export function counted(lang: Lang, n: number, forms: { one: string; other: string } | string): string {
  const word = typeof forms === 'string' ? forms : plural(lang, n, forms);
  return `${formatNumber(n, lang, 0)} ${word}`;
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
  // A number stored as text that reads as the expected number: say it is text, or the pair reads the same.
  if (typeof actual === 'string' && a === e) return { expected: e, actual: `"${actual}" (${lang === 'en' ? 'text' : 'teks'})` };
  return { expected: e, actual: a };
}
