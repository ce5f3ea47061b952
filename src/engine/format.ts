/**
 * Numbers and counted words in the reader's language: Indonesian style (1.091.140.000 / 94,74)
 * or English (1,091,140,000 / 94.74), through Intl so that rounding is decimal, as Excel shows it.
 * The one place every face (finding messages, the pane, the CLI, the sheets Cermat writes) formats.
 */
import type { Lang } from './settings';
import type { FindingValue } from './types';

const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, maxDecimals: number): Intl.NumberFormat {
  const key = `${lang}|${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    // signDisplay 'negative': a value that rounds to zero reads 0, never -0.
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxDecimals, signDisplay: 'negative' } as unknown as Intl.NumberFormatOptions);
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(n: number, lang: Lang = 'id', maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  return formatter(lang, Math.max(0, Math.min(20, maxDecimals))).format(n);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * The word for a count in the language's plural category: Indonesian nouns do not change
 * ("1 baris", "3 baris"); English ones do ("1 row", "3 rows").
 */
export function plural(lang: Lang, n: number, forms: { one: string; other: string }): string {
  let r = pluralRules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, r);
  }
  return r.select(n) === 'one' ? forms.one : forms.other;
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
