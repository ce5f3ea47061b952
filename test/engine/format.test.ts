import { formatNumber, formatPair, plural } from '../../src/engine/format';

describe('expected and found never read the same', () => {
  test('a found value is shown as typed, the expected one with as many decimals as it takes to differ', () => {
    expect(formatPair(21.43, 21.4, 'id')).toEqual({ expected: '21,43', actual: '21,4' });
    expect(formatPair(21.4004, 21.4, 'id')).toEqual({ expected: '21,4004', actual: '21,4' });
    expect(formatPair(16, 16.001, 'en')).toEqual({ expected: '16', actual: '16.001' });
    expect(formatPair(1091140000, 1091140001, 'id')).toEqual({ expected: '1.091.140.000', actual: '1.091.140.001' });
  });
  test('text and empty values pass through', () => {
    expect(formatPair(null, '-', 'id')).toEqual({ expected: '–', actual: '-' });
    expect(formatPair(95, 'NA', 'en')).toEqual({ expected: '95', actual: 'NA' });
  });
  test('a number stored as text that reads as the expected number is said to be text', () => {
    expect(formatPair(325000000, '325.000.000', 'id')).toEqual({ expected: '325.000.000', actual: '"325.000.000" (teks)' });
    expect(formatPair(94.74, '94.74', 'en')).toEqual({ expected: '94.74', actual: '"94.74" (text)' });
    expect(formatPair(1250.5, '1,250.50', 'en')).toEqual({ expected: '1,250.5', actual: '1,250.50' });
  });
});

describe('formatNumber writes what Intl.NumberFormat writes, without loading a locale', () => {
  // A fixed-seed generator: the same values on every run.
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const values = [
    0,
    -0,
    0.5,
    1.5,
    2.5,
    -2.5,
    1.005,
    2.675,
    0.125,
    -0.001,
    -0.005,
    999.995,
    9.9999,
    1e-7,
    1.23e-10,
    94.74,
    1091140000,
    1e20,
    9.99e20,
    0.1 + 0.2,
  ];
  for (let i = 0; i < 20000; i++) {
    let v = (random() - 0.3) * 10 ** (Math.floor(random() * 30) - 12);
    // Rounded to 3 decimals, or to halves of a cent: the ties rounding must decide.
    if (i % 3 === 0) v = Math.round(v * 1000) / 1000;
    if (i % 5 === 0) v = Math.round(v * 200) / 200;
    values.push(v);
  }

  test.each([
    ['id', 'id-ID'],
    ['en', 'en-US'],
  ] as const)('%s, from 0 to 20 decimals, ties and tiny, huge and negative values', (lang, locale) => {
    const differ: string[] = [];
    for (const d of [0, 1, 2, 3, 6, 10, 20]) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: d, signDisplay: 'negative' } as unknown as Intl.NumberFormatOptions);
      for (const v of values) if (formatNumber(v, lang, d) !== intl.format(v)) differ.push(`${v} (${d}): ${formatNumber(v, lang, d)} ≠ ${intl.format(v)}`);
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(formatNumber(1234567.891, lang)).toBe(lang === 'id' ? '1.234.567,89' : '1,234,567.89');
  });

  test('-0 and a negative that rounds to zero read 0; infinities and beyond 10^21 are still written', () => {
    expect(formatNumber(-0.004, 'id')).toBe('0');
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatNumber(Infinity, 'id')).toBe('Infinity');
    expect(formatNumber(1e22, 'id')).toBe('10.000.000.000.000.000.000.000');
  });

  test('English counts: one for 1 only', () => {
    expect([0, 1, 2, -1].map((n) => plural('en', n, { one: 'row', other: 'rows' }))).toEqual(['rows', 'row', 'rows', 'row']);
    expect(plural('id', 1, { one: 'baris', other: 'baris' })).toBe('baris');
    expect([0, 1, 2, -1].map((n) => new Intl.PluralRules('en-US').select(n))).toEqual(['other', 'one', 'other', 'one']);
  });
});

test('formatNumber pads to the decimals a cell shows, never past the maximum', () => {
  expect(formatNumber(296, 'id', 6, 2)).toBe('296,00');
  expect(formatNumber(301.25, 'id', 6, 2)).toBe('301,25');
  expect(formatNumber(1091140000.5, 'en', 6, 2)).toBe('1,091,140,000.50');
  expect(formatNumber(-0.001, 'id', 2, 2)).toBe('0,00');
  expect(formatNumber(7, 'id', 1, 3)).toBe('7,0');
});
